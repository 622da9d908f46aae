"""Over ../shared/corpus: every APK scans without a crash, and the requested permissions equal what Android's
own ``aapt dump permissions`` lists (implied permissions are reported separately and left out here)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import CORPUS

APKS = sorted((CORPUS / "apk").glob("*.apk")) if CORPUS.is_dir() else []
pytestmark = pytest.mark.skipif(not APKS, reason=f"shared corpus not found at {CORPUS}")

_LINE = re.compile(r"^(uses-permission|uses-permission-sdk-23|uses-permission-sdk-m): name='([^']+)'")


def _aapt_permissions(apk: Path) -> set[str]:
    out = subprocess.run(["aapt", "dump", "permissions", str(apk)], capture_output=True, text=True, check=False)
    if out.returncode != 0:
        pytest.skip(f"aapt cannot read {apk.name}: {out.stderr.strip()[:200]}")
    return {m.group(2) for line in out.stdout.splitlines() if (m := _LINE.match(line))}


@pytest.mark.parametrize("apk", APKS, ids=lambda p: p.name)
def test_corpus_apk_scans_and_permissions_match_aapt(apk: Path, scanner_instance) -> None:  # type: ignore[no-untyped-def]
    result = scanner_instance.scan(apk)
    assert result.app.platform == "android"
    assert result.package.sha256 and result.package.size == apk.stat().st_size
    assert result.app.id, "package id read from the manifest"
    ours = {p.id for p in result.permissions if not p.implied}
    if shutil.which("aapt") is None:
        pytest.skip("aapt not installed (Debian package aapt); scan itself passed")
    assert ours == _aapt_permissions(apk)


def test_manifest_ground_truth_a2dp(scanner_instance) -> None:  # type: ignore[no-untyped-def]
    """MANIFEST.tsv: a2dp.Vol asks for exactly 17 permissions, READ_EXTERNAL_STORAGE implied, target 25."""
    apk = CORPUS / "apk" / "androguard-a2dp.Vol_137.apk"
    result = scanner_instance.scan(apk)
    requested = [p for p in result.permissions if not p.implied]
    assert len(requested) == 17
    assert [p.id for p in result.permissions if p.implied] == ["android.permission.READ_EXTERNAL_STORAGE"]
    assert result.app.target_sdk == 25
    assert result.package.entries == 48


def test_manifest_ground_truth_app_info(scanner_instance) -> None:  # type: ignore[no-untyped-def]
    apk = CORPUS / "apk" / "app-info-android.apk"
    result = scanner_instance.scan(apk)
    assert (result.app.id, result.app.version_name, result.app.version_code) == (
        "com.icyleaf.appinfodemo",
        "2.1.0",
        "10",
    )
    activities = [c for c in result.android.components if c.kind == "activity"]
    assert len(activities) == 2
    assert not [c for c in result.android.components if c.kind == "service"]
    assert result.permissions[0].id == "android.permission.ACCESS_NETWORK_STATE" or any(
        p.id == "android.permission.ACCESS_NETWORK_STATE" for p in result.permissions
    )
    assert "android.hardware.bluetooth" in [f.name for f in result.android.features]
    schemes = {s for c in activities for s in c.schemes}
    hosts = {h for c in activities for f in c.intent_filters for h in f.hosts}
    assert "appinfo" in schemes and "icyleaf.com" in hosts
    assert result.android.signing.v1


def test_signing_ground_truth(scanner_instance) -> None:  # type: ignore[no-untyped-def]
    apk_dir = CORPUS / "apk"
    cases = {
        "apksig-golden-aligned-in.apk": ([], None),
        "apksig-golden-aligned-v1-out.apk": (["v1"], "RSA"),
        "apksig-golden-aligned-v1v2v3-out.apk": (["v1", "v2", "v3"], "RSA"),
        "apksig-v1-only-with-dsa-sha1-1.2.840.10040.4.3-1024.apk": (["v1"], "DSA"),
    }
    for name, (schemes, key) in cases.items():
        s = scanner_instance.scan(apk_dir / name).android.signing
        assert s.schemes == schemes, name
        if key:
            assert s.certificates[0].key_algorithm == key
        else:
            assert not s.certificates and not s.signed
    md5 = scanner_instance.scan(apk_dir / "apksig-v1-only-with-rsa-pkcs1-md5-1.2.840.113549.1.1.4-2048.apk")
    assert md5.android.signing.v1_algorithms == ["MD5withRSA"]
    rsa1024 = scanner_instance.scan(apk_dir / "apksig-v1-only-with-rsa-1024.apk")
    assert rsa1024.android.signing.certificates[0].key_bits == 1024


def test_debuggable_literal_and_resource_reference(scanner_instance) -> None:  # type: ignore[no-untyped-def]
    """The literal is true; the resource reference resolves to bool/debuggable = false in the default
    configuration (aapt dump resources: d=0x00000000), so the app is not debuggable."""
    apk_dir = CORPUS / "apk"
    assert scanner_instance.scan(apk_dir / "apksig-debuggable-boolean.apk").android.application.debuggable
    assert not scanner_instance.scan(apk_dir / "apksig-debuggable-resource.apk").android.application.debuggable
