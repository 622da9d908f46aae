#!/usr/bin/env python3
"""Re-check samples/android/*/EXPECTED.yaml against the built APKs.

    python samples/android/check_expected.py [sample ...]

Needs androguard, lief and PyYAML (the project's own dependencies).  This is an independent,
deliberately simple reader (plain androguard/lief, no eduscan code), so it validates the ground
truth itself, not the scanner.  It checks every machine-checkable claim: app facts, signing,
manifest flags, permissions, components, meta-data, SDK classes/libs/assets (and that no class
outside the app package and the listed SDK prefixes exists), the privacy-API call sites (exhaustive
for PRIVACY_APIS), filing numbers (exhaustive), URLs/secrets, code locations of findings (class,
method, invoked API, constant), native hardening, the secure-lab twin mapping and the split/XAPK
containers.  Prose entries (must_not_find, notes) are not checked.  Exit status 1 on any mismatch.
"""

from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import lief
import yaml
from loguru import logger

logger.disable("androguard")
from androguard.core.apk import APK  # noqa: E402
from androguard.core.dex import DEX  # noqa: E402

HERE = Path(__file__).resolve().parent
NS = "{http://schemas.android.com/apk/res/android}"
SAMPLES = ["demo-homework", "clean-notes", "sdk-zoo", "vuln-lab", "secure-lab", "split-demo"]
APP_PREFIX = "cn.eduscan."

# "Lclass;->method" (any signature): privacy_api_calls must list EVERY call site of these
PRIVACY_APIS = [
    "Landroid/telephony/TelephonyManager;->" + m
    for m in (
        "getDeviceId",
        "getImei",
        "getMeid",
        "getSubscriberId",
        "getSimSerialNumber",
        "getLine1Number",
        "getCellLocation",
        "getAllCellInfo",
    )
] + [
    "Landroid/provider/Settings$Secure;->getString",
    "Landroid/provider/Settings$System;->getString",
    "Landroid/os/Build;->getSerial",
    "Landroid/net/wifi/WifiManager;->getConnectionInfo",
    "Landroid/net/wifi/WifiInfo;->getMacAddress",
    "Landroid/net/wifi/WifiInfo;->getSSID",
    "Landroid/net/wifi/WifiInfo;->getBSSID",
    "Ljava/net/NetworkInterface;->getHardwareAddress",
    "Landroid/content/pm/PackageManager;->getInstalledPackages",
    "Landroid/content/pm/PackageManager;->getInstalledApplications",
    "Landroid/content/pm/PackageManager;->queryIntentActivities",
    "Landroid/app/ActivityManager;->getRunningAppProcesses",
    "Landroid/content/ClipboardManager;->getPrimaryClip",
    "Landroid/location/LocationManager;->getLastKnownLocation",
    "Landroid/location/LocationManager;->requestLocationUpdates",
    "Landroid/hardware/Camera;->open",
    "Landroid/hardware/camera2/CameraManager;->openCamera",
    "Landroid/media/AudioRecord;->startRecording",
    "Landroid/media/MediaRecorder;->start",
    "Landroid/bluetooth/BluetoothAdapter;->getAddress",
    "Lcom/bun/miitmdid/interfaces/IdSupplier;->getOAID",
]

# APIs that must not be invoked at all in the "clean" samples (weak or dangerous uses)
WEAK_APIS = [
    "Landroid/webkit/WebView;->addJavascriptInterface",
    "Landroid/webkit/WebView;->setWebContentsDebuggingEnabled",
    "Landroid/webkit/SslErrorHandler;->proceed",
    "Ldalvik/system/DexClassLoader;-><init>",
    "Ldalvik/system/PathClassLoader;-><init>",
    "Ljava/lang/Runtime;->exec",
    "Ljava/util/Random;-><init>",
    "Landroid/os/Environment;->getExternalStorageDirectory",
    "Landroid/util/Log;->d",
    "Ljavax/net/ssl/HttpsURLConnection;->setDefaultHostnameVerifier",
    "Lorg/apache/http/conn/ssl/SSLSocketFactory;->ALLOW_ALL_HOSTNAME_VERIFIER",
]
WEAK_STRINGS = ["AES/ECB", "DES/", "MD5", "http://", "BEGIN RSA PRIVATE KEY", "AKIA"]

