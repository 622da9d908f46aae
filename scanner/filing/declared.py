"""Declared vs detected: the provider's filed answers (``--declared filing.yaml``) checked against the package.

The filing is a promise about the app; the package is what ships. Each difference becomes a finding of category
``filing`` (so it shows as a flag, gates CI and can be baselined like any other), and the full side-by-side
comparison is kept in ``filing.declared`` for the report. The file format is documented in
docs/declared-filing.md; ``eduscan schema declared`` prints its JSON Schema.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, ValidationError, field_validator

from scanner.catalog.load import read_yaml
from scanner.errors import ConfigError, first_problem
from scanner.i18n import ANSWER_ZH, FEATURE_NAMES
from scanner.model import (
    Confidence,
    DeclaredComparison,
    DeclaredItem,
    Evidence,
    FeatureAnswer,
    Finding,
    Permission,
    Reference,
    ScanResult,
    SdkResult,
    Severity,
)
from scanner.rules.engine import fingerprint

_YES = {"是", "有", "具有", "yes", "y", "true", "1", "勾选", "☑"}
_NO = {"否", "无", "不具有", "no", "n", "false", "0", "未勾选", "☐"}


def _first(items: list[str]) -> str | None:
    return items[0] if items else None


def _to_bool(v: Any) -> Any:
    """是/否 and yes/no as well as YAML booleans: the form is Chinese, so its answers may be too."""
    if isinstance(v, str):
        s = v.strip().lower()
        if s in _YES:
            return True
        if s in _NO:
            return False
    return v


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class DeclaredApp(_Strict):
    """提供者备案信息表: the app's identity as filed."""

    name: str | None = Field(default=None, validation_alias=AliasChoices("name", "应用名称"))
    package_id: str | None = Field(default=None, validation_alias=AliasChoices("package_id", "包名", "bundle_id"))
    platform: Literal["android", "ios"] | None = Field(default=None, validation_alias=AliasChoices("platform", "平台"))
    version: str | None = Field(default=None, validation_alias=AliasChoices("version", "版本", "版本号"))

    @field_validator("platform", mode="before")
    @classmethod
    def _platform(cls, v: Any) -> Any:
        return v.strip().lower() if isinstance(v, str) else v

    @field_validator("version", mode="before")
    @classmethod
    def _version(cls, v: Any) -> Any:
        return str(v) if isinstance(v, int | float) else v


class DeclaredFeatures(_Strict):
    """是否具有以下功能, as ticked on the form (omit a key to leave it uncompared)."""

    forum: bool | None = Field(default=None, validation_alias=AliasChoices("forum", "论坛"))
    payment: bool | None = Field(default=None, validation_alias=AliasChoices("payment", "收费"))
    live_streaming: bool | None = Field(default=None, validation_alias=AliasChoices("live_streaming", "直播"))
    k12_tutoring: bool | None = Field(
        default=None, validation_alias=AliasChoices("k12_tutoring", "中小学学科培训", "学科培训")
    )

    @field_validator("*", mode="before")
    @classmethod
    def _yes_no(cls, v: Any) -> Any:
        return _to_bool(v)


class DeclaredSdk(_Strict):
    """One row of the filed third-party SDK list."""

    name: str = Field(validation_alias=AliasChoices("name", "名称", "SDK名称"))
    id: str | None = Field(default=None, description="eduscan catalogue id, for an exact match")
    vendor: str | None = Field(default=None, validation_alias=AliasChoices("vendor", "提供方", "公司"))
    purpose: str | None = Field(default=None, validation_alias=AliasChoices("purpose", "使用目的", "用途"))


