"""Baselines in the style of detect-secrets: accepted findings, keyed by fingerprint, with a reason and an expiry.

A team adopting eduscan on an existing app accepts today's findings once (``eduscan baseline create``) and gates
only on new ones. Every suppression carries a reason, and an optional expiry date after which the finding is
reported again, so accepted risk is revisited instead of forgotten. The file is versioned JSON with sorted keys
so it diffs well in review.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from scanner import __version__
from scanner.errors import ConfigError, first_problem
from scanner.model import Finding, Gating, ScanResult, SuppressedFinding

BASELINE_VERSION = 1
DEFAULT_REASON = "accepted when the baseline was created"


class BaselineEntry(BaseModel):
    """One accepted finding."""

    model_config = ConfigDict(extra="forbid")

    rule_id: str
    title: str = ""
    app: str | None = Field(default=None, description="Package id of the app the finding was seen in")
    reason: str = Field(min_length=1, description="Why the finding is accepted")
    expires: date | None = Field(default=None, description="After this day the finding is reported again")

    @field_validator("reason")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("a suppression needs a reason")
        return v


class Baseline(BaseModel):
    """.eduscan-baseline.json."""

    model_config = ConfigDict(extra="forbid")

    version: Literal[1] = 1
    generated_by: str = f"eduscan {__version__}"
    entries: dict[str, BaselineEntry] = Field(default_factory=dict, description="finding fingerprint → entry")

    def dumps(self) -> str:
        """Stable text: sorted keys, no dates of creation, one entry per block."""
        data = self.model_dump(mode="json", exclude_none=True)
        data["entries"] = dict(sorted(data["entries"].items()))
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def load_baseline(path: Path) -> Baseline:
    """Read and validate a baseline; a problem is a ConfigError (exit 2) naming the first bad field."""
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read baseline ({exc.strerror})", f"{path}：无法读取基线文件") from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}: not JSON (line {exc.lineno}: {exc.msg})", f"{path}：不是有效的 JSON") from exc
    if isinstance(data, dict) and isinstance(data.get("version"), int) and data["version"] > BASELINE_VERSION:
        raise ConfigError(
            f"{path}: baseline version {data['version']} is newer than this eduscan understands ({BASELINE_VERSION})",
            f"{path}：基线文件版本过新",
        )
    try:
        return Baseline.model_validate(data)
    except ValidationError as exc:
        where, msg = first_problem(exc, "(top)")
        raise ConfigError(
            f"{path}: invalid baseline at {where}: {msg}", f"{path}：基线文件在 {where} 处无效：{msg}"
        ) from exc


def create_baseline(
    results: Iterable[ScanResult], reason: str | None, expires: date | None, previous: Baseline | None = None
) -> Baseline:
    """Accept every finding of ``results``. Entries already in ``previous`` keep their reason and expiry, and
    entries of apps not scanned now are kept, so regenerating a baseline never loses a written-down reason."""
    entries: dict[str, BaselineEntry] = {}
    scanned_apps: set[str | None] = set()
    for r in results:
        scanned_apps.add(r.app.id)
        for f in r.findings:
            old = previous.entries.get(f.fingerprint) if previous else None
            if old is not None:
                entries[f.fingerprint] = old
                continue
            entries[f.fingerprint] = BaselineEntry(
                rule_id=f.rule_id, title=f.title, app=r.app.id, reason=reason or DEFAULT_REASON, expires=expires
            )
    if previous:
        for fp, e in previous.entries.items():
            if fp not in entries and e.app not in scanned_apps:
                entries[fp] = e
    return Baseline(entries=entries)


def _suppressed(f: Finding, e: BaselineEntry) -> SuppressedFinding:
    return SuppressedFinding(
        rule_id=f.rule_id,
        fingerprint=f.fingerprint,
        severity=f.severity,
        title=f.title,
        title_zh=f.title_zh,
        reason=e.reason,
        expires=e.expires.isoformat() if e.expires else None,
    )


def apply_baseline(
    findings: list[Finding], baseline: Baseline, app_id: str | None, today: date, gating: Gating
) -> list[Finding]:
    """Findings left after suppression. Expired entries stop suppressing and are listed in ``gating.expired``;
    entries for this app that match nothing are counted in ``gating.unmatched_baseline``."""
    kept: list[Finding] = []
    used: set[str] = set()
    for f in findings:
        e = baseline.entries.get(f.fingerprint)
        if e is None:
            kept.append(f)
            continue
        used.add(f.fingerprint)
        if e.expires is not None and e.expires < today:
            gating.expired.append(_suppressed(f, e))
            kept.append(f)
        else:
            gating.suppressed.append(_suppressed(f, e))
    gating.unmatched_baseline = sum(
        1 for fp, e in baseline.entries.items() if fp not in used and (e.app is None or e.app == app_id)
    )
    gating.suppressed.sort(key=lambda s: (s.rule_id, s.fingerprint))
    gating.expired.sort(key=lambda s: (s.rule_id, s.fingerprint))
    return kept
