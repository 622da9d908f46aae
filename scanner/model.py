"""The scan result: the stable, machine-readable contract of eduscan (``eduscan schema`` prints it).

Field names listed in issue 2 are relied on by later issues and external checks; add fields freely, never
rename. Every list is sorted so that two results of the same package are byte-identical, and the result
carries no timestamps or durations for the same reason.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from scanner import __version__
from scanner.facts.model import (
    ApplicationFlags,
    Component,
    DeclaredPermission,
    Feature,
    IosBundleInfo,
    Location,
    MetaData,
    NativeBinary,
    NetworkPolicy,
    PrivacyManifest,
    Provisioning,
    Signing,
)

SCHEMA_VERSION = "1.0"

Severity = Literal["info", "low", "medium", "high", "critical"]
Confidence = Literal["low", "medium", "high"]
SEVERITIES: tuple[str, ...] = ("info", "low", "medium", "high", "critical")


def severity_rank(s: str) -> int:
    """0 for info up to 4 for critical: what --fail-on and sorting compare."""
    return SEVERITIES.index(s)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Tool(_Model):
    name: str = "eduscan"
    version: str = __version__


class PackageInfo(_Model):
    path: str
    name: str
    sha256: str
    size: int
    format: Literal["apk", "apks", "xapk", "ipa"]
    entries: int = 0
    splits: list[str] = Field(default_factory=list)
    tamper: list[str] = Field(default_factory=list, description="Archive oddities evasive packages use")


class AppInfo(_Model):
    platform: Literal["android", "ios"]
    id: str | None = None
    name: str | None = None
    name_zh: str | None = None
    names: dict[str, str] = Field(default_factory=dict, description="locale → app name")
    version_name: str | None = None
    version_code: str | None = None
    min_sdk: int | None = None
    target_sdk: int | None = None
    min_os: str | None = None
    build_date: str | None = Field(default=None, description="ISO date the package was built, when it tells")
    main_activity: str | None = None


class Permission(_Model):
    id: str
    name_zh: str
    name_en: str
    group: str | None = None
    group_zh: str | None = None
    protection_level: str | None = None
    sensitive: bool = False
    known: bool = Field(description="False when the permission is not in the catalogue")
    implied: bool = Field(default=False, description="Not requested, but granted by the platform (aapt: implied)")
    verified: bool = Field(default=False, description="Whether the Chinese name is confirmed against TC260")
    max_sdk: int | None = None
    usage_description: str | None = Field(default=None, description="iOS: the text shown to the user")
    source: str | None = None
    edu: Literal["opt", "flag"] | None = Field(
        default=None,
        description="For a 学习教育类 app (necessary PI: the phone number only): opt = acceptable only as optional and "
        "asked in context; flag = needs an explicit justification on the filing",
    )


class Evidence(_Model):
    """Where something was seen. Every finding, SDK and API carries at least one."""

    file: str | None = None
    class_name: str | None = None
    method: str | None = None
    offset: int | None = None
    string: str | None = None
    detail: str | None = None


def location_evidence(loc: Location | None) -> Evidence:
    """A fact's :class:`Location` as result :class:`Evidence`: the one conversion between the two layers (the same
    fields; facts stay plain dataclasses, the result is the validated JSON contract)."""
    if loc is None:
        return Evidence()
    return Evidence(
        file=loc.file,
        class_name=loc.class_name,
        method=loc.method,
        offset=loc.offset,
        string=loc.string,
        detail=loc.detail,
    )


class Reference(_Model):
    kind: Literal["cwe", "masvs", "owasp-mobile", "clause", "standard", "url"]
    id: str
    title: str | None = None
    url: str | None = None


class SdkEvidence(_Model):
    classes_matched: int = 0
    example_classes: list[str] = Field(default_factory=list)
    native_libs: list[str] = Field(default_factory=list)
    components: list[str] = Field(default_factory=list)
    assets: list[str] = Field(default_factory=list)
    frameworks: list[str] = Field(default_factory=list)
    meta_data: list[str] = Field(default_factory=list)


class SdkResult(_Model):
    id: str
    name: str
    name_zh: str
    vendor: str
    categories: list[str]
    confidence: Confidence
    refs: dict[str, Any] = Field(default_factory=dict)
    collects: list[str] = Field(default_factory=list)
    domains: list[str] = Field(default_factory=list, description="SDK domains also found in the package")
    evidence: SdkEvidence
    source: Literal["static", "dynamic"] = "static"


class Caller(_Model):
    class_name: str | None = None
    method: str | None = None
    owner: Literal["app", "sdk", "library", "unknown"]
    sdk: str | None = None
    file: str | None = None
    offset: int | None = None
    source: Literal["static", "dynamic"] = "static"
    before_consent: bool | None = None


class ApiResult(_Model):
    id: str
    category: str
    name: str
    name_zh: str
    pi: list[str] = Field(default_factory=list)
    api: list[str] = Field(description="The platform methods, fields or symbols that matched")
    callers: list[Caller]


class Finding(_Model):
    rule_id: str
    severity: Severity
    confidence: Confidence
    category: Literal["security", "privacy", "filing"]
    title: str
    title_zh: str
    message: str = ""
    message_zh: str = ""
    evidence: list[Evidence]
    references: list[Reference] = Field(default_factory=list)
    remediation: str = ""
    remediation_zh: str = ""
    owner: Literal["app", "sdk", "library", "unknown"] | None = None
    sdk: str | None = None
    fingerprint: str = Field(description="Stable identity for baselines: rule, file and matched thing, no offsets")


class FeatureAnswer(_Model):
    answer: Literal["yes", "likely", "no", "unknown"]
    evidence: list[Evidence] = Field(default_factory=list)
    basis: list[str] = Field(default_factory=list, description="SDK ids, API ids, components or strings")
    note: str = Field(default="", description="How the answer was reached")
    note_zh: str = ""
    limit: str = Field(default="", description="What a static scan of the package cannot see for this question")
    limit_zh: str = ""


class FilingFeatures(_Model):
    forum: FeatureAnswer
    payment: FeatureAnswer
    live_streaming: FeatureAnswer
    k12_tutoring: FeatureAnswer


class FilingNumber(_Model):
    kind: Literal["edu-filing", "icp-filing", "icp-license"]
    value: str
    app_filing: bool | None = Field(default=None, description="ICP: the trailing A marks an App filing")
    evidence: list[Evidence]


class Flag(_Model):
    id: str
    severity: Severity
    title: str
    title_zh: str
    clause: str
    clause_zh: str = ""
    message: str = ""
    message_zh: str = ""
    evidence: list[Evidence] = Field(default_factory=list)
    clause_ids: list[str] = Field(default_factory=list, description="Ids from rules/catalog/clauses.yaml")
    clause_text: str = Field(default="", description="The policy wording the flag rests on (English)")
    clause_text_zh: str = ""
    confidence: Confidence = "medium"
    fingerprint: str = Field(default="", description="The fingerprint of the finding behind the flag")


class FilingForm(_Model):
    """The form fields a package can answer (提供者备案信息表)."""

    app_name: str | None = None
    platform: str
    version: str | None = None
    package_id: str | None = None


class DeclaredItem(_Model):
    """One filed answer next to what the package shows."""

    kind: Literal["permission", "sdk", "feature", "form"]
    key: str = Field(description="Permission id, SDK id or name, feature name or form field")
    name: str = ""
    name_zh: str = ""
    declared: str | None = Field(default=None, description="What the filing says (None: not on the filing)")
    detected: str | None = Field(default=None, description="What the package shows (None: not seen)")
    status: Literal["match", "undeclared", "not-detected", "differs"]


class DeclaredComparison(_Model):
    """The provider's filed answers (``--declared``) compared with the package."""

    source: str = Field(description="File name of the declared filing")
    items: list[DeclaredItem] = Field(default_factory=list)
    mismatches: int = 0


