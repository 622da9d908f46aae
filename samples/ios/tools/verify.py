#!/usr/bin/env python3
"""Check every sample IPA against its <sample>/EXPECTED.yaml.

    /tmp/venv0/bin/python samples/ios/tools/verify.py [SAMPLE ...]

Independent re-reading of the built IPAs with: zipfile, plistlib, openssl
(provisioning CMS), llvm-otool-14 -l, llvm-objdump --macho --private-headers,
llvm-nm, lief (FatBinary -> .at(i): header, imports, libraries, encryption,
code signature), this directory's objc_classes.py (__objc_classlist walker)
and inspect_codesig.py (SuperBlob walker, hash checks).  Needs PyYAML and
lief (the project's venv has both).  Exit status 1 on any mismatch.

This is a test helper for the fixtures, not part of the scanner: it proves
that EXPECTED.yaml describes the bytes that were committed.
"""

from __future__ import annotations

import io
import os
import plistlib
import re
import struct
import subprocess
import sys
import tempfile
import zipfile
from typing import Any

import yaml
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import inspect_codesig  # noqa: E402
import objc_classes  # noqa: E402
from machotools import fat_slices  # noqa: E402
from plistconv import parse_strings  # noqa: E402

try:
    import lief
except ImportError:  # pragma: no cover
    sys.exit("verify.py needs lief (use the project venv, e.g. /tmp/venv0/bin/python)")

OTOOL = os.environ.get("OTOOL", "llvm-otool-14")
OBJDUMP = os.environ.get("OBJDUMP", "llvm-objdump")
NM = os.environ.get("NM", "llvm-nm")
ARCH = {lief.MachO.Header.CPU_TYPE.ARM64: "arm64", lief.MachO.Header.CPU_TYPE.X86_64: "x86_64"}
CPU = {0x0100000C: "arm64", 0x01000007: "x86_64"}
ARC_SYMBOLS = {
    "_objc_release",
    "_objc_retain",
    "_objc_storeStrong",
    "_objc_retainAutoreleasedReturnValue",
    "_objc_autoreleaseReturnValue",
    "_objc_unsafeClaimAutoreleasedReturnValue",
}


class Checker:
    """Collects pass/fail lines for one sample."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.failures: list[str] = []
        self.passes = 0

    def eq(self, what: str, got: Any, want: Any) -> None:
        """Record got == want."""
        if got == want:
            self.passes += 1
        else:
            self.failures.append(f"{what}: got {got!r}, want {want!r}")

    def ok(self, what: str, cond: bool, detail: str = "") -> None:
        """Record a boolean check."""
        if cond:
            self.passes += 1
        else:
            self.failures.append(f"{what} {detail}".rstrip())


def strings_encoding(raw: bytes) -> tuple[str, dict]:
    """Detect a compiled .strings file's form and parse it."""
    if raw.startswith(b"bplist00"):
        return "binary-plist", plistlib.loads(raw)
    if raw.startswith(b"\xff\xfe"):
        return "utf-16le-bom", parse_strings(raw[2:].decode("utf-16-le"))
    if raw.startswith(b"\xfe\xff"):
        return "utf-16be-bom", parse_strings(raw[2:].decode("utf-16-be"))
    return "utf-8", parse_strings(raw.decode("utf-8"))


def cert_cn(der: bytes) -> str:
    """Common name of a DER certificate."""
    cert = x509.load_der_x509_certificate(der)
    return str(cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value)


def profile_plist(path: str) -> tuple[dict, list[str]]:
    """Content and certificate CNs of a CMS-wrapped provisioning profile (via openssl)."""
    content = subprocess.run(
        ["openssl", "cms", "-verify", "-noverify", "-inform", "DER", "-in", path],
        check=True,
        capture_output=True,
    ).stdout
    pem = subprocess.run(
        ["openssl", "pkcs7", "-inform", "DER", "-print_certs", "-in", path], check=True, capture_output=True
    ).stdout
    cns = [cert_cn(c.public_bytes(serialization.Encoding.DER)) for c in x509.load_pem_x509_certificates(pem)]
    return plistlib.loads(content), cns


def profile_type(p: dict) -> str:
    """development / ad-hoc / enterprise / app-store, as Xcode classifies a profile."""
    gta = p.get("Entitlements", {}).get("get-task-allow") is True
    if p.get("ProvisionsAllDevices"):
        return "enterprise"
    if p.get("ProvisionedDevices"):
        return "development" if gta else "ad-hoc"
    return "app-store"


