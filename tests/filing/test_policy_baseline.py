"""Policy files and baselines: loading, applying, expiry, and the gate's bookkeeping."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from scanner.baseline import Baseline, BaselineEntry, apply_baseline, create_baseline, load_baseline
from scanner.errors import ConfigError
from scanner.model import Gating
from scanner.policy import Policy, apply_policy, check_rule_ids, finish, load_policy
from tests.golden.fixed_result import CLAUSES, fixed_result

TODAY = date(2026, 6, 1)


def _plain():  # type: ignore[no-untyped-def]
    return fixed_result(gating=False, declared=False)


def test_policy_disable_severity_and_confidence() -> None:
    policy = Policy(
        disable=["android-min-*"],
        severity={"filing-ads-sdk": "critical", "filing-*": "low"},
        min_confidence="high",
    )
    gating = Gating()
    out = apply_policy(_plain().findings, policy, gating)
    ids = {f.rule_id: f.severity for f in out}
    assert "android-min-sdk-outdated" not in ids
    assert "android-hardcoded-secret" not in ids  # medium confidence dropped
    assert ids["filing-ads-sdk"] == "critical"  # exact id first, then patterns in order
    assert ids["filing-self-start"] == "low"
    assert gating.severity_overrides["filing-ads-sdk"] == "critical"
    assert gating.disabled_rules == ["android-min-sdk-outdated"]


def test_finish_rebuilds_flags_and_counts_failing() -> None:
    policy = Policy(severity={"filing-ads-sdk": "critical"}, disable=["filing-self-start"])
    result = finish(_plain(), CLAUSES, policy=(policy, "p.yaml"), fail_on="high")
    assert result.gating is not None and result.gating.policy == "p.yaml"
    assert result.gating.failing == 2  # debuggable (critical) and the re-rated ad SDK
    flags = {f.id: f.severity for f in result.filing.flags}
    assert flags == {"filing-ads-sdk": "critical", "filing-no-edu-filing-number": "medium"}
    assert result.findings[0].severity == "critical"


def test_unknown_rule_ids_are_an_error(tmp_path: Path) -> None:
    p = tmp_path / "policy.yaml"
    p.write_text("disable: [filing-ads-sdkk, 'android-*']\n", encoding="utf-8")
    policy = load_policy(p)
    with pytest.raises(ConfigError, match="filing-ads-sdkk"):
        check_rule_ids(policy, {"filing-ads-sdk"}, p)


@pytest.mark.parametrize(
    ("text", "where"),
    [("fail_on: hgh\n", "fail_on"), ("severity: {x: severe}\n", "severity.x"), ("enable: yes\n", "enable")],
)
def test_bad_policy(tmp_path: Path, text: str, where: str) -> None:
    p = tmp_path / "policy.yaml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_policy(p)
    assert where in exc.value.message


def test_baseline_suppresses_and_expires() -> None:
    result = _plain()
    fps = {f.rule_id: f.fingerprint for f in result.findings}
    baseline = Baseline(
        entries={
            fps["android-debuggable"]: BaselineEntry(
                rule_id="android-debuggable", reason="beta", expires=date(2026, 1, 1)
            ),
            fps["filing-ads-sdk"]: BaselineEntry(rule_id="filing-ads-sdk", reason="not school-required"),
            "deadbeef" * 4: BaselineEntry(rule_id="gone", app="cn.example.homework", reason="old"),
            "cafebabe" * 4: BaselineEntry(rule_id="other", app="cn.other.app", reason="other app"),
        }
    )
    gating = Gating()
    kept = apply_baseline(result.findings, baseline, "cn.example.homework", TODAY, gating)
    kept_ids = {f.rule_id for f in kept}
    assert "filing-ads-sdk" not in kept_ids
    assert "android-debuggable" in kept_ids  # expired: reported again
    assert [s.rule_id for s in gating.suppressed] == ["filing-ads-sdk"]
    assert gating.suppressed[0].reason == "not school-required"
    assert [s.rule_id for s in gating.expired] == ["android-debuggable"]
    assert gating.unmatched_baseline == 1  # the other app's entry is not counted


def test_baseline_file_round_trip_keeps_reasons(tmp_path: Path) -> None:
    result = _plain()
    first = create_baseline([result], "accepted at adoption", date(2027, 1, 1))
    assert len(first.entries) == len(result.findings)
    path = tmp_path / ".eduscan-baseline.json"
    path.write_text(first.dumps(), encoding="utf-8")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert list(data) == ["version", "generated_by", "entries"] and data["version"] == 1
    assert list(data["entries"]) == sorted(data["entries"])
    loaded = load_baseline(path)
    fp = next(iter(loaded.entries))
    loaded.entries[fp].reason = "hand-written reason"
    loaded.entries["0" * 32] = BaselineEntry(rule_id="x", app="cn.other.app", reason="kept: other app")
    again = create_baseline([result], None, None, loaded)
    assert again.entries[fp].reason == "hand-written reason"
    assert "0" * 32 in again.entries
    assert again.dumps() == create_baseline([result], None, None, again).dumps()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "not JSON"),
        ('{"version": 9, "entries": {}}', "newer"),
        ('{"version": 1, "entries": {"ab": {"rule_id": "x", "reason": " "}}}', "entries.ab.reason"),
        ('{"version": 1, "entries": {"ab": {"rule_id": "x", "reason": "r", "expires": "soon"}}}', "expires"),
    ],
)
def test_bad_baseline(tmp_path: Path, text: str, message: str) -> None:
    p = tmp_path / "b.json"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_baseline(p)
    assert message in exc.value.message
