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
from dataclasses import dataclass, field, replace
from functools import cached_property

import numpy as np
import numpy.typing as npt

from scanner.facts.dex_flow import INVOKE_OPS, Tracker, Val, invoke_registers

_NO_INDEX = 0xFFFFFFFF

TYPE_STRING_DATA_ITEM = 0x2002
TYPE_CODE_ITEM = 0x2001
TYPE_CLASS_DATA_ITEM = 0x2000

SGET_OPS = tuple(range(0x60, 0x67))
IGET_OPS = tuple(range(0x52, 0x59))
CONST_STRING = 0x1A
_CONSTANT_FIELD_TYPES = frozenset({"Ljava/lang/String;", "[B", "[C", "I", "J"})
CONST_STRING_JUMBO = 0x1B


class DexError(ValueError):
    """The DEX file is damaged in a way that stops reading it."""


#: What reading a damaged DEX can raise after the header checks: :class:`DexError`, and the ``ValueError`` /
#: ``IndexError`` / ``struct.error`` of numpy and struct on offsets and indices the file lies about. Tables are
#: read lazily, so callers that walk code or strings catch these per DEX and report the DEX as damaged.
DEX_ERRORS: tuple[type[Exception], ...] = (ValueError, IndexError, struct.error)


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
    """Decode DEX's modified UTF-8 (surrogate pairs encoded separately, NUL as C0 80).

    Never raises: bytes that are not even modified UTF-8 (a damaged or hostile DEX) become U+FFFD, so one bad
    string cannot stop the reading of a class list.
    """
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    raw = raw.replace(b"\xc0\x80", b"\x00")
    try:
        s = raw.decode("utf-8", errors="surrogatepass")
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors="replace")
    try:
        return s.encode("utf-16", errors="surrogatepass").decode("utf-16")
    except UnicodeDecodeError:
        return s.encode("utf-8", errors="surrogatepass").decode("utf-8", errors="replace")


