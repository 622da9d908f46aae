"""A defensive, read-only ZIP reader for untrusted installer packages.

Why not :mod:`zipfile`: evasive APKs are built to break desktop tools while Android still installs them
(apkInspector documents the tricks): unknown compression methods that Android treats as STORED, a fake
"encrypted" flag, local headers that disagree with the central directory, junk before the archive,
absurd declared sizes. We follow Android's reading (central directory first, data located through the
local header) and record every oddity as a *tamper note* instead of failing.

Safety: nothing is ever extracted to disk, names are only strings (so traversal names cannot write
anywhere), and inflation is bounded per entry and per archive so a zip bomb stops early with a clear error.
The file is memory-mapped, so peak memory is what we inflate, not the package size.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from scanner.errors import PackageError

_EOCD_SIG = b"PK\x05\x06"
_EOCD64_LOC_SIG = b"PK\x06\x07"
_EOCD64_SIG = b"PK\x06\x06"
_CDH_SIG = b"PK\x01\x02"
_LFH_SIG = b"PK\x03\x04"

_MAGICS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x7fELF", "an ELF binary"),
    (b"dex\n", "a bare DEX file"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O binary"),
    (b"\xca\xfe\xba\xbe", "a Mach-O fat binary or Java class"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x1f\x8b", "a gzip file"),
    (b"<?xml", "an XML document"),
    (b"<!DOCTYPE", "an HTML document"),
    (b"<html", "an HTML document"),
    (b"bplist", "a property list"),
)


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds that keep hostile archives from exhausting time or memory."""

    max_entries: int = 200_000
    max_entry_size: int = 1 << 30  # 1 GiB inflated for one entry
    max_total_inflated: int = 4 << 30  # 4 GiB inflated over one scan
    max_ratio: int = 1_000  # inflated / compressed beyond which a large entry is a bomb
    ratio_floor: int = 50 << 20  # the ratio check applies to entries inflating past 50 MiB


@dataclass(frozen=True, slots=True)
class ZipEntry:
    """One central-directory record."""

    name: str
    method: int
    flags: int
    crc: int
    compressed_size: int
    size: int
    header_offset: int
    index: int
    dos_date: int = 0
    dos_time: int = 0


@dataclass(slots=True)
class TamperNote:
    """Something about the archive that a well-formed APK would not have."""

    code: str
    detail: str
    entry: str | None = None


@dataclass(slots=True)
class _Budget:
    inflated: int = 0


def sniff(head: bytes) -> str | None:
    """Say what a non-zip file looks like, for a useful error line."""
    for magic, what in _MAGICS:
        if head.startswith(magic):
            return what
    if not head:
        return "an empty file"
    return None