EDU_RE = re.compile(r"教\s*APP\s*备\s*\d{6,7}\s*号")
ICP_RE = re.compile(r"[\u4e00-\u9fff]ICP备\d{8,10}号(?:-\d+[A-Z])?")


def norm(ref: str) -> str:
    """androguard's translated kinds put spaces between parameters and before field types"""
    if "->" in ref and "(" not in ref:  # field: "Lc;->NAME Ltype;" -> "Lc;->NAME:Ltype;"
        return ref.replace(" ", ":")
    return ref.replace(" ", "")


def dotted(desc: str) -> str:
    return desc[1:-1].replace("/", ".")


@dataclass
class Method:
    calls: list[str] = field(default_factory=list)  # invoke-*/sget/sput/new-instance targets
    strings: list[str] = field(default_factory=list)  # const-string values


@dataclass
class Facts:
    apks: dict[str, APK]
    base: APK
    methods: dict[str, Method] = field(default_factory=dict)  # "pkg.Class.method" -> Method
    classes: set[str] = field(default_factory=set)
    field_values: dict[str, str] = field(default_factory=dict)  # "pkg.Class.FIELD" -> static initial value
    dex_strings: set[str] = field(default_factory=set)
    res_strings: dict[str, dict[str, str]] = field(default_factory=dict)  # locale -> name -> value
    res_by_id: dict[str, dict[int, str]] = field(default_factory=dict)
    res_names: dict[int, str] = field(default_factory=dict)
    assets: dict[str, bytes] = field(default_factory=dict)
    libs: dict[str, bytes] = field(default_factory=dict)

    @classmethod
    def load(cls, apks: dict[str, bytes]) -> Facts:
        parsed = {name: APK(data, raw=True) for name, data in apks.items()}
        base = next(
            a
            for a in parsed.values()
            if not a.get_attribute_value("manifest", "split") and "split" not in a.get_android_manifest_xml().attrib
        )
        f = cls(parsed, base)
        for name, a in parsed.items():
            for dex in a.get_all_dex():
                f._read_dex(DEX(dex))
            if a.get_android_resources() is not None and "resources.arsc" in a.get_files():
                f._read_res(a)
            z = zipfile.ZipFile(io.BytesIO(apks[name]))
            for n in z.namelist():
                if n.startswith("assets/"):
                    f.assets[n] = z.read(n)
                elif n.startswith("lib/") and n.endswith(".so"):
                    f.libs[n] = z.read(n)
        return f

    def _read_dex(self, d: DEX) -> None:
        self.dex_strings.update(str(s) for s in d.get_strings())
        for c in d.get_classes():
            cname = dotted(c.get_name())
            self.classes.add(cname)
            for fld in c.get_fields():
                iv = fld.get_init_value()
                if iv is not None and isinstance(iv.get_value(), str):
                    self.field_values[f"{cname}.{fld.get_name()}"] = iv.get_value()
            for m in c.get_methods():
                mm = self.methods.setdefault(f"{cname}.{m.get_name()}", Method())
                for ins in m.get_instructions():
                    op = ins.get_name()
                    if op.startswith(("invoke", "sget", "sput", "iget", "iput", "new-instance")):
                        mm.calls.append(norm(ins.get_translated_kind()))
                    elif op.startswith("const-string"):
                        mm.strings.append(ins.get_translated_kind())

    def _read_res(self, a: APK) -> None:
        arsc = a.get_android_resources()
        for _pkg, locales in arsc.get_resolved_strings().items():
            for locale, entries in locales.items():
                for rid, value in entries.items():
                    name = arsc.get_resource_xml_name(rid)  # "@pkg:string/name"
                    if name:
                        self.res_names[rid] = name.split(":", 1)[-1]
                    self.res_by_id.setdefault(locale, {})[rid] = value
        # a language split's arsc may not resolve key names: name its entries through the base's ids
        self.res_strings = {
            loc: {self.res_names.get(rid, hex(rid)): v for rid, v in entries.items()}
            for loc, entries in self.res_by_id.items()
        }

    # ------------------------------------------------------------------ helpers
    def all_text(self) -> str:
        parts = list(self.dex_strings)
        for entries in self.res_strings.values():
            parts.extend(entries.values())
        parts.extend(v.decode("utf-8", "replace") for v in self.assets.values())
        for el in self.manifest().iter():  # manifest attribute values (meta-data, schemes, ...)
            parts.extend(str(v) for v in el.attrib.values())
        return "\n".join(parts)

    def call_sites(self, prefix: str) -> set[tuple[str, str]]:
        out = set()
        for meth, m in self.methods.items():
            for c in m.calls:
                if c.startswith(prefix):
                    out.add((c, meth))
        return out

    def manifest(self):
        return self.base.get_android_manifest_xml()


