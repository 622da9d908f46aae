"""SARIF: valid against the official 2.1.0 schema, shaped for GitHub code scanning, fingerprints stable."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from scanner.model import ScanResult
from scanner.render.sarif import FINGERPRINT_KEY, SarifRenderer
from tests.conftest import sample
from tests.golden.fixed_result import fixed_result

SCHEMA = json.loads((Path(__file__).parents[1] / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def _validate(doc: dict[str, Any]) -> None:
    jsonschema.Draft4Validator(SCHEMA).validate(doc)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_fixed_result_is_valid_sarif(lang: str) -> None:
    doc = json.loads(SarifRenderer().render(fixed_result(), lang))  # type: ignore[arg-type]
    _validate(doc)
    assert doc["version"] == "2.1.0"


def test_github_requirements() -> None:
    result = fixed_result()
    run = SarifRenderer().document(result, "zh")["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted({f.rule_id for f in result.findings})
    by_id = {r["id"]: r for r in rules}
    for res in run["results"]:
        rule = rules[res["ruleIndex"]]
        assert rule["id"] == res["ruleId"]
        assert rule["help"]["text"] and rule["shortDescription"]["text"]
        assert 0.0 < float(rule["properties"]["security-severity"]) <= 10.0
        loc = res["locations"][0]["physicalLocation"]
        assert loc["region"]["startLine"] == 1
        assert not loc["artifactLocation"]["uri"].startswith("/")
    levels = {r["ruleId"]: r["level"] for r in run["results"]}
    assert levels["android-debuggable"] == "error"  # critical
    assert levels["filing-ads-sdk"] == "error"  # high
    assert levels["android-hardcoded-secret"] == "warning"  # medium
    assert levels["filing-self-start"] == "note"  # low
    assert levels["android-min-sdk-outdated"] == "note"  # info
    assert "external/cwe/cwe-489" in by_id["android-debuggable"]["properties"]["tags"]
    # Filing rules carry their policy basis in the help text.
    assert "政策依据" in by_id["filing-ads-sdk"]["help"]["text"]
    assert run["automationDetails"]["id"] == "eduscan/cn.example.homework/"


def test_locations_are_paths_inside_the_package_with_logical_locations() -> None:
    run = SarifRenderer().document(fixed_result(), "en")["runs"][0]
    secret = next(r for r in run["results"] if r["ruleId"] == "android-hardcoded-secret")
    uris = [loc["physicalLocation"]["artifactLocation"]["uri"] for loc in secret["locations"]]
    assert uris == ["classes2.dex", "res/values/strings.xml"]
    logical = secret["locations"][0]["logicalLocations"][0]
    assert logical["fullyQualifiedName"] == "cn.example.Config.<clinit>"
    assert logical["kind"] == "function"
    # Evidence without a file points at the package itself.
    missing = next(r for r in run["results"] if r["ruleId"] == "filing-no-edu-filing-number")
    assert missing["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "homework-2.3.1.apk"


def test_partial_fingerprints_are_the_finding_fingerprints() -> None:
    result = fixed_result()
    run = SarifRenderer().document(result, "zh")["runs"][0]
    assert [r["partialFingerprints"][FINGERPRINT_KEY] for r in run["results"]] == [
        f.fingerprint for f in result.findings
    ]


@pytest.mark.parametrize("name", ["android/demo-homework.apk", "android/sdk-zoo.apk", "android/vuln-lab.apk"])
def test_real_scans_are_valid_and_stable(scanner_instance, name: str) -> None:  # type: ignore[no-untyped-def]
    """Through the real scanner: valid SARIF, and two scans give the same fingerprints (and bytes)."""
    path = sample(name)
    first = scanner_instance.scan(path)
    second = scanner_instance.scan(path)
    assert isinstance(first, ScanResult) and isinstance(second, ScanResult)
    a = SarifRenderer().render(first, "zh")
    b = SarifRenderer().render(second, "zh")
    assert a == b
    doc = json.loads(a)
    _validate(doc)
    results = doc["runs"][0]["results"]
    assert results, f"{name}: no results"
    fps = [r["partialFingerprints"][FINGERPRINT_KEY] for r in results]
    assert len(fps) == len(set(fps)), "fingerprints must identify findings"
