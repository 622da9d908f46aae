"""Package-boundary prefix matching of dotted class names (``com.qq.e.ads.`` matches
``com.qq.e.ads.banner2.UnifiedBannerView`` but not ``com.qq.e.adsx.Foo``); the longest prefix wins."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

T = TypeVar("T")


class PrefixMatcher(Generic[T]):
    """A dict of dotted prefixes looked up by walking a name's package boundaries: O(depth), not O(prefixes)."""

    def __init__(self, items: Iterable[tuple[str, T]]) -> None:
        self._table: dict[str, T] = {}
        for prefix, value in items:
            key = prefix.rstrip(".$")
            if key:
                self._table.setdefault(key, value)

    def __len__(self) -> int:
        return len(self._table)

    def match(self, name: str) -> tuple[str, T] | None:
        """(matching prefix, value) for the longest prefix of ``name``, or None."""
        table = self._table
        v = table.get(name)
        if v is not None:
            return name, v
        end = len(name)
        while True:
            i = max(name.rfind(".", 0, end), name.rfind("$", 0, end))
            if i <= 0:
                return None
            p = name[:i]
            v = table.get(p)
            if v is not None:
                return p, v
            end = i
