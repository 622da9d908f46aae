#!/usr/bin/env python3
"""Rebuild ``rules/catalog/permissions.yaml`` from AOSP permission data plus the hand-curated overlay.

The Android part is the union of every permission AOSP defines at API levels 4–36, read from androguard's
``androguard/core/api_specific_resources/aosp_permissions/permissions_<level>.json`` files (androguard 4.1.4
ships levels up to 36; 4.1.3, which the project pins, stops at 34 — point ``--aosp-dir`` at an unpacked
4.1.4 wheel). Chinese names, groups and verdicts come from ``tools/catalog/permissions_zh.yaml``.

    pip download androguard==4.1.4 --no-deps -d /tmp/ag && unzip -q /tmp/ag/*.whl -d /tmp/ag/x
    python tools/catalog/gen_permissions.py \\
        --aosp-dir /tmp/ag/x/androguard/core/api_specific_resources/aosp_permissions

The committed YAML is the product; this script only makes it reproducible.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
OVERLAY = Path(__file__).with_name("permissions_zh.yaml")
OUTPUT = ROOT / "rules" / "catalog" / "permissions.yaml"

MIN_LEVEL = 4
MAX_LEVEL = 36
#: Base protection levels; every other token of a protectionLevel string is a flag.
BASE_LEVELS = ("normal", "dangerous", "signature", "signatureOrSystem", "internal")
#: Overlay fields that may override or extend the computed entry.
OVERLAY_FIELDS = ("name_zh", "name_en", "group", "sensitive", "pi164", "edu", "verified", "source", "note")
SOURCE_AOSP_LABEL = "AOSP zh-CN label"
SOURCE_COMPOSED = "translated (composed from the constant name)"

_FILE_RE = re.compile(r"^permissions_(\d+)\.json$")


@dataclass
class AospPermission:
    """What the AOSP data says about one permission across all levels."""

    id: str
    levels: list[int] = field(default_factory=list)
    newest: dict[str, Any] = field(default_factory=dict)
    label_en: str = ""
    label_ptr: str = ""


def default_aosp_dir() -> Path:
    """The aosp_permissions folder of the installed androguard."""
    import androguard  # local import: only needed when --aosp-dir is not given

    return Path(androguard.__file__).parent / "core" / "api_specific_resources" / "aosp_permissions"


def load_levels(aosp_dir: Path) -> dict[int, dict[str, dict[str, Any]]]:
    """``{api_level: {permission: definition}}`` for every permissions_<level>.json in range."""
    levels: dict[int, dict[str, dict[str, Any]]] = {}
    for path in aosp_dir.iterdir():
        m = _FILE_RE.match(path.name)
        if m and MIN_LEVEL <= int(m.group(1)) <= MAX_LEVEL:
            with path.open(encoding="utf-8") as fh:
                levels[int(m.group(1))] = json.load(fh)["permissions"]
    if not levels:
        raise SystemExit(f"no permissions_<level>.json in {aosp_dir}")
    return dict(sorted(levels.items()))


def _clean_label(text: str) -> str:
    text = " ".join(text.split())
    # androguard's JSON lost the backslash of a few \\uXXXX escapes ("Wi\u2011Fi" became "Wiu2011Fi")
    return re.sub(r"(?<=[A-Za-z])u2011(?=[A-Za-z])", "-", text)


def collect(levels: dict[int, dict[str, dict[str, Any]]]) -> dict[str, AospPermission]:
    """Fold the per-level definitions into one record per permission (newest definition wins)."""
    perms: dict[str, AospPermission] = {}
    for level, defs in levels.items():  # ascending, so later levels overwrite
        for pid, d in defs.items():
            p = perms.setdefault(pid, AospPermission(id=pid))
            p.levels.append(level)
            p.newest = d
            if (d.get("label") or "").strip():
                p.label_en = _clean_label(d["label"])
            if d.get("label_ptr"):
                p.label_ptr = d["label_ptr"]
    return perms


def split_protection(level: str) -> tuple[str, list[str]]:
    """``"signature|privileged|role"`` → ``("signature", ["privileged", "role"])``.

    The base is the first token that is a base level (old data has e.g. ``"system|signature"``, where
    ``system`` is the pre-API-23 name of the ``privileged`` flag); an empty string means ``normal``.
    """
    tokens = [t for t in level.split("|") if t]
    base = next((t for t in tokens if t in BASE_LEVELS), "normal")
    return base, [t for t in tokens if t != base]


def constant_words(pid: str) -> list[str]:
    return [w for w in pid.rsplit(".", 1)[-1].split("_") if w]


def english_from_constant(pid: str) -> str:
    words = " ".join(constant_words(pid)).lower()
    return words[:1].upper() + words[1:]


def compose_zh(pid: str, tokens: dict[str, str], missing: set[str]) -> str:
    """Chinese name from the constant's words, longest phrase first; unknown words stay in English."""
    words = constant_words(pid)
    parts: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(4, len(words) - i), 0, -1):
            key = "_".join(words[i : i + n])
            if key in tokens:
                parts.append(tokens[key])
                i += n
                break
        else:
            missing.add(words[i])
            parts.append(words[i])
            i += 1
    out = ""
    for part in parts:
        if out and out[-1].isascii() and out[-1].isalnum() and part[:1].isascii() and part[:1].isalnum():
            out += " "
        out += part
    return out


