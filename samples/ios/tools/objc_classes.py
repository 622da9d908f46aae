#!/usr/bin/env python3
"""List Objective-C classes of each slice by walking __objc_classlist.

Test helper for the eduscan iOS fixtures (free lief has no ObjC metadata; the
scanner has its own walker).  Stdlib only.  Handles 64-bit slices, plain
rebased pointers (lld 14 output) and masks arm64e/chained-fixup style high
bits; relative and absolute method lists.

    python3 objc_classes.py BINARY [--json]

Output per slice: class name, instance methods, class methods.  A name that
is not printable UTF-8 (e.g. in an encrypted binary) is reported as
"<unreadable:HEX>".
"""

from __future__ import annotations

import json
import os
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from machotools import LC_SEGMENT_64, ThinMachO, fat_slices

PTR_MASK = 0x0000_000F_FFFF_FFFF  # strip chained-fixup / PAC high bits (vm addr < 64 GiB)
FAST_DATA_MASK = 0x0000_7FFF_FFFF_FFF8


class Image:
    """Virtual-address reads over one thin 64-bit slice."""

    def __init__(self, data: bytes) -> None:
        self.m = ThinMachO(data)
        self.data = bytes(self.m.data)
        self.sections: dict[tuple[str, str], tuple[int, int, int]] = {}
        for lc in self.m.load_commands():
            if lc.cmd != LC_SEGMENT_64:
                continue
            nsects = struct.unpack_from("<I", self.data, lc.offset + 64)[0]
            for i in range(nsects):
                s = lc.offset + 72 + 80 * i
                sect = self.data[s : s + 16].rstrip(b"\0").decode()
                seg = self.data[s + 16 : s + 32].rstrip(b"\0").decode()
                addr, size, off = struct.unpack_from("<QQI", self.data, s + 32)
                self.sections[(seg, sect)] = (addr, size, off)
        self.segs = self.m.segments()
        self.base = min((s.vmaddr for s in self.segs if s.filesize and s.name != "__PAGEZERO"), default=0)

    def off(self, vm: int) -> int | None:
        """File offset of a virtual address (None if unmapped)."""
        for s in self.segs:
            if s.vmaddr <= vm < s.vmaddr + s.filesize:
                return s.fileoff + (vm - s.vmaddr)
        return None

    def ptr(self, vm: int) -> int:
        """Read and clean up a pointer stored at vm."""
        o = self.off(vm)
        if o is None:
            return 0
        raw = struct.unpack_from("<Q", self.data, o)[0]
        if raw >> 63:  # chained fixup rebase: low 36 bits are a target offset
            return self.base + (raw & PTR_MASK)
        return raw & PTR_MASK

    def u32(self, vm: int) -> int:
        """Read a little-endian u32 at vm."""
        o = self.off(vm)
        return struct.unpack_from("<I", self.data, o)[0] if o is not None else 0

    def i32(self, vm: int) -> int:
        """Read a little-endian i32 at vm."""
        o = self.off(vm)
        return struct.unpack_from("<i", self.data, o)[0] if o is not None else 0

    def cstr(self, vm: int) -> str:
        """C string at vm; non-printable or non-UTF-8 -> '<unreadable:..>'."""
        o = self.off(vm)
        if o is None or vm == 0:
            return "<unmapped>"
        end = self.data.find(b"\0", o, o + 512)
        raw = self.data[o : end if end >= 0 else o + 64]
        try:
            s = raw.decode("utf-8")
            if s and s.isprintable():
                return s
        except UnicodeDecodeError:
            pass
        return f"<unreadable:{raw[:8].hex()}>"

    def methods(self, ml: int) -> list[str]:
        """Selector names of a method_list_t."""
        if not ml:
            return []
        entsize_flags, count = self.u32(ml), self.u32(ml + 4)
        relative = bool(entsize_flags & 0x8000_0000)
        entsize = entsize_flags & 0xFFFC
        names = []
        for i in range(count):
            e = ml + 8 + i * entsize
            if relative:  # name is an offset to a selector reference
                selref = e + self.i32(e)
                names.append(self.cstr(self.ptr(selref)))
            else:
                names.append(self.cstr(self.ptr(e)))
        return names

    def classes(self) -> list[dict]:
        """Walk __objc_classlist."""
        sec = self.sections.get(("__DATA_CONST", "__objc_classlist")) or self.sections.get(
            ("__DATA", "__objc_classlist")
        )
        if not sec:
            return []
        addr, size, _ = sec
        out = []
        for i in range(size // 8):
            cls = self.ptr(addr + 8 * i)
            ro = self.ptr(cls + 32) & FAST_DATA_MASK
            meta = self.ptr(cls)
            meta_ro = self.ptr(meta + 32) & FAST_DATA_MASK if meta else 0
            out.append(
                {
                    "name": self.cstr(self.ptr(ro + 24)),
                    "instance_methods": self.methods(self.ptr(ro + 32)),
                    "class_methods": self.methods(self.ptr(meta_ro + 32)) if meta_ro else [],
                }
            )
        return out


def classes_of(path: str) -> list[dict]:
    """[{cputype, classes}] for each slice of the file at path."""
    with open(path, "rb") as f:
        data = f.read()
    res = []
    for cputype, off, size in fat_slices(data):
        res.append({"cputype": hex(cputype & 0xFFFFFFFF), "classes": Image(data[off : off + size]).classes()})
    return res


def main(argv: list[str]) -> int:
    """Print classes of argv[0]."""
    res = classes_of(argv[0])
    if "--json" in argv:
        print(json.dumps(res, indent=1, ensure_ascii=False))
        return 0
    for sl in res:
        print(f"slice {sl['cputype']}")
        for c in sl["classes"]:
            print(f"  {c['name']}  -{c['instance_methods']}  +{c['class_methods']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
