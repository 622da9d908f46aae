"""Find many literals in a large buffer at once: a neutral utility shared by fact readers (DEX gate strings) and
detectors (string prefilters), so neither layer imports the other for it."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import numpy.typing as npt


class LiteralFinder:
    """Every occurrence of any of many literals in a large buffer, in one vectorised pass.

    A regex alternation of ~100 literals crawls (it tries each branch at most positions) and one ``find`` per
    literal reads the buffer ~100 times. Instead, the first three bytes of each 4-byte-aligned word, at the four
    alignments, index a 16-Mi-entry table of wanted trigrams; only positions whose trigram starts some literal
    are compared in Python."""

    CHUNK = 8 << 20

    def __init__(self, literals: list[bytes]) -> None:
        self.short = [lit for lit in literals if len(lit) < 3]
        self.by_trigram: dict[int, list[bytes]] = {}
        for lit in literals:
            if len(lit) >= 3:
                self.by_trigram.setdefault(lit[0] | (lit[1] << 8) | (lit[2] << 16), []).append(lit)
        self._table: npt.NDArray[np.bool_] | None = None

    def _wanted(self) -> npt.NDArray[np.bool_]:
        if self._table is None:
            table = np.zeros(1 << 24, dtype=bool)
            table[list(self.by_trigram)] = True
            self._table = table
        return self._table

    def find(self, data: bytes, start: int, end: int) -> Iterator[tuple[int, bytes]]:
        """(position, literal) pairs in ascending position order."""
        found: list[tuple[int, bytes]] = []
        if self.by_trigram:
            table = self._wanted()
            pos = start
            while pos < end - 3:
                n = min(self.CHUNK, end - pos)
                for k in range(4):
                    count = (n - k) // 4
                    if count <= 0:
                        continue
                    codes = np.frombuffer(data, "<u4", count, pos + k) & 0xFFFFFF
                    for h in np.flatnonzero(table[codes]).tolist():
                        p = pos + k + 4 * h
                        for lit in self.by_trigram[int(codes[h])]:
                            if data.startswith(lit, p) and p + len(lit) <= end:
                                found.append((p, lit))
                pos += n - 3
            # Words are read whole, so the last one starts at end - 4: a 3-byte literal ending at ``end`` is
            # checked here.
            p = end - 3
            if p >= start:
                for lit in self.by_trigram.get(data[p] | (data[p + 1] << 8) | (data[p + 2] << 16), []):
                    if len(lit) == 3 and data.startswith(lit, p):
                        found.append((p, lit))
        for lit in self.short:
            p = data.find(lit, start, end)
            while p >= 0:
                found.append((p, lit))
                p = data.find(lit, p + 1, end)
        found.sort()
        return iter(found)