class Checker:
    def __init__(self, sample: str):
        self.sample = sample
        self.errors: list[str] = []
        self.n = 0

    def eq(self, what: str, got, want) -> None:
        self.n += 1
        if got != want:
            self.errors.append(f"{what}: got {got!r}, expected {want!r}")

    def true(self, what: str, cond: bool) -> None:
        self.n += 1
        if not cond:
            self.errors.append(what)


def fq(pkg: str, name: str) -> str:
    return pkg + name if name.startswith(".") else (name if "." in name else f"{pkg}.{name}")


def manifest_components(f: Facts) -> dict[str, dict[str, dict]]:
    pkg = f.base.get_package()
    app = f.manifest().find("application")
    out: dict[str, dict[str, dict]] = {}
    kinds = {
        "activity": "activities",
        "activity-alias": "activity_aliases",
        "service": "services",
        "receiver": "receivers",
        "provider": "providers",
    }
    for el in app:
        kind = kinds.get(el.tag)
        if not kind:
            continue
        name = fq(pkg, el.get(NS + "name"))
        out.setdefault(kind, {})[name] = {
            "exported": el.get(NS + "exported"),
            "permission": el.get(NS + "permission"),
            "actions": [a.get(NS + "name") for a in el.iter("action")],
            "launchMode": el.get(NS + "launchMode"),
            "taskAffinity": el.get(NS + "taskAffinity"),
            "grantUriPermissions": el.get(NS + "grantUriPermissions"),
            "targetActivity": el.get(NS + "targetActivity"),
        }
    return out


def tf(v) -> bool:
    return str(v).lower() in ("true", "-1", "0xffffffff")


def check_app(ck: Checker, f: Facts, exp: dict) -> None:
    a = f.base
    app = exp["app"]
    ck.eq("package", a.get_package(), app["package"])
    ck.eq("version_name", a.get_androidversion_name(), app["version_name"])
    ck.eq("version_code", int(a.get_androidversion_code()), app["version_code"])
    ck.eq("min_sdk", int(a.get_min_sdk_version()), app["min_sdk"])
    ck.eq("target_sdk", int(a.get_target_sdk_version()), app["target_sdk"])
    ck.eq("main_activity", a.get_main_activity(), app["main_activity"])
    ck.eq("label", f.res_strings.get("DEFAULT", {}).get("string/app_name"), app["label"])
    for key, locale in (("label_zh_CN", "zh-rCN"), ("label_zh", "zh"), ("label_en", "en")):
        if key in app:
            got = f.res_strings.get(locale, {}).get("string/app_name") or f.res_strings["DEFAULT"]["string/app_name"]
            ck.eq(key, got, app[key])
    if "application_class" in app:
        cls = a.get_attribute_value("application", "name")
        ck.eq("application_class", fq(a.get_package(), cls) if cls else None, app["application_class"])
    if "locales" in app:
        want = sorted(loc.replace("-", "-r") for loc in app["locales"])
        ck.eq("locales", sorted(k for k in f.res_strings if k != "DEFAULT"), want)


