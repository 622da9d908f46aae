"""AndroidManifest.xml (binary XML) → typed facts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from scanner.errors import PackageError
from scanner.facts.android_resources import AndroidResources
from scanner.facts.model import (
    AppFacts,
    ApplicationFlags,
    Component,
    DeclaredPermission,
    Feature,
    IntentFilter,
    Location,
    MetaData,
    PermissionRequest,
)
from scanner.facts.quiet import AXMLPrinter

NS = "{http://schemas.android.com/apk/res/android}"
MANIFEST = "AndroidManifest.xml"

_COMPONENT_TAGS = ("activity", "activity-alias", "service", "receiver", "provider")

# android:protectionLevel flag values (frameworks/base/core/res/res/values/attrs_manifest.xml).
_PROTECTION_BASE = {0: "normal", 1: "dangerous", 2: "signature", 3: "signatureOrSystem", 4: "internal"}


@dataclass(slots=True)
class ManifestFacts:
    app: AppFacts
    application: ApplicationFlags
    permissions: list[PermissionRequest] = field(default_factory=list)
    declared_permissions: list[DeclaredPermission] = field(default_factory=list)
    features: list[Feature] = field(default_factory=list)
    components: list[Component] = field(default_factory=list)
    meta_data: list[MetaData] = field(default_factory=list)
    split: str | None = None
    label_ref: str | None = None  # android:label as written (a reference or a literal)
    queries_packages: list[str] = field(default_factory=list)


def parse_axml(data: bytes, label: str, part: str = MANIFEST) -> Any:
    """Binary XML → lxml element, or PackageError for a manifest that cannot be read."""
    if not data:
        raise PackageError(f"{label}: {part} is empty", f"{label}：{part} 为空", code="bad-manifest")
    try:
        printer = AXMLPrinter(data)
        root = printer.get_xml_obj()
    except Exception as exc:
        raise PackageError(
            f"{label}: {part} is not valid binary XML ({exc.__class__.__name__})",
            f"{label}：{part} 不是有效的二进制 XML",
            code="bad-manifest",
        ) from exc
    if root is None or not isinstance(root.tag, str):
        raise PackageError(
            f"{label}: {part} is not valid binary XML",
            f"{label}：{part} 不是有效的二进制 XML",
            code="bad-manifest",
        )
    # Android's parser compares local element names only, so <android:uses-permission> still counts
    # (seen in the wild, e.g. InsecureBankv2). Drop element namespaces to read what Android reads.
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.startswith("{"):
            el.tag = el.tag.split("}", 1)[1]
    return root


def _attr(el: Any, name: str) -> str | None:
    v = el.get(NS + name)
    if v is None:
        v = el.get(name)
    return None if v is None else str(v)


def _bool(value: str | None, res: AndroidResources, default: bool) -> bool:
    if value is None:
        return default
    v = res.resolve(value)
    if v is None:
        return default
    v = v.strip().lower()
    if v in ("true", "1", "0xffffffff", "-1"):
        return True
    if v in ("false", "0", "0x0"):
        return False
    return default


def _opt_bool(value: str | None, res: AndroidResources) -> bool | None:
    if value is None:
        return None
    return _bool(value, res, False)


def _int(value: str | None, res: AndroidResources) -> int | None:
    if value is None:
        return None
    v = res.resolve(value)
    if v is None:
        return None
    try:
        return int(v, 0)
    except ValueError:
        # Preview SDKs are written as a codename ("Tiramisu"); treat as unknown.
        return None


def _full_name(name: str | None, package: str) -> str:
    if not name:
        return ""
    if name.startswith("."):
        return package + name
    if "." not in name:
        return f"{package}.{name}"
    return name


def protection_level(raw: str | None) -> str:
    """Protection level attribute (a name list or an int bitmask) → base level name."""
    if raw is None:
        return "normal"
    raw = raw.strip()
    try:
        value = int(raw, 0)
    except ValueError:
        return raw.split("|")[0] or "normal"
    return _PROTECTION_BASE.get(value & 0xF, "normal")


def parse_manifest(data: bytes, res: AndroidResources, label: str, part: str = MANIFEST) -> ManifestFacts:
    """One binary AndroidManifest.xml (base or split) read as Android reads it; PackageError when it cannot be."""
    root = parse_axml(data, label, part)
    if root.tag != "manifest":
        raise PackageError(
            f"{label}: {part} has no <manifest> root (found <{root.tag}>)",
            f"{label}：{part} 缺少 <manifest> 根元素",
            code="bad-manifest",
        )
    package = root.get("package") or ""
    app = AppFacts(platform="android", id=package or None)
    app.version_code = res.resolve(_attr(root, "versionCode"))
    app.version_name = res.resolve(_attr(root, "versionName"))
    for sdk in root.iter("uses-sdk"):
        app.min_sdk = _int(_attr(sdk, "minSdkVersion"), res)
        app.target_sdk = _int(_attr(sdk, "targetSdkVersion"), res)
        app.max_sdk = _int(_attr(sdk, "maxSdkVersion"), res)
        break
    if app.min_sdk is None:
        app.min_sdk = 1
    if app.target_sdk is None:
        app.target_sdk = app.min_sdk
    target = app.target_sdk or 1

    facts = ManifestFacts(app=app, application=ApplicationFlags(location=Location(file=part, detail="<application>")))
    facts.split = root.get("split")

    for tag, sdk23 in (
        ("uses-permission", False),
        ("uses-permission-sdk-23", True),
        ("uses-permission-sdk-m", True),
    ):
        for el in root.iter(tag):
            name = _attr(el, "name")
            if not name:
                continue
            facts.permissions.append(
                PermissionRequest(
                    id=name,
                    max_sdk=_int(_attr(el, "maxSdkVersion"), res),
                    sdk23=sdk23,
                    source=part,
                    location=Location(file=part, detail=f"<{tag} android:name={name}>"),
                )
            )
    if part == MANIFEST:
        # Only the base manifest decides implied permissions: split manifests carry no <uses-sdk>.
        _add_implied(facts.permissions, target, part)
    for el in root.iter("permission"):
        name = _attr(el, "name")
        if name:
            facts.declared_permissions.append(
                DeclaredPermission(
                    id=name,
                    protection_level=protection_level(res.resolve(_attr(el, "protectionLevel"))),
                    group=_attr(el, "permissionGroup"),
                    location=Location(file=part, detail=f"<permission android:name={name}>"),
                )
            )
    for el in root.iter("uses-feature"):
        name = _attr(el, "name")
        if name:
            facts.features.append(Feature(name=name, required=_bool(_attr(el, "required"), res, True)))
    for queries in root.iter("queries"):
        for el in queries.iter("package"):
            name = _attr(el, "name")
            if name:
                facts.queries_packages.append(name)

    application = next(root.iter("application"), None)
    if application is not None:
        a = facts.application
        a.debuggable = _bool(_attr(application, "debuggable"), res, False)
        a.allow_backup_explicit = _opt_bool(_attr(application, "allowBackup"), res)
        a.allow_backup = True if a.allow_backup_explicit is None else a.allow_backup_explicit
        a.uses_cleartext_traffic = _opt_bool(_attr(application, "usesCleartextTraffic"), res)
        a.network_security_config = _attr(application, "networkSecurityConfig")
        a.test_only = _bool(_attr(application, "testOnly"), res, False)
        a.full_backup_content = _attr(application, "fullBackupContent")
        a.data_extraction_rules = _attr(application, "dataExtractionRules")
        a.request_legacy_external_storage = _bool(_attr(application, "requestLegacyExternalStorage"), res, False)
        a.extract_native_libs = _opt_bool(_attr(application, "extractNativeLibs"), res)
        a.has_code = _bool(_attr(application, "hasCode"), res, True)
        facts.label_ref = _attr(application, "label")
        labels = res.localized(facts.label_ref)
        app.names = {k: v for k, v in sorted(labels.items())}
        app.name = labels.get("") or next(iter(labels.values()), None)
        app.name_zh = _pick_zh(labels)
        app.application_class = _full_name(_attr(application, "name"), package) or None
        app_permission = _attr(application, "permission")
        for child in application:
            if not isinstance(child.tag, str):
                continue
            if child.tag == "meta-data":
                facts.meta_data.extend(_meta_data(child, part, None))
                continue
            if child.tag not in _COMPONENT_TAGS:
                continue
            comp = _component(child, package, target, res, part, app_permission)
            facts.components.append(comp)
            for md in child.iter("meta-data"):
                facts.meta_data.extend(_meta_data(md, part, comp.name))
    for comp in facts.components:
        if comp.kind in ("activity", "activity-alias"):
            for f in comp.intent_filters:
                if "android.intent.action.MAIN" in f.actions and "android.intent.category.LAUNCHER" in f.categories:
                    app.main_activity = comp.target_activity if comp.kind == "activity-alias" else comp.name
                    break
            if app.main_activity:
                break
    return facts


def _meta_data(el: Any, part: str, component: str | None) -> list[MetaData]:
    """A <meta-data> element of <application> or of a component (SDKs are configured through them)."""
    name = _attr(el, "name")
    if not name:
        return []
    value = _attr(el, "value") or _attr(el, "resource")
    return [
        MetaData(
            name=name, value=value, location=Location(file=part, class_name=component, detail=f"<meta-data {name}>")
        )
    ]


# Permissions the platform grants implicitly (frameworks/base aapt badging: "uses-implied-permission").
def _add_implied(perms: list[PermissionRequest], target: int, part: str) -> None:
    have = {p.id for p in perms}
    p = "android.permission."
    implied: list[tuple[str, str]] = []
    if target < 4:
        implied += [
            (p + "WRITE_EXTERNAL_STORAGE", "targetSdkVersion < 4"),
            (p + "READ_PHONE_STATE", "targetSdkVersion < 4"),
        ]
    if p + "WRITE_EXTERNAL_STORAGE" in have or target < 4:
        implied.append((p + "READ_EXTERNAL_STORAGE", "implied by WRITE_EXTERNAL_STORAGE"))
    if target < 16:
        if p + "READ_CONTACTS" in have:
            implied.append((p + "READ_CALL_LOG", "implied by READ_CONTACTS with targetSdkVersion < 16"))
        if p + "WRITE_CONTACTS" in have:
            implied.append((p + "WRITE_CALL_LOG", "implied by WRITE_CONTACTS with targetSdkVersion < 16"))
    for pid, why in implied:
        if pid not in have:
            have.add(pid)
            perms.append(PermissionRequest(id=pid, implied=True, source=part, location=Location(file=part, detail=why)))


def _pick_zh(labels: dict[str, str]) -> str | None:
    for key in ("zh-rCN", "zh", "b+zh+Hans+CN", "b+zh+Hans", "zh-rSG", "zh-rTW", "zh-rHK"):
        if key in labels:
            return labels[key]
    for key, value in labels.items():
        if key.startswith("zh"):
            return value
    # Many Chinese apps keep their Chinese name in the default values: that is the Chinese name.
    default = labels.get("")
    if default and any("\u4e00" <= ch <= "\u9fff" for ch in default):
        return default
    return None


def _component(
    el: Any, package: str, target: int, res: AndroidResources, part: str, app_permission: str | None
) -> Component:
    kind = el.tag
    name = _full_name(_attr(el, "name"), package)
    filters = [_intent_filter(f, res) for f in el.iter("intent-filter")]
    explicit = _opt_bool(_attr(el, "exported"), res)
    if explicit is not None:
        exported = explicit
    elif kind == "provider":
        # Providers were exported by default until API 17 (android:exported doc).
        exported = target <= 16
    else:
        exported = bool(filters)
    # <application android:permission> is the default for every component (PackageParser does the same).
    permission = _attr(el, "permission") or app_permission
    comp = Component(
        kind=kind,
        name=name,
        exported=exported,
        exported_explicit=explicit,
        enabled=_bool(_attr(el, "enabled"), res, True),
        permission=permission,
        read_permission=_attr(el, "readPermission"),
        write_permission=_attr(el, "writePermission"),
        authorities=[a for a in (_attr(el, "authorities") or "").split(";") if a],
        grant_uri_permissions=_bool(_attr(el, "grantUriPermissions"), res, False),
        intent_filters=filters,
        launch_mode=_launch_mode(res.resolve(_attr(el, "launchMode"))),
        task_affinity=_attr(el, "taskAffinity"),
        target_activity=_full_name(_attr(el, "targetActivity"), package) or None,
        process=_attr(el, "process"),
        direct_boot_aware=_bool(_attr(el, "directBootAware"), res, False),
        location=Location(file=part, class_name=name, detail=f"<{kind} android:name={name}>"),
    )
    return comp


_LAUNCH_MODES = {
    "0": "standard",
    "1": "singleTop",
    "2": "singleTask",
    "3": "singleInstance",
    "4": "singleInstancePerTask",
}


def _launch_mode(v: str | None) -> str | None:
    if v is None:
        return None
    return _LAUNCH_MODES.get(v.strip(), v)


def _intent_filter(el: Any, res: AndroidResources) -> IntentFilter:
    f = IntentFilter()
    prio = _attr(el, "priority")
    f.priority = _int(prio, res) if prio else None
    f.auto_verify = _bool(_attr(el, "autoVerify"), res, False)
    for child in el:
        if not isinstance(child.tag, str):
            continue
        if child.tag == "action" and _attr(child, "name"):
            f.actions.append(_attr(child, "name") or "")
        elif child.tag == "category" and _attr(child, "name"):
            f.categories.append(_attr(child, "name") or "")
        elif child.tag == "data":
            for attr, bucket in (("scheme", f.schemes), ("host", f.hosts), ("mimeType", f.mime_types)):
                v = _attr(child, attr)
                if v:
                    bucket.append(v)
            for attr in ("path", "pathPrefix", "pathPattern", "pathAdvancedPattern", "pathSuffix"):
                v = _attr(child, attr)
                if v:
                    f.paths.append(v)
    return f