def level_notes(levels_present: list[int], available: list[int]) -> list[str]:
    """Caveats where a gap in the source data makes api_added / api_removed a bound, not a value."""
    notes: list[str] = []
    first, last = levels_present[0], levels_present[-1]
    i_first, i_last = available.index(first), available.index(last)
    if i_first > 0 and available[i_first - 1] != first - 1:
        notes.append(f"added between API {available[i_first - 1] + 1} and {first} (no source data between)")
    if i_last + 1 < len(available) and available[i_last + 1] != last + 1:
        nxt = available[i_last + 1]
        notes.append(f"removed between API {last + 1} and {nxt} (no source data between)")
    span = available[i_first : i_last + 1]
    holes = [lv for lv in span if lv not in levels_present]
    if holes:
        notes.append("absent from the source data at API " + ", ".join(map(str, holes)))
    return notes


def build(aosp_dir: Path, overlay: dict[str, Any], partial: bool = False) -> tuple[dict[str, Any], set[str]]:
    """The catalogue as a plain dict, plus the constant words that had no Chinese token.

    ``partial`` accepts data that stops before API 36: overlay entries for newer permissions are skipped
    instead of being reported as typos.
    """
    levels = load_levels(aosp_dir)
    available = list(levels)
    perms = collect(levels)
    labels_zh: dict[str, str] = overlay["aosp_labels_zh"]
    tokens: dict[str, str] = overlay["tokens_zh"]
    curated: dict[str, dict[str, Any]] = overlay["android"]
    for key in list(labels_zh) + list(tokens) + list(curated):
        if not isinstance(key, str):
            raise SystemExit(f"overlay key {key!r} is not a string (quote YAML 1.1 booleans such as NO/ON)")
    unknown = sorted(set(curated) - set(perms))
    if unknown and not partial:
        raise SystemExit(f"overlay names permissions AOSP does not define: {unknown}")

    missing_tokens: set[str] = set()
    android: list[dict[str, Any]] = []
    for pid in sorted(perms):
        p = perms[pid]
        base, flags = split_protection(p.newest.get("protectionLevel") or "")
        over = curated.get(pid, {})
        bad = set(over) - set(OVERLAY_FIELDS)
        if bad:
            raise SystemExit(f"{pid}: overlay fields not allowed: {sorted(bad)}")

        if "name_zh" in over:
            name_zh, source = over["name_zh"], over.get("source", "translated")
        elif p.label_ptr in labels_zh:
            name_zh, source = labels_zh[p.label_ptr], over.get("source", SOURCE_AOSP_LABEL)
        else:
            name_zh, source = compose_zh(pid, tokens, missing_tokens), over.get("source", SOURCE_COMPOSED)
        name_en = over.get("name_en") or (
            p.label_en[:1].upper() + p.label_en[1:] if p.label_en else english_from_constant(pid)
        )
        last = p.levels[-1]
        notes = [over["note"]] if over.get("note") else []
        notes += level_notes(p.levels, available)

        entry: dict[str, Any] = {"id": pid, "name_zh": name_zh, "name_en": name_en}
        if over.get("group"):
            entry["group"] = over["group"]
        entry["protection_level"] = base
        if flags:
            entry["protection_flags"] = flags
        entry["api_added"] = p.levels[0]
        if last != available[-1]:
            entry["api_removed"] = available[available.index(last) + 1]
        entry["sensitive"] = bool(over.get("sensitive", base == "dangerous"))
        if over.get("pi164"):
            entry["pi164"] = True
        if over.get("edu"):
            entry["edu"] = over["edu"]
        entry["verified"] = bool(over.get("verified", False))
        entry["source"] = source
        if notes:
            entry["note"] = "; ".join(notes)
        android.append(entry)

    for v in overlay["vendor"]:
        if v["id"] in perms:
            raise SystemExit(f"vendor entry {v['id']} is an AOSP permission; move it to the android section")
        android.append({**v, "verified": bool(v.get("verified", False))})
    android.sort(key=lambda e: e["id"])

    undefined = [e["id"] for e in android if e["protection_level"] == "dangerous" and not e.get("group")]
    if undefined:
        raise SystemExit(f"dangerous permissions without a group: {undefined}")

    header = overlay["header"]
    catalogue: dict[str, Any] = {
        "catalogue": header["catalogue"],
        "version": header["version"],
        "description": description(available),
        "licence": header.get("licence", ""),
        "sources": sources(available),
        "groups": overlay["groups"],
        "android": android,
        "ios": overlay["ios"],
    }
    return catalogue, missing_tokens