class DeclaredFiling(_Strict):
    """A filed answer sheet: what the provider told the regulator about this app."""

    version: Literal[1] = Field(default=1, description="Format version of this file")
    app: DeclaredApp = Field(default_factory=DeclaredApp, validation_alias=AliasChoices("app", "应用"))
    permissions: list[str] | None = Field(
        default=None,
        validation_alias=AliasChoices("permissions", "获取的权限", "权限"),
        description="Permission ids (android.permission.CAMERA), short names (CAMERA), catalogue Chinese names "
        "(拍摄) or group names (相机权限: every permission of the group). Omit to leave permissions uncompared.",
    )
    features: DeclaredFeatures = Field(
        default_factory=DeclaredFeatures, validation_alias=AliasChoices("features", "是否具有以下功能", "功能")
    )
    sdks: list[DeclaredSdk] | None = Field(
        default=None,
        validation_alias=AliasChoices("sdks", "第三方SDK", "SDK"),
        description="The filed SDK list; a plain string is a name. Omit to leave SDKs uncompared.",
    )
    school_required: bool = Field(
        default=False,
        validation_alias=AliasChoices("school_required", "学校统一要求使用"),
        description="Schools require the app as a teaching or management tool (意见 55号: no ads, games, charges)",
    )

    @field_validator("sdks", mode="before")
    @classmethod
    def _names(cls, v: Any) -> Any:
        if isinstance(v, list):
            return [{"name": x} if isinstance(x, str) else x for x in v]
        return v

    @field_validator("permissions", mode="before")
    @classmethod
    def _perm_strings(cls, v: Any) -> Any:
        if isinstance(v, str):  # the 获取的权限 text pasted as one line
            return [p for p in re.split(r"[、，,；;\s]+", v) if p]
        return v

    @field_validator("school_required", mode="before")
    @classmethod
    def _school(cls, v: Any) -> Any:
        return _to_bool(v)


def load_declared(path: Path) -> DeclaredFiling:
    """Read and validate a declared filing; any problem is a ConfigError (exit 2) naming the first bad field."""
    if not path.is_file():
        raise ConfigError(f"{path}: no such declared filing file", f"{path}：备案声明文件不存在")
    data = read_yaml(path)
    if data is None:
        data = {}
    if not isinstance(data, Mapping):
        raise ConfigError(f"{path}: a declared filing must be a YAML mapping", f"{path}：备案声明文件须为 YAML 映射")
    try:
        return DeclaredFiling.model_validate(data)
    except ValidationError as exc:
        where, msg = first_problem(exc, "(top)")
        raise ConfigError(
            f"{path}: invalid declared filing at {where}: {msg}", f"{path}：备案声明文件在 {where} 处无效：{msg}"
        ) from exc


# ---------------------------------------------------------------------------------------------- comparison

#: rule id → (title, title_zh, remediation, remediation_zh)
RULES: dict[str, tuple[str, str, str, str]] = {
    "filing-declared-permission-undeclared": (
        "Permission requested but not on the filing",
        "申请了备案中未填报的权限",
        "Add the permission, with its purpose, to 获取的权限 on the filing, or remove it from the app.",
        "在备案“获取的权限”中补充该权限及用途，或从应用中删除该权限。",
    ),
    "filing-declared-permission-not-requested": (
        "Permission on the filing but not requested by the package",
        "备案填报的权限在安装包中未申请",
        "Correct the filed permission list, or check that this is the filed version.",
        "更正备案中的权限列表，或确认该安装包即为备案版本。",
    ),
    "filing-declared-sdk-undeclared": (
        "Third-party SDK in the package but not on the filing",
        "安装包含有备案未填报的第三方SDK",
        "Add the SDK (vendor, purpose, data it collects) to the filed SDK list and the privacy policy, or remove it.",
        "在备案SDK清单和隐私政策中补充该SDK（提供方、使用目的、收集的信息），或从应用中移除。",
    ),
    "filing-declared-sdk-not-detected": (
        "SDK on the filing but not found in the package",
        "备案填报的SDK在安装包中未发现",
        "Check the filed SDK list; the SDK may have been removed, or eduscan's catalogue may not know it.",
        "核对备案SDK清单；该SDK可能已移除，也可能未被 eduscan 的SDK目录收录。",
    ),
    "filing-declared-feature-differs": (
        "Feature answer on the filing differs from the package",
        "备案“是否具有以下功能”与安装包不符",
        "Correct the answer on the filing, or explain why the package's evidence does not apply.",
        "更正备案中的功能勾选，或说明安装包中的证据为何不适用。",
    ),
    "filing-declared-form-differs": (
        "Form field on the filing differs from the package",
        "备案表字段与安装包不符",
        "Update the filing (10 working days after a change), or compare against the filed package.",
        "更新备案信息（变更后10个工作日内），或使用备案对应的安装包进行比对。",
    ),
    "filing-declared-school-required-conflict": (
        "School-required app with ads, games or charges",
        "学校统一要求使用的应用含广告、游戏或收费",
        "Remove ads and games and make everything schools require free, or correct 学校统一要求使用 on the filing.",
        "移除广告和游戏、确保学校要求使用的功能全部免费，或更正备案中的“学校统一要求使用”。",
    ),
}

