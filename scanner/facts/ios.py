"""IPA → Facts. Knows the iOS bundle layout; nothing here judges anything.

:func:`read_ipa` extracts facts from the package alone (Info.plist and its localisations, App Transport
Security, provisioning profile, entitlements, privacy manifests, every Mach-O slice); it knows no catalogue.
:func:`scanner.detect.ios.extract_ios` runs the detectors over those facts (SDK and API catalogues, string
patterns, code ownership), as ``Scanner._android`` does for APKs.

Bounded work for big packages: only bundle executables and ``.dylib`` files are read as Mach-O (by magic),
only plists and a capped set of small text resources are inflated, everything else is listed by name only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from scanner.errors import PackageError
from scanner.facts.ios_required_reason import uses_of
from scanner.facts.macho import MAX_MACHO, BinaryKind, MachOSlice, analyse_macho, entitlements_plist, is_macho
from scanner.facts.model import (
    AppFacts,
    Facts,
    IosBundleInfo,
    Location,
    NetworkDomainConfig,
    NetworkPolicy,
    PackageFacts,
    PermissionRequest,
    PlistEntry,
    PrivacyManifest,
    RequiredReasonUse,
    ScanIssue,
)
from scanner.facts.plist import MAX_PLIST, jsonable, load_dict, parse_strings
from scanner.facts.provisioning import read_profile
from scanner.unpack.package import OpenedPackage
from scanner.unpack.safezip import SafeZip, ZipEntry

MAX_MACHO_FILES = 300
MAX_MACHO_TOTAL = 2 << 30  # inflated Mach-O bytes per package
MAX_BUNDLE_DEPTH = 6

_BUNDLE_EXT = (".app", ".appex", ".framework", ".bundle", ".xpc")
_DEVICE_FAMILY = {1: "iPhone", 2: "iPad", 3: "Apple TV", 4: "Apple Watch", 5: "CarPlay", 6: "Mac", 7: "Apple Vision"}
_PLATFORM_NAMES = {
    "ios": "iphoneos",
    "ios-simulator": "iphonesimulator",
    "tvos": "appletvos",
    "tvos-simulator": "appletvsimulator",
    "watchos": "watchos",
    "watchos-simulator": "watchsimulator",
    "visionos": "xros",
    "maccatalyst": "maccatalyst",
    "macos": "macosx",
}
_ZH_LOCALES = (
    "zh-Hans",
    "zh_CN",
    "zh-CN",
    "zh-Hans-CN",
    "zh_Hans",
    "zh",
    "zh-Hant",
    "zh_TW",
    "zh-TW",
    "zh_HK",
    "zh-HK",
)
#: Info.plist keys too bulky or too cosmetic for the result's info_plist view.
_NOISE_KEYS = frozenset(
    {
        "CFBundleIcons",
        "CFBundleIcons~ipad",
        "CFBundleIconFiles",
        "CFBundleIconFile",
        "UILaunchImages",
        "UILaunchImages~ipad",
        "UISupportedInterfaceOrientations",
        "UISupportedInterfaceOrientations~ipad",
        "UIAppFonts",
        "UILaunchScreen",
        "UIApplicationSceneManifest",
        "NSExtension",
        "UIStatusBarStyle",
        "CFBundleDevelopmentRegion",
        "CFBundleInfoDictionaryVersion",
        "CFBundlePackageType",
        "CFBundleSignature",
        "BuildMachineOSBuild",
        "DTCompiler",
    }
)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_ENC_EN = (
    "encrypted (LC_ENCRYPTION_INFO cryptid {cryptid}): classes, strings and code could not be analysed; "
    "only load commands, linked libraries, imported symbols and the signature were read. Decrypt the app and scan "
    "again for a full result"
)
_ENC_ZH = (
    "已加密（LC_ENCRYPTION_INFO cryptid={cryptid}）：未能分析类名、字符串与代码，"
    "仅读取了加载命令、链接库、导入符号和签名；请解密后重新扫描以获得完整结果"
)


@dataclass(slots=True)
class Bundle:
    """A bundle inside the app: the app itself, an extension, a framework, a resource bundle."""

    dir: str  # "Payload/X.app/Frameworks/Y.framework/"
    name: str  # "Y.framework"
    kind: Literal["app", "extension", "framework", "bundle", "other"]
    info: dict[str, Any] | None = None
    executable: str | None = None  # full path of its Mach-O, when the package has it

    @property
    def bundle_id(self) -> str | None:
        v = (self.info or {}).get("CFBundleIdentifier")
        return str(v) if v else None


@dataclass(slots=True)
class IosScan:
    """What extraction leaves for the detectors: the facts plus readers they may query."""

    facts: Facts
    app_dir: str
    zip: SafeZip
    bundles: list[Bundle] = field(default_factory=list)
    slices: list[MachOSlice] = field(default_factory=list)
    localized: dict[str, dict[str, str]] = field(default_factory=dict)  # locale → InfoPlist.strings

    def bundle_of(self, path: str) -> Bundle | None:
        """The innermost bundle holding a path (the app when no nested bundle does)."""
        best: Bundle | None = None
        for b in self.bundles:
            if path.startswith(b.dir) and (best is None or len(b.dir) > len(best.dir)):
                best = b
        return best


# ------------------------------------------------------------------------------------------- helpers


def _s(value: Any) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    text = str(value).strip()
    return text or None


def _strs(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [str(v) for v in value if isinstance(v, str | int | float) and not isinstance(v, bool)]
    return []


def _read(z: SafeZip, name: str, errors: list[ScanIssue], limit: int = MAX_PLIST) -> bytes | None:
    entry = z.get(name)
    if entry is None:
        return None
    if entry.size > limit:
        errors.append(ScanIssue(name, f"larger than {limit >> 20} MiB, not read", f"超过 {limit >> 20} MiB，未读取"))
        return None
    try:
        return z.read(entry, max_size=limit)
    except (ValueError, KeyError) as exc:  # a damaged entry; a zip bomb (PackageError) ends the scan
        errors.append(ScanIssue(name, f"unreadable: {exc}", "无法读取"))
        return None


def _package_facts(opened: OpenedPackage) -> PackageFacts:
    return PackageFacts(
        path=str(opened.path),
        name=opened.path.name,
        sha256=opened.sha256,
        size=opened.size,
        format="ipa",
        entries=len(opened.outer.entries),
        tamper=sorted({f"{n.code}: {n.entry}" if n.entry else f"{n.code}: {n.detail}" for n in opened.notes}),
        newest_entry_time=opened.newest_entry_date,
    )


def _bundles(names: Iterable[str], app_dir: str) -> list[tuple[str, str]]:
    """(bundle dir, bundle name) of every nested bundle, found from entry paths (directories need no entry)."""
    found: dict[str, str] = {}
    for n in names:
        if not n.startswith(app_dir):
            continue
        parts = n[len(app_dir) :].split("/")[:-1]
        for i, part in enumerate(parts[:MAX_BUNDLE_DEPTH]):
            if part.endswith(_BUNDLE_EXT):
                found.setdefault(app_dir + "/".join(parts[: i + 1]) + "/", part)
    return sorted(found.items())


def _bundle_kind(name: str) -> Literal["app", "extension", "framework", "bundle", "other"]:
    if name.endswith(".appex"):
        return "extension"
    if name.endswith(".framework"):
        return "framework"
    if name.endswith(".bundle"):
        return "bundle"
    return "other"


def _locale(dir_name: str) -> str:
    return dir_name[: -len(".lproj")]


def _zh_name(names: dict[str, str], display: str | None) -> str | None:
    for loc in _ZH_LOCALES:
        if names.get(loc):
            return names[loc]
    for loc, v in sorted(names.items()):
        if loc.lower().startswith("zh") and v:
            return v
    if display and _CJK.search(display):
        return display
    return None


def _bool(v: Any) -> bool:
    return v is True or (isinstance(v, str) and v.strip().lower() in ("yes", "true", "1")) or v == 1


def ats_policy(info: dict[str, Any], where: str) -> NetworkPolicy:
    """App Transport Security (Info.plist NSAppTransportSecurity) → the shared NetworkPolicy fact.

    Since iOS 10, NSAllowsArbitraryLoads is ignored when NSAllowsArbitraryLoadsInWebContent,
    NSAllowsArbitraryLoadsForMedia or NSAllowsLocalNetworking is present, so cleartext_default follows that.
    """
    ats = info.get("NSAppTransportSecurity")
    loc = Location(file=where, string="NSAppTransportSecurity")
    if not isinstance(ats, dict):
        return NetworkPolicy(platform="ios", cleartext_default=False, source="default", location=loc)
    arbitrary = _bool(ats.get("NSAllowsArbitraryLoads"))
    overriding = any(
        k in ats
        for k in ("NSAllowsArbitraryLoadsInWebContent", "NSAllowsArbitraryLoadsForMedia", "NSAllowsLocalNetworking")
    )
    policy = NetworkPolicy(
        platform="ios",
        cleartext_default=arbitrary and not overriding,
        allows_arbitrary_loads=arbitrary,
        allows_arbitrary_loads_in_web_content=_bool(ats.get("NSAllowsArbitraryLoadsInWebContent")),
        allows_local_networking=_bool(ats.get("NSAllowsLocalNetworking")),
        source="ATS",
        location=loc,
    )
    domains = ats.get("NSExceptionDomains")
    for domain, cfg in sorted(domains.items()) if isinstance(domains, dict) else []:
        if not isinstance(cfg, dict):
            continue

        def pick(*keys: str, cfg: dict[str, Any] = cfg) -> Any:
            for k in keys:
                for prefix in ("NSException", "NSTemporaryException", "NSThirdPartyException"):
                    if prefix + k in cfg:
                        return cfg[prefix + k]
            return None

        insecure = pick("AllowsInsecureHTTPLoads")
        fs = pick("RequiresForwardSecrecy")
        tls = pick("MinimumTLSVersion")
        policy.domains.append(
            NetworkDomainConfig(
                domains=[str(domain)],
                include_subdomains=_bool(cfg.get("NSIncludesSubdomains")),
                cleartext_permitted=_bool(insecure) if insecure is not None else None,
                min_tls_version=str(tls) if tls is not None else None,
                requires_forward_secrecy=_bool(fs) if fs is not None else None,
                location=Location(file=where, string=f"NSExceptionDomains/{domain}"),
            )
        )
    pinned = ats.get("NSPinnedDomains")
    for domain, cfg in sorted(pinned.items()) if isinstance(pinned, dict) else []:
        if not isinstance(cfg, dict):
            continue
        identities: list[Any] = []
        for key in ("NSPinnedCAIdentities", "NSPinnedLeafIdentities"):
            value = cfg.get(key)
            identities += value if isinstance(value, list) else []
        pins = [str(p["SPKI-SHA256-BASE64"]) for p in identities if isinstance(p, dict) and p.get("SPKI-SHA256-BASE64")]
        policy.domains.append(
            NetworkDomainConfig(
                domains=[str(domain)],
                include_subdomains=_bool(cfg.get("NSIncludesSubdomains")),
                pins=pins,
                location=Location(file=where, string=f"NSPinnedDomains/{domain}"),
            )
        )
    return policy


def _privacy_manifest(data: dict[str, Any], path: str, bundle: str) -> PrivacyManifest:
    def dicts(v: Any) -> list[dict[str, Any]]:
        return [jsonable(x) for x in v if isinstance(x, dict)] if isinstance(v, list) else []

    tracking = data.get("NSPrivacyTracking")
    return PrivacyManifest(
        path=path,
        bundle=bundle,
        tracking=bool(tracking) if isinstance(tracking, bool | int) else None,
        tracking_domains=_strs(data.get("NSPrivacyTrackingDomains")),
        collected_data_types=dicts(data.get("NSPrivacyCollectedDataTypes")),
        accessed_api_types=dicts(data.get("NSPrivacyAccessedAPITypes")),
        location=Location(file=path),
    )


# ------------------------------------------------------------------------------------------- extraction


def read_ipa(opened: OpenedPackage, now: datetime | None = None) -> IosScan:
    """Facts of an IPA, without catalogues: plists, signing, privacy manifests and Mach-O slices."""
    assert opened.ios is not None
    z = opened.ios.zip
    app_dir = opened.ios.app_dir
    label = opened.path.name
    errors: list[ScanIssue] = []
    names = z.names()

    info_path = app_dir + "Info.plist"
    if info_path not in z:
        raise PackageError(
            f"{label}: {app_dir} has no Info.plist; not an installable iOS app",
            f"{label}：{app_dir} 缺少 Info.plist，不是可安装的 iOS 应用",
            code="bad-ipa",
        )
    raw_info = _read(z, info_path, errors)
    info = load_dict(raw_info) if raw_info is not None else None
    if info is None:
        errors.append(ScanIssue(info_path, "Info.plist is not a readable property list", "Info.plist 无法解析"))
        info = {}

    # Localised InfoPlist.strings: names and usage texts per locale.
    localized: dict[str, dict[str, str]] = {}
    for n in names:
        rest = n[len(app_dir) :] if n.startswith(app_dir) else None
        if rest is None or "/" not in rest:
            continue
        folder, _, fname = rest.partition("/")
        if fname == "InfoPlist.strings" and folder.endswith(".lproj") and folder != "Base.lproj":
            data = _read(z, n, errors)
            if data is not None:
                localized[_locale(folder)] = parse_strings(data)

    display = _s(info.get("CFBundleDisplayName")) or _s(info.get("CFBundleName"))
    app_names = {
        loc: label_
        for loc, strings in sorted(localized.items())
        if (label_ := _s(strings.get("CFBundleDisplayName")) or _s(strings.get("CFBundleName")))
    }
    app = AppFacts(
        platform="ios",
        id=_s(info.get("CFBundleIdentifier")),
        name=display or _s(info.get("CFBundleExecutable")),
        name_zh=_zh_name(app_names, display),
        names=app_names,
        version_name=_s(info.get("CFBundleShortVersionString")),
        version_code=_s(info.get("CFBundleVersion")),
        min_os=_s(info.get("MinimumOSVersion")) or _s(info.get("LSMinimumSystemVersion")),
        executable=_s(info.get("CFBundleExecutable")),
    )
    facts = Facts(package=_package_facts(opened), app=app)
    facts.files = names
    scan = IosScan(facts=facts, app_dir=app_dir, zip=z, localized=localized)

    # Permissions: every *UsageDescription key with its text (zh-Hans text noted when localised).
    zh_strings = next((localized[loc] for loc in _ZH_LOCALES if loc in localized), {})
    for key, value in sorted(info.items()):
        if not (isinstance(key, str) and key.endswith("UsageDescription")):
            continue
        text = _s(value) if not isinstance(value, dict | list) else None
        zh = _s(zh_strings.get(key))
        facts.permissions.append(
            PermissionRequest(
                id=key,
                usage_description=text,
                source=info_path,
                location=Location(file=info_path, string=key, detail=f"zh-Hans: {zh}" if zh and zh != text else None),
            )
        )

    facts.network = ats_policy(info, info_path)

    # Info.plist entries worth a rule or the result's info_plist view.
    for key, value in sorted(info.items()):
        if key in _NOISE_KEYS:
            continue
        facts.plist.append(
            PlistEntry(
                source="info", key=str(key), value=jsonable(value), location=Location(file=info_path, string=key)
            )
        )

    url_schemes: list[str] = []
    types = info.get("CFBundleURLTypes")
    for t in types if isinstance(types, list) else []:
        if isinstance(t, dict):
            url_schemes += _strs(t.get("CFBundleURLSchemes"))
    families: list[str] = []
    raw_families = info.get("UIDeviceFamily")
    for f in raw_families if isinstance(raw_families, list) else _strs(raw_families):
        try:
            families.append(_DEVICE_FAMILY.get(int(f), str(f)))
        except (TypeError, ValueError):
            continue
    bundle_info = IosBundleInfo(
        bundle_id=app.id,
        device_family=families,
        url_schemes=list(dict.fromkeys(url_schemes)),
        queried_schemes=list(dict.fromkeys(_strs(info.get("LSApplicationQueriesSchemes")))),
        background_modes=_strs(info.get("UIBackgroundModes")),
        platform_name=_s(info.get("DTPlatformName")),
        location=Location(file=info_path),
    )
    facts.ios = bundle_info

    # Nested bundles.
    main = Bundle(dir=app_dir, name=app_dir.rstrip("/").rsplit("/", 1)[-1], kind="app", info=info)
    scan.bundles.append(main)
    for dir_, name in _bundles(names, app_dir):
        b = Bundle(dir=dir_, name=name, kind=_bundle_kind(name))
        plist_path = dir_ + "Info.plist"
        if plist_path in z:
            data = _read(z, plist_path, errors)
            b.info = load_dict(data) if data is not None else None
        scan.bundles.append(b)
    for b in scan.bundles:
        exe = _s((b.info or {}).get("CFBundleExecutable"))
        if exe is None and b.kind in ("framework", "extension", "app"):
            exe = b.name.rsplit(".", 1)[0]
        if exe and (b.dir + exe) in z:
            b.executable = b.dir + exe
    bundle_info.extensions = sorted(b.dir[len(app_dir) :].rstrip("/") for b in scan.bundles if b.kind == "extension")
    bundle_info.frameworks = sorted(
        {b.dir[len(app_dir) :].rstrip("/") for b in scan.bundles if b.kind == "framework"}
        | {n[len(app_dir) :] for n in names if n.startswith(app_dir + "Frameworks/") and n.endswith(".dylib")}
    )

    if main.executable is None:
        exe_path = app_dir + (app.executable or main.name.rsplit(".", 1)[0])
        errors.append(
            ScanIssue(
                exe_path,
                "main executable missing from the package: binary hardening, classes, SDK code, APIs and code strings "
                "could not be analysed",
                "安装包中缺少主程序可执行文件：未能分析二进制加固、类名、SDK 代码、API 与代码中的字符串",
            )
        )

    # Provisioning profile and entitlements.
    prof_path = app_dir + "embedded.mobileprovision"
    if prof_path in z:
        data = _read(z, prof_path, errors, limit=4 << 20)
        if data is not None:
            prof, problems = read_profile(data, prof_path, now or datetime.now(UTC))
            facts.provisioning = prof
            errors += [ScanIssue(prof_path, p, "描述文件无法完整读取") for p in problems]

    # Privacy manifests of the app and of every nested bundle.
    for n in names:
        if n.startswith(app_dir) and n.endswith("PrivacyInfo.xcprivacy"):
            data = _read(z, n, errors)
            parsed = load_dict(data) if data is not None else None
            holder = scan.bundle_of(n)
            if parsed is None:
                errors.append(ScanIssue(n, "privacy manifest is not a readable property list", "隐私清单无法解析"))
                continue
            facts.privacy_manifests.append(_privacy_manifest(parsed, n, holder.name if holder else main.name))

    # Mach-O files.
    _read_binaries(scan, errors)

    # Entitlements: the main executable's signature, else the archived .xcent Xcode leaves in older builds.
    ents: dict[str, Any] | None = None
    ents_where = None
    for sl in scan.slices:
        if sl.fact.path == main.executable and sl.signature and sl.signature.all_entitlements is not None:
            ents, ents_where = sl.signature.all_entitlements, sl.fact.path
            break
    if ents is None:
        xcent = app_dir + "archived-expanded-entitlements.xcent"
        data = _read(z, xcent, errors) if xcent in z else None
        if data is not None:
            ents, ents_where = entitlements_plist(data), xcent
    if ents is not None:
        bundle_info.entitlements = ents
        for key, value in sorted(ents.items()):
            facts.plist.append(
                PlistEntry(source="entitlements", key=key, value=value, location=Location(file=ents_where, string=key))
            )
    for sl in scan.slices:  # extensions sign their own entitlements
        if sl.fact.kind != "extension" or sl.signature is None or sl.signature.all_entitlements is None:
            continue
        if any(e.location.file == sl.fact.path for e in facts.plist):
            continue
        for key, value in sorted(sl.signature.all_entitlements.items()):
            facts.plist.append(
                PlistEntry(
                    source="entitlements", key=key, value=value, location=Location(file=sl.fact.path, string=key)
                )
            )

    # Platform: DTPlatformName, else the main executable's build platform, else the device family.
    if bundle_info.platform_name is None:
        plat = next((sl.platform for sl in scan.slices if sl.fact.path == main.executable and sl.platform), None)
        if plat:
            bundle_info.platform_name = _PLATFORM_NAMES.get(plat, plat)
        elif "Apple TV" in families:
            bundle_info.platform_name = "appletvos"
    if app.min_os is None:
        app.min_os = next((sl.min_os for sl in scan.slices if sl.fact.path == main.executable and sl.min_os), None)
    signed = [
        sl.signature.signing_time
        for sl in scan.slices
        if sl.fact.path == main.executable and sl.signature and sl.signature.signing_time
    ]
    if signed:
        app.build_date = max(signed)[:10]  # the date the build was code-signed

    facts.binaries = [sl.fact for sl in scan.slices]
    bundle_info.encrypted = any(b.encrypted for b in facts.binaries if b.path == main.executable)
    for sl in scan.slices:
        if sl.fact.encrypted:
            cryptid = sl.crypt_id
            errors.append(
                ScanIssue(
                    f"{sl.fact.path} ({sl.fact.arch})",
                    _ENC_EN.format(cryptid=cryptid),
                    _ENC_ZH.format(cryptid=cryptid),
                )
            )
        elif sl.fact.error:
            errors.append(ScanIssue(f"{sl.fact.path} ({sl.fact.arch})", sl.fact.error, "Mach-O 文件未能完整分析"))
    facts.required_reasons = _required_reasons(scan)
    facts.errors = errors
    return scan


def _macho_candidates(scan: IosScan) -> list[tuple[str, BinaryKind]]:
    """(path, kind) of the Mach-O files worth reading: bundle executables and loose dylibs."""
    out: dict[str, BinaryKind] = {}
    for b in scan.bundles:
        if b.executable is None:
            continue
        kinds: dict[str, BinaryKind] = {"app": "executable", "extension": "extension", "framework": "framework"}
        kind = kinds.get(b.kind, "other")
        if b.kind == "app" and b.dir != scan.app_dir:
            kind = "other"  # a watch app or an embedded helper app
        out.setdefault(b.executable, kind)
    for n in scan.zip.names():
        if n.startswith(scan.app_dir) and n.endswith(".dylib") and n.count("/") - scan.app_dir.count("/") <= 4:
            out.setdefault(n, "library")
    main_exec = next((b.executable for b in scan.bundles if b.dir == scan.app_dir), None)
    return sorted(out.items(), key=lambda kv: (kv[0] != main_exec, kv[0]))


def _read_binaries(scan: IosScan, errors: list[ScanIssue]) -> None:
    z = scan.zip
    total = 0
    for i, (path, kind) in enumerate(_macho_candidates(scan)):
        entry: ZipEntry | None = z.get(path)
        if entry is None:
            continue
        if i >= MAX_MACHO_FILES:
            errors.append(
                ScanIssue(path, "too many Mach-O files; the rest were not analysed", "Mach-O 文件过多，其余未分析")
            )
            break
        if entry.size > MAX_MACHO or total + entry.size > MAX_MACHO_TOTAL:
            errors.append(
                ScanIssue(
                    path,
                    f"Mach-O of {entry.size >> 20} MiB exceeds the analysis limit; not analysed",
                    f"Mach-O 文件 {entry.size >> 20} MiB 超过分析上限，未分析",
                )
            )
            continue
        try:
            data = z.read(entry, max_size=MAX_MACHO)
        except (ValueError, KeyError) as exc:
            errors.append(ScanIssue(path, f"unreadable: {exc}", "无法读取"))
            continue
        total += len(data)
        if not is_macho(data[:8]):
            if kind in ("executable", "extension", "framework"):
                errors.append(ScanIssue(path, "bundle executable is not a Mach-O file", "可执行文件不是 Mach-O 格式"))
            continue
        scan.slices.extend(analyse_macho(data, path, kind))


def _declared(scan: IosScan, bundle: Bundle) -> tuple[dict[str, list[str]], str | None]:
    """Categories a bundle's manifest declares (with reasons). The app's own manifest also counts the SwiftPM /
    CocoaPods resource bundles at its top level: their code is linked statically into the main executable."""
    manifests = scan.facts.privacy_manifests
    own = [m for m in manifests if scan.bundle_of(m.path) is bundle]
    if bundle.dir == scan.app_dir:
        own += [
            m
            for m in manifests
            if (holder := scan.bundle_of(m.path)) is not None
            and holder.kind == "bundle"
            and holder.dir.count("/") == scan.app_dir.count("/") + 1
        ]
    out: dict[str, list[str]] = {}
    for m in own:
        for t in m.accessed_api_types:
            cat = t.get("NSPrivacyAccessedAPIType")
            if isinstance(cat, str):
                out.setdefault(cat, []).extend(_strs(t.get("NSPrivacyAccessedAPITypeReasons")))
    first = own[0].path if own else None
    return out, first


def _required_reasons(scan: IosScan) -> list[RequiredReasonUse]:
    out: dict[tuple[str, str], RequiredReasonUse] = {}
    for sl in scan.slices:
        b = sl.fact
        holder = scan.bundle_of(b.path)
        if holder is None:
            continue
        if holder.kind in ("bundle", "other") and b.kind == "library":
            holder = scan.bundles[0]
        declared, manifest = _declared(scan, holder)
        for cat, apis in uses_of(b).items():
            key = (b.path, cat)
            if key in out:
                continue
            out[key] = RequiredReasonUse(
                category=cat,
                api=", ".join(apis),
                bundle=holder.name,
                binary=b.path,
                declared=cat in declared,
                manifest=manifest,
                reasons=sorted(set(declared.get(cat, []))),
                location=Location(file=b.path, string=apis[0], detail=cat),
            )
    return sorted(out.values(), key=lambda r: (r.binary, r.category))


# ------------------------------------------------------------------------------------------- readers for detectors


_ACKNOWLEDGEMENTS = re.compile(r"acknowledgements?\.plist$", re.IGNORECASE)


def acknowledged_pods(scan: IosScan) -> list[str]:
    """Pod names from a CocoaPods acknowledgements plist shipped in the app (often Settings.bundle)."""
    out: list[str] = []
    for n in scan.zip.names():
        if not (n.startswith(scan.app_dir) and _ACKNOWLEDGEMENTS.search(n)):
            continue
        data = _read(scan.zip, n, scan.facts.errors)
        parsed = load_dict(data) if data is not None else None
        specs = parsed.get("PreferenceSpecifiers") if parsed else None
        for spec in specs if isinstance(specs, list) else []:
            title = spec.get("Title") if isinstance(spec, dict) else None
            if isinstance(title, str) and title and spec.get("FooterText"):
                out.append(title)
    return out


def slices_by_file(slices: Iterable[MachOSlice]) -> dict[str, MachOSlice]:
    """One slice per Mach-O file for per-file work (strings): the first with code references, else the first."""
    out: dict[str, MachOSlice] = {}
    for sl in slices:
        cur = out.get(sl.fact.path)
        if cur is None or (cur.code is None and sl.code is not None):
            out[sl.fact.path] = sl
    return out


__all__ = ["Bundle", "IosScan", "acknowledged_pods", "ats_policy", "read_ipa", "slices_by_file"]
