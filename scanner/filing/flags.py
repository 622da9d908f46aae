"""filing.flags: the filing-category findings, restated for a reviewer with the policy text they rest on.

Kept apart from ``results.py`` because flags are rebuilt whenever findings change after the scan (declared
filing compared, policy applied, baseline suppressions), and every path must restate them the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from scanner.model import Finding, Flag


def flags_from_findings(findings: Iterable[Finding], clauses: Mapping[str, Mapping[str, Any]]) -> list[Flag]:
    """One flag per finding of category ``filing``, in the findings' order, with clause titles and wording."""
    flags: list[Flag] = []
    for f in findings:
        if f.category != "filing":
            continue
        clause_ids = [r.id for r in f.references if r.kind == "clause"]
        texts = [clauses[c] for c in clause_ids if c in clauses]
        flags.append(
            Flag(
                id=f.rule_id,
                severity=f.severity,
                title=f.title,
                title_zh=f.title_zh,
                clause="; ".join(str(c.get("title", "")) for c in texts) or ", ".join(clause_ids),
                clause_zh="；".join(str(c.get("title_zh", "")) for c in texts),
                message=f.message,
                message_zh=f.message_zh,
                evidence=f.evidence,
                clause_ids=clause_ids,
                clause_text=" ".join(str(c.get("text", "")) for c in texts),
                clause_text_zh="".join(str(c.get("text_zh", "")) for c in texts),
                confidence=f.confidence,
                fingerprint=f.fingerprint,
            )
        )
    return flags
