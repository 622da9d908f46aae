"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

Mapping (house style): critical/high → ``error``, medium → ``warning``, low/info → ``note``; confidence →
``precision``; a ``security-severity`` score so GitHub ranks alerts; the finding fingerprint →
``partialFingerprints`` so an alert keeps its identity across rebuilds; CWE → ``external/cwe/cwe-N`` tags.
Locations name the path inside the package (``artifactLocation.uri``) with the class and method as a logical
location; GitHub requires a line, so each gets ``startLine: 1`` (the evidence is a file, not a line).
"""

from __future__ import annotations

import json
from typing import Any, ClassVar
from urllib.parse import quote

from scanner.i18n import in_lang
from scanner.model import Evidence, Finding, Flag, ScanResult, severity_rank
from scanner.render.base import Lang

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

LEVEL = {"critical": "error", "high": "error", "medium": "warning", "low": "note", "info": "note"}
#: GitHub buckets: ≥9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low.
SECURITY_SEVERITY = {"critical": "9.5", "high": "8.0", "medium": "5.5", "low": "3.0", "info": "1.0"}
MAX_LOCATIONS = 10
FINGERPRINT_KEY = "eduscanFingerprint/v1"


def _uri(path: str) -> str:
    return quote(path.replace("\\", "/").lstrip("/"), safe="/:@!$&'()*+,;=-._~")


def _location(e: Evidence, package: str) -> dict[str, Any]:
    loc: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": {"uri": _uri(e.file or package)},
            "region": {"startLine": 1},
        }
    }
    if e.class_name:
        method = (e.method or "").split("(")[0]
        logical: dict[str, Any] = {
            "fullyQualifiedName": f"{e.class_name}.{method}" if method else e.class_name,
            "kind": "function" if method else "type",
        }
        if method:
            logical["name"] = method
            if e.method and e.method != method:
                logical["decoratedName"] = e.method
        else:
            logical["name"] = e.class_name.rsplit(".", 1)[-1]
        loc["logicalLocations"] = [logical]
    text = " · ".join(p for p in (e.string, e.detail) if p)
    if text:
        loc["message"] = {"text": text}
    return loc


def _locations(f: Finding, package: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for e in f.evidence:
        loc = _location(e, package)
        key = json.dumps(loc, sort_keys=True)
        if key in seen:
            continue
        seen.add(key)
        out.append(loc)
        if len(out) >= MAX_LOCATIONS:
            break
    return out or [_location(Evidence(), package)]


def _rule(f: Finding, lang: Lang, flag: Flag | None) -> dict[str, Any]:
    tags = ["security", f.category] if f.category != "security" else ["security"]
    clause_ids: list[str] = []
    help_lines: list[str] = []
    md_lines: list[str] = []
    for r in f.references:
        if r.kind == "cwe":
            tags.append(f"external/cwe/{r.id.lower()}")
        elif r.kind == "masvs":
            tags.append(f"external/masvs/{r.id}")
        elif r.kind == "owasp-mobile":
            tags.append(f"external/owasp-mobile/{r.id}")
        elif r.kind == "clause":
            clause_ids.append(r.id)
    remediation = in_lang(lang, f.remediation_zh, f.remediation)
    if remediation:
        help_lines.append(remediation)
        md_lines.append(f"**{'修复建议' if lang == 'zh' else 'Remediation'}:** {remediation}")
    if flag is not None:
        basis = in_lang(lang, flag.clause_zh, flag.clause)
        wording = in_lang(lang, flag.clause_text_zh, flag.clause_text)
        label = "政策依据" if lang == "zh" else "Policy basis"
        help_lines.append(f"{label}: {basis}" + (f" — {wording}" if wording else ""))
        md_lines.append(f"**{label}:** {basis}" + (f"\n\n> {wording}" if wording else ""))
    refs = list(f.references)
    if refs:
        label = "依据" if lang == "zh" else "References"
        help_lines.append(label + ": " + "; ".join(r.title or r.id for r in refs))
        md_lines.append(
            f"**{label}:** " + "; ".join(f"[{r.title or r.id}]({r.url})" if r.url else (r.title or r.id) for r in refs)
        )
    title = in_lang(lang, f.title_zh, f.title)
    other = f.title if lang == "zh" else f.title_zh
    rule: dict[str, Any] = {
        "id": f.rule_id,
        "name": "".join(p.capitalize() for p in f.rule_id.replace(".", "-").split("-")),
        "shortDescription": {"text": title},
        "fullDescription": {"text": f"{title} ({other})" if other and other != title else title},
        "help": {"text": "\n".join(help_lines) or title, "markdown": "\n\n".join(md_lines) or title},
        "defaultConfiguration": {"level": LEVEL[f.severity]},
        "properties": {
            "tags": tags,
            "precision": f.confidence,
            "security-severity": SECURITY_SEVERITY[f.severity],
            "problem.severity": {"error": "error", "warning": "warning", "note": "recommendation"}[LEVEL[f.severity]],
        },
    }
    if clause_ids:
        rule["properties"]["clauses"] = clause_ids
    urls = [r.url for r in f.references if r.url]
    if urls:
        rule["helpUri"] = urls[0]
    return rule


class SarifRenderer:
    name: ClassVar[str] = "sarif"
    extension: ClassVar[str] = "sarif"

    def render(self, result: ScanResult, lang: Lang) -> str:
        return json.dumps(self.document(result, lang), indent=2, ensure_ascii=False) + "\n"

    def document(self, result: ScanResult, lang: Lang) -> dict[str, Any]:
        """The SARIF log as plain data (one run per package)."""
        package = result.package.name
        rules: list[dict[str, Any]] = []
        index: dict[str, int] = {}
        # Rule metadata comes from the worst finding of each rule (a policy may re-rate some of them).
        flags = {fl.fingerprint: fl for fl in result.filing.flags}
        for f in sorted(result.findings, key=lambda f: (f.rule_id, -severity_rank(f.severity))):
            if f.rule_id not in index:
                index[f.rule_id] = len(rules)
                rules.append(_rule(f, lang, flags.get(f.fingerprint)))
        results: list[dict[str, Any]] = []
        for f in result.findings:
            message = in_lang(lang, f.message_zh, f.message) or in_lang(lang, f.title_zh, f.title)
            item: dict[str, Any] = {
                "ruleId": f.rule_id,
                "ruleIndex": index[f.rule_id],
                "level": LEVEL[f.severity],
                "message": {"text": message},
                "locations": _locations(f, package),
                "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint},
                "properties": {
                    "severity": f.severity,
                    "confidence": f.confidence,
                    "category": f.category,
                    "security-severity": SECURITY_SEVERITY[f.severity],
                },
            }
            if f.owner:
                item["properties"]["owner"] = f.owner
            if f.sdk:
                item["properties"]["sdk"] = f.sdk
            results.append(item)
        run: dict[str, Any] = {
            "tool": {
                "driver": {
                    "name": "eduscan",
                    "version": result.tool.version,
                    "semanticVersion": result.tool.version,
                    "rules": rules,
                }
            },
            "automationDetails": {"id": f"eduscan/{result.app.id or package}/"},
            "results": results,
            "properties": self._properties(result),
        }
        return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}

    def _properties(self, result: ScanResult) -> dict[str, Any]:
        props: dict[str, Any] = {
            "package": {"name": result.package.name, "sha256": result.package.sha256, "format": result.package.format},
            "app": {
                "id": result.app.id,
                "name": result.app.name_zh or result.app.name,
                "version": result.app.version_name,
                "platform": result.app.platform,
            },
        }
        if result.filing.features is not None:
            feats = result.filing.features
            props["filingFeatures"] = {
                k: getattr(feats, k).answer for k in ("forum", "payment", "live_streaming", "k12_tutoring")
            }
        if result.gating is not None:
            g = result.gating
            props["gating"] = {
                "failOn": g.fail_on,
                "failing": g.failing,
                "suppressed": len(g.suppressed),
                "expired": len(g.expired),
            }
        return props
