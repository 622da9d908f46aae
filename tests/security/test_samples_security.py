"""The security rules against the repository's sample apps and their ground truth (samples/android/*/EXPECTED.yaml).

vuln-lab plants every weakness with its exact location (``findings.must_find``): each must be reported by the rule
mapped to its id below, with evidence naming the same class and method (or component, file, library).
secure-lab is the fixed twin: no rule mapped to a fixed weakness may fire. clean-notes must produce nothing above
info, and demo-homework / sdk-zoo carry their own must_find / must_not_find lists. A sample that is not built yet
is skipped; an id that has no mapping fails, so the table follows the ground truth.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

SAMPLES = Path(__file__).parents[2] / "samples" / "android"

#: EXPECTED.yaml weakness id → rules that report it.
RULES_FOR: dict[str, set[str]] = {
    "debuggable": {"android-debuggable"},
    "test-only": {"android-test-only"},
    "allow-backup-enabled": {"android-allow-backup", "android-allow-backup-cloud"},
    "cleartext-traffic-enabled": {"android-cleartext-traffic"},
    "nsc-cleartext-permitted": {"android-cleartext-traffic", "android-nsc-domain-cleartext"},
    "nsc-user-certificates-trusted": {"android-nsc-user-certs", "android-nsc-domain-user-certs"},
    "nsc-override-pins": {"android-nsc-override-pins"},
    "nsc-pin-set-expired": {"android-nsc-pins-expired"},
    "exported-component-without-permission": {
        "android-exported-activity",
        "android-exported-activity-alias",
        "android-exported-service",
        "android-exported-receiver",
    },
    "exported-provider-without-permission": {"android-exported-provider"},
    "custom-permission-normal-protection": {"android-component-weak-permission"},
    "task-hijacking": {"android-task-hijacking", "android-task-affinity"},
    "janus-v1-only-signature": {"android-signing-janus"},
    "debug-certificate": {"android-signing-debug-certificate"},
    "weak-signing-key": {"android-signing-weak-key"},
    "trust-all-trustmanager": {"android-trustmanager-trust-all"},
    "permissive-hostname-verifier": {"android-hostname-verifier-allow-all"},
    "allow-all-hostname-verifier": {"android-hostname-verifier-allow-all-library"},
    "cleartext-credentials": {"common-http-credentials-url"},
    "cleartext-http-endpoint": {"common-http-endpoints", "common-http-credentials-url"},
    "webview-javascript-enabled": {"android-webview-javascript-enabled"},
    "webview-javascript-interface": {
        "android-webview-javascript-interface",
        "android-webview-javascript-interface-legacy",
    },
    "webview-file-access": {"android-webview-file-access", "android-webview-universal-file-access"},
    "webview-universal-file-access": {"android-webview-universal-file-access"},
    "webview-debugging-enabled": {"android-webview-debugging"},
    "webview-ssl-error-proceed": {"android-webview-ssl-error-proceed"},
    "deeplink-url-to-webview": {"android-deeplink-url-forwarded"},
    "cipher-ecb-mode": {"android-crypto-ecb-mode", "android-crypto-default-ecb"},
    "cipher-des": {"android-crypto-weak-cipher"},
    "static-iv": {"android-crypto-static-iv"},
    "hardcoded-crypto-key": {"android-crypto-hardcoded-key"},
    "weak-hash-md5": {"android-crypto-weak-hash"},
    "insecure-random": {"android-crypto-insecure-random"},
    "world-readable-file": {"android-world-accessible-mode"},
    "external-storage-write": {"android-external-storage"},
    "plaintext-password-shared-preferences": {"android-shared-prefs-credentials"},
    "sql-injection": {"android-sql-injection"},
    "log-sensitive-data": {"android-log-sensitive-data"},
    "dynamic-code-loading-external": {"android-dynamic-code-loading"},
    "hardcoded-aws-key": {"common-secret-service-credential"},
    "hardcoded-aws-secret": {"common-secret-service-credential", "common-secret-token"},
    "hardcoded-password": {"common-secret-token", "android-hardcoded-credential-check"},
    "high-entropy-secret": {"common-secret-token"},
    "private-key-in-apk": {"common-secret-private-key", "common-key-file-in-package"},
    "native-no-stack-canary": {"android-native-no-stack-canary"},
    "native-no-nx": {"android-native-no-nx"},
    "native-no-relro": {"android-native-no-relro"},
    "native-partial-relro": {"android-native-partial-relro"},
    "native-unsafe-functions": {"android-native-insecure-functions"},
    "self-start-on-boot": {"android-boot-completed-receiver"},
}

#: secure-lab's fixed_weaknesses keys (vuln-lab "twin" ids) → rules that must stay quiet on secure-lab.
TWIN_RULES: dict[str, set[str]] = {
    "exported-components": RULES_FOR["exported-component-without-permission"]
    | RULES_FOR["exported-provider-without-permission"]
    | {"android-custom-url-scheme", "android-deeplink-url-forwarded", "android-provider-grant-uri-permissions"},
    "custom-permission-signature": RULES_FOR["custom-permission-normal-protection"],
    "cleartext-credentials": RULES_FOR["cleartext-http-endpoint"],
    "hardcoded-secrets": {
        "common-secret-private-key",
        "common-secret-service-credential",
        "common-secret-token",
        "common-secret-google-api-key",
        "common-key-file-in-package",
        "android-hardcoded-credential-check",
        "android-manifest-secret",
    },
    "native-hardening": {
        "android-native-no-nx",
        "android-native-no-pic",
        "android-native-no-stack-canary",
        "android-native-no-relro",
        "android-native-partial-relro",
        "android-native-no-fortify",
        "android-native-rpath",
        "android-native-insecure-functions",
        "android-native-weak-crypto",
    },
    "janus-v1-only-signature": {"android-signing-janus", "android-signing-janus-v2"},
    "debug-certificate": {"android-signing-debug-certificate", "android-signing-weak-key", "android-signing-sha1"},
    "nsc-user-certificates-trusted": RULES_FOR["nsc-user-certificates-trusted"]
    | {"android-nsc-override-pins", "android-nsc-pins-expired", "android-nsc-debug-user-certs"},
}


def _expected(name: str) -> dict[str, Any]:
    path = SAMPLES / name / "EXPECTED.yaml"
    apk = SAMPLES / f"{name}.apk"
    if not path.is_file() or not apk.is_file():
        pytest.skip(f"sample {name} not built yet ({apk.name} / EXPECTED.yaml missing)")
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


@cache
def _result(name: str) -> Any:
    return _scanner().scan(SAMPLES / f"{name}.apk")


@cache
def _scanner() -> Any:
    from scanner.scan import Scanner

    return Scanner()


def _where(location: dict[str, Any]) -> tuple[str | None, str | None, list[str]]:
    """(class, method, files) a finding's evidence must show for a ground-truth location."""
    cls = location.get("class")
    method = location.get("method")
    element = str(location.get("element") or "")
    kind, _, comp = element.partition(" ")
    if cls is None and kind in ("activity", "activity-alias", "service", "receiver", "provider") and comp:
        cls = comp
    files = list(location.get("files") or [])
    f = str(location.get("file") or "")
    if f.startswith(("assets/", "lib/")):
        files.append(f)
    return cls, method, files


