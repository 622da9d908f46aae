"""关联启动: code that starts another app's components, found from constant package names at call sites.

Starting a component needs the other app's package name; when it is a constant in the calling method the call
is an associated start. ``PackageManager.getLaunchIntentForPackage`` exists only to launch other apps, so its
call sites count whatever the argument. How often an app does it (what 164号文 calls 频繁) is a run-time matter.
"""

from __future__ import annotations

import re
from collections import defaultdict

from scanner.checks.filing_calls import owner_label
from scanner.facts.model import CodeCall, Facts
from scanner.model import location_evidence
from scanner.rules.engine import Hit
from scanner.rules.schema import Rule

_PACKAGE = re.compile(r"^[A-Za-z][\w]*(\.[A-Za-z_][\w]*)+$")
_LAUNCH = "Landroid/content/pm/PackageManager;->getLaunchIntentForPackage"
#: Calls whose first constant argument is a package name only when a second (the class name) follows.
_PAIRED = ("Landroid/content/ComponentName;-><init>", "Landroid/content/Intent;->setClassName")
_SYSTEM = ("android", "com.android.", "com.google.android.", "androidx.")


def _other_package(call: CodeCall, own: str | None) -> str | None:
    consts = [s for s in call.string_args if s]
    if call.target == _LAUNCH:
        return consts[0] if consts else "?"
    if call.target in _PAIRED:
        if len(consts) < 2 or not _PACKAGE.match(consts[0]):
            return None
        pkg = consts[0]
    else:  # Intent.setPackage(String)
        if not consts or not _PACKAGE.match(consts[0]):
            return None
        pkg = consts[0]
    if own and (pkg == own or pkg.startswith(own + ".")):
        return None
    if pkg == "android" or pkg.startswith(_SYSTEM):
        return None
    # Placeholders, not targets: GCM's "com.google.example.invalidpackage" identifies the caller, starts nothing.
    if ".example." in pkg or "invalid" in pkg:
        return None
    return pkg


def associated_start(facts: Facts, rule: Rule) -> list[Hit]:
    """One hit per SDK (or the app) whose code starts other apps, listing the target packages."""
    targets = set(rule.needs.methods)
    groups: dict[str, list[tuple[CodeCall, str]]] = defaultdict(list)
    for call in facts.calls:
        if call.kind != "method" or call.target not in targets or call.owner == "library":
            continue
        pkg = _other_package(call, facts.app.id)
        if pkg is not None:
            groups[call.sdk or call.owner].append((call, pkg))
    names = {s.id: (s.name, s.name_zh) for s in facts.sdks}
    hits: list[Hit] = []
    for _, items in sorted(groups.items()):
        items.sort(key=lambda t: (t[1], t[0].caller_class, t[0].caller_method))
        first = items[0][0]
        who, who_zh = owner_label(first.owner, first.sdk, names)
        packages = sorted({p for _, p in items if p != "?"})
        evidence = []
        for call, pkg in items[:20]:
            ev = location_evidence(call.location)
            ev.string = pkg if pkg != "?" else None
            ev.detail = call.target.split(";->")[-1]
            evidence.append(ev)
        hits.append(
            Hit(
                item=first,
                evidence=evidence,
                values={
                    "who": who,
                    "who_zh": who_zh,
                    "packages": ", ".join(packages) or "(computed at run time)",
                    "packages_zh": "、".join(packages) or "（运行时确定）",
                    "count": len(items),
                },
                owner=first.owner,
                sdk=first.sdk,
            )
        )
    return hits
