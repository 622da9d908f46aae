"""Facts and findings → the result model, in a stable order."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from scanner.detect.strings import registrable_domain
from scanner.facts.model import ApiCall, Facts, SdkHit, StringHit
from scanner.filing.flags import flags_from_findings
from scanner.filing.permissions_text import permission_results, permissions_text
from scanner.model import (
    AndroidDetails,
    ApiResult,
    AppInfo,
    Caller,
    Domain,
    Filing,
    FilingForm,
    FilingNumber,
    Finding,
    IosDetails,
    PackageInfo,
    ScanError,
    ScanResult,
    SdkEvidence,
    SdkResult,
    Stats,
    location_evidence,
    severity_rank,
)

if TYPE_CHECKING:
    from scanner.scan import Scanner

MAX_CALLERS = 50


def _sdk_result(h: SdkHit, found_domains: set[str]) -> SdkResult:
    return SdkResult(
        id=h.id,
        name=h.name,
        name_zh=h.name_zh,
        vendor=h.vendor,
        categories=sorted(h.categories),
        confidence=h.confidence,
        refs=h.refs,
        collects=sorted(h.collects),
        domains=sorted(d for d in h.domains if any(f == d or f.endswith("." + d) for f in found_domains)),
        evidence=SdkEvidence(
            classes_matched=h.classes_matched,
            example_classes=h.example_classes,
            native_libs=h.native_libs,
            components=h.components,
            assets=h.assets,
            frameworks=h.frameworks,
            meta_data=h.meta_data,
        ),
        source=h.source,
    )


def _api_results(calls: list[ApiCall]) -> list[ApiResult]:
    by_id: dict[str, list[ApiCall]] = defaultdict(list)
    for c in calls:
        by_id[c.api].append(c)
    out: list[ApiResult] = []
    for api_id, items in sorted(by_id.items()):
        first = items[0]
        callers = sorted(
            {
                (
                    c.caller_class,
                    c.caller_method,
                    c.owner,
                    c.sdk,
                    c.location.file,
                    c.location.offset,
                    c.source,
                    c.before_consent,
                )
                for c in items
            },
            # Every field takes part: ties left to set order would differ between runs (hash seeds), and the
            # result must be byte-identical for the same package.
            key=lambda t: (t[2] != "app", str(t[0]), str(t[1]), str(t[4]), -1 if t[5] is None else t[5], repr(t)),
        )
        out.append(
            ApiResult(
                id=api_id,
                category=first.category,
                name=first.name,
                name_zh=first.name_zh,
                pi=sorted(first.pi),
                api=sorted({c.ref for c in items}),
                callers=[
                    Caller(
                        class_name=c[0],
                        method=c[1],
                        owner=c[2],
                        sdk=c[3],
                        file=c[4],
                        offset=c[5],
                        source=c[6],
                        before_consent=c[7],
                    )
                    for c in callers[:MAX_CALLERS]
                ],
            )
        )
    return out


def _domains(hits: list[StringHit], facts: Facts, sdk_domains: dict[str, str]) -> list[Domain]:
    by_host: dict[str, list[StringHit]] = defaultdict(list)
    for h in hits:
        if h.kind == "url" and h.detail:
            by_host[h.detail].append(h)
    app_tokens = _app_tokens(facts.app.id)
    out: list[Domain] = []
    for host, items in sorted(by_host.items()):
        sdk = next((sid for d, sid in sdk_domains.items() if host == d or host.endswith("." + d)), None)
        reg = registrable_domain(host)
        # First party: the registrable name, or a label of the host left of it, names the app ("homework" in
        # api.homework.example.cn for cn.eduscan.demo.homework).
        labels = set(host.split(".")[: -len(reg.split("."))]) | {reg.split(".")[0]}
        if sdk:
            party = "third"
        elif labels & app_tokens:
            party = "first"
        else:
            party = "unknown"
        examples = sorted({h.value for h in items})[:5]
        out.append(
            Domain(
                host=host,
                party=party,  # type: ignore[arg-type]
                sdk=sdk,
                count=len(items),
                examples=examples,
                evidence=[location_evidence(h.location) for h in items[:5]],
            )
        )
    return out


def _app_tokens(app_id: str | None) -> set[str]:
    if not app_id:
        return set()
    generic = {
        "com",
        "cn",
        "net",
        "org",
        "android",
        "app",
        "apps",
        "mobile",
        "www",
        "io",
        "edu",
        "api",
        "demo",
        "sample",
        "test",
        "client",
        "main",
        "release",
        "debug",
        "lite",
        "pro",
        "free",
        "google",
        "tencent",
    }
    return {p for p in app_id.lower().split(".") if p not in generic and len(p) > 2}


def _numbers(hits: list[StringHit]) -> list[FilingNumber]:
    grouped: dict[tuple[str, str], list[StringHit]] = defaultdict(list)
    for h in hits:
        if h.kind in ("edu-filing", "icp-filing", "icp-license"):
            grouped[(h.kind, "".join(h.value.split()))].append(h)
    out: list[FilingNumber] = []
    for (kind, value), items in sorted(grouped.items()):
        app_filing = value.endswith("A") if kind == "icp-filing" else None
        out.append(
            FilingNumber(
                kind=kind,  # type: ignore[arg-type]
                value=value,
                app_filing=app_filing,
                evidence=[location_evidence(h.location) for h in items[:10]],
            )
        )
    return out


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Worst first, then by rule and fingerprint: a stable order, so results and reports do not churn."""
    return sorted(findings, key=lambda f: (-severity_rank(f.severity), f.rule_id, f.fingerprint))


