"""Archives tampered the way evasive APKs are (apkInspector's list): Android still installs them, desktop
tools choke. eduscan reads them as Android does, reports the same facts as for the clean package, and lists
each oddity in package.tamper."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest

from tests.conftest import sample

CLEAN = "android/clean-notes.apk"


def _entries() -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(sample(CLEAN)) as z:
        return [(i.filename, z.read(i)) for i in z.infolist()]


def _build(stored: set[str] | None = None) -> bytearray:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in _entries():
            method = zipfile.ZIP_STORED if stored and name in stored else zipfile.ZIP_DEFLATED
            z.writestr(zipfile.ZipInfo(name, date_time=(2024, 5, 1, 0, 0, 0)), data, compress_type=method)
    return bytearray(buf.getvalue())


def _central_records(raw: bytearray) -> list[int]:
    eocd = raw.rfind(b"PK\x05\x06")
    _, _, _, _, count, _size, offset, _ = struct.unpack_from("<IHHHHIIH", raw, eocd)
    pos, out = offset, []
    for _ in range(count):
        out.append(pos)
        n, m, k = struct.unpack_from("<HHH", raw, pos + 28)
        pos += 46 + n + m + k
    return out


def _name_at(raw: bytearray, cd: int) -> str:
    n = struct.unpack_from("<H", raw, cd + 28)[0]
    return bytes(raw[cd + 46 : cd + 46 + n]).decode()


def _scan(scanner, raw: bytes, tmp_path: Path, name: str):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(raw)
    return scanner.scan(path)


@pytest.fixture(scope="module")
def reference(scanner_instance):  # type: ignore[no-untyped-def]
    return scanner_instance.scan(sample(CLEAN))


def _same_facts(a, b) -> None:  # type: ignore[no-untyped-def]
    assert a.app == b.app
    assert [p.id for p in a.permissions] == [p.id for p in b.permissions]
    assert a.filing.numbers == b.filing.numbers
    assert [c.name for c in a.android.components] == [c.name for c in b.android.components]


def test_fake_encryption_flag(scanner_instance, reference, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    raw = _build()
    for cd in _central_records(raw):
        struct.pack_into("<H", raw, cd + 8, struct.unpack_from("<H", raw, cd + 8)[0] | 1)
    with pytest.raises(RuntimeError):  # what desktop tools do
        zipfile.ZipFile(io.BytesIO(bytes(raw))).read("AndroidManifest.xml")
    r = _scan(scanner_instance, bytes(raw), tmp_path, "encflag.apk")
    _same_facts(r, reference)
    assert any(t.startswith("fake-encryption") for t in r.package.tamper)


def test_unknown_compression_method_read_as_stored(scanner_instance, reference, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    raw = _build(stored={"AndroidManifest.xml", "resources.arsc"})
    for cd in _central_records(raw):
        if _name_at(raw, cd) in ("AndroidManifest.xml", "resources.arsc"):
            struct.pack_into("<H", raw, cd + 10, 0x1337)
            local = struct.unpack_from("<I", raw, cd + 42)[0]
            struct.pack_into("<H", raw, local + 8, 0x1337)
    with pytest.raises(NotImplementedError):
        zipfile.ZipFile(io.BytesIO(bytes(raw))).read("AndroidManifest.xml")
    r = _scan(scanner_instance, bytes(raw), tmp_path, "method.apk")
    _same_facts(r, reference)
    assert any(t.startswith("odd-compression") for t in r.package.tamper)


def test_deflated_data_behind_a_fake_method(scanner_instance, reference, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    raw = _build()
    for cd in _central_records(raw):
        if _name_at(raw, cd) == "AndroidManifest.xml":
            struct.pack_into("<H", raw, cd + 10, 99)
    r = _scan(scanner_instance, bytes(raw), tmp_path, "fakemethod.apk")
    _same_facts(r, reference)


def test_prepended_data_and_trailing_junk(scanner_instance, reference, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    raw = b"MZ" + bytes(4094) + bytes(_build()) + b"trailing junk"
    r = _scan(scanner_instance, raw, tmp_path, "prepended.apk")
    _same_facts(r, reference)
    assert any(t.startswith("prepended-data") for t in r.package.tamper)


def test_local_header_disagrees_with_central_directory(scanner_instance, reference, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Android locates data through the central directory; a lying local header must not matter."""
    raw = _build()
    for cd in _central_records(raw):
        if _name_at(raw, cd) == "AndroidManifest.xml":
            local = struct.unpack_from("<I", raw, cd + 42)[0]
            struct.pack_into("<III", raw, local + 14, 0xDEADBEEF, 1, 1)  # crc, sizes
    r = _scan(scanner_instance, bytes(raw), tmp_path, "localhdr.apk")
    _same_facts(r, reference)


def test_declared_sizes_lie(scanner_instance, reference, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    raw = _build()
    for cd in _central_records(raw):
        if _name_at(raw, cd) == "classes.dex":
            struct.pack_into("<I", raw, cd + 24, 0x7FFFFFFF)  # uncompressed size: absurd
    r = _scan(scanner_instance, bytes(raw), tmp_path, "sizes.apk")
    _same_facts(r, reference)
    assert any(t.startswith("size-mismatch") for t in r.package.tamper)
