"""获取的权限: the requested permissions as a reviewer writes them on the filing form.

Grouped by the TC260 permission groups in the guide's order, sensitive groups first; within a group the
catalogue's Chinese names; permissions outside the catalogue are listed by their id at the end.
"""

from __future__ import annotations

from collections.abc import Sequence

from scanner.catalog.load import Catalogues
from scanner.facts.model import PermissionRequest
from scanner.model import Permission


def permission_results(requests: Sequence[PermissionRequest], cats: Catalogues, platform: str) -> list[Permission]:
    """Requested permissions with their catalogue names and groups, sensitive first (the result's ``permissions``)."""
    out: dict[str, Permission] = {}
    for req in requests:
        if req.id in out:
            continue
        entry = cats.android_permissions.get(req.id) if platform == "android" else cats.ios_permissions.get(req.id)
        if entry is None:
            out[req.id] = Permission(
                id=req.id,
                name_zh=req.id,
                name_en=req.id,
                known=False,
                max_sdk=req.max_sdk,
                implied=req.implied,
                usage_description=req.usage_description,
                source=req.source,
            )
            continue
        group = cats.groups.get(entry.group) if entry.group else None
        out[req.id] = Permission(
            id=req.id,
            name_zh=entry.name_zh,
            name_en=entry.name_en,
            group=entry.group,
            group_zh=group.name_zh if group else None,
            protection_level=getattr(entry, "protection_level", None),
            sensitive=entry.sensitive,
            known=True,
            verified=entry.verified,
            edu=entry.edu,
            implied=req.implied,
            max_sdk=req.max_sdk,
            usage_description=req.usage_description,
            source=req.source,
        )
    return sorted(out.values(), key=lambda p: (not p.sensitive, p.group or "~", p.id))


def _group_order(cats: Catalogues) -> dict[str, int]:
    return {g.id: i for i, g in enumerate(cats.permissions.groups)}


def permissions_text(perms: Sequence[Permission], cats: Catalogues) -> tuple[str, str]:
    """(Chinese text, English text) for the filing form."""
    order = _group_order(cats)
    known = [p for p in perms if p.known]
    unknown = sorted(p.id for p in perms if not p.known)
    grouped: dict[str | None, list[Permission]] = {}
    for p in known:
        grouped.setdefault(p.group, []).append(p)

    def group_key(g: str | None) -> tuple[int, int]:
        members = grouped[g]
        sensitive = any(m.sensitive for m in members)
        return (0 if sensitive else 1, order.get(g, 999) if g else 1000)

    zh_parts: list[str] = []
    en_parts: list[str] = []
    for g in sorted(grouped, key=group_key):
        members = sorted(grouped[g], key=lambda p: (not p.sensitive, p.id))
        names_zh = "、".join(dict.fromkeys(m.name_zh for m in members))
        names_en = ", ".join(dict.fromkeys(m.name_en for m in members))
        if g and g in cats.groups:
            zh_parts.append(f"{cats.groups[g].name_zh}：{names_zh}")
            en_parts.append(f"{cats.groups[g].name_en}: {names_en}")
        else:
            zh_parts.append(f"其他权限：{names_zh}")
            en_parts.append(f"Other: {names_en}")
    if unknown:
        zh_parts.append("未收录的权限：" + "、".join(unknown))
        en_parts.append("Not in catalogue: " + ", ".join(unknown))
    if not zh_parts:
        return "未申请任何权限", "No permissions requested"
    n_sensitive = sum(1 for p in perms if p.sensitive)
    zh = f"共{len(perms)}项（敏感权限{n_sensitive}项）。" + "；".join(zh_parts) + "。"
    en = f"{len(perms)} permissions ({n_sensitive} sensitive). " + "; ".join(en_parts) + "."
    return zh, en
