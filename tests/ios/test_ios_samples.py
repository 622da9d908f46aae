"""The iOS samples (samples/ios/*.ipa) through the real scanner, checked against each sample's EXPECTED.yaml.

The samples are built in the repo with clang + ld64.lld; their EXPECTED.yaml files are ground truth written from
the build (samples/ios/tools/verify.py checks them against the bytes). Tests skip when a sample is not built.
"""

from __future__ import annotations

import plistlib
import zipfile
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from scanner.facts.model import Facts
from scanner.model import ScanResult
from scanner.scan import Scanner
from tests.conftest import SAMPLES, run_cli

IOS = SAMPLES / "ios"
VALID = ["demo-ios", "demo-ios-fat", "demo-ios-encrypted", "clean-ios"]

#: EXPECTED.yaml API names → catalogue ids (rules/catalog/apis.yaml).
API_IDS = {
    "IDFA": "ios-idfa",
    "ATT": "ios-idfa",
    "IDFV": "ios-idfv",
    "clipboard": "clipboard",
    "location": "location",
    "biometrics": "biometric-auth",
    "camera": "camera",
    "photos": "photos",
}


def _ipa(name: str) -> Path:
    path = IOS / f"{name}.ipa"
    if not path.exists():
        pytest.skip(f"sample samples/ios/{name}.ipa not built (samples/ios/build.sh)")
    return path


@cache
def _scanner() -> Scanner:
    return Scanner()


@cache
def _scan(name: str) -> tuple[Facts, ScanResult, dict[str, Any]]:
    path = _ipa(name)
    expected = yaml.safe_load((IOS / name / "EXPECTED.yaml").read_text(encoding="utf-8"))
    facts = _scanner().facts(path)
    result = _scanner().scan(path)
    assert isinstance(result, ScanResult)
    return facts, result, expected


def _info_plist(path: Path, app_dir: str) -> dict[str, Any]:
    with zipfile.ZipFile(path) as z:
        return dict(plistlib.loads(z.read(f"{app_dir}/Info.plist")))


@pytest.mark.parametrize("name", VALID)
def test_app_identity_and_names(name: str) -> None:
    facts, result, exp = _scan(name)
    app = exp["app"]
    assert result.app.platform == "ios"
    assert result.app.id == app["id"]
    assert result.app.version_name == app["version_name"]
    assert result.app.version_code == str(app["version_code"])
    assert result.app.min_os == app["min_os"]
    assert result.app.name_zh == app["name_zh"]
    assert result.app.name == (app.get("display_name") or app["name"])
    for locale, label in (app.get("names") or {}).items():
        assert result.app.names[locale] == label
    assert facts.app.executable == app["executable"]


@pytest.mark.parametrize("name", VALID)
def test_usage_descriptions_equal_the_plist(name: str) -> None:
    _facts, result, exp = _scan(name)
    plist = _info_plist(_ipa(name), exp["package"]["app_bundle"])
    keys = {k for k, v in plist.items() if k.endswith("UsageDescription")}
    assert {p.id for p in result.permissions} == keys
    texts = {p.id: p.usage_description for p in result.permissions}
    for p in exp["permissions"]:
        assert texts[p["id"]] == p["usage_description"]
        entry = next(x for x in result.permissions if x.id == p["id"])
        assert entry.name_zh == p["name_zh"]
        assert p["name_zh"] in result.filing.permissions_text_zh
    if not keys:
        assert result.filing.permissions_text_zh == "未申请任何权限" or not result.permissions


@pytest.mark.parametrize("name", VALID)
def test_bundle_info(name: str) -> None:
    _facts, result, exp = _scan(name)
    info = exp["info_plist"]
    bundle = result.ios.bundle
    assert bundle.url_schemes == info["url_schemes"]
    assert bundle.queried_schemes == info["queried_schemes"]
    assert bundle.background_modes == info["background_modes"]
    assert bundle.device_family == info["device_family_names"]
    if info["platform_name"]:
        assert bundle.platform_name == info["platform_name"]
    assert bundle.extensions == [e["bundle"].split(".app/", 1)[1] for e in info["extensions"]]
    assert bundle.frameworks == [f["bundle"].split(".app/", 1)[1] for f in info["frameworks"]]


@pytest.mark.parametrize("name", VALID)
def test_app_transport_security(name: str) -> None:
    _facts, result, exp = _scan(name)
    ats = exp["ats"]
    net = result.ios.network
    assert net.platform == "ios"
    assert net.cleartext_default == ats["cleartext_default"]
    if ats["present"]:
        assert net.allows_arbitrary_loads == ats["allows_arbitrary_loads"]
        assert net.allows_arbitrary_loads_in_web_content == ats["allows_arbitrary_loads_in_web_content"]
        got = {d.domains[0]: d for d in net.domains}
        for d in ats["domains"]:
            cfg = got[d["domain"]]
            assert cfg.include_subdomains == d["include_subdomains"]
            assert cfg.cleartext_permitted == d["allows_insecure_http_loads"]
    else:
        assert net.source == "default" and not net.domains