def url_schemes(info: dict) -> list[str]:
    """All CFBundleURLSchemes in CFBundleURLTypes order."""
    return [s for t in info.get("CFBundleURLTypes", []) for s in t.get("CFBundleURLSchemes", [])]


def walk_superblob_for_entitlements(content: bytes) -> str | None:
    """From lief's code_signature.content: walk the SuperBlob index to the 0xfade7171 blob."""
    magic, _length, count = struct.unpack_from(">III", content, 0)
    if magic != 0xFADE0CC0:
        return None
    for i in range(count):
        slot, off = struct.unpack_from(">II", content, 12 + 8 * i)
        bmagic, blen = struct.unpack_from(">II", content, off)
        if slot == 5 and bmagic == 0xFADE7171:
            return content[off + 8 : off + blen].decode("utf-8")
    return None


def check_tools(c: Checker, path: str, rel: str, want: dict) -> None:
    """llvm-otool -l, llvm-objdump --private-headers and llvm-nm must accept the binary."""
    for argv in (
        [OTOOL, "-l", path],
        [OBJDUMP, "--macho", "--private-headers", path],
        [NM, "--arch=all", path],
    ):
        r = subprocess.run(argv, capture_output=True, text=True)
        c.ok(f"{rel}: `{' '.join(argv[:-1])}` rc=0", r.returncode == 0, r.stderr[:200])
        if argv[0] == OTOOL:
            lcs = set(re.findall(r"cmd (LC_[A-Z0-9_]+)", r.stdout))
            for lc in want.get("load_commands_include", []):
                c.ok(f"{rel}: otool shows {lc}", lc in lcs)
            for lc in want.get("load_commands_exclude", []):
                c.ok(f"{rel}: otool does not show {lc}", lc not in lcs)


