"""Typed facts: what a package shows, independent of how it was read.

Unpacking knows formats; extractors turn a format into these facts; rules read only these. Android and iOS
share the types where the concept is the same (a requested permission, a native binary, an API call site,
an SDK, a string found in the app), and static and dynamic evidence share them too (a runtime API call is a
:class:`ApiCall` with ``source="dynamic"``), so one rule set judges both.

Every collection a rule may select is listed in :data:`COLLECTIONS` (name → item type); the rule loader
checks rule field names against these types, so a rule that names a field no fact has fails to load.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Annotated, Any, Literal

from pydantic import Field

#: A fact field rules and detectors read but the JSON result leaves out (bulky, internal lists).
Internal = Field(exclude=True)

Platform = Literal["android", "ios"]
Owner = Literal["app", "sdk", "library", "unknown"]


@dataclass(slots=True)
class Location:
    """Where a fact sits in the package. Every finding's evidence is built from these."""

    file: str | None = None
    class_name: str | None = None
    method: str | None = None
    offset: int | None = None
    string: str | None = None
    detail: str | None = None


@dataclass(slots=True)
class PackageFacts:
    path: str
    name: str
    sha256: str
    size: int
    format: Literal["apk", "apks", "xapk", "ipa"]
    entries: int = 0
    splits: list[str] = field(default_factory=list)
    tamper: list[str] = field(default_factory=list)
    newest_entry_time: str | None = None  # ISO date of the newest ZIP entry timestamp, if plausible


@dataclass(slots=True)
class AppFacts:
    platform: Platform
    id: str | None = None
    name: str | None = None
    name_zh: str | None = None
    names: dict[str, str] = field(default_factory=dict)  # locale → label
    version_name: str | None = None
    version_code: str | None = None
    min_sdk: int | None = None
    target_sdk: int | None = None
    max_sdk: int | None = None
    min_os: str | None = None  # iOS MinimumOSVersion
    build_date: str | None = None  # ISO date when the package tells it
    main_activity: str | None = None
    application_class: str | None = None
    executable: str | None = None  # iOS CFBundleExecutable


@dataclass(slots=True)
class PermissionRequest:
    """A permission the app asks for: uses-permission (Android) or an NS*UsageDescription key (iOS)."""

    id: str
    max_sdk: int | None = None
    sdk23: bool = False  # <uses-permission-sdk-23>
    implied: bool = False  # granted because another permission or an old targetSdk implies it
    usage_description: str | None = None
    source: str | None = None  # which split / plist declared it
    location: Location = field(default_factory=Location)


@dataclass(slots=True)
class DeclaredPermission:
    id: str
    protection_level: str
    group: str | None = None
    location: Location = field(default_factory=Location)


@dataclass(slots=True)
class Feature:
    name: str
    required: bool = True


@dataclass(slots=True)
class IntentFilter:
    actions: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    schemes: list[str] = field(default_factory=list)
    hosts: list[str] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    mime_types: list[str] = field(default_factory=list)
    priority: int | None = None
    auto_verify: bool = False


@dataclass(slots=True)
class Component:
    """activity, activity-alias, service, receiver or provider."""

    kind: Literal["activity", "activity-alias", "service", "receiver", "provider"]
    name: str
    exported: bool
    exported_explicit: bool | None  # the attribute as written, None when absent
    enabled: bool = True
    permission: str | None = None
    read_permission: str | None = None
    write_permission: str | None = None
    authorities: list[str] = field(default_factory=list)
    grant_uri_permissions: bool = False
    intent_filters: list[IntentFilter] = field(default_factory=list)
    launch_mode: str | None = None
    task_affinity: str | None = None
    target_activity: str | None = None
    process: str | None = None
    direct_boot_aware: bool = False
    location: Location = field(default_factory=Location)

    @property
    def actions(self) -> list[str]:
        return [a for f in self.intent_filters for a in f.actions]

    @property
    def schemes(self) -> list[str]:
        return [s for f in self.intent_filters for s in f.schemes]

    @property
    def categories(self) -> list[str]:
        return [c for f in self.intent_filters for c in f.categories]

    @property
    def has_intent_filter(self) -> bool:
        return bool(self.intent_filters)

    @property
    def protected(self) -> bool:
        return bool(self.permission or (self.read_permission and self.write_permission))


