"""The IPA readers on hand-made inputs: .strings encodings, DER entitlements, code-signature blobs, ATS edge
cases, Swift names, and hostile packages (malformed plists, junk Mach-O, truncated slices) that must scan with
error entries instead of crashing."""

from __future__ import annotations

import plistlib
import struct
import zipfile
from pathlib import Path

from scanner.facts.ios import ats_policy
from scanner.facts.macho import (
    analyse_macho,
    decode_der_entitlements,
    demangle_objc_name,
    fat_slices,
    is_macho,
    read_code_signature,
    swift_symbol_owner,
)
from scanner.facts.plist import load_dict, parse_strings, parse_strings_text
from scanner.facts.provisioning import read_profile
from tests.conftest import run_cli

# ------------------------------------------------------------------------------------------- .strings


def test_strings_utf16_with_bom() -> None:
    text = '/* comment */\n"CFBundleDisplayName" = "作业助手";\n"NSCameraUsageDescription" = "拍\\"照\\"";\n'
    assert parse_strings(text.encode("utf-16")) == {
        "CFBundleDisplayName": "作业助手",
        "NSCameraUsageDescription": '拍"照"',
    }


def test_strings_utf16_without_bom_and_utf8() -> None:
    text = '"CFBundleName" = "Clean";\n'
    assert parse_strings(text.encode("utf-16-le")) == {"CFBundleName": "Clean"}
    assert parse_strings(text.encode("utf-16-be")) == {"CFBundleName": "Clean"}
    assert parse_strings(("\ufeff" + text).encode("utf-8")) == {"CFBundleName": "Clean"}


def test_strings_binary_plist() -> None:
    data = plistlib.dumps({"CFBundleDisplayName": "清洁学习", "n": 1}, fmt=plistlib.FMT_BINARY)
    assert parse_strings(data) == {"CFBundleDisplayName": "清洁学习"}


def test_strings_tolerates_junk() -> None:
    text = """
    // line comment
    CFBundleName = Unquoted;
    "broken" = ;
    garbage line without terminator
    "Escapes" = "a\\nb\\U4F60\\t";
    'single' = 'quoted';
    "Bare";
    "last" = "no semicolon"
    """
    got = parse_strings_text(text)
    assert got["CFBundleName"] == "Unquoted"
    assert got["Escapes"] == "a\nb你\t"
    assert got["single"] == "quoted"
    assert got["Bare"] == "Bare"
    assert got["last"] == "no semicolon"
    assert "broken" not in got
    assert parse_strings(b"\xff\xfe\x00\xd8") == {} or isinstance(parse_strings(b"\xff\xfe\x00\xd8"), dict)
    assert parse_strings(b"") == {}


def test_plist_guards() -> None:
    assert load_dict(b"not a plist") is None
    assert load_dict(b"<?xml version='1.0'?><plist><dict><key>a</key>") is None
    assert load_dict(plistlib.dumps(["a list root"])) is None
    assert load_dict(b"bplist00" + b"\xff" * 40) is None


# ------------------------------------------------------------------------------------------- signatures


def _der(tag: int, body: bytes) -> bytes:
    n = len(body)
    if n < 0x80:
        return bytes([tag, n]) + body
    return bytes([tag, 0x82]) + n.to_bytes(2, "big") + body


def _der_entitlements() -> bytes:
    def kv(k: str, v: bytes) -> bytes:
        return _der(0x30, _der(0x0C, k.encode()) + v)

    items = kv("get-task-allow", _der(0x01, b"\xff")) + kv("keychain-access-groups", _der(0x30, _der(0x0C, b"T.app")))
    return _der(0x70, _der(0x02, b"\x01") + _der(0xB0, items))


def test_der_entitlements() -> None:
    assert decode_der_entitlements(_der_entitlements()) == {"get-task-allow": True, "keychain-access-groups": ["T.app"]}
    assert decode_der_entitlements(b"\x70\x05\x02") is None
    assert decode_der_entitlements(b"") is None


def _blob(magic: int, body: bytes) -> bytes:
    return struct.pack(">II", magic, 8 + len(body)) + body


def _superblob(blobs: list[tuple[int, bytes]]) -> bytes:
    head = 12 + 8 * len(blobs)
    index = b""
    data = b""
    for slot, blob in blobs:
        index += struct.pack(">II", slot, head + len(data))
        data += blob
    return struct.pack(">III", 0xFADE0CC0, head + len(data), len(blobs)) + index + data