def check_binary(c: Checker, root: str, want: dict) -> dict[str, dict]:
    """Verify one Mach-O file (all slices) against its expectations; return walker output per arch."""
    rel = want["path"]
    path = os.path.join(root, rel)
    c.ok(f"{rel}: exists", os.path.isfile(path))
    if not os.path.isfile(path):
        return {}
    with open(path, "rb") as f:
        data = f.read()
    check_tools(c, path, rel, want)
    fat = lief.MachO.parse(path)
    c.ok(f"{rel}: lief parses", fat is not None)
    slices_raw = {
        CPU.get(cpu & 0xFFFFFFFF, hex(cpu)): data[off : off + size] for cpu, off, size in fat_slices(data)
    }
    c.eq(f"{rel}: fat", data[:4] == b"\xca\xfe\xba\xbe", want.get("fat", False))
    c.eq(
        f"{rel}: slice order",
        [ARCH.get(fat.at(i).header.cpu_type) for i in range(fat.size)],
        [s["arch"] for s in want["slices"]],
    )
    walked = {}
    for i in range(fat.size):
        b = fat.at(i)
        arch = ARCH.get(b.header.cpu_type)
        ws = next((s for s in want["slices"] if s["arch"] == arch), None)
        if ws is None:
            c.failures.append(f"{rel}: unexpected slice {arch}")
            continue
        tag = f"{rel}[{arch}]"
        raw = slices_raw[arch]
        c.eq(f"{tag}: filetype", b.header.file_type.name, want["filetype"])
        if "pie" in ws:
            c.eq(f"{tag}: pie", b.is_pie if b.header.file_type.name == "EXECUTE" else None, ws["pie"])
        imports = {s.name for s in b.imported_symbols}
        c.eq(
            f"{tag}: canary", "___stack_chk_guard" in imports or "___stack_chk_fail" in imports, ws["canary"]
        )
        c.eq(f"{tag}: arc", bool(imports & ARC_SYMBOLS), ws["arc"])
        crypt = b.encryption_info.crypt_id if b.has_encryption_info else None
        if "encryption" in want and b.has_encryption_info:
            e = want["encryption"]
            c.eq(
                f"{tag}: cryptoff/cryptsize/cryptid",
                (b.encryption_info.crypt_offset, b.encryption_info.crypt_size, crypt),
                (e["cryptoff"], e["cryptsize"], e["cryptid"]),
            )
        c.eq(f"{tag}: crypt_id", crypt, ws["crypt_id"])
        c.eq(f"{tag}: encrypted", crypt == 1, ws["encrypted"])
        if b.has_build_version:
            minos = ".".join(str(x) for x in b.build_version.minos[:2])
        elif b.has_version_min:
            minos = ".".join(str(x) for x in b.version_min.version[:2])
        else:
            minos = None
        c.eq(f"{tag}: min_os", minos, ws["min_os"])
        c.eq(
            f"{tag}: libraries",
            [lib.name for lib in b.libraries if lib.command.name in ("LOAD_DYLIB", "LOAD_WEAK_DYLIB")],
            ws["libraries"],
        )
        c.eq(
            f"{tag}: weak libraries",
            [lib.name for lib in b.libraries if lib.command.name == "LOAD_WEAK_DYLIB"],
            ws.get("weak_libraries", []),
        )
        if "install_name" in ws:
            c.eq(
                f"{tag}: install name",
                [lib.name for lib in b.libraries if lib.command.name == "ID_DYLIB"],
                [ws["install_name"]],
            )
        c.eq(f"{tag}: rpath", [r.path for r in b.rpaths], ws.get("rpath", []))
        for s in ws.get("imports_include", []):
            c.ok(f"{tag}: imports {s}", s in imports)
        for s in ws.get("imports_exclude", []):
            c.ok(f"{tag}: does not import {s}", s not in imports)
        local = sum(1 for s in b.symbols if s.category.name == "LOCAL")
        c.eq(f"{tag}: stripped (no local symbols)", local == 0, ws["stripped"])
        # ObjC classes via our __objc_classlist walker (lief free has no ObjC metadata).
        classes = objc_classes.Image(raw).classes()
        walked[arch] = {"classes": classes, "imports": imports, "raw": raw}
        names = [k["name"] for k in classes]
        if ws.get("objc_classes_readable", True):
            c.eq(f"{tag}: objc classes", names, ws.get("objc_classes", []))
            for cls, meths in ws.get("objc_methods", {}).items():
                got = next((k for k in classes if k["name"] == cls), None)
                allm = (got["instance_methods"] + ["+" + m for m in got["class_methods"]]) if got else []
                for m in meths:
                    c.ok(f"{tag}: {cls} has method {m}", m in allm)
        else:
            c.eq(f"{tag}: objc class count", len(names), ws["objc_class_count"])
            c.ok(
                f"{tag}: all class names unreadable",
                all(n.startswith("<unreadable") for n in names),
                str(names),
            )
        for s in ws.get("strings_include", []):
            c.ok(f"{tag}: contains UTF-8 string {s!r}", s.encode("utf-8") in raw)
        for s in ws.get("strings_utf16_include", []):
            c.ok(f"{tag}: contains UTF-16LE string {s!r}", s.encode("utf-16-le") in raw)
        for s in ws.get("strings_exclude", []):
            c.ok(
                f"{tag}: does not contain {s!r}",
                s.encode("utf-8") not in raw and s.encode("utf-16-le") not in raw,
            )
        # Code signature: lief sees it; the entitlements XML is reachable by walking the SuperBlob index.
        cs_want = want.get("code_signature")
        if cs_want is not None and "per_slice" in cs_want:
            cs_want = {**cs_want, **cs_want["per_slice"][arch]}
        c.eq(f"{tag}: has code signature", b.has_code_signature, cs_want is not None)
        if cs_want is None:
            continue
        content = bytes(b.code_signature.content)
        c.eq(f"{tag}: lief code_signature magic", content[:4].hex(), "fade0cc0")
        xml = walk_superblob_for_entitlements(content)
        if cs_want.get("entitlements") is None:
            c.ok(f"{tag}: no entitlements blob", xml is None)
        else:
            c.ok(f"{tag}: entitlements blob found via lief content", xml is not None)
            if xml is not None:
                c.eq(
                    f"{tag}: entitlements (lief walk)", plistlib.loads(xml.encode()), cs_want["entitlements"]
                )
        sig = inspect_codesig.read_signature(raw)
        cd = sig["code_directory"]
        c.eq(f"{tag}: cs identifier", cd["identifier"], cs_want["identifier"])
        c.eq(f"{tag}: cs team id", cd["team_id"], cs_want.get("team_id"))
        c.eq(f"{tag}: cs ad hoc", int(cd["flags"], 16) & 2 == 2, cs_want["adhoc"])
        c.eq(f"{tag}: cs CMS signed", sig.get("cms_signature_bytes", 0) > 0, cs_want["cms_signed"])
        c.eq(f"{tag}: cs slots", [s["slot"] for s in sig["slots"]], cs_want["slots"])
        c.eq(f"{tag}: cs exec seg flags", cd["exec_seg_flags"], cs_want["exec_seg_flags"])
        if sig.get("raw_cms"):
            with tempfile.TemporaryDirectory() as t2:
                cdp, cmsp = os.path.join(t2, "cd.bin"), os.path.join(t2, "cms.der")
                with open(cdp, "wb") as f:
                    f.write(sig["raw_code_directory"])
                with open(cmsp, "wb") as f:
                    f.write(sig["raw_cms"])
                r = subprocess.run(
                    [
                        "openssl",
                        "cms",
                        "-verify",
                        "-binary",
                        "-noverify",
                        "-inform",
                        "DER",
                        "-in",
                        cmsp,
                        "-content",
                        cdp,
                        "-out",
                        os.devnull,
                    ],
                    capture_output=True,
                )
                c.ok(f"{tag}: CMS signature verifies over the CodeDirectory", r.returncode == 0)
        if cs_want.get("entitlements") is not None:
            c.eq(f"{tag}: cs DER entitlements", sig.get("entitlements_der"), cs_want["entitlements"])
        if cs_want.get("hashes_match", True):
            c.eq(f"{tag}: cs hash errors", sig["errors"], [])
        else:
            c.ok(f"{tag}: cs page hashes differ (encrypted pages)", any("page" in e for e in sig["errors"]))
    return walked


