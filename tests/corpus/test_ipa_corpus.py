"""Over ../shared/corpus/ipa: every IPA scans (or, if malformed, exits 3 with one clear line), the reported
usage-description keys are exactly those of the app's Info.plist, and the facts MANIFEST.tsv documents hold."""

from __future__ import annotations

import csv
import plistlib
import re
import zipfile
from pathlib import Path

import pytest

from scanner.errors import PackageError
from tests.conftest import CORPUS, run_cli

IPA_DIR = CORPUS / "ipa"
IPAS = sorted(IPA_DIR.glob("*.ipa")) if IPA_DIR.is_dir() else []
pytestmark = pytest.mark.skipif(not IPAS, reason=f"shared corpus not found at {IPA_DIR}")

#: Documented as malformed (no Payload/ folder): must be refused with exit 3.
MALFORMED = {"ostorlab-oxo-ios-ben2.ipa"}
_APP = re.compile(r"^Payload/([^/]+\.app)/Info\.plist$")


def _manifest() -> dict[str, dict[str, str]]:
    path = CORPUS / "MANIFEST.tsv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(fh, delimiter="\t")
        return {r["filename"].removeprefix("ipa/"): r for r in rows if r["filename"].startswith("ipa/")}


def _info_plist(ipa: Path) -> dict[str, object]:
    with zipfile.ZipFile(ipa) as z:
        name = sorted(n for n in z.namelist() if _APP.match(n))[0]
        return dict(plistlib.loads(z.read(name)))


@pytest.mark.parametrize("ipa", IPAS, ids=lambda p: p.name)
def test_corpus_ipa_scans(ipa: Path, scanner_instance) -> None:  # type: ignore[no-untyped-def]
    if ipa.name in MALFORMED:
        with pytest.raises(PackageError):
            scanner_instance.scan(ipa)
        run = run_cli("scan", ipa, "--format", "json", "--lang", "en")
        assert run.code == 3
        lines = [line for line in run.err.splitlines() if line.strip()]
        assert len(lines) == 1 and "Payload/" in lines[0], run.err
        return
    result = scanner_instance.scan(ipa)
    assert result.app.platform == "ios"
    assert result.package.format == "ipa"
    assert result.package.sha256 and result.package.size == ipa.stat().st_size
    row = _manifest().get(ipa.name)
    if row and row["package_id"]:
        assert result.app.id == row["package_id"]
    plist = _info_plist(ipa)
    keys = {k for k, v in plist.items() if k.endswith("UsageDescription")}
    assert {p.id for p in result.permissions} == keys
    for p in result.permissions:
        assert p.usage_description == plist[p.id]
    assert result.ios is not None and result.ios.network is not None


def test_very_capable_app_entitlements_all_reported(scanner_instance) -> None:  # type: ignore[no-untyped-def]
    """MANIFEST.tsv lists the entitlements of fastlane's very-capable-app; every one is reported from the code
    signature (both the plain build and the one with spaces in its names)."""
    documented = {
        "aps-environment": "development",
        "com.apple.developer.associated-domains": None,
        "com.apple.developer.default-data-protection": "NSFileProtectionComplete",
        "com.apple.developer.healthkit": True,
        "com.apple.developer.homekit": True,
        "com.apple.developer.icloud-services": ["CloudDocuments", "CloudKit"],
        "com.apple.developer.icloud-container-identifiers": None,
        "com.apple.developer.in-app-payments": None,
        "com.apple.developer.networking.HotspotConfiguration": True,
        "com.apple.developer.networking.multipath": True,
        "com.apple.developer.networking.networkextension": [
            "app-proxy-provider",
            "content-filter-provider",
            "dns-proxy",
            "packet-tunnel-provider",
        ],
        "com.apple.developer.networking.vpn.api": ["allow-vpn"],
        "com.apple.developer.nfc.readersession.formats": ["NDEF"],
        "com.apple.developer.pass-type-identifiers": None,
        "com.apple.developer.siri": True,
        "com.apple.security.application-groups": None,
        "inter-app-audio": True,
        "keychain-access-groups": None,
        "com.apple.external-accessory.wireless-configuration": True,
    }
    for name in ("fastlane-very-capable-app.ipa", "fastlane-very_capable_app-with-spaces.ipa"):
        facts = scanner_instance.facts(IPA_DIR / name)
        ents = facts.ios.entitlements
        for key, value in documented.items():
            assert key in ents, f"{name}: {key} missing"
            if value is not None:
                assert ents[key] == value, key
        reported = {e.key for e in facts.plist if e.source == "entitlements"}
        assert reported == set(ents)
        assert facts.provisioning is not None and facts.provisioning.team_name == "TestFixture"
        assert facts.provisioning.uuid == "12345678-1234-1234-1234-123456789012"