class SafeZip:
    """Read entries of a ZIP held in a file (memory-mapped) or in bytes."""

    def __init__(
        self,
        source: Path | bytes,
        *,
        label: str | None = None,
        limits: Limits | None = None,
        budget: _Budget | None = None,
    ) -> None:
        self.limits = limits or Limits()
        self.label = label or (source.name if isinstance(source, Path) else "<memory>")
        self.notes: list[TamperNote] = []
        self._budget = budget or _Budget()
        self._mmap: mmap.mmap | None = None
        self._file = None
        if isinstance(source, Path):
            self._file = source.open("rb")
            size = os.fstat(self._file.fileno()).st_size
            if size == 0:
                self._file.close()
                raise PackageError(f"{self.label}: empty file", f"{self.label}：文件为空", code="empty")
            self._mmap = mmap.mmap(self._file.fileno(), 0, access=mmap.ACCESS_READ)
            self._data: bytes | mmap.mmap = self._mmap
        else:
            if not source:
                raise PackageError(f"{self.label}: empty file", f"{self.label}：文件为空", code="empty")
            self._data = source
        try:
            self.entries: list[ZipEntry] = self._read_central_directory()
        except Exception:
            self.close()
            raise
        self._by_name: dict[str, ZipEntry] = {}
        for e in self.entries:
            if e.name in self._by_name:
                # Android rejects duplicate names since 2017; older tools take one or the other.
                self.notes.append(TamperNote("duplicate-entry", "the same name appears twice", e.name))
                continue
            self._by_name[e.name] = e
            self._check_name(e.name)

    # -- lifecycle ------------------------------------------------------------------------------------

    def close(self) -> None:
        if self._mmap is not None:
            # A view may still be alive (e.g. in a traceback); the mapping then goes when it is collected.
            with contextlib.suppress(BufferError):
                self._mmap.close()
            self._mmap = None
        if self._file is not None:
            self._file.close()
            self._file = None

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- queries --------------------------------------------------------------------------------------

    @property
    def size(self) -> int:
        return len(self._data)

    def raw(self, start: int, end: int) -> bytes:
        """Bytes of the archive file itself (for the APK Signing Block)."""
        return bytes(self._data[max(0, start) : max(0, end)])

    def names(self) -> list[str]:
        return list(self._by_name)

    def get(self, name: str) -> ZipEntry | None:
        return self._by_name.get(name)

    def __contains__(self, name: str) -> bool:
        return name in self._by_name

    def iter_entries(self) -> Iterator[ZipEntry]:
        return iter(self._by_name.values())

    def read(self, name: str | ZipEntry, *, max_size: int | None = None) -> bytes:
        """Inflate one entry, bounded. Raises PackageError for a bomb, ValueError for a damaged entry."""
        entry = self._by_name.get(name) if isinstance(name, str) else name
        if entry is None:
            raise KeyError(name)
        limit = min(max_size or self.limits.max_entry_size, self.limits.max_entry_size)
        raw = self._raw_data(entry)
        try:
            out = self._decode(entry, raw, limit)
        finally:
            raw.release()
        self._budget.inflated += len(out)
        if self._budget.inflated > self.limits.max_total_inflated:
            raise PackageError(
                f"{self.label}: more than {self.limits.max_total_inflated >> 20} MiB inflated in total (zip bomb?)",
                f"{self.label}：解压总量超过 {self.limits.max_total_inflated >> 20} MiB（疑似压缩炸弹）",
                code="zip-bomb",
            )
        if entry.size != len(out) and entry.method in (0, 8):
            self.notes.append(TamperNote("size-mismatch", f"declared {entry.size} bytes, read {len(out)}", entry.name))
        return out

    def _decode(self, entry: ZipEntry, raw: memoryview, limit: int) -> bytes:
        if entry.method == 0:
            out = bytes(raw[: limit + 1])
            if len(out) > limit:
                raise self._too_big(entry, limit)
        elif entry.method == 8:
            out = self._inflate(entry, raw, limit)
        else:
            # Android reads unknown methods as STORED. Keep that reading unless it contradicts the declared
            # size and deflating matches it (deflated data behind a fake method number).
            self.notes.append(TamperNote("odd-compression", f"compression method {entry.method}", entry.name))
            out = bytes(raw[:limit])
            if len(out) != entry.size:
                try:
                    inflated = self._inflate(entry, raw, limit)
                except ValueError:
                    inflated = b""
                if len(inflated) == entry.size:
                    out = inflated
        return out

    @staticmethod
    def entry_date(entry: ZipEntry) -> date | None:
        """The entry's DOS modification date, or None when it is not a valid date."""
        d = entry.dos_date
        try:
            return date(1980 + (d >> 9), (d >> 5) & 0xF, d & 0x1F)
        except ValueError:
            return None

    def child(self, name: str) -> SafeZip:
        """Open a nested archive (split APK inside .apks/.xapk) sharing this archive's budget."""
        data = self.read(name)
        return SafeZip(data, label=f"{self.label}!{name}", limits=self.limits, budget=self._budget)

    # -- internals ------------------------------------------------------------------------------------

    def _too_big(self, entry: ZipEntry, limit: int) -> PackageError:
        return PackageError(
            f"{self.label}: entry {entry.name!r} inflates beyond {limit >> 20} MiB (zip bomb?)",
            f"{self.label}：条目 {entry.name!r} 解压后超过 {limit >> 20} MiB（疑似压缩炸弹）",
            code="zip-bomb",
        )

    def _inflate(self, entry: ZipEntry, raw: memoryview, limit: int) -> bytes:
        """Inflate in bounded output steps so a bomb is caught after a few MiB, not after the whole entry."""
        d = zlib.decompressobj(-15)
        chunks: list[bytes] = []
        total = 0
        step_in = 1 << 20
        step_out = 8 << 20
        try:
            for pos in range(0, len(raw), step_in):
                buf: bytes | memoryview = raw[pos : pos + step_in]
                end = pos + len(buf)
                while buf:
                    piece = d.decompress(buf, min(step_out, limit + 1 - total))
                    chunks.append(piece)
                    total += len(piece)
                    if total > limit:
                        raise self._too_big(entry, limit)
                    self._check_ratio(entry, total, end - len(d.unconsumed_tail))
                    if d.eof:
                        break
                    buf = d.unconsumed_tail
                if d.eof:
                    break
            while not d.eof:
                piece = d.flush(min(step_out, limit + 1 - total)) if total <= limit else b""
                if not piece:
                    break
                chunks.append(piece)
                total += len(piece)
                if total > limit:
                    raise self._too_big(entry, limit)
                self._check_ratio(entry, total, len(raw))
        except zlib.error as exc:
            raise ValueError(f"damaged deflate data: {exc}") from exc
        return b"".join(chunks)

    def _check_ratio(self, entry: ZipEntry, inflated: int, consumed: int) -> None:
        if inflated > self.limits.ratio_floor and inflated > self.limits.max_ratio * max(consumed, 1):
            raise PackageError(
                f"{self.label}: entry {entry.name!r} expands more than {self.limits.max_ratio}:1 (zip bomb)",
                f"{self.label}：条目 {entry.name!r} 压缩比超过 {self.limits.max_ratio}:1（压缩炸弹）",
                code="zip-bomb",
            )

    def _raw_data(self, entry: ZipEntry) -> memoryview:
        data = self._data
        off = entry.header_offset
        if off + 30 > len(data) or data[off : off + 4] != _LFH_SIG:
            raise ValueError(f"local header of {entry.name!r} missing")
        name_len, extra_len = struct.unpack_from("<HH", data, off + 26)
        local_method = struct.unpack_from("<H", data, off + 8)[0]
        if local_method != entry.method:
            self.notes.append(
                TamperNote("header-mismatch", f"local method {local_method} vs central {entry.method}", entry.name)
            )
        start = off + 30 + name_len + extra_len
        end = start + entry.compressed_size
        if end > len(data):
            self.notes.append(TamperNote("truncated-entry", "data runs past the end of the file", entry.name))
            end = len(data)
        return memoryview(data)[start:end]

    def _find_eocd(self) -> int:
        data = self._data
        size = len(data)
        window_start = max(0, size - (65535 + 22))
        pos = data.rfind(_EOCD_SIG, window_start)
        while pos >= 0:
            if pos + 22 <= size:
                comment_len = struct.unpack_from("<H", data, pos + 20)[0]
                if pos + 22 + comment_len <= size:
                    if pos + 22 + comment_len != size:
                        self.notes.append(TamperNote("trailing-data", f"{size - pos - 22 - comment_len} bytes"))
                    return pos
            pos = data.rfind(_EOCD_SIG, window_start, pos)
        head = bytes(data[:16])
        what = sniff(head)
        if what:
            raise PackageError(
                f"{self.label}: not a ZIP archive, looks like {what}",
                f"{self.label}：不是 ZIP 安装包，看起来是{_ZH_WHAT.get(what, what)}",
                code="not-a-zip",
            )
        if head.startswith(_LFH_SIG):
            raise PackageError(
                f"{self.label}: truncated ZIP archive (no end-of-central-directory record)",
                f"{self.label}：ZIP 安装包被截断（缺少中央目录结束记录）",
                code="truncated-zip",
            )
        raise PackageError(
            f"{self.label}: not a ZIP archive (no end-of-central-directory record)",
            f"{self.label}：不是 ZIP 安装包（找不到中央目录结束记录）",
            code="not-a-zip",
        )

    def _read_central_directory(self) -> list[ZipEntry]:
        data = self._data
        eocd = self._find_eocd()
        (_, _disk, _cd_disk, _n_disk, n_total, cd_size, cd_offset, _) = struct.unpack_from("<IHHHHIIH", data, eocd)
        if (n_total == 0xFFFF or cd_offset == 0xFFFFFFFF or cd_size == 0xFFFFFFFF) and eocd >= 20:
            loc = eocd - 20
            if data[loc : loc + 4] == _EOCD64_LOC_SIG:
                eocd64 = struct.unpack_from("<Q", data, loc + 8)[0]
                if eocd64 + 56 <= len(data) and data[eocd64 : eocd64 + 4] == _EOCD64_SIG:
                    n_total, cd_size, cd_offset = struct.unpack_from("<QQQ", data, eocd64 + 32)
        if n_total > self.limits.max_entries:
            raise PackageError(
                f"{self.label}: {n_total} entries, more than the limit of {self.limits.max_entries}",
                f"{self.label}：条目数 {n_total} 超过上限 {self.limits.max_entries}",
                code="too-many-entries",
            )
        # Data prepended to the archive shifts every offset; Android tolerates it, so do we.
        shift = eocd - (cd_offset + cd_size)
        if shift < 0 or cd_offset + shift < 0:
            raise PackageError(
                f"{self.label}: damaged ZIP central directory",
                f"{self.label}：ZIP 中央目录损坏",
                code="bad-zip",
            )
        if shift:
            self.notes.append(TamperNote("prepended-data", f"{shift} bytes before the archive"))
        #: absolute file offset of the central directory (the APK Signing Block ends right before it)
        self.cd_offset = cd_offset + shift
        pos = cd_offset + shift
        end = eocd
        entries: list[ZipEntry] = []
        while pos + 46 <= end and data[pos : pos + 4] == _CDH_SIG:
            (
                flags,
                method,
                crc,
                csize,
                usize,
                name_len,
                extra_len,
                comment_len,
                local_off,
            ) = _cd_fields(data, pos)
            raw_name = bytes(data[pos + 46 : pos + 46 + name_len])
            extra = bytes(data[pos + 46 + name_len : pos + 46 + name_len + extra_len])
            if 0xFFFFFFFF in (csize, usize, local_off):
                usize, csize, local_off = _zip64_extra(extra, usize, csize, local_off)
            name = raw_name.decode("utf-8" if flags & 0x800 else "cp437", errors="replace")
            if flags & 0x1:
                # Android ignores the encryption bit; desktop tools refuse the entry.
                self.notes.append(TamperNote("fake-encryption", "general-purpose bit 0 set", name))
            dos_time, dos_date = struct.unpack_from("<HH", data, pos + 12)
            entries.append(
                ZipEntry(name, method, flags, crc, csize, usize, local_off + shift, len(entries), dos_date, dos_time)
            )
            if len(entries) > self.limits.max_entries:
                raise PackageError(
                    f"{self.label}: more than {self.limits.max_entries} entries",
                    f"{self.label}：条目数超过上限 {self.limits.max_entries}",
                    code="too-many-entries",
                )
            pos += 46 + name_len + extra_len + comment_len
        if len(entries) != n_total:
            self.notes.append(
                TamperNote("entry-count-mismatch", f"end record says {n_total}, directory has {len(entries)}")
            )
        if not entries and n_total:
            raise PackageError(
                f"{self.label}: damaged ZIP central directory",
                f"{self.label}：ZIP 中央目录损坏",
                code="bad-zip",
            )
        return entries

    def _check_name(self, name: str) -> None:
        """Refuse entry names that point outside the archive: no installer contains them, and a tool that
        extracted such a package would write outside its folder (zip-slip)."""
        norm = name.replace("\\", "/")
        if (
            norm.startswith("/")
            or any(part == ".." for part in norm.split("/"))
            or "\x00" in name
            or (len(norm) > 1 and norm[1] == ":")
        ):
            self.close()
            raise PackageError(
                f"{self.label}: entry name {name!r} escapes the archive (path traversal)",
                f"{self.label}：条目名 {name!r} 指向安装包之外（路径穿越）",
                code="path-traversal",
            )