@dataclass(slots=True)
class ApplicationFlags:
    debuggable: bool = False
    allow_backup: bool = True  # Android's default when the attribute is absent
    allow_backup_explicit: bool | None = None
    uses_cleartext_traffic: bool | None = None
    network_security_config: str | None = None
    test_only: bool = False
    full_backup_content: str | None = None
    data_extraction_rules: str | None = None
    request_legacy_external_storage: bool = False
    extract_native_libs: bool | None = None
    has_code: bool = True
    location: Location = field(default_factory=Location)


@dataclass(slots=True)
class MetaData:
    name: str
    value: str | None
    location: Location = field(default_factory=Location)


@dataclass(slots=True)
class Certificate:
    subject: str
    issuer: str
    serial: str
    not_before: str  # ISO 8601
    not_after: str
    sha256: str
    sha1: str
    md5: str
    signature_algorithm: str
    key_algorithm: str
    key_bits: int | None
    self_signed: bool
    debug: bool  # the Android debug certificate (CN=Android Debug)
    expired: bool
    schemes: list[str] = field(default_factory=list)
    location: Location = field(default_factory=Location)


@dataclass(slots=True)
class Signing:
    v1: bool = False
    v2: bool = False
    v3: bool = False
    v31: bool = False
    v4: bool = False
    signed: bool = False
    certificates: list[Certificate] = field(default_factory=list)
    v1_algorithms: list[str] = field(default_factory=list)  # JAR signer digest+signature, e.g. MD5withRSA
    location: Location = field(default_factory=Location)

    @property
    def schemes(self) -> list[str]:
        return [
            s
            for s, on in (
                ("v1", self.v1),
                ("v2", self.v2),
                ("v3", self.v3),
                ("v3.1", self.v31),
                ("v4", self.v4),
            )
            if on
        ]

    @property
    def v1_only(self) -> bool:
        return self.v1 and not (self.v2 or self.v3 or self.v31)


@dataclass(slots=True)
class NetworkDomainConfig:
    """A <domain-config> (Android) or NSExceptionDomains entry (iOS)."""

    domains: list[str]
    include_subdomains: bool = False
    cleartext_permitted: bool | None = None
    trust_user_certs: bool = False
    trust_system_certs: bool = True
    override_pins: bool = False
    pins: list[str] = field(default_factory=list)
    pin_expiration: str | None = None
    min_tls_version: str | None = None
    requires_forward_secrecy: bool | None = None
    location: Location = field(default_factory=Location)


@dataclass(slots=True)
class NetworkPolicy:
    """Platform network security: Android network_security_config or iOS App Transport Security."""

    platform: Platform
    cleartext_default: bool  # cleartext allowed for domains without a specific config
    trust_user_certs: bool = False
    debug_trust_user_certs: bool = False
    override_pins: bool = False
    allows_arbitrary_loads: bool = False
    allows_arbitrary_loads_in_web_content: bool = False
    allows_local_networking: bool = False
    domains: list[NetworkDomainConfig] = field(default_factory=list)
    source: str | None = None  # "network_security_config", "usesCleartextTraffic", "default", "ATS"
    location: Location = field(default_factory=Location)


