"""Secrets found by the string scanner, one finding per secret value.

The same key usually sits in several places (a resource and the code that reads it, the binary and a shipped
config, each ABI's copy); it is one secret to rotate, so the hits the rule selects are grouped by their (already
redacted) value and every place is listed as evidence. Values are never printed: StringHit.value holds the redacted
form when the catalogue pattern says ``redact: true``.
"""

from __future__ import annotations

from collections import defaultdict

from scanner.checks.security_code import evidence_of, selected
from scanner.facts.model import Facts, StringHit
from scanner.rules.engine import Hit
from scanner.rules.schema import Rule


def per_value(facts: Facts, rule: Rule) -> list[Hit]:
    """String hits matching the rule, one hit per distinct (redacted) value."""
    groups: dict[str, list[StringHit]] = defaultdict(list)
    for h in selected(facts, rule):
        groups[h.value].append(h)  # two patterns matching one value are still one secret
    hits: list[Hit] = []
    for _value, items in sorted(groups.items()):
        items.sort(key=lambda h: (h.location.file or "", h.location.class_name or "", h.location.offset or 0))
        owners = {h.owner for h in items}
        sdks = {h.sdk for h in items} - {None}
        first = items[0]
        hits.append(
            Hit(
                item=first,
                evidence=[evidence_of(rule, h) for h in items[:50]],
                values={"count": len(items), "places": ", ".join(sorted({h.location.file or "?" for h in items}))},
                owner=owners.pop() if len(owners) == 1 else None,
                sdk=sdks.pop() if len(sdks) == 1 else None,
            )
        )
    return hits
