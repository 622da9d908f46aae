"""LiteralFinder (scanner/textsearch.py) finds exactly what a plain search finds, at the region's edges too."""

from __future__ import annotations

import random

from scanner.textsearch import LiteralFinder


def _naive(data: bytes, literals: list[bytes], start: int, end: int) -> list[tuple[int, bytes]]:
    out = []
    for lit in literals:
        p = data.find(lit, start, end)
        while p >= 0:
            out.append((p, lit))
            p = data.find(lit, p + 1, end)
    return sorted(out)


def test_same_as_a_plain_search() -> None:
    rng = random.Random(7)
    for _ in range(300):
        data = bytes(rng.choice(b"abcd") for _ in range(rng.randrange(0, 80)))
        literals = sorted({bytes(rng.choice(b"abcd") for _ in range(rng.randrange(1, 6))) for _ in range(4)})
        start = rng.randrange(0, len(data) + 1)
        end = rng.randrange(start, len(data) + 1)
        assert list(LiteralFinder(literals).find(data, start, end)) == _naive(data, literals, start, end)


def test_three_byte_literal_at_the_very_end() -> None:
    assert list(LiteralFinder([b"key"]).find(b"xxxxxkey", 0, 8)) == [(5, b"key")]
    assert list(LiteralFinder([b"key"]).find(b"key", 0, 3)) == [(0, b"key")]
