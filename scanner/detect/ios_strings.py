"""Where an IPA keeps text: Mach-O C strings and UTF-16 literals, plists, ``.strings``, nibs and text resources.

Mach-O sections are searched with the catalogue's byte regexes first (one pass per pattern over the raw
section, as for DEX string data); only the C strings they hit are decoded and checked. Each hit is traced to
the function that loads the string, so a URL inside a statically linked SDK is attributed to that SDK.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from scanner.detect.strings import StringScanner
from scanner.facts.ios import IosScan, slices_by_file
from scanner.facts.macho import Caller, MachOSlice
from scanner.facts.model import Location, Owner, StringHit
from scanner.facts.plist import load_plist, parse_strings, text_values

OwnerOf = Callable[[MachOSlice, Caller | None], tuple[Owner, str | None]]

_TEXT_FILE = re.compile(r"\.(?:html?|js|json|txt|xml|conf|cfg|ini|ya?ml|csv|md|config|swift|m|h)$", re.IGNORECASE)
_PLIST_FILE = re.compile(r"\.(?:plist|nib|strings|xcprivacy)$", re.IGNORECASE)
MAX_TEXT_FILE = 4 << 20
MAX_TEXT_FILES = 3000
MAX_TEXT_TOTAL = 96 << 20
MAX_STRING = 4096


def _macho_hits(sl: MachOSlice, scanner: StringScanner, owner_of: OwnerOf) -> list[StringHit]:
    hits: list[StringHit] = []
    patterns = scanner.byte_patterns()
    path = sl.fact.path
    for blob in sl.cstrings:
        raw, section = blob.data, blob.section
        starts: dict[int, int] = {}  # string start → first match start (char arrays in __const may lack a NUL before)
        for _p, rx in patterns:
            for m in rx.finditer(raw):
                starts.setdefault(raw.rfind(b"\0", 0, m.start()) + 1, m.start())
        for start, first in sorted(starts.items()):
            end = raw.find(b"\0", start)
            end = len(raw) if end < 0 else end
            text = raw[start : min(end, start + MAX_STRING)].decode("utf-8", "replace")
            loc = Location(file=path, offset=blob.address(start), detail=f"{section} ({sl.fact.arch})")
            found = list(scanner.scan_text(text, loc))
            if not found:
                continue
            caller = None
            if sl.code is not None:
                targets = sl.code.string_targets(blob.address(start))
                if first != start:
                    targets += sl.code.string_targets(blob.address(first))
                callers = sl.code.callers(targets, limit=1)
                caller = callers[0] if callers else None
            owner, sdk = owner_of(sl, caller)
            for h in found:
                if caller is not None:
                    h.location.class_name, h.location.method = caller.class_name, caller.method
                h.owner, h.sdk = owner, sdk
                hits.append(h)
    for section, addr, raw in sl.ustrings:
        text = raw[: len(raw) // 2 * 2].decode("utf-16-le", "replace")
        pos = 0
        for piece in text.split("\x00"):
            if piece:
                loc = Location(file=path, offset=addr + 2 * pos, detail=f"{section} ({sl.fact.arch})")
                for h in scanner.scan_text(piece, loc):
                    h.owner, h.sdk = owner_of(sl, None)
                    hits.append(h)
            pos += len(piece) + 1
    return hits


def ios_strings(scan: IosScan, scanner: StringScanner, owner_of: OwnerOf) -> list[StringHit]:
    """String hits of the whole IPA: code (one slice per Mach-O file), then plists and text resources."""
    hits: list[StringHit] = []
    by_file = slices_by_file(scan.slices)
    for sl in by_file.values():
        hits += _macho_hits(sl, scanner, owner_of)

    z = scan.zip
    seen = 0
    total = 0
    for entry in z.iter_entries():
        name = entry.name
        if not name.startswith(scan.app_dir) or name.endswith("/") or entry.size > MAX_TEXT_FILE:
            continue
        is_text = bool(_TEXT_FILE.search(name))
        is_plist = bool(_PLIST_FILE.search(name))
        if not (is_text or is_plist) or name.endswith("embedded.mobileprovision"):
            continue
        seen += 1
        total += entry.size
        if seen > MAX_TEXT_FILES or total > MAX_TEXT_TOTAL:
            break
        try:
            data = z.read(entry, max_size=MAX_TEXT_FILE)
        except ValueError:
            continue
        texts: list[str]
        if name.endswith(".strings"):
            texts = list(parse_strings(data).values())
        elif is_plist:
            value = load_plist(data)
            texts = text_values(value) if value is not None else []
        else:
            texts = [data.decode("utf-8", "replace")]
        holder = scan.bundle_of(name)
        owner: Owner = "app" if holder is None or holder.dir == scan.app_dir else "unknown"
        sdk = None
        owning = next(
            (sl for sl in by_file.values() if holder is not None and sl.fact.path.startswith(holder.dir)), None
        )
        if owning is not None and holder is not None and holder.dir != scan.app_dir:
            owner, sdk = owner_of(owning, None)
        for text in texts:
            for h in scanner.scan_text(text[:MAX_TEXT_FILE], Location(file=name)):
                h.owner, h.sdk = owner, sdk
                hits.append(h)
    return hits
