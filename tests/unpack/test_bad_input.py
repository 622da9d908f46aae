"""Bad input never crashes eduscan: one clear line naming the file and the problem, exit 3, no traceback,
bounded time and memory, nothing written outside -o. Inputs are built here from real packages."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli, sample

CLEAN = "android/clean-notes.apk"


def _zip(entries: dict[str, bytes], compress: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compress) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


def _manifest() -> bytes:
    with zipfile.ZipFile(sample(CLEAN)) as z:
        return z.read("AndroidManifest.xml")


def _bomb() -> bytes:
    """One 200 MiB entry of zeros, deflated about 1000:1, written by hand so building it stays cheap."""
    size = 200 << 20
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = bytes(1 << 20)
    parts = [comp.compress(chunk) for _ in range(size >> 20)]
    parts.append(comp.flush())
    data = b"".join(parts)
    crc = 0
    for _ in range(size >> 20):
        crc = zlib.crc32(chunk, crc)
    return _raw_zip([("AndroidManifest.xml", _manifest(), None), ("classes.dex", data, (size, crc))])


def _raw_zip(items: list[tuple[str, bytes, tuple[int, int] | None]]) -> bytes:
    """A ZIP whose deflated entries may be supplied pre-compressed with (size, crc)."""
    import struct

    out = bytearray()
    central = bytearray()
    for name, data, pre in items:
        if pre is None:
            comp = zlib.compressobj(9, zlib.DEFLATED, -15)
            payload = comp.compress(data) + comp.flush()
            size, crc = len(data), zlib.crc32(data)
        else:
            payload = data
            size, crc = pre
        offset = len(out)
        n = name.encode()
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(payload), size, len(n), 0)
        out += n + payload
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            20,
            20,
            0,
            8,
            0,
            0x21,
            crc,
            len(payload),
            size,
            len(n),
            0,
            0,
            0,
            0,
            0,
            offset,
        )
        central += n
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(items), len(items), len(central), cd_off, 0)
    return bytes(out)


def _cases() -> dict[str, tuple[str, bytes | None]]:
    """name → (file name, content); content None means built lazily from a sample."""
    return {
        "empty": ("empty.apk", b""),
        "random": ("random.apk", os.urandom(4096)),
        "pdf": ("report.apk", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + b"0" * 2000),
        "truncated": ("truncated.apk", None),
        "bomb": ("bomb.apk", None),
        "traversal": ("traversal.apk", None),
        "no-manifest": ("nomanifest.apk", _zip({"classes.dex": b"dex\n035\x00" + bytes(200), "res/a.txt": b"x"})),
        "bad-manifest": ("badmanifest.apk", _zip({"AndroidManifest.xml": os.urandom(600)})),
        "text-manifest": ("textmanifest.apk", _zip({"AndroidManifest.xml": b"<manifest package='a.b'/>"})),
    }


def _content(case: str, data: bytes | None) -> bytes:
    if data is not None:
        return data
    if case == "truncated":
        raw = sample(CLEAN).read_bytes()
        return raw[: len(raw) // 2]
    if case == "bomb":
        return _bomb()
    if case == "traversal":
        return _zip({"AndroidManifest.xml": _manifest(), "../../outside.txt": b"pwned", "classes.dex": b"dex"})
    raise AssertionError(case)


EXPECTED_CODES = {
    "empty": "empty",
    "random": "not-a-zip",
    "pdf": "not-a-zip",
    "truncated": "truncated-zip",
    "bomb": "zip-bomb",
    "traversal": "path-traversal",
    "no-manifest": "not-an-app",
    "bad-manifest": "bad-manifest",
    "text-manifest": "bad-manifest",
}


@pytest.mark.parametrize("case", list(_cases()))
def test_bad_input_exit_3_one_line(case: str, tmp_path: Path) -> None:
    fname, data = _cases()[case]
    pkg = tmp_path / fname
    pkg.write_bytes(_content(case, data))
    out_dir = tmp_path / "out"
    before = set(tmp_path.rglob("*"))
    started = time.monotonic()
    r = run_cli("scan", pkg, "-o", out_dir, "--lang", "en", "-q")
    elapsed = time.monotonic() - started
    assert r.code == 3, (r.code, r.err)
    lines = [ln for ln in r.err.splitlines() if ln.strip()]
    assert len(lines) == 1, r.err
    assert fname in lines[0]
    assert f"[{EXPECTED_CODES[case]}]" in lines[0], lines[0]
    assert "Traceback" not in r.err
    assert elapsed < 30
    after = set(tmp_path.rglob("*"))
    assert after - before <= {out_dir}, "nothing but the output folder may be created"
    assert not list(out_dir.glob("*")), "no result files for a package that could not be analysed"


def test_pdf_message_says_pdf(tmp_path: Path) -> None:
    pkg = tmp_path / "scan.apk"
    pkg.write_bytes(b"%PDF-1.7\n" + bytes(100))
    r = run_cli("scan", pkg, "--lang", "en")
    assert r.code == 3
    assert "looks like a PDF document" in r.err
    r_zh = run_cli("scan", pkg, "--lang", "zh")
    assert "PDF" in r_zh.err and "不是 ZIP 安装包" in r_zh.err


def test_bad_and_good_together_exit_is_worst(tmp_path: Path) -> None:
    bad = tmp_path / "bad.apk"
    bad.write_bytes(b"not a zip at all")
    r = run_cli("scan", sample(CLEAN), bad, "-o", tmp_path / "out", "-q")
    assert r.code == 3
    assert (tmp_path / "out" / "clean-notes.apk.json").exists(), "the good package's result is still written"


def test_missing_file_and_directory(tmp_path: Path) -> None:
    r = run_cli("scan", tmp_path / "nope.apk")
    assert r.code == 3 and "nope.apk" in r.err
    r = run_cli("scan", tmp_path)
    assert r.code == 3


def test_bomb_in_subprocess_bounded_memory(tmp_path: Path) -> None:
    """The real process: no traceback, and peak memory far below the bomb's inflated size."""
    pkg = tmp_path / "bomb.apk"
    pkg.write_bytes(_bomb())
    # VmHWM is this process's own peak; ru_maxrss would include the forking test runner's size on Linux.
    code = (
        "import sys\n"
        "from scanner.cli import main\n"
        "rc = main(sys.argv[1:])\n"
        "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]\n"
        "print(hwm, file=sys.stdout)\n"
        "sys.exit(rc)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, "scan", str(pkg), "--lang", "en"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 3, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "zip bomb" in proc.stderr
    peak_kib = int(proc.stdout.strip().splitlines()[-1])
    assert peak_kib < 400 * 1024, f"peak RSS {peak_kib} KiB"


def test_truncated_dex_is_an_error_entry_not_a_failure(tmp_path: Path) -> None:
    """A damaged entry must not sink the whole scan."""
    src = sample(CLEAN)
    entries: dict[str, bytes] = {}
    with zipfile.ZipFile(src) as z:
        for info in z.infolist():
            entries[info.filename] = z.read(info)
    entries["classes.dex"] = entries["classes.dex"][:300]
    pkg = tmp_path / "truncdex.apk"
    pkg.write_bytes(_zip(entries))
    r = run_cli("scan", pkg, "--format", "json", "-q")
    assert r.code == 0, r.err
    import json

    result = json.loads(r.out)
    assert result["app"]["id"] == "cn.eduscan.sample.clean"
    assert any(e["part"] == "classes.dex" for e in result["errors"]), result["errors"]
