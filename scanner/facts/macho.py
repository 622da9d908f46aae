"""Mach-O files of an IPA → one :class:`NativeBinary` per architecture slice, plus a code reader for detectors.

lief (free build) reads the load commands, symbols and bindings; it has no Objective-C metadata, so the class
walker here reads ``__objc_classlist`` → ``class_t`` → ``class_ro_t`` itself (chained-fixup pointers masked,
relative method lists followed; no reliance on ``__objc_classname``, which lld folds into ``__cstring``).

Why a code reader at all: on iOS an SDK is often linked *into* the main executable, so "the app reads the
IDFA" and "the ad SDK inside the app reads the IDFA" are only told apart by which function references the
API. :class:`SliceCode` finds those references without a disassembler: one vectorised pass (numpy) over
``__text`` decodes ARM64 ``ADRP`` + ``LDR``/``ADD`` pairs and ``BL`` targets (x86-64: RIP-relative ``MOV``/``LEA``
and ``CALL``), resolves symbol and ``objc_msgSend`` stubs, and maps each site to the function containing it
(``LC_FUNCTION_STARTS`` + method implementations + symbols). Detectors ask "who references selector X /
class Y / symbol Z / this string" and get ``(class, method)`` callers.

An encrypted slice (``LC_ENCRYPTION_INFO`` with ``cryptid`` ≠ 0, every App Store download) keeps its load
commands, imports and signature readable, but its ``__TEXT`` is ciphertext: nothing is read from the encrypted
range, and the slice says so in ``error``.
"""

from __future__ import annotations

import bisect
import re
import struct
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

import lief
import numpy as np
from asn1crypto import cms

from scanner.facts.elf import WEAK_CRYPTO_FUNCTIONS
from scanner.facts.model import Location, NativeBinary
from scanner.facts.plist import jsonable, load_dict

lief.logging.disable()

BinaryKind = Literal["library", "executable", "framework", "extension", "other"]

MAX_MACHO = 512 << 20  # a larger single Mach-O is reported, not parsed
MAX_SLICES = 8
MAX_CLASSES = 200_000  # classes walked per slice
MAX_METHODS = 2_000_000
MAX_LISTED_CLASSES = 20_000  # class names kept on the fact (the JSON result lists them)
MAX_CALLERS = 50  # call sites returned per reference

MH_MAGIC = 0xFEEDFACE
MH_MAGIC_64 = 0xFEEDFACF
FAT_MAGIC = 0xCAFEBABE
FAT_MAGIC_64 = 0xCAFEBABF
MH_EXECUTE = 2
MH_DYLIB = 6
MH_BUNDLE = 8
MH_PIE = 0x200000

_CPU_ARM = 12
_CPU_X86 = 7
_ABI64 = 0x01000000

#: C functions without bounds checking or with predictable output (CWE-676 / CWE-120 / CWE-338); the list
#: MobSF's iOS binary rules use, Mach-O names without the leading underscore.
INSECURE_FUNCTIONS = frozenset(
    {
        "strcpy",
        "strcat",
        "sprintf",
        "vsprintf",
        "gets",
        "stpcpy",
        "wcscpy",
        "wcscat",
        "strncpy",
        "strncat",
        "memcpy",
        "sscanf",
        "scanf",
        "alloca",
        "rand",
        "srand",
        "random",
        "tmpnam",
        "mktemp",
        "system",
        "popen",
    }
)
#: Weak hashes and ciphers in CommonCrypto / OpenSSL (CWE-327 / CWE-328).
MACHO_WEAK_CRYPTO = frozenset(
    {
        "CC_MD2",
        "CC_MD2_Init",
        "CC_MD4",
        "CC_MD4_Init",
        "CC_MD5",
        "CC_MD5_Init",
        "CC_MD5_Update",
        "CC_MD5_Final",
        "CC_SHA1",
        "CC_SHA1_Init",
        "CC_SHA1_Update",
        "CC_SHA1_Final",
    }
    | WEAK_CRYPTO_FUNCTIONS
)
_CANARY = frozenset({"___stack_chk_fail", "___stack_chk_guard"})
_ARC = frozenset(
    {
        "_objc_release",
        "_objc_retain",
        "_objc_storeStrong",
        "_objc_retainAutoreleasedReturnValue",
        "_objc_autoreleaseReturnValue",
        "_objc_retainAutorelease",
        "_objc_retainBlock",
        "_swift_release",
        "_swift_retain",
    }
)

_PLATFORMS = {
    1: "macos",
    2: "ios",
    3: "tvos",
    4: "watchos",
    6: "maccatalyst",
    7: "ios-simulator",
    8: "tvos-simulator",
    9: "watchos-simulator",
    11: "visionos",
    12: "visionos-simulator",
}

_CS_MAGIC_SUPERBLOB = 0xFADE0CC0
_CS_MAGIC_CODEDIRECTORY = 0xFADE0C02
_CS_MAGIC_ENTITLEMENTS = 0xFADE7171
_CS_MAGIC_DER_ENTITLEMENTS = 0xFADE7172
_CS_SLOT_CMS = 0x10000
_CS_ADHOC = 0x2

_SWIFT_CLASS = re.compile(r"^_TtC{1,4}(?:s|\d)")


def arch_name(cputype: int, cpusubtype: int) -> str:
    """Apple's name for a CPU type (arm64, arm64e, armv7, x86_64 …)."""
    sub = cpusubtype & 0xFFFFFF
    if cputype == _CPU_ARM | _ABI64:
        return "arm64e" if sub == 2 else "arm64"
    if cputype == _CPU_ARM | 0x02000000:
        return "arm64_32"
    if cputype == _CPU_ARM:
        return {9: "armv7", 10: "armv7f", 11: "armv7s", 12: "armv7k", 6: "armv6"}.get(sub, "arm")
    if cputype == _CPU_X86 | _ABI64:
        return "x86_64h" if sub == 8 else "x86_64"
    if cputype == _CPU_X86:
        return "i386"
    return f"cpu{cputype:#x}"


def is_macho(head: bytes) -> bool:
    """Thin or fat Mach-O by magic (a Java class file also starts CAFEBABE: its next word is a version ≥ 45)."""
    if len(head) < 8:
        return False
    le = struct.unpack_from("<I", head)[0]
    if le in (MH_MAGIC, MH_MAGIC_64):
        return True
    be, n = struct.unpack_from(">II", head)
    return be in (FAT_MAGIC, FAT_MAGIC_64) and 0 < n <= 32


def fat_slices(data: bytes) -> list[tuple[int, int, int, int]]:
    """(cputype, cpusubtype, offset, size) per slice; one entry for a thin file; [] when not a Mach-O."""
    if len(data) < 8:
        return []
    le = struct.unpack_from("<I", data)[0]
    if le in (MH_MAGIC, MH_MAGIC_64):
        cputype, cpusub = struct.unpack_from("<ii", data, 4)
        return [(cputype & 0xFFFFFFFF, cpusub & 0xFFFFFFFF, 0, len(data))]
    magic, n = struct.unpack_from(">II", data)
    if magic not in (FAT_MAGIC, FAT_MAGIC_64) or not 0 < n <= 32:
        return []
    out = []
    pos = 8
    for _ in range(n):
        if magic == FAT_MAGIC:
            if pos + 20 > len(data):
                break
            cputype, cpusub, off, size, _align = struct.unpack_from(">iiIII", data, pos)
            pos += 20
        else:
            if pos + 32 > len(data):
                break
            cputype, cpusub, off, size, _align, _r = struct.unpack_from(">iiQQII", data, pos)
            pos += 32
        if off + size <= len(data) and size > 0:
            out.append((cputype & 0xFFFFFFFF, cpusub & 0xFFFFFFFF, off, size))
    return out


