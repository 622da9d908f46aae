"""APK / split bundle → Facts. Knows the Android layout; nothing here judges anything."""

from __future__ import annotations

import re
from dataclasses import dataclass

from scanner.errors import PackageError
from scanner.facts.android_code import CodeIndex, CodeNeeds
from scanner.facts.android_manifest import ManifestFacts, parse_axml, parse_manifest
from scanner.facts.android_network import network_policy
from scanner.facts.android_resources import AndroidResources
from scanner.facts.android_signing import read_signing
from scanner.facts.dex import DEX_ERRORS, DexFile
from scanner.facts.elf import analyse_elf
from scanner.facts.model import AppFacts, Facts, PackageFacts, ScanIssue
from scanner.unpack.package import OpenedPackage
from scanner.unpack.safezip import SafeZip

_DEX = re.compile(r"^classes\d*\.dex$")
_SO = re.compile(r"^lib/[^/]+/[^/]+\.so$")
MAX_NATIVE = 512 << 20


@dataclass(slots=True)
class AndroidScan:
    """What extraction leaves for the detectors: the facts plus readers they may query."""

    facts: Facts
    code: CodeIndex
    resources: list[tuple[str, AndroidResources]]  # (archive label, resources)
    archives: list[tuple[str, SafeZip]]


def package_facts(opened: OpenedPackage) -> PackageFacts:
    """The container facts (hash, size, format, splits, tamper notes) shared by every Android format."""
    entries = sum(len(z.entries) for _, z in opened.android.archives) if opened.android else len(opened.outer.entries)
    return PackageFacts(
        path=str(opened.path),
        name=opened.path.name,
        sha256=opened.sha256,
        size=opened.size,
        format=opened.format,
        entries=entries,
        splits=[n for n, _ in opened.android.splits] if opened.android else [],
        tamper=sorted({f"{n.code}: {n.entry}" if n.entry else f"{n.code}: {n.detail}" for n in opened.notes}),
        newest_entry_time=opened.newest_entry_date,
    )