_ZH_WHAT = {
    "a PDF document": "PDF 文档",
    "an ELF binary": "ELF 可执行文件",
    "a bare DEX file": "单独的 DEX 文件",
    "a Mach-O binary": "Mach-O 可执行文件",
    "a Mach-O fat binary or Java class": "Mach-O 通用二进制或 Java 类文件",
    "a PNG image": "PNG 图片",
    "a JPEG image": "JPEG 图片",
    "a RAR archive": "RAR 压缩包",
    "a 7-Zip archive": "7-Zip 压缩包",
    "a gzip file": "gzip 文件",
    "an XML document": "XML 文档",
    "an HTML document": "HTML 文档",
    "a property list": "属性列表文件",
    "an empty file": "空文件",
}


def _cd_fields(data: bytes | mmap.mmap, pos: int) -> tuple[int, int, int, int, int, int, int, int, int]:
    flags, method = struct.unpack_from("<HH", data, pos + 8)
    crc, csize, usize = struct.unpack_from("<III", data, pos + 16)
    name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, pos + 28)
    local_off = struct.unpack_from("<I", data, pos + 42)[0]
    return flags, method, crc, csize, usize, name_len, extra_len, comment_len, local_off


def _zip64_extra(extra: bytes, usize: int, csize: int, local_off: int) -> tuple[int, int, int]:
    i = 0
    while i + 4 <= len(extra):
        tag, size = struct.unpack_from("<HH", extra, i)
        body = extra[i + 4 : i + 4 + size]
        if tag == 0x0001:
            vals = [struct.unpack_from("<Q", body, k)[0] for k in range(0, len(body) - 7, 8)]
            it = iter(vals)
            if usize == 0xFFFFFFFF:
                usize = next(it, usize)
            if csize == 0xFFFFFFFF:
                csize = next(it, csize)
            if local_off == 0xFFFFFFFF:
                local_off = next(it, local_off)
            break
        i += 4 + size
    return usize, csize, local_off