# ------------------------------------------------------------------------------------------- code signature


@dataclass(slots=True)
class CodeSignature:
    """What the embedded signature (LC_CODE_SIGNATURE SuperBlob) says about a slice."""

    identifier: str | None = None
    team_id: str | None = None
    adhoc: bool = False
    cms_signed: bool = False
    entitlements: dict[str, Any] | None = None
    der_entitlements: dict[str, Any] | None = None
    signing_time: str | None = None  # ISO date-time from the CMS signature: when the build was signed
    problems: list[str] = field(default_factory=list)

    @property
    def all_entitlements(self) -> dict[str, Any] | None:
        """XML entitlements, else the DER ones (newer signatures carry both, some only DER)."""
        return self.entitlements if self.entitlements is not None else self.der_entitlements


def _der_item(buf: bytes, pos: int) -> tuple[int, int, int]:
    """(tag, body start, body end) of the DER item at pos."""
    if pos + 2 > len(buf):
        raise ValueError("DER item past end")
    tag = buf[pos]
    n = buf[pos + 1]
    pos += 2
    if n & 0x80:
        k = n & 0x7F
        if k == 0 or k > 4 or pos + k > len(buf):
            raise ValueError("bad DER length")
        n = int.from_bytes(buf[pos : pos + k], "big")
        pos += k
    if pos + n > len(buf):
        raise ValueError("DER body past end")
    return tag, pos, pos + n


def _der_value(buf: bytes, tag: int, start: int, end: int, depth: int) -> Any:
    if depth > 32:
        raise ValueError("DER nesting too deep")
    body = buf[start:end]
    if tag == 0x01:
        return body != b"\x00"
    if tag == 0x02:
        return int.from_bytes(body, "big", signed=True)
    if tag in (0x0C, 0x13, 0x16):
        return body.decode("utf-8", "replace")
    if tag in (0x30, 0x31, 0xB0):
        items = []
        pos = start
        while pos < end:
            t, s, e = _der_item(buf, pos)
            items.append(_der_value(buf, t, s, e, depth + 1))
            pos = e
        if tag == 0xB0:
            return {str(k): v for k, v in (i for i in items if isinstance(i, list) and len(i) == 2)}
        return items
    return body.hex()


def decode_der_entitlements(der: bytes) -> dict[str, Any] | None:
    """Apple's DER entitlements: [APPLICATION 16] { INTEGER version, [CONTEXT 16] { SEQUENCE {key, value} … } }."""
    try:
        tag, s, _e = _der_item(der, 0)
        if tag != 0x70:
            return None
        _t1, _s1, e1 = _der_item(der, s)
        t2, s2, e2 = _der_item(der, e1)
        value = _der_value(der, t2, s2, e2, 0)
    except (ValueError, IndexError):
        return None
    return value if isinstance(value, dict) else None


def read_code_signature(blob: bytes) -> CodeSignature:
    """Parse a code-signature SuperBlob: CodeDirectory identity, entitlements (XML and DER), CMS presence."""
    sig = CodeSignature()
    if len(blob) < 12:
        sig.problems.append("code signature too short")
        return sig
    magic, _length, count = struct.unpack_from(">III", blob, 0)
    if magic != _CS_MAGIC_SUPERBLOB or count > 64 or 12 + 8 * count > len(blob):
        sig.problems.append(f"code signature is not a SuperBlob (magic {magic:#x})")
        return sig
    for i in range(count):
        slot, off = struct.unpack_from(">II", blob, 12 + 8 * i)
        if off + 8 > len(blob):
            continue
        bmagic, blen = struct.unpack_from(">II", blob, off)
        body = blob[off + 8 : off + max(8, min(blen, len(blob) - off))]
        if bmagic == _CS_MAGIC_CODEDIRECTORY and sig.identifier is None:
            _cd_identity(blob[off : off + blen], sig)
        elif bmagic == _CS_MAGIC_ENTITLEMENTS:
            ents = load_dict(body)
            if ents is None:
                sig.problems.append("entitlements blob is not a readable plist")
            else:
                sig.entitlements = jsonable(ents)
        elif bmagic == _CS_MAGIC_DER_ENTITLEMENTS:
            sig.der_entitlements = decode_der_entitlements(body)
        elif slot == _CS_SLOT_CMS:
            sig.cms_signed = len(body) > 0
            sig.signing_time = _cms_signing_time(body) if body else None
    return sig


def _cms_signing_time(der: bytes) -> str | None:
    """The signingTime attribute of the (detached) CMS signature over the CodeDirectory, if any."""
    try:
        info = cms.ContentInfo.load(der)
        for signer in info["content"]["signer_infos"]:
            for attr in signer["signed_attrs"]:
                if attr["type"].native == "signing_time":
                    when = attr["values"][0].native
                    return when.isoformat() if hasattr(when, "isoformat") else None
    except Exception:  # asn1crypto parses lazily and raises ValueError/TypeError/KeyError on damaged DER
        return None
    return None


def _cd_identity(cd: bytes, sig: CodeSignature) -> None:
    if len(cd) < 44:
        return
    version, flags = struct.unpack_from(">II", cd, 8)
    ident_off = struct.unpack_from(">I", cd, 20)[0]
    sig.adhoc = bool(flags & _CS_ADHOC)
    sig.identifier = _cstr_at(cd, ident_off)
    if version >= 0x20200 and len(cd) >= 52:
        team_off = struct.unpack_from(">I", cd, 48)[0]
        sig.team_id = _cstr_at(cd, team_off) if team_off else None


def _cstr_at(buf: bytes, off: int) -> str | None:
    if not 0 < off < len(buf):
        return None
    end = buf.find(b"\0", off, off + 1024)
    if end < 0:
        return None
    return buf[off:end].decode("utf-8", "replace")


# ------------------------------------------------------------------------------------------- memory image


@dataclass(frozen=True, slots=True)
class Section:
    segment: str
    name: str
    addr: int
    size: int
    offset: int
    reserved2: int = 0

    @property
    def end(self) -> int:
        return self.addr + self.size


