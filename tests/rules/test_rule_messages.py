"""Every placeholder in a rule's message, evidence and remediation names something that exists.

The engine renders templates leniently (an unknown ``{name}`` becomes empty text), so a typo would silently drop
part of a finding's explanation. Here each placeholder must be a field or property of a collection the rule
selects, or a value the rule's python check provides; and each failing case must render to a message with no
braces left and no empty parentheses.
"""

from __future__ import annotations

import re
import string

import pytest

from scanner.facts.model import COLLECTIONS, field_names
from scanner.paths import rules_dir
from scanner.rules.engine import run_rule, to_findings
from scanner.rules.loader import load_rules
from scanner.rules.schema import Rule
from scanner.rules.testing import facts_from_snippet

RULES = [r for r in load_rules(rules_dir()) if r.id.startswith(("android-", "common-"))]

#: Extra template values the security checks (scanner/checks/security_*.py) put into Hit.values.
_SITES = {"count", "sites", "who", "who_zh", "caller_method", "method"}
CHECK_VALUES = {
    "scanner.checks.security_code:per_site": _SITES,
    "scanner.checks.security_code:per_owner": _SITES,
    "scanner.checks.security_code:in_exported_component": _SITES,
    "scanner.checks.security_code:webview_untrusted_content": {"why", "why_zh", "sites"},
    "scanner.checks.security_manifest:weak_permission_components": {"guard", "level", "level_zh"},
    "scanner.checks.security_native:grouped_binaries": {"libs", "count"},
    "scanner.checks.security_native:grouped_app_binaries": {"libs", "count"},
    "scanner.checks.security_files:key_files": {"files", "count"},
    "scanner.checks.security_strings:per_value": {"count", "places"},
}


#: Parentheses left empty by a blank template value: "()" not right after a name, or "（）".
_EMPTY = re.compile(r"(?<![\w.])\(\)|（）")


def _placeholders(template: str) -> set[str]:
    return {f.split(".")[0].split("[")[0] for _, f, _, _ in string.Formatter().parse(template) if f}


def _known(rule: Rule) -> set[str]:
    names: set[str] = {"count"} | CHECK_VALUES.get(rule.check or "", set())
    for c in rule.collections:
        names |= field_names(COLLECTIONS[c])
    if rule.group:
        names.add("items")
    return names


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_templates_name_known_values(rule: Rule) -> None:
    known = _known(rule)
    texts = [rule.message, rule.message_zh, rule.remediation, rule.remediation_zh]
    texts += [t for t in rule.evidence.model_dump().values() if t]
    unknown = set().union(*(_placeholders(t) for t in texts)) - known
    assert not unknown, f"{rule.id}: unknown template names {sorted(unknown)}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_failing_cases_render(rule: Rule) -> None:
    assert rule.tests is not None
    for case in rule.tests.fail:
        facts = facts_from_snippet(case.facts, rule.platforms[0])
        for f in to_findings(rule, run_rule(rule, facts), {}):
            for text in (f.message, f.message_zh):
                assert text and "{" not in text and not _EMPTY.search(text), (rule.id, text)
            assert f.evidence, rule.id


#: Info rules that report a protection (not a weakness) have no CWE to cite.
PROTECTIONS = {"android-root-detection", "android-emulator-detection"}


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_security_rules_cite_cwe_masvs_owasp(rule: Rule) -> None:
    refs = rule.references
    assert refs.masvs and refs.owasp, rule.id
    assert all(m.startswith("MASVS-") for m in refs.masvs), rule.id
    assert refs.cwe or rule.id in PROTECTIONS, rule.id
    assert rule.remediation and rule.remediation_zh and rule.confidence, rule.id