def descriptor_to_dotted(desc: str) -> str:
    """``Lcom/foo/Bar$Baz;`` → ``com.foo.Bar$Baz``."""
    if desc.startswith("L") and desc.endswith(";"):
        return desc[1:-1].replace("/", ".")
    return desc


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
    #: Where each argument register's value comes from (dex_flow.Val.render), None when unknown.
    arg_sources: tuple[str | None, ...] = ()
    #: Constant strings that went into the arguments (parts of a concatenation, extras put into an Intent …).
    arg_parts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DexGate:
    """A call site of a gated target counts only in methods that call one of ``methods`` (method_ids), load one
    of ``strings`` (string_ids) or whose name matches ``names``: a cheap pre-filter for very common targets."""

    methods: frozenset[int] = frozenset()
    strings: frozenset[int] = frozenset()
    names: tuple[re.Pattern[str], ...] = ()


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
    sorted_code: npt.NDArray[np.int64] = field(default_factory=lambda: np.zeros(0, np.int64))


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
        self._class_writes: dict[int, dict[int, list[Val | None]]] = {}
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

    def methods_named(self, name: str) -> list[tuple[int, str]]:
        """(method_ids index, class descriptor) of every method reference called ``name``, any class."""
        n = self.find_string(name)
        if n is None:
            return []
        names = self._method_ids[:, 2].astype(np.int64) | (self._method_ids[:, 3].astype(np.int64) << 16)
        return [(int(i), self.type_name(int(self._method_ids[i, 0]))) for i in np.flatnonzero(names == n)]

    def class_def_index(self, type_idx: int) -> int | None:
        """class_defs row of the class with this type index, when this DEX defines it."""
        return self._class_def_by_type.get(type_idx)

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
        table.sorted_code = table.code_off[table.by_code]
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

    def _methods_at(self, offsets: list[int]) -> dict[tuple[int, int], set[int]]:
        """Byte offsets grouped by the method whose instructions contain them: (method_ids index, code_off) →
        offsets, in first-seen order; an offset inside no method is dropped. A candidate search returns thousands
        of offsets, so the method of each is found in one vectorised search, and each method's bounds read once."""
        t = self.methods
        out: dict[tuple[int, int], set[int]] = {}
        if t.code_off.size == 0 or not offsets:
            return out
        offs = np.asarray(offsets, dtype=np.int64)
        pos = np.searchsorted(t.sorted_code, offs, side="right") - 1
        inside = pos >= 0
        bounds: dict[int, tuple[tuple[int, int], int, int]] = {}
        for off, row in zip(offs[inside].tolist(), t.by_code[pos[inside]].tolist(), strict=True):
            b = bounds.get(row)
            if b is None:
                code_off = int(t.code_off[row])
                start, end = self._code_bounds(code_off)
                b = bounds[row] = ((int(t.method_idx[row]), code_off), start, end)
            if b[1] <= off < b[2]:
                out.setdefault(b[0], set()).add(off)
        return out

    def _units(self, code_off: int) -> tuple[int, memoryview]:
        """(file offset of the first instruction, the method's 16-bit code units)."""
        start, end = self._code_bounds(code_off)
        if not start:
            return 0, memoryview(b"").cast("H")
        # DEX is little-endian, as are the machines eduscan runs on (x86-64, arm64).
        return start, memoryview(self.data)[start : start + ((end - start) // 2) * 2].cast("H")

    def instructions(self, code_off: int) -> Iterator[Instruction]:
        """Decode one method linearly. Payload pseudo-instructions are skipped."""
        start, units = self._units(code_off)
        n = len(units)
        i = 0
        while i < n:
            u = units[i]
            op = u & 0xFF
            if op == 0 and u in (0x0100, 0x0200, 0x0300) and i + 1 < n:
                i = _skip_payload(units, i, u, n)
                continue
            w = _WIDTH[op]
            yield Instruction(start + 2 * i, op, tuple(units[i : i + w]))
            i += w

    def real_offsets(self, code_off: int, offs: set[int]) -> set[int]:
        """Which of ``offs`` start an instruction: a width-only walk, much cheaper than decoding, that drops
        candidates found inside other instructions' operands before the full decode."""
        start, units = self._units(code_off)
        n = len(units)
        wanted = {(o - start) // 2 for o in offs if (o - start) % 2 == 0}
        last = max(wanted, default=-1)
        found: set[int] = set()
        width = _WIDTH
        i = 0
        while i <= last and i < n:
            if i in wanted:
                found.add(start + 2 * i)
            u = units[i]
            if u & 0xFF == 0 and u in (0x0100, 0x0200, 0x0300) and i + 1 < n:
                i = _skip_payload(units, i, u, n)
                continue
            i += width[u & 0xFF]
        return found

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

    def call_sites(
        self, kind: str, targets: set[int], resolve: bool = True, gates: dict[int, DexGate] | None = None
    ) -> list[CallSite]:
        """Instructions that invoke (``method``), read statically (``field``) or load (``string``) a target.

        ``resolve`` also looks one level up for arguments that are the calling method's own parameters.

        Candidates from the vectorised search are confirmed by decoding the containing method, so operand
        bytes that merely look like an invoke are dropped.
        """
        if not targets:
            return []
        ops: Iterable[int]
        if kind == "method":
            ops = INVOKE_OPS
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
        by_method = self._methods_at(offsets)
        if gates:
            by_method = self._apply_gates(by_method, gates)
        sites: list[CallSite] = []
        for (midx, code_off), offs in sorted(by_method.items(), key=lambda kv: kv[0][1]):
            real = self.real_offsets(code_off, offs)
            if real:
                sites.extend(self._confirm(kind, targets, midx, code_off, real))
        if kind == "method" and resolve:
            sites = self.resolve_params(sites)
        return sites

    def _apply_gates(
        self, by_method: dict[tuple[int, int], set[int]], gates: dict[int, DexGate]
    ) -> dict[tuple[int, int], set[int]]:
        """Drop candidates of gated targets in methods where no gate passes (one vectorised pass for all gates)."""
        gate_methods = frozenset().union(*(g.methods for g in gates.values()))
        gate_strings = frozenset().union(*(g.strings for g in gates.values()))
        present: dict[tuple[int, int], set[tuple[str, int]]] = {}
        for kind, ops, wanted in (("m", INVOKE_OPS, gate_methods), ("s", (CONST_STRING,), gate_strings)):
            offs = self._candidates(ops, wanted).tolist() if wanted else []
            if kind == "s":
                big = [t for t in wanted if t >= 0x10000]
                offs += self._jumbo_candidates(big) if big else []
            for owner, owner_offs in self._methods_at(offs).items():
                if owner not in by_method:
                    continue
                for off in owner_offs:
                    if kind == "s" and self.data[off] == CONST_STRING_JUMBO:
                        idx = struct.unpack_from("<I", self.data, off + 2)[0]
                    else:
                        idx = struct.unpack_from("<H", self.data, off + 2)[0]
                    present.setdefault(owner, set()).add((kind, idx))
        out: dict[tuple[int, int], set[int]] = {}
        for owner, offs_in in by_method.items():
            have = present.get(owner, set())
            name: str | None = None
            kept: set[int] = set()
            for off in offs_in:
                gate = gates.get(struct.unpack_from("<H", self.data, off + 2)[0])
                if gate is None:
                    kept.add(off)
                    continue
                if any(("m", m) in have for m in gate.methods) or any(("s", x) in have for x in gate.strings):
                    kept.add(off)
                    continue
                if gate.names:
                    if name is None:
                        name = self.method_ref(owner[0]).name
                    if any(p.search(name) for p in gate.names):
                        kept.add(off)
            if kept:
                out[owner] = kept
        return out

    def _jumbo_candidates(self, targets: list[int]) -> list[int]:
        """Offsets of ``const-string/jumbo vAA, string@BBBBBBBB`` for string indices past 0xFFFF, vectorised:
        one pass over the code section whatever the number of targets."""
        start, end = self.code_region()
        start += start & 1
        count = (end - start) // 2
        if count < 3:
            return []
        units = np.frombuffer(self.data, "<u2", count, start)
        ops = np.flatnonzero((units[:-2] & 0xFF) == CONST_STRING_JUMBO)
        if ops.size == 0:
            return []
        idx = units[ops + 1].astype(np.int64) | (units[ops + 2].astype(np.int64) << 16)
        keep = np.isin(idx, np.asarray(sorted(targets), dtype=np.int64))
        return (ops[keep] * 2 + start).astype(np.int64).tolist()  # type: ignore[no-any-return]

    def _code_header(self, code_off: int) -> tuple[int, int]:
        """(registers_size, ins_size) of a code_item."""
        if code_off == 0 or code_off + 16 > len(self.data):
            return 0, 0
        regs, ins = struct.unpack_from("<HH", self.data, code_off)
        return int(regs), int(ins)

    def _confirm(
        self,
        kind: str,
        targets: set[int],
        midx: int,
        code_off: int,
        offs: set[int],
    ) -> list[CallSite]:
        """Decode one method, keep the candidate offsets that are real instructions, recover what the
        arguments are (constants, concatenations, fresh objects … see dex_flow)."""
        registers, ins_size = self._code_header(code_off)
        tracker = Tracker(self, registers, ins_size, self.field_value)
        loaded: set[str] = set()
        hits: list[CallSite] = []
        empty: frozenset[str] = frozenset()
        for ins in self.instructions(code_off):
            op, u = ins.op, ins.units
            s: str | None = None
            if op in (CONST_STRING, CONST_STRING_JUMBO):
                sidx = u[1] if op == CONST_STRING else u[1] | (u[2] << 16)
                try:
                    s = self.string(sidx)
                except DexError:
                    s = ""
                loaded.add(s)
                if kind == "string" and ins.offset in offs and sidx in targets:
                    hits.append(CallSite(kind, sidx, midx, ins.offset))
            elif op in INVOKE_OPS:
                if kind == "method" and ins.offset in offs and u[1] in targets:
                    vals = [tracker.resolve(v) for v in tracker.sources(invoke_registers(op, u))]
                    hits.append(_snapshot(u[1], midx, ins.offset, vals))  # before the call changes them
            elif kind == "field" and ins.offset in offs and u[1] in targets and (op in SGET_OPS or op in IGET_OPS):
                hits.append(CallSite(kind, u[1], midx, ins.offset))
            tracker.step(ins, s)
        frozen = frozenset(loaded) or empty
        return [replace(h, method_strings=frozen) for h in hits]

    # ---------------------------------------------------------------------------------------- values

    @cached_property
    def _class_def_by_type(self) -> dict[int, int]:
        return {int(t): i for i, t in enumerate(self._class_defs[:, 0].tolist())}

    def field_value(self, fidx: int) -> Val | None:
        """A fresh Val for a field that its own class only ever assigns constants (or constant arrays).

        Reads the writes in the methods of the field's defining class, nothing else, so a key kept in a
        field (``private String key = "…"`` set in ``<init>``) is recognised where it is used. Only fields of
        a type that can hold a constant are looked at, and each class is decoded once.
        """
        if not 0 <= fidx < self.field_ids_size:
            return None
        cls_t, type_t = int(self._field_ids[fidx, 0]), int(self._field_ids[fidx, 1])
        if self.type_name(type_t) not in _CONSTANT_FIELD_TYPES:
            return None
        if cls_t not in self._class_writes:
            self._class_writes[cls_t] = self._writes_of_class(cls_t)
        written = self._class_writes[cls_t].get(fidx)
        if not written or any(v is None or not v.constant for v in written):
            return None
        kinds = {v.kind for v in written if v is not None}
        strings = {v.string for v in written if v is not None}
        first = written[0]
        assert first is not None
        return Val(
            "array" if "array" in kinds else "const",
            string=first.string if len(strings) == 1 else None,
            number=first.number if len(written) == 1 else None,
        )

    def _writes_of_class(self, cls_t: int) -> dict[int, list[Val | None]]:
        """field idx → values written by iput/sput in the methods of one class (empty if not defined here)."""
        ci = self._class_def_by_type.get(cls_t)
        out: dict[int, list[Val | None]] = {}
        if ci is None:
            return out
        try:
            for _m, code_off in self.methods_of_class(ci):
                if not code_off:
                    continue
                registers, ins_size = self._code_header(code_off)
                tracker = Tracker(self, registers, ins_size, None)
                for ins in self.instructions(code_off):
                    s = None
                    if ins.op in (CONST_STRING, CONST_STRING_JUMBO):
                        sidx = ins.units[1] if ins.op == CONST_STRING else ins.units[1] | (ins.units[2] << 16)
                        s = self.string(sidx)
                    tracker.step(ins, s)
                for f, v in tracker.field_writes:
                    out.setdefault(f, []).append(v)
        except (DexError, IndexError, ValueError):
            return {}
        return out

    def resolve_params(self, sites: list[CallSite], max_callers: int = 16) -> list[CallSite]:
        """Replace ``param`` arguments by what the direct callers in this DEX pass (one level, bounded).

        A helper such as ``encrypt(byte[] iv, byte[] key, …)`` hides a constant IV passed by its caller;
        ``query(String where)`` hides a concatenation. Callers are found with the same vectorised search,
        in one pass for all such helpers; a helper with more than ``max_callers`` call sites is left alone.
        """
        wanted = {s.caller for s in sites if any(a == "param" for a in s.arg_sources)}
        if not wanted:
            return sites
        callers: dict[int, list[CallSite]] = {}
        for site in self.call_sites("method", wanted, resolve=False):
            callers.setdefault(site.target, []).append(site)
        out: list[CallSite] = []
        for s in sites:
            calls = callers.get(s.caller, [])
            if "param" not in s.arg_sources or not calls or len(calls) > max_callers:
                out.append(s)
                continue
            out.extend(self._with_params(s, calls))
        return out

    def _with_params(self, s: CallSite, calls: list[CallSite]) -> list[CallSite]:
        code_off = self._code_of(s.caller)
        registers, ins_size = self._code_header(code_off) if code_off else (0, 0)
        first_param = registers - ins_size
        # Argument index in the hit → parameter index of the enclosing method (register - first param).
        params: dict[int, int] = {}
        regs = self._site_registers(s)
        for i, r in enumerate(regs):
            if i < len(s.arg_sources) and s.arg_sources[i] == "param" and r >= first_param:
                params[i] = r - first_param
        if not params:
            return [s]
        variants: dict[tuple[tuple[str | None, ...], tuple[str | None, ...]], list[str]] = {}
        for c in calls:
            sources = list(s.arg_sources)
            strings = list(s.string_args)
            for i, p in params.items():
                if p < len(c.arg_sources):
                    sources[i] = c.arg_sources[p]
                    if i < len(strings) and p < len(c.string_args):
                        strings[i] = c.string_args[p]
            key = (tuple(sources), tuple(strings))
            parts = variants.setdefault(key, [])
            parts.extend(x for x in c.arg_parts if x not in parts)
        out: list[CallSite] = []
        for (sources_t, strings_t), parts in sorted(variants.items(), key=lambda kv: repr(kv[0]))[:4]:
            out.append(
                CallSite(
                    s.kind,
                    s.target,
                    s.caller,
                    s.offset,
                    strings_t,
                    s.int_args,
                    s.method_strings,
                    sources_t,
                    tuple(dict.fromkeys((*s.arg_parts, *parts))),
                )
            )
        return out

    def _code_of(self, midx: int) -> int:
        t = self.methods
        hit = np.flatnonzero(t.method_idx == midx)
        return int(t.code_off[hit[0]]) if hit.size else 0

    def _site_registers(self, s: CallSite) -> list[int]:
        """Argument registers of the invoke at ``s.offset``."""
        pos = s.offset
        if pos + 6 > len(self.data):
            return []
        units = struct.unpack_from("<3H", self.data, pos)
        op = units[0] & 0xFF
        return invoke_registers(op, units) if op in INVOKE_OPS else []


def _snapshot(target: int, caller: int, offset: int, vals: list[Val | None]) -> CallSite:
    """A method call site with its arguments rendered now: later instructions mutate the values."""
    parts: list[str] = []
    for v in vals:
        if v is not None and v.kind in ("concat", "new"):
            parts.extend(p for p in v.parts if p not in parts)
    return CallSite(
        "method",
        target,
        caller,
        offset,
        tuple(v.string if v is not None and v.kind == "const" else None for v in vals),
        tuple(v.number if v is not None and v.kind == "const" else None for v in vals),
        frozenset(),
        tuple(v.render() if v is not None else None for v in vals),
        tuple(parts),
    )


def _skip_payload(units: memoryview, i: int, ident: int, n: int) -> int:
    """Index after a packed-switch, sparse-switch or fill-array-data payload starting at ``i``."""
    size = units[i + 1]
    if ident == 0x0100:
        return int(i + size * 2 + 4)
    if ident == 0x0200:
        return int(i + size * 4 + 2)
    if i + 3 >= n:
        return n
    count = units[i + 2] | (units[i + 3] << 16)
    return int(i + (count * size + 1) // 2 + 4)