@pytest.mark.parametrize("name", VALID)
def test_provisioning_profile(name: str) -> None:
    _facts, result, exp = _scan(name)
    want = exp["provisioning"]
    prov = result.ios.provisioning
    if not want["present"]:
        assert prov is None
        return
    assert prov is not None
    for key in ("name", "uuid", "team_id", "team_name", "app_id_name", "profile_type", "devices"):
        assert getattr(prov, key) == want[key], key
    assert prov.creation_date == want["creation_date"]
    assert prov.expiration_date == want["expiration_date"]
    assert prov.expired == (want["expiration_date"] < "2026")
    cns = [c.subject.split("Common Name: ", 1)[1].split(";")[0] for c in prov.certificates]
    assert cns == want["developer_certificates"]
    for k, v in want["entitlements"].items():
        assert prov.entitlements[k] == v


@pytest.mark.parametrize("name", VALID)
def test_entitlements_from_code_signature(name: str) -> None:
    facts, result, exp = _scan(name)
    main = exp["binaries"][0]
    want = main["code_signature"]["entitlements"]
    assert result.ios.bundle.entitlements == want
    got = {e.key: e.value for e in facts.plist if e.source == "entitlements" and e.location.file == main["path"]}
    assert got == want


@pytest.mark.parametrize("name", VALID)
def test_privacy_manifests(name: str) -> None:
    _facts, result, exp = _scan(name)
    got = {m.path: m for m in result.ios.privacy_manifests}
    assert set(got) == {m["path"] for m in exp["privacy_manifests"]}
    for m in exp["privacy_manifests"]:
        pm = got[m["path"]]
        assert pm.bundle == m["bundle"]
        assert pm.tracking == m["tracking"]
        assert pm.tracking_domains == m["tracking_domains"]
        assert pm.collected_data_types == m["collected_data_types"]
        assert pm.accessed_api_types == m["accessed_api_types"]


@pytest.mark.parametrize("name", VALID)
def test_required_reason_apis(name: str) -> None:
    facts, result, exp = _scan(name)
    got = {(r.bundle, r.category): r for r in facts.required_reasons}
    want = {(r["bundle"], r["category"]): r for r in exp["required_reason_apis"]}
    assert set(got) == set(want)
    for key, r in want.items():
        assert got[key].declared == r["declared"], key
        assert got[key].binary == r["evidence"]["binary"]
    undeclared = {f.evidence[0].file for f in result.findings if f.rule_id == "ios-required-reason-undeclared"}
    assert undeclared == {r["evidence"]["binary"] for r in want.values() if not r["declared"]}


@pytest.mark.parametrize("name", VALID)
def test_binaries_every_slice(name: str) -> None:
    facts, _result, exp = _scan(name)
    for b in exp["binaries"]:
        slices = [x for x in facts.binaries if x.path == b["path"]]
        assert [s.arch for s in slices] == [s["arch"] for s in b["slices"]], b["path"]
        for got, want in zip(slices, b["slices"], strict=True):
            assert got.kind == b["kind"]
            for key in ("pie", "canary", "arc", "encrypted", "stripped"):
                assert getattr(got, key) == want[key], (b["path"], got.arch, key)
            assert got.code_signature is True
            assert set(want.get("imports_include", [])) <= set(got.imports)
            assert not set(want.get("imports_exclude", [])) & set(got.imports)
            assert set(want.get("libraries", [])) <= set(got.libraries)
            if "objc_classes" in want:
                assert sorted(got.objc_classes) == sorted(want["objc_classes"])
            if want.get("objc_classes_readable") is False:
                assert got.objc_classes == []


def test_fat_binary_has_two_slices() -> None:
    _facts, result, _ = _scan("demo-ios-fat")
    main = [b for b in result.binaries if b.path == "Payload/FatSample.app/FatSample"]
    assert sorted(b.arch for b in main) == ["arm64", "x86_64"]
    assert all(b.objc_classes for b in main)


def test_sdks_found() -> None:
    _facts, result, exp = _scan("demo-ios")
    ids = [s.id for s in result.sdks]
    for sdk in exp["sdks"]["expected"]:
        hits = [s for s in result.sdks if sdk["id_hint"] in s.id]
        assert hits, f"{sdk['name']} not found in {ids}"
        assert any(sdk["category"] in s.categories for s in hits)
    assert not [i for i in ids if "bugly" in i or "baidu" in i]
    _fat_facts, fat, _fat_exp = _scan("demo-ios-fat")
    assert [s for s in fat.sdks if "bugly" in s.id], [s.id for s in fat.sdks]
    assert _scan("clean-ios")[1].sdks == []
    assert _scan("demo-ios-encrypted")[1].sdks == []  # Baidu Mobile Stat sits only in encrypted bytes