@dataclass(slots=True)
class NativeBinary:
    """A shared library (.so) in an APK or a Mach-O (one architecture slice) in an IPA."""

    path: str
    format: Literal["elf", "macho"]
    arch: str
    kind: Literal["library", "executable", "framework", "extension", "other"] = "library"
    nx: bool | None = None
    pie: bool | None = None
    canary: bool | None = None
    relro: Literal["full", "partial", "none"] | None = None
    fortify: bool | None = None
    rpath: list[str] = field(default_factory=list)
    stripped: bool | None = None
    arc: bool | None = None
    encrypted: bool | None = None
    code_signature: bool | None = None
    libraries: list[str] = field(default_factory=list)
    imports: list[str] = field(default_factory=list)
    insecure_functions: list[str] = field(default_factory=list)
    weak_crypto_functions: list[str] = field(default_factory=list)
    objc_classes: list[str] = field(default_factory=list)
    # Mach-O only: selectors the code references and Objective-C classes it refers to (own and imported);
    # read by API detection, too many to list in the result.
    selectors: Annotated[list[str], Internal] = field(default_factory=list)
    objc_class_refs: Annotated[list[str], Internal] = field(default_factory=list)
    error: str | None = None
    location: Location = field(default_factory=Location)


@dataclass(slots=True)
class StringHit:
    """A notable string: filing number, ICP number, URL/domain, secret, keyword."""

    kind: str  # "edu-filing", "icp-filing", "icp-license", "url", "domain", "secret", "keyword", "ip"
    value: str
    detail: str | None = None  # e.g. the secret type, the keyword group
    owner: Owner = "unknown"
    sdk: str | None = None
    location: Location = field(default_factory=Location)


@dataclass(slots=True)
class CodeCall:
    """An instruction that calls a method, reads a field or loads a string the rules asked about."""

    kind: Literal["method", "field", "string"]
    target: str  # "Lpkg/Class;->name" (methods and fields) or the string itself
    target_proto: str | None
    caller_class: str  # dotted class name
    caller_method: str  # name + prototype
    owner: Owner
    sdk: str | None
    string_args: list[str | None] = field(default_factory=list)
    int_args: list[int | None] = field(default_factory=list)
    method_strings: list[str] = field(default_factory=list)  # constants loaded anywhere in the caller
    # Per argument register, where its value comes from (scanner/facts/dex_flow.py): "const", "array",
    # "concat", "new:<type><ctor>|m1|m2", "field:<ref>", "param", "call:<ref>", "buffer" or None.
    arg_sources: list[str | None] = field(default_factory=list)
    arg_parts: list[str] = field(default_factory=list)  # constant strings that went into the arguments
    location: Location = field(default_factory=Location)

    @property
    def arg0(self) -> str | None:
        return self._sarg(0)

    @property
    def arg1(self) -> str | None:
        return self._sarg(1)

    @property
    def arg2(self) -> str | None:
        return self._sarg(2)

    @property
    def int_arg1(self) -> int | None:
        return self.int_args[1] if len(self.int_args) > 1 else None

    @property
    def int_arg2(self) -> int | None:
        return self.int_args[2] if len(self.int_args) > 2 else None

    def _sarg(self, i: int) -> str | None:
        # Instance methods take the receiver first; report the first *constant* string arguments in order.
        consts = [s for s in self.string_args if s is not None]
        return consts[i] if i < len(consts) else None


@dataclass(slots=True)
class MethodBody:
    """A method that overrides a type of interest (X509TrustManager.checkServerTrusted …), summarised."""

    class_name: str
    method: str
    proto: str
    implements: list[str]  # interfaces and superclass descriptors of the defining class
    instructions: int
    empty: bool  # only return-void / return of a constant
    returns_true: bool  # returns the constant 1
    calls: list[str]  # invoke targets "Lpkg/Class;->name"
    owner: Owner = "unknown"
    sdk: str | None = None
    location: Location = field(default_factory=Location)


@dataclass(slots=True)
class SdkHit:
    """An SDK from the catalogue found in the package."""

    id: str
    name: str
    name_zh: str
    vendor: str
    categories: list[str]
    confidence: Literal["high", "medium", "low"]
    classes_matched: int = 0
    example_classes: list[str] = field(default_factory=list)
    native_libs: list[str] = field(default_factory=list)
    components: list[str] = field(default_factory=list)
    assets: list[str] = field(default_factory=list)
    frameworks: list[str] = field(default_factory=list)
    meta_data: list[str] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)
    collects: list[str] = field(default_factory=list)
    refs: dict[str, Any] = field(default_factory=dict)
    source: Literal["static", "dynamic"] = "static"
    location: Location = field(default_factory=Location)