def _evidence_matches(finding: Any, cls: str | None, method: str | None, files: list[str]) -> bool:
    for e in finding.evidence:
        if cls is not None and e.class_name != cls:
            continue
        if method is not None and (e.method or "").split("(")[0] != method:
            continue
        if files and not any((e.file or "").endswith(x) or x.endswith(e.string or "\x00") for x in files):
            continue
        return True
    return False


def _must_find(name: str) -> list[Any]:
    if not (SAMPLES / name / "EXPECTED.yaml").is_file():
        return [pytest.param(name, {}, id=f"{name}:not-built")]
    data = yaml.safe_load((SAMPLES / name / "EXPECTED.yaml").read_text(encoding="utf-8"))
    items = (data.get("findings") or {}).get("must_find") or []
    return [pytest.param(name, item, id=f"{name}:{item.get('id')}:{i}") for i, item in enumerate(items)]


@pytest.mark.parametrize(("name", "item"), [p for n in ("vuln-lab", "demo-homework", "sdk-zoo") for p in _must_find(n)])
def test_sample_must_find(name: str, item: dict[str, Any]) -> None:
    _expected(name)
    if not item:
        pytest.skip("no must_find entries")
    wid = item["id"]
    assert wid in RULES_FOR, f"{name}: ground-truth id {wid!r} has no rule mapping in RULES_FOR"
    rules = RULES_FOR[wid]
    cls, method, files = _where(item.get("location") or {})
    if wid == "custom-permission-normal-protection":
        cls = None  # the ground truth points at <permission>; the finding is on the component it guards
    findings = [f for f in _result(name).findings if f.rule_id in rules]
    assert findings, f"{name} {wid}: none of {sorted(rules)} fired"
    assert any(_evidence_matches(f, cls, method, files) for f in findings), (
        f"{name} {wid}: want class={cls} method={method} files={files}; got "
        f"{[(f.rule_id, [(e.class_name, e.method, e.file) for e in f.evidence][:5]) for f in findings]}"
    )