def check_sample(sample: str) -> Checker:
    """Run every check for one sample directory."""
    with open(os.path.join(ROOT, sample, "EXPECTED.yaml"), encoding="utf-8") as f:
        exp = yaml.safe_load(f)
    c = Checker(sample)
    ipa = os.path.join(ROOT, exp["ipa"])
    with open(ipa, "rb") as f:
        blob = f.read()
    c.ok("ipa size <= 100 KiB", len(blob) <= 100 * 1024, str(len(blob)))
    zf = zipfile.ZipFile(io.BytesIO(blob))
    names = zf.namelist()
    c.ok("zip CRCs", zf.testzip() is None)
    for n in exp.get("package", {}).get("files_include", []):
        c.ok(f"zip has {n}", n in names)
    for n in exp.get("package", {}).get("files_exclude", []):
        c.ok(f"zip lacks {n}", n not in names)
    if not exp["valid_ipa"]:
        c.ok("no Payload/ entry", not any(n.startswith("Payload/") for n in names))
        return c
    app_dirs = sorted({m.group(0) for n in names if (m := re.match(r"Payload/[^/]+\.app/", n))})
    c.eq("app bundle", app_dirs, [exp["package"]["app_bundle"] + "/"])
    with tempfile.TemporaryDirectory() as tmp:
        zf.extractall(tmp)
        app = os.path.join(tmp, exp["package"]["app_bundle"])
        with open(os.path.join(app, "Info.plist"), "rb") as f:
            raw_info = f.read()
        info = plistlib.loads(raw_info)
        ip = exp["info_plist"]
        c.eq("Info.plist format", "binary" if raw_info.startswith(b"bplist00") else "xml", ip["format"])
        a = exp["app"]
        c.eq("CFBundleIdentifier", info.get("CFBundleIdentifier"), a["id"])
        c.eq("CFBundleName", info.get("CFBundleName"), a["name"])
        c.eq("CFBundleDisplayName", info.get("CFBundleDisplayName"), a["display_name"])
        c.eq("CFBundleShortVersionString", info.get("CFBundleShortVersionString"), a["version_name"])
        c.eq("CFBundleVersion", info.get("CFBundleVersion"), a["version_code"])
        c.eq("MinimumOSVersion", info.get("MinimumOSVersion"), a["min_os"])
        c.eq("CFBundleExecutable", info.get("CFBundleExecutable"), a["executable"])
        c.eq("UIDeviceFamily", info.get("UIDeviceFamily"), ip["device_family"])
        c.eq("URL schemes", url_schemes(info), ip["url_schemes"])
        c.eq(
            "LSApplicationQueriesSchemes", info.get("LSApplicationQueriesSchemes", []), ip["queried_schemes"]
        )
        c.eq("UIBackgroundModes", info.get("UIBackgroundModes", []), ip["background_modes"])
        c.eq("DTPlatformName", info.get("DTPlatformName"), ip.get("platform_name"))
        for kind in ("extensions", "frameworks"):
            want_b = ip.get(kind, [])
            pattern = (
                r"Payload/[^/]+\.app/PlugIns/[^/]+\.appex/"
                if kind == "extensions"
                else r"Payload/[^/]+\.app/Frameworks/[^/]+\.framework/"
            )
            got_b = sorted({m.group(0).rstrip("/") for n in names if (m := re.match(pattern, n))})
            c.eq(f"nested {kind}", got_b, sorted(x["bundle"] for x in want_b))
            for x in want_b:
                with open(os.path.join(tmp, x["bundle"], "Info.plist"), "rb") as f:
                    raw = f.read()
                nested = plistlib.loads(raw)
                c.eq(
                    f"{x['bundle']} Info.plist format",
                    "binary" if raw.startswith(b"bplist00") else "xml",
                    x["info_plist_format"],
                )
                c.eq(f"{x['bundle']} CFBundleIdentifier", nested.get("CFBundleIdentifier"), x["id"])
                if "extension_point" in x:
                    c.eq(
                        f"{x['bundle']} extension point",
                        nested.get("NSExtension", {}).get("NSExtensionPointIdentifier"),
                        x["extension_point"],
                    )
                if "version" in x:
                    c.eq(f"{x['bundle']} version", nested.get("CFBundleShortVersionString"), x["version"])
        # Localizations and localized names.
        names_found = {}
        tables: dict[str, dict] = {}
        for loc in exp.get("localizations", []):
            with open(os.path.join(app, loc["file"]), "rb") as f:
                enc, table = strings_encoding(f.read())
            c.eq(f"{loc['file']} encoding", enc, loc["encoding"])
            c.eq(f"{loc['file']} strings", table, loc["strings"])
            tables[loc["file"].split(".lproj")[0]] = table
            if "CFBundleDisplayName" in table:
                names_found[loc["file"].split(".lproj")[0]] = table["CFBundleDisplayName"]
        c.eq("localized display names", names_found, a.get("names", {}))
        # Permissions.
        perms = {k: v for k, v in info.items() if k.endswith("UsageDescription")}
        c.eq("usage-description keys", sorted(perms), sorted(p["id"] for p in exp.get("permissions", [])))
        for p in exp.get("permissions", []):
            c.eq(f"{p['id']} text", perms.get(p["id"]), p["usage_description"])
            c.eq(
                f"{p['id']} zh-Hans text",
                tables.get("zh-Hans", {}).get(p["id"]),
                p.get("usage_description_zh_hans"),
            )
        # ATS.
        ats = info.get("NSAppTransportSecurity")
        want_ats = exp["ats"]
        c.eq("ATS present", ats is not None, want_ats["present"])
        if ats is not None:
            c.eq("ATS dict", ats, want_ats["raw"])
            c.eq(
                "ATS NSAllowsArbitraryLoads",
                ats.get("NSAllowsArbitraryLoads", False),
                want_ats["allows_arbitrary_loads"],
            )
            c.eq(
                "ATS NSAllowsArbitraryLoadsInWebContent",
                ats.get("NSAllowsArbitraryLoadsInWebContent", False),
                want_ats["allows_arbitrary_loads_in_web_content"],
            )
            doms = [
                {
                    "domain": d,
                    "include_subdomains": v.get("NSIncludesSubdomains", False),
                    "allows_insecure_http_loads": v.get("NSExceptionAllowsInsecureHTTPLoads", False),
                }
                for d, v in ats.get("NSExceptionDomains", {}).items()
            ]
            c.eq("ATS exception domains", doms, want_ats["domains"])
        c.eq(
            "ATS cleartext default",
            bool(ats and ats.get("NSAllowsArbitraryLoads")),
            want_ats["cleartext_default"],
        )
        if "itunes_metadata" in exp:
            with open(os.path.join(tmp, "iTunesMetadata.plist"), "rb") as f:
                meta = plistlib.load(f)
            for k, v in exp["itunes_metadata"].items():
                c.eq(f"iTunesMetadata {k}", meta.get(k), v)
        # Privacy manifests (every bundle).
        found = sorted(n for n in names if n.endswith("PrivacyInfo.xcprivacy"))
        c.eq("privacy manifest paths", found, sorted(m["path"] for m in exp.get("privacy_manifests", [])))
        for m in exp.get("privacy_manifests", []):
            with open(os.path.join(tmp, m["path"]), "rb") as f:
                pm = plistlib.load(f)
            c.eq(f"{m['path']} tracking", pm.get("NSPrivacyTracking"), m["tracking"])
            c.eq(
                f"{m['path']} tracking domains", pm.get("NSPrivacyTrackingDomains", []), m["tracking_domains"]
            )
            c.eq(
                f"{m['path']} collected data",
                pm.get("NSPrivacyCollectedDataTypes", []),
                m["collected_data_types"],
            )
            c.eq(
                f"{m['path']} accessed APIs", pm.get("NSPrivacyAccessedAPITypes", []), m["accessed_api_types"]
            )
        for bpath in exp.get("bundles_without_privacy_manifest", []):
            c.ok(f"{bpath} has no privacy manifest", f"{bpath}/PrivacyInfo.xcprivacy" not in names)
        # Provisioning profile.
        prov = exp["provisioning"]
        ppath = os.path.join(app, "embedded.mobileprovision")
        c.eq("embedded.mobileprovision present", os.path.exists(ppath), prov["present"])
        if prov["present"] and os.path.exists(ppath):
            p, subjects = profile_plist(ppath)
            c.eq("profile Name", p.get("Name"), prov["name"])
            c.eq("profile UUID", p.get("UUID"), prov["uuid"])
            c.eq("profile TeamIdentifier", p.get("TeamIdentifier"), [prov["team_id"]])
            c.eq("profile TeamName", p.get("TeamName"), prov["team_name"])
            c.eq("profile AppIDName", p.get("AppIDName"), prov["app_id_name"])
            c.eq(
                "profile CreationDate",
                p["CreationDate"].strftime("%Y-%m-%dT%H:%M:%SZ"),
                prov["creation_date"],
            )
            c.eq(
                "profile ExpirationDate",
                p["ExpirationDate"].strftime("%Y-%m-%dT%H:%M:%SZ"),
                prov["expiration_date"],
            )
            c.eq("profile type", profile_type(p), prov["profile_type"])
            c.eq("profile devices", p.get("ProvisionedDevices", []), prov["devices"])
            c.eq("profile entitlements", p.get("Entitlements"), prov["entitlements"])
            dev = [cert_cn(d) for d in p.get("DeveloperCertificates", [])]
            c.eq("profile DeveloperCertificates CNs", dev, prov["developer_certificates"])
            c.eq("profile CMS signer", subjects, [prov["cms_signer"]])
        # Binaries.
        walked: dict[str, dict] = {}
        for bw in exp.get("binaries", []):
            walked[bw["path"]] = check_binary(c, tmp, bw)
        # SDK and API evidence must really be in the named binaries.
        for sdk in exp.get("sdks", {}).get("expected", []):
            ev = sdk["evidence"]
            for fw in ev.get("frameworks", []):
                c.ok(f"SDK {sdk['name']}: framework {fw} in zip", any(n.startswith(fw + "/") for n in names))
            for cls in ev.get("classes", []):
                per = walked.get(ev["binary"], {})
                c.ok(
                    f"SDK {sdk['name']}: class {cls} in {ev['binary']}",
                    bool(per) and all(any(k["name"] == cls for k in w["classes"]) for w in per.values()),
                )
        for api in exp.get("apis", []):
            for ev in api["evidence"]:
                per = walked.get(ev["binary"], {})
                c.ok(f"API {api['api']}: binary {ev['binary']} checked", bool(per))
                for w in per.values():
                    if "objc_class" in ev:
                        c.ok(
                            f"API {api['api']}: {ev['binary']} imports _OBJC_CLASS_$_{ev['objc_class']}",
                            f"_OBJC_CLASS_$_{ev['objc_class']}" in w["imports"],
                        )
                    if "symbol" in ev:
                        c.ok(
                            f"API {api['api']}: {ev['binary']} imports {ev['symbol']}",
                            ev["symbol"] in w["imports"],
                        )
                    for sel in ev.get("selectors", []):
                        c.ok(
                            f"API {api['api']}: {ev['binary']} has selector {sel}",
                            b"\0" + sel.encode() + b"\0" in w["raw"],
                        )
        for rr in exp.get("required_reason_apis", []):
            ev = rr["evidence"]
            per = walked.get(ev["binary"], {})
            sym = ev.get("symbol") or f"_OBJC_CLASS_$_{ev['objc_class']}"
            c.ok(
                f"required-reason {rr['category']}: {ev['binary']} imports {sym}",
                bool(per) and all(sym in w["imports"] for w in per.values()),
            )
            bundle_dir = ev["binary"].rsplit("/", 1)[0]
            mpath = os.path.join(tmp, bundle_dir, "PrivacyInfo.xcprivacy")
            declared = False
            if os.path.exists(mpath):
                with open(mpath, "rb") as f:
                    declared = any(
                        t.get("NSPrivacyAccessedAPIType") == rr["category"]
                        for t in plistlib.load(f).get("NSPrivacyAccessedAPITypes", [])
                    )
            c.eq(f"required-reason {rr['category']} declared in {bundle_dir}", declared, rr["declared"])
        for hit in exp.get("strings", []):
            per = walked.get(hit["binary"], {})
            enc = "utf-16-le" if hit.get("encoding") == "utf-16le" else "utf-8"
            c.ok(
                f"string {hit['value']!r} in {hit['binary']}",
                bool(per) and all(hit["value"].encode(enc) in w["raw"] for w in per.values()),
            )
    return c


