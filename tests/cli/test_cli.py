"""The command line end to end (in-process, the real scanner): formats, exit codes, gating, diff, schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scanner.render.base import FORMATS
from tests.conftest import run_cli, sample

EXAMPLES = Path(__file__).parents[2] / "examples"


@pytest.mark.parametrize(
    "argv",
    [[], ["scan"], ["diff"], ["baseline"], ["baseline", "create"], ["rules"], ["rules", "list"], ["schema"]],
)
def test_help_has_examples(argv: list[str]) -> None:
    r = run_cli(*argv, "--help")
    assert r.code == 0
    assert "example" in r.out.lower() or "示例" in r.out, r.out


def test_version() -> None:
    r = run_cli("--version")
    assert r.code == 0 and r.out.startswith("eduscan ")


def test_all_formats_into_a_directory(tmp_path: Path) -> None:
    demo = sample("android/demo-homework.apk")
    r = run_cli("scan", demo, "-o", tmp_path, "--format", ",".join(FORMATS), "-q")
    assert r.code == 0, r.err
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(f"demo-homework.apk.{ext}" for ext in ("json", "txt", "html", "sarif", "md"))
    html = (tmp_path / "demo-homework.apk.html").read_text(encoding="utf-8")
    assert "是否具有以下功能" in html and "嵌入了广告SDK" in html
    sarif = json.loads((tmp_path / "demo-homework.apk.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0"
    md = (tmp_path / "demo-homework.apk.md").read_text(encoding="utf-8")
    assert md.startswith("### eduscan: 作业助手")


def test_english_html() -> None:
    r = run_cli("scan", sample("android/demo-homework.apk"), "--format", "html", "--lang", "en")
    assert r.code == 0
    assert '<html lang="en">' in r.out and "Advertising SDK embedded" in r.out


def test_several_formats_need_a_directory() -> None:
    r = run_cli("scan", sample("android/demo-homework.apk"), "--format", "json,html")
    assert r.code == 2 and "-o" in r.err


def test_unknown_format_is_a_usage_error() -> None:
    r = run_cli("scan", sample("android/demo-homework.apk"), "--format", "pdf")
    assert r.code == 2 and "unknown format" in r.err


def test_fail_on_exit_codes() -> None:
    demo = sample("android/demo-homework.apk")
    assert run_cli("scan", demo, "--fail-on", "high", "-q").code == 1  # the ad SDK flag is high
    assert run_cli("scan", demo, "--fail-on", "critical", "-q").code == 0
    assert run_cli("scan", demo, "-q").code == 0


def test_bad_package_exit_3(tmp_path: Path) -> None:
    bad = tmp_path / "broken.apk"
    bad.write_bytes(b"not a zip")
    r = run_cli("scan", bad, "-q")
    assert r.code == 3


def test_declared_example_and_bad_declared_file(tmp_path: Path) -> None:
    demo = sample("android/demo-homework.apk")
    r = run_cli("scan", demo, "--declared", EXAMPLES / "filing.yaml", "--format", "json")
    assert r.code == 0, r.err
    result = json.loads(r.out)
    assert result["filing"]["declared"]["source"] == "filing.yaml"
    ids = {f["id"] for f in result["filing"]["flags"]}
    assert "filing-declared-sdk-undeclared" in ids  # the example leaves out the ad SDK
    bad = tmp_path / "filing.yaml"
    bad.write_text("features:\n  forum: perhaps\n", encoding="utf-8")
    r = run_cli("scan", demo, "--declared", bad, "--lang", "en")
    assert r.code == 2
    lines = r.err.strip().splitlines()
    assert len(lines) == 1 and "invalid declared filing at features.forum" in lines[0], r.err


def test_policy_file(tmp_path: Path) -> None:
    demo = sample("android/demo-homework.apk")
    policy = tmp_path / "eduscan-policy.yaml"
    policy.write_text(
        "version: 1\nfail_on: high\ndisable: [filing-ads-sdk]\nseverity: {filing-self-start: high}\n", encoding="utf-8"
    )
    r = run_cli("scan", demo, "--policy", policy, "--format", "json")
    assert r.code == 1  # fail_on from the policy; the self-start flag is now high
    result = json.loads(r.out)
    flags = {f["id"]: f["severity"] for f in result["filing"]["flags"]}
    assert "filing-ads-sdk" not in flags and flags["filing-self-start"] == "high"
    assert result["gating"]["policy"] == "eduscan-policy.yaml"
    assert "filing-ads-sdk" in result["gating"]["disabled_rules"]
    assert run_cli("scan", demo, "--policy", policy, "--fail-on", "never", "-q").code == 0  # the CLI wins
    policy.write_text("disable: [no-such-rule]\n", encoding="utf-8")
    r = run_cli("scan", demo, "--policy", policy, "--lang", "en")
    assert r.code == 2 and "no-such-rule" in r.err


def test_baseline_create_and_suppress(tmp_path: Path) -> None:
    demo = sample("android/demo-homework.apk")
    baseline = tmp_path / ".eduscan-baseline.json"
    r = run_cli("baseline", "create", demo, "-o", baseline, "--reason", "accepted at adoption", "--lang", "en")
    assert r.code == 0 and "entries" in r.err
    data = json.loads(baseline.read_text(encoding="utf-8"))
    assert data["version"] == 1 and data["entries"]
    assert all(e["reason"] == "accepted at adoption" for e in data["entries"].values())
    r = run_cli("scan", demo, "--baseline", baseline, "--fail-on", "info", "--format", "json", "--lang", "en")
    assert r.code == 0, r.err
    result = json.loads(r.out)
    assert result["findings"] == [] and result["filing"]["flags"] == []
    assert len(result["gating"]["suppressed"]) == len(data["entries"])
    assert f"baseline: {len(data['entries'])} suppressed, 0 expired" in r.err
    # Expire one entry: its finding is reported again and fails the gate.
    fp = sorted(data["entries"])[0]
    data["entries"][fp]["expires"] = "2020-01-01"
    baseline.write_text(json.dumps(data), encoding="utf-8")
    r = run_cli("scan", demo, "--baseline", baseline, "--fail-on", "info", "--format", "json", "-q")
    assert r.code == 1
    result = json.loads(r.out)
    assert [f["fingerprint"] for f in result["findings"]] == [fp]
    assert result["gating"]["expired"][0]["expires"] == "2020-01-01"


def test_diff_json_result_against_package(tmp_path: Path) -> None:
    demo = sample("android/demo-homework.apk")
    r = run_cli("scan", demo, "--format", "json", "-q")
    old = json.loads(r.out)
    old["sdks"] = [s for s in old["sdks"] if s["id"] != "tencent-gdt"]
    saved = tmp_path / "old.json"
    saved.write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    r = run_cli("diff", saved, demo, "--format", "json")
    assert r.code == 0, r.err
    d = json.loads(r.out)
    assert d["must_update"] and any(c["id"] == "tencent-gdt" and c["change"] == "added" for c in d["changes"])
    assert run_cli("diff", saved, demo, "--fail-on-update", "-q").code == 1
    r = run_cli("diff", demo, demo, "--fail-on-update", "--format", "md")
    assert r.code == 0 and "备案信息无需更新" in r.out
    out = tmp_path / "diff.md"
    r = run_cli("diff", saved, demo, "--format", "md", "-o", out)
    assert r.code == 0 and "需要更新备案信息" in out.read_text(encoding="utf-8")


def test_diff_rejects_a_json_that_is_not_a_result(tmp_path: Path) -> None:
    bogus = tmp_path / "x.json"
    bogus.write_text('{"hello": 1}', encoding="utf-8")
    r = run_cli("diff", bogus, bogus, "--lang", "en")
    assert r.code == 2 and "not an eduscan scan result" in r.err


@pytest.mark.parametrize("what", ["result", "declared", "policy", "baseline", "diff"])
def test_schemas(what: str) -> None:
    r = run_cli("schema", what)
    assert r.code == 0
    schema = json.loads(r.out)
    assert schema["title"].startswith("eduscan") and "properties" in schema


def test_rules_list() -> None:
    r = run_cli("rules", "list", "--category", "filing", "--format", "json")
    assert r.code == 0
    rows = json.loads(r.out)
    ids = {row["id"] for row in rows}
    assert {"filing-ads-sdk", "filing-self-start", "filing-declared-sdk-undeclared"} <= ids
    assert all(row["category"] == "filing" for row in rows)


def test_policy_enables_a_rule_that_ships_off(tmp_path: Path) -> None:
    import shutil

    from scanner.paths import rules_dir

    demo = sample("android/demo-homework.apk")
    rules = tmp_path / "rules"
    shutil.copytree(rules_dir(), rules)
    ads = rules / "filing" / "filing-ads-sdk.yaml"
    ads.write_text(ads.read_text(encoding="utf-8") + "enabled: false\n", encoding="utf-8")
    r = run_cli("scan", demo, "--rules", rules, "--format", "json", "-q")
    assert "filing-ads-sdk" not in {f["id"] for f in json.loads(r.out)["filing"]["flags"]}
    policy = tmp_path / "policy.yaml"
    policy.write_text("enable: [filing-ads-sdk]\n", encoding="utf-8")
    r = run_cli("scan", demo, "--rules", rules, "--policy", policy, "--format", "json", "-q")
    assert "filing-ads-sdk" in {f["id"] for f in json.loads(r.out)["filing"]["flags"]}