class Filing(_Model):
    permissions_text_zh: str = ""
    permissions_text_en: str = ""
    form: FilingForm | None = None
    features: FilingFeatures | None = None
    numbers: list[FilingNumber] = Field(default_factory=list)
    flags: list[Flag] = Field(default_factory=list)
    declared: DeclaredComparison | None = None


class Domain(_Model):
    host: str
    party: Literal["first", "third", "unknown"]
    sdk: str | None = None
    count: int
    examples: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class AndroidDetails(_Model):
    application: ApplicationFlags | None = None
    components: list[Component] = Field(default_factory=list)
    declared_permissions: list[DeclaredPermission] = Field(default_factory=list)
    features: list[Feature] = Field(default_factory=list)
    meta_data: list[MetaData] = Field(default_factory=list)
    signing: Signing | None = None
    network: NetworkPolicy | None = None


class IosDetails(_Model):
    bundle: IosBundleInfo | None = None
    provisioning: Provisioning | None = None
    privacy_manifests: list[PrivacyManifest] = Field(default_factory=list)
    network: NetworkPolicy | None = None
    info_plist: dict[str, Any] = Field(default_factory=dict, description="Selected Info.plist keys")


class ScanError(_Model):
    part: str
    message: str
    message_zh: str = ""


class Stats(_Model):
    classes: int = 0
    dex_files: int = 0
    binaries: int = 0
    files: int = 0


class SuppressedFinding(_Model):
    """A finding a baseline entry suppresses (or would have, had the entry not expired)."""

    rule_id: str
    fingerprint: str
    severity: Severity
    title: str
    title_zh: str
    reason: str = ""
    expires: str | None = None


class Gating(_Model):
    """How CI gating changed this result: policy, baseline, threshold. Absent when none was given."""

    policy: str | None = Field(default=None, description="Policy file name")
    baseline: str | None = Field(default=None, description="Baseline file name")
    fail_on: str = Field(default="never", description="Severity threshold for exit code 1, or never")
    disabled_rules: list[str] = Field(default_factory=list, description="Rules the policy turned off")
    severity_overrides: dict[str, str] = Field(default_factory=dict, description="rule id → severity applied")
    suppressed: list[SuppressedFinding] = Field(default_factory=list)
    expired: list[SuppressedFinding] = Field(
        default_factory=list, description="Baseline entries past their expiry date: the finding is reported again"
    )
    unmatched_baseline: int = Field(default=0, description="Baseline entries that match nothing in this package")
    failing: int = Field(default=0, description="Findings at or above fail_on after suppression")


class ScanResult(_Model):
    """The result of one package, as ``eduscan scan`` writes it in JSON (``eduscan schema`` prints the schema)."""

    schema_version: str = SCHEMA_VERSION
    tool: Tool = Field(default_factory=Tool)
    catalogues: dict[str, str] = Field(default_factory=dict)
    package: PackageInfo
    app: AppInfo
    permissions: list[Permission] = Field(default_factory=list)
    sdks: list[SdkResult] = Field(default_factory=list)
    apis: list[ApiResult] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    filing: Filing = Field(default_factory=Filing)
    domains: list[Domain] = Field(default_factory=list)
    android: AndroidDetails | None = None
    ios: IosDetails | None = None
    binaries: list[NativeBinary] = Field(default_factory=list)
    stats: Stats = Field(default_factory=Stats)
    errors: list[ScanError] = Field(default_factory=list)
    gating: Gating | None = None