class Image:
    """Virtual-address reads over one thin slice, refusing the encrypted range."""

    def __init__(
        self,
        data: bytes,
        segments: list[tuple[int, int, int, int]],
        sections: list[Section],
        ptr_size: int,
        chained: bool,
        arm64e: bool,
        crypt: tuple[int, int] | None,
    ) -> None:
        self.data = data
        segs = sorted((s for s in segments if s[3] > 0), key=lambda s: s[0])
        self._seg_starts = [s[0] for s in segs]
        self._segs = segs
        self.sections = sections
        self.by_name = {(s.segment, s.name): s for s in sections}
        self.ptr_size = ptr_size
        self.chained = chained
        self.arm64e = arm64e
        self.crypt = crypt
        text = [s for s in segments if s[2] == 0 and s[3] > 0]
        self.base = text[0][0] if text else (segs[0][0] if segs else 0)

    def section(self, name: str, *segments: str) -> Section | None:
        """First section of that name in the given segments (or any segment)."""
        for seg in segments:
            s = self.by_name.get((seg, name))
            if s is not None:
                return s
        if not segments:
            return next((s for s in self.sections if s.name == name), None)
        return None

    def off(self, vm: int, n: int = 1) -> int | None:
        """File offset of [vm, vm+n) inside one segment, or None when unmapped or encrypted."""
        i = bisect.bisect_right(self._seg_starts, vm) - 1
        if i < 0:
            return None
        vmaddr, _vmsize, fileoff, filesize = self._segs[i]
        rel = vm - vmaddr
        if rel < 0 or rel + n > filesize:
            return None
        o = fileoff + rel
        if o + n > len(self.data):
            return None
        if self.crypt is not None and o < self.crypt[1] and o + n > self.crypt[0]:
            return None
        return o

    def readable_section(self, s: Section) -> bytes | None:
        """Section bytes (a copy), or None when zero-fill, out of the file or (partly) encrypted."""
        view = self.section_view(s)
        return None if view is None else bytes(view)

    def section_view(self, s: Section) -> memoryview | None:
        """Section bytes without a copy (code sections of big binaries are large)."""
        if s.size <= 0 or s.offset <= 0 or s.offset + s.size > len(self.data):
            return None
        if self.crypt is not None and s.offset < self.crypt[1] and s.offset + s.size > self.crypt[0]:
            return None
        return memoryview(self.data)[s.offset : s.offset + s.size]

    def fix(self, raw: int) -> int | None:
        """A stored pointer → target address; None for a bind (import) or an empty slot."""
        if raw == 0:
            return None
        if self.ptr_size == 4:
            return raw
        if self.arm64e:
            if raw >> 63:  # authenticated
                if (raw >> 62) & 1:
                    return None
                return self.base + (raw & 0xFFFFFFFF)
            if (raw >> 62) & 1:
                return None
            target = raw & 0x7FFFFFFFFFF
            return target + self.base if target < self.base else target
        if self.chained:
            if raw >> 63:
                return None
            target = raw & 0xFFFFFFFFF
            return target + self.base if target < self.base else target
        return raw

    def ptr(self, vm: int) -> int | None:
        o = self.off(vm, self.ptr_size)
        if o is None:
            return None
        fmt = "<Q" if self.ptr_size == 8 else "<I"
        return self.fix(struct.unpack_from(fmt, self.data, o)[0])

    def u32(self, vm: int) -> int | None:
        o = self.off(vm, 4)
        return None if o is None else struct.unpack_from("<I", self.data, o)[0]

    def i32(self, vm: int) -> int | None:
        o = self.off(vm, 4)
        return None if o is None else struct.unpack_from("<i", self.data, o)[0]

    def cstr(self, vm: int | None, limit: int = 1024) -> str | None:
        """A printable UTF-8 C string at vm, or None (unmapped, encrypted, binary garbage)."""
        if not vm:
            return None
        o = self.off(vm)
        if o is None:
            return None
        end = self.data.find(b"\0", o, o + limit)
        if end < 0:
            return None
        if self.crypt is not None and o < self.crypt[1] and end > self.crypt[0]:
            return None
        try:
            s = self.data[o:end].decode("utf-8")
        except UnicodeDecodeError:
            return None
        return s if s and s.isprintable() else None

    def pointers(self, s: Section) -> list[tuple[int, int | None]]:
        """(slot address, fixed target) for every pointer of a pointer section."""
        raw = self.readable_section(s)
        if raw is None:
            return []
        n = len(raw) // self.ptr_size
        fmt = f"<{n}{'Q' if self.ptr_size == 8 else 'I'}"
        values = struct.unpack_from(fmt, raw, 0)
        return [(s.addr + i * self.ptr_size, self.fix(v)) for i, v in enumerate(values)]


# ------------------------------------------------------------------------------------------- Objective-C


@dataclass(slots=True)
class ObjcMethod:
    selector: str
    imp: int
    is_class: bool


@dataclass(slots=True)
class ObjcClass:
    name: str
    addr: int
    methods: list[ObjcMethod] = field(default_factory=list)
    category_of: str | None = None


def demangle_objc_name(name: str) -> str:
    """Swift classes' ObjC names ``_TtC7Module5Class`` → ``Module.Class`` (as NSStringFromClass shows them)."""
    if not _SWIFT_CLASS.match(name):
        return name
    i = 3
    depth = 0
    while i < len(name) and name[i] == "C":
        depth += 1
        i += 1
    parts: list[str] = []
    if name[i : i + 1] == "s":  # the Swift standard library module
        parts.append("Swift")
        i += 1
    while i < len(name) and name[i].isdigit() and len(parts) < depth + 1:
        j = i
        while j < len(name) and name[j].isdigit():
            j += 1
        n = int(name[i:j])
        if n <= 0 or j + n > len(name):
            return name
        parts.append(name[j : j + n])
        i = j + n
    return ".".join(parts) if len(parts) >= 2 else name


def swift_symbol_owner(sym: str) -> str | None:
    """``_$s7Alamofire7SessionC…`` → ``Alamofire.Session`` (module and first type), cheaply; None if unsure."""
    for prefix in ("_$s", "$s", "_$S", "_T0"):
        if sym.startswith(prefix):
            i = len(prefix)
            break
    else:
        return None
    parts: list[str] = []
    while len(parts) < 2 and i < len(sym) and sym[i].isdigit():
        j = i
        while j < len(sym) and sym[j].isdigit():
            j += 1
        n = int(sym[i:j])
        if n <= 0 or j + n > len(sym):
            break
        parts.append(sym[j : j + n])
        i = j + n
    if not parts:
        return None
    return ".".join(parts)


_OBJC_METHOD = re.compile(r"^[-+]\[([^\s\]]+)(?:\([^)]*\))? ([^\]]+)\]")


def _objc_symbol(sym: str) -> tuple[str, str] | None:
    """'-[Class sel]' / '+[Class(Cat) sel]' / '___34-[Class sel]_block_invoke' → (class, ±sel)."""
    k = sym.find("[")
    if k <= 0 or sym[k - 1] not in "-+":
        return None
    m = _OBJC_METHOD.match(sym[k - 1 :])
    if not m:
        return None
    return m.group(1), sym[k - 1] + m.group(2)


