"""Schemas of the catalogues kept as data in ``rules/catalog``.

Every catalogue file is YAML with a header (``catalogue``, ``version``, ``sources``) and a list of entries.
The models here are the single definition of those files: the loader validates with them and the
catalogue tests check every file against them, so a typo in the data is a load error, not a silent miss.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

#: The fixed SDK category vocabulary (issue 3). Report code maps these to the filing questions.
SdkCategory = Literal[
    "ads",
    "analytics",
    "push",
    "crash-reporting",
    "payment",
    "live-streaming",
    "biometric",
    "game-engine",
    "mini-game",
    "im",
    "login",
    "identification",
    "location",
    "social",
    "speech",
    "ugc-forum",
    "other",
]
SDK_CATEGORIES: tuple[str, ...] = SdkCategory.__args__  # type: ignore[attr-defined]

#: Kinds of personal information, shared by SDK "collects" lists, API entries and dynamic traffic facts.
PiType = Literal[
    "device-id",  # IMEI / MEID / hardware serial (不可变更的唯一设备识别码)
    "imsi",
    "sim-serial",
    "phone-number",
    "android-id",
    "oaid",
    "advertising-id",  # GAID / IDFA
    "idfv",
    "mac-address",
    "wifi-info",  # SSID/BSSID/scan results
    "cell-info",
    "bluetooth",
    "ip-address",
    "device-info",  # model, OS version, etc.
    "installed-apps",
    "running-apps",
    "location",
    "contacts",
    "call-log",
    "sms",
    "calendar",
    "photos",
    "camera",
    "microphone",
    "clipboard",
    "sensors",
    "accounts",
    "face",
    "fingerprint",
    "identity-document",
    "name",
    "health",
    "payment-info",
]
PI_TYPES: tuple[str, ...] = PiType.__args__  # type: ignore[attr-defined]

_ID = re.compile(r"^[a-z0-9][a-z0-9.\-]*[a-z0-9]$")


def _compiled(patterns: list[str]) -> list[str]:
    """Validator body: every pattern must compile (re.error is a ValueError, so pydantic reports it)."""
    for pattern in patterns:
        re.compile(pattern)
    return patterns


def _catalogue_id(kind: str, value: str) -> str:
    """Validator body: catalogue ids are lower-case kebab/dot case (they appear in results and policies)."""
    if not _ID.match(value):
        raise ValueError(f"{kind} id {value!r} must be lower-case kebab/dot case")
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CatalogueHeader(_Strict):
    """Fields every catalogue file starts with."""

    catalogue: str
    version: str = Field(pattern=r"^\d{4}\.\d{2}\.\d+$")
    description: str = ""
    licence: str = ""
    sources: list[str] = Field(default_factory=list)


# --------------------------------------------------------------------------------------------- permissions


class PermissionGroup(_Strict):
    """A permission group as the TC260 guide names it (日历权限 …), or one of ours for newer permissions."""

    id: str = Field(pattern=r"^[A-Z_]+$")
    name_zh: str
    name_en: str
    tc260: bool = Field(description="True for the ten groups of the TC260 guide (附录A)")
    verified: bool = True


class AndroidPermission(_Strict):
    """One Android permission with its official Chinese name where there is one."""

    id: str = Field(description="Full constant value, e.g. android.permission.CAMERA")
    name_zh: str
    name_en: str
    group: str | None = Field(default=None, description="PermissionGroup.id, or None when ungrouped")
    protection_level: str = Field(description="AOSP base level: normal, dangerous, signature, internal …")
    protection_flags: list[str] = Field(default_factory=list, description="AOSP flags: privileged, appop …")
    api_added: int | None = None
    api_removed: int | None = Field(default=None, description="First API level where AOSP no longer defines it")
    sensitive: bool = Field(description="Personal-information relevant; listed first in 获取的权限")
    pi164: bool = Field(default=False, description="PI type enumerated in 工信部〔2020〕164号 scenes")
    edu: Literal["opt", "flag"] | None = Field(
        default=None, description="Default verdict for a 学习教育类 app: opt = only optional, flag = justify"
    )
    verified: bool = Field(description="False where regulation.md marks the Chinese name unverified (U)")
    source: str = ""
    note: str = ""


class IosPermission(_Strict):
    """An Info.plist usage-description key (NS*UsageDescription) mapped to a permission name."""

    id: str = Field(pattern=r"^(NS|NFC)[A-Za-z]+$")
    name_zh: str
    name_en: str
    group: str | None = None
    sensitive: bool
    edu: Literal["opt", "flag"] | None = None
    verified: bool
    source: str = ""
    note: str = ""


class PermissionCatalogue(CatalogueHeader):
    """rules/catalog/permissions.yaml."""

    groups: list[PermissionGroup]
    android: list[AndroidPermission]
    ios: list[IosPermission]

    @model_validator(mode="after")
    def _unique_and_linked(self) -> PermissionCatalogue:
        groups = {g.id for g in self.groups}
        for kind, items in (("android", self.android), ("ios", self.ios)):
            seen: set[str] = set()
            for p in items:
                if p.id in seen:
                    raise ValueError(f"duplicate {kind} permission {p.id}")
                seen.add(p.id)
                if p.group is not None and p.group not in groups:
                    raise ValueError(f"{p.id}: unknown group {p.group}")
        return self


# --------------------------------------------------------------------------------------------- SDKs


class AndroidSignature(_Strict):
    """How an SDK shows in an APK. Every list is optional; at least one signature overall is required."""

    packages: list[str] = Field(
        default_factory=list,
        description="Java package or class-name prefixes in dotted form, e.g. 'com.qq.e.ads.' (trailing dot = "
        "package boundary) or 'com.umeng.analytics.MobclickAgent' (exact class)",
    )
    class_patterns: list[str] = Field(default_factory=list, description="Python regexes over dotted class names")
    native_libs: list[str] = Field(default_factory=list, description="Regexes over .so file names (basename)")
    components: list[str] = Field(default_factory=list, description="Manifest component class names (exact)")
    assets: list[str] = Field(default_factory=list, description="Regexes over package entry paths (assets/…)")
    meta_data: list[str] = Field(default_factory=list, description="<meta-data android:name> keys (exact)")

    @field_validator("class_patterns", "native_libs", "assets")
    @classmethod
    def _regexes_compile(cls, v: list[str]) -> list[str]:
        return _compiled(v)

    def is_empty(self) -> bool:
        return not (
            self.packages or self.class_patterns or self.native_libs or self.components or self.assets or self.meta_data
        )


class IosSignature(_Strict):
    """How an SDK shows in an IPA."""

    class_patterns: list[str] = Field(default_factory=list, description="Regexes over Objective-C class names")
    frameworks: list[str] = Field(default_factory=list, description="Framework bundle names without .framework")
    pods: list[str] = Field(default_factory=list, description="CocoaPods names (from *.bundle / acknowledgements)")
    symbols: list[str] = Field(default_factory=list, description="Exported or imported symbol names (exact)")

    @field_validator("class_patterns")
    @classmethod
    def _regexes_compile(cls, v: list[str]) -> list[str]:
        return _compiled(v)

    def is_empty(self) -> bool:
        return not (self.class_patterns or self.frameworks or self.pods or self.symbols)


class SdkRefs(_Strict):
    exodus: int | None = Field(default=None, description="εxodus tracker id")
    libchecker: list[str] = Field(default_factory=list, description="LibChecker rule names this entry draws on")
    website: str | None = None
    docs: str | None = None


class Sdk(_Strict):
    """One third-party SDK."""

    id: str
    name: str
    name_zh: str
    vendor: str
    vendor_zh: str = ""
    categories: list[SdkCategory] = Field(min_length=1)
    android: AndroidSignature = Field(default_factory=AndroidSignature)
    ios: IosSignature = Field(default_factory=IosSignature)
    domains: list[str] = Field(default_factory=list, description="Registrable domains the SDK talks to")
    collects: list[PiType] = Field(default_factory=list, description="PI the vendor documents it collects")
    refs: SdkRefs = Field(default_factory=SdkRefs)
    sources: list[str] = Field(min_length=1, description="Where each signature was checked")
    verified: bool = True
    note: str = ""

    @field_validator("id")
    @classmethod
    def _id_format(cls, v: str) -> str:
        return _catalogue_id("SDK", v)

    @model_validator(mode="after")
    def _has_signature(self) -> Sdk:
        if self.android.is_empty() and self.ios.is_empty() and not self.domains:
            raise ValueError(f"SDK {self.id} has no signature at all")
        return self


class SdkCatalogue(CatalogueHeader):
    """rules/catalog/sdks/*.yaml (one file per source, e.g. exodus.yaml under ODbL, cn.yaml)."""

    sdks: list[Sdk]


# --------------------------------------------------------------------------------------------- APIs

ApiCategory = Literal[
    "device-id",
    "installed-apps",
    "running-apps",
    "clipboard",
    "location",
    "contacts",
    "call-log",
    "sms",
    "calendar",
    "camera",
    "microphone",
    "sensors",
    "accounts",
    "biometric",
    "network-id",
    "phone-number",
    "photos",
    "advertising-id",
    "health",
    "bluetooth",
    "payment",
]
API_CATEGORIES: tuple[str, ...] = ApiCategory.__args__  # type: ignore[attr-defined]

_DEX_METHOD = re.compile(r"^L[^;]+;->[^(\s]+$")
_DEX_FIELD = re.compile(r"^L[^;]+;->[^(\s:]+$")


class AndroidApiRef(_Strict):
    """One way the API shows in bytecode: a method invoked or a static field read.

    ``method`` is ``Lpkg/Class;->name`` (any prototype). ``with_string`` narrows it to calls in a method that
    also loads a constant string starting with it (``Settings$Secure.getString`` with ``"android_id"``;
    ``ContentResolver.query`` with ``"content://com.android.contacts"``).
    """

    method: str | None = None
    field: str | None = None
    with_string: str | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> AndroidApiRef:
        if (self.method is None) == (self.field is None):
            raise ValueError("give exactly one of method or field")
        if self.method is not None and not _DEX_METHOD.match(self.method):
            raise ValueError(f"bad method reference {self.method!r}; want Lpkg/Class;->name")
        if self.field is not None and not _DEX_FIELD.match(self.field):
            raise ValueError(f"bad field reference {self.field!r}; want Lpkg/Class;->NAME")
        return self


class IosApiRef(_Strict):
    """One way the API shows in a Mach-O: an imported symbol, an ObjC class reference or a selector."""

    symbol: str | None = None
    objc_class: str | None = None
    selector: str | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> IosApiRef:
        if sum(x is not None for x in (self.symbol, self.objc_class, self.selector)) != 1:
            raise ValueError("give exactly one of symbol, objc_class, selector")
        return self


class Api(_Strict):
    """A sensitive or privacy-relevant platform API."""

    id: str
    category: ApiCategory
    name: str
    name_zh: str
    pi: list[PiType] = Field(default_factory=list)
    permissions: list[str] = Field(default_factory=list, description="Permissions this API needs, if any")
    android: list[AndroidApiRef] = Field(default_factory=list)
    ios: list[IosApiRef] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    note: str = ""

    @field_validator("id")
    @classmethod
    def _id_format(cls, v: str) -> str:
        return _catalogue_id("API", v)


class ApiCatalogue(CatalogueHeader):
    """rules/catalog/apis.yaml."""

    apis: list[Api]

    @model_validator(mode="after")
    def _unique(self) -> ApiCatalogue:
        ids = [a.id for a in self.apis]
        dupes = {i for i in ids if ids.count(i) > 1}
        if dupes:
            raise ValueError(f"duplicate API ids: {sorted(dupes)}")
        return self


# --------------------------------------------------------------------------------------------- strings

StringKind = Literal["edu-filing", "icp-filing", "icp-license", "url", "secret", "keyword"]


class StringPattern(_Strict):
    """A regex over text found in the package (resources, DEX strings, assets, Mach-O strings, plists)."""

    id: str
    kind: StringKind
    name: str
    name_zh: str
    regex: str
    group: int = Field(default=0, description="Capture group holding the value reported")
    min_entropy: float | None = Field(default=None, description="Shannon entropy (bits/char) the value needs")
    redact: bool = Field(default=False, description="Never print the value: hash plus a few characters")
    code: bool = Field(
        default=True,
        description="Also search compiled code's string tables (DEX string data, Mach-O C strings). False for "
        'patterns written for text files (key = "value" assignments), which code constants never look like',
    )
    prefilter: list[str] = Field(
        default_factory=list,
        description="Literals one of which every match contains: in large DEX files the regex then runs only on "
        "the strings that contain one (regexes that start with a character class are slow over raw bytes)",
    )
    sources: list[str] = Field(default_factory=list)
    note: str = ""

    @field_validator("regex")
    @classmethod
    def _compiles(cls, v: str) -> str:
        return _compiled([v])[0]


class StringCatalogue(CatalogueHeader):
    """rules/catalog/strings.yaml."""

    patterns: list[StringPattern]
    ignore_hosts: list[str] = Field(
        default_factory=list, description="Hosts of XML namespaces, licences, docs: not endpoints"
    )