def _code_directory(ident: str, team: str | None, flags: int = 0) -> bytes:
    fixed = bytearray(88)
    ident_off = 88
    team_off = ident_off + len(ident) + 1
    struct.pack_into(">IIIIII", fixed, 0, 0xFADE0C02, 0, 0x20400, flags, 0, ident_off)
    struct.pack_into(">I", fixed, 48, team_off if team else 0)
    tail = ident.encode() + b"\0" + ((team or "").encode() + b"\0" if team else b"")
    cd = bytes(fixed) + tail
    return cd[:4] + struct.pack(">I", len(cd)) + cd[8:]


def test_code_signature_xml_and_der_entitlements() -> None:
    xml = plistlib.dumps({"application-identifier": "T.cn.app", "get-task-allow": False})
    sig = read_code_signature(
        _superblob(
            [
                (0, _code_directory("cn.app", "ABCDE12345")),
                (5, _blob(0xFADE7171, xml)),
                (7, _blob(0xFADE7172, _der_entitlements())),
                (0x10000, _blob(0xFADE0B01, b"\x30\x00")),
            ]
        )
    )
    assert (sig.identifier, sig.team_id, sig.adhoc, sig.cms_signed) == ("cn.app", "ABCDE12345", False, True)
    assert sig.all_entitlements == {"application-identifier": "T.cn.app", "get-task-allow": False}
    assert sig.der_entitlements == {"get-task-allow": True, "keychain-access-groups": ["T.app"]}
    only_der = read_code_signature(_superblob([(7, _blob(0xFADE7172, _der_entitlements()))]))
    assert only_der.all_entitlements == {"get-task-allow": True, "keychain-access-groups": ["T.app"]}
    adhoc = read_code_signature(_superblob([(0, _code_directory("x", None, flags=0x2))]))
    assert adhoc.adhoc and adhoc.team_id is None and adhoc.all_entitlements is None


def test_code_signature_garbage() -> None:
    assert read_code_signature(b"\x00" * 4).problems
    assert read_code_signature(b"\xfa\xde\x0c\xc0" + b"\xff" * 20).problems
    broken = _superblob([(5, _blob(0xFADE7171, b"<?xml junk"))])
    assert read_code_signature(broken).problems


# ------------------------------------------------------------------------------------------- Mach-O


def test_fat_header_and_magic() -> None:
    thin = struct.pack("<IiiIIII", 0xFEEDFACF, 0x0100000C, 0, 2, 0, 0, 0) + b"\0" * 32
    assert is_macho(thin[:8]) and fat_slices(thin) == [(0x0100000C, 0, 0, len(thin))]
    fat = struct.pack(">II", 0xCAFEBABE, 1) + struct.pack(">iiIII", 0x0100000C, 0, 64, len(thin), 14)
    fat = fat.ljust(64, b"\0") + thin
    assert fat_slices(fat) == [(0x0100000C, 0, 64, len(thin))]
    java = struct.pack(">II", 0xCAFEBABE, 52)  # a Java class file: major version 52
    assert not is_macho(java) and fat_slices(java) == []


def test_junk_macho_is_an_error_not_a_crash() -> None:
    junk = struct.pack("<IiiIIII", 0xFEEDFACF, 0x0100000C, 0, 2, 50, 10_000, 0) + b"\xff" * 200
    slices = analyse_macho(junk, "Payload/A.app/A", "executable")
    assert len(slices) == 1 and slices[0].fact.error
    assert analyse_macho(b"\0" * 16, "x", "library")[0].fact.error == "not a Mach-O file"


def test_swift_names() -> None:
    assert demangle_objc_name("_TtC13WeatherNowApp14WeatherService") == "WeatherNowApp.WeatherService"
    assert demangle_objc_name("_TtCC7Outside5Outer5Inner") == "Outside.Outer.Inner"
    assert demangle_objc_name("GDTSDKConfig") == "GDTSDKConfig"
    assert demangle_objc_name("_TtC99x") == "_TtC99x"
    assert swift_symbol_owner("_$s9Alamofire7SessionC7requestyyF") == "Alamofire.Session"
    assert swift_symbol_owner("_objc_msgSend") is None


# ------------------------------------------------------------------------------------------- ATS


