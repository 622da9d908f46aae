"""rules/catalog/permissions.yaml: schema, coverage and the facts the report relies on."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from scanner.catalog.schema import AndroidPermission, IosPermission, PermissionCatalogue

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "rules" / "catalog" / "permissions.yaml"
OVERLAY = ROOT / "tools" / "catalog" / "permissions_zh.yaml"
GENERATOR = ROOT / "tools" / "catalog" / "gen_permissions.py"

TC260_ORDER = [
    "CALENDAR",
    "CALL_LOG",
    "CAMERA",
    "CONTACTS",
    "LOCATION",
    "MICROPHONE",
    "PHONE",
    "SENSORS",
    "SMS",
    "STORAGE",
]
TC260_ZH = ["日历", "通话记录", "相机", "通讯录", "位置", "麦克风", "电话", "传感器", "短信", "存储"]
BASE_LEVELS = {"normal", "dangerous", "signature", "signatureOrSystem", "internal"}
#: Union of AOSP permissions over androguard 4.1.4's permissions_4 … permissions_36 files (1059 at 2026.12.1).
AOSP_UNION_MIN = 1059
CJK = re.compile(r"[\u4e00-\u9fff]")
P = "android.permission."


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    with CATALOGUE.open(encoding="utf-8") as fh:
        data: dict[str, Any] = yaml.safe_load(fh)
    return data


@pytest.fixture(scope="module")
def cat(raw: dict[str, Any]) -> PermissionCatalogue:
    return PermissionCatalogue.model_validate(raw)


@pytest.fixture(scope="module")
def android(cat: PermissionCatalogue) -> dict[str, AndroidPermission]:
    return {p.id: p for p in cat.android}


def test_header(cat: PermissionCatalogue) -> None:
    assert cat.catalogue == "permissions"
    assert cat.version == "2026.12.1"
    assert cat.description
    assert any("androguard" in s for s in cat.sources)
    assert any("regulation.md §1.1" in s for s in cat.sources)
    assert any("regulation.md §1.2" in s for s in cat.sources)


def test_tc260_groups_first_and_in_order(cat: PermissionCatalogue) -> None:
    tc260 = [g for g in cat.groups if g.tc260]
    assert [g.id for g in tc260] == TC260_ORDER
    assert [g.id for g in cat.groups[: len(TC260_ORDER)]] == TC260_ORDER
    for g, zh in zip(tc260, TC260_ZH, strict=True):
        assert g.name_zh == f"{zh}权限"
        assert g.verified


def test_extra_groups_are_marked_not_tc260(cat: PermissionCatalogue) -> None:
    extra = {g.id: g for g in cat.groups if not g.tc260}
    assert {"ACTIVITY_RECOGNITION", "NEARBY_DEVICES", "NOTIFICATIONS"} <= set(extra)
    assert extra["ACTIVITY_RECOGNITION"].name_zh == "身体活动"
    assert extra["NEARBY_DEVICES"].name_zh == "附近设备"
    assert extra["NOTIFICATIONS"].name_zh == "通知"
    assert not any(g.verified for g in extra.values())


def test_every_dangerous_permission_is_grouped_and_sensitive(cat: PermissionCatalogue) -> None:
    dangerous = [p for p in cat.android if p.protection_level == "dangerous"]
    assert len(dangerous) >= 50
    for p in dangerous:
        assert p.group is not None, p.id
        assert p.sensitive, p.id


def test_camera_is_pai_she(android: dict[str, AndroidPermission]) -> None:
    camera = android[P + "CAMERA"]
    assert camera.name_zh == "拍摄"
    assert camera.group == "CAMERA"
    assert camera.pi164 and camera.edu == "opt"
    assert "拍照" in camera.note


def test_tc260_names_from_regulation(android: dict[str, AndroidPermission]) -> None:
    expected = {
        "READ_CALENDAR": "读取日历",
        "WRITE_CALL_LOG": "编辑通话记录",
        "GET_ACCOUNTS": "获取App账户",
        "ACCESS_FINE_LOCATION": "访问精准定位",
        "ACCESS_BACKGROUND_LOCATION": "支持后台访问位置",
        "RECORD_AUDIO": "录音",
        "READ_PHONE_NUMBERS": "读取本机电话号码",
        "ACCEPT_HANDOVER": "继续进行来自其他App的通话",
        "BODY_SENSORS": "获取传感器信息",
        "READ_SMS": "读取短信",
        "WRITE_EXTERNAL_STORAGE": "写入外置存储器",
        "ACCESS_MEDIA_LOCATION": "读取照片位置信息",
        "ACTIVITY_RECOGNITION": "识别身体活动",
    }
    for const, zh in expected.items():
        assert android[P + const].name_zh == zh, const
    assert android["com.android.voicemail.permission.ADD_VOICEMAIL"].name_zh == "添加语音邮件"


def test_regulation_names_are_not_verified(cat: PermissionCatalogue) -> None:
    # regulation.md §1.1/§1.2 marks every per-permission Chinese name S or U.
    entries: list[AndroidPermission | IosPermission] = [*cat.android, *cat.ios]
    for p in entries:
        if p.source.startswith("regulation.md"):
            assert not p.verified, p.id


def test_group_mapping(android: dict[str, AndroidPermission]) -> None:
    expected = {
        "GET_ACCOUNTS": "CONTACTS",
        "READ_MEDIA_IMAGES": "STORAGE",
        "READ_MEDIA_VIDEO": "STORAGE",
        "READ_MEDIA_AUDIO": "STORAGE",
        "READ_MEDIA_VISUAL_USER_SELECTED": "STORAGE",
        "ACCESS_MEDIA_LOCATION": "STORAGE",
        "BODY_SENSORS": "SENSORS",
        "BODY_SENSORS_BACKGROUND": "SENSORS",
        "POST_NOTIFICATIONS": "NOTIFICATIONS",
        "BLUETOOTH_SCAN": "NEARBY_DEVICES",
        "BLUETOOTH_CONNECT": "NEARBY_DEVICES",
        "BLUETOOTH_ADVERTISE": "NEARBY_DEVICES",
        "NEARBY_WIFI_DEVICES": "NEARBY_DEVICES",
        "UWB_RANGING": "NEARBY_DEVICES",
        "ACTIVITY_RECOGNITION": "ACTIVITY_RECOGNITION",
        "PROCESS_OUTGOING_CALLS": "CALL_LOG",
        "READ_PHONE_STATE": "PHONE",
        "USE_SIP": "PHONE",
        "RECEIVE_WAP_PUSH": "SMS",
    }
    for const, group in expected.items():
        assert android[P + const].group == group, const


def test_compliance_relevant_permissions_are_sensitive(android: dict[str, AndroidPermission]) -> None:
    for const in (
        "MANAGE_EXTERNAL_STORAGE",
        "SYSTEM_ALERT_WINDOW",
        "RECEIVE_BOOT_COMPLETED",
        "WRITE_SETTINGS",
        "REQUEST_INSTALL_PACKAGES",
        "READ_LOGS",
        "QUERY_ALL_PACKAGES",
        "GET_TASKS",
    ):
        p = android[P + const]
        assert p.sensitive, const
        assert p.protection_level != "dangerous", const
    assert android[P + "QUERY_ALL_PACKAGES"].pi164  # 软件安装列表
    for const in ("INTERNET", "ACCESS_NETWORK_STATE"):
        assert not android[P + const].sensitive, const


def test_pi164_implies_sensitive(cat: PermissionCatalogue) -> None:
    for p in cat.android:
        if p.pi164:
            assert p.sensitive, p.id


def test_sensitive_android_permissions_have_chinese_names(cat: PermissionCatalogue) -> None:
    sensitive = [p for p in cat.android if p.sensitive]
    assert len(sensitive) >= 70
    for p in sensitive:
        assert p.name_zh.strip(), p.id
        assert CJK.search(p.name_zh), p.id


def test_every_entry_has_names(cat: PermissionCatalogue) -> None:
    entries: list[AndroidPermission | IosPermission] = [*cat.android, *cat.ios]
    for p in entries:
        assert p.name_zh.strip() and p.name_en.strip(), p.id
        assert p.name_en[0] == p.name_en[0].upper(), p.id


def test_android_covers_the_aosp_union(cat: PermissionCatalogue) -> None:
    aosp = [p for p in cat.android if not p.note.startswith("vendor")]
    assert len(aosp) >= AOSP_UNION_MIN
    assert len(cat.android) >= AOSP_UNION_MIN + 5
    # signature / internal ones are part of the union, not only what apps can hold
    levels = {p.protection_level for p in aosp}
    assert levels <= BASE_LEVELS
    assert {"normal", "dangerous", "signature", "internal"} <= levels


def test_android_sorted_and_unique(cat: PermissionCatalogue) -> None:
    ids = [p.id for p in cat.android]
    assert ids == sorted(ids)
    assert len(ids) == len(set(ids))


def test_protection_flags_are_flags(cat: PermissionCatalogue) -> None:
    for p in cat.android:
        assert not set(p.protection_flags) & BASE_LEVELS, p.id
        assert len(p.protection_flags) == len(set(p.protection_flags)), p.id
    assert "instant" in {f for p in cat.android for f in p.protection_flags}


def test_api_levels_make_sense(cat: PermissionCatalogue) -> None:
    removed = 0
    for p in cat.android:
        if p.note.startswith("vendor"):
            assert p.api_added is None and p.api_removed is None, p.id
            continue
        assert p.api_added is not None and 4 <= p.api_added <= 36, p.id
        if p.api_removed is not None:
            removed += 1
            assert p.api_added < p.api_removed <= 36, p.id
    assert removed >= 25


def test_known_api_levels(android: dict[str, AndroidPermission]) -> None:
    added = {
        "CAMERA": 4,
        "ACCESS_BACKGROUND_LOCATION": 29,
        "ACTIVITY_RECOGNITION": 29,
        "ACCESS_MEDIA_LOCATION": 29,
        "QUERY_ALL_PACKAGES": 30,
        "MANAGE_EXTERNAL_STORAGE": 30,
        "BLUETOOTH_SCAN": 31,
        "POST_NOTIFICATIONS": 33,
        "READ_MEDIA_IMAGES": 33,
        "NEARBY_WIFI_DEVICES": 33,
        "READ_MEDIA_VISUAL_USER_SELECTED": 34,
    }
    for const, level in added.items():
        p = android[P + const]
        assert p.api_added == level, const
        assert p.api_removed is None, const
    # READ_OWNER_DATA / WRITE_OWNER_DATA were dangerous until API 8
    assert android[P + "READ_OWNER_DATA"].api_removed == 9
    assert android[P + "READ_OWNER_DATA"].protection_level == "dangerous"
    # the newest definition decides the level: SYSTEM_ALERT_WINDOW was dangerous in API 4
    saw = android[P + "SYSTEM_ALERT_WINDOW"]
    assert saw.protection_level == "signature" and "appop" in saw.protection_flags


def test_vendor_permissions(android: dict[str, AndroidPermission]) -> None:
    ad_id = android["com.google.android.gms.permission.AD_ID"]
    assert ad_id.sensitive and ad_id.protection_level == "normal"
    assert ad_id.note.startswith("vendor")
    assert not ad_id.verified
    # AOSP defines INSTALL_SHORTCUT, so it is not a vendor entry
    assert android["com.android.launcher.permission.INSTALL_SHORTCUT"].api_added is not None


def test_ios_keys(cat: PermissionCatalogue) -> None:
    ids = [p.id for p in cat.ios]
    assert len(ids) == len(set(ids))
    for key in ids:
        assert key.endswith("UsageDescription"), key
        assert key.startswith("NS") or key == "NFCReaderUsageDescription", key
    required = {
        "NSCameraUsageDescription",
        "NSMicrophoneUsageDescription",
        "NSPhotoLibraryUsageDescription",
        "NSPhotoLibraryAddUsageDescription",
        "NSContactsUsageDescription",
        "NSCalendarsUsageDescription",
        "NSCalendarsFullAccessUsageDescription",
        "NSCalendarsWriteOnlyAccessUsageDescription",
        "NSRemindersUsageDescription",
        "NSRemindersFullAccessUsageDescription",
        "NSLocationWhenInUseUsageDescription",
        "NSLocationAlwaysAndWhenInUseUsageDescription",
        "NSLocationAlwaysUsageDescription",
        "NSLocationUsageDescription",
        "NSBluetoothAlwaysUsageDescription",
        "NSBluetoothPeripheralUsageDescription",
        "NSMotionUsageDescription",
        "NSHealthShareUsageDescription",
        "NSHealthUpdateUsageDescription",
        "NSHealthClinicalHealthRecordsShareUsageDescription",
        "NSAppleMusicUsageDescription",
        "NSSpeechRecognitionUsageDescription",
        "NSLocalNetworkUsageDescription",
        "NSHomeKitUsageDescription",
        "NSSiriUsageDescription",
        "NSFaceIDUsageDescription",
        "NSUserTrackingUsageDescription",
        "NFCReaderUsageDescription",
        "NSFallDetectionUsageDescription",
        "NSFocusStatusUsageDescription",
        "NSIdentityUsageDescription",
        "NSNearbyInteractionUsageDescription",
        "NSSensorKitUsageDescription",
        "NSGKFriendListUsageDescription",
    }
    assert required <= set(ids)
    # dictionary-valued and macOS-only keys stay out
    assert "NSLocationTemporaryUsageDescriptionDictionary" not in ids
    assert "NSDesktopFolderUsageDescription" not in ids


def test_ios_names_and_groups(cat: PermissionCatalogue) -> None:
    ios = {p.id: p for p in cat.ios}
    assert ios["NSCameraUsageDescription"].name_zh == "相机"
    assert ios["NSCameraUsageDescription"].group == "CAMERA"
    assert ios["NSMicrophoneUsageDescription"].group == "MICROPHONE"
    assert ios["NSContactsUsageDescription"].group == "CONTACTS"
    assert ios["NSCalendarsUsageDescription"].group == "CALENDAR"
    assert ios["NSLocationWhenInUseUsageDescription"].group == "LOCATION"
    assert ios["NSPhotoLibraryUsageDescription"].group == "STORAGE"
    assert ios["NSBluetoothAlwaysUsageDescription"].group == "NEARBY_DEVICES"
    assert not any(p.verified for p in cat.ios)


# ------------------------------------------------------------------------------------ generator and overlay


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_permissions", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve annotations through sys.modules
    spec.loader.exec_module(module)
    return module


def test_catalogue_matches_overlay(android: dict[str, AndroidPermission], cat: PermissionCatalogue) -> None:
    """The committed YAML was regenerated after the last overlay edit."""
    with OVERLAY.open(encoding="utf-8") as fh:
        overlay = yaml.safe_load(fh)
    for pid, over in overlay["android"].items():
        entry = android[pid].model_dump()
        for key, value in over.items():
            if key == "note":
                assert value in entry["note"], pid
            else:
                assert entry[key] == value, (pid, key)
    for vendor in overlay["vendor"]:
        assert android[vendor["id"]].name_zh == vendor["name_zh"]
    assert [p.id for p in cat.ios] == [p["id"] for p in overlay["ios"]]
    assert [g.id for g in cat.groups] == [g["id"] for g in overlay["groups"]]


def test_generator_helpers() -> None:
    gen = _generator()
    assert gen.split_protection("signature|privileged|role") == ("signature", ["privileged", "role"])
    assert gen.split_protection("system|signature") == ("signature", ["system"])
    assert gen.split_protection("dangerous") == ("dangerous", [])
    assert gen.split_protection("") == ("normal", [])
    missing: set[str] = set()
    tokens = {"BIND": "绑定", "SERVICE": "服务", "IN_BACKGROUND": "后台", "RUN": "运行"}
    assert gen.compose_zh("android.permission.BIND_VPN_SERVICE", tokens, missing) == "绑定VPN服务"
    assert gen.compose_zh("android.permission.RUN_IN_BACKGROUND", tokens, missing) == "运行后台"
    assert missing == {"VPN"}
    assert gen.english_from_constant("android.permission.READ_PHONE_STATE") == "Read phone state"
    assert gen.level_notes([13, 14], [4, 10, 13, 14, 21]) == [
        "added between API 11 and 13 (no source data between)",
        "removed between API 15 and 21 (no source data between)",
    ]


def test_generator_runs_on_installed_androguard(tmp_path: Path) -> None:
    """Smoke run on the pinned androguard 4.1.3 data (levels up to 34), which needs --allow-partial."""
    pytest.importorskip("androguard")
    gen = _generator()
    out = tmp_path / "permissions.yaml"
    assert gen.main(["--allow-partial", "--output", str(out)]) == 0
    with out.open(encoding="utf-8") as fh:
        partial = PermissionCatalogue.model_validate(yaml.safe_load(fh))
    by_id = {p.id: p for p in partial.android}
    assert len(by_id) > 900
    assert by_id[P + "CAMERA"].name_zh == "拍摄"
