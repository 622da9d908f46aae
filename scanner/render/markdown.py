"""Markdown for merge-request comments (GitHub, GitLab): the form answers and flags first, in short tables.

A comment must be readable in a few seconds; the details (permissions, SDKs, APIs) fold into ``<details>`` and
the full evidence stays in the HTML and JSON reports.
"""

from __future__ import annotations

import re
from typing import ClassVar

from scanner.i18n import category, in_lang, t
from scanner.model import Evidence, ScanResult
from scanner.render.base import Lang
from scanner.render.html import evidence_line, severity_counts

MAX_FLAGS = 30
MAX_FINDINGS = 15
MAX_ROWS = 30


def cell(text: str | None, limit: int = 160) -> str:
    """A table cell: one line, pipes escaped, long text cut."""
    s = " ".join((text or "").split())
    if len(s) > limit:
        s = s[: limit - 1] + "…"
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;") or "—"


def code(text: str | None, limit: int = 90) -> str:
    s = " ".join((text or "").split())
    if not s:
        return "—"
    if len(s) > limit:
        s = s[: limit - 1] + "…"
    return "`" + s.replace("`", "'").replace("|", "\\|") + "`"


_DOC_NUMBER = re.compile(r"[（(]([^（）()]*〔\d{4}〕\d+号)[）)]")


def short_clause(text: str) -> str:
    """Each policy title cut to its document number (教技函〔2019〕55号) or standard number, for table cells."""
    parts = []
    for part in re.split(r"[；;]\s*", text):
        m = _DOC_NUMBER.search(part)
        if m:
            parts.append(m.group(1))
        elif part.startswith(("GB/T", "GB ")) and "《" in part:
            parts.append(part.split("《", 1)[0].strip())
        else:
            parts.append(part.strip())
    return "；".join(p for p in parts if p)


def _first_evidence(items: list[Evidence]) -> str:
    if not items:
        return "—"
    more = f" (+{len(items) - 1})" if len(items) > 1 else ""
    return code(evidence_line(items[0])) + more


