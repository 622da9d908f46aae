#!/usr/bin/env python3
"""Deterministic zip writer for the iOS sample IPAs.

    mkzip.py OUT.zip SRC_DIR [ENTRY ...]

Zips the given entries (files or directories, relative to SRC_DIR; default:
everything in SRC_DIR) in sorted order with a fixed timestamp
(2026-01-01 00:00:00), Unix permissions (0755 for directories and Mach-O
files, 0644 otherwise), directory entries, and DEFLATE level 9.  The same
inputs always give the same bytes.
"""

from __future__ import annotations

import os
import sys
import zipfile

FIXED_DATE = (2026, 1, 1, 0, 0, 0)
MACHO_MAGICS = (b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe")


def _info(name: str, mode: int, is_dir: bool) -> zipfile.ZipInfo:
    zi = zipfile.ZipInfo(name, FIXED_DATE)
    zi.create_system = 3  # Unix, so external_attr carries st_mode
    zi.external_attr = (mode << 16) | (0x10 if is_dir else 0)
    zi.compress_type = zipfile.ZIP_STORED if is_dir else zipfile.ZIP_DEFLATED
    return zi


def collect(src: str, entries: list[str]) -> list[str]:
    """Relative paths (directories end with '/') under the entries, sorted."""
    out: set[str] = set()
    for e in entries:
        top = os.path.join(src, e)
        if os.path.isfile(top):
            out.add(e)
            parts = e.split("/")[:-1]
        else:
            for root, _dirs, files in os.walk(top):
                rel = os.path.relpath(root, src).replace(os.sep, "/")
                out.add(rel + "/")
                for f in files:
                    out.add(f"{rel}/{f}")
            parts = e.rstrip("/").split("/")[:-1]
        for i in range(1, len(parts) + 1):
            out.add("/".join(parts[:i]) + "/")
    return sorted(out)


def main(argv: list[str]) -> int:
    """Write the zip."""
    out, src, *entries = argv
    if not entries:
        entries = sorted(os.listdir(src))
    tmp = out + ".tmp"
    with zipfile.ZipFile(tmp, "w") as z:
        for rel in collect(src, entries):
            path = os.path.join(src, rel)
            if rel.endswith("/"):
                z.writestr(_info(rel, 0o40755, True), b"")
                continue
            with open(path, "rb") as f:
                data = f.read()
            mode = 0o100755 if data[:4] in MACHO_MAGICS else 0o100644
            z.writestr(_info(rel, mode, False), data, compresslevel=9)
    os.replace(tmp, out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
