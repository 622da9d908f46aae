"""Every rule fires on each of its failing cases and stays quiet on each passing case (cases live in the
rule file, semgrep-style), and every rule carries at least one of each."""

from __future__ import annotations

import pytest

from scanner.paths import rules_dir
from scanner.rules.engine import run_rule
from scanner.rules.loader import load_rules
from scanner.rules.schema import Rule
from scanner.rules.testing import facts_from_snippet

RULES = load_rules(rules_dir())


def _cases() -> list[tuple[Rule, str, str, dict]]:
    out = []
    for rule in RULES:
        if rule.tests is None:
            continue
        for kind, cases in (("fail", rule.tests.fail), ("pass", rule.tests.pass_)):
            for i, case in enumerate(cases):
                out.append((rule, kind, case.name or f"{kind}{i}", case.facts))
    return out


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_has_cases_and_references(rule: Rule) -> None:
    assert rule.tests is not None, f"{rule.id} has no failing/passing cases"
    refs = rule.references
    assert refs.cwe or refs.masvs or refs.clause or refs.standard or refs.urls, f"{rule.id} cites nothing"
    assert rule.title_zh and rule.title, rule.id
    if rule.category == "security":
        assert rule.remediation and rule.remediation_zh, f"{rule.id} tells no remediation"


@pytest.mark.parametrize(
    ("rule", "kind", "name", "snippet"), _cases(), ids=lambda v: v if isinstance(v, str) else getattr(v, "id", "")
)
def test_rule_case(rule: Rule, kind: str, name: str, snippet: dict) -> None:
    platform = rule.platforms[0]
    facts = facts_from_snippet(snippet, platform)
    hits = run_rule(rule, facts)
    if kind == "fail":
        assert hits, f"{rule.id}: expected to fire on {name!r}"
    else:
        assert not hits, f"{rule.id}: fired on passing case {name!r}"