class MarkdownRenderer:
    name: ClassVar[str] = "md"
    extension: ClassVar[str] = "md"

    def render(self, result: ScanResult, lang: Lang) -> str:
        zh = lang == "zh"

        def pick(zh_text: str | None, en_text: str | None) -> str:
            return in_lang(lang, zh_text, en_text)

        a = result.app
        f = result.filing
        name = pick(a.name_zh, a.name) or a.id or result.package.name
        platform = f.form.platform if f.form else a.platform
        out: list[str] = []
        out.append(f"### eduscan: {name} {a.version_name or ''}".rstrip())
        out.append("")
        out.append(
            f"{code(a.id or '?')} · {platform} · {code(result.package.name)} · "
            f"SHA-256 {code(result.package.sha256[:16])}"
        )
        out.append("")
        g = result.gating
        if g is not None:
            state = t("gate.fail" if g.failing else "gate.pass", lang)
            threshold = t(f"severity.{g.fail_on}", lang) if g.fail_on != "never" else t("never", lang)
            parts = [f"**{t('gating', lang)}: {state}**", f"{t('fail_on', lang)} {threshold}"]
            parts.append(f"{t('failing', lang)} {g.failing}")
            if g.baseline:
                parts.append(f"{t('suppressed', lang)} {len(g.suppressed)}")
                if g.expired:
                    parts.append(f"{t('expired', lang)} {len(g.expired)}")
            out.append(" · ".join(parts))
            out.append("")
        if f.features is not None:
            keys = ("forum", "payment", "live_streaming", "k12_tutoring")
            out.append(f"**{t('features', lang)}**")
            out.append("")
            out.append("| " + " | ".join(t(k, lang) for k in keys) + " |")
            out.append("|" + "---|" * len(keys))
            out.append("| " + " | ".join(f"**{t(getattr(f.features, k).answer, lang)}**" for k in keys) + " |")
            notes = []
            for k in keys:
                ans = getattr(f.features, k)
                if ans.answer in ("likely", "unknown"):
                    notes.append(f"{t(k, lang)}: {cell(pick(ans.limit_zh, ans.limit), 200)}")
            if notes:
                out.append("")
                out.append(f"<sub>{t('static_limit', lang)} — " + "；".join(notes) + "</sub>")
            out.append("")
        edu = [n.value for n in f.numbers if n.kind == "edu-filing"]
        icp = [
            n.value + f" ({t('app_filing' if n.app_filing else 'website_filing', lang)})"
            for n in f.numbers
            if n.kind == "icp-filing"
        ]
        none = t("none_found", lang)
        out.append(
            f"**{t('numbers', lang)}**: {t('edu-filing', lang)} {cell(', '.join(edu)) if edu else none}; "
            f"{t('icp-filing', lang)} {cell(', '.join(icp)) if icp else none}"
        )
        out.append("")
        counts = severity_counts([x.severity for x in f.flags], lang)
        out.append(f"**{t('flags', lang)} ({len(f.flags)})**" + (f": {counts}" if counts else ""))
        out.append("")
        if f.flags:
            out.append(f"| {t('severity', lang)} | {t('flags', lang)} | {t('clause', lang)} | {t('evidence', lang)} |")
            out.append("|---|---|---|---|")
            for fl in f.flags[:MAX_FLAGS]:
                out.append(
                    f"| {t('severity.' + fl.severity, lang)} | {cell(pick(fl.title_zh, fl.title))} | "
                    f"{cell(short_clause(pick(fl.clause_zh, fl.clause)), 100)} | {_first_evidence(fl.evidence)} |"
                )
            if len(f.flags) > MAX_FLAGS:
                out.append(f"| … | +{len(f.flags) - MAX_FLAGS} | | |")
        else:
            out.append(t("no_flags", lang))
        out.append("")
        if f.declared is not None:
            bad = [i for i in f.declared.items if i.status != "match"]
            out.append(
                f"**{t('declared', lang)}** ({cell(f.declared.source)}): "
                f"{f.declared.mismatches} {t('mismatches', lang)}"
            )
            out.append("")
            if bad:
                out.append(
                    f"| {t('category', lang)} | {t('name', lang)} | {t('declared_value', lang)} | "
                    f"{t('detected_value', lang)} | {t('status', lang)} |"
                )
                out.append("|---|---|---|---|---|")
                for i in bad[:MAX_ROWS]:
                    out.append(
                        f"| {t('kind.' + i.kind, lang)} | {cell(pick(i.name_zh, i.name))} | {cell(i.declared)} | "
                        f"{cell(i.detected)} | {t('status.' + i.status, lang)} |"
                    )
                out.append("")
        security = [x for x in result.findings if x.category != "filing"]
        counts = severity_counts([x.severity for x in security], lang)
        out.append(f"**{t('findings', lang)} ({len(security)})**" + (f": {counts}" if counts else ""))
        out.append("")
        if security:
            out.append(f"| {t('severity', lang)} | {t('rule', lang)} | {t('name', lang)} | {t('where', lang)} |")
            out.append("|---|---|---|---|")
            for x in security[:MAX_FINDINGS]:
                out.append(
                    f"| {t('severity.' + x.severity, lang)} | {code(x.rule_id)} | {cell(pick(x.title_zh, x.title))} | "
                    f"{_first_evidence(x.evidence)} |"
                )
            if len(security) > MAX_FINDINGS:
                out.append(f"| … | +{len(security) - MAX_FINDINGS} | | |")
            out.append("")
        out.append(
            f"<details><summary>{t('permissions', lang)} ({len(result.permissions)}) · {t('sdks', lang)} "
            f"({len(result.sdks)}) · {t('apis', lang)} ({len(result.apis)})</summary>"
        )
        out.append("")
        out.append(cell(f.permissions_text_zh if zh else f.permissions_text_en, 2000))
        out.append("")
        if result.sdks:
            out.append(f"| {t('sdks', lang)} | {t('vendor', lang)} | {t('category', lang)} | {t('confidence', lang)} |")
            out.append("|---|---|---|---|")
            for s in result.sdks[:MAX_ROWS]:
                cats = ", ".join(category(c, lang) for c in s.categories)
                out.append(f"| {cell(pick(s.name_zh, s.name))} | {cell(s.vendor)} | {cell(cats)} | {s.confidence} |")
            out.append("")
        if result.apis:
            out.append(f"| {t('apis', lang)} | {t('callers', lang)} |")
            out.append("|---|---|")
            for api in result.apis[:MAX_ROWS]:
                owners = sorted({(c.owner, c.sdk or "") for c in api.callers})
                who = ", ".join(t(f"owner.{o}", lang) + (f" {sdk}" if sdk else "") for o, sdk in owners)
                out.append(f"| {cell(pick(api.name_zh, api.name))} | {cell(who)} |")
            out.append("")
        out.append("</details>")
        out.append("")
        footer = t("generated_by", lang).format(v=result.tool.version)
        out.append(f"<sub>{footer} · {t('static_scan_note', lang)}</sub>")
        return "\n".join(out) + "\n"