@dataclass(slots=True)
class ApiCall:
    """A sensitive API referenced by code (static) or observed at run time (dynamic)."""

    api: str  # catalogue id
    category: str
    name: str
    name_zh: str
    pi: list[str]
    ref: str  # the method/field/symbol that matched
    caller_class: str | None
    caller_method: str | None
    owner: Owner
    sdk: str | None
    source: Literal["static", "dynamic"] = "static"
    before_consent: bool | None = None  # dynamic only
    location: Location = field(default_factory=Location)


@dataclass(slots=True)
class NetworkRequest:
    """An outbound request seen at run time (dynamic capture), with the PI found in it."""

    url: str
    host: str
    method: str
    scheme: str
    pi: list[str] = field(default_factory=list)
    pi_values: list[str] = field(default_factory=list)  # redacted
    sdk: str | None = None
    before_consent: bool | None = None
    location: Location = field(default_factory=Location)


@dataclass(slots=True)
class PlistEntry:
    """An iOS Info.plist / entitlement / provisioning value worth a rule (flattened key path)."""

    source: Literal["info", "entitlements", "provisioning", "privacy-manifest"]
    key: str
    value: Any
    location: Location = field(default_factory=Location)


@dataclass(slots=True)
class PrivacyManifest:
    path: str
    bundle: str  # app or framework name
    tracking: bool | None = None
    tracking_domains: list[str] = field(default_factory=list)
    collected_data_types: list[dict[str, Any]] = field(default_factory=list)
    accessed_api_types: list[dict[str, Any]] = field(default_factory=list)
    location: Location = field(default_factory=Location)


@dataclass(slots=True)
class Provisioning:
    name: str | None = None
    uuid: str | None = None
    team_id: str | None = None
    team_name: str | None = None
    app_id_name: str | None = None
    creation_date: str | None = None
    expiration_date: str | None = None
    expired: bool | None = None
    profile_type: Literal["development", "ad-hoc", "enterprise", "app-store", "unknown"] = "unknown"
    devices: list[str] = field(default_factory=list)
    entitlements: dict[str, Any] = field(default_factory=dict)
    certificates: list[Certificate] = field(default_factory=list)
    location: Location = field(default_factory=Location)


@dataclass(slots=True)
class RequiredReasonUse:
    """An API on Apple's required-reason list used by a binary, and whether the privacy manifest of the bundle
    holding that binary declares its category (App Store review rejects undeclared use since May 2024)."""

    category: str  # NSPrivacyAccessedAPICategoryUserDefaults …
    api: str  # the symbol, class or selector seen, e.g. mach_absolute_time, NSUserDefaults
    bundle: str  # HomeworkHelper.app, UMCommon.framework
    binary: str  # path of the Mach-O in the package
    declared: bool
    manifest: str | None = None  # path of the bundle's PrivacyInfo.xcprivacy, None when it has none
    reasons: list[str] = field(default_factory=list)  # reason codes declared for the category
    owner: Owner = "unknown"
    sdk: str | None = None
    location: Location = field(default_factory=Location)


@dataclass(slots=True)
class IosBundleInfo:
    """Info.plist facts that have no Android counterpart."""

    bundle_id: str | None = None
    device_family: list[str] = field(default_factory=list)
    url_schemes: list[str] = field(default_factory=list)
    queried_schemes: list[str] = field(default_factory=list)
    background_modes: list[str] = field(default_factory=list)
    entitlements: dict[str, Any] = field(default_factory=dict)
    extensions: list[str] = field(default_factory=list)
    frameworks: list[str] = field(default_factory=list)
    platform_name: str | None = None  # iphoneos, appletvos …
    encrypted: bool = False
    location: Location = field(default_factory=Location)


@dataclass(slots=True)
class ScanIssue:
    """A part of the package that could not be read; the rest of the scan goes on."""

    part: str
    message: str
    message_zh: str = ""