def check_signing(ck: Checker, f: Facts, sig: dict) -> None:
    for name, a in f.apks.items():
        sch = sig["schemes"]
        ck.eq(f"{name} v1", a.is_signed_v1(), sch["v1"])
        ck.eq(f"{name} v2", a.is_signed_v2(), sch["v2"])
        ck.eq(f"{name} v3", a.is_signed_v3(), sch["v3"])
        certs = a.get_certificates()
        ck.eq(f"{name} certificate sha256", certs[0].sha256.hex() if certs else None, sig["certificate"]["sha256"])
        if "key" in sig["certificate"]:
            pk = certs[0].public_key
            ck.eq(f"{name} key", f"{pk.algorithm.upper()}-{pk.bit_size}", sig["certificate"]["key"])


def check_manifest(ck: Checker, f: Facts, man: dict) -> None:
    a = f.base

    def attr(n):
        return a.get_attribute_value("application", n)

    ck.eq("debuggable", tf(attr("debuggable")), man["debuggable"])
    ck.eq("allowBackup", tf(attr("allowBackup")) if attr("allowBackup") is not None else True, man["allow_backup"])
    uct = attr("usesCleartextTraffic")
    ck.eq("usesCleartextTraffic", None if uct is None else tf(uct), man["uses_cleartext_traffic"])
    if "test_only" in man:
        ck.eq("testOnly", tf(attr("testOnly")), man["test_only"])
    nsc = man.get("network_security_config")
    ck.eq("networkSecurityConfig present", attr("networkSecurityConfig") is not None, nsc is not None)
    if nsc:
        raw = a.get_file(nsc["file"])
        from androguard.core.axml import AXMLPrinter

        root = AXMLPrinter(raw).get_xml_obj()
        base = root.find("base-config")
        bc = nsc["base_config"]
        ck.eq("NSC base cleartext", tf(base.get("cleartextTrafficPermitted")), bc["cleartext_traffic_permitted"])
        ck.eq("NSC base anchors", [c.get("src") for c in base.iter("certificates")], bc["trust_anchors"])
        dcs = root.findall("domain-config")
        ck.eq("NSC domain-config count", len(dcs), len(nsc["domain_configs"]))
        for dc, want in zip(dcs, nsc["domain_configs"], strict=False):
            ck.eq("NSC domains", [d.text for d in dc.iter("domain")], [d["name"] for d in want["domains"]])
            ck.eq("NSC domain cleartext", tf(dc.get("cleartextTrafficPermitted")), want["cleartext_traffic_permitted"])
            ps = dc.find("pin-set")
            if want.get("pin_set"):
                ck.eq("NSC pin expiration", ps.get("expiration"), want["pin_set"]["expiration"])
                ck.eq("NSC pins", [p.text for p in ps.iter("pin")], [p["value"] for p in want["pin_set"]["pins"]])
            anchors = [
                {"src": c.get("src"), **({"override_pins": True} if tf(c.get("overridePins")) else {})}
                for c in dc.find("trust-anchors").iter("certificates")
            ]
            ck.eq("NSC domain anchors", anchors, want["trust_anchors"])
        dbg = root.find("debug-overrides")
        got_dbg = None if dbg is None else {"trust_anchors": [c.get("src") for c in dbg.iter("certificates")]}
        ck.eq("NSC debug-overrides", got_dbg, nsc["debug_overrides"])


