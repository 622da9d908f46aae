"""The CI policy file (``--policy eduscan-policy.yaml``): which rules count, at what severity, and the gate.

A team writes down once what its pipeline enforces instead of repeating ``--disable`` flags in every job. The
policy changes the result (findings dropped or re-rated, with the changes listed in ``gating``), so every report
format and the exit code agree. A rule id that matches no rule is an error (exit 2): a typo must not silently
switch a check off.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from scanner.catalog.load import read_yaml
from scanner.errors import ConfigError, first_problem
from scanner.filing.flags import flags_from_findings
from scanner.model import SEVERITIES, Confidence, Finding, Gating, ScanResult, Severity, severity_rank

if TYPE_CHECKING:
    from scanner.baseline import Baseline
    from scanner.filing.declared import DeclaredFiling

FailOn = Literal["info", "low", "medium", "high", "critical", "never"]
_CONFIDENCE = ("low", "medium", "high")


class Policy(BaseModel):
    """eduscan-policy.yaml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: Literal[1] = Field(default=1, description="Format version of this file")
    fail_on: FailOn | None = Field(default=None, description="Default for --fail-on (the command line wins)")
    disable: list[str] = Field(
        default_factory=list, description="Rule ids or glob patterns (filing-stale-*) to turn off"
    )
    enable: list[str] = Field(default_factory=list, description="Rules that ship disabled (enabled: false) to turn on")
    severity: dict[str, Severity] = Field(
        default_factory=dict, description="Rule id or glob pattern → severity to report instead of the rule's own"
    )
    min_confidence: Confidence = Field(default="low", description="Drop findings whose confidence is below this")


def load_policy(path: Path) -> Policy:
    """Read and validate a policy file; a problem is a ConfigError (exit 2) naming the first bad field."""
    if not path.is_file():
        raise ConfigError(f"{path}: no such policy file", f"{path}：策略文件不存在")
    data = read_yaml(path) or {}
    if not isinstance(data, Mapping):
        raise ConfigError(f"{path}: a policy must be a YAML mapping", f"{path}：策略文件须为 YAML 映射")
    try:
        return Policy.model_validate(data)
    except ValidationError as exc:
        where, msg = first_problem(exc, "(top)")
        raise ConfigError(
            f"{path}: invalid policy at {where}: {msg}", f"{path}：策略文件在 {where} 处无效：{msg}"
        ) from exc


def _is_pattern(s: str) -> bool:
    return any(c in s for c in "*?[")


def _matches(rule_id: str, patterns: Iterable[str]) -> str | None:
    for p in patterns:
        if rule_id == p or (_is_pattern(p) and fnmatch.fnmatchcase(rule_id, p)):
            return p
    return None


def check_rule_ids(policy: Policy, known: set[str], path: Path) -> None:
    """Every plain rule id the policy names must exist."""
    named = [*policy.disable, *policy.enable, *policy.severity]
    unknown = sorted({r for r in named if not _is_pattern(r) and r not in known})
    if unknown:
        raise ConfigError(
            f"{path}: unknown rule id(s): {', '.join(unknown)} (eduscan rules list shows the ids)",
            f"{path}：未知的规则 ID：{', '.join(unknown)}",
        )


def disabled_ids(policy: Policy, known: Iterable[str]) -> set[str]:
    """Rule ids the policy turns off, expanded against the known ids (so the scanner can skip them)."""
    return {r for r in known if _matches(r, policy.disable)}


def apply_policy(findings: list[Finding], policy: Policy, gating: Gating) -> list[Finding]:
    """Findings after the policy: disabled rules and low-confidence findings dropped, severities overridden."""
    out: list[Finding] = []
    floor = _CONFIDENCE.index(policy.min_confidence)
    dropped: set[str] = set()
    for f in findings:
        if _matches(f.rule_id, policy.disable):
            dropped.add(f.rule_id)
            continue
        if _CONFIDENCE.index(f.confidence) < floor:
            continue
        pattern = _matches(f.rule_id, policy.severity)
        if pattern is not None:
            new = policy.severity[pattern]
            if new != f.severity:
                f = f.model_copy(update={"severity": new})
            gating.severity_overrides[f.rule_id] = new
        out.append(f)
    gating.disabled_rules = sorted(set(gating.disabled_rules) | dropped)
    return out


def finish(
    result: ScanResult,
    clauses: Mapping[str, Mapping[str, Any]],
    *,
    declared: tuple[DeclaredFiling, str] | None = None,
    policy: tuple[Policy, str] | None = None,
    baseline: tuple[Baseline, str] | None = None,
    disabled: set[str] | frozenset[str] = frozenset(),
    fail_on: str = "never",
    today: date | None = None,
) -> ScanResult:
    """The result a user sees: declared filing compared, policy applied, baseline suppressions, flags rebuilt.

    Order matters: declared mismatches are findings like any other, so the policy can re-rate them and the
    baseline can accept them; flags are restated last so they match the findings that remain.
    """
    from scanner.baseline import apply_baseline
    from scanner.filing.declared import compare
    from scanner.results import sort_findings

    findings = [f for f in result.findings if f.rule_id not in disabled]
    filing = result.filing.model_copy()
    if declared is not None:
        comparison, extra = compare(result, declared[0], declared[1], clauses)
        filing.declared = comparison
        findings.extend(f for f in extra if f.rule_id not in disabled)
    gating: Gating | None = None
    if policy is not None or baseline is not None or fail_on != "never":
        gating = Gating(
            policy=policy[1] if policy else None, baseline=baseline[1] if baseline else None, fail_on=fail_on
        )
    if gating is not None and policy is not None:
        gating.disabled_rules = sorted(disabled)
        findings = apply_policy(findings, policy[0], gating)
    if baseline is not None and gating is not None:
        findings = apply_baseline(findings, baseline[0], result.app.id, today or date.today(), gating)
    findings = sort_findings(findings)
    filing.flags = flags_from_findings(findings, clauses)
    if gating is not None and fail_on in SEVERITIES:
        gating.failing = sum(1 for f in findings if severity_rank(f.severity) >= severity_rank(fail_on))
    return result.model_copy(update={"findings": findings, "filing": filing, "gating": gating})