class ObjcReader:
    """Walk classes, categories, selector references and class references of one slice."""

    def __init__(self, img: Image, bind_names: dict[int, str]) -> None:
        self.img = img
        self.binds = bind_names
        self.unreadable = 0  # classes whose names could not be read (encrypted or damaged)
        self._methods = 0

    def _data_sections(self, name: str) -> list[Section]:
        return [s for s in self.img.sections if s.name == name and s.segment.startswith("__DATA")]

    def classes(self) -> list[ObjcClass]:
        img = self.img
        p = img.ptr_size
        out: list[ObjcClass] = []
        for sec in self._data_sections("__objc_classlist") + self._data_sections("__objc_nlclslist"):
            for _slot, cls in img.pointers(sec)[:MAX_CLASSES]:
                if cls is None:
                    continue
                item = self._class(cls)
                if item is None:
                    self.unreadable += 1
                    continue
                out.append(item)
                if len(out) >= MAX_CLASSES:
                    return out
        seen: set[int] = set()
        unique = []
        for c in out:
            if c.addr not in seen:
                seen.add(c.addr)
                unique.append(c)
        for sec in self._data_sections("__objc_catlist") + self._data_sections("__objc_nlcatlist"):
            for slot, cat in img.pointers(sec)[:MAX_CLASSES]:
                del slot
                if cat is None:
                    continue
                name = img.cstr(img.ptr(cat))
                cls_slot = cat + p
                target = img.ptr(cls_slot)
                base = self.class_name(target) if target else None
                if base is None:
                    sym = self.binds.get(cls_slot)
                    base = sym[len("_OBJC_CLASS_$_") :] if sym and sym.startswith("_OBJC_CLASS_$_") else None
                if name is None or base is None:
                    continue
                methods = self._methods_of(img.ptr(cat + 2 * p), False) + self._methods_of(img.ptr(cat + 3 * p), True)
                unique.append(ObjcClass(name=f"{base}({name})", addr=cat, methods=methods, category_of=base))
        return unique

    def _ro(self, cls: int) -> int | None:
        p = self.img.ptr_size
        bits = self.img.ptr(cls + 4 * p)
        if bits is None:
            return None
        return bits & (0x00007FFFFFFFFFF8 if p == 8 else 0xFFFFFFFC)

    def class_name(self, cls: int | None) -> str | None:
        if not cls:
            return None
        ro = self._ro(cls)
        if ro is None:
            return None
        name_off = 24 if self.img.ptr_size == 8 else 16
        name = self.img.cstr(self.img.ptr(ro + name_off))
        return demangle_objc_name(name) if name else None

    def _class(self, cls: int) -> ObjcClass | None:
        img = self.img
        p = img.ptr_size
        ro = self._ro(cls)
        if ro is None:
            return None
        name_off, meth_off = (24, 32) if p == 8 else (16, 20)
        raw_name = img.cstr(img.ptr(ro + name_off))
        if raw_name is None:
            return None
        item = ObjcClass(name=demangle_objc_name(raw_name), addr=cls)
        item.methods = self._methods_of(img.ptr(ro + meth_off), False)
        meta = img.ptr(cls)
        if meta:
            meta_ro = self._ro(meta)
            if meta_ro is not None:
                item.methods += self._methods_of(img.ptr(meta_ro + meth_off), True)
        return item

    def _methods_of(self, ml: int | None, is_class: bool) -> list[ObjcMethod]:
        img = self.img
        if not ml:
            return []
        head = img.u32(ml)
        count = img.u32(ml + 4)
        if head is None or count is None or count > 100_000:
            return []
        if self._methods + count > MAX_METHODS:
            return []
        self._methods += count
        relative = bool(head & 0x80000000)
        entsize = head & 0xFFFC
        out: list[ObjcMethod] = []
        if relative:
            if entsize < 12:
                return []
            for i in range(count):
                e = ml + 8 + i * entsize
                name_rel = img.i32(e)
                imp_rel = img.i32(e + 8)
                if name_rel is None or imp_rel is None:
                    break
                selref = e + name_rel
                # Relative lists point at a selector reference; in the shared cache the name itself (flag 0x40000000).
                sel = img.cstr(selref) if head & 0x40000000 else img.cstr(img.ptr(selref))
                if sel is None:
                    continue
                out.append(ObjcMethod(sel, (e + 8 + imp_rel) if imp_rel else 0, is_class))
            return out
        p = img.ptr_size
        if entsize < 3 * p:
            return []
        for i in range(count):
            e = ml + 8 + i * entsize
            sel = img.cstr(img.ptr(e))
            if sel is None:
                continue
            imp = img.ptr(e + 2 * p) or 0
            out.append(ObjcMethod(sel, imp & ~1, is_class))  # thumb bit
        return out

    def selector_refs(self) -> dict[int, str]:
        """selref slot address → selector name."""
        out: dict[int, str] = {}
        for sec in self._data_sections("__objc_selrefs"):
            for slot, target in self.img.pointers(sec):
                name = self.img.cstr(target)
                if name:
                    out[slot] = name
        return out

    def class_refs(self) -> dict[int, str]:
        """classref / superref slot address → class name (local class or imported ``_OBJC_CLASS_$_X``)."""
        out: dict[int, str] = {}
        for secname in ("__objc_classrefs", "__objc_superrefs"):
            for sec in self._data_sections(secname):
                for slot, target in self.img.pointers(sec):
                    sym = self.binds.get(slot)
                    if sym and sym.startswith("_OBJC_CLASS_$_"):
                        out[slot] = sym[len("_OBJC_CLASS_$_") :]
                        continue
                    name = self.class_name(target) if target else None
                    if name:
                        out[slot] = name
        return out