def test_vuln_lab_launcher_and_private_activities_not_reported() -> None:
    _expected("vuln-lab")
    reported = {
        e.class_name
        for f in _result("vuln-lab").findings
        if f.rule_id in RULES_FOR["exported-component-without-permission"]
        for e in f.evidence
    }
    assert "cn.eduscan.sample.vulnlab.MainActivity" not in reported
    assert "cn.eduscan.sample.vulnlab.web.WebViewActivity" not in reported
    assert "cn.eduscan.sample.vulnlab.auth.LoginActivity" not in reported


def test_secure_lab_fixed_weaknesses_stay_quiet() -> None:
    data = _expected("secure-lab")
    quiet: set[str] = set()
    for twin in data.get("fixed_weaknesses") or {}:
        quiet |= TWIN_RULES.get(twin, RULES_FOR.get(twin, set()))
        assert twin in TWIN_RULES or twin in RULES_FOR, f"fixed weakness {twin!r} has no rule mapping"
    fired = sorted({f.rule_id for f in _result("secure-lab").findings} & quiet)
    assert not fired, fired


def test_secure_lab_argument_aware_rules() -> None:
    """setJavaScriptEnabled(false), setAllow*(false), SHA-256 and a constant log line must not count."""
    _expected("secure-lab")
    rules = {f.rule_id for f in _result("secure-lab").findings}
    assert not rules & {
        "android-webview-javascript-enabled",
        "android-webview-file-access",
        "android-webview-universal-file-access",
        "android-crypto-weak-hash",
        "android-log-sensitive-data",
        "android-shared-prefs-credentials",
        "android-command-injection",
    }


def test_clean_notes_reports_nothing_above_info() -> None:
    _expected("clean-notes")
    above = [
        (f.rule_id, f.severity)
        for f in _result("clean-notes").findings
        if f.category == "security" and f.severity != "info"
    ]
    assert not above, above


@pytest.mark.parametrize(
    ("name", "rules"),
    [
        (
            "demo-homework",
            {
                "android-debuggable",
                "android-trustmanager-trust-all",
                "android-hostname-verifier-allow-all",
                "android-webview-ssl-error-proceed",
                "android-crypto-weak-hash",
                "android-crypto-ecb-mode",
                "common-secret-token",
                "common-secret-service-credential",
                "android-exported-activity",
            },
        ),
        (
            "sdk-zoo",
            {
                "android-cleartext-traffic",
                "android-allow-backup",
                "android-debuggable",
                "android-test-only",
                "common-secret-token",
                "common-secret-service-credential",
                "android-boot-completed-receiver",
                "android-manifest-secret",
            },
        ),
    ],
)
def test_sample_must_not_find(name: str, rules: set[str]) -> None:
    _expected(name)
    fired = sorted({f.rule_id for f in _result(name).findings} & rules)
    assert not fired, fired


def test_sdk_zoo_game_and_face_libraries_not_flagged() -> None:
    """sdk-zoo: libunity / libcocos2dcpp / libarcsoft_face_engine are hardened; only libmsc.so is not."""
    _expected("sdk-zoo")
    native = [f for f in _result("sdk-zoo").findings if f.rule_id.startswith("android-native-")]
    libs = {e.string for f in native for e in f.evidence}
    assert not libs & {"libunity.so", "libcocos2dcpp.so", "libarcsoft_face_engine.so"}, libs
    assert any(f.sdk == "iflytek-msc" for f in native), "libmsc.so findings are attributed to the SDK"
