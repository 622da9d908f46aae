"""Where an APK keeps text: string resources, DEX string data, assets and raw resources."""

from __future__ import annotations

import re

from scanner.detect.owner import OwnerResolver
from scanner.detect.strings import StringScanner
from scanner.facts.android import AndroidScan
from scanner.facts.dex import DexError
from scanner.facts.model import Location, ScanIssue, StringHit

_TEXT_FILE = re.compile(
    r"^(?:assets/|res/raw/).*\.(?:html?|js|json|txt|xml|properties|conf|cfg|ini|yaml|yml|csv|md|plist|config|pem|key|env)$",
    re.IGNORECASE,
)
MAX_TEXT_FILE = 4 << 20
MAX_TEXT_FILES = 2000
MAX_URL_USERS = 200


def android_strings(scan: AndroidScan, scanner: StringScanner, owners: OwnerResolver) -> list[StringHit]:
    """String hits of an APK: resources (with their names), DEX strings traced to the code that loads them, text
    assets."""
    hits: list[StringHit] = []
    for archive, res in scan.resources:
        prefix = "" if archive == "base" else f"{archive}!"
        for resid, locale, value in res.strings():
            # The resource name is context a value alone lacks (<string name="db_password">…): scan name="value".
            name = res.resource_name(int(resid[1:], 16))
            text = f'{name.split("/", 1)[-1]}="{value}"' if name else value
            loc = Location(file=f"{prefix}resources.arsc", detail=f"{name or 'string'} {resid} ({locale or 'default'})")
            for h in scanner.scan_text(text, loc):
                h.owner = "app"
                hits.append(h)

    # DEX: patterns over the raw string data, then one pass to find the code that loads the matched strings.
    for d in scan.code.dexes:
        found: dict[int, list[StringHit]] = {}
        start, end = d.string_data_region()
        try:
            matches = list(scanner.search_region(d.data, start, end, d.string_at_offset, d.string))
        except DexError as exc:
            scan.facts.errors.append(ScanIssue(d.name, f"string data unreadable: {exc}", "字符串数据无法读取"))
            continue
        for p, idx, value in matches:
            for dex_hit in scanner.hits_in_value(p, value, Location(file=d.name, detail=f"string #{idx}")):
                found.setdefault(idx, []).append(dex_hit)
        if not found:
            continue
        # Which code loads the string: worth a method decode for filing numbers and secrets; for URLs only a
        # sample, since a large app has thousands and the domain list needs no call site.
        wanted = {i for i, hs in found.items() if any(h.kind != "url" for h in hs)}
        wanted |= set(sorted(i for i in found if i not in wanted)[:MAX_URL_USERS])
        users = scan.code.string_users(d, wanted)
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
