"""ELF shared libraries (lib/<abi>/*.so) → hardening facts, read with lief."""

from __future__ import annotations

import warnings
from functools import cache
from types import ModuleType

from scanner.facts.model import Location, NativeBinary


@cache
def _lief() -> ModuleType:
    """lief takes ~0.8 s to import; packages without native code never pay for it."""
    import lief

    lief.logging.disable()
    return lief


#: libc functions with no bounds checking (CWE-676 / CWE-120) that have a safe replacement; functions that are
#: only risky in some uses (memcpy, rand, system …) are left out, so a hit is worth a finding on its own.
_STRICT_INSECURE = frozenset(
    {"strcpy", "strcat", "sprintf", "vsprintf", "gets", "stpcpy", "wcscpy", "wcscat", "tmpnam", "mktemp"}
)
#: Weak hashes and ciphers in OpenSSL / BoringSSL (CWE-327 / CWE-328); macho.py adds CommonCrypto's.
WEAK_CRYPTO_FUNCTIONS = frozenset(
    {
        "MD5_Init",
        "MD5",
        "MD4",
        "MD4_Init",
        "SHA1",
        "SHA1_Init",
        "DES_set_key",
        "DES_ecb_encrypt",
        "DES_ncbc_encrypt",
        "RC4",
        "RC4_set_key",
        "EVP_des_ecb",
        "EVP_des_cbc",
        "EVP_rc4",
        "EVP_md5",
        "EVP_aes_128_ecb",
        "EVP_aes_256_ecb",
    }
)


def analyse_elf(data: bytes, path: str) -> NativeBinary:
    """Hardening facts of one ``.so``; a file lief cannot read gets ``error`` instead of facts."""
    # lief turns unknown enum values (a garbage dynamic tag) into RuntimeWarnings: not the user's business.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return _analyse(data, path)


def _analyse(data: bytes, path: str) -> NativeBinary:
    lief = _lief()
    arch = path.split("/")[1] if path.startswith("lib/") and path.count("/") >= 2 else "unknown"
    fact = NativeBinary(path=path, format="elf", arch=arch, location=Location(file=path))
    try:
        binary = lief.ELF.parse(data)
    except Exception as exc:  # lief raises plain exceptions on some corrupt inputs
        binary = None
        fact.error = f"not a readable ELF file ({exc.__class__.__name__})"
    if binary is None:
        fact.error = fact.error or "not a readable ELF file"
        return fact
    header = binary.header
    fact.kind = "executable" if header.file_type == lief.ELF.Header.FILE_TYPE.EXEC else "library"
    fact.arch = arch if arch != "unknown" else str(header.machine_type).split(".")[-1]
    fact.nx = bool(binary.has_nx)
    fact.pie = header.file_type == lief.ELF.Header.FILE_TYPE.DYN
    imports = sorted({str(s.name) for s in binary.imported_functions if s.name})
    fact.imports = imports
    names = set(imports)
    imported_symbols = {str(s.name) for s in binary.imported_symbols if s.name}
    fact.canary = bool(
        {"__stack_chk_fail", "__stack_chk_guard", "__intel_security_cookie"} & (names | imported_symbols)
    )
    fact.fortify = any(n.startswith("__") and n.endswith("_chk") and n != "__stack_chk_fail" for n in names)
    has_relro = binary.has(lief.ELF.Segment.TYPE.GNU_RELRO)
    bind_now = False
    for entry in binary.dynamic_entries:
        tag = entry.tag
        if (
            tag == lief.ELF.DynamicEntry.TAG.BIND_NOW
            or (tag == lief.ELF.DynamicEntry.TAG.FLAGS and (entry.value & 0x8))
            or (tag == lief.ELF.DynamicEntry.TAG.FLAGS_1 and (entry.value & 0x1))
        ):
            bind_now = True
        elif tag in (lief.ELF.DynamicEntry.TAG.RPATH, lief.ELF.DynamicEntry.TAG.RUNPATH):
            fact.rpath.append(str(getattr(entry, "runpath", None) or getattr(entry, "rpath", "") or ""))
        elif tag == lief.ELF.DynamicEntry.TAG.NEEDED:
            fact.libraries.append(str(getattr(entry, "name", "")))
    fact.relro = "full" if has_relro and bind_now else "partial" if has_relro else "none"
    fact.stripped = not any(s.name == ".symtab" for s in binary.sections)
    fact.insecure_functions = sorted(_STRICT_INSECURE & names)
    fact.weak_crypto_functions = sorted(
        WEAK_CRYPTO_FUNCTIONS & (names | {str(s.name) for s in binary.exported_functions})
    )
    return fact
