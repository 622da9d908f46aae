"""A fast, read-only DEX reader built for scanning, not for decompiling.

Cost model (issue 3, item 6): nothing here builds a whole-program cross-reference graph. Tables are numpy
views over the file bytes (no copy); the class-data stream is ULEB128-decoded in one vectorised pass; call
sites of the few methods that matter are found by a vectorised search over the code section for
``invoke-* {…}, method@N`` units, and only the methods that contain a candidate are decoded to confirm
the hit (and to recover constant arguments). Strings are searched with regexes over the raw string-data
section. The result is linear in DEX size with a small constant, close to the cost of inflating the DEX.

Layout reference: https://source.android.com/docs/core/runtime/dex-format
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import numpy.typing as npt

_NO_INDEX = 0xFFFFFFFF

TYPE_STRING_DATA_ITEM = 0x2002
TYPE_CODE_ITEM = 0x2001
TYPE_CLASS_DATA_ITEM = 0x2000

INVOKE_OPS = (0x6E, 0x6F, 0x70, 0x71, 0x72, 0x74, 0x75, 0x76, 0x77, 0x78)
SGET_OPS = tuple(range(0x60, 0x67))
IGET_OPS = tuple(range(0x52, 0x59))
CONST_STRING = 0x1A
CONST_STRING_JUMBO = 0x1B


class DexError(ValueError):
    """The DEX file is damaged in a way that stops reading it."""


# Instruction widths in 16-bit code units, by opcode (Dalvik formats). Odex-only opcodes are 1.
_WIDTH = [1] * 256
for _op, _w in (
    (0x02, 2),
    (0x03, 3),
    (0x05, 2),
    (0x06, 3),
    (0x08, 2),
    (0x09, 3),
    (0x13, 2),
    (0x14, 3),
    (0x15, 2),
    (0x16, 2),
    (0x17, 3),
    (0x18, 5),
    (0x19, 2),
    (0x1A, 2),
    (0x1B, 3),
    (0x1C, 2),
    (0x1F, 2),
    (0x20, 2),
    (0x22, 2),
    (0x23, 2),
    (0x24, 3),
    (0x25, 3),
    (0x26, 3),
    (0x29, 2),
    (0x2A, 3),
    (0x2B, 3),
    (0x2C, 3),
    (0xFA, 4),
    (0xFB, 4),
    (0xFC, 3),
    (0xFD, 3),
    (0xFE, 2),
    (0xFF, 2),
):
    _WIDTH[_op] = _w
for _op in range(0x2D, 0x3E):  # cmp*, if-test, if-testz
    _WIDTH[_op] = 2
for _op in range(0x44, 0x6E):  # aget/aput, iget/iput, sget/sput
    _WIDTH[_op] = 2
for _op in (*range(0x6E, 0x73), *range(0x74, 0x79)):  # invoke-*
    _WIDTH[_op] = 3
for _op in range(0x90, 0xB0):  # binop
    _WIDTH[_op] = 2
for _op in range(0xD0, 0xE3):  # binop/lit16, binop/lit8
    _WIDTH[_op] = 2


def _uleb(data: bytes | memoryview, pos: int) -> tuple[int, int]:
    result = 0
    shift = 0
    while True:
        if pos >= len(data):
            raise DexError("ULEB128 runs past the end of the file")
        b = data[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7
        if shift > 35:
            raise DexError("ULEB128 too long")


def decode_mutf8(raw: bytes) -> str:
    """Decode DEX's modified UTF-8 (surrogate pairs encoded separately, NUL as C0 80)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    raw = raw.replace(b"\xc0\x80", b"\x00")
    s = raw.decode("utf-8", errors="surrogatepass")
    try:
        return s.encode("utf-16", errors="surrogatepass").decode("utf-16")
    except UnicodeDecodeError:
        return s.encode("utf-8", errors="surrogatepass").decode("utf-8", errors="replace")


