"""A damaged part inside an otherwise valid package (DEX, nested APK, native library, Mach-O) never leaks a
traceback: the scan either finishes with an ``errors[]`` entry for the part, or stops with one line and exit 3.

Each case corrupts one entry of a real sample in a way the fuzzing of these readers found (string data cut off,
invalid UTF-8 in a class name, a map that points past the end, a damaged deflate stream, a garbage ELF dynamic
tag, a truncated Mach-O), so every reader's failure path is covered by a deterministic input.
"""

from __future__ import annotations

import io
import json
import plistlib
import struct
import zipfile
from pathlib import Path

from tests.conftest import run_cli, sample

CLEAN = "android/clean-notes.apk"
SPLITS = "android/split-demo.apks"
NATIVE = "android/sdk-zoo.apk"
IPA = "ios/demo-ios.ipa"


def _replace(src: Path, name: str, data: bytes) -> bytes:
    """The sample re-zipped with one entry's content replaced."""
    buf = io.BytesIO()
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, data if info.filename == name else zin.read(info))
    return buf.getvalue()


def _read(src: Path, name: str) -> bytes:
    with zipfile.ZipFile(src) as z:
        return z.read(name)


def _scan_json(pkg: Path) -> tuple[dict, str]:  # type: ignore[type-arg]
    r = run_cli("scan", pkg, "--format", "json", "--lang", "en", "-q")
    assert "Traceback" not in r.err, r.err
    assert r.code == 0, (r.code, r.err)
    assert not r.err.strip(), f"nothing on stderr for a scan that finished: {r.err!r}"
    return json.loads(r.out), r.err


def _dex_table_end(dex: bytes) -> int:
    """End of the last index table the header describes (string_ids … class_defs)."""
    f = struct.unpack_from("<20I", dex, 0x20)
    tables = ((f[6], f[7], 4), (f[8], f[9], 4), (f[10], f[11], 12), (f[12], f[13], 8), (f[14], f[15], 8))
    return max(off + n * size for n, off, size in (*tables, (f[16], f[17], 32)))


def test_dex_cut_after_its_index_tables(tmp_path: Path) -> None:
    """The header and tables are intact, the string data is gone: the DEX is reported, the rest is scanned."""
    dex = _read(sample(CLEAN), "classes.dex")
    pkg = tmp_path / "cutdex.apk"
    pkg.write_bytes(_replace(sample(CLEAN), "classes.dex", dex[: _dex_table_end(dex) + 16]))
    result, _ = _scan_json(pkg)
    assert result["app"]["id"] == "cn.eduscan.sample.clean"
    assert any(e["part"] == "classes.dex" for e in result["errors"]), result["errors"]


def test_dex_class_name_with_invalid_utf8(tmp_path: Path) -> None:
    """A byte no UTF-8 (or DEX's modified UTF-8) allows, inside a class descriptor."""
    dex = bytearray(_read(sample(CLEAN), "classes.dex"))
    at = dex.find(b"Lcn/eduscan/")
    assert at > 0
    dex[at + 4] = 0xFF
    pkg = tmp_path / "badutf8.apk"
    pkg.write_bytes(_replace(sample(CLEAN), "classes.dex", bytes(dex)))
    result, _ = _scan_json(pkg)
    assert result["app"]["id"] == "cn.eduscan.sample.clean"


def test_dex_map_points_past_the_end(tmp_path: Path) -> None:
    """The map list places the class-data section beyond the file: code is not searched, and says so."""
    dex = bytearray(_read(sample(CLEAN), "classes.dex"))
    map_off = struct.unpack_from("<I", dex, 0x34)[0]
    (count,) = struct.unpack_from("<I", dex, map_off)
    for i in range(count):
        item = map_off + 4 + 12 * i
        if struct.unpack_from("<H", dex, item)[0] == 0x2000:  # TYPE_CLASS_DATA_ITEM
            struct.pack_into("<I", dex, item + 8, len(dex) + 4096)
    pkg = tmp_path / "badmap.apk"
    pkg.write_bytes(_replace(sample(CLEAN), "classes.dex", bytes(dex)))
    result, _ = _scan_json(pkg)
    assert result["app"]["id"] == "cn.eduscan.sample.clean"
    assert any(e["part"] == "classes.dex" for e in result["errors"]), result["errors"]