def check_permissions(ck: Checker, f: Facts, perms: list, declared: list | None) -> None:
    ck.eq("permissions", sorted(f.base.get_permissions()), sorted(p["name"] for p in perms))
    for p in perms:
        if "max_sdk" in p:
            el = next(e for e in f.manifest().iter("uses-permission") if e.get(NS + "name") == p["name"])
            ck.eq(f"{p['name']} maxSdkVersion", int(el.get(NS + "maxSdkVersion")), p["max_sdk"])
    if declared is not None:
        got = sorted((e.get(NS + "name"), e.get(NS + "protectionLevel")) for e in f.manifest().iter("permission"))
        lv = {"normal": 0, "dangerous": 1, "signature": 2}
        got = sorted((n, int(v, 16) if v else 0) for n, v in got)
        ck.eq("declared permissions", got, sorted((d["name"], lv[d["protection_level"]]) for d in declared))


def check_components(ck: Checker, f: Facts, comps: dict) -> None:
    got = manifest_components(f)
    for kind in ("activities", "activity_aliases", "services", "receivers", "providers"):
        want = comps.get(kind, [])
        ck.eq(f"{kind} names", sorted(got.get(kind, {})), sorted(c["name"] for c in want))
        for c in want:
            g = got.get(kind, {}).get(c["name"])
            if not g:
                continue
            ck.eq(f"{c['name']} exported", tf(g["exported"]), c["exported"])
            if "permission" in c:
                ck.eq(f"{c['name']} permission", g["permission"], c["permission"])
            if "actions" in c:
                ck.eq(f"{c['name']} actions", g["actions"], c["actions"])
            if "launch_mode" in c:
                lm = {None: "standard", "0": "standard", "2": "singleTask"}[g["launchMode"]]
                ck.eq(f"{c['name']} launchMode", lm, c["launch_mode"])
            if "task_affinity" in c:
                ck.eq(f"{c['name']} taskAffinity", g["taskAffinity"], c["task_affinity"])
            if "grant_uri_permissions" in c:
                ck.eq(f"{c['name']} grantUriPermissions", tf(g["grantUriPermissions"]), c["grant_uri_permissions"])
            if "target" in c:
                ck.eq(f"{c['name']} target", fq(f.base.get_package(), g["targetActivity"]), c["target"])
            ck.true(
                f"component class {c['name']} missing from dex", kind == "activity_aliases" or c["name"] in f.classes
            )
    if "meta_data" in comps:
        app = f.manifest().find("application")
        md = {m.get(NS + "name"): m.get(NS + "value") for m in app.findall("meta-data")}
        ck.eq("application meta-data", md, {k: str(v) for k, v in comps["meta_data"].items()})


def check_sdks(ck: Checker, f: Facts, sdks: list) -> None:
    prefixes = []
    for s in sdks:
        prefixes += s.get("package_prefixes", [])
        for c in s.get("classes", []):
            ck.true(f"SDK {s['id']}: class {c} missing", c in f.classes)
            ck.true(
                f"SDK {s['id']}: class {c} outside its prefixes",
                any(c.startswith(p + ".") for p in s["package_prefixes"]),
            )
        for lib in s.get("native_libs", []):
            ck.true(f"SDK {s['id']}: native lib {lib} missing", any(n.endswith("/" + lib) for n in f.libs))
        for asset in s.get("assets", []):
            ck.true(f"SDK {s['id']}: asset {asset} missing", asset in f.assets)
    stray = sorted(
        c for c in f.classes if not c.startswith(APP_PREFIX) and not any(c.startswith(p + ".") for p in prefixes)
    )
    ck.eq("classes outside the app package and the listed SDK prefixes", stray, [])


