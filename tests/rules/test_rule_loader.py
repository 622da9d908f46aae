"""The loader rejects what would silently never (or always) match: a bad rule is exit 2, never a silent miss."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.errors import ConfigError
from scanner.facts.model import COLLECTIONS, Facts
from scanner.rules.loader import load_rule

RULE = """\
id: probe
title: probe
title_zh: probe
category: security
severity: low
select: sdk
when: {WHEN}
tests:
  fail: [{{facts: {{sdk: [{{id: x, name: x, name_zh: x, vendor: x, categories: [ads], confidence: high}}]}}}}]
  pass: [{{facts: {{}}}}]
"""


def _write(tmp_path: Path, when: str) -> Path:
    path = tmp_path / "probe.yaml"
    path.write_text(RULE.format(WHEN=when), encoding="utf-8")
    return path


def test_when_reads_facts_fields(tmp_path: Path) -> None:
    assert load_rule(_write(tmp_path, "{permissions: {not_empty: true}, app.min_sdk: {lt: 24}}")).when


@pytest.mark.parametrize("name", sorted(set(COLLECTIONS) - {f for f in Facts.__dataclass_fields__}))
def test_when_rejects_a_collection_name_that_is_no_facts_field(tmp_path: Path, name: str) -> None:
    """``when: {permission: …}`` would read a Facts attribute that does not exist (None) and never match."""
    with pytest.raises(ConfigError, match=f"unknown field '{name}'"):
        load_rule(_write(tmp_path, f"{{{name}: {{not_empty: true}}}}"))


def test_derived_collections_are_collections() -> None:
    """certificate and domain_config come from signing/provisioning and the network policy, for every reader."""
    from scanner.facts.model import AppFacts, NetworkDomainConfig, NetworkPolicy, PackageFacts

    facts = Facts(package=PackageFacts(path="a", name="a", sha256="", size=0, format="apk"), app=AppFacts("android"))
    assert facts.collection("certificate") == [] and facts.collection("domain_config") == []
    cfg = NetworkDomainConfig(domains=["example.com"])
    facts.network = NetworkPolicy(platform="android", cleartext_default=False, domains=[cfg])
    assert facts.collection("domain_config") == [cfg]
