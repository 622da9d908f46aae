"""Permissions measured against a 学习教育类 app, whose only necessary personal information is the phone number.

The verdict per permission (``edu: flag | opt``) lives in the permission catalogue, which facts do not carry
(facts know no catalogues), so this check looks it up. It reads the bundled catalogue: a ``--rules`` directory
with its own catalogue changes SDK and API matching but not these verdicts.
"""

from __future__ import annotations

from scanner.catalog.load import load_catalogues
from scanner.facts.model import Facts, PermissionRequest
from scanner.model import Evidence
from scanner.rules.engine import Hit
from scanner.rules.schema import Rule


def _requested(facts: Facts, verdict: str) -> list[tuple[PermissionRequest, str, str]]:
    cats = load_catalogues()
    table = cats.android_permissions if facts.app.platform == "android" else cats.ios_permissions
    out: list[tuple[PermissionRequest, str, str]] = []
    seen: set[str] = set()
    for p in sorted(facts.permissions, key=lambda p: p.id):
        entry = table.get(p.id)
        if entry is None or entry.edu != verdict or p.id in seen:
            continue
        # <uses-permission android:maxSdkVersion> below the app's minimum: never granted on a supported device.
        if p.max_sdk is not None and facts.app.min_sdk is not None and p.max_sdk < facts.app.min_sdk:
            continue
        seen.add(p.id)
        out.append((p, entry.name_zh, entry.name_en))
    return out


def _hit(perms: list[tuple[PermissionRequest, str, str]]) -> list[Hit]:
    if not perms:
        return []
    evidence = [
        Evidence(
            file=p.location.file or ("AndroidManifest.xml" if p.id.startswith(("android.", "com.")) else "Info.plist"),
            string=p.id,
            detail=p.location.detail or f"{zh} / {en}",
        )
        for p, zh, en in perms
    ]
    return [
        Hit(
            item=None,
            evidence=evidence,
            values={
                "count": len(perms),
                "names_zh": "、".join(zh for _, zh, _ in perms),
                "names": ", ".join(en for _, _, en in perms),
                "ids": ", ".join(p.id.rsplit(".", 1)[-1] for p, _, _ in perms),
            },
        )
    ]


def edu_flag_permissions(facts: Facts, rule: Rule) -> list[Hit]:
    """Permissions the catalogue marks ``edu: flag``: need an explicit justification on the filing."""
    return _hit(_requested(facts, "flag"))


def edu_optional_permissions(facts: Facts, rule: Rule) -> list[Hit]:
    """Permissions marked ``edu: opt``: acceptable only as optional, asked when the feature is used."""
    return _hit(_requested(facts, "opt"))