def check_privacy(ck: Checker, f: Facts, calls: list) -> None:
    got = set()
    for api in PRIVACY_APIS:
        got |= f.call_sites(api)
    want = {(norm(c["api"]), c["caller"]) for c in calls}
    ck.eq("privacy API call sites (missing)", sorted(want - got), [])
    ck.eq("privacy API call sites (unlisted)", sorted(got - want), [])
    for c in calls:
        if c["caller_kind"] == "app":
            ck.true(f"{c['caller']} marked app but outside {APP_PREFIX}", c["caller"].startswith(APP_PREFIX))
        else:
            ck.true(f"{c['caller']} marked sdk but inside {APP_PREFIX}", not c["caller"].startswith(APP_PREFIX))


def check_strings(ck: Checker, f: Facts, strings: dict) -> None:
    text = f.all_text()
    fn = strings.get("filing_numbers", {})
    ck.eq("教APP备 numbers", sorted(set(EDU_RE.findall(text))), sorted(x["value"] for x in fn.get("edu_app", [])))
    ck.eq("ICP numbers", sorted(set(ICP_RE.findall(text))), sorted(x["value"] for x in fn.get("icp", [])))
    for x in fn.get("edu_app", []) + fn.get("icp", []):
        loc = x["location"]
        if "resource" in loc:
            ck.eq(f"{x['value']} resource", f.res_strings["DEFAULT"].get(loc["resource"]), x["value"])
        if "asset" in loc:
            ck.true(f"{x['value']} not in {loc['asset']}", x["value"] in f.assets[loc["asset"]].decode())
    for u in strings.get("urls", []):
        ck.true(f"url {u['value']} not found", u["value"] in text)
    for s in strings.get("secrets", []):
        ck.true(f"secret {s['value']} not found", s["value"] in text)
    for s in strings.get("sdk_identifiers", []):
        for part in str(s["value"]).split(" / "):
            ck.true(f"sdk identifier {part} not found", part in text)
    for d in strings.get("domains", []):
        ck.true(f"domain {d} not found", d in text)


def check_location(ck: Checker, f: Facts, what: str, loc: dict) -> None:
    cls, meth = loc.get("class"), loc.get("method")
    if cls and meth:
        key = f"{cls}.{meth}"
        m = f.methods.get(key)
        ck.true(f"{what}: method {key} not in dex", m is not None)
        if m is None:
            return
        apis = loc.get("api", [])
        for api in [apis] if isinstance(apis, str) else apis:
            ck.true(f"{what}: {key} does not use {api}", norm(api) in m.calls)
        val = loc.get("value")
        if val and not val.startswith(("constant", "<", "key ", "1 ")):
            v = val.strip("'\"") if val.startswith(("'", '"')) else val
            ck.true(f"{what}: {key} has no const-string containing {v!r}", any(v in s for s in m.strings))
        if "field" in loc:
            ck.eq(f"{what}: field {cls}.{loc['field']}", f.field_values.get(f"{cls}.{loc['field']}"), loc.get("value"))
    elif cls:
        ck.true(f"{what}: class {cls} not in dex", cls in f.classes)
    for lib in loc.get("files", []):
        if lib.startswith("lib/"):
            ck.true(f"{what}: {lib} missing", lib in f.libs)
    file = loc.get("file", "")
    if file.startswith("assets/"):
        ck.true(
            f"{what}: {file} missing or lacks {loc.get('value')!r}",
            file in f.assets and (loc.get("value") or "") in f.assets[file].decode(),
        )
    if file == "res/values/strings.xml" and "resource" in loc:
        ck.eq(f"{what}: {loc['resource']}", f.res_strings["DEFAULT"].get(loc["resource"]), loc["value"])


