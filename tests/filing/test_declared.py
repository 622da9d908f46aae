"""Declared vs detected: the filed answers compared with a real scan of the demo app."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.errors import ConfigError
from scanner.filing.declared import DeclaredFiling, compare, load_declared
from scanner.model import ScanResult
from scanner.policy import finish
from tests.conftest import sample

EXAMPLE = Path(__file__).parents[2] / "examples" / "filing.yaml"


@pytest.fixture(scope="module")
def demo(scanner_instance) -> ScanResult:  # type: ignore[no-untyped-def]
    result = scanner_instance.scan(sample("android/demo-homework.apk"))
    assert isinstance(result, ScanResult)
    return result


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "filing.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_example_file_is_valid() -> None:
    d = load_declared(EXAMPLE)
    assert d.app.package_id == "cn.eduscan.demo.homework"
    assert d.permissions and d.sdks


def test_chinese_keys_and_answers(tmp_path: Path) -> None:
    d = load_declared(
        _write(
            tmp_path,
            "应用:\n  应用名称: 作业助手\n  平台: Android\n  版本: 2.3\n"
            "获取的权限: 相机权限、录音，访问网络\n"
            "是否具有以下功能: {论坛: 否, 收费: 是, 直播: 无, 中小学学科培训: 否}\n"
            "第三方SDK: [友盟+统计SDK, {名称: 腾讯广告, 使用目的: 广告}]\n学校统一要求使用: 是\n",
        )
    )
    assert d.app.platform == "android" and d.app.version == "2.3"
    assert d.permissions == ["相机权限", "录音", "访问网络"]
    assert (d.features.forum, d.features.payment, d.features.live_streaming) == (False, True, False)
    assert [s.name for s in d.sdks or []] == ["友盟+统计SDK", "腾讯广告"]
    assert d.school_required is True


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("features: {forum: maybe}\n", "features.forum"),
        ("permissions: [CAMERA]\nsdks: [{vendor: x}]\n", "sdks.0.name"),
        ("version: 2\n", "version"),
        ("unknown_key: 1\n", "unknown_key"),
        ("- just a list\n", "mapping"),
    ],
)
def test_bad_files_name_the_field(tmp_path: Path, text: str, where: str) -> None:
    with pytest.raises(ConfigError) as exc:
        load_declared(_write(tmp_path, text))
    assert where in exc.value.message
    assert exc.value.exit_code == 2


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such declared filing"):
        load_declared(tmp_path / "nope.yaml")


def test_every_mismatch_is_a_finding(demo: ScanResult) -> None:
    declared = DeclaredFiling.model_validate(
        {
            "app": {
                "name": "作业助手",
                "package_id": "cn.eduscan.demo.homework",
                "platform": "android",
                "version": "2.3.0",
            },
            "permissions": ["INTERNET", "ACCESS_NETWORK_STATE", "拍摄", "录音", "位置权限", "READ_CONTACTS"],
            "features": {"forum": False, "payment": False, "live_streaming": True, "k12_tutoring": False},
            "sdks": ["友盟+ 统计分析", {"name": "友盟基础组件库", "id": "umeng-common"}, "腾讯Bugly"],
        }
    )
    comparison, findings = compare(demo, declared, "filing.yaml", {})
    by_rule: dict[str, list[str]] = {}
    for f in findings:
        assert f.category == "filing" and f.fingerprint and f.evidence
        assert any(r.kind == "clause" and r.id == "beian-banfa" for r in f.references)
        by_rule.setdefault(f.rule_id, []).append(f.evidence[0].string or "")
    # READ_PHONE_STATE and the boot permission are requested but not filed; 位置权限 covers both location ones.
    undeclared = set(by_rule["filing-declared-permission-undeclared"])
    assert "android.permission.READ_PHONE_STATE" in undeclared
    assert "android.permission.ACCESS_FINE_LOCATION" not in undeclared
    assert by_rule["filing-declared-permission-not-requested"] == ["READ_CONTACTS"]
    assert by_rule["filing-declared-sdk-undeclared"] == ["tencent-gdt"]
    assert by_rule["filing-declared-sdk-not-detected"] == ["腾讯Bugly"]
    assert by_rule["filing-declared-form-differs"] == ["2.3.1"]
    assert len(by_rule["filing-declared-feature-differs"]) == 1  # live streaming filed yes, nothing seen
    statuses = {(i.kind, i.key): i.status for i in comparison.items}
    assert statuses[("sdk", "umeng-common")] == "match"
    assert statuses[("sdk", "umeng-analytics")] == "match"
    assert statuses[("feature", "live_streaming")] == "differs"
    assert statuses[("feature", "k12_tutoring")] == "match"  # unknown is never a mismatch
    assert comparison.mismatches == sum(1 for i in comparison.items if i.status != "match")


def test_feature_filed_no_but_shown(scanner_instance) -> None:  # type: ignore[no-untyped-def]
    zoo = scanner_instance.scan(sample("android/sdk-zoo.apk"))
    declared = DeclaredFiling.model_validate({"features": {"payment": "否", "live_streaming": "no"}})
    _, findings = compare(zoo, declared, "filing.yaml", {})
    differs = [f for f in findings if f.rule_id == "filing-declared-feature-differs"]
    assert len(differs) == 2 and all(f.severity == "medium" for f in differs)
    assert any(e.class_name and e.class_name.startswith("com.alipay") for f in differs for e in f.evidence)


def test_school_required_conflict_and_flags_rebuilt(demo: ScanResult) -> None:
    declared = DeclaredFiling.model_validate({"school_required": True})
    result = finish(demo, {}, declared=(declared, "filing.yaml"))
    flags = [f for f in result.filing.flags if f.id == "filing-declared-school-required-conflict"]
    assert len(flags) == 1 and flags[0].severity == "high"
    assert result.filing.declared is not None and result.filing.declared.source == "filing.yaml"
    assert [f.fingerprint for f in result.findings if f.category == "filing"] == [
        f.fingerprint for f in result.filing.flags
    ]


def test_matching_filing_has_no_mismatch(demo: ScanResult) -> None:
    declared = DeclaredFiling.model_validate(
        {
            "app": {"name": "Homework Helper", "package_id": "cn.eduscan.demo.homework", "version": "2.3.1"},
            "permissions": [p.id for p in demo.permissions],
            "sdks": [{"name": s.name_zh, "id": s.id} for s in demo.sdks],
            "features": {"forum": False, "payment": False, "live_streaming": False},
        }
    )
    comparison, findings = compare(demo, declared, "filing.yaml", {})
    assert findings == [] and comparison.mismatches == 0