def test_ats_policy_edges() -> None:
    ignored = ats_policy(
        {"NSAppTransportSecurity": {"NSAllowsArbitraryLoads": True, "NSAllowsLocalNetworking": True}}, "Info.plist"
    )
    assert ignored.allows_arbitrary_loads and not ignored.cleartext_default and ignored.allows_local_networking
    p = ats_policy(
        {
            "NSAppTransportSecurity": {
                "NSExceptionDomains": {
                    "old.example.cn": {
                        "NSTemporaryExceptionAllowsInsecureHTTPLoads": True,
                        "NSTemporaryExceptionMinimumTLSVersion": "TLSv1.0",
                        "NSExceptionRequiresForwardSecrecy": False,
                    },
                    "bad": "not a dict",
                },
                "NSPinnedDomains": {"pin.example.cn": {"NSPinnedLeafIdentities": [{"SPKI-SHA256-BASE64": "abc="}]}},
            }
        },
        "Info.plist",
    )
    d = {c.domains[0]: c for c in p.domains}
    assert d["old.example.cn"].cleartext_permitted and d["old.example.cn"].min_tls_version == "TLSv1.0"
    assert d["old.example.cn"].requires_forward_secrecy is False
    assert d["pin.example.cn"].pins == ["abc="]
    assert ats_policy({"NSAppTransportSecurity": "junk"}, "x").source == "default"


def test_profile_xml_fallback_and_garbage() -> None:
    plist = plistlib.dumps({"Name": "P", "UUID": "U", "ProvisionsAllDevices": True, "TeamIdentifier": ["T1"]})
    prof, problems = read_profile(b"\x30\x80junk" + plist + b"\x00\x00", "embedded.mobileprovision")
    assert prof is not None and prof.profile_type == "enterprise" and prof.team_id == "T1" and not problems
    none, problems = read_profile(b"garbage", "embedded.mobileprovision")
    assert none is None and problems


# ------------------------------------------------------------------------------------------- hostile IPAs


def _ipa(tmp: Path, files: dict[str, bytes]) -> Path:
    path = tmp / "hostile.ipa"
    with zipfile.ZipFile(path, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return path


def test_hostile_ipa_scans_with_errors(tmp_path: Path) -> None:
    info = plistlib.dumps(
        {
            "CFBundleIdentifier": "cn.example.hostile",
            "CFBundleExecutable": "Hostile",
            "NSCameraUsageDescription": "camera",
            "UIDeviceFamily": ["x", 1],
            "CFBundleURLTypes": "not a list",
        }
    )
    junk_macho = struct.pack("<IiiIIII", 0xFEEDFACF, 0x0100000C, 0, 2, 99, 99999, 0) + b"\x01" * 64
    path = _ipa(
        tmp_path,
        {
            "Payload/Hostile.app/Info.plist": info,
            "Payload/Hostile.app/Hostile": junk_macho,
            "Payload/Hostile.app/embedded.mobileprovision": b"\x30\x82garbage",
            "Payload/Hostile.app/PrivacyInfo.xcprivacy": b"<?xml broken",
            "Payload/Hostile.app/zh-Hans.lproj/InfoPlist.strings": b"\xff\xfe\x00",
            "Payload/Hostile.app/Frameworks/X.framework/X": b"not a mach-o at all",
        },
    )
    run = run_cli("scan", path, "--format", "json")
    assert run.code == 0, run.err
    assert '"cn.example.hostile"' in run.out
    assert "NSCameraUsageDescription" in run.out


def test_ipa_without_info_plist_exits_3(tmp_path: Path) -> None:
    path = _ipa(tmp_path, {"Payload/Empty.app/Empty": b"\0" * 10})
    run = run_cli("scan", path, "--format", "json", "--lang", "en")
    assert run.code == 3
    assert len([x for x in run.err.splitlines() if x.strip()]) == 1


def test_pods_from_acknowledgements_and_resource_bundles(tmp_path: Path) -> None:
    """SDKs linked statically leave CocoaPods traces: an acknowledgements plist and <Pod>.bundle resources."""
    from scanner.scan import Scanner

    scanner = Scanner()
    pods = {p.lower(): s.id for s in scanner.catalogues.sdks for p in s.ios.pods}
    if "ksadsdk" not in pods or "sigmobad-ios" not in pods:
        import pytest

        pytest.skip("SDK catalogue has no KSAdSDK / SigmobAd-iOS pod signatures")
    ack = plistlib.dumps(
        {
            "PreferenceSpecifiers": [
                {"Title": "Acknowledgements", "FooterText": "This application makes use of …"},
                {"Title": "KSAdSDK", "FooterText": "Copyright Kuaishou", "Type": "PSGroupSpecifier"},
            ]
        }
    )
    info = plistlib.dumps({"CFBundleIdentifier": "cn.example.pods", "CFBundleExecutable": "Pods"})
    path = _ipa(
        tmp_path,
        {
            "Payload/Pods.app/Info.plist": info,
            "Payload/Pods.app/Settings.bundle/Acknowledgements.plist": ack,
            "Payload/Pods.app/SigmobAd-iOS.bundle/Info.plist": plistlib.dumps({"CFBundleName": "x"}),
        },
    )
    found = {s.id for s in scanner.facts(path).sdks}
    assert {pods["ksadsdk"], pods["sigmobad-ios"]} <= found
