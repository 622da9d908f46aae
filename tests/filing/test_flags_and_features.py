"""Form answers and risk flags through the real scanner, against the samples' ground truth (EXPECTED.yaml)."""

from __future__ import annotations

import pytest

from scanner.model import Flag, ScanResult
from tests.conftest import sample


@pytest.fixture(scope="module")
def demo(scanner_instance) -> ScanResult:  # type: ignore[no-untyped-def]
    result = scanner_instance.scan(sample("android/demo-homework.apk"))
    assert isinstance(result, ScanResult)
    return result


@pytest.fixture(scope="module")
def zoo(scanner_instance) -> ScanResult:  # type: ignore[no-untyped-def]
    result = scanner_instance.scan(sample("android/sdk-zoo.apk"))
    assert isinstance(result, ScanResult)
    return result


@pytest.fixture(scope="module")
def clean(scanner_instance) -> ScanResult:  # type: ignore[no-untyped-def]
    result = scanner_instance.scan(sample("android/clean-notes.apk"))
    assert isinstance(result, ScanResult)
    return result


def _flags(result: ScanResult, rule_id: str) -> list[Flag]:
    return [f for f in result.filing.flags if f.id == rule_id]


def test_demo_form_fields(demo: ScanResult) -> None:
    form = demo.filing.form
    assert form is not None
    assert (form.app_name, form.platform, form.version, form.package_id) == (
        "作业助手",
        "Android",
        "2.3.1",
        "cn.eduscan.demo.homework",
    )


def test_demo_feature_answers(demo: ScanResult) -> None:
    """EXPECTED.yaml: no payment, no live streaming, no forum; 学科培训 is never answered no."""
    f = demo.filing.features
    assert f is not None
    assert (f.forum.answer, f.payment.answer, f.live_streaming.answer) == ("no", "no", "no")
    assert f.k12_tutoring.answer == "unknown"
    for ans in (f.forum, f.payment, f.live_streaming, f.k12_tutoring):
        assert ans.limit and ans.limit_zh, "every answer says what a static scan cannot see"
    assert "静态扫描" in f.k12_tutoring.limit_zh


def test_demo_ad_flag_points_at_sdk_classes(demo: ScanResult) -> None:
    (ads,) = _flags(demo, "filing-ads-sdk")
    assert ads.severity == "high"
    assert "yijian-55" in ads.clause_ids and "edu-ads-2018" in ads.clause_ids
    assert "教技函〔2019〕55号" in ads.clause_zh and ads.clause_text_zh
    assert any((e.class_name or "").startswith("com.qq.e.") for e in ads.evidence)


def test_demo_filing_numbers(demo: ScanResult) -> None:
    assert _flags(demo, "filing-no-edu-filing-number"), "no 教APP备 number in the demo app"
    assert not _flags(demo, "filing-no-icp-app-number"), "京ICP备12345678号-1A is an App filing"
    assert not _flags(demo, "filing-icp-website-number")


def test_demo_self_start(demo: ScanResult) -> None:
    (flag,) = _flags(demo, "filing-self-start")
    assert flag.evidence[0].class_name == "cn.eduscan.demo.homework.BootReceiver"
    assert flag.evidence[0].file == "AndroidManifest.xml"


def test_demo_sdk_identifiers_point_at_callers(demo: ScanResult) -> None:
    flags = _flags(demo, "filing-sdk-device-id")
    callers = {(e.class_name, (e.method or "").split("(")[0]) for f in flags for e in f.evidence}
    assert ("com.umeng.commonsdk.statistics.common.DeviceConfig", "getImei") in callers
    assert ("com.umeng.commonsdk.statistics.common.DeviceConfig", "getAndroidId") in callers
    (app_ids,) = _flags(demo, "filing-app-device-id")
    assert app_ids.evidence[0].class_name == "cn.eduscan.demo.homework.MainActivity"


def test_demo_permissions_beyond_edu(demo: ScanResult) -> None:
    (flag,) = _flags(demo, "filing-permission-beyond-edu")
    named = {e.string for e in flag.evidence}
    assert {"android.permission.READ_PHONE_STATE", "android.permission.ACCESS_FINE_LOCATION"} <= named
    assert "android.permission.CAMERA" not in named  # optional for a study app, not beyond
    (optional,) = _flags(demo, "filing-permission-optional-edu")
    assert optional.severity == "info"
    assert "android.permission.CAMERA" in {e.string for e in optional.evidence}
    by_id = {p.id: p.edu for p in demo.permissions}
    assert by_id["android.permission.READ_PHONE_STATE"] == "flag"
    assert by_id["android.permission.CAMERA"] == "opt"
    assert by_id["android.permission.INTERNET"] is None


def test_demo_has_no_false_filing_flags(demo: ScanResult) -> None:
    """EXPECTED.yaml: no games, no biometrics, no payment."""
    for rule in ("filing-game-engine", "filing-biometric-sdk", "filing-face-api", "filing-payment-school-required"):
        assert not _flags(demo, rule), rule


def test_sdk_zoo_answers_and_flags(zoo: ScanResult) -> None:
    f = zoo.filing.features
    assert f is not None
    assert f.payment.answer == "yes" and "alipay" in f.payment.basis
    assert f.live_streaming.answer == "yes"
    assert f.forum.answer in ("yes", "likely")
    assert {fl.evidence[0].class_name for fl in _flags(zoo, "filing-biometric-sdk")} >= {"com.arcsoft.face.FaceEngine"}
    assert len(_flags(zoo, "filing-game-engine")) >= 3
    assert len(_flags(zoo, "filing-ads-sdk")) >= 2
    assert _flags(zoo, "filing-installed-apps")
    assert _flags(zoo, "filing-no-icp-app-number"), "sdk-zoo shows a 教APP备 number but no ICP number"
    assert not _flags(zoo, "filing-no-edu-filing-number")
    face = _flags(zoo, "filing-face-api")
    assert face and all(fl.severity == "medium" for fl in face)


def test_clean_app_is_quiet(clean: ScanResult) -> None:
    ids = {f.id for f in clean.filing.flags}
    assert not ids & {
        "filing-ads-sdk",
        "filing-game-engine",
        "filing-biometric-sdk",
        "filing-sdk-device-id",
        "filing-self-start",
        "filing-no-edu-filing-number",
        "filing-no-icp-app-number",
        "filing-permission-beyond-edu",
    }, ids


def test_flags_match_filing_findings(demo: ScanResult) -> None:
    filing = [f for f in demo.findings if f.category == "filing"]
    assert [(f.rule_id, f.fingerprint) for f in filing] == [(fl.id, fl.fingerprint) for fl in demo.filing.flags]
