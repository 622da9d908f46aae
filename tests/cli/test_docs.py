"""The YAML in docs/ci.md and docs/declared-filing.md parses, and the policy and filing examples validate
(so the README cannot teach a file eduscan rejects)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from scanner.filing.declared import RULES as DECLARED_RULES
from scanner.filing.declared import DeclaredFiling
from scanner.paths import rules_dir
from scanner.policy import Policy, check_rule_ids
from scanner.rules.loader import load_rules

DOCS = Path(__file__).parents[2] / "docs"


def _blocks(name: str, lang: str) -> list[str]:
    text = (DOCS / name).read_text(encoding="utf-8")
    return re.findall(rf"```{lang}\n(.*?)```", text, re.S)


@pytest.mark.parametrize("name", ["ci.md", "declared-filing.md"])
def test_yaml_blocks_parse(name: str) -> None:
    blocks = _blocks(name, "yaml")
    assert blocks
    for b in blocks:
        assert yaml.safe_load(b) is not None


def test_policy_example_is_valid() -> None:
    (policy_text,) = [b for b in _blocks("ci.md", "yaml") if b.startswith("# eduscan-policy.yaml")]
    policy = Policy.model_validate(yaml.safe_load(policy_text))
    known = {r.id for r in load_rules(rules_dir())} | set(DECLARED_RULES)
    check_rule_ids(policy, known, Path("eduscan-policy.yaml"))


def test_filing_examples_are_valid() -> None:
    filings: list[Any] = [yaml.safe_load(b) for b in _blocks("declared-filing.md", "yaml")]
    assert len(filings) == 2
    english, chinese = (DeclaredFiling.model_validate(f) for f in filings)
    assert english.features == chinese.features
    assert english.app == chinese.app
    assert len(chinese.permissions or []) == 7


def test_flag_table_lists_every_filing_rule() -> None:
    text = (DOCS / "declared-filing.md").read_text(encoding="utf-8")
    for rule in load_rules(rules_dir()):
        if rule.category == "filing":
            assert f"`{rule.id}`" in text, rule.id