def swift_types(img: Image, limit: int = 100_000) -> list[str]:
    """Names of the Swift types a slice defines (``__swift5_types``: relative pointers to type context
    descriptors), as ``Module.Type`` — cheap SDK evidence for Swift SDKs whose types are structs and enums."""
    sec = img.section("__swift5_types", "__TEXT")
    if sec is None:
        return []
    raw = img.readable_section(sec)
    if raw is None:
        return []
    out: list[str] = []
    for i in range(min(len(raw) // 4, limit)):
        rel = struct.unpack_from("<i", raw, 4 * i)[0]
        desc = sec.addr + 4 * i + (rel & ~3)
        if rel & 2:  # indirect: a pointer to the descriptor
            desc = img.ptr(desc) or 0
        parts: list[str] = []
        cur = desc
        for _ in range(8):  # type → enclosing types (extension and private contexts have no name) → module
            kind = (img.u32(cur) or 0) & 0x1F
            if kind not in (1, 2):
                name = _swift_context_name(img, cur)
                if name is None:
                    break
                parts.append(name)
            parent = _relative(img, cur + 4, indirect_bit=True)
            if not parent:
                break
            cur = parent
        if len(parts) >= 2:
            out.append(".".join(reversed(parts)))
    return sorted(set(out))


def _relative(img: Image, field_addr: int, *, indirect_bit: bool = False) -> int | None:
    rel = img.i32(field_addr)
    if not rel:
        return None
    if indirect_bit and rel & 1:
        return img.ptr(field_addr + (rel & ~1))
    return field_addr + rel


def _swift_context_name(img: Image, desc: int) -> str | None:
    """Name of a module or type context descriptor (flags, parent, name …)."""
    flags = img.u32(desc)
    if flags is None or (flags & 0x1F) not in (0, 16, 17, 18):  # module, class, struct, enum
        return None
    name_addr = _relative(img, desc + 8)
    return img.cstr(name_addr, limit=256) if name_addr else None


# ------------------------------------------------------------------------------------------- code references


def _arm64_pairs(ins: np.ndarray, base: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """ADRP+LDR/ADD pairs → (adrp address, second instruction address, target address)."""
    n = len(ins)
    idx = np.nonzero((ins & 0x9F000000) == 0x90000000)[0]
    if len(idx) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    a = ins[idx].astype(np.int64)
    rd = a & 0x1F
    imm = (((a >> 5) & 0x7FFFF) << 2) | ((a >> 29) & 3)
    imm = np.where(imm & (1 << 20), imm - (1 << 21), imm) << 12
    pc = base + 4 * idx.astype(np.int64)
    page = (pc & ~0xFFF) + imm
    adrps: list[np.ndarray] = []
    seconds: list[np.ndarray] = []
    targets: list[np.ndarray] = []
    for k in (1, 2, 3):
        j = idx + k
        ok = j < n
        jj = j[ok]
        nxt = ins[jj].astype(np.int64)
        rn = (nxt >> 5) & 0x1F
        imm12 = (nxt >> 10) & 0xFFF
        is_ldr64 = (nxt & 0xFFC00000) == 0xF9400000
        is_ldr32 = (nxt & 0xFFC00000) == 0xB9400000
        is_add = (nxt & 0xFFC00000) == 0x91000000
        m = (rn == rd[ok]) & (is_ldr64 | is_add | is_ldr32)
        off = np.where(is_ldr64, imm12 * 8, np.where(is_ldr32, imm12 * 4, imm12))
        adrps.append(pc[ok][m])
        seconds.append(base + 4 * jj[m].astype(np.int64))
        targets.append(page[ok][m] + off[m])
    return np.concatenate(adrps), np.concatenate(seconds), np.concatenate(targets)


def _arm64_literals(ins: np.ndarray, base: int) -> tuple[np.ndarray, np.ndarray]:
    """ADR and LDR (literal): ld64's linker-optimisation hints turn nearby ADRP pairs into these."""
    ldr = np.nonzero((ins & 0xFF000000) == 0x58000000)[0]
    imm = ((ins[ldr] >> 5) & 0x7FFFF).astype(np.int64)
    imm = np.where(imm & (1 << 18), imm - (1 << 19), imm) * 4
    ldr_pc = base + 4 * ldr.astype(np.int64)
    adr = np.nonzero((ins & 0x9F000000) == 0x10000000)[0]
    a = ins[adr].astype(np.int64)
    imm2 = (((a >> 5) & 0x7FFFF) << 2) | ((a >> 29) & 3)
    imm2 = np.where(imm2 & (1 << 20), imm2 - (1 << 21), imm2)
    adr_pc = base + 4 * adr.astype(np.int64)
    return np.concatenate([ldr_pc, adr_pc]), np.concatenate([ldr_pc + imm, adr_pc + imm2])


def _arm64_branches(ins: np.ndarray, base: int) -> tuple[np.ndarray, np.ndarray]:
    """BL and B instructions → (address, target)."""
    m = ((ins & 0xFC000000) == 0x94000000) | ((ins & 0xFC000000) == 0x14000000)
    idx = np.nonzero(m)[0]
    imm = (ins[idx] & 0x03FFFFFF).astype(np.int64)
    imm = np.where(imm & (1 << 25), imm - (1 << 26), imm) * 4
    pc = base + 4 * idx.astype(np.int64)
    return pc, pc + imm


def _x86_refs(code: bytes | memoryview, base: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """RIP-relative MOV/LEA (REX.W) → (address, target); CALL/JMP rel32 → (address, target)."""
    b = np.frombuffer(code, dtype=np.uint8)
    n = len(b)
    if n < 8:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty, empty
    p = np.nonzero(((b[: n - 7] & 0xF0) == 0x40) & ((b[1 : n - 6] == 0x8B) | (b[1 : n - 6] == 0x8D)))[0]
    p = p[(b[p + 2] & 0xC7) == 0x05]
    disp = (
        b[p + 3].astype(np.int64)
        | (b[p + 4].astype(np.int64) << 8)
        | (b[p + 5].astype(np.int64) << 16)
        | (b[p + 6].astype(np.int64) << 24)
    )
    disp = np.where(disp & (1 << 31), disp - (1 << 32), disp)
    ref_pc = base + p.astype(np.int64)
    ref_t = ref_pc + 7 + disp
    q = np.nonzero((b[: n - 5] == 0xE8) | (b[: n - 5] == 0xE9))[0]
    rel = (
        b[q + 1].astype(np.int64)
        | (b[q + 2].astype(np.int64) << 8)
        | (b[q + 3].astype(np.int64) << 16)
        | (b[q + 4].astype(np.int64) << 24)
    )
    rel = np.where(rel & (1 << 31), rel - (1 << 32), rel)
    call_pc = base + q.astype(np.int64)
    return ref_pc, ref_t, call_pc, call_pc + 5 + rel


def _x86_stub_slots(code: bytes | memoryview, base: int) -> dict[int, int]:
    """x86-64 symbol stubs are ``jmp *disp32(%rip)``: stub address → pointer slot."""
    out: dict[int, int] = {}
    for i in range(0, len(code) - 5):
        if code[i] == 0xFF and code[i + 1] == 0x25:
            disp = struct.unpack_from("<i", code, i + 2)[0]
            out[base + i] = base + i + 6 + disp
    return out


_CHUNK = 1 << 22  # instructions decoded per numpy pass


def _ranges(sections: Iterable[Section]) -> tuple[np.ndarray, np.ndarray]:
    spans = sorted((s.addr, s.end) for s in sections if s.size > 0)
    return np.array([a for a, _ in spans], dtype=np.int64), np.array([b for _, b in spans], dtype=np.int64)


def _keep(
    sites: list[np.ndarray],
    targets: list[np.ndarray],
    pcs: np.ndarray,
    tgts: np.ndarray,
    wanted: tuple[np.ndarray, np.ndarray],
) -> None:
    """Append the (site, target) pairs whose target falls in one of the wanted address ranges."""
    starts, ends = wanted
    if len(tgts) == 0 or len(starts) == 0:
        return
    i = np.searchsorted(starts, tgts, side="right") - 1
    ok = i >= 0
    ok[ok] = tgts[ok] < ends[i[ok]]
    sites.append(pcs[ok])
    targets.append(tgts[ok])


def _stub_table(slot_of_stub: dict[int, int]) -> tuple[np.ndarray, np.ndarray]:
    keys = np.array(sorted(slot_of_stub), dtype=np.int64)
    vals = np.array([slot_of_stub[k] for k in keys.tolist()], dtype=np.int64)
    return keys, vals


def _stub_calls(
    sites: list[np.ndarray],
    targets: list[np.ndarray],
    pcs: np.ndarray,
    tgts: np.ndarray,
    keys: np.ndarray,
    vals: np.ndarray,
) -> None:
    """Calls into a symbol or objc_msgSend stub count as references to the slot or selector it loads."""
    if len(keys) == 0 or len(tgts) == 0:
        return
    pos = np.searchsorted(keys, tgts)
    ok = pos < len(keys)
    hit = np.zeros(len(tgts), dtype=bool)
    hit[ok] = keys[pos[ok]] == tgts[ok]
    sites.append(pcs[hit])
    targets.append(vals[pos[hit]])


@dataclass(frozen=True, slots=True)
class Caller:
    """A function referencing something: its class (ObjC/Swift type) and method, and the site address."""

    class_name: str | None
    method: str | None
    address: int


class SliceCode:
    """References from code to data in one slice: who uses a selector, class, imported symbol or string."""

    def __init__(
        self,
        sites: np.ndarray,
        targets: np.ndarray,
        functions: list[tuple[int, str | None, str | None]],
        method_starts: list[tuple[int, str]],
        selrefs: dict[int, str],
        classrefs: dict[int, str],
        symbol_slots: dict[int, str],
        cfstrings: dict[int, int],
    ) -> None:
        order = np.argsort(targets, kind="stable")
        self._targets = targets[order]
        self._sites = sites[order]
        functions.sort(key=lambda f: f[0])
        self._fstarts = np.array([f[0] for f in functions], dtype=np.int64)
        self._finfo = [(f[1], f[2]) for f in functions]
        method_starts.sort()
        self._mstarts = np.array([m[0] for m in method_starts], dtype=np.int64)
        self._mclass = [m[1] for m in method_starts]
        self._by_selector: dict[str, list[int]] = {}
        for addr, name in selrefs.items():
            self._by_selector.setdefault(name, []).append(addr)
        self._by_class: dict[str, list[int]] = {}
        for addr, name in classrefs.items():
            self._by_class.setdefault(name, []).append(addr)
        self._by_symbol: dict[str, list[int]] = {}
        for addr, name in symbol_slots.items():
            self._by_symbol.setdefault(name, []).append(addr)
            if name.startswith("_OBJC_CLASS_$_"):
                self._by_class.setdefault(name[len("_OBJC_CLASS_$_") :], []).append(addr)
        self._cf_by_string: dict[int, list[int]] = {}
        for cf, s in cfstrings.items():
            self._cf_by_string.setdefault(s, []).append(cf)
        self.references = len(self._targets)

    def selector_targets(self, name: str) -> list[int]:
        return self._by_selector.get(name, [])

    def class_targets(self, name: str) -> list[int]:
        return self._by_class.get(name, [])

    def symbol_targets(self, name: str) -> list[int]:
        """Slots of an imported symbol, given with or without its leading underscore."""
        return self._by_symbol.get(name, []) or self._by_symbol.get("_" + name, [])

    def string_targets(self, addr: int) -> list[int]:
        """A C string is referenced directly, through a CFString, or (Swift literals) at address − 32."""
        return [addr, addr - 32, *self._cf_by_string.get(addr, [])]

    def callers(self, targets: Iterable[int], limit: int = MAX_CALLERS) -> list[Caller]:
        out: list[Caller] = []
        seen: set[tuple[str | None, str | None]] = set()
        for t in targets:
            lo = int(np.searchsorted(self._targets, t, side="left"))
            hi = int(np.searchsorted(self._targets, t, side="right"))
            for site in self._sites[lo:hi].tolist():
                cls, meth = self.function_at(int(site))
                if (cls, meth) in seen:
                    continue
                seen.add((cls, meth))
                out.append(Caller(cls, meth, int(site)))
                if len(out) >= limit:
                    return out
        return out

    def function_at(self, pc: int) -> tuple[str | None, str | None]:
        """(class, method) of the function containing pc; the class of the nearest preceding method
        implementation when the function itself is anonymous (blocks and C helpers sit beside their class)."""
        i = int(np.searchsorted(self._fstarts, pc, side="right")) - 1
        cls: str | None = None
        meth: str | None = None
        if i >= 0:
            cls, meth = self._finfo[i]
        if cls is None:
            j = int(np.searchsorted(self._mstarts, pc, side="right")) - 1
            if j >= 0:
                cls = self._mclass[j]
        return cls, meth


# ------------------------------------------------------------------------------------------- slices


_TEXT_RUN = re.compile(rb"[\t\n\r\x20-\x7e\x80-\xff]{5,}")


@dataclass(slots=True)
class StringBlob:
    """NUL-separated text of one section, with the address of every run (so hits map back to code)."""

    section: str
    data: bytes
    offsets: list[int]  # start of each run in data
    addrs: list[int]  # its virtual address

    def address(self, offset: int) -> int:
        i = bisect.bisect_right(self.offsets, offset) - 1
        return self.addrs[i] + offset - self.offsets[i]

    @classmethod
    def text_runs(cls, section: str, raw: bytes | memoryview, addr: int) -> StringBlob:
        """Printable runs (UTF-8 included) of a mostly binary section, joined by NULs."""
        parts: list[bytes] = []
        offsets: list[int] = []
        addrs: list[int] = []
        pos = 0
        for m in _TEXT_RUN.finditer(raw):
            parts.append(m.group(0))
            offsets.append(pos)
            addrs.append(addr + m.start())
            pos += len(m.group(0)) + 1
        return cls(section, b"\0".join(parts), offsets or [0], addrs or [addr])


@dataclass(slots=True)
class MachOSlice:
    """One architecture of one Mach-O file: the fact, and readers the detectors use."""

    fact: NativeBinary
    filetype: int = 0
    platform: str | None = None
    min_os: str | None = None
    install_name: str | None = None
    signature: CodeSignature | None = None
    exported: list[str] = field(default_factory=list)
    classes: list[ObjcClass] = field(default_factory=list)
    unreadable_classes: int = 0
    swift_types: list[str] = field(default_factory=list)  # Module.Type of structs, enums and classes
    crypt_id: int = 0  # LC_ENCRYPTION_INFO cryptid (non-zero: FairPlay-encrypted)
    cstrings: list[StringBlob] = field(default_factory=list)
    ustrings: list[tuple[str, int, bytes]] = field(default_factory=list)  # UTF-16LE literals
    code: SliceCode | None = None


def analyse_macho(data: bytes, path: str, kind: BinaryKind, *, code: bool = True) -> list[MachOSlice]:
    """Every slice of a (fat or thin) Mach-O. Problems become ``fact.error``, never exceptions."""
    slices = fat_slices(data)
    if not slices:
        fact = NativeBinary(path=path, format="macho", arch="unknown", kind=kind, location=Location(file=path))
        fact.error = "not a Mach-O file"
        return [MachOSlice(fact=fact)]
    out = []
    for cputype, cpusub, off, size in slices[:MAX_SLICES]:
        arch = arch_name(cputype, cpusub)
        chunk = data[off : off + size] if (off, size) != (0, len(data)) else data
        try:
            with warnings.catch_warnings():  # lief warns about enum values it does not know (damaged input)
                warnings.simplefilter("ignore", RuntimeWarning)
                out.append(_analyse_slice(chunk, path, kind, arch, code))
        except Exception as exc:  # lief and our readers must not take the scan down
            fact = NativeBinary(
                path=path, format="macho", arch=arch, kind=kind, location=Location(file=path, detail=arch)
            )
            fact.error = f"Mach-O slice unreadable ({exc.__class__.__name__}: {str(exc)[:120]})"
            out.append(MachOSlice(fact=fact))
    return out


def _version(v: Any) -> str | None:
    try:
        parts = [int(x) for x in v]
    except TypeError:
        return None
    while len(parts) > 2 and parts[-1] == 0:
        parts.pop()
    return ".".join(str(x) for x in parts)


def _analyse_slice(data: bytes, path: str, kind: BinaryKind, arch: str, want_code: bool) -> MachOSlice:
    fact = NativeBinary(path=path, format="macho", arch=arch, kind=kind, location=Location(file=path, detail=arch))
    sl = MachOSlice(fact=fact)
    fat: Any = lief.MachO.parse(data)  # lief's stubs make every accessor Optional; checked below instead
    if fat is None or fat.size == 0:
        fact.error = "lief could not parse this Mach-O slice"
        return sl
    b: Any = fat.at(0)
    header = b.header
    if len(b.commands) == 0 or len(b.segments) == 0:
        fact.error = f"Mach-O load commands unreadable (header declares {int(header.nb_cmds)}, none parsed)"
        return sl
    sl.filetype = int(header.file_type.value)
    ptr_size = 8 if (int(header.cpu_type.value) & _ABI64) else 4
    flags = int(header.flags)
    if sl.filetype == MH_EXECUTE:
        fact.pie = bool(flags & MH_PIE)

    # Platform and minimum OS.
    if b.has_build_version:
        bv = b.build_version
        sl.platform = _PLATFORMS.get(int(bv.platform.value), str(bv.platform).split(".")[-1].lower())
        sl.min_os = _version(bv.minos)
    elif b.has_version_min:
        vm = b.version_min
        sl.min_os = _version(vm.version)
        cmd = str(vm.command).split(".")[-1]
        sl.platform = {
            "VERSION_MIN_IPHONEOS": "ios",
            "VERSION_MIN_TVOS": "tvos",
            "VERSION_MIN_WATCHOS": "watchos",
            "VERSION_MIN_MACOSX": "macos",
        }.get(cmd)

    # Libraries, rpaths, install name.
    for lib in b.libraries:
        name = str(lib.name)
        if str(lib.command).endswith("ID_DYLIB"):
            sl.install_name = name
        else:
            fact.libraries.append(name)
    fact.rpath = [str(r.path) for r in b.rpaths]

    # Symbols: imports from the dysymtab's undefined range (bindings as a fallback), locals for names.
    symbols = list(b.symbols)
    imports: set[str] = set()
    exported: list[str] = []
    local_funcs: list[tuple[int, str]] = []
    nlocal = 0
    if b.has_dynamic_symbol_command:
        d = b.dynamic_symbol_command
        lo, n = int(d.idx_undefined_symbol), int(d.nb_undefined_symbols)
        imports |= {str(symbols[i].name) for i in range(lo, min(lo + n, len(symbols))) if symbols[i].name}
        elo, en = int(d.idx_external_define_symbol), int(d.nb_external_define_symbols)
        exported = [str(symbols[i].name) for i in range(elo, min(elo + en, len(symbols))) if symbols[i].name]
        nlocal = int(d.nb_local_symbols)
    bind_names: dict[int, str] = {}
    for bd in b.bindings:
        try:
            if bd.has_symbol and bd.symbol.name:
                name = str(bd.symbol.name)
                bind_names[int(bd.address)] = name
                imports.add(name)
        except Exception:
            continue
    for s in symbols:
        ntype = int(s.raw_type)
        if ntype & 0xE0 or (ntype & 0x0E) != 0x0E or not s.name:
            continue  # stabs, undefined and absolute symbols
        local_funcs.append((int(s.value), str(s.name)))
    fact.stripped = nlocal == 0 if b.has_dynamic_symbol_command else not symbols
    fact.imports = sorted(imports)
    sl.exported = exported
    plain = {i[1:] if i.startswith("_") else i for i in imports}
    fact.canary = bool(_CANARY & imports)
    uses_objc = any(lib.endswith("libobjc.A.dylib") for lib in fact.libraries) or any(
        i.startswith("_objc_") for i in imports
    )
    uses_swift = any("libswift" in lib for lib in fact.libraries) or any(i.startswith("_swift_") for i in imports)
    fact.arc = bool(_ARC & imports) if (uses_objc or uses_swift) else None
    fact.insecure_functions = sorted(INSECURE_FUNCTIONS & plain)
    fact.weak_crypto_functions = sorted(MACHO_WEAK_CRYPTO & plain)

    # Encryption.
    crypt: tuple[int, int] | None = None
    if b.has_encryption_info:
        ei = b.encryption_info
        fact.encrypted = int(ei.crypt_id) != 0
        if fact.encrypted:
            start = int(ei.crypt_offset)
            crypt = (start, start + int(ei.crypt_size))
    else:
        fact.encrypted = False

    # Code signature.
    fact.code_signature = bool(b.has_code_signature)
    if b.has_code_signature:
        cs = b.code_signature
        o, n = int(cs.data_offset), int(cs.data_size)
        if 0 < o < len(data) and n > 0:
            sl.signature = read_code_signature(data[o : min(len(data), o + n)])

    # Memory image for our own readers.
    segments = [
        (int(seg.virtual_address), int(seg.virtual_size), int(seg.file_offset), int(seg.file_size))
        for seg in b.segments
    ]
    sections = [
        Section(
            str(s.segment_name),
            str(s.name),
            int(s.virtual_address),
            int(s.size),
            int(s.offset),
            int(getattr(s, "reserved2", 0) or 0),
        )
        for s in b.sections
    ]
    arm64e = arch == "arm64e"
    chained = bool(b.has_dyld_chained_fixups)
    crypt_id = int(b.encryption_info.crypt_id) if b.has_encryption_info else 0
    function_starts = [int(off) for off in b.function_starts.functions] if b.has_function_starts else []
    sl.crypt_id = crypt_id
    del b, fat, symbols  # free lief's copy of the binary before the heavier passes below
    img = Image(data, segments, sections, ptr_size, chained, arm64e, crypt)
    objc = ObjcReader(img, bind_names)
    try:
        sl.classes = objc.classes()
    except (struct.error, IndexError, ValueError) as exc:
        fact.error = f"Objective-C metadata unreadable ({exc.__class__.__name__})"
    sl.unreadable_classes = objc.unreadable
    try:
        sl.swift_types = swift_types(img)
    except (struct.error, IndexError, ValueError):
        sl.swift_types = []
    names = sorted({c.name for c in sl.classes})
    fact.objc_classes = names[:MAX_LISTED_CLASSES]
    selrefs = objc.selector_refs()
    classrefs = objc.class_refs()
    fact.selectors = sorted(set(selrefs.values()))
    if not selrefs:  # no selector references (odd linkers, stripped sections): every selector name present
        names_sec = img.section("__objc_methname", "__TEXT")
        raw_names = img.readable_section(names_sec) if names_sec else None
        if raw_names:
            fact.selectors = sorted({n.decode("utf-8", "replace") for n in raw_names.split(b"\0") if n})
    fact.objc_class_refs = sorted(set(classrefs.values()))

    for s in sections:
        if s.name in ("__cstring", "__oslogstring"):  # C string literals
            raw = img.readable_section(s)
            if raw is not None:
                sl.cstrings.append(StringBlob(s.name, raw, [0], [s.addr]))
        elif (s.segment, s.name) in (("__TEXT", "__const"), ("__DATA", "__data")):
            # char arrays (static const char x[] = "…") sit among binary data: keep only the text runs
            view = img.section_view(s)
            if view is not None:
                sl.cstrings.append(StringBlob.text_runs(s.name, view, s.addr))
        elif s.name == "__ustring":
            raw = img.readable_section(s)
            if raw is not None:
                sl.ustrings.append((s.name, s.addr, raw))

    if fact.encrypted:
        fact.error = f"encrypted (LC_ENCRYPTION_INFO cryptid {crypt_id}): classes, strings and code not analysed" + (
            f"; {objc.unreadable} class names unreadable" if objc.unreadable else ""
        )
    elif want_code and arch in ("arm64", "arm64e", "x86_64"):
        try:
            sl.code = _code_index(function_starts, img, sl.classes, selrefs, classrefs, bind_names, local_funcs, arch)
        except (ValueError, IndexError, MemoryError) as exc:
            fact.error = f"code references not analysed ({exc.__class__.__name__})"
    # A cut-off file still has readable load commands; what they point past the end is simply missing, so say so
    # (otherwise a truncated executable looks like one without imports, classes or code).
    file_end = max((fileoff + filesize for _vm, _size, fileoff, filesize in segments), default=0)
    if file_end > len(data):
        cut = f"truncated: the load commands describe {file_end} bytes, the file has {len(data)}"
        fact.error = f"{cut}; {fact.error}" if fact.error else cut
    return sl


def _code_index(
    function_starts: list[int],
    img: Image,
    classes: list[ObjcClass],
    selrefs: dict[int, str],
    classrefs: dict[int, str],
    bind_names: dict[int, str],
    local_funcs: list[tuple[int, str]],
    arch: str,
) -> SliceCode:
    text_secs = [s for s in img.sections if s.segment == "__TEXT" and s.name == "__text"]
    stubs = img.section("__stubs", "__TEXT")
    objc_stubs = img.section("__objc_stubs", "__TEXT")
    auth_stubs = img.section("__auth_stubs", "__TEXT")

    # Symbol slots: GOT / lazy pointers bound to imports.
    symbol_slots = dict(bind_names)
    slot_of_stub: dict[int, int] = {}  # stub start → slot (symbol stubs) or selref (objc stubs)
    sites: list[np.ndarray] = []
    targets: list[np.ndarray] = []
    # Only references into data a detector can ask about are kept (memory on big binaries).
    wanted = _ranges(
        s
        for s in img.sections
        if s.name
        in (
            "__objc_selrefs",
            "__objc_classrefs",
            "__objc_superrefs",
            "__got",
            "__auth_got",
            "__la_symbol_ptr",
            "__cstring",
            "__cfstring",
            "__ustring",
            "__oslogstring",
        )
        or (s.segment, s.name) in (("__TEXT", "__const"), ("__DATA", "__data"))
    )

    if arch.startswith("arm64"):
        for st in (stubs, auth_stubs, objc_stubs):
            if st is None:
                continue
            raw = img.section_view(st)
            if raw is None:
                continue
            ins = np.frombuffer(raw[: len(raw) // 4 * 4], dtype="<u4")
            adrp, _second, tgt = _arm64_pairs(ins, st.addr)
            lpc, ltgt = _arm64_literals(ins, st.addr)
            for a, t in zip(adrp.tolist() + lpc.tolist(), tgt.tolist() + ltgt.tolist(), strict=True):
                if st is objc_stubs:
                    if t in selrefs:
                        slot_of_stub[a] = t
                else:
                    slot_of_stub.setdefault(a, t)
        keys, vals = _stub_table(slot_of_stub)
        for sec in text_secs:
            raw = img.section_view(sec)
            if raw is None:
                continue
            every = np.frombuffer(raw[: len(raw) // 4 * 4], dtype="<u4")
            for first in range(0, len(every), _CHUNK):  # bounded memory on 100 MB binaries
                ins = every[first : first + _CHUNK + 3]
                base = sec.addr + 4 * first
                limit = base + 4 * _CHUNK
                adrp, second, tgt = _arm64_pairs(ins, base)
                own = adrp < limit
                _keep(sites, targets, second[own], tgt[own], wanted)
                lpc, ltgt = _arm64_literals(ins[:_CHUNK], base)
                _keep(sites, targets, lpc, ltgt, wanted)
                bpc, btgt = _arm64_branches(ins[:_CHUNK], base)
                _stub_calls(sites, targets, bpc, btgt, keys, vals)
    else:
        if stubs is not None:
            raw = img.section_view(stubs)
            if raw is not None:
                slot_of_stub = _x86_stub_slots(raw, stubs.addr)
        keys, vals = _stub_table(slot_of_stub)
        for sec in text_secs:
            raw = img.section_view(sec)
            if raw is None:
                continue
            for first in range(0, len(raw), 4 * _CHUNK):
                chunk = raw[first : first + 4 * _CHUNK + 8]
                base = sec.addr + first
                limit = base + 4 * _CHUNK
                rpc, rt, cpc, ct = _x86_refs(chunk, base)
                own = rpc < limit
                _keep(sites, targets, rpc[own], rt[own], wanted)
                cown = cpc < limit
                _stub_calls(sites, targets, cpc[cown], ct[cown], keys, vals)

    # Functions: LC_FUNCTION_STARTS, then names from method lists and symbols.
    text_base = img.base
    starts: dict[int, tuple[str | None, str | None]] = {}
    for off in function_starts:
        starts[text_base + off] = (None, None)
    method_starts: list[tuple[int, str]] = []
    for c in classes:
        owner = c.category_of or c.name
        for m in c.methods:
            if m.imp:
                starts[m.imp] = (owner, ("+" if m.is_class else "-") + m.selector)
                method_starts.append((m.imp, owner))
    for addr, name in local_funcs:
        known = starts.get(addr)
        if known is not None and known[0] is not None:
            continue
        objc_sym = _objc_symbol(name)
        if objc_sym:
            starts[addr] = objc_sym
            continue
        starts[addr] = (swift_symbol_owner(name), name[:200])
    functions = [(a, c, m) for a, (c, m) in starts.items()]

    cfstrings: dict[int, int] = {}
    p = img.ptr_size
    for sec in img.sections:
        if sec.name == "__cfstring":
            cf_raw = img.readable_section(sec)
            if cf_raw is None:
                continue
            entry = 4 * p
            for i in range(len(cf_raw) // entry):
                a = sec.addr + i * entry
                s = img.ptr(a + 2 * p)
                if s:
                    cfstrings[a] = s

    all_sites = np.concatenate(sites) if sites else np.zeros(0, dtype=np.int64)
    all_targets = np.concatenate(targets) if targets else np.zeros(0, dtype=np.int64)
    return SliceCode(all_sites, all_targets, functions, method_starts, selrefs, classrefs, symbol_slots, cfstrings)


def entitlements_plist(data: bytes) -> dict[str, Any] | None:
    """An ``.xcent`` / entitlements plist file → dict (JSON-safe)."""
    value = load_dict(data)
    return jsonable(value) if value is not None else None


__all__ = [
    "MAX_MACHO",
    "Caller",
    "CodeSignature",
    "MachOSlice",
    "SliceCode",
    "analyse_macho",
    "decode_der_entitlements",
    "entitlements_plist",
    "is_macho",
]
