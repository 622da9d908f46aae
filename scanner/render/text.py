"""A readable terminal summary (the full result is in the JSON)."""

from __future__ import annotations

from typing import ClassVar

from scanner.i18n import category, t
from scanner.model import ScanResult
from scanner.render.base import Lang

MAX_FINDINGS = 25


class TextRenderer:
    name: ClassVar[str] = "text"
    extension: ClassVar[str] = "txt"

    def render(self, result: ScanResult, lang: Lang) -> str:
        zh = lang == "zh"
        a = result.app
        lines: list[str] = []
        name = (a.name_zh or a.name) if zh else (a.name or a.name_zh)
        lines.append(f"{name or '?'} ({a.id or '?'}) {a.version_name or ''} · {a.platform} · {result.package.name}")
        lines.append(f"SHA-256 {result.package.sha256}")
        f = result.filing
        lines.append("")
        lines.append(f"{t('permissions', lang)}: {f.permissions_text_zh if zh else f.permissions_text_en}")
        if f.features:
            parts = []
            limits = []
            for key in ("forum", "payment", "live_streaming", "k12_tutoring"):
                ans = getattr(f.features, key)
                parts.append(f"{t(key, lang)} {t(ans.answer, lang)}")
                if ans.answer in ("likely", "unknown"):
                    limits.append(f"  · {t(key, lang)}: {(ans.limit_zh if zh else ans.limit) or ans.limit}")
            lines.append(f"{t('features', lang)}: " + " / ".join(parts))
            if limits:
                lines.append(f"  ({t('static_limit', lang)})")
                lines.extend(limits)
        nums = [n for n in f.numbers if n.kind in ("edu-filing", "icp-filing")]
        edu = [n.value for n in nums if n.kind == "edu-filing"]
        icp = [n.value for n in nums if n.kind == "icp-filing"]
        lines.append(
            f"{t('edu-filing', lang)}: {', '.join(edu) or t('none_found', lang)}; "
            f"{t('icp-filing', lang)}: {', '.join(icp) or t('none_found', lang)}"
        )
        lines.append("")
        lines.append(f"{t('sdks', lang)} ({len(result.sdks)}):")
        for s in result.sdks:
            cats = ", ".join(category(c, lang) for c in s.categories)
            nm = s.name_zh if zh else s.name
            lines.append(f"  - {nm} [{cats}] {t('confidence', lang)} {s.confidence}")
        lines.append(f"{t('apis', lang)} ({len(result.apis)}):")
        for api in result.apis:
            owners = sorted({(c.owner, c.sdk or "") for c in api.callers})
            who = ", ".join(t(f"owner.{o}", lang) + (f" {sdk}" if sdk else "") for o, sdk in owners)
            first = api.callers[0] if api.callers else None
            where = f" — {first.class_name}.{(first.method or '').split('(')[0]}" if first and first.class_name else ""
            lines.append(f"  - {api.name_zh if zh else api.name}: {who}{where}")
        if f.flags:
            lines.append("")
            lines.append(f"{t('flags', lang)} ({len(f.flags)}):")
            for fl in f.flags:
                ev = fl.evidence[0] if fl.evidence else None
                where = ""
                if ev:
                    where = (
                        " — "
                        + (" ".join(p for p in (ev.class_name or ev.file, ev.string) if p) or ev.detail or "")[:100]
                    )
                lines.append(f"  [{t('severity.' + fl.severity, lang)}] {fl.title_zh if zh else fl.title}{where}")
        if f.declared is not None:
            lines.append("")
            lines.append(
                f"{t('declared', lang)} ({f.declared.source}): {f.declared.mismatches} {t('mismatches', lang)}"
            )
            for item in f.declared.items:
                if item.status == "match":
                    continue
                label = (item.name_zh if zh else item.name) or item.key
                filed, seen = item.declared or "—", item.detected or "—"
                if item.kind == "feature":
                    filed, seen = t(filed, lang), t(seen, lang)
                lines.append(
                    f"  [{t('status.' + item.status, lang)}] {t('kind.' + item.kind, lang)} {label}: "
                    f"{t('declared_value', lang)} {filed} / {t('detected_value', lang)} {seen}"
                )
        security = [x for x in result.findings if x.category != "filing"]
        lines.append("")
        counts: dict[str, int] = {}
        for x in security:
            counts[x.severity] = counts.get(x.severity, 0) + 1
        summary = ", ".join(
            f"{t('severity.' + s, lang)} {counts[s]}"
            for s in ("critical", "high", "medium", "low", "info")
            if s in counts
        )
        lines.append(f"{t('findings', lang)} ({len(security)}): {summary or t('no_findings', lang)}")
        for x in security[:MAX_FINDINGS]:
            ev = x.evidence[0] if x.evidence else None
            where = ""
            if ev:
                where = " — " + " ".join(p for p in (ev.file, ev.class_name, ev.method, ev.string) if p)[:140]
            lines.append(f"  [{t('severity.' + x.severity, lang)}] {x.rule_id}: {x.title_zh if zh else x.title}{where}")
        if len(security) > MAX_FINDINGS:
            more = len(security) - MAX_FINDINGS
            lines.append(f"  … +{more}")
        g = result.gating
        if g is not None:
            lines.append("")
            threshold = t(f"severity.{g.fail_on}", lang) if g.fail_on != "never" else t("never", lang)
            state = t("gate.fail" if g.failing else "gate.pass", lang)
            parts = [
                f"{t('gating', lang)}: {state}",
                f"{t('fail_on', lang)} {threshold}",
                f"{t('failing', lang)} {g.failing}",
            ]
            if g.baseline:
                parts.append(f"{t('suppressed', lang)} {len(g.suppressed)}")
                parts.append(f"{t('expired', lang)} {len(g.expired)}")
            if g.disabled_rules:
                parts.append(f"{t('disabled_rules', lang)} {len(g.disabled_rules)}")
            lines.append(" · ".join(parts))
            for sup in g.expired:
                lines.append(
                    f"  [{t('expired', lang)}] {sup.rule_id} {sup.fingerprint[:12]} ({sup.expires}): {sup.reason}"
                )
        if result.errors:
            lines.append("")
            lines.append(f"{t('errors', lang)}:")
            for e in result.errors:
                lines.append(f"  - {e.part}: {e.message_zh if zh and e.message_zh else e.message}")
        return "\n".join(lines) + "\n"
