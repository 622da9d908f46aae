"""rules/catalog/apis.yaml: schema, category coverage and descriptor sanity."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from scanner.catalog.schema import API_CATEGORIES, Api, ApiCatalogue, PermissionCatalogue

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "rules" / "catalog" / "apis.yaml"
PERMISSIONS = ROOT / "rules" / "catalog" / "permissions.yaml"

#: The kinds of access issue 3 asks the scanner to find.
ISSUE3_CATEGORIES = [
    "device-id",
    "installed-apps",
    "running-apps",
    "clipboard",
    "location",
    "contacts",
    "call-log",
    "sms",
    "calendar",
    "camera",
    "microphone",
    "sensors",
    "accounts",
    "biometric",
    "photos",
    "bluetooth",
    "phone-number",
]
#: A class descriptor segment: Java identifiers separated by '/', inner classes with '$'.
DESCRIPTOR = re.compile(r"^L[A-Za-z_][\w$]*(/[A-Za-z_][\w$]*)*;->(<init>|[A-Za-z_$][\w$]*)$")
SELECTOR = re.compile(r"^[A-Za-z_]\w*(:([A-Za-z_]\w*:)*)?$")
OBJC_CLASS = re.compile(r"^[A-Z][A-Za-z0-9_]+$")
GAID = "Lcom/google/android/gms/ads/identifier/AdvertisingIdClient;->getAdvertisingIdInfo"


@pytest.fixture(scope="module")
def cat() -> ApiCatalogue:
    with CATALOGUE.open(encoding="utf-8") as fh:
        return ApiCatalogue.model_validate(yaml.safe_load(fh))


@pytest.fixture(scope="module")
def by_id(cat: ApiCatalogue) -> dict[str, Api]:
    return {a.id: a for a in cat.apis}


def _refs(api: Api) -> list[tuple[str, str | None]]:
    return [(r.method or r.field or "", r.with_string) for r in api.android]


def test_header(cat: ApiCatalogue) -> None:
    assert cat.catalogue == "apis"
    assert cat.version == "2026.12.1"
    assert cat.sources


def test_every_category_has_an_api(cat: ApiCatalogue) -> None:
    counts: Counter[str] = Counter(a.category for a in cat.apis)
    for category in ISSUE3_CATEGORIES:
        assert counts[category] >= 1, category
    # and the rest of the fixed vocabulary too
    assert set(API_CATEGORIES) <= set(counts)


def test_every_api_has_refs_and_sources(cat: ApiCatalogue) -> None:
    for api in cat.apis:
        assert api.android or api.ios, api.id
        assert api.sources, api.id
        assert api.name and api.name_zh, api.id


def test_biometric_has_android_and_ios(cat: ApiCatalogue) -> None:
    biometric = [a for a in cat.apis if a.category == "biometric"]
    assert any(a.android for a in biometric)
    assert any(a.ios for a in biometric)
    assert any("face" in a.pi for a in biometric)
    ios = {r.objc_class for a in biometric for r in a.ios}
    assert {"LAContext", "VNDetectFaceRectanglesRequest", "ARFaceTrackingConfiguration"} <= ios


def test_no_duplicate_android_refs(cat: ApiCatalogue) -> None:
    seen: dict[tuple[str, str | None], str] = {}
    for api in cat.apis:
        for ref in _refs(api):
            assert ref not in seen, f"{ref} in both {seen[ref]} and {api.id}"
            seen[ref] = api.id


def test_no_duplicate_ios_refs(cat: ApiCatalogue) -> None:
    seen: dict[tuple[str | None, str | None, str | None], str] = {}
    for api in cat.apis:
        for r in api.ios:
            key = (r.symbol, r.objc_class, r.selector)
            assert key not in seen, f"{key} in both {seen[key]} and {api.id}"
            seen[key] = api.id


def test_descriptors_are_well_formed(cat: ApiCatalogue) -> None:
    for api in cat.apis:
        for r in api.android:
            ref = r.method or r.field or ""
            assert DESCRIPTOR.match(ref), (api.id, ref)
            assert "." not in ref.split(";->")[0], (api.id, ref)  # dotted Java names are not descriptors
            if r.field is not None:
                assert r.with_string is None, (api.id, ref)
        for i in api.ios:
            if i.selector is not None:
                assert SELECTOR.match(i.selector), (api.id, i.selector)
            if i.objc_class is not None:
                assert OBJC_CLASS.match(i.objc_class), (api.id, i.objc_class)
            if i.symbol is not None:
                assert not i.symbol.startswith("_"), (api.id, i.symbol)  # names without the Mach-O underscore


def test_inner_classes_use_dollar(cat: ApiCatalogue) -> None:
    refs = {ref for api in cat.apis for ref, _ in _refs(api)}
    assert "Landroid/provider/Settings$Secure;->getString" in refs
    assert "Landroid/provider/ContactsContract$Contacts;->CONTENT_URI" in refs
    assert "Landroid/provider/CallLog$Calls;->CONTENT_URI" in refs
    assert "Landroid/provider/MediaStore$Images$Media;->EXTERNAL_CONTENT_URI" in refs
    for ref in refs:
        # android.provider containers are always accessed through their nested classes
        if ref.startswith(("Landroid/provider/Settings;", "Landroid/provider/ContactsContract;")):
            pytest.fail(f"{ref} names the outer class")


def test_get_device_id_is_device_id(by_id: dict[str, Api], cat: ApiCatalogue) -> None:
    owners = [a for a in cat.apis if ("Landroid/telephony/TelephonyManager;->getDeviceId", None) in _refs(a)]
    assert len(owners) == 1
    api = owners[0]
    assert api.category == "device-id"
    assert "device-id" in api.pi
    assert "android.permission.READ_PHONE_STATE" in api.permissions


def test_key_refs_land_in_the_right_category(cat: ApiCatalogue) -> None:
    expected = {
        ("Landroid/telephony/TelephonyManager;->getImei", None): "device-id",
        ("Landroid/telephony/TelephonyManager;->getSubscriberId", None): "device-id",
        ("Landroid/telephony/TelephonyManager;->getSimSerialNumber", None): "device-id",
        ("Landroid/os/Build;->SERIAL", None): "device-id",
        ("Landroid/provider/Settings$Secure;->getString", "android_id"): "device-id",
        ("Landroid/telephony/TelephonyManager;->getLine1Number", None): "phone-number",
        ("Landroid/net/wifi/WifiInfo;->getMacAddress", None): "network-id",
        ("Ljava/net/NetworkInterface;->getHardwareAddress", None): "network-id",
        ("Lcom/bun/miitmdid/interfaces/IdSupplier;->getOAID", None): "advertising-id",
        (GAID, None): "advertising-id",
        ("Landroid/content/pm/PackageManager;->getInstalledPackages", None): "installed-apps",
        ("Landroid/content/pm/PackageManager;->queryIntentActivities", None): "installed-apps",
        ("Landroid/app/ActivityManager;->getRunningAppProcesses", None): "running-apps",
        ("Landroid/content/ClipboardManager;->getPrimaryClip", None): "clipboard",
        ("Landroid/location/LocationManager;->getLastKnownLocation", None): "location",
        ("Landroid/telephony/TelephonyManager;->getAllCellInfo", None): "location",
        ("Landroid/net/wifi/WifiManager;->getScanResults", None): "location",
        ("Landroid/provider/CallLog$Calls;->CONTENT_URI", None): "call-log",
        ("Landroid/telephony/SmsManager;->sendTextMessage", None): "sms",
        ("Landroid/provider/CalendarContract$Events;->CONTENT_URI", None): "calendar",
        ("Landroid/hardware/camera2/CameraManager;->openCamera", None): "camera",
        ("Landroid/media/AudioRecord;->startRecording", None): "microphone",
        ("Landroid/hardware/SensorManager;->getSensorList", None): "sensors",
        ("Landroid/accounts/AccountManager;->getAccounts", None): "accounts",
        ("Landroidx/biometric/BiometricPrompt;->authenticate", None): "biometric",
        ("Lcom/arcsoft/face/FaceEngine;->detectFaces", None): "biometric",
        ("Landroid/bluetooth/BluetoothAdapter;->getAddress", None): "bluetooth",
    }
    where = {ref: a.category for a in cat.apis for ref in _refs(a)}
    for ref, category in expected.items():
        assert where.get(ref) == category, ref


def test_ios_identifiers(cat: ApiCatalogue) -> None:
    ios: dict[str, str] = {}
    for a in cat.apis:
        for r in a.ios:
            ios[r.objc_class or r.selector or r.symbol or ""] = a.category
    assert ios["ASIdentifierManager"] == "advertising-id"
    assert ios["advertisingIdentifier"] == "advertising-id"
    assert ios["identifierForVendor"] == "device-id"
    assert ios["UIPasteboard"] == "clipboard"
    assert ios["CLLocationManager"] == "location"
    assert ios["CNContactStore"] == "contacts"
    assert ios["PHPhotoLibrary"] == "photos"
    assert ios["EKEventStore"] == "calendar"
    assert ios["HKHealthStore"] == "health"
    assert ios["CBCentralManager"] == "bluetooth"
    assert ios["evaluatePolicy:localizedReason:reply:"] == "biometric"


def test_permissions_exist_in_permission_catalogue(cat: ApiCatalogue) -> None:
    with PERMISSIONS.open(encoding="utf-8") as fh:
        raw: dict[str, Any] = yaml.safe_load(fh)
    known = {p.id for p in PermissionCatalogue.model_validate(raw).android}
    for api in cat.apis:
        for permission in api.permissions:
            assert permission in known, (api.id, permission)
