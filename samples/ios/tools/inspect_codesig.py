#!/usr/bin/env python3
"""Read back the embedded code signature of every slice of a Mach-O.

Walks LC_CODE_SIGNATURE -> SuperBlob index -> blobs, prints the CodeDirectory
fields and the XML entitlements, decodes the DER entitlements, and checks every
page hash and special-slot hash.  Test helper for the eduscan iOS fixtures
(the scanner has its own reader); exits 1 if a hash does not match.

    python3 inspect_codesig.py Payload/X.app/X [--json]
"""

from __future__ import annotations

import hashlib
import json
import os
import plistlib
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from machotools import LC_CODE_SIGNATURE, ThinMachO, fat_slices

SLOT_NAMES = {
    0: "CodeDirectory",
    1: "InfoSlot",
    2: "Requirements",
    3: "ResourceDir",
    5: "Entitlements",
    7: "DEREntitlements",
    0x10000: "CMSSignature",
}


def _der_read(buf: bytes, pos: int) -> tuple[int, bytes, int]:
    tag = buf[pos]
    n = buf[pos + 1]
    pos += 2
    if n & 0x80:
        k = n & 0x7F
        n = int.from_bytes(buf[pos : pos + k], "big")
        pos += k
    return tag, buf[pos : pos + n], pos + n


def _der_decode(tag: int, body: bytes) -> object:
    if tag == 0x01:
        return body != b"\x00"
    if tag == 0x02:
        return int.from_bytes(body, "big", signed=True)
    if tag == 0x0C:
        return body.decode("utf-8")
    if tag in (0x30, 0xB0):
        items = []
        pos = 0
        while pos < len(body):
            t, b, pos = _der_read(body, pos)
            items.append(_der_decode(t, b))
        if tag == 0xB0:  # dict: each item is [key, value]
            return {k: v for k, v in items}
        return items
    raise ValueError(f"unexpected DER tag {tag:#x}")


def decode_der_entitlements(der: bytes) -> dict:
    """Inverse of add_entitlements.der_entitlements."""
    tag, body, _ = _der_read(der, 0)
    assert tag == 0x70, hex(tag)
    t1, ver, pos = _der_read(body, 0)
    assert t1 == 0x02 and ver == b"\x01"
    t2, d, _ = _der_read(body, pos)
    return _der_decode(t2, d)


def read_signature(slice_bytes: bytes) -> dict:
    """Parse and verify the signature of one thin slice."""
    m = ThinMachO(slice_bytes)
    lc = m.find(LC_CODE_SIGNATURE)
    if lc is None:
        return {"present": False}
    dataoff, datasize = struct.unpack_from("<II", m.data, lc.offset + 8)
    sig = bytes(m.data[dataoff : dataoff + datasize])
    magic, length, count = struct.unpack_from(">III", sig, 0)
    assert magic == 0xFADE0CC0, hex(magic)
    res: dict = {
        "present": True,
        "dataoff": dataoff,
        "datasize": datasize,
        "superblob_length": length,
        "slots": [],
        "errors": [],
    }
    blobs = {}
    for i in range(count):
        slot, off = struct.unpack_from(">II", sig, 12 + 8 * i)
        bmagic, blen = struct.unpack_from(">II", sig, off)
        blobs[slot] = sig[off : off + blen]
        res["slots"].append(
            {
                "slot": slot,
                "name": SLOT_NAMES.get(slot, "?"),
                "offset": off,
                "magic": f"{bmagic:#010x}",
                "length": blen,
            }
        )
    cd = blobs[0]
    (
        _m,
        _l,
        version,
        flags,
        hash_off,
        ident_off,
        n_special,
        n_code,
        code_limit,
        hash_size,
        hash_type,
        _plat,
        page_shift,
        _s2,
    ) = struct.unpack_from(">IIIIIIIIIBBBBI", cd, 0)
    team_off = struct.unpack_from(">I", cd, 48)[0] if version >= 0x20200 else 0
    exec_seg = struct.unpack_from(">QQQ", cd, 64) if version >= 0x20400 else (0, 0, 0)
    ident = cd[ident_off : cd.index(b"\0", ident_off)].decode()
    team = cd[team_off : cd.index(b"\0", team_off)].decode() if team_off else None
    res["code_directory"] = {
        "version": hex(version),
        "flags": hex(flags),
        "identifier": ident,
        "team_id": team,
        "n_special_slots": n_special,
        "n_code_slots": n_code,
        "code_limit": code_limit,
        "hash_type": hash_type,
        "page_size": 1 << page_shift,
        "exec_seg_base": exec_seg[0],
        "exec_seg_limit": exec_seg[1],
        "exec_seg_flags": hex(exec_seg[2]),
        "cdhash_sha256_20": hashlib.sha256(cd).hexdigest()[:40],
    }
    page = 1 << page_shift
    for i in range(n_code):
        want = cd[hash_off + i * hash_size : hash_off + (i + 1) * hash_size]
        got = hashlib.sha256(m.data[i * page : min((i + 1) * page, code_limit)]).digest()
        if want != got:
            res["errors"].append(f"page {i} hash mismatch")
    for s in (2, 5, 7):
        if s in blobs:
            want = cd[hash_off - s * hash_size : hash_off - (s - 1) * hash_size]
            if s > n_special or want != hashlib.sha256(blobs[s]).digest():
                res["errors"].append(f"special slot -{s} hash mismatch")
    if 5 in blobs:
        res["entitlements_xml"] = blobs[5][8:].decode("utf-8")
        res["entitlements"] = plistlib.loads(blobs[5][8:])
    if 7 in blobs:
        der = decode_der_entitlements(blobs[7][8:])
        res["entitlements_der"] = der
        if "entitlements" in res and der != res["entitlements"]:
            res["errors"].append("DER and XML entitlements differ")
    if 0x10000 in blobs:
        res["cms_signature_bytes"] = len(blobs[0x10000]) - 8
        res["raw_cms"] = blobs[0x10000][8:]  # detached CMS over the CodeDirectory blob
    res["raw_code_directory"] = cd
    res["special_slot_hashes"] = {
        f"-{s}": cd[hash_off - s * hash_size : hash_off - (s - 1) * hash_size].hex()
        for s in range(1, n_special + 1)
    }
    return res


def main(argv: list[str]) -> int:
    """Print the signature of each slice of argv[0]; rc 1 on a hash mismatch."""
    path = argv[0]
    with open(path, "rb") as f:
        data = f.read()
    out = []
    for cputype, off, size in fat_slices(data):
        r = read_signature(data[off : off + size])
        r["cputype"] = hex(cputype & 0xFFFFFFFF)
        r.pop("raw_cms", None)
        r.pop("raw_code_directory", None)
        out.append(r)
    if "--json" in argv:
        print(json.dumps(out, indent=1, default=str, ensure_ascii=False))
    else:
        for r in out:
            print(f"slice cputype={r['cputype']}")
            if not r["present"]:
                print("  no code signature")
                continue
            for s in r["slots"]:
                print(
                    f"  slot {s['slot']:#07x} {s['name']:<16} off={s['offset']:<6} "
                    f"magic={s['magic']} len={s['length']}"
                )
            for k, v in r["code_directory"].items():
                print(f"  cd.{k} = {v}")
            if "entitlements" in r:
                print("  entitlements:", json.dumps(r["entitlements"], ensure_ascii=False))
            print("  errors:", r["errors"] or "none")
    return 1 if any(r.get("errors") for r in out) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