def descriptor_to_dotted(desc: str) -> str:
    """``Lcom/foo/Bar$Baz;`` → ``com.foo.Bar$Baz``."""
    if desc.startswith("L") and desc.endswith(";"):
        return desc[1:-1].replace("/", ".")
    return desc


def dotted_to_descriptor(name: str) -> str:
    return "L" + name.replace(".", "/") + ";"


@dataclass(frozen=True, slots=True)
class MethodRef:
    """A method_ids entry, resolved to text."""

    class_desc: str
    name: str
    proto: str

    @property
    def class_name(self) -> str:
        return descriptor_to_dotted(self.class_desc)

    def __str__(self) -> str:
        return f"{self.class_desc}->{self.name}{self.proto}"


@dataclass(frozen=True, slots=True)
class CallSite:
    """One instruction in ``caller`` that references ``target`` (method, field or string index)."""

    kind: str  # "method" | "field" | "string"
    target: int
    caller: int  # method_ids index of the calling method
    offset: int  # byte offset of the instruction in the DEX file
    string_args: tuple[str | None, ...] = ()
    int_args: tuple[int | None, ...] = ()
    #: Constant strings loaded anywhere in the calling method (for "with_string" conditions).
    method_strings: frozenset[str] = frozenset()


@dataclass(slots=True)
class Instruction:
    offset: int  # byte offset in the file
    op: int
    units: tuple[int, ...]


@dataclass(slots=True)
class _MethodTable:
    method_idx: npt.NDArray[np.int64]
    code_off: npt.NDArray[np.int64]
    class_def: npt.NDArray[np.int64]
    access: npt.NDArray[np.int64]
    by_code: npt.NDArray[np.int64] = field(default_factory=lambda: np.zeros(0, np.int64))