def elf_facts(data: bytes) -> dict:
    b = lief.parse(data)
    imports = {s.name for s in b.imported_symbols}
    segs = {s.type: s for s in b.segments}
    stack = segs.get(lief.ELF.Segment.TYPE.GNU_STACK)
    bind_now = False
    for e in b.dynamic_entries:
        if e.tag == lief.ELF.DynamicEntry.TAG.FLAGS and "BIND_NOW" in str(e.flags):
            bind_now = True
        if e.tag == lief.ELF.DynamicEntry.TAG.FLAGS_1 and "NOW" in str(e.flags):
            bind_now = True
        if e.tag == lief.ELF.DynamicEntry.TAG.BIND_NOW:
            bind_now = True
    relro = lief.ELF.Segment.TYPE.GNU_RELRO in segs
    return {
        "machine": {"AARCH64": "aarch64", "ARM": "arm"}.get(b.header.machine_type.name, b.header.machine_type.name),
        "canary": "__stack_chk_fail" in imports,
        "nx": stack is not None and "X" not in str(stack.flags).split(".")[-1],
        "relro": ("full" if bind_now else "partial") if relro else "none",
        "bind_now": bind_now,
        "fortify": any(i.startswith("__") and i.endswith("_chk") and i != "__stack_chk_fail" for i in imports),
        "imports": imports,
    }


def check_native(ck: Checker, f: Facts, libs: list) -> None:
    ck.eq("native libs", sorted(f.libs), sorted(x["path"] for x in libs))
    for x in libs:
        if x["path"] not in f.libs:
            continue
        e = elf_facts(f.libs[x["path"]])
        for k in ("machine", "canary", "nx", "relro", "bind_now", "fortify"):
            ck.eq(f"{x['path']} {k}", e[k], x[k])
        for imp in x.get("unsafe_imports", []):
            ck.true(f"{x['path']} does not import {imp}", imp in e["imports"])
        if x.get("unsafe_imports") == []:
            unsafe = {"strcpy", "sprintf", "strcat", "gets"} & e["imports"]
            ck.eq(f"{x['path']} unsafe imports", sorted(unsafe), [])


def check_findings(ck: Checker, f: Facts, findings: dict) -> None:
    for group in ("must_find", "may_find"):
        for x in findings.get(group, []):
            if isinstance(x, dict) and "location" in x:
                check_location(ck, f, f"{group} {x['id']}", x["location"])


def check_clean_code(ck: Checker, f: Facts) -> None:
    for api in WEAK_APIS:
        ck.eq(f"use of {api}", sorted(f.call_sites(api)), [])
    for s in WEAK_STRINGS:
        ck.eq(f"dex strings containing {s!r}", sorted(x for x in f.dex_strings if s in x), [])


def load_sample(sample: str) -> tuple[dict, Facts]:
    exp = yaml.safe_load((HERE / sample / "EXPECTED.yaml").read_text(encoding="utf-8"))
    if sample == "split-demo":
        z = zipfile.ZipFile(HERE / "split-demo.apks")
        return exp, Facts.load({n: z.read(n) for n in z.namelist()})
    return exp, Facts.load({exp["artifact"]: (HERE / exp["artifact"]).read_bytes()})