# rcodesign's DER-entitlements test vectors (apple-codesign, src/entitlements.rs).
DER_VECTORS = [
    ({}, [112, 5, 2, 1, 1, 176, 0]),
    ({"key": True}, [112, 15, 2, 1, 1, 176, 10, 48, 8, 12, 3, 107, 101, 121, 1, 1, 255]),
    ({"key": -1}, [112, 15, 2, 1, 1, 176, 10, 48, 8, 12, 3, 107, 101, 121, 2, 1, 255]),
    ({"key": 42}, [112, 15, 2, 1, 1, 176, 10, 48, 8, 12, 3, 107, 101, 121, 2, 1, 42]),
    (
        {"key": [True, "foo"]},
        [112, 22, 2, 1, 1, 176, 17, 48, 15, 12, 3, 107, 101, 121, 48, 8, 1, 1, 255, 12, 3, 102, 111, 111],
    ),
    (
        {"key": {"inner": False}},
        [
            112,
            26,
            2,
            1,
            1,
            176,
            21,
            48,
            19,
            12,
            3,
            107,
            101,
            121,
            176,
            12,
            48,
            10,
            12,
            5,
            105,
            110,
            110,
            101,
            114,
            1,
            1,
            0,
        ],
    ),
    (
        {"key3": 42, "key": False, "key2": True},
        [
            112,
            37,
            2,
            1,
            1,
            176,
            32,
            48,
            8,
            12,
            3,
            107,
            101,
            121,
            1,
            1,
            0,
            48,
            9,
            12,
            4,
            107,
            101,
            121,
            50,
            1,
            1,
            255,
            48,
            9,
            12,
            4,
            107,
            101,
            121,
            51,
            2,
            1,
            42,
        ],
    ),
]


def check_der_encoder() -> Checker:
    """add_entitlements.der_entitlements against rcodesign's vectors, and the round trip."""
    from add_entitlements import der_entitlements

    c = Checker("der-entitlements-encoder")
    for value, want in DER_VECTORS:
        c.eq(f"DER {value}", list(der_entitlements(value)), want)
        c.eq(f"DER round trip {value}", inspect_codesig.decode_der_entitlements(bytes(want)), value)
    return c


def main(argv: list[str]) -> int:
    """Verify the named samples (default: every directory with an EXPECTED.yaml)."""
    samples = argv or sorted(
        d for d in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, d, "EXPECTED.yaml"))
    )
    bad = 0
    for s in ["(der)", *samples]:
        c = check_der_encoder() if s == "(der)" else check_sample(s)
        status = "OK " if not c.failures else "FAIL"
        print(f"{status} {c.name}: {c.passes} checks passed, {len(c.failures)} failed")
        for f in c.failures:
            print(f"     - {f}")
        bad += bool(c.failures)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