def test_apis_with_owner() -> None:
    for name in VALID:
        _facts, result, exp = _scan(name)
        sdk_ids = [s.id for s in result.sdks]
        for api in exp["apis"]:
            api_id = API_IDS.get(api["api"])
            if api_id is None:
                continue  # required-reason and weak-crypto items are checked elsewhere
            res = next((a for a in result.apis if a.id == api_id), None)
            assert res is not None, f"{name}: {api_id} not reported"
            for ev in api["evidence"]:
                callers = [c for c in res.callers if c.file == ev["binary"]]
                assert callers, f"{name}: {api_id} not attributed to {ev['binary']}"
                owners = {c.owner for c in callers}
                assert ev["owner"] in owners, (name, api_id, ev["binary"], owners)
                if ev["owner"] == "sdk":
                    sdks = {c.sdk for c in callers if c.owner == "sdk"}
                    assert any(s and ev["sdk"] in s for s in sdks), (api_id, sdks, sdk_ids)
        if name == "clean-ios":
            assert result.apis == []


def test_strings_and_filing_numbers() -> None:
    for name in VALID:
        facts, _result, exp = _scan(name)
        hits = {(h.kind, h.value, h.location.file) for h in facts.strings}
        for s in exp["strings"]:
            if s["kind"] == "keyword":
                continue
            assert (s["kind"], s["value"], s["binary"]) in hits, (name, s)
        if name == "demo-ios-encrypted":
            assert not [h for h in facts.strings if h.location.file and h.location.file.endswith("EncryptedSample")]
    clean = _scan("clean-ios")[1]
    assert [n.value for n in clean.filing.numbers if n.kind == "edu-filing"] == ["教APP备1100871号"]


def test_encrypted_variant_reported() -> None:
    _facts, result, _exp = _scan("demo-ios-encrypted")
    assert result.ios.bundle.encrypted is True
    main = [b for b in result.binaries if b.path.endswith("/EncryptedSample")]
    assert main and all(b.encrypted and not b.objc_classes for b in main)
    err = [e for e in result.errors if "EncryptedSample" in e.part]
    assert err and "encrypted" in err[0].message and "not" in err[0].message and "加密" in err[0].message_zh
    finding = next(f for f in result.findings if f.rule_id == "ios-binary-encrypted")
    assert "Encrypted, classes/strings not analysed" in finding.message
    assert "二进制已加密，类名/字符串未分析" in finding.message_zh
    idfa = next(a for a in result.apis if a.id == "ios-idfa")
    assert {c.owner for c in idfa.callers} == {"unknown"}  # app and SDK code cannot be told apart


def _rule_ids(result: ScanResult) -> set[str]:
    return {f.rule_id for f in result.findings}


def test_findings_demo() -> None:
    _, result, _ = _scan("demo-ios")
    ids = _rule_ids(result)
    for rule in (
        "ios-ats-arbitrary-loads",
        "ios-ats-insecure-domain",
        "ios-get-task-allow",
        "ios-profile-not-app-store",
        "ios-required-reason-undeclared",
        "ios-binary-insecure-functions",
        "ios-binary-weak-crypto",
        "ios-binary-no-arc",
        "ios-binary-no-canary",
        "ios-url-schemes",
        "ios-background-location",
    ):
        assert rule in ids, rule
    assert "ios-binary-encrypted" not in ids
    assert "ios-profile-expired" not in ids


def test_findings_clean_has_nothing_above_info() -> None:
    _, result, _ = _scan("clean-ios")
    ios = [f for f in result.findings if f.rule_id.startswith("ios-")]
    assert all(f.severity == "info" for f in ios), [(f.rule_id, f.severity) for f in ios]
    assert result.permissions == []


def test_findings_fat_and_encrypted() -> None:
    _, fat, _ = _scan("demo-ios-fat")
    ids = _rule_ids(fat)
    assert {"ios-profile-expired", "ios-profile-not-app-store", "ios-ats-web-content"} <= ids
    assert not {"ios-get-task-allow", "ios-binary-encrypted", "ios-ats-arbitrary-loads"} & ids
    _, enc, _ = _scan("demo-ios-encrypted")
    ids = _rule_ids(enc)
    assert "ios-binary-encrypted" in ids
    assert not [i for i in ids if i.startswith("ios-ats") or i == "ios-get-task-allow"]


def test_bare_app_without_payload_exits_3_with_one_line() -> None:
    path = _ipa("bare-app-no-payload")
    run = run_cli("scan", path, "--format", "json", "--lang", "en")
    assert run.code == 3
    lines = [line for line in run.err.splitlines() if line.strip()]
    assert len(lines) == 1, run.err
    assert "Payload/" in lines[0]
    assert run.out == ""


def test_two_scans_identical() -> None:
    path = _ipa("demo-ios")
    a = _scanner().scan(path)
    b = _scanner().scan(path)
    assert isinstance(a, ScanResult) and isinstance(b, ScanResult)
    assert a.model_dump_json() == b.model_dump_json()
