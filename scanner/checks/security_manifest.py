"""Manifest checks that join two collections, which a data rule cannot: a component and the permission guarding it.

An exported component "protected" by a permission is only protected if other apps cannot simply ask for that
permission. A permission the app declares with protectionLevel normal (granted at install to anyone) or
dangerous (granted by one tap) protects nothing against a malicious app; one the app uses but nobody in the
package declares can be declared first by another app ("permission squatting"), which then sets its level.
"""

from __future__ import annotations

from scanner.facts.model import Component, Facts
from scanner.rules.conditions import matches
from scanner.rules.engine import Hit
from scanner.rules.schema import Rule

#: Permission namespaces the platform (or a system app) defines: their levels are not the app's to choose.
_PLATFORM = ("android.permission.", "com.android.", "android.", "com.google.android.")


def _guard(c: Component) -> str | None:
    return c.permission or c.write_permission or c.read_permission


def weak_permission_components(facts: Facts, rule: Rule) -> list[Hit]:
    """Exported components (matching the rule's ``where``) whose permission is normal, dangerous or undeclared."""
    declared = {p.id: p.protection_level for p in facts.declared_permissions}
    hits: list[Hit] = []
    for c in facts.components:
        perm = _guard(c)
        if not perm or not c.exported or not c.enabled or not matches(c, rule.where):
            continue
        level = declared.get(perm)
        if level is None:
            if perm.startswith(_PLATFORM):
                continue
            level = "undeclared"
        if level not in ("normal", "dangerous", "undeclared"):
            continue
        hits.append(
            Hit(
                item=c,
                values={
                    "guard": perm,
                    "level": level,
                    "level_zh": {"normal": "normal（普通）", "dangerous": "dangerous（危险）"}.get(
                        level, "未在本应用中声明"
                    ),
                },
            )
        )
    return hits
