"""Each Android sample built in this repo comes out as its human-checked EXPECTED.yaml says: app facts, exactly
the requested permissions, components and exported flags, exactly the SDKs, every privacy call site with its
owner, the filing numbers and endpoints. Then a golden digest of the whole result guards against drift."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from scanner.model import ScanResult
from tests.conftest import SAMPLES

ANDROID = SAMPLES / "android"
SINGLE = ["demo-homework", "clean-notes", "sdk-zoo", "vuln-lab", "secure-lab"]
GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("EDUSCAN_UPDATE_GOLDEN") == "1"


def _expected(name: str) -> dict[str, Any]:
    path = ANDROID / name / "EXPECTED.yaml"
    if not path.exists():
        pytest.skip(f"{path} missing")
    with path.open(encoding="utf-8") as fh:
        data: dict[str, Any] = yaml.safe_load(fh)
    return data


@pytest.fixture(scope="module")
def results(scanner_instance) -> dict[str, ScanResult]:  # type: ignore[no-untyped-def]
    out = {}
    for name in SINGLE:
        apk = ANDROID / f"{name}.apk"
        if apk.exists():
            out[name] = scanner_instance.scan(apk)
    for bundle in ("split-demo.apks", "split-demo.xapk"):
        if (ANDROID / bundle).exists():
            out[bundle] = scanner_instance.scan(ANDROID / bundle)
    return out


def _get(results: dict[str, ScanResult], name: str) -> ScanResult:
    if name not in results:
        pytest.skip(f"sample {name} not built")
    return results[name]


@pytest.mark.parametrize("name", SINGLE)
def test_app_facts(name: str, results: dict[str, ScanResult]) -> None:
    exp = _expected(name)["app"]
    r = _get(results, name)
    assert r.app.id == exp["package"]
    assert r.app.version_name == str(exp["version_name"])
    assert r.app.version_code == str(exp["version_code"])
    assert (r.app.min_sdk, r.app.target_sdk) == (exp["min_sdk"], exp["target_sdk"])
    assert r.app.name == exp["label"]
    if exp.get("label_zh_CN"):
        assert r.app.name_zh == exp["label_zh_CN"]
    if exp.get("main_activity"):
        assert r.app.main_activity == exp["main_activity"]


@pytest.mark.parametrize("name", SINGLE)
def test_permissions_exact_with_chinese_names(name: str, results: dict[str, ScanResult]) -> None:
    exp = _expected(name)
    r = _get(results, name)
    requested = {p.id: p for p in r.permissions if not p.implied}
    assert set(requested) == {p["name"] for p in exp["permissions"]}
    for p in exp["permissions"]:
        got = requested[p["name"]]
        if p.get("name_zh"):
            assert got.name_zh == p["name_zh"], p["name"]
        assert got.max_sdk == p.get("max_sdk")
    implied = {p.id for p in r.permissions if p.implied}
    assert implied <= {p["name"] for p in exp.get("implied_permissions") or []}
    for p in r.permissions:
        if p.sensitive:
            assert p.name_zh in r.filing.permissions_text_zh


@pytest.mark.parametrize("name", SINGLE)
def test_components_and_exported(name: str, results: dict[str, ScanResult]) -> None:
    exp = _expected(name)["components"]
    r = _get(results, name)
    assert r.android is not None
    got = {(c.kind, c.name): c for c in r.android.components}
    for kind_key, kind in (
        ("activities", "activity"),
        ("services", "service"),
        ("receivers", "receiver"),
        ("providers", "provider"),
        ("activity_aliases", "activity-alias"),
    ):
        for c in exp.get(kind_key) or []:
            comp = got.get((kind, c["name"]))
            assert comp is not None, f"{kind} {c['name']} missing"
            if "exported" in c:
                assert comp.exported == c["exported"], c["name"]


@pytest.mark.parametrize("name", SINGLE)
def test_sdks_exact(name: str, results: dict[str, ScanResult]) -> None:
    exp = _expected(name)
    r = _get(results, name)
    assert {s.id for s in r.sdks} == {s["id"] for s in exp.get("sdks") or []}
    for s in exp.get("sdks") or []:
        got = next(x for x in r.sdks if x.id == s["id"])
        for cls in s.get("classes") or []:
            if got.evidence.classes_matched <= 5:
                assert cls in got.evidence.example_classes or got.evidence.classes_matched >= len(s["classes"])
        for comp in s.get("components") or []:
            assert comp in got.evidence.components


def _method_ref(api: str) -> str:
    return api.split("(", 1)[0]


@pytest.mark.parametrize("name", SINGLE)
def test_privacy_call_sites_and_owner(name: str, results: dict[str, ScanResult]) -> None:
    exp = _expected(name).get("privacy_api_calls") or []
    r = _get(results, name)
    callers = {
        (_method_ref(ref.split(" [")[0]), f"{c.class_name}.{(c.method or '').split('(')[0]}"): c
        for a in r.apis
        for c in a.callers
        for ref in a.api
    }
    for call in exp:
        key = (_method_ref(call["api"]), call["caller"])
        assert key in callers, f"missing call site {key}"
        c = callers[key]
        assert c.owner == call["caller_kind"], key
        if call.get("sdk"):
            assert c.sdk == call["sdk"], key


@pytest.mark.parametrize("name", SINGLE)
def test_filing_numbers_and_urls(name: str, results: dict[str, ScanResult]) -> None:
    exp = _expected(name).get("strings") or {}
    r = _get(results, name)
    numbers = exp.get("filing_numbers") or {}
    got = {(n.kind, n.value) for n in r.filing.numbers}
    for n in numbers.get("edu_app") or []:
        assert ("edu-filing", n["value"]) in got
    for n in numbers.get("icp") or []:
        assert ("icp-filing", n["value"]) in got
    if not numbers.get("edu_app"):
        assert not [n for n in r.filing.numbers if n.kind == "edu-filing"]
    hosts = {d.host for d in r.domains}
    for url in exp.get("urls") or []:
        value = url["value"] if isinstance(url, dict) else url
        if not value.startswith(("http://", "https://")):
            continue
        host = value.split("://", 1)[1].split("/", 1)[0].split(":")[0]
        assert host in hosts, host


def test_split_bundles_merge(results: dict[str, ScanResult]) -> None:
    exp = _expected("split-demo")["merged"]
    for bundle, fmt in (("split-demo.apks", "apks"), ("split-demo.xapk", "xapk")):
        r = _get(results, bundle)
        assert r.package.format == fmt
        assert r.app.id == exp["app"]["package"] if "app" in exp else r.app.id
        requested = {p.id for p in r.permissions if not p.implied}
        want = {p["name"] if isinstance(p, dict) else p for p in exp["permissions"]}
        assert requested == want, bundle
        libs = {b.location.file or b.path for b in r.binaries}
        for lib in exp.get("native_libs") or []:
            name = lib["path"] if isinstance(lib, dict) else lib
            assert any(name.split("/")[-1] in x for x in libs), (bundle, name, libs)


def _digest(r: ScanResult) -> dict[str, Any]:
    """The reviewable part of a result, one line per item, for the golden file."""
    a = r.app
    return {
        "app": f"{a.id} | {a.name} | {a.name_zh} | {a.version_name} ({a.version_code})"
        f" | sdk {a.min_sdk}-{a.target_sdk}",
        "permissions": [
            f"{p.id} | {p.name_zh} | {p.group or '-'} | {'sensitive' if p.sensitive else 'normal'}"
            + (" | implied" if p.implied else "")
            for p in r.permissions
        ],
        "permissions_text_zh": r.filing.permissions_text_zh,
        "sdks": [
            f"{s.id} | {s.confidence} | {','.join(s.categories)} | classes {s.evidence.classes_matched}" for s in r.sdks
        ],
        "apis": [
            f"{x.id} <- {c.class_name}.{(c.method or '').split('(')[0]} [{c.owner}{' ' + c.sdk if c.sdk else ''}]"
            for x in r.apis
            for c in x.callers
        ],
        "numbers": [f"{n.kind} | {n.value}" for n in r.filing.numbers],
        "features": [f"{k}: {v['answer']}" for k, v in r.filing.features.model_dump().items()]
        if r.filing.features
        else [],
        "domains": [f"{d.host} | {d.party}{' | ' + d.sdk if d.sdk else ''}" for d in r.domains],
        "findings": sorted({f"{f.severity} | {f.rule_id}" for f in r.findings}),
    }


@pytest.mark.parametrize("name", [*SINGLE, "split-demo.apks", "split-demo.xapk"])
def test_golden_digest(name: str, results: dict[str, ScanResult]) -> None:
    r = _get(results, name)
    path = GOLDEN / f"{name}.json"
    got = json.loads(json.dumps(_digest(r), ensure_ascii=False))
    if UPDATE or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        if not UPDATE:
            pytest.skip(f"golden {path.name} written; review and commit it")
    assert got == json.loads(path.read_text(encoding="utf-8")), (
        f"{name}: result differs from {path}; if the change is intended, rerun with EDUSCAN_UPDATE_GOLDEN=1 and "
        "review the diff"
    )