def _archs(result, path_suffix: str) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(b.arch for b in result.binaries if b.path.endswith(path_suffix))


def test_app_info_fixtures_match_manifest(scanner_instance) -> None:  # type: ignore[no-untyped-def]
    iphone = scanner_instance.scan(IPA_DIR / "app-info-iphone.ipa")
    assert (iphone.app.version_name, iphone.app.version_code, iphone.app.min_os) == ("1.2.3", "5", "9.3")
    assert _archs(iphone, "/AppInfoDemo") == ["arm64", "armv7"]
    assert iphone.ios.bundle.device_family == ["iPhone"]
    assert iphone.ios.provisioning.team_name == "QYER Inc"
    # app-info calls every profile with a device list "adhoc"; this one also grants get-task-allow: development.
    assert iphone.ios.provisioning.profile_type in ("development", "ad-hoc") and iphone.ios.provisioning.devices
    b = iphone.ios.bundle
    assert (b.url_schemes, b.queried_schemes, b.background_modes, b.extensions, b.frameworks) == ([], [], [], [], [])

    ipad = scanner_instance.scan(IPA_DIR / "app-info-ipad.ipa")
    assert (ipad.app.id, ipad.app.version_name, ipad.app.min_os) == ("com.icyleaf.bundle", "1.0", "9.3")
    assert _archs(ipad, "/bundle") == ["arm64", "armv7"]
    assert ipad.ios.bundle.device_family == ["iPad"]
    assert ipad.ios.provisioning.team_name == "QYER Inc" and ipad.ios.provisioning.name == "XC: *"
    # app-info calls every profile without devices "enterprise"; without ProvisionsAllDevices Apple's profile
    # is an App Store distribution profile.
    assert not ipad.ios.provisioning.devices

    embedded = scanner_instance.facts(IPA_DIR / "app-info-embedded.ipa")
    assert embedded.app.min_os == "14.3"
    assert embedded.ios.extensions == ["PlugIns/Notification.appex"]
    assert embedded.ios.frameworks == ["Frameworks/CarPlay.framework"]
    assert embedded.ios.device_family == ["iPhone", "iPad"]
    ext = [b for b in embedded.binaries if b.kind == "extension"]
    assert [b.arch for b in ext] == ["arm64"] and ext[0].path.endswith("Notification.appex/Notification")
    assert embedded.provisioning.profile_type == "enterprise"

    tv = scanner_instance.scan(IPA_DIR / "app-info-apple-tv.ipa")
    assert tv.app.id == "com.etan.tv.BilibiliLive.tvOS" and tv.app.version_code == "1"
    assert tv.ios.bundle.platform_name == "appletvos"
    assert _archs(tv, "/BilibiliLive") == ["arm64"]
    bundles = {m.bundle for m in tv.ios.privacy_manifests}
    assert "Alamofire_Alamofire.bundle" in bundles and len(bundles) == 6


def test_missing_executable_is_an_error_entry(scanner_instance) -> None:  # type: ignore[no-untyped-def]
    result = scanner_instance.scan(IPA_DIR / "fastlane-Example1-iTanky.ipa")
    assert result.app.id == "at.felixkrause.iTanky" and result.app.min_os == "5.0"
    assert not result.binaries
    assert [e for e in result.errors if e.part.endswith("iTanky.app/iTanky") and "missing" in e.message]


