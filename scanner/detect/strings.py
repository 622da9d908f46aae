"""Notable strings: filing numbers, ICP numbers, endpoint URLs and secrets, with where they were found."""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from scanner.catalog.schema import StringCatalogue, StringPattern
from scanner.facts.model import Location, StringHit
from scanner.textsearch import LiteralFinder

MAX_HITS_PER_PATTERN = 2000
MAX_PREFILTER_STRINGS = 20000


def entropy(s: str) -> float:
    """Shannon entropy in bits per character: secret patterns require a minimum so that placeholders do not match."""
    if not s:
        return 0.0
    counts = Counter(s)
    n = len(s)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def redact(value: str) -> str:
    """A secret as it may appear in any output: a few characters and a hash, never the value."""
    digest = hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    head = value[:4] if len(value) > 12 else value[:2]
    return f"{head}…({len(value)} chars, sha256:{digest})"


@dataclass(slots=True)
class _Compiled:
    pattern: StringPattern
    text: re.Pattern[str]
    raw: re.Pattern[bytes] | None  # for DEX string data and other UTF-8 bytes


def _to_bytes_regex(regex: str) -> re.Pattern[bytes] | None:
    """Compile a str regex for UTF-8 bytes; CJK ranges become any 3-byte UTF-8 sequence."""
    b = regex.replace("[\\u4e00-\\u9fff]", "(?:[\\xe4-\\xe9][\\x80-\\xbf]{2})")
    if "\\u" in b:
        return None
    try:
        return re.compile(b.encode("utf-8"))
    except re.error:
        return None


class StringScanner:
    """The string catalogues compiled once per Scanner: text regexes, bytes regexes for string tables, prefilters."""

    def __init__(self, catalogues: Iterable[StringCatalogue]) -> None:
        self.compiled: list[_Compiled] = []
        self.ignore_hosts: set[str] = set()
        for cat in catalogues:
            self.ignore_hosts |= {h.lower() for h in cat.ignore_hosts}
            for p in cat.patterns:
                self.compiled.append(_Compiled(p, re.compile(p.regex), _to_bytes_regex(p.regex)))
        self._by_id = {c.pattern.id: c for c in self.compiled}
        prefixed = [h for h in self.ignore_hosts if "/" in h]
        self._ignore_prefixes = tuple(f"{s}://{h}" for h in prefixed for s in ("http", "https"))
        # Every prefilter literal in one LiteralFinder, so a DEX region is scanned once for all of them.
        self._literal_owners: dict[bytes, list[_Compiled]] = {}
        for c in self.compiled:
            if not c.pattern.code:
                continue
            for lit in c.pattern.prefilter:
                self._literal_owners.setdefault(lit.encode("utf-8"), []).append(c)
        self._literals = LiteralFinder(list(self._literal_owners))
        self._counts: Counter[str] = Counter()

    def _accept(self, p: StringPattern, value: str) -> bool:
        if p.min_entropy is not None and entropy(value) < p.min_entropy:
            return False
        if p.kind == "url":
            host = url_host(value)
            if not host or host in self.ignore_hosts or value.lower().startswith(self._ignore_prefixes):
                return False
            if "." not in host:
                return False
        self._counts[p.id] += 1
        return self._counts[p.id] <= MAX_HITS_PER_PATTERN

    def _hit(self, p: StringPattern, m: re.Match[str], loc: Location) -> StringHit:
        value = m.group(p.group)
        shown = redact(value) if p.redact else value
        detail = url_host(value) if p.kind == "url" else p.id
        return StringHit(kind=p.kind, value=shown, detail=detail, location=replace(loc, string=shown))

    def scan_text(self, text: str, loc: Location) -> Iterator[StringHit]:
        """Every accepted match of every pattern in one text (resource value, asset, plist string)."""
        for c in self.compiled:
            # Every match contains one of the prefilter literals: skip the regex when none is in the text.
            if c.pattern.prefilter and not any(lit in text for lit in c.pattern.prefilter):
                continue
            for m in c.text.finditer(text):
                if self._accept(c.pattern, m.group(c.pattern.group)):
                    yield self._hit(c.pattern, m, loc)

    def byte_patterns(self) -> list[tuple[StringPattern, re.Pattern[bytes]]]:
        """Bytes regexes for compiled-code string tables (patterns meant for text files left out)."""
        return [(c.pattern, c.raw) for c in self.compiled if c.raw is not None and c.pattern.code]

    def search_region(
        self, data: bytes, start: int, end: int, string_at: Callable[[int], int | None], decode: Callable[[int], str]
    ) -> Iterator[tuple[StringPattern, int, str]]:
        """(pattern, string index, string) for matches in a DEX string-data region.

        One pass over the region finds every prefilter literal of every pattern; a pattern with a prefilter
        then runs its text regex only on the strings holding one of its literals (unless too many do). The
        others run their bytes regex over the whole region (fast when it starts with a literal such as
        ``https://``)."""
        candidates: dict[str, set[int]] = {}
        overflow: set[str] = set()
        if self._literal_owners:
            last_idx = -1
            last_pos_end = -1
            for pos, literal in self._literals.find(data, start, end):
                # Consecutive literals usually sit in the same string: reuse the lookup.
                idx = last_idx if pos < last_pos_end else string_at(pos)
                if idx is None:
                    continue
                if idx != last_idx:
                    last_idx = idx
                    nul = data.find(b"\x00", pos, end)
                    last_pos_end = nul if nul >= 0 else end
                for c in self._literal_owners[literal]:
                    pid = c.pattern.id
                    if pid in overflow:
                        continue
                    bucket = candidates.setdefault(pid, set())
                    bucket.add(idx)
                    if len(bucket) > MAX_PREFILTER_STRINGS:
                        overflow.add(pid)
        for c in self.compiled:
            p = c.pattern
            if not p.code:
                continue
            if p.prefilter and p.id not in overflow:
                for idx in sorted(candidates.get(p.id, ())):
                    value = decode(idx)
                    if c.text.search(value):
                        yield p, idx, value
                continue
            if c.raw is None:
                continue
            seen: set[int] = set()
            for m in c.raw.finditer(data, start, end):
                idx = string_at(m.start())
                if idx is None or idx in seen:
                    continue
                seen.add(idx)
                yield p, idx, decode(idx)

    def hits_in_value(self, p: StringPattern, value: str, loc: Location) -> Iterator[StringHit]:
        """Every match of one pattern in a decoded string, checked (entropy, ignore lists, caps)."""
        c = self._by_id[p.id]
        for m in c.text.finditer(value):
            if self._accept(p, m.group(p.group)):
                yield self._hit(p, m, loc)


_HOST = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.\-]*://(?:[^@/?#]*@)?(\[[^\]]+\]|[^:/?#]+)")


def url_host(url: str) -> str | None:
    """The lower-cased host of a URL, None when the text is not one."""
    m = _HOST.match(url)
    return m.group(1).lower().rstrip(".") if m else None


def registrable_domain(host: str) -> str:
    """example.com.cn → example.com.cn; api.example.com → example.com (common second-level suffixes)."""
    parts = host.split(".")
    if len(parts) <= 2:
        return host
    if parts[-2] in {"com", "net", "org", "gov", "edu", "ac", "co"} and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])