def check_sample(sample: str) -> Checker:
    ck = Checker(sample)
    exp, f = load_sample(sample)
    body = exp["merged"] if sample == "split-demo" else exp
    check_app(ck, f, body)
    check_signing(ck, f, body["signing"])
    check_manifest(ck, f, {"network_security_config": None, "test_only": False, **body["manifest"]})
    check_permissions(ck, f, body["permissions"], body.get("declared_permissions"))
    check_components(ck, f, body["components"])
    check_sdks(ck, f, body["sdks"])
    check_privacy(ck, f, body["privacy_api_calls"])
    triggers = body.get("sdk_triggers", [])
    init = body.get("sdk_init", [])
    if isinstance(init, list):
        triggers = triggers + init
    for t in triggers:
        check_location(
            ck,
            f,
            f"sdk call {t['call']}",
            {"class": t["caller"].rsplit(".", 1)[0], "method": t["caller"].rsplit(".", 1)[1], "api": t["call"]},
        )
    check_strings(ck, f, body["strings"])
    check_native(ck, f, body["native_libs"])
    check_findings(ck, f, body.get("findings", {}))
    text = f.all_text()
    for feat, ev in body.get("features", {}).items():
        for st in ev.get("strings", []):
            ck.true(f"feature {feat}: string {st!r} not found", st in text)
        for act in ev.get("activities", [ev.get("activity")] if ev.get("activity") else []):
            ck.true(f"feature {feat}: activity {act} not in dex", act in f.classes)
        for asset in ev.get("assets", []):
            ck.true(f"feature {feat}: asset {asset} missing", asset in f.assets)
    if sample in ("clean-notes", "secure-lab"):
        check_clean_code(ck, f)
    if sample == "secure-lab":
        for k, v in exp["fixed_weaknesses"].items():
            loc = dict(v["location"])
            for m in loc.pop("methods", []):
                check_location(ck, f, f"fixed {k}", {**loc, "method": m})
            if loc.get("class") and loc.get("method"):
                check_location(ck, f, f"fixed {k}", {k2: v2 for k2, v2 in loc.items() if k2 != "value"})
        vexp = yaml.safe_load((HERE / "vuln-lab" / "EXPECTED.yaml").read_text(encoding="utf-8"))
        twins = {x["twin"] for x in vexp["findings"]["must_find"]}
        ck.eq("vuln-lab twins without a secure-lab fix", sorted(twins - set(exp["fixed_weaknesses"])), [])
        ck.eq("secure-lab fixes without a vuln-lab twin", sorted(set(exp["fixed_weaknesses"]) - twins), [])
    if sample == "split-demo":
        check_split_containers(ck, exp)
    return ck


def check_split_containers(ck: Checker, exp: dict) -> None:
    apks = zipfile.ZipFile(HERE / "split-demo.apks")
    ck.eq(".apks entries", apks.namelist(), exp["containers"]["apks"]["entries"])
    x = zipfile.ZipFile(HERE / "split-demo.xapk")
    ck.eq(".xapk entries", x.namelist(), exp["containers"]["xapk"]["entries"])
    mj = json.loads(x.read("manifest.json"))
    want = exp["containers"]["xapk"]["manifest_json"]
    for k, v in want.items():
        ck.eq(f"manifest.json {k}", mj.get(k), v)
    sizes = sum(x.getinfo(s["file"]).file_size for s in mj["split_apks"])
    ck.eq("manifest.json total_size", mj["total_size"], sizes)
    ck.eq("xapk base == apks base", x.read("cn.eduscan.sample.splitdemo.apk"), apks.read("base.apk"))
    ck.eq("xapk abi split == apks abi split", x.read("config.arm64_v8a.apk"), apks.read("split_config.arm64_v8a.apk"))
    ck.eq("xapk zh split == apks zh split", x.read("config.zh.apk"), apks.read("split_config.zh.apk"))
    for name, s in exp["splits"].items():
        fname = "base.apk" if name == "base" else f"split_config.{name.split('.', 1)[1]}.apk"
        a = APK(apks.read(fname), raw=True)
        root = a.get_android_manifest_xml()
        ck.eq(f"{fname} split", root.get("split"), s["split"])
        ck.eq(f"{fname} has dex", bool(a.get_all_dex() and list(a.get_all_dex())), s["has_code"])
        ck.eq(f"{fname} permissions", sorted(a.get_permissions()), sorted(s["permissions"]))
        if "native_libs" in s:
            libs = sorted(n for n in a.get_files() if n.startswith("lib/"))
            ck.eq(f"{fname} native libs", libs, sorted(s["native_libs"]))


def main(argv: list[str]) -> int:
    bad = 0
    for sample in argv or SAMPLES:
        ck = check_sample(sample)
        status = "ok" if not ck.errors else f"{len(ck.errors)} MISMATCH(ES)"
        print(f"{sample:14s} {ck.n:4d} checks  {status}")
        for e in ck.errors:
            print(f"    - {e}")
        bad += bool(ck.errors)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
