"""Where an APK keeps text: string resources, DEX string data, assets and raw resources."""

from __future__ import annotations

import re

from scanner.detect.owner import OwnerResolver
from scanner.detect.strings import StringScanner
from scanner.facts.android import AndroidScan
from scanner.facts.model import Location, StringHit

_TEXT_FILE = re.compile(
    r"^(?:assets/|res/raw/).*\.(?:html?|js|json|txt|xml|properties|conf|cfg|ini|yaml|yml|csv|md|plist|config)$",
    re.IGNORECASE,
)
MAX_TEXT_FILE = 4 << 20
MAX_TEXT_FILES = 2000


def android_strings(scan: AndroidScan, scanner: StringScanner, owners: OwnerResolver) -> list[StringHit]:
    hits: list[StringHit] = []
    for archive, res in scan.resources:
        prefix = "" if archive == "base" else f"{archive}!"
        for resid, locale, value in res.strings():
            loc = Location(file=f"{prefix}resources.arsc", detail=f"string {resid} ({locale or 'default'})")
            for h in scanner.scan_text(value, loc):
                h.owner = "app"
                hits.append(h)

    # DEX: one regex pass per pattern over raw string data, then one pass to find the code that loads them.
    patterns = scanner.byte_patterns()
    for d in scan.code.dexes:
        found: dict[int, list[StringHit]] = {}
        for p, raw in patterns:
            for _d, idx, value, _m in scan.code.search_strings_in(d, raw):
                dex_hit = scanner.hit_from_value(p, value, Location(file=d.name, detail=f"string #{idx}"))
                if dex_hit is not None:
                    found.setdefault(idx, []).append(dex_hit)
        if not found:
            continue
        users = scan.code.string_users(d, set(found))
        for idx, hs in found.items():
            sites = users.get(idx)
            for h in hs:
                if sites:
                    cls, meth, off = sites[0]
                    h.location.class_name, h.location.method, h.location.offset = cls, meth, off
                    h.owner, h.sdk = owners.owner(cls)
                hits.append(h)

    seen_files = 0
    for archive, z in scan.archives:
        prefix = "" if archive == "base" else f"{archive}!"
        for entry in z.iter_entries():
            if not _TEXT_FILE.match(entry.name) or entry.size > MAX_TEXT_FILE:
                continue
            seen_files += 1
            if seen_files > MAX_TEXT_FILES:
                break
            try:
                text = z.read(entry, max_size=MAX_TEXT_FILE).decode("utf-8", errors="replace")
            except ValueError:
                continue
            for h in scanner.scan_text(text, Location(file=prefix + entry.name)):
                h.owner = "unknown"
                hits.append(h)
    return hits
