"""Tiny, dependency-free Mach-O helpers shared by the sample build tools.

Only what the eduscan iOS fixtures need: thin little-endian 64-bit Mach-O
(arm64 / x86_64) and fat headers.  Not a general parser.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

MH_MAGIC_64 = 0xFEEDFACF
FAT_MAGIC = 0xCAFEBABE
FAT_MAGIC_64 = 0xCAFEBABF

LC_SEGMENT_64 = 0x19
LC_CODE_SIGNATURE = 0x1D
LC_ENCRYPTION_INFO_64 = 0x2C

MH_EXECUTE = 0x2
MH_DYLIB = 0x6

CPU_TYPE_X86_64 = 0x01000007
CPU_TYPE_ARM64 = 0x0100000C


@dataclass
class LoadCommand:
    """One load command: its type, file offset and size."""

    cmd: int
    offset: int
    size: int


@dataclass
class Segment:
    """An LC_SEGMENT_64 with the offset of its load command."""

    name: str
    cmd_offset: int
    vmaddr: int
    vmsize: int
    fileoff: int
    filesize: int


class ThinMachO:
    """A thin 64-bit little-endian Mach-O held in memory."""

    def __init__(self, data: bytes | bytearray) -> None:
        self.data = bytearray(data)
        magic, self.cputype, self.cpusubtype, self.filetype, self.ncmds, self.sizeofcmds, self.flags = (
            struct.unpack_from("<IiiIIII", self.data, 0)
        )
        if magic != MH_MAGIC_64:
            raise ValueError(f"not a thin 64-bit little-endian Mach-O (magic {magic:#x})")

    def load_commands(self) -> list[LoadCommand]:
        """Return all load commands in file order."""
        out = []
        off = 32
        for _ in range(self.ncmds):
            cmd, size = struct.unpack_from("<II", self.data, off)
            out.append(LoadCommand(cmd, off, size))
            off += size
        return out

    def find(self, cmd: int) -> LoadCommand | None:
        """First load command of type cmd, or None."""
        for lc in self.load_commands():
            if lc.cmd == cmd:
                return lc
        return None

    def segments(self) -> list[Segment]:
        """All LC_SEGMENT_64 commands."""
        segs = []
        for lc in self.load_commands():
            if lc.cmd == LC_SEGMENT_64:
                name = self.data[lc.offset + 8 : lc.offset + 24].rstrip(b"\0").decode()
                vmaddr, vmsize, fileoff, filesize = struct.unpack_from("<QQQQ", self.data, lc.offset + 24)
                segs.append(Segment(name, lc.offset, vmaddr, vmsize, fileoff, filesize))
        return segs

    def segment(self, name: str) -> Segment:
        """The segment called name (KeyError if absent)."""
        for s in self.segments():
            if s.name == name:
                return s
        raise KeyError(name)

    def set_segment_sizes(self, seg: Segment, vmsize: int, filesize: int) -> None:
        """Rewrite vmsize/filesize of a segment's load command."""
        struct.pack_into("<Q", self.data, seg.cmd_offset + 32, vmsize)
        struct.pack_into("<Q", self.data, seg.cmd_offset + 48, filesize)


def fat_slices(data: bytes) -> list[tuple[int, int, int]]:
    """(cputype, offset, size) of each slice; a thin file gives one entry."""
    magic = struct.unpack_from(">I", data, 0)[0]
    if magic == FAT_MAGIC:
        n = struct.unpack_from(">I", data, 4)[0]
        res = []
        for i in range(n):
            cputype, _sub, off, size, _align = struct.unpack_from(">iiIII", data, 8 + 20 * i)
            res.append((cputype, off, size))
        return res
    if magic == FAT_MAGIC_64:
        n = struct.unpack_from(">I", data, 4)[0]
        res = []
        for i in range(n):
            cputype, _sub, off, size, _align, _res = struct.unpack_from(">iiQQII", data, 8 + 32 * i)
            res.append((cputype, off, size))
        return res
    cputype = struct.unpack_from("<i", data, 4)[0]
    return [(cputype, 0, len(data))]