def test_fat_and_encryption_facts(scanner_instance) -> None:  # type: ignore[no-untyped-def]
    pods = scanner_instance.scan(IPA_DIR / "fastlane-example-cocoapods.ipa")
    assert _archs(pods, "/ExampleProductName") == ["arm64", "armv7"]
    assert pods.app.min_os == "9.0"
    for ipa in IPAS:
        if ipa.name in MALFORMED:
            continue
        facts = scanner_instance.facts(ipa)
        assert not [b for b in facts.binaries if b.encrypted], ipa.name  # no App Store download in the corpus


def test_documented_vulnerabilities_visible(scanner_instance) -> None:  # type: ignore[no-untyped-def]
    """vulnerabilities.json items a static scan can see: trust-all TLS (ben6), cleartext HTTP with ATS off (ben8),
    hard-coded secrets in the binary (ben1, ben8), deep-link URL schemes (ben5, ben7)."""

    def ids(name: str) -> set[str]:
        return {f.rule_id for f in scanner_instance.scan(IPA_DIR / name).findings}

    assert "ios-tls-trust-not-evaluated" in ids("ostorlab-oxo-ios-ben6.ipa")
    ben8 = scanner_instance.facts(IPA_DIR / "ostorlab-oxo-ios-ben8.ipa")
    assert ben8.network.allows_arbitrary_loads
    url = next(h for h in ben8.strings if h.kind == "url" and h.value == "http://httpbin.org")
    assert url.location.class_name == "EventTracker.AnalyticsService" and url.owner == "app"
    assert {"ios-ats-arbitrary-loads", "ios-binary-debug-build"} <= ids("ostorlab-oxo-ios-ben8.ipa")
    ben1 = scanner_instance.facts(IPA_DIR / "ostorlab-oxo-ios-ben1.ipa")
    if any(p.kind == "secret" for c in scanner_instance.catalogues.strings for p in c.patterns):
        secrets = [h for h in ben1.strings if h.kind == "secret" and h.location.file.endswith("/FinanceTracker")]
        assert secrets and all(h.location.class_name for h in secrets)
    for name, scheme in (("ostorlab-oxo-ios-ben5.ipa", "photoshare"), ("ostorlab-oxo-ios-ben7.ipa", "financetracker")):
        result = scanner_instance.scan(IPA_DIR / name)
        assert scheme in result.ios.bundle.url_schemes
        assert "ios-url-schemes" in {f.rule_id for f in result.findings}
    assert "ios-tls-trust-not-evaluated" not in ids("app-info-apple-tv.ipa")  # Alamofire evaluates trust


def test_swift_types_and_demangled_classes(scanner_instance) -> None:  # type: ignore[no-untyped-def]
    from scanner.facts.ios import read_ipa
    from scanner.unpack.package import open_package

    opened = open_package(IPA_DIR / "app-info-apple-tv.ipa")
    try:
        scan = read_ipa(opened)
    finally:
        opened.close()
    main = next(sl for sl in scan.slices if sl.fact.path.endswith("/BilibiliLive"))
    assert "Alamofire.Session" in main.fact.objc_classes
    assert "Alamofire.AFError" in main.swift_types  # an enum: no Objective-C metadata, only __swift5_types
    assert main.code is not None and main.code.references > 0


def test_build_date_from_code_signature(scanner_instance) -> None:  # type: ignore[no-untyped-def]
    """The CMS signing time of the main executable's signature dates the build (MobSF's 2012 hello world)."""
    assert scanner_instance.facts(IPA_DIR / "mobsf-helloworld.ipa").app.build_date == "2012-05-20"
    assert scanner_instance.facts(IPA_DIR / "app-info-apple-tv.ipa").app.build_date == "2024-06-24"