def extract_android(opened: OpenedPackage, needs: CodeNeeds) -> AndroidScan:
    """Facts of an APK or split bundle, without catalogues; ``needs`` says which code facts the rules and APIs read."""
    assert opened.android is not None
    pkg = opened.android
    label = opened.path.name
    errors: list[ScanIssue] = []

    resources: list[tuple[str, AndroidResources]] = []
    for name, z in pkg.archives:
        if "resources.arsc" in z:
            try:
                res = AndroidResources(z.read("resources.arsc"))
            except ValueError as exc:  # a damaged entry; a zip bomb (PackageError) ends the scan
                res = AndroidResources(None)
                res.error = f"resources.arsc unreadable: {exc}"
            if res.error:
                errors.append(ScanIssue(f"{name}:resources.arsc", res.error, "资源表无法解析"))
            resources.append((name, res))
    base_res = resources[0][1] if resources and resources[0][0] == "base" else AndroidResources(None)

    if "AndroidManifest.xml" not in pkg.base:
        raise PackageError(f"{label}: no AndroidManifest.xml", f"{label}：缺少 AndroidManifest.xml", code="no-manifest")
    try:
        manifest_bytes = pkg.base.read("AndroidManifest.xml", max_size=32 << 20)
    except ValueError as exc:
        raise PackageError(
            f"{label}: AndroidManifest.xml unreadable ({exc})",
            f"{label}：AndroidManifest.xml 无法读取",
            code="bad-manifest",
        ) from exc
    manifest = parse_manifest(manifest_bytes, base_res, label)
    merged = [manifest]
    for name, z in pkg.splits:
        if "AndroidManifest.xml" not in z:
            errors.append(ScanIssue(name, "split has no AndroidManifest.xml", "拆分包缺少 AndroidManifest.xml"))
            continue
        split_res = next((r for n, r in resources if n == name), base_res)
        try:
            merged.append(
                parse_manifest(z.read("AndroidManifest.xml"), split_res, label, part=f"{name}!AndroidManifest.xml")
            )
        except (PackageError, ValueError) as exc:
            errors.append(ScanIssue(name, f"split manifest unreadable: {exc}", "拆分包清单无法读取"))

    app = manifest.app
    _merge_labels(app, resources, manifest)
    facts = Facts(package=package_facts(opened), app=app, application=manifest.application)
    _merge_manifests(facts, merged)

    signing, problems = read_signing(pkg.base)
    facts.signing = signing
    errors.extend(ScanIssue("signature", p, "签名信息无法读取") for p in problems)

    nsc_root = None
    nsc_path = base_res.xml_path(manifest.application.network_security_config)
    if manifest.application.network_security_config and nsc_path is None:
        nsc_path = "res/xml/network_security_config.xml"
    if nsc_path and nsc_path in pkg.base:
        try:
            nsc_root = parse_axml(pkg.base.read(nsc_path, max_size=8 << 20), label, nsc_path)
        except (PackageError, ValueError) as exc:
            errors.append(ScanIssue(nsc_path, f"network security config unreadable: {exc}", "网络安全配置无法读取"))
    facts.network = network_policy(manifest.application, app.target_sdk or 1, nsc_root, nsc_path)

    files: list[str] = []
    for name, z in pkg.archives:
        prefix = "" if name == "base" else f"{name}!"
        for entry in z.iter_entries():
            files.append(prefix + entry.name)
            if _SO.match(entry.name):
                try:
                    data = z.read(entry, max_size=MAX_NATIVE)
                except ValueError as exc:
                    errors.append(ScanIssue(prefix + entry.name, f"unreadable: {exc}", "无法读取"))
                    continue
                facts.binaries.append(analyse_elf(data, entry.name))
                if prefix:
                    facts.binaries[-1].location.file = prefix + entry.name
    facts.files = files

    dexes: list[DexFile] = []
    for name, z in pkg.archives:
        prefix = "" if name == "base" else f"{name}!"
        for dex_name in sorted((n for n in z.names() if _DEX.match(n)), key=_dex_order):
            try:
                dex = DexFile(z.read(dex_name), prefix + dex_name)
                # The class list is what every later step reads first: a DEX whose class names cannot be
                # read is reported here and left out, like one whose header is damaged.
                dex.class_descriptors  # noqa: B018
            except DEX_ERRORS as exc:
                errors.append(ScanIssue(prefix + dex_name, str(exc), "DEX 文件无法解析"))
                continue
            dexes.append(dex)
    code = CodeIndex(dexes, errors)
    facts.classes = code.class_count
    facts.calls = code.calls(needs)
    facts.bodies = code.bodies(needs.overrides)
    facts.errors = errors
    return AndroidScan(facts=facts, code=code, resources=resources, archives=pkg.archives)


def _dex_order(name: str) -> int:
    digits = name[len("classes") : -len(".dex")]
    return int(digits) if digits else 1


def _merge_labels(app: AppFacts, resources: list[tuple[str, AndroidResources]], manifest: ManifestFacts) -> None:
    """Config splits (split_config.zh.apk) carry locale strings the base lacks: look them up too."""
    if len(resources) < 2 or not manifest.label_ref:
        return
    for _name, res in resources[1:]:
        for locale, value in res.localized(manifest.label_ref).items():
            app.names.setdefault(locale, value)
    app.names = dict(sorted(app.names.items()))
    if app.name_zh is None:
        app.name_zh = next((v for k, v in app.names.items() if k.startswith("zh")), None)


def _merge_manifests(facts: Facts, manifests: list[ManifestFacts]) -> None:
    seen_perm: set[tuple[str, int | None]] = set()
    seen_comp: set[tuple[str, str]] = set()
    for m in manifests:
        for p in m.permissions:
            key = (p.id, p.max_sdk)
            if key not in seen_perm:
                seen_perm.add(key)
                facts.permissions.append(p)
        facts.declared_permissions.extend(m.declared_permissions)
        facts.features.extend(m.features)
        for c in m.components:
            if (c.kind, c.name) not in seen_comp:
                seen_comp.add((c.kind, c.name))
                facts.components.append(c)
        facts.meta_data.extend(m.meta_data)
    facts.permissions.sort(key=lambda p: p.id)