def build_result(facts: Facts, findings: list[Finding], scanner: Scanner) -> ScanResult:
    """The JSON contract from facts and findings: catalogue lookups, filing answers and flags, every list sorted."""
    from scanner.filing.features import answer_features  # filing logic reads the finished facts

    cats = scanner.catalogues
    platform = facts.app.platform
    perms = permission_results(facts.permissions, cats, platform)
    text_zh, text_en = permissions_text(perms, cats)
    sdk_domains = {d: s.id for s in cats.sdks for d in s.domains}
    domains = _domains(facts.strings, facts, sdk_domains)
    found_hosts = {d.host for d in domains}
    app = facts.app
    result = ScanResult(
        catalogues=cats.versions,
        package=PackageInfo(
            path=facts.package.path,
            name=facts.package.name,
            sha256=facts.package.sha256,
            size=facts.package.size,
            format=facts.package.format,
            entries=facts.package.entries,
            splits=facts.package.splits,
            tamper=facts.package.tamper,
        ),
        app=AppInfo(
            platform=platform,
            id=app.id,
            name=app.name,
            name_zh=app.name_zh,
            names=app.names,
            version_name=app.version_name,
            version_code=app.version_code,
            min_sdk=app.min_sdk,
            target_sdk=app.target_sdk,
            min_os=app.min_os,
            build_date=app.build_date,
            main_activity=app.main_activity,
        ),
        permissions=perms,
        sdks=sorted((_sdk_result(h, found_hosts) for h in facts.sdks), key=lambda s: s.id),
        apis=_api_results(facts.apis),
        findings=sort_findings(findings),
        domains=domains,
        binaries=sorted(facts.binaries, key=lambda b: (b.path, b.arch)),
        stats=Stats(
            classes=facts.classes,
            dex_files=sum(1 for f in facts.files if f.endswith(".dex")),
            binaries=len(facts.binaries),
            files=len(facts.files),
        ),
        errors=[ScanError(part=e.part, message=e.message, message_zh=e.message_zh) for e in facts.errors],
    )
    if platform == "android":
        result.android = AndroidDetails(
            application=facts.application,
            components=sorted(facts.components, key=lambda c: (c.kind, c.name)),
            declared_permissions=sorted(facts.declared_permissions, key=lambda p: p.id),
            features=sorted(facts.features, key=lambda f: f.name),
            meta_data=sorted(facts.meta_data, key=lambda m: (m.name, m.value or "")),
            signing=facts.signing,
            network=facts.network,
        )
    else:
        result.ios = IosDetails(
            bundle=facts.ios,
            provisioning=facts.provisioning,
            privacy_manifests=sorted(facts.privacy_manifests, key=lambda p: p.path),
            network=facts.network,
            info_plist={e.key: e.value for e in facts.plist if e.source == "info"},
        )
    result.filing = Filing(
        permissions_text_zh=text_zh,
        permissions_text_en=text_en,
        form=FilingForm(
            app_name=app.name_zh or app.name,
            platform="Android" if platform == "android" else "iOS",
            version=app.version_name,
            package_id=app.id,
        ),
        features=answer_features(facts, result),
        numbers=_numbers(facts.strings),
        flags=flags_from_findings(result.findings, scanner.clauses),
    )
    return result
