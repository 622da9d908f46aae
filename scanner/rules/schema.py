"""The rule file format (rules/**/*.yaml), validated at load time: a bad rule is exit 2, never a silent miss."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from scanner.facts.model import COLLECTIONS
from scanner.model import Confidence, Severity


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RuleRefs(_Strict):
    cwe: list[int] = Field(default_factory=list)
    masvs: list[str] = Field(default_factory=list)
    owasp: list[str] = Field(default_factory=list, description="OWASP Mobile Top 10 (2024) ids, e.g. M8")
    clause: list[str] = Field(default_factory=list, description="Policy clause ids from rules/catalog/clauses.yaml")
    standard: list[str] = Field(default_factory=list, description="GB/T, TC260 … section references")
    urls: list[str] = Field(default_factory=list)


class EvidenceTemplate(_Strict):
    """How to describe a matched item; fields are ``str.format`` templates over the item's fields."""

    file: str | None = None
    class_name: str | None = None
    method: str | None = None
    string: str | None = None
    detail: str | None = None


class NeedsGate(_Strict):
    """A speed pre-filter for very common methods (String.equals, Log.d, Intent.putExtra): their call sites are
    only decoded in methods that also call one of ``methods``, load a constant string matching ``strings``, or
    are named to match ``names``. It never adds findings; the rule's ``where`` still decides. A method another
    rule (or the API catalogue) needs without a gate is read everywhere."""

    methods: list[str] = Field(default_factory=list)
    strings: list[str] = Field(
        default_factory=list, description="Substrings (any case) of constant strings loaded in the method"
    )
    names: str | None = Field(default=None, description="Regex over the calling method's name")

    @model_validator(mode="after")
    def _some(self) -> NeedsGate:
        if not (self.methods or self.strings or self.names):
            raise ValueError("a gate needs methods, strings or names")
        if self.names is not None:
            re.compile(self.names)
        return self


class Needs(_Strict):
    """Code facts the rule reads, so extraction can look for exactly these in one pass."""

    methods: list[str] = Field(default_factory=list)
    fields: list[str] = Field(default_factory=list)
    strings: list[str] = Field(default_factory=list)
    overrides: list[tuple[str, str]] = Field(default_factory=list)
    gate: NeedsGate | None = Field(default=None, description="Read ``methods`` only in methods passing the gate")


class RuleTestCase(_Strict):
    """A minimal fact snippet: collection name → list of items (dicts of fields), singletons as one dict."""

    name: str = ""
    facts: dict[str, Any]


class RuleTests(_Strict):
    fail: list[RuleTestCase] = Field(min_length=1, description="Facts on which the rule must fire")
    pass_: list[RuleTestCase] = Field(alias="pass", min_length=1, description="Facts on which it must not")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Rule(_Strict):
    """One rule file (rules/**/<id>.yaml); the fields are documented in docs/architecture.md."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9\-.]*$")
    title: str
    title_zh: str
    category: Literal["security", "privacy", "filing"]
    severity: Severity
    confidence: Confidence = "medium"
    platforms: list[Literal["android", "ios"]] = Field(default_factory=lambda: ["android", "ios"])  # type: ignore[arg-type]
    select: str | list[str] | None = Field(default=None, description="Fact collection(s) the rule reads")
    where: dict[str, Any] = Field(default_factory=dict)
    when: dict[str, Any] = Field(default_factory=dict, description="Condition on the whole facts (dotted paths)")
    absent: bool = Field(default=False, description="Fire once when no item matches")
    group: bool = Field(default=False, description="One finding listing every matched item")
    check: str | None = Field(default=None, description="module:function for checks data cannot express")
    evidence: EvidenceTemplate = Field(default_factory=EvidenceTemplate)
    message: str = ""
    message_zh: str = ""
    remediation: str = ""
    remediation_zh: str = ""
    clause: str = Field(default="", description="Filing rules: the policy text the flag rests on (English)")
    clause_zh: str = ""
    references: RuleRefs = Field(default_factory=RuleRefs)
    needs: Needs = Field(default_factory=Needs)
    tests: RuleTests | None = None
    enabled: bool = True

    @property
    def collections(self) -> list[str]:
        if self.select is None:
            return []
        return [self.select] if isinstance(self.select, str) else list(self.select)

    @model_validator(mode="after")
    def _shape(self) -> Rule:
        for c in self.collections:
            if c not in COLLECTIONS:
                raise ValueError(f"unknown collection '{c}' (known: {', '.join(sorted(COLLECTIONS))})")
        if self.check is None and self.select is None:
            raise ValueError("a rule needs 'select' (data rule) or 'check' (python check)")
        if self.category == "filing" and not self.clause:
            raise ValueError("filing rules must cite the policy clause they rest on")
        return self