@dataclass(slots=True)
class Facts:
    """Everything extracted from one package (and, optionally, its dynamic trace)."""

    package: PackageFacts
    app: AppFacts
    permissions: list[PermissionRequest] = field(default_factory=list)
    declared_permissions: list[DeclaredPermission] = field(default_factory=list)
    features: list[Feature] = field(default_factory=list)
    components: list[Component] = field(default_factory=list)
    application: ApplicationFlags | None = None
    meta_data: list[MetaData] = field(default_factory=list)
    signing: Signing | None = None
    network: NetworkPolicy | None = None
    binaries: list[NativeBinary] = field(default_factory=list)
    strings: list[StringHit] = field(default_factory=list)
    calls: list[CodeCall] = field(default_factory=list)
    bodies: list[MethodBody] = field(default_factory=list)
    sdks: list[SdkHit] = field(default_factory=list)
    apis: list[ApiCall] = field(default_factory=list)
    requests: list[NetworkRequest] = field(default_factory=list)
    plist: list[PlistEntry] = field(default_factory=list)
    privacy_manifests: list[PrivacyManifest] = field(default_factory=list)
    required_reasons: list[RequiredReasonUse] = field(default_factory=list)
    provisioning: Provisioning | None = None
    ios: IosBundleInfo | None = None
    files: list[str] = field(default_factory=list)
    classes: int = 0  # number of classes defined in the package's code
    errors: list[ScanIssue] = field(default_factory=list)

    def collection(self, name: str) -> list[Any]:
        """A rule's view: every collection is a list, singletons included. ``certificate`` and ``domain_config``
        are not fields of their own: they are read out of the signing / provisioning facts and the network policy,
        here, so data rules and python checks see the same items."""
        if name == "certificate":
            certs = list(self.signing.certificates) if self.signing else []
            return certs + (self.provisioning.certificates if self.provisioning else [])
        if name == "domain_config":
            return list(self.network.domains) if self.network else []
        value = getattr(self, COLLECTION_ATTR[name])
        if value is None:
            return []
        return value if isinstance(value, list) else [value]


#: Collection name as rules write it → item type. Singletons (app, signing …) are one-item collections.
COLLECTIONS: dict[str, type] = {
    "package": PackageFacts,
    "app": AppFacts,
    "permission": PermissionRequest,
    "declared_permission": DeclaredPermission,
    "feature": Feature,
    "component": Component,
    "application": ApplicationFlags,
    "meta_data": MetaData,
    "signing": Signing,
    "certificate": Certificate,
    "network": NetworkPolicy,
    "domain_config": NetworkDomainConfig,
    "binary": NativeBinary,
    "string": StringHit,
    "call": CodeCall,
    "method_body": MethodBody,
    "sdk": SdkHit,
    "api": ApiCall,
    "request": NetworkRequest,
    "plist": PlistEntry,
    "privacy_manifest": PrivacyManifest,
    "required_reason": RequiredReasonUse,
    "provisioning": Provisioning,
    "ios": IosBundleInfo,
}

#: Collection name → the Facts field holding it (``certificate`` and ``domain_config`` are derived, see
#: :meth:`Facts.collection`).
COLLECTION_ATTR: dict[str, str] = {
    "package": "package",
    "app": "app",
    "permission": "permissions",
    "declared_permission": "declared_permissions",
    "feature": "features",
    "component": "components",
    "application": "application",
    "meta_data": "meta_data",
    "signing": "signing",
    "network": "network",
    "binary": "binaries",
    "string": "strings",
    "call": "calls",
    "method_body": "bodies",
    "sdk": "sdks",
    "api": "apis",
    "request": "requests",
    "plist": "plist",
    "privacy_manifest": "privacy_manifests",
    "required_reason": "required_reasons",
    "provisioning": "provisioning",
    "ios": "ios",
}


def field_names(item_type: type) -> set[str]:
    """Fields and read-only properties a rule may name on an item type."""
    names = {f.name for f in fields(item_type)}
    names |= {k for k, v in vars(item_type).items() if isinstance(v, property)}
    return names
