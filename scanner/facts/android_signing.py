"""APK signatures: JAR (v1) signer certificates and the APK Signing Block (v2, v3, v3.1).

Formats: https://source.android.com/docs/security/features/apksigning/v2 and …/v3. We only read what a
reviewer needs (which schemes, which certificates, which algorithms); verifying digests is apksigner's job.
"""

from __future__ import annotations

import hashlib
import re
import struct
from datetime import UTC, datetime

from asn1crypto import cms, x509

from scanner.facts.model import Certificate, Location, Signing
from scanner.unpack.safezip import SafeZip

_SIG_BLOCK_MAGIC = b"APK Sig Block 42"
_V2 = 0x7109871A
_V3 = 0xF05368C0
_V31 = 0x1B93AD61
_V1_SIG = re.compile(r"^META-INF/[^/]+\.(RSA|DSA|EC)$", re.IGNORECASE)


def _lp(buf: bytes, pos: int) -> tuple[bytes, int]:
    """A uint32 length-prefixed slice."""
    if pos + 4 > len(buf):
        raise ValueError("length prefix past end")
    (n,) = struct.unpack_from("<I", buf, pos)
    if pos + 4 + n > len(buf):
        raise ValueError("length-prefixed block past end")
    return buf[pos + 4 : pos + 4 + n], pos + 4 + n


def _seq(buf: bytes) -> list[bytes]:
    out: list[bytes] = []
    pos = 0
    while pos < len(buf):
        item, pos = _lp(buf, pos)
        out.append(item)
    return out


def signing_block(z: SafeZip) -> dict[int, bytes]:
    """ID → value of the APK Signing Block, empty when there is none."""
    cd = getattr(z, "cd_offset", 0)
    if cd < 32:
        return {}
    tail = z.raw(cd - 24, cd)
    if len(tail) != 24 or tail[8:] != _SIG_BLOCK_MAGIC:
        return {}
    (size,) = struct.unpack_from("<Q", tail, 0)
    start = cd - size - 8
    if start < 0 or size > 64 << 20:
        return {}
    block = z.raw(start, cd)
    if len(block) < 32 or struct.unpack_from("<Q", block, 0)[0] != size:
        return {}
    pairs: dict[int, bytes] = {}
    pos = 8
    end = len(block) - 24
    while pos + 12 <= end:
        (length,) = struct.unpack_from("<Q", block, pos)
        if length < 4 or pos + 8 + length > end:
            break
        (pid,) = struct.unpack_from("<I", block, pos + 8)
        pairs[pid] = block[pos + 12 : pos + 8 + length]
        pos += 8 + length
    return pairs


def _scheme_certs(value: bytes) -> list[bytes]:
    """Certificates (DER) of every signer in a v2/v3 block value."""
    certs: list[bytes] = []
    signers, _ = _lp(value, 0)
    for signer in _seq(signers):
        signed_data, _ = _lp(signer, 0)
        _digests, pos = _lp(signed_data, 0)
        cert_seq, _ = _lp(signed_data, pos)
        certs.extend(_seq(cert_seq))
    return certs


def _cert_fact(der: bytes, schemes: list[str], where: str, now: datetime) -> Certificate:
    cert = x509.Certificate.load(der)
    tbs = cert["tbs_certificate"]
    validity = tbs["validity"]
    not_before = validity["not_before"].native
    not_after = validity["not_after"].native
    pub = cert.public_key
    try:
        bits: int | None = int(pub.bit_size)
    except Exception:
        bits = None
    subject = cert.subject.human_friendly
    try:
        self_signed = cert.self_signed in ("yes", "maybe")
    except Exception:
        self_signed = False
    try:
        cn = str(cert.subject.native.get("common_name", ""))
    except Exception:
        cn = ""
    return Certificate(
        subject=subject,
        issuer=cert.issuer.human_friendly,
        serial=format(tbs["serial_number"].native, "x"),
        not_before=not_before.isoformat() if not_before else "",
        not_after=not_after.isoformat() if not_after else "",
        sha256=hashlib.sha256(der).hexdigest(),
        sha1=hashlib.sha1(der).hexdigest(),
        md5=hashlib.md5(der).hexdigest(),
        signature_algorithm=_sig_algo(cert),
        key_algorithm=str(pub.algorithm).upper(),
        key_bits=bits,
        self_signed=self_signed,
        debug=cn == "Android Debug",
        expired=bool(not_after and not_after < now),
        schemes=schemes,
        location=Location(file=where, detail=f"certificate {subject}"),
    )


_ALGO_NAMES = {"RSASSA_PKCS1V15": "RSA", "RSASSA_PSS": "RSA-PSS"}


def algo_name(digest: str, signature: str) -> str:
    """('sha256', 'rsassa_pkcs1v15') → 'SHA256withRSA', as apksigner and keytool print it."""
    sig = signature.upper()
    return f"{digest.upper()}with{_ALGO_NAMES.get(sig, sig)}"


def _sig_algo(cert: x509.Certificate) -> str:
    algo = cert["signature_algorithm"]
    try:
        hash_algo = str(algo.hash_algo)
    except Exception:
        hash_algo = "?"
    return algo_name(hash_algo, str(algo.signature_algo))


def read_signing(z: SafeZip, now: datetime | None = None) -> tuple[Signing, list[str]]:
    """Signing facts and a list of problems met while reading them."""
    now = now or datetime.now(UTC)
    signing = Signing(location=Location(file="META-INF/ and APK Signing Block"))
    problems: list[str] = []
    by_sha: dict[str, Certificate] = {}

    def add(der: bytes, scheme: str, where: str) -> None:
        sha = hashlib.sha256(der).hexdigest()
        if sha in by_sha:
            if scheme not in by_sha[sha].schemes:
                by_sha[sha].schemes.append(scheme)
            return
        by_sha[sha] = _cert_fact(der, [scheme], where, now)

    has_mf = "META-INF/MANIFEST.MF" in z
    v1_algos: list[str] = []
    for name in z.names():
        if not _V1_SIG.match(name):
            continue
        try:
            info = cms.ContentInfo.load(z.read(name, max_size=1 << 20))
            signed = info["content"]
            for signer in signed["signer_infos"]:
                digest = str(signer["digest_algorithm"]["algorithm"].native)
                sig = str(signer["signature_algorithm"].signature_algo)
                v1_algos.append(algo_name(digest, sig))
            for c in signed["certificates"]:
                add(c.chosen.dump(), "v1", name)
            signing.v1 = has_mf
        except Exception as exc:
            problems.append(f"{name}: unreadable JAR signature ({exc.__class__.__name__})")
    try:
        block = signing_block(z)
    except Exception as exc:
        block = {}
        problems.append(f"APK Signing Block unreadable ({exc.__class__.__name__})")
    for pid, scheme in ((_V2, "v2"), (_V3, "v3"), (_V31, "v3.1")):
        if pid not in block:
            continue
        setattr(signing, {"v2": "v2", "v3": "v3", "v3.1": "v31"}[scheme], True)
        try:
            for der in _scheme_certs(block[pid]):
                add(der, scheme, "APK Signing Block")
        except Exception as exc:
            problems.append(f"{scheme} signature block unreadable ({exc.__class__.__name__})")
    signing.v4 = False  # v4 signatures live in a separate .idsig file, never inside the APK
    signing.certificates = sorted(by_sha.values(), key=lambda c: c.sha256)
    signing.signed = bool(signing.certificates) and (signing.v1 or signing.v2 or signing.v3 or signing.v31)
    signing.v1_algorithms = sorted(set(v1_algos))
    return signing, problems