def description(available: list[int]) -> str:
    gaps = ", ".join(str(lv) for lv in range(available[0], available[-1] + 1) if lv not in available)
    first, last = available[0], available[-1]
    parts = [
        "Android permissions and iOS usage-description keys with Chinese names for 获取的权限.",
        f"android: every permission AOSP defines at any API level {first}–{last} (union), plus a few",
        "well-known vendor permissions (protection_level normal, note 'vendor: …').",
        "protection_level / protection_flags are the newest AOSP definition split at '|' (base level first);",
        "api_added is the first level the permission appears at and api_removed the first level of the data",
        f"after its last appearance (null while still defined at {last}).",
        f"The data starts at API {first} and has no levels {gaps}, so values next to those gaps are bounds",
        "(see the entry notes).",
        "name_zh: the TC260 / community name from regulation.md §1.1–1.2 where there is one (variants in",
        "note), else AOSP's own zh-CN label, else a name composed from the constant (source says which).",
        "verified is false unless the Chinese name was confirmed against an official text: regulation.md",
        "marks every per-permission TC260 name as secondary (S) or unverified (U).",
        "sensitive: dangerous permissions plus the PI-relevant and compliance-relevant ones regulation.md",
        "§1.1 lists. pi164: PI type enumerated in 工信部〔2020〕164号 scenes. edu: default verdict for a",
        "学习教育类 app (opt = optional only, flag = needs justification).",
        "ios: Info.plist string keys from Apple's Information Property List reference; macOS-only keys and",
        "dictionary/array-valued keys are left out.",
        "Generated by tools/catalog/gen_permissions.py from tools/catalog/permissions_zh.yaml — edit the",
        "overlay, not this file.",
    ]
    return " ".join(parts)


