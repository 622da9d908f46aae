"""Version diff: what changed between two builds, and whether the filing must be updated.

备案信息变更须在10个工作日内更新: when a new version changes what was filed (the permissions obtained, the
third-party SDK list, the four feature answers, the app's name or identity) the provider updates the filing.
Changes in sensitive API calls, flags and security findings do not by themselves change the filing, but a
reviewer should look at them, so they are listed with ``refile: false``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from scanner import __version__
from scanner.i18n import ANSWER_ZH, FEATURE_NAMES
from scanner.model import ScanResult

DIFF_SCHEMA_VERSION = "1.0"

ChangeKind = Literal["form", "permission", "sdk", "feature", "api", "flag", "finding", "number"]

_FORM = {
    "app_name": ("app name", "应用名称"),
    "package_id": ("package id", "包名"),
    "platform": ("platform", "平台"),
    "version": ("version", "版本"),
}
#: Form fields whose change alone obliges an update (a new version number does not).
_FORM_REFILE = {"app_name", "package_id", "platform"}
#: An answer moving between these two sides changes what the form says.
_SHOWN = {"yes", "likely"}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Change(_Model):
    """One difference between the old and the new package."""

    kind: ChangeKind
    change: Literal["added", "removed", "changed"]
    id: str
    name: str = ""
    name_zh: str = ""
    before: str | None = None
    after: str | None = None
    refile: bool = Field(description="This change alone means the filing must be updated")


class DiffSide(_Model):
    """Which package (or saved result) one side of the diff is."""

    path: str
    name: str
    sha256: str
    app_id: str | None = None
    app_name: str | None = None
    version_name: str | None = None
    version_code: str | None = None


class DiffResult(_Model):
    """``eduscan diff OLD NEW``: the changes and the verdict on the filing."""

    schema_version: str = DIFF_SCHEMA_VERSION
    tool: str = f"eduscan {__version__}"
    old: DiffSide
    new: DiffSide
    same_app: bool = Field(description="Both sides have the same package id")
    must_update: bool = Field(description="The filing must be updated (within 10 working days of the release)")
    reasons: list[str] = Field(default_factory=list)
    reasons_zh: list[str] = Field(default_factory=list)
    changes: list[Change] = Field(default_factory=list)

    def counts(self) -> dict[str, dict[str, int]]:
        """kind → {added, removed, changed} counts, for summaries."""
        out: dict[str, dict[str, int]] = {}
        for c in self.changes:
            out.setdefault(c.kind, {"added": 0, "removed": 0, "changed": 0})[c.change] += 1
        return out


def _side(r: ScanResult) -> DiffSide:
    return DiffSide(
        path=r.package.path,
        name=r.package.name,
        sha256=r.package.sha256,
        app_id=r.app.id,
        app_name=r.app.name_zh or r.app.name,
        version_name=r.app.version_name,
        version_code=r.app.version_code,
    )


def _sets(
    kind: ChangeKind,
    old: dict[str, tuple[str, str]],
    new: dict[str, tuple[str, str]],
    refile: bool,
) -> list[Change]:
    out: list[Change] = []
    for key in sorted(new.keys() - old.keys()):
        out.append(Change(kind=kind, change="added", id=key, name=new[key][0], name_zh=new[key][1], refile=refile))
    for key in sorted(old.keys() - new.keys()):
        out.append(Change(kind=kind, change="removed", id=key, name=old[key][0], name_zh=old[key][1], refile=refile))
    return out


def diff_results(old: ScanResult, new: ScanResult) -> DiffResult:
    """Compare two results of the same app (different apps are compared too, and say so)."""
    changes: list[Change] = []
    fo, fn = old.filing.form, new.filing.form
    for key, (label, label_zh) in _FORM.items():
        before = getattr(fo, key) if fo else None
        after = getattr(fn, key) if fn else None
        if before != after:
            changes.append(
                Change(
                    kind="form",
                    change="changed",
                    id=key,
                    name=label,
                    name_zh=label_zh,
                    before=before,
                    after=after,
                    refile=key in _FORM_REFILE,
                )
            )
    changes += _sets(
        "permission",
        {p.id: (p.name_en, p.name_zh) for p in old.permissions},
        {p.id: (p.name_en, p.name_zh) for p in new.permissions},
        True,
    )
    changes += _sets(
        "sdk",
        {s.id: (s.name, s.name_zh) for s in old.sdks},
        {s.id: (s.name, s.name_zh) for s in new.sdks},
        True,
    )
    if old.filing.features and new.filing.features:
        for key, (label, label_zh) in FEATURE_NAMES.items():
            a = getattr(old.filing.features, key).answer
            b = getattr(new.filing.features, key).answer
            if a != b:
                changes.append(
                    Change(
                        kind="feature",
                        change="changed",
                        id=key,
                        name=label,
                        name_zh=label_zh,
                        before=a,
                        after=b,
                        refile=(a in _SHOWN) != (b in _SHOWN),
                    )
                )
    changes += _sets(
        "api",
        {a.id: (a.name, a.name_zh) for a in old.apis},
        {a.id: (a.name, a.name_zh) for a in new.apis},
        False,
    )
    changes += _sets(
        "flag",
        {f.id: (f.title, f.title_zh) for f in old.filing.flags},
        {f.id: (f.title, f.title_zh) for f in new.filing.flags},
        False,
    )
    changes += _sets(
        "finding",
        {f.rule_id: (f.title, f.title_zh) for f in old.findings if f.category != "filing"},
        {f.rule_id: (f.title, f.title_zh) for f in new.findings if f.category != "filing"},
        False,
    )
    changes += _sets(
        "number",
        {f"{n.kind}:{n.value}": (n.value, n.value) for n in old.filing.numbers},
        {f"{n.kind}:{n.value}": (n.value, n.value) for n in new.filing.numbers},
        False,
    )
    reasons, reasons_zh = _reasons(changes)
    return DiffResult(
        tool=f"eduscan {new.tool.version}",
        old=_side(old),
        new=_side(new),
        same_app=old.app.id == new.app.id,
        must_update=bool(reasons),
        reasons=reasons,
        reasons_zh=reasons_zh,
        changes=changes,
    )


def _reasons(changes: list[Change]) -> tuple[list[str], list[str]]:
    en: list[str] = []
    zh: list[str] = []
    refile = [c for c in changes if c.refile]
    for kind, label, label_zh in (
        ("permission", "permissions", "获取的权限"),
        ("sdk", "third-party SDKs", "第三方SDK"),
    ):
        added = [c for c in refile if c.kind == kind and c.change == "added"]
        removed = [c for c in refile if c.kind == kind and c.change == "removed"]
        if added or removed:
            en.append(f"{label}: {len(added)} added, {len(removed)} removed")
            zh.append(f"{label_zh}：新增{len(added)}项，移除{len(removed)}项")
    for c in refile:
        if c.kind == "feature":
            en.append(f"feature '{c.name}' changed from {c.before} to {c.after}")
            before, after = (ANSWER_ZH.get(x or "", x) for x in (c.before, c.after))
            zh.append(f"功能“{c.name_zh}”由“{before}”变为“{after}”")
        elif c.kind == "form":
            en.append(f"{c.name} changed from '{c.before}' to '{c.after}'")
            zh.append(f"{c.name_zh}由“{c.before}”变为“{c.after}”")
    return en, zh
