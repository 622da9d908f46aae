"""Where the arguments of a call come from, read off one linear decode of the calling method.

Rules about code need more than constant arguments: an SQL string *built* by concatenation, an IV that is a
constant array, a key that is the bytes of a literal, an Intent created without a component. This module keeps,
for every register of the method being decoded, a small description of the value it holds (:class:`Val`) while
``dex.DexFile._confirm`` walks the instructions it decodes anyway. It is deliberately cheap and local:

* one pass, in instruction order, ignoring branches (the last write before the call wins);
* no call graph: a field read is resolved by looking at the writes in the field's own class only, and a
  parameter by looking at the direct callers in the same DEX (one level, a bounded number of callers);
* only methods that contain a call the rules asked about are decoded, as before.

Rendered kinds (``CodeCall.arg_sources``): ``const`` (literal string, number or class), ``array`` (an array with
constant contents, or bytes computed only from constants, e.g. ``"key".getBytes()``), ``concat`` (a string built by
StringBuilder / String.concat / String.format), ``new:<type><ctor proto>|m1|m2`` (an object created in the method
and the methods then called on it), ``field:<ref>``, ``param``, ``call:<ref>[<receiver]``, ``buffer`` (an array
that was handed to other code and may have been filled), or None (unknown).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scanner.facts.dex import DexFile, Instruction

MAX_METHODS = 12  # methods remembered per created object
MAX_PARTS = 24  # constant strings remembered per value

_CONCAT_RESULTS = frozenset(
    {
        "Ljava/lang/StringBuilder;->toString",
        "Ljava/lang/StringBuffer;->toString",
        "Ljava/lang/String;->concat",
        "Ljava/lang/String;->format",
        "Ljava/lang/String;->join",
        "Lkotlin/jvm/internal/Intrinsics;->stringPlus",
        "Lkotlin/text/StringsKt;->replace",
        "Lkotlin/text/StringsKt__StringsJVMKt;->replace",
    }
)
_BUILDERS = frozenset({"Ljava/lang/StringBuilder;", "Ljava/lang/StringBuffer;"})
_CONST_RETURN_TYPES = frozenset({"[B", "[C", "Ljava/lang/String;"})

#: invoke-virtual … invoke-interface and their /range forms (the one definition; dex.py uses it too).
INVOKE_OPS = frozenset((0x6E, 0x6F, 0x70, 0x71, 0x72, 0x74, 0x75, 0x76, 0x77, 0x78))
_STATIC_INVOKES = frozenset((0x71, 0x77))


@dataclass(slots=True, eq=False)
class Val:
    """What a register holds, as far as one linear pass can tell."""

    kind: str  # const | array | concat | new | field | param | call | buffer
    detail: str = ""  # type descriptor (new), field or method reference (field, call)
    string: str | None = None  # constant string value
    number: int | None = None  # constant integer value
    methods: list[str] = field(default_factory=list)  # new: methods invoked on the object, in order
    parts: list[str] = field(default_factory=list)  # constant strings that went into the value
    receiver: Val | None = None  # call: the object the method was called on
    param: int | None = None  # param: index in the method's argument registers
    field_idx: int | None = None  # field: field_ids index, resolved only where it matters
    dynamic: bool = False  # new/concat: something not constant went into the value

    def render(self) -> str:
        if self.kind == "new":
            return "new:" + self.detail + "".join("|" + m for m in self.methods)
        if self.kind in ("field", "call"):
            out = f"{self.kind}:{self.detail}"
            r = self.receiver
            if self.kind == "call" and r is not None and r.kind in ("call", "new", "field"):
                out += "<" + (f"{r.kind}:{r.detail}" if r.kind != "new" else "new:" + r.detail)
            return out
        return self.kind

    @property
    def constant(self) -> bool:
        return self.kind in ("const", "array")


def _add_parts(into: list[str], v: Val | None) -> None:
    if v is None or len(into) >= MAX_PARTS:
        return
    if v.kind == "const" and v.string:
        into.append(v.string)
    elif v.kind in ("concat", "new"):
        into.extend(v.parts[: MAX_PARTS - len(into)])


def literal(op: int, u: tuple[int, ...]) -> int:
    """The value of a const, const/4, const/16 or const/high16 instruction."""
    if op == 0x12:
        lit = (u[0] >> 12) & 0xF
        return lit - 16 if lit >= 8 else lit
    if op == 0x13:
        return u[1] - 0x10000 if u[1] >= 0x8000 else u[1]
    if op == 0x14:
        lit = u[1] | (u[2] << 16)
        return lit - (1 << 32) if lit >= (1 << 31) else lit
    return u[1] << 16


def invoke_registers(op: int, u: tuple[int, ...]) -> list[int]:
    """Argument registers of an invoke (format 35c or 3rc)."""
    if op >= 0x74:
        count = u[0] >> 8
        first = u[2]
        return list(range(first, first + count))
    count = u[0] >> 12
    g = (u[0] >> 8) & 0xF
    regs = [u[2] & 0xF, (u[2] >> 4) & 0xF, (u[2] >> 8) & 0xF, (u[2] >> 12) & 0xF, g]
    return regs[:count]


FieldResolver = Callable[[int], "Val | None"]


class Tracker:
    """Register contents of one method, updated instruction by instruction."""

    def __init__(self, dex: DexFile, registers: int, ins: int, fields: FieldResolver | None = None) -> None:
        self.dex = dex
        self.regs: dict[int, Val] = {}
        self.first_param = registers - ins
        for i, r in enumerate(range(self.first_param, registers)):
            self.regs[r] = Val("param", param=i)
        self.fields = fields
        self._pending: Val | None = None  # result of the last invoke / filled-new-array
        self._refs: dict[int, tuple[str, str, str]] = {}
        self.field_writes: list[tuple[int, Val | None]] = []  # (field idx, value) of iput/sput

    # ------------------------------------------------------------------------------------------- helpers

    def get(self, r: int) -> Val | None:
        return self.regs.get(r)

    def _set(self, r: int, v: Val | None, wide: bool = False) -> None:
        if v is None:
            self.regs.pop(r, None)
        else:
            self.regs[r] = v
        if wide:
            self.regs.pop(r + 1, None)

    def _method(self, idx: int) -> tuple[str, str, str]:
        ref = self._refs.get(idx)
        if ref is None:
            try:
                m = self.dex.method_ref(idx)
                ref = (m.class_desc, m.name, m.proto)
            except (ValueError, IndexError, KeyError):
                ref = ("?", "?", "()V")
            self._refs[idx] = ref
        return ref

    def sources(self, args: Iterable[int]) -> list[Val | None]:
        return [self.regs.get(r) for r in args]

    # ------------------------------------------------------------------------------------------- step

    def step(self, ins: Instruction, const_string: str | None = None) -> None:
        """Apply one instruction. ``const_string`` is the decoded value of a const-string, if this is one."""
        op, u = ins.op, ins.units
        pending, self._pending = self._pending, None
        if op in (0x01, 0x04, 0x07):
            self._set((u[0] >> 8) & 0xF, self.regs.get(u[0] >> 12), wide=op == 0x04)
        elif op in (0x02, 0x05, 0x08):
            self._set(u[0] >> 8, self.regs.get(u[1]), wide=op == 0x05)
        elif op in (0x03, 0x06, 0x09):
            self._set(u[1], self.regs.get(u[2]), wide=op == 0x06)
        elif op in (0x0A, 0x0B, 0x0C):
            self._set(u[0] >> 8, pending, wide=op == 0x0B)
        elif op == 0x12:
            self._set((u[0] >> 8) & 0xF, Val("const", number=literal(op, u)))
        elif op in (0x13, 0x14, 0x15):
            self._set(u[0] >> 8, Val("const", number=literal(op, u)))
        elif op in (0x16, 0x17, 0x18, 0x19):
            self._set(u[0] >> 8, Val("const"), wide=True)
        elif op in (0x1A, 0x1B):
            self._set(u[0] >> 8, Val("const", string=const_string))
        elif op == 0x1C:
            self._set(u[0] >> 8, Val("const", detail=self.dex.type_name(u[1])))
        elif op == 0x1F:
            pass  # check-cast keeps the value
        elif op == 0x22:
            self._set(u[0] >> 8, Val("new", detail=self.dex.type_name(u[1])))
        elif op == 0x23:
            self._set((u[0] >> 8) & 0xF, Val("array"))
        elif op in (0x24, 0x25):
            regs = invoke_registers(op + 0x4A if op == 0x24 else 0x74, u)
            vals = self.sources(regs)
            self._pending = Val("array") if all(v is not None and v.constant for v in vals) else Val("buffer")
        elif op == 0x26:
            pass  # fill-array-data: the array keeps constant contents
        elif 0x4B <= op <= 0x51:  # aput: a non-constant element makes the array dynamic
            arr = self.regs.get(u[1] & 0xFF)
            val = self.regs.get(u[0] >> 8)
            if arr is not None and arr.kind == "array" and not (val is not None and val.constant):
                arr.kind = "buffer"
        elif 0x52 <= op <= 0x58:  # iget
            self._set((u[0] >> 8) & 0xF, self._field(u[1]), wide=op == 0x53)
        elif 0x60 <= op <= 0x66:  # sget
            self._set(u[0] >> 8, self._field(u[1]), wide=op == 0x61)
        elif 0x59 <= op <= 0x5F:  # iput
            self.field_writes.append((u[1], self.regs.get((u[0] >> 8) & 0xF)))
        elif 0x67 <= op <= 0x6D:  # sput
            self.field_writes.append((u[1], self.regs.get(u[0] >> 8)))
        elif op in INVOKE_OPS:
            self._invoke(op, u)
        else:
            dest = dest_register(op, u)
            if dest is not None:
                self._set(dest, None)

    def _field(self, fidx: int) -> Val:
        try:
            cls, name, _typ = self.dex.field_ref(fidx)
            ref = f"{cls}->{name}"
        except (ValueError, IndexError):
            ref = f"field@{fidx}"
        return Val("field", detail=ref, field_idx=fidx)

    def resolve(self, v: Val | None) -> Val | None:
        """Turn a field read into the constant its class assigns, when it does (in place: aliases follow)."""
        if v is not None and v.kind == "field" and v.field_idx is not None and self.fields is not None:
            r = self.fields(v.field_idx)
            if r is not None:
                v.kind, v.string, v.number, v.detail = r.kind, r.string, r.number, ""
        return v

    def _constant(self, v: Val | None) -> bool:
        """A constant (after resolving a field read), or an array created empty/with constant contents."""
        if v is None:
            return False
        if v.kind == "field":
            self.resolve(v)
        return v.constant

    def _invoke(self, op: int, u: tuple[int, ...]) -> None:
        regs = invoke_registers(op, u)
        cls, name, proto = self._method(u[1])
        ref = f"{cls}->{name}"
        ret = proto[proto.rfind(")") + 1 :]
        vals = self.sources(regs)
        static = op in _STATIC_INVOKES
        recv = None if static or not vals else vals[0]
        args = vals if static else vals[1:]
        if recv is not None and recv.kind == "new":
            if name == "<init>":
                recv.detail += proto
            elif len(recv.methods) < MAX_METHODS:
                recv.methods.append(name)
            for a in args:
                _add_parts(recv.parts, a)
                if not self._constant(a):
                    recv.dynamic = True
        # Arrays handed to other code may be filled there (SecureRandom.nextBytes, System.arraycopy …).
        for a in args:
            if a is not None and a.kind == "array" and name != "<init>":
                a.kind = "buffer"
        if ret == "V":
            return
        if ref in _CONCAT_RESULTS or (name == "toString" and recv is not None and recv.kind == "concat"):
            parts: list[str] = []
            for v in vals:
                _add_parts(parts, v)
            # Only constants went in ("DROP TABLE " + TABLE): the result is a constant, not a concatenation.
            dynamic = any(v is not None and v.kind in ("new", "concat") and v.dynamic for v in vals) or any(
                not self._constant(v) for v in vals if v is None or v.kind not in ("new", "concat")
            )
            self._pending = Val("concat", parts=parts, dynamic=True) if dynamic else Val("const")
        elif recv is not None and recv.kind == "new" and (ret == recv.detail.split("(")[0] or cls in _BUILDERS):
            self._pending = recv  # fluent builder: the call returns the receiver itself
        elif ret in _CONST_RETURN_TYPES and vals and all(v is not None and self.resolve(v).constant for v in vals):  # type: ignore[union-attr]
            self._pending = Val("array" if ret.startswith("[") else "const")
        else:
            self._pending = Val("call", detail=ref, receiver=recv)


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


def dest_register(op: int, u: tuple[int, ...]) -> int | None:
    """The register an instruction writes, so constants held there are forgotten."""
    if op in _DEST_4BIT:
        return (u[0] >> 8) & 0xF
    if op in _DEST_8BIT:
        return u[0] >> 8
    if op in (0x03, 0x06, 0x09) and len(u) > 1:
        return u[1]
    return None
