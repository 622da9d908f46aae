#!/usr/bin/env python3
"""Re-sign a thin iOS Mach-O with an embedded-signature SuperBlob that carries
entitlements (what `codesign --entitlements` / ldid -S would produce).

ld64.lld's `-adhoc_codesign` writes a SuperBlob holding only a CodeDirectory,
and there is no codesign/ldid on Debian.  This script replaces that signature
(in place, same LC_CODE_SIGNATURE dataoff) with:

    SuperBlob 0xfade0cc0
      slot 0x00000  CodeDirectory           0xfade0c02 (v 0x20400, SHA-256, 4 KiB pages)
      slot 0x00002  Requirements            0xfade0c01 (empty requirement set)
      slot 0x00005  Entitlements (XML)      0xfade7171
      slot 0x00007  Entitlements (DER)      0xfade7172
      slot 0x10000  CMS signature wrapper   0xfade0b01 (empty when ad-hoc)

The CodeDirectory's special slots hold the SHA-256 of Info.plist (-1, optional),
the requirements blob (-2), CodeResources (-3, optional), the XML entitlements
(-5) and the DER entitlements (-7); code slots hash each 4096-byte page of the
file up to the signature (codeLimit = dataoff).  LC_CODE_SIGNATURE.datasize and
__LINKEDIT's filesize/vmsize are updated before the pages are hashed.

With --cert/--key the CodeDirectory is signed with a detached CMS (openssl cms,
-noattr so the output is deterministic) and the team id is recorded; without
them the signature is ad hoc (CS_ADHOC).

Only thin 64-bit Mach-O files are handled: sign each slice, then lipo.
Used only to build eduscan's test fixtures.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import plistlib
import struct
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from machotools import LC_CODE_SIGNATURE, MH_EXECUTE, ThinMachO

CSMAGIC_REQUIREMENTS = 0xFADE0C01
CSMAGIC_CODEDIRECTORY = 0xFADE0C02
CSMAGIC_EMBEDDED_SIGNATURE = 0xFADE0CC0
CSMAGIC_EMBEDDED_ENTITLEMENTS = 0xFADE7171
CSMAGIC_EMBEDDED_DER_ENTITLEMENTS = 0xFADE7172
CSMAGIC_BLOBWRAPPER = 0xFADE0B01

CSSLOT_CODEDIRECTORY = 0
CSSLOT_INFOSLOT = 1
CSSLOT_REQUIREMENTS = 2
CSSLOT_RESOURCEDIR = 3
CSSLOT_ENTITLEMENTS = 5
CSSLOT_DER_ENTITLEMENTS = 7
CSSLOT_SIGNATURESLOT = 0x10000

CS_ADHOC = 0x2
CS_EXECSEG_MAIN_BINARY = 0x1
CS_EXECSEG_ALLOW_UNSIGNED = 0x10
CS_HASHTYPE_SHA256 = 2
PAGE_SHIFT = 12
PAGE_SIZE = 1 << PAGE_SHIFT
CD_HEADER_SIZE = 88  # version 0x20400 (with exec segment fields)


# --------------------------------------------------------------------------
# DER entitlements (Apple's encoding: [APPLICATION 16] { INTEGER 1, dict }
# where a dict is [CONTEXT 16] { SEQUENCE { UTF8String key, value } ... }
# with keys sorted, arrays are SEQUENCE, strings UTF8String, bools BOOLEAN).
# --------------------------------------------------------------------------
def _der_len(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _der(tag: int, body: bytes) -> bytes:
    return bytes([tag]) + _der_len(len(body)) + body


def _der_value(v: object) -> bytes:
    if isinstance(v, bool):
        return _der(0x01, b"\xff" if v else b"\x00")
    if isinstance(v, int):
        return _der(0x02, v.to_bytes(max(1, (v.bit_length() + 8) // 8), "big", signed=True))
    if isinstance(v, str):
        return _der(0x0C, v.encode("utf-8"))
    if isinstance(v, list):
        return _der(0x30, b"".join(_der_value(x) for x in v))
    if isinstance(v, dict):
        items = b"".join(_der(0x30, _der(0x0C, k.encode("utf-8")) + _der_value(v[k])) for k in sorted(v))
        return _der(0xB0, items)
    raise TypeError(f"cannot DER-encode entitlement value {v!r}")


def der_entitlements(ents: dict) -> bytes:
    """Encode an entitlements dict the way codesign --generate-entitlement-der does."""
    return _der(0x70, _der(0x02, b"\x01") + _der_value(ents))


# --------------------------------------------------------------------------
def blob(magic: int, payload: bytes) -> bytes:
    """A generic code-signing blob: magic, total length (both big-endian), payload."""
    return struct.pack(">II", magic, 8 + len(payload)) + payload


def superblob(entries: list[tuple[int, bytes]]) -> bytes:
    """Assemble a SuperBlob from (slot type, blob bytes), in the given order."""
    header_len = 12 + 8 * len(entries)
    index = b""
    body = b""
    for slot, b in entries:
        index += struct.pack(">II", slot, header_len + len(body))
        body += b
    return (
        struct.pack(">III", CSMAGIC_EMBEDDED_SIGNATURE, header_len + len(body), len(entries)) + index + body
    )


def old_code_directory(data: bytes, dataoff: int) -> dict:
    """Read the fields we keep (identifier, exec segment) from the existing signature."""
    magic, _length, count = struct.unpack_from(">III", data, dataoff)
    if magic != CSMAGIC_EMBEDDED_SIGNATURE:
        raise ValueError("existing LC_CODE_SIGNATURE is not an embedded-signature SuperBlob")
    for i in range(count):
        slot, off = struct.unpack_from(">II", data, dataoff + 12 + 8 * i)
        if slot == CSSLOT_CODEDIRECTORY:
            cd = dataoff + off
            version = struct.unpack_from(">I", data, cd + 8)[0]
            ident_off = struct.unpack_from(">I", data, cd + 20)[0]
            ident = data[cd + ident_off : data.index(b"\0", cd + ident_off)].decode()
            seg = (0, 0, 0)
            if version >= 0x20400:
                seg = struct.unpack_from(">QQQ", data, cd + 64)
            return {"identifier": ident, "exec_seg": seg}
    raise ValueError("no CodeDirectory in existing signature")


def code_directory(
    *,
    identifier: str,
    team_id: str | None,
    flags: int,
    code: bytes,
    special: dict[int, bytes],
    exec_seg: tuple[int, int, int],
) -> bytes:
    """Build a version-0x20400 SHA-256 CodeDirectory over `code` (the file up to the signature)."""
    n_special = max(special) if special else 0
    ident_b = identifier.encode() + b"\0"
    team_b = (team_id.encode() + b"\0") if team_id else b""
    ident_off = CD_HEADER_SIZE
    team_off = ident_off + len(ident_b) if team_id else 0
    hash_off = CD_HEADER_SIZE + len(ident_b) + len(team_b) + 32 * n_special
    n_code = (len(code) + PAGE_SIZE - 1) // PAGE_SIZE
    specials = b"".join(special.get(i, b"\0" * 32) for i in range(n_special, 0, -1))
    hashes = b"".join(
        hashlib.sha256(code[i * PAGE_SIZE : (i + 1) * PAGE_SIZE]).digest() for i in range(n_code)
    )
    length = hash_off + 32 * n_code
    header = struct.pack(
        ">IIIIIIIIIBBBBIIIIQQQQ",
        CSMAGIC_CODEDIRECTORY,
        length,
        0x20400,
        flags,
        hash_off,
        ident_off,
        n_special,
        n_code,
        len(code),
        32,
        CS_HASHTYPE_SHA256,
        0,
        PAGE_SHIFT,
        0,  # spare2
        0,  # scatterOffset
        team_off,
        0,  # spare3
        0,  # codeLimit64
        *exec_seg,
    )
    assert len(header) == CD_HEADER_SIZE
    out = header + ident_b + team_b + specials + hashes
    assert len(out) == length
    return out


def cms_sign(payload: bytes, cert: str, key: str) -> bytes:
    """Detached CMS SignedData (DER) over payload; no signed attributes -> deterministic."""
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "cd.bin")
        dst = os.path.join(tmp, "cd.p7")
        with open(src, "wb") as f:
            f.write(payload)
        subprocess.run(
            [
                "openssl",
                "cms",
                "-sign",
                "-binary",
                "-noattr",
                "-md",
                "sha256",
                "-outform",
                "DER",
                "-signer",
                cert,
                "-inkey",
                key,
                "-in",
                src,
                "-out",
                dst,
            ],
            check=True,
        )
        with open(dst, "rb") as f:
            return f.read()


def sign(
    path: str,
    out: str,
    *,
    entitlements: dict | None,
    identifier: str | None,
    team_id: str | None,
    cert: str | None,
    key: str | None,
    info_plist: str | None,
    resources: str | None,
) -> None:
    """Replace the code signature of the thin Mach-O at path and write it to out."""
    with open(path, "rb") as f:
        m = ThinMachO(f.read())
    lc = m.find(LC_CODE_SIGNATURE)
    if lc is None:
        raise SystemExit(f"{path}: no LC_CODE_SIGNATURE (link with -adhoc_codesign first)")
    dataoff, _old_size = struct.unpack_from("<II", m.data, lc.offset + 8)
    old = old_code_directory(bytes(m.data), dataoff)
    identifier = identifier or old["identifier"]
    execseg_base, execseg_limit, execseg_flags = old["exec_seg"]
    if m.filetype == MH_EXECUTE:
        execseg_flags |= CS_EXECSEG_MAIN_BINARY
    if entitlements and entitlements.get("get-task-allow") is True:
        execseg_flags |= CS_EXECSEG_ALLOW_UNSIGNED
    exec_seg = (execseg_base, execseg_limit, execseg_flags)

    # Blobs that do not depend on the page hashes.
    requirements = struct.pack(">III", CSMAGIC_REQUIREMENTS, 12, 0)
    special: dict[int, bytes] = {CSSLOT_REQUIREMENTS: hashlib.sha256(requirements).digest()}
    entries_pre: list[tuple[int, bytes]] = [(CSSLOT_REQUIREMENTS, requirements)]
    if entitlements is not None:
        xml = plistlib.dumps(entitlements, fmt=plistlib.FMT_XML, sort_keys=True)
        ent_blob = blob(CSMAGIC_EMBEDDED_ENTITLEMENTS, xml)
        der_blob = blob(CSMAGIC_EMBEDDED_DER_ENTITLEMENTS, der_entitlements(entitlements))
        special[CSSLOT_ENTITLEMENTS] = hashlib.sha256(ent_blob).digest()
        special[CSSLOT_DER_ENTITLEMENTS] = hashlib.sha256(der_blob).digest()
        entries_pre += [(CSSLOT_ENTITLEMENTS, ent_blob), (CSSLOT_DER_ENTITLEMENTS, der_blob)]
    if info_plist:
        with open(info_plist, "rb") as f:
            special[CSSLOT_INFOSLOT] = hashlib.sha256(f.read()).digest()
    if resources:
        with open(resources, "rb") as f:
            special[CSSLOT_RESOURCEDIR] = hashlib.sha256(f.read()).digest()
    signed = bool(cert and key)
    flags = 0 if signed else CS_ADHOC
    if not signed:
        team_id = None

    code_len = dataoff
    # Size of the CodeDirectory does not depend on the hash values.
    cd_len = len(
        code_directory(
            identifier=identifier,
            team_id=team_id,
            flags=flags,
            code=b"\0" * code_len,
            special=special,
            exec_seg=exec_seg,
        )
    )
    cms_len = len(cms_sign(b"\0" * cd_len, cert, key)) if signed else 0
    sig_len = len(
        superblob(
            [
                (CSSLOT_CODEDIRECTORY, b"\0" * cd_len),
                *entries_pre,
                (CSSLOT_SIGNATURESLOT, blob(CSMAGIC_BLOBWRAPPER, b"\0" * cms_len)),
            ]
        )
    )
    datasize = (sig_len + 15) & ~15

    # Patch the header (it is inside page 0, so before hashing), then truncate.
    struct.pack_into("<I", m.data, lc.offset + 12, datasize)
    le = m.segment("__LINKEDIT")
    new_filesize = dataoff + datasize - le.fileoff
    m.set_segment_sizes(le, new_filesize, new_filesize)
    code = bytes(m.data[:dataoff])

    cd = code_directory(
        identifier=identifier, team_id=team_id, flags=flags, code=code, special=special, exec_seg=exec_seg
    )
    cms = cms_sign(cd, cert, key) if signed else b""
    if len(cms) != cms_len:
        raise SystemExit(f"CMS size changed ({cms_len} -> {len(cms)}); cannot keep layout")
    sb = superblob(
        [(CSSLOT_CODEDIRECTORY, cd), *entries_pre, (CSSLOT_SIGNATURESLOT, blob(CSMAGIC_BLOBWRAPPER, cms))]
    )
    assert len(sb) == sig_len
    result = code + sb + b"\0" * (datasize - len(sb))
    tmp = out + ".tmp"
    with open(tmp, "wb") as f:
        f.write(result)
    os.chmod(tmp, 0o755)
    os.replace(tmp, out)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("binary", help="thin Mach-O linked with ld64.lld -adhoc_codesign")
    ap.add_argument("-o", "--output", help="output path (default: rewrite in place)")
    ap.add_argument("--entitlements", help="entitlements plist (XML or binary)")
    ap.add_argument("--identifier", help="signing identifier (default: keep lld's)")
    ap.add_argument("--team-id", help="team identifier (only with --cert/--key)")
    ap.add_argument("--cert", help="PEM signing certificate (CMS signature); omit for ad hoc")
    ap.add_argument("--key", help="PEM private key for --cert")
    ap.add_argument("--info-plist", help="bundle Info.plist to bind in special slot 1")
    ap.add_argument("--resources", help="_CodeSignature/CodeResources to bind in special slot 3")
    a = ap.parse_args(argv)
    ents = None
    if a.entitlements:
        with open(a.entitlements, "rb") as f:
            ents = plistlib.load(f)
    sign(
        a.binary,
        a.output or a.binary,
        entitlements=ents,
        identifier=a.identifier,
        team_id=a.team_id,
        cert=a.cert,
        key=a.key,
        info_plist=a.info_plist,
        resources=a.resources,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
