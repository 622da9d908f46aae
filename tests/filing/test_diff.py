"""Version diff through the real scanner: a saved result of an older build against a package."""

from __future__ import annotations

import pytest

from scanner.filing.diff import diff_results
from scanner.model import ScanResult
from tests.conftest import sample


@pytest.fixture(scope="module")
def demo(scanner_instance) -> ScanResult:  # type: ignore[no-untyped-def]
    result = scanner_instance.scan(sample("android/demo-homework.apk"))
    assert isinstance(result, ScanResult)
    return result


def test_same_package_needs_no_update(demo: ScanResult) -> None:
    d = diff_results(demo, demo.model_copy(deep=True))
    assert d.changes == [] and not d.must_update and d.same_app


def test_permission_sdk_and_feature_changes_need_an_update(demo: ScanResult) -> None:
    old = demo.model_copy(deep=True)
    old.permissions = [p for p in old.permissions if p.id != "android.permission.READ_PHONE_STATE"]
    old.sdks = [s for s in old.sdks if s.id != "tencent-gdt"]
    old.apis = [a for a in old.apis if a.id != "telephony-imei"]
    assert old.filing.features is not None
    old.filing.features.payment.answer = "yes"
    d = diff_results(old, demo)
    assert d.must_update
    changes = {(c.kind, c.change, c.id): c for c in d.changes}
    assert changes[("permission", "added", "android.permission.READ_PHONE_STATE")].refile
    assert changes[("sdk", "added", "tencent-gdt")].refile
    assert changes[("feature", "changed", "payment")].refile
    assert not changes[("api", "added", "telephony-imei")].refile
    assert any("第三方SDK" in r for r in d.reasons_zh)


def test_api_or_version_only_changes_do_not(demo: ScanResult) -> None:
    old = demo.model_copy(deep=True)
    old.apis = old.apis[1:]
    assert old.filing.form is not None
    old.filing.form.version = "2.3.0"
    d = diff_results(old, demo)
    assert d.changes and not d.must_update
    assert {c.kind for c in d.changes} == {"api", "form"}


def test_likely_to_yes_is_not_a_filing_change(demo: ScanResult) -> None:
    old = demo.model_copy(deep=True)
    new = demo.model_copy(deep=True)
    assert old.filing.features is not None and new.filing.features is not None
    old.filing.features.forum.answer = "likely"
    new.filing.features.forum.answer = "yes"
    d = diff_results(old, new)
    (c,) = d.changes
    assert c.kind == "feature" and not c.refile and not d.must_update