class DexFile:
    """One classes*.dex."""

    def __init__(self, data: bytes, name: str = "classes.dex") -> None:
        self.name = name
        self.data = data
        if len(data) < 0x70 or not data.startswith(b"dex\n"):
            raise DexError(f"{name}: not a DEX file (bad magic)")
        self.version = data[4:7].decode("ascii", errors="replace")
        (
            self.file_size,
            self.header_size,
            endian,
            _link_size,
            _link_off,
            self.map_off,
            self.string_ids_size,
            self.string_ids_off,
            self.type_ids_size,
            self.type_ids_off,
            self.proto_ids_size,
            self.proto_ids_off,
            self.field_ids_size,
            self.field_ids_off,
            self.method_ids_size,
            self.method_ids_off,
            self.class_defs_size,
            self.class_defs_off,
            self.data_size,
            self.data_off,
        ) = struct.unpack_from("<20I", data, 0x20)
        if endian != 0x12345678:
            raise DexError(f"{name}: unsupported byte order")
        self.truncated = self.file_size > len(data)
        n = len(data)
        for label, off, count, size in (
            ("string_ids", self.string_ids_off, self.string_ids_size, 4),
            ("type_ids", self.type_ids_off, self.type_ids_size, 4),
            ("proto_ids", self.proto_ids_off, self.proto_ids_size, 12),
            ("field_ids", self.field_ids_off, self.field_ids_size, 8),
            ("method_ids", self.method_ids_off, self.method_ids_size, 8),
            ("class_defs", self.class_defs_off, self.class_defs_size, 32),
        ):
            if count and (off + count * size > n or off < 0x70):
                raise DexError(f"{name}: {label} table lies outside the file (truncated DEX?)")
        self.string_data_off = np.frombuffer(data, "<u4", self.string_ids_size, self.string_ids_off)
        self.type_desc = np.frombuffer(data, "<u4", self.type_ids_size, self.type_ids_off)
        self._field_ids = np.frombuffer(data, "<u2", self.field_ids_size * 4, self.field_ids_off).reshape(-1, 4)
        self._method_ids = np.frombuffer(data, "<u2", self.method_ids_size * 4, self.method_ids_off).reshape(-1, 4)
        self._class_defs = np.frombuffer(data, "<u4", self.class_defs_size * 8, self.class_defs_off).reshape(-1, 8)
        self._strings: dict[int, str] = {}
        self._sections = self._read_map()

    # ---------------------------------------------------------------------------------------- strings

    def string(self, idx: int) -> str:
        s = self._strings.get(idx)
        if s is None:
            s = decode_mutf8(self._string_bytes(idx))
            self._strings[idx] = s
        return s

    def _string_bytes(self, idx: int) -> bytes:
        if not 0 <= idx < self.string_ids_size:
            raise DexError(f"{self.name}: string index {idx} out of range")
        off = int(self.string_data_off[idx])
        _, start = _uleb(self.data, off)
        end = self.data.find(b"\x00", start)
        if end < 0:
            raise DexError(f"{self.name}: unterminated string {idx}")
        return self.data[start:end]

    def find_string(self, value: str) -> int | None:
        """Binary search (string_ids are sorted); None if the DEX has no such string."""
        want = value.encode("utf-8")
        lo: int = 0
        hi: int = self.string_ids_size
        while lo < hi:
            mid = (lo + hi) // 2
            got = self._string_bytes(mid)
            if got < want:
                lo = mid + 1
            elif got > want:
                hi = mid
            else:
                return mid
        return None

    def string_data_region(self) -> tuple[int, int]:
        """[start, end) of the string-data section, or the whole data area when the map is missing."""
        sec = self._sections.get(TYPE_STRING_DATA_ITEM)
        if sec is not None:
            return sec
        return self.data_off, min(len(self.data), self.data_off + self.data_size)

    @cached_property
    def _string_offsets_sorted(self) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        order = np.argsort(self.string_data_off, kind="stable")
        return self.string_data_off[order].astype(np.int64), order.astype(np.int64)

    def string_at_offset(self, offset: int) -> int | None:
        """The string index whose data contains file offset ``offset``."""
        offs, order = self._string_offsets_sorted
        i = int(np.searchsorted(offs, offset, side="right")) - 1
        if i < 0:
            return None
        return int(order[i])

    def search_strings(self, pattern: re.Pattern[bytes]) -> Iterator[tuple[int, str, re.Match[bytes]]]:
        """Regex over raw string data; yields (string index, decoded string, match)."""
        start, end = self.string_data_region()
        region = self.data
        for m in pattern.finditer(region, start, end):
            idx = self.string_at_offset(m.start())
            if idx is None:
                continue
            yield idx, self.string(idx), m

    # ---------------------------------------------------------------------------------------- types

    def type_name(self, type_idx: int) -> str:
        if not 0 <= type_idx < self.type_ids_size:
            return f"<type {type_idx}>"
        return self.string(int(self.type_desc[type_idx]))

    def find_type(self, descriptor: str) -> int | None:
        sidx = self.find_string(descriptor)
        if sidx is None:
            return None
        i = int(np.searchsorted(self.type_desc, sidx))
        if i < self.type_ids_size and int(self.type_desc[i]) == sidx:
            return i
        return None

    # ---------------------------------------------------------------------------------------- classes

    @cached_property
    def class_descriptors(self) -> list[str]:
        """Descriptors of the classes this DEX defines, in class_defs order."""
        return [self.type_name(int(t)) for t in self._class_defs[:, 0]]

    def class_def_of(self, i: int) -> tuple[int, int, int, int]:
        """(class type idx, access flags, superclass type idx, interfaces_off) of class_defs[i]."""
        row = self._class_defs[i]
        return int(row[0]), int(row[1]), int(row[2]), int(row[3])

    def interfaces(self, i: int) -> list[str]:
        off = int(self._class_defs[i, 3])
        if off == 0 or off + 4 > len(self.data):
            return []
        (size,) = struct.unpack_from("<I", self.data, off)
        if off + 4 + size * 2 > len(self.data):
            return []
        return [self.type_name(t) for t in struct.unpack_from(f"<{size}H", self.data, off + 4)]

    def superclass(self, i: int) -> str | None:
        sup = int(self._class_defs[i, 2])
        return None if sup == _NO_INDEX else self.type_name(sup)

    # ---------------------------------------------------------------------------------------- members

    def method_ref(self, midx: int) -> MethodRef:
        cls, proto, name_lo, name_hi = (int(x) for x in self._method_ids[midx])
        return MethodRef(self.type_name(cls), self.string(name_lo | (name_hi << 16)), self._proto(proto))

    def field_ref(self, fidx: int) -> tuple[str, str, str]:
        cls, typ, name_lo, name_hi = (int(x) for x in self._field_ids[fidx])
        return self.type_name(cls), self.string(name_lo | (name_hi << 16)), self.type_name(typ)

    def _proto(self, pidx: int) -> str:
        if not 0 <= pidx < self.proto_ids_size:
            return "(?)?"
        _shorty, ret, params_off = struct.unpack_from("<III", self.data, self.proto_ids_off + pidx * 12)
        params: list[str] = []
        if params_off and params_off + 4 <= len(self.data):
            (size,) = struct.unpack_from("<I", self.data, params_off)
            if params_off + 4 + 2 * size <= len(self.data):
                params = [self.type_name(t) for t in struct.unpack_from(f"<{size}H", self.data, params_off + 4)]
        return "(" + "".join(params) + ")" + self.type_name(ret)

    def find_methods(self, class_desc: str, name: str) -> list[int]:
        """method_ids indices of ``class_desc->name`` with any prototype."""
        t = self.find_type(class_desc)
        n = self.find_string(name)
        if t is None or n is None:
            return []
        col = self._method_ids[:, 0]
        lo = int(np.searchsorted(col, t, side="left"))
        hi = int(np.searchsorted(col, t, side="right"))
        rows = self._method_ids[lo:hi]
        names = rows[:, 2].astype(np.int64) | (rows[:, 3].astype(np.int64) << 16)
        return [lo + int(i) for i in np.flatnonzero(names == n)]

    def find_fields(self, class_desc: str, name: str) -> list[int]:
        t = self.find_type(class_desc)
        n = self.find_string(name)
        if t is None or n is None:
            return []
        col = self._field_ids[:, 0]
        lo = int(np.searchsorted(col, t, side="left"))
        hi = int(np.searchsorted(col, t, side="right"))
        rows = self._field_ids[lo:hi]
        names = rows[:, 2].astype(np.int64) | (rows[:, 3].astype(np.int64) << 16)
        return [lo + int(i) for i in np.flatnonzero(names == n)]

    # ---------------------------------------------------------------------------------------- map

    def _read_map(self) -> dict[int, tuple[int, int]]:
        """Section type → [start, end) from the map list; empty when the map is unreadable."""
        off = self.map_off
        if not off or off + 4 > len(self.data):
            return {}
        (size,) = struct.unpack_from("<I", self.data, off)
        if size > 64 or off + 4 + size * 12 > len(self.data):
            return {}
        items = sorted(
            (struct.unpack_from("<HHII", self.data, off + 4 + i * 12) for i in range(size)),
            key=lambda it: it[3],
        )
        out: dict[int, tuple[int, int]] = {}
        for k, (typ, _unused, _count, start) in enumerate(items):
            end = items[k + 1][3] if k + 1 < len(items) else len(self.data)
            out[typ] = (start, min(end, len(self.data)))
        return out

    # ---------------------------------------------------------------------------------------- methods

    @cached_property
    def methods(self) -> _MethodTable:
        """Every method with a class_data entry: method_ids index, code_item offset, defining class."""
        class_data_offs = self._class_defs[:, 6].astype(np.int64)
        has_data = np.flatnonzero(class_data_offs != 0)
        empty = _MethodTable(*(np.zeros(0, np.int64) for _ in range(4)))
        if has_data.size == 0:
            return empty
        region = self._sections.get(TYPE_CLASS_DATA_ITEM)
        if region is None:
            lo_off = int(class_data_offs[has_data].min())
            region = (lo_off, len(self.data))
        start, end = region
        buf = np.frombuffer(self.data, np.uint8, end - start, start)
        ends = np.flatnonzero(buf < 0x80)
        if ends.size == 0:
            return empty
        starts = np.empty_like(ends)
        starts[0] = 0
        starts[1:] = ends[:-1] + 1
        length = ends - starts + 1
        values = (buf[starts] & 0x7F).astype(np.int64)
        for j in range(1, 5):
            sel = np.flatnonzero(length > j)
            if sel.size == 0:
                break
            values[sel] |= (buf[starts[sel] + j] & 0x7F).astype(np.int64) << (7 * j)
        vals = values.tolist()
        abs_starts = starts + start
        pos_of = np.searchsorted(abs_starts, class_data_offs[has_data])
        block_start: list[int] = []
        block_count: list[int] = []
        block_class: list[int] = []
        nvals = len(vals)
        for ci, k in zip(has_data.tolist(), pos_of.tolist(), strict=True):
            if k >= nvals or int(abs_starts[k]) != int(class_data_offs[ci]):
                continue  # class_data outside the region: obfuscated layout, read it the slow way below
            if k + 4 > nvals:
                continue
            sf, inf, dm, vm = vals[k : k + 4]
            k += 4 + 2 * (sf + inf)
            if dm:
                block_start.append(k)
                block_count.append(dm)
                block_class.append(ci)
            k += 3 * dm
            if vm:
                block_start.append(k)
                block_count.append(vm)
                block_class.append(ci)
        if not block_start:
            return empty
        bs = np.asarray(block_start, np.int64)
        bc = np.asarray(block_count, np.int64)
        total = int(bc.sum())
        first = np.repeat(np.cumsum(bc) - bc, bc)
        within = np.arange(total, dtype=np.int64) - first
        idx = np.repeat(bs, bc) + 3 * within
        idx = idx[idx + 2 < nvals]
        if idx.size != total:
            raise DexError(f"{self.name}: class data runs past the end of the file")
        diffs = values[idx]
        csum = np.cumsum(diffs)
        block_base = np.repeat(csum[np.cumsum(bc) - bc] - diffs[np.cumsum(bc) - bc], bc)
        method_idx = csum - block_base
        table = _MethodTable(
            method_idx=method_idx,
            code_off=values[idx + 2],
            class_def=np.repeat(np.asarray(block_class, np.int64), bc),
            access=values[idx + 1],
        )
        table.by_code = np.argsort(table.code_off, kind="stable")
        return table

    def methods_of_class(self, class_def: int) -> list[tuple[int, int]]:
        """(method_ids index, code offset) of the methods class_defs[class_def] defines."""
        t = self.methods  # rows are grouped by class_def in ascending order
        lo = int(np.searchsorted(t.class_def, class_def, side="left"))
        hi = int(np.searchsorted(t.class_def, class_def, side="right"))
        return [(int(t.method_idx[i]), int(t.code_off[i])) for i in range(lo, hi)]

    def _code_bounds(self, code_off: int) -> tuple[int, int]:
        if code_off == 0 or code_off + 16 > len(self.data):
            return 0, 0
        (insns_size,) = struct.unpack_from("<I", self.data, code_off + 12)
        start = code_off + 16
        return start, min(len(self.data), start + 2 * insns_size)

    def _method_at(self, offset: int) -> tuple[int, int] | None:
        """(method_ids index, code_off) of the method whose instructions contain byte ``offset``."""
        t = self.methods
        if t.code_off.size == 0:
            return None
        sorted_offs = t.code_off[t.by_code]
        i = int(np.searchsorted(sorted_offs, offset, side="right")) - 1
        if i < 0:
            return None
        row = int(t.by_code[i])
        code_off = int(t.code_off[row])
        start, end = self._code_bounds(code_off)
        if not start <= offset < end:
            return None
        return int(t.method_idx[row]), code_off

    def instructions(self, code_off: int) -> Iterator[Instruction]:
        """Decode one method linearly. Payload pseudo-instructions are skipped."""
        start, end = self._code_bounds(code_off)
        if not start:
            return
        units = np.frombuffer(self.data, "<u2", (end - start) // 2, start)
        n = len(units)
        i = 0
        while i < n:
            u = int(units[i])
            op = u & 0xFF
            if op == 0 and u in (0x0100, 0x0200, 0x0300) and i + 1 < n:
                size = int(units[i + 1])
                if u == 0x0100:
                    i += size * 2 + 4
                elif u == 0x0200:
                    i += size * 4 + 2
                else:
                    if i + 3 >= n:
                        return
                    count = int(units[i + 2]) | (int(units[i + 3]) << 16)
                    i += (count * size + 1) // 2 + 4
                continue
            w = _WIDTH[op]
            yield Instruction(start + 2 * i, op, tuple(int(x) for x in units[i : i + w]))
            i += w

    # ---------------------------------------------------------------------------------------- scanning

    def code_region(self) -> tuple[int, int]:
        sec = self._sections.get(TYPE_CODE_ITEM)
        if sec is not None:
            return sec
        return self.data_off, min(len(self.data), self.data_off + self.data_size)

    def _candidates(self, ops: Iterable[int], targets: Iterable[int]) -> npt.NDArray[np.int64]:
        """Byte offsets of code units whose opcode is in ``ops`` and next unit is in ``targets``."""
        targets = [t for t in targets if 0 <= t < 0x10000]
        if not targets:
            return np.zeros(0, np.int64)
        start, end = self.code_region()
        start += start & 1
        count = (end - start) // 2
        if count < 2:
            return np.zeros(0, np.int64)
        units = np.frombuffer(self.data, "<u2", count, start)
        op_lut = np.zeros(256, bool)
        op_lut[list(ops)] = True
        tgt_lut = np.zeros(0x10000, bool)
        tgt_lut[targets] = True
        hit = op_lut[units[:-1] & 0xFF]
        hit &= tgt_lut[units[1:]]
        return np.flatnonzero(hit).astype(np.int64) * 2 + start

    def call_sites(self, kind: str, targets: set[int]) -> list[CallSite]:
        """Instructions that invoke (``method``), read statically (``field``) or load (``string``) a target.

        Candidates from the vectorised search are confirmed by decoding the containing method, so operand
        bytes that merely look like an invoke are dropped.
        """
        if not targets:
            return []
        if kind == "method":
            ops: tuple[int, ...] = INVOKE_OPS
        elif kind == "field":
            ops = SGET_OPS + IGET_OPS
        elif kind == "string":
            ops = (CONST_STRING,)
        else:
            raise ValueError(kind)
        offsets = self._candidates(ops, targets).tolist()
        if kind == "string":
            big = [t for t in targets if t >= 0x10000]
            if big:
                offsets += self._jumbo_candidates(big)
        by_method: dict[tuple[int, int], set[int]] = {}
        for off in offsets:
            owner = self._method_at(off)
            if owner is not None:
                by_method.setdefault(owner, set()).add(off)
        sites: list[CallSite] = []
        for (midx, code_off), offs in sorted(by_method.items(), key=lambda kv: kv[0][1]):
            sites.extend(self._confirm(kind, targets, midx, code_off, offs))
        return sites

    def _jumbo_candidates(self, targets: list[int]) -> list[int]:
        out: list[int] = []
        start, end = self.code_region()
        for t in targets:
            pat = re.compile(
                re.escape(bytes([CONST_STRING_JUMBO])) + b"[\\x00-\\xff]" + re.escape(struct.pack("<I", t))
            )
            out.extend(m.start() for m in pat.finditer(self.data, start, end) if (m.start() - start) % 2 == 0)
        return out

    def _confirm(self, kind: str, targets: set[int], midx: int, code_off: int, offs: set[int]) -> list[CallSite]:
        """Decode one method, keep the candidate offsets that are real instructions, recover constants."""
        regs_s: dict[int, str] = {}
        regs_i: dict[int, int] = {}
        loaded: set[str] = set()
        hits: list[tuple[int, int, tuple[str | None, ...], tuple[int | None, ...]]] = []
        for ins in self.instructions(code_off):
            op, u = ins.op, ins.units
            if op in (CONST_STRING, CONST_STRING_JUMBO):
                sidx = u[1] if op == CONST_STRING else u[1] | (u[2] << 16)
                try:
                    s = self.string(sidx)
                except DexError:
                    s = ""
                loaded.add(s)
                if kind == "string" and ins.offset in offs and sidx in targets:
                    hits.append((ins.offset, sidx, (), ()))
            elif op in INVOKE_OPS:
                if kind == "method" and ins.offset in offs and u[1] in targets:
                    args = _invoke_registers(op, u)
                    hits.append(
                        (
                            ins.offset,
                            u[1],
                            tuple(regs_s.get(r) for r in args),
                            tuple(regs_i.get(r) for r in args),
                        )
                    )
            elif kind == "field" and ins.offset in offs and u[1] in targets and (op in SGET_OPS or op in IGET_OPS):
                hits.append((ins.offset, u[1], (), ()))
            dest = _dest_register(op, u)
            if dest is None:
                continue
            regs_s.pop(dest, None)
            regs_i.pop(dest, None)
            if op in (CONST_STRING, CONST_STRING_JUMBO):
                regs_s[dest] = s
            elif op in (0x12, 0x13, 0x14, 0x15):
                regs_i[dest] = _literal(op, u)
        frozen = frozenset(loaded)
        return [CallSite(kind, target, midx, off, s_args, i_args, frozen) for off, target, s_args, i_args in hits]


def _literal(op: int, u: tuple[int, ...]) -> int:
    if op == 0x12:  # const/4 vA, #+B
        lit = (u[0] >> 12) & 0xF
        return lit - 16 if lit >= 8 else lit
    if op == 0x13:  # const/16
        return u[1] - 0x10000 if u[1] >= 0x8000 else u[1]
    if op == 0x14:  # const
        lit = u[1] | (u[2] << 16)
        return lit - (1 << 32) if lit >= (1 << 31) else lit
    return u[1] << 16  # const/high16


_DEST_4BIT = frozenset(
    [
        0x01,
        0x04,
        0x07,
        0x12,
        0x20,
        0x21,
        0x23,
        *range(0x52, 0x59),
        *range(0x7B, 0x90),
        *range(0xB0, 0xD0),
        *range(0xD0, 0xD8),
    ]
)
_DEST_8BIT = frozenset(
    [
        0x02,
        0x05,
        0x08,
        0x0A,
        0x0B,
        0x0C,
        0x0D,
        *range(0x13, 0x1D),
        0x1F,
        0x22,
        *range(0x2D, 0x32),
        *range(0x44, 0x4B),
        *range(0x60, 0x67),
        *range(0x90, 0xB0),
        *range(0xD8, 0xE3),
        0xFE,
        0xFF,
    ]
)


def _dest_register(op: int, u: tuple[int, ...]) -> int | None:
    """The register an instruction writes, so constants held there are forgotten."""
    if op in _DEST_4BIT:
        return (u[0] >> 8) & 0xF
    if op in _DEST_8BIT:
        return u[0] >> 8
    if op in (0x03, 0x06, 0x09) and len(u) > 1:
        return u[1]
    return None


def _invoke_registers(op: int, u: tuple[int, ...]) -> list[int]:
    """Argument registers of an invoke (format 35c or 3rc)."""
    if op >= 0x74:  # /range: AA = count, CCCC = first register
        count = u[0] >> 8
        first = u[2]
        return list(range(first, first + count))
    count = u[0] >> 12
    g = (u[0] >> 8) & 0xF
    regs = [u[2] & 0xF, (u[2] >> 4) & 0xF, (u[2] >> 8) & 0xF, (u[2] >> 12) & 0xF, g]
    return regs[:count]