_CLAUSES: dict[str, list[str]] = {
    "filing-declared-school-required-conflict": ["yijian-55", "beian-banfa"],
}


def _norm(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[\s_\-·.()（）【】\[\]/+]+", "", s)
    for junk in ("sdk", "软件开发工具包", "有限公司", "科技", "inc", "ltd"):
        s = s.replace(junk, "")
    return s


def _perm_keys(p: Permission) -> set[str]:
    keys = {p.id, p.id.rsplit(".", 1)[-1], p.name_zh, p.name_en.lower()}
    return {k for k in keys if k}


def _group_keys(p: Permission) -> set[str]:
    keys: set[str] = set()
    if p.group:
        keys.add(p.group)
    if p.group_zh:
        keys |= {p.group_zh, p.group_zh.removesuffix("权限")}
    return keys


def _sdk_matches(d: DeclaredSdk, s: SdkResult) -> bool:
    if d.id:
        return d.id == s.id
    want = _norm(d.name)
    if not want:
        return False
    names = {_norm(x) for x in (s.id, s.name, s.name_zh) if x}
    if want in names:
        return True
    # Filed names are free text ("友盟+统计SDK", "腾讯优量汇"): containment either way, at least two characters.
    return len(want) >= 2 and any(len(n) >= 2 and (want in n or n in want) for n in names)


class _Builder:
    """Collects items and findings with one set of clause references."""

    def __init__(self, clauses: Mapping[str, Mapping[str, Any]]) -> None:
        self.clauses = clauses
        self.items: list[DeclaredItem] = []
        self.findings: list[Finding] = []

    def finding(
        self,
        rule_id: str,
        severity: Severity,
        confidence: Confidence,
        evidence: list[Evidence],
        message: str,
        message_zh: str,
        owner: Literal["app", "sdk", "library", "unknown"] | None = None,
        sdk: str | None = None,
    ) -> None:
        title, title_zh, rem, rem_zh = RULES[rule_id]
        refs = [
            Reference(kind="clause", id=c, title=str(self.clauses.get(c, {}).get("title_zh") or "") or None)
            for c in _CLAUSES.get(rule_id, ["beian-banfa"])
        ]
        evidence = evidence or [Evidence(detail="declared filing")]
        self.findings.append(
            Finding(
                rule_id=rule_id,
                severity=severity,
                confidence=confidence,
                category="filing",
                title=title,
                title_zh=title_zh,
                message=message,
                message_zh=message_zh,
                evidence=evidence,
                references=refs,
                remediation=rem,
                remediation_zh=rem_zh,
                owner=owner,
                sdk=sdk,
                fingerprint=fingerprint(rule_id, evidence),
            )
        )


def _declared_ev(value: str, source: str) -> Evidence:
    # No file: the file name must not enter the fingerprint (renaming filing.yaml keeps baselines valid).
    return Evidence(string=value, detail=f"declared in {source}")


def _compare_permissions(b: _Builder, result: ScanResult, declared: list[str], source: str) -> None:
    detected = result.permissions
    used: set[str] = set()
    covered: dict[str, str] = {}
    for entry in declared:
        e = entry.strip()
        hit = False
        for p in detected:
            if e in _perm_keys(p) or e.lower() in _perm_keys(p) or e in _group_keys(p):
                covered.setdefault(p.id, e)
                hit = True
        if hit:
            used.add(e)
    undeclared_plain: list[Permission] = []
    for p in detected:
        if p.id in covered:
            b.items.append(
                DeclaredItem(
                    kind="permission",
                    key=p.id,
                    name=p.name_en,
                    name_zh=p.name_zh,
                    declared=covered[p.id],
                    detected=p.id,
                    status="match",
                )
            )
            continue
        b.items.append(
            DeclaredItem(
                kind="permission", key=p.id, name=p.name_en, name_zh=p.name_zh, detected=p.id, status="undeclared"
            )
        )
        if p.sensitive or p.edu:
            ev = Evidence(file=_declaring_file(result, p), string=p.id)
            b.finding(
                "filing-declared-permission-undeclared",
                "medium",
                "high",
                [ev],
                f"The package requests {p.name_en} ({p.id}), which the filing does not list under 获取的权限.",
                f"安装包申请了“{p.name_zh}”（{p.id}），备案“获取的权限”中未填报。",
            )
        else:
            undeclared_plain.append(p)
    if undeclared_plain:
        ids = ", ".join(p.id for p in undeclared_plain)
        b.finding(
            "filing-declared-permission-undeclared",
            "info",
            "high",
            [Evidence(file=_declaring_file(result, p), string=p.id) for p in undeclared_plain],
            f"Ordinary (non-sensitive) permissions requested but not on the filing: {ids}.",
            "申请了备案未填报的普通（非敏感）权限：" + "、".join(p.name_zh for p in undeclared_plain) + "。",
        )
    for entry in declared:
        e = entry.strip()
        if e in used:
            continue
        b.items.append(DeclaredItem(kind="permission", key=e, name=e, name_zh=e, declared=e, status="not-detected"))
        b.finding(
            "filing-declared-permission-not-requested",
            "low",
            "medium",
            [_declared_ev(e, source)],
            f"The filing lists the permission '{e}', but the package does not request it.",
            f"备案填报了权限“{e}”，但安装包未申请该权限。",
        )


def _sdk_example(s: SdkResult) -> Evidence:
    ev = s.evidence
    return Evidence(
        class_name=_first(ev.example_classes),
        file=_first(ev.native_libs or ev.frameworks),
        string=s.id,
        detail=f"SDK {s.name_zh}",
    )


def _compare_sdks(b: _Builder, result: ScanResult, declared: list[DeclaredSdk], source: str) -> None:
    matched: set[int] = set()
    for s in result.sdks:
        hits = [i for i, d in enumerate(declared) if _sdk_matches(d, s)]
        if hits:
            matched.update(hits)
            b.items.append(
                DeclaredItem(
                    kind="sdk",
                    key=s.id,
                    name=s.name,
                    name_zh=s.name_zh,
                    declared=declared[hits[0]].name,
                    detected=s.id,
                    status="match",
                )
            )
            continue
        b.items.append(
            DeclaredItem(kind="sdk", key=s.id, name=s.name, name_zh=s.name_zh, detected=s.id, status="undeclared")
        )
        b.finding(
            "filing-declared-sdk-undeclared",
            "low" if s.confidence == "low" else "medium",
            s.confidence,
            [_sdk_example(s)],
            f"The package embeds {s.name} ({s.vendor}), which the filed SDK list does not mention.",
            f"安装包嵌入了 {s.name_zh}（{s.vendor}），备案SDK清单中未填报。",
            owner="sdk",
            sdk=s.id,
        )
    for i, d in enumerate(declared):
        if i in matched:
            continue
        b.items.append(
            DeclaredItem(
                kind="sdk", key=d.id or d.name, name=d.name, name_zh=d.name, declared=d.name, status="not-detected"
            )
        )
        b.finding(
            "filing-declared-sdk-not-detected",
            "info",
            "low",
            [_declared_ev(d.id or d.name, source)],
            f"The filing lists the SDK '{d.name}', but eduscan did not find it in the package.",
            f"备案填报了SDK“{d.name}”，但 eduscan 未在安装包中发现。",
        )


def _compare_features(b: _Builder, result: ScanResult, declared: DeclaredFeatures, source: str) -> None:
    features = result.filing.features
    if features is None:
        return
    for key, (label, label_zh) in FEATURE_NAMES.items():
        want: bool | None = getattr(declared, key)
        if want is None:
            continue
        got: FeatureAnswer = getattr(features, key)
        said = "yes" if want else "no"
        item = DeclaredItem(
            kind="feature", key=key, name=label, name_zh=label_zh, declared=said, detected=got.answer, status="match"
        )
        ev = got.evidence[:10] or [_declared_ev(f"{key}={said}", source)]
        if not want and got.answer in ("yes", "likely"):
            item.status = "differs"
            sure = got.answer == "yes"
            b.finding(
                "filing-declared-feature-differs",
                "medium" if sure else "low",
                "high" if sure else "low",
                ev,
                f"The filing answers no to {label}, but the package shows it "
                f"({got.answer}: {', '.join(got.basis[:5])}).",
                f"备案中“{label_zh}”勾选为否，但安装包显示{ANSWER_ZH[got.answer]}具有该功能（依据：{'、'.join(got.basis[:5])}）。",
            )
        elif want and got.answer == "no":
            item.status = "differs"
            b.finding(
                "filing-declared-feature-differs",
                "info",
                "low",
                [_declared_ev(f"{key}={said}", source)],
                f"The filing answers yes to {label}; the package shows no sign of it. A static scan misses features "
                "served as web pages, so this may be fine.",
                f"备案中“{label_zh}”勾选为是，但安装包中未发现相关迹象。以网页形式提供的功能静态扫描无法发现，可能无误。",
            )
        b.items.append(item)


def _compare_form(b: _Builder, result: ScanResult, app: DeclaredApp, source: str) -> None:
    a = result.app
    names = {x for x in (a.name, a.name_zh, *a.names.values()) if x}
    checks: list[tuple[str, str, str, str | None, bool, Severity]] = []
    if app.name is not None:
        shown = a.name_zh or a.name
        checks.append(("app_name", "app name", "应用名称", shown, app.name in names, "low"))
    if app.package_id is not None:
        checks.append(("package_id", "package id", "包名", a.id, app.package_id == a.id, "medium"))
    if app.platform is not None:
        checks.append(("platform", "platform", "平台", a.platform, app.platform == a.platform, "medium"))
    if app.version is not None:
        checks.append(("version", "version", "版本", a.version_name, app.version == a.version_name, "low"))
    for key, label, label_zh, shown, ok, severity in checks:
        filed = str(getattr(app, key if key != "app_name" else "name"))
        b.items.append(
            DeclaredItem(
                kind="form",
                key=key,
                name=label,
                name_zh=label_zh,
                declared=filed,
                detected=shown,
                status="match" if ok else "differs",
            )
        )
        if not ok:
            b.finding(
                "filing-declared-form-differs",
                severity,
                "high",
                [Evidence(string=shown or "", detail=f"{key} in the package; filed: {filed}")],
                f"The filing gives {label} '{filed}', the package has '{shown}'.",
                f"备案{label_zh}为“{filed}”，安装包中为“{shown}”。",
            )


def _school_required(b: _Builder, result: ScanResult) -> None:
    bad: list[tuple[str, str, Evidence]] = []
    for s in result.sdks:
        cats = set(s.categories)
        if cats & {"ads", "game-engine", "mini-game"}:
            what = "ads" if "ads" in cats else "games"
            bad.append((f"{what}: {s.name}", f"{'广告' if what == 'ads' else '游戏'}：{s.name_zh}", _sdk_example(s)))
    feats = result.filing.features
    if feats is not None and feats.payment.answer == "yes":
        ev = feats.payment.evidence[0] if feats.payment.evidence else Evidence(detail="payment")
        bad.append(
            ("charges: " + ", ".join(feats.payment.basis[:3]), "收费：" + "、".join(feats.payment.basis[:3]), ev)
        )
    if bad:
        b.finding(
            "filing-declared-school-required-conflict",
            "high",
            "high",
            [e for _, _, e in bad],
            "The filing says schools require this app, but it carries " + "; ".join(x for x, _, _ in bad) + ".",
            "备案声明本应用为学校统一要求使用，但其含有" + "；".join(x for _, x, _ in bad) + "。",
        )


def compare(
    result: ScanResult, declared: DeclaredFiling, source: str, clauses: Mapping[str, Mapping[str, Any]]
) -> tuple[DeclaredComparison, list[Finding]]:
    """The side-by-side comparison and one finding per mismatch (category filing)."""
    b = _Builder(clauses)
    _compare_form(b, result, declared.app, source)
    if declared.permissions is not None:
        _compare_permissions(b, result, declared.permissions, source)
    _compare_features(b, result, declared.features, source)
    if declared.sdks is not None:
        _compare_sdks(b, result, declared.sdks, source)
    if declared.school_required:
        _school_required(b, result)
    order = {"form": 0, "feature": 1, "permission": 2, "sdk": 3}
    items = sorted(b.items, key=lambda i: (order[i.kind], i.status == "match", i.key))
    mismatches = sum(1 for i in items if i.status != "match")
    return DeclaredComparison(source=source, items=items, mismatches=mismatches), b.findings


def _declaring_file(result: ScanResult, p: Permission) -> str:
    """Where the package declares a permission: its manifest or Info.plist (the split's, for a bundle)."""
    if p.source:
        return p.source
    return "AndroidManifest.xml" if result.app.platform == "android" else "Info.plist"
