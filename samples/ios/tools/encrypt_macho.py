#!/usr/bin/env python3
"""Make a thin Mach-O look like an App Store (FairPlay) build.

    encrypt_macho.py flag     IN OUT   set LC_ENCRYPTION_INFO_64.cryptid = 1
    encrypt_macho.py scramble IN OUT   encrypt the range (cryptid must be 1)

build.sh runs `flag`, then signs (so the CodeDirectory covers the header with
cryptid = 1 and the plaintext pages, as Apple's signature does), then
`scramble`.  Scrambling overwrites the bytes of the
encrypted range [cryptoff, cryptoff+cryptsize) (all of __TEXT after the first
page: code, stubs, C strings, selector and class names) with a deterministic
keystream XOR, so that, as in a real encrypted binary, those bytes are not
readable.  Load commands, the symbol table, the dyld bind info (imports,
linked libraries), __DATA and the code signature stay in clear, as they do in
real App Store binaries.  (The toolchain note's lief recipe,
`b.encryption_info.crypt_id = 1; b.write(out)`, only flips the flag; this also
scrambles the bytes, and needs no lief at build time.)
"""

from __future__ import annotations

import hashlib
import os
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from machotools import LC_ENCRYPTION_INFO_64, ThinMachO

KEY = b"eduscan-fixture-not-fairplay"


def keystream(n: int) -> bytes:
    """n bytes of SHA-256 counter-mode keystream."""
    out = bytearray()
    i = 0
    while len(out) < n:
        out += hashlib.sha256(KEY + i.to_bytes(8, "little")).digest()
        i += 1
    return bytes(out[:n])


def main(argv: list[str]) -> int:
    """Run the requested step from IN to OUT."""
    mode, src, dst = argv
    with open(src, "rb") as f:
        m = ThinMachO(f.read())
    lc = m.find(LC_ENCRYPTION_INFO_64)
    if lc is None:
        raise SystemExit("no LC_ENCRYPTION_INFO_64")
    cryptoff, cryptsize, cryptid = struct.unpack_from("<III", m.data, lc.offset + 8)
    if mode == "flag":
        if cryptid != 0:
            raise SystemExit("cryptid already set")
        struct.pack_into("<I", m.data, lc.offset + 16, 1)
    elif mode == "scramble":
        if cryptid != 1:
            raise SystemExit("run `flag` (and sign) first")
        ks = keystream(cryptsize)
        region = m.data[cryptoff : cryptoff + cryptsize]
        m.data[cryptoff : cryptoff + cryptsize] = bytes(a ^ b for a, b in zip(region, ks, strict=True))
    else:
        raise SystemExit(f"unknown mode {mode}")
    with open(dst, "wb") as f:
        f.write(m.data)
    os.chmod(dst, 0o755)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