def sources(available: list[int]) -> list[str]:
    first, last = available[0], available[-1]
    return [
        f"AOSP permission definitions (frameworks/base core/res/AndroidManifest.xml) for API {first}–{last}, "
        "as androguard 4.1.4 ships them: "
        "androguard/core/api_specific_resources/aosp_permissions/permissions_<level>.json "
        "(PyPI androguard==4.1.4)",
        "AOSP zh-CN permission labels: framework-res.apk (values-zh-rCN) of Debian package "
        "android-framework-res 10.0.0 (API 29); aosp platform_frameworks_base Android 15 "
        "core/res/res/values-zh-rCN/strings.xml for permissions added after API 29",
        "regulation.md §1.1 — TC260《网络安全标准实践指南—移动互联网应用程序(App)系统权限申请使用指南》"
        "(信安秘字[2020]59号, https://www.tc260.org.cn/front/postDetail.html?id=20200918163359) "
        "附录A.1 names as reproduced by PM (code-search file 26921606833) and "
        "FS 51958553934, 51803243406, 17377912989 (S); group names/order from the TC260 TOC copy "
        "http://bubsandbeans.com/paper/292933098.html (V)",
        "regulation.md §1.1 / §1.3 — 164号文 PI types (IMEI/IMSI/MAC/软件安装列表/位置/联系人/"
        "通话记录/日历/短信/本机电话号码/图片/音视频) via zhengjim/camille README",
        "regulation.md §1.2 — iOS labels from benderCode/benderCode.github.io reactnative/Authority.js, "
        "https://jishuzhan.net/article/1961308390405750785, "
        "https://www.cnblogs.com/xiaohuizhenyoucai/p/17678763.html, "
        "https://blog.csdn.net/weixin_34375233/article/details/87995723 (S)",
        "Apple Information Property List reference: "
        "https://developer.apple.com/documentation/bundleresources/information-property-list "
        "(key pages, e.g. .../nscalendarsfullaccessusagedescription, .../nsidentityusagedescription)",
        "Vendor permissions: Google Play services / Play Store documentation; MSA OAID SDK integration "
        "manifests (com.asus.msa.SupplementaryDID.ACCESS, freemme.permission.msa) seen in public code",
    ]


def render(catalogue: dict[str, Any]) -> str:
    dumped = yaml.safe_dump(catalogue, allow_unicode=True, sort_keys=False, width=120)
    body = str(dumped)
    return (
        "# GENERATED by tools/catalog/gen_permissions.py from AOSP data + tools/catalog/permissions_zh.yaml\n"
        "# Edit the overlay and re-run the generator; do not edit this file by hand.\n" + body
    )


def validate(text: str) -> None:
    sys.path.insert(0, str(ROOT))
    from scanner.catalog.schema import PermissionCatalogue

    PermissionCatalogue.model_validate(yaml.safe_load(text))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--aosp-dir", type=Path, help="folder with permissions_<level>.json (default: installed androguard)"
    )
    ap.add_argument("--overlay", type=Path, default=OVERLAY)
    ap.add_argument("--output", type=Path, default=OUTPUT)
    ap.add_argument("--allow-partial", action="store_true", help=f"accept data that stops before API {MAX_LEVEL}")
    args = ap.parse_args(argv)

    aosp_dir: Path = args.aosp_dir or default_aosp_dir()
    with args.overlay.open(encoding="utf-8") as fh:
        overlay = yaml.safe_load(fh)
    newest = max(int(m.group(1)) for p in aosp_dir.iterdir() if (m := _FILE_RE.match(p.name)))
    if newest < MAX_LEVEL and not args.allow_partial:
        raise SystemExit(f"{aosp_dir} stops at API {newest}; use androguard 4.1.4 data or --allow-partial")
    catalogue, missing = build(aosp_dir, overlay, partial=args.allow_partial)
    text = render(catalogue)
    validate(text)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(
        f"wrote {args.output}: {len(catalogue['android'])} android, {len(catalogue['ios'])} ios, "
        f"{len(catalogue['groups'])} groups",
        file=sys.stderr,
    )
    if missing:
        kept = " ".join(sorted(missing))
        print(f"words kept in English (add to tokens_zh if wanted): {kept}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