def test_split_bundle_with_damaged_base_apk(tmp_path: Path) -> None:
    """The base APK's deflate stream is damaged: nothing can be analysed, one line and exit 3."""
    src = sample(SPLITS)
    with zipfile.ZipFile(src) as z:
        base = next(n for n in ("base.apk", "base-master.apk") if n in z.namelist())
        raw = bytearray(_replace(src, base, z.read(base)))  # re-zipped: every entry deflated
    with zipfile.ZipFile(io.BytesIO(bytes(raw))) as z:
        info = z.getinfo(base)
    assert info.compress_type == zipfile.ZIP_DEFLATED
    name_len, extra_len = struct.unpack_from("<HH", raw, info.header_offset + 26)
    start = info.header_offset + 30 + name_len + extra_len
    raw[start : start + 64] = b"\xff" * 64  # not a valid deflate block
    pkg = tmp_path / "damaged-base.apks"
    pkg.write_bytes(bytes(raw))
    r = run_cli("scan", pkg, "--lang", "en", "-q")
    assert r.code == 3, (r.code, r.err)
    lines = [ln for ln in r.err.splitlines() if ln.strip()]
    assert len(lines) == 1 and "damaged-base.apks" in lines[0], r.err
    assert "Traceback" not in r.err


def test_resource_entry_flagged_complex(tmp_path: Path) -> None:
    """androguard prints a warning for a complex entry that runs out of its chunk: not into the JSON on stdout."""
    arsc = bytearray(_read(sample(CLEAN), "resources.arsc"))
    entry = next(i for i in range(0, len(arsc) - 4, 4) if arsc[i : i + 4] == b"\x08\x00\x00\x00")  # size 8, flags 0
    arsc[entry + 2] = 0x01  # FLAG_COMPLEX
    pkg = tmp_path / "complex.apk"
    pkg.write_bytes(_replace(sample(CLEAN), "resources.arsc", bytes(arsc)))
    result, _ = _scan_json(pkg)  # stdout must still parse as the JSON result
    assert result["app"]["id"] == "cn.eduscan.sample.clean"


def test_info_plist_keyed_by_data(tmp_path: Path) -> None:
    """A binary Info.plist whose dictionary has a data (bytes) key among the string keys."""
    src = sample(IPA)
    with zipfile.ZipFile(src) as z:
        path = next(n for n in z.namelist() if n.count("/") == 2 and n.endswith("/Info.plist"))
        info = plistlib.loads(z.read(path))
    raw = plistlib.dumps(info, fmt=plistlib.FMT_BINARY)
    key = b"UIDeviceFamily"
    at = raw.find(bytes([0x50 | len(key)]) + key)  # ASCII string object of that length
    assert at > 0
    raw = raw[:at] + bytes([0x40 | len(key)]) + raw[at + 1 :]  # the same bytes as a data object
    pkg = tmp_path / "bytekey.ipa"
    pkg.write_bytes(_replace(src, path, raw))
    result, _ = _scan_json(pkg)
    assert result["app"]["platform"] == "ios"


def test_native_library_with_garbage_dynamic_tag(tmp_path: Path) -> None:
    """lief warns about an unknown dynamic tag; the warning must not reach the terminal."""
    name = "lib/arm64-v8a/libmsc.so"
    so = bytearray(_read(sample(NATIVE), name))
    # e_shoff/e_shnum/e_shentsize → the SHT_DYNAMIC section's file offset.
    shoff = struct.unpack_from("<Q", so, 0x28)[0]
    shentsize, shnum = struct.unpack_from("<HH", so, 0x3A)
    dynamic = next(
        struct.unpack_from("<Q", so, shoff + i * shentsize + 0x18)[0]
        for i in range(shnum)
        if struct.unpack_from("<I", so, shoff + i * shentsize + 4)[0] == 6  # SHT_DYNAMIC
    )
    struct.pack_into("<Q", so, dynamic, 0x0E000000)
    pkg = tmp_path / "badtag.apk"
    pkg.write_bytes(_replace(sample(NATIVE), name, bytes(so)))
    result, _ = _scan_json(pkg)
    assert any(b["path"] == name for b in result["binaries"])


def test_truncated_main_executable(tmp_path: Path) -> None:
    """A Mach-O cut in half: the slice is reported in errors[], the bundle is still read."""
    src = sample(IPA)
    with zipfile.ZipFile(src) as z:
        exe = next(n for n in z.namelist() if n.count("/") == 2 and n.endswith("/HomeworkHelper"))
        data = z.read(exe)
    pkg = tmp_path / "cutexe.ipa"
    pkg.write_bytes(_replace(src, exe, data[: len(data) // 2]))
    result, _ = _scan_json(pkg)
    assert result["app"]["platform"] == "ios"
    assert any(e["part"].startswith(exe) for e in result["errors"]), result["errors"]
