"""Evaluate rules over facts and turn matches into findings. Rules only read facts."""

from __future__ import annotations

import hashlib
import importlib
import string
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

from scanner.facts.android_code import CodeGate, CodeNeeds
from scanner.facts.model import Facts
from scanner.model import Evidence, Finding, Reference, location_evidence
from scanner.rules.conditions import matches
from scanner.rules.schema import Rule

MAX_EVIDENCE = 50


@dataclass(slots=True)
class Hit:
    """One match: the item (if any) and the evidence a check found."""

    item: Any = None
    evidence: list[Evidence] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)  # extra template fields
    owner: str | None = None
    sdk: str | None = None


CheckFn = Callable[[Facts, Rule], list[Hit]]


class _SafeDict(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return ""


class _Formatter(string.Formatter):
    def get_field(self, field_name: str, args: Any, kwargs: Any) -> Any:
        try:
            return super().get_field(field_name, args, kwargs)
        except (AttributeError, KeyError, IndexError, TypeError):
            return "", field_name

    def format_field(self, value: Any, format_spec: str) -> str:
        if value is None:
            return ""
        if isinstance(value, list | tuple | set):
            return ", ".join(str(v) for v in value)
        return str(super().format_field(value, format_spec))


_FMT = _Formatter()


def render(template: str | None, item: Any, values: dict[str, Any]) -> str | None:
    """A message or evidence template filled from the item's fields and a check's extra values; never raises."""
    if not template:
        return None
    ctx = _SafeDict(values)
    if item is not None and is_dataclass(item):
        for f in fields(item):
            ctx.setdefault(f.name, getattr(item, f.name))
        for k, v in vars(type(item)).items():
            if isinstance(v, property):
                ctx.setdefault(k, getattr(item, k))
    elif isinstance(item, dict):
        for k, v in item.items():
            ctx.setdefault(k, v)
    try:
        return _FMT.vformat(template, (), ctx)
    except (ValueError, IndexError):
        return template


def item_evidence(rule: Rule, item: Any, values: dict[str, Any]) -> Evidence:
    """The item's location with the rule's evidence templates applied (python checks use it too)."""
    base = location_evidence(getattr(item, "location", None))
    t = rule.evidence
    for name in ("file", "class_name", "method", "string", "detail"):
        tmpl = getattr(t, name)
        if tmpl:
            setattr(base, name, render(tmpl, item, values))
    return base


def needs_of(rules: Iterable[Rule]) -> CodeNeeds:
    """The code facts the rules declare (``needs:``), so extraction reads them in its one pass."""
    needs = CodeNeeds()
    for r in rules:
        if r.needs.gate is not None:
            g = r.needs.gate
            gate = CodeGate(tuple(sorted(g.methods)), tuple(sorted(x.lower() for x in g.strings)), g.names)
            for m in r.needs.methods:
                needs.gated.setdefault(m, set()).add(gate)
        else:
            needs.methods |= set(r.needs.methods)
        needs.fields |= set(r.needs.fields)
        needs.strings |= set(r.needs.strings)
        needs.overrides |= {tuple(o) for o in r.needs.overrides}  # type: ignore[misc]
    return needs


def load_check(ref: str) -> CheckFn:
    """The python check a rule names as ``module:function``."""
    module, _, func = ref.partition(":")
    fn = getattr(importlib.import_module(module), func)
    return fn  # type: ignore[no-any-return]


def run_rule(rule: Rule, facts: Facts) -> list[Hit]:
    """Hits of one rule on one package's facts (no findings yet)."""
    if facts.app.platform not in rule.platforms:
        return []
    if rule.when and not matches(facts, rule.when):
        return []
    if rule.check:
        return load_check(rule.check)(facts, rule)
    items = [i for c in rule.collections for i in facts.collection(c)]
    matched = [i for i in items if matches(i, rule.where)]
    if rule.absent:
        return [] if matched else [Hit(item=None)]
    return [Hit(item=i) for i in matched]


def fingerprint(rule_id: str, evidence: Iterable[Evidence]) -> str:
    """Stable across rebuilds: rule, files, classes, methods and matched strings; never offsets."""
    keys = sorted(
        "|".join(x or "" for x in (e.file, e.class_name, (e.method or "").split("(")[0], e.string)) for e in evidence
    )
    return hashlib.sha256((rule_id + "\n" + "\n".join(keys)).encode("utf-8")).hexdigest()[:32]


def references(rule: Rule, clause_titles: dict[str, str]) -> list[Reference]:
    """A rule's CWE, MASVS, OWASP, clause, standard and URL references, with links where they have one."""
    refs: list[Reference] = []
    for cwe in rule.references.cwe:
        refs.append(Reference(kind="cwe", id=f"CWE-{cwe}", url=f"https://cwe.mitre.org/data/definitions/{cwe}.html"))
    for m in rule.references.masvs:
        refs.append(Reference(kind="masvs", id=m, url=f"https://mas.owasp.org/MASVS/controls/{m}/"))
    for o in rule.references.owasp:
        refs.append(Reference(kind="owasp-mobile", id=o, url="https://owasp.org/www-project-mobile-top-10/"))
    for c in rule.references.clause:
        refs.append(Reference(kind="clause", id=c, title=clause_titles.get(c)))
    for s in rule.references.standard:
        refs.append(Reference(kind="standard", id=s))
    for u in rule.references.urls:
        refs.append(Reference(kind="url", id=u, url=u))
    return refs


def to_findings(rule: Rule, hits: list[Hit], clause_titles: dict[str, str]) -> list[Finding]:
    """Findings of one rule: one per hit, or one for all hits when the rule groups them or fires on absence."""
    if not hits:
        return []
    refs = references(rule, clause_titles)

    def make(items: list[Hit]) -> Finding:
        evidence: list[Evidence] = []
        for h in items:
            if h.evidence:
                evidence.extend(h.evidence)
            elif h.item is not None:
                evidence.append(item_evidence(rule, h.item, h.values))
            else:
                evidence.append(item_evidence(rule, None, h.values))
        evidence = evidence[:MAX_EVIDENCE]
        first = items[0]
        owners = {h.owner or getattr(h.item, "owner", None) for h in items} - {None}
        sdks = {h.sdk or getattr(h.item, "sdk", None) for h in items} - {None}
        values = dict(first.values)
        values.setdefault("count", len(items))
        if rule.group:
            values.setdefault("items", ", ".join(_label(h) for h in items[:20]))
        return Finding(
            rule_id=rule.id,
            severity=rule.severity,
            confidence=rule.confidence,
            category=rule.category,
            title=rule.title,
            title_zh=rule.title_zh,
            message=render(rule.message, first.item, values) or "",
            message_zh=render(rule.message_zh, first.item, values) or "",
            evidence=evidence,
            references=refs,
            remediation=rule.remediation,
            remediation_zh=rule.remediation_zh,
            owner=owners.pop() if len(owners) == 1 else None,  # type: ignore[arg-type]
            sdk=sdks.pop() if len(sdks) == 1 else None,
            fingerprint=fingerprint(rule.id, evidence),
        )

    if rule.group or rule.absent:
        return [make(hits)]
    return [make([h]) for h in hits]


def _label(h: Hit) -> str:
    item = h.item
    for attr in ("name", "id", "value", "caller_class", "path", "key", "class_name"):
        v = getattr(item, attr, None)
        if isinstance(v, str) and v:
            return v
    return h.values.get("label", "") or ""


def evaluate(rules: Iterable[Rule], facts: Facts, clause_titles: dict[str, str]) -> list[Finding]:
    """Every enabled rule over one package's facts."""
    findings: list[Finding] = []
    for rule in rules:
        if not rule.enabled:
            continue
        findings.extend(to_findings(rule, run_rule(rule, facts), clause_titles))
    return findings
