"""Renderers for ``eduscan diff``: JSON (the DiffResult contract), a terminal summary, and Markdown for MRs."""

from __future__ import annotations

from scanner.filing.diff import Change, DiffResult
from scanner.i18n import t
from scanner.render.base import Lang
from scanner.render.markdown import cell, code

DIFF_FORMATS: tuple[str, ...] = ("json", "text", "md")
_KIND_ORDER = ("form", "permission", "sdk", "feature", "api", "flag", "finding", "number")


def _label(c: Change, lang: Lang) -> str:
    name = (c.name_zh if lang == "zh" else c.name) or c.name or c.name_zh
    if c.kind in ("permission", "sdk", "api", "flag", "finding") and name and name != c.id:
        return f"{name} ({c.id})"
    return name or c.id


def _value(c: Change, v: str | None, lang: Lang) -> str:
    if v is None:
        return "—"
    return t(v, lang) if c.kind == "feature" else v


def _side(d: DiffResult, which: str, lang: Lang) -> str:
    s = d.old if which == "old" else d.new
    return f"{s.app_name or '?'} {s.version_name or '?'} ({s.version_code or '?'}) · {s.name} · {s.sha256[:12]}"


def render_diff(d: DiffResult, fmt: str, lang: Lang) -> str:
    """The diff in ``fmt`` (json, text or md)."""
    if fmt == "json":
        return d.model_dump_json(indent=2) + "\n"
    if fmt == "md":
        return _markdown(d, lang)
    if fmt == "text":
        return _text(d, lang)
    raise ValueError(f"unknown diff format {fmt!r}")


def _verdict(d: DiffResult, lang: Lang) -> list[str]:
    out = [t("must_update" if d.must_update else "no_update", lang)]
    for r in d.reasons_zh if lang == "zh" else d.reasons:
        out.append(f"  - {r}")
    return out


def _text(d: DiffResult, lang: Lang) -> str:
    lines = [
        f"{t('diff_title', lang)}",
        f"  {t('old', lang)}: {_side(d, 'old', lang)}",
        f"  {t('new', lang)}: {_side(d, 'new', lang)}",
    ]
    if not d.same_app:
        lines.append(f"  ! {t('different_apps', lang)}")
    lines.append("")
    lines.extend(_verdict(d, lang))
    lines.append("")
    if not d.changes:
        lines.append(t("no_changes", lang))
    for kind in _KIND_ORDER:
        items = [c for c in d.changes if c.kind == kind]
        if not items:
            continue
        lines.append(f"{t('kind.' + kind, lang)}:")
        for c in items:
            mark = {"added": "+", "removed": "-", "changed": "~"}[c.change]
            tail = f": {_value(c, c.before, lang)} → {_value(c, c.after, lang)}" if c.change == "changed" else ""
            refile = f"  [{t('refile', lang)}]" if c.refile else ""
            lines.append(f"  {mark} {_label(c, lang)}{tail}{refile}")
    return "\n".join(lines) + "\n"


def _markdown(d: DiffResult, lang: Lang) -> str:
    verdict = t("must_update" if d.must_update else "no_update", lang)
    out = [
        f"### eduscan {t('diff_title', lang)}: {cell(d.new.app_name or d.new.app_id)} "
        f"{cell(d.old.version_name)} → {cell(d.new.version_name)}",
        "",
        f"**{verdict}**",
        "",
    ]
    for r in d.reasons_zh if lang == "zh" else d.reasons:
        out.append(f"- {cell(r, 300)}")
    if d.reasons:
        out.append("")
    if not d.same_app:
        out += [f"> {t('different_apps', lang)}: {code(d.old.app_id)} / {code(d.new.app_id)}", ""]
    out += [
        f"| | {t('old', lang)} | {t('new', lang)} |",
        "|---|---|---|",
        f"| {t('version', lang)} | {cell(d.old.version_name)} ({cell(d.old.version_code)}) | "
        f"{cell(d.new.version_name)} ({cell(d.new.version_code)}) |",
        f"| {t('package_file', lang)} | {code(d.old.name)} | {code(d.new.name)} |",
        f"| SHA-256 | {code(d.old.sha256[:16])} | {code(d.new.sha256[:16])} |",
        "",
    ]
    if not d.changes:
        out.append(t("no_changes", lang))
    else:
        out.append(
            f"| {t('category', lang)} | {t('change.changed', lang)} | {t('name', lang)} | "
            f"{t('before', lang)} → {t('after', lang)} | {t('refile', lang)} |"
        )
        out.append("|---|---|---|---|---|")
        for kind in _KIND_ORDER:
            for c in (c for c in d.changes if c.kind == kind):
                values = f"{cell(_value(c, c.before, lang))} → {cell(_value(c, c.after, lang))}"
                out.append(
                    f"| {t('kind.' + kind, lang)} | {t('change.' + c.change, lang)} | {cell(_label(c, lang))} | "
                    f"{values if c.change == 'changed' else ''} | {'✔' if c.refile else ''} |"
                )
    out.append("")
    return "\n".join(out)
