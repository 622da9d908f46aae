"""HTML: one self-contained page a reviewer opens offline, prints, or reads on a phone.

Templates live in ``reports/html`` (found through ``scanner.paths.reports_dir()`` so the installed wheel
works). The page carries its CSS inline, no scripts and no external resources (a Content-Security-Policy meta
tag enforces it), and no timestamps, so the same result renders to the same bytes.
"""

from __future__ import annotations

from functools import cache
from typing import Any, ClassVar

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from scanner.i18n import category, in_lang, t
from scanner.model import Caller, Evidence, FeatureAnswer, ScanResult, SdkResult
from scanner.paths import reports_dir
from scanner.render.base import Lang


@cache
def _env() -> Environment:
    root = reports_dir()
    return Environment(
        loader=FileSystemLoader(str(root)),
        autoescape=select_autoescape(["html", "j2"], default_for_string=True, default=True),
        undefined=StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=False,
        keep_trailing_newline=True,
    )


def severity_counts(severities: list[str], lang: Lang) -> str:
    """ "高危 1 · 中危 2" style summary, worst first."""
    counts: dict[str, int] = {}
    for s in severities:
        counts[s] = counts.get(s, 0) + 1
    order = ("critical", "high", "medium", "low", "info")
    return " · ".join(f"{t('severity.' + s, lang)} {counts[s]}" for s in order if s in counts)


def evidence_line(e: Evidence) -> str:
    """One line per piece of evidence: file, class.method, matched string, detail."""
    where = e.class_name or ""
    if e.method:
        where = f"{where}.{e.method.split('(')[0]}" if where else e.method.split("(")[0]
    parts = [p for p in (e.file, where, e.string, e.detail) if p]
    return " · ".join(parts) or "—"


class _View:
    """Small helpers the template calls; they read only the result."""

    def __init__(self, result: ScanResult, lang: Lang) -> None:
        self.r = result
        self.lang = lang
        self.zh = lang == "zh"
        a = result.app
        self.app_name = (a.name_zh or a.name) if self.zh else (a.name or a.name_zh)
        self.app_name = self.app_name or a.id or result.package.name
        self.security = [f for f in result.findings if f.category != "filing"]
        self.flag_counts = severity_counts([f.severity for f in result.filing.flags], lang)
        self.finding_counts = severity_counts([f.severity for f in self.security], lang)
        self.sensitive = sum(1 for p in result.permissions if p.sensitive)
        f = result.filing
        self.permissions_text = f.permissions_text_zh if self.zh else f.permissions_text_en
        self.features: list[tuple[str, FeatureAnswer]] = []
        if f.features is not None:
            self.features = [
                (k, getattr(f.features, k)) for k in ("forum", "payment", "live_streaming", "k12_tutoring")
            ]

    def pick(self, zh: str | None, en: str | None) -> str:
        """The text in the report language, the other one when it is missing."""
        return in_lang(self.lang, zh, en)

    def ev(self, e: Evidence) -> str:
        return evidence_line(e)

    def category(self, c: str) -> str:
        return category(c, self.lang)

    def answer(self, a: str | None) -> str:
        return t(a, self.lang) if a else "—"

    def owner(self, c: Caller) -> str:
        label = t(f"owner.{c.owner}", self.lang)
        return f"{label} {c.sdk}" if c.sdk else label

    def sdk_evidence(self, s: SdkResult, limit: int = 5) -> list[str]:
        """Example classes, native libraries, frameworks, components and assets, without repeats."""
        ev = s.evidence
        seen: dict[str, None] = {}
        for item in (*ev.example_classes[:3], *ev.native_libs, *ev.frameworks, *ev.components, *ev.assets):
            seen.setdefault(item, None)
        return list(seen)[:limit]

    def caller(self, c: Caller) -> str:
        m = (c.method or "").split("(")[0]
        return f"{c.class_name}.{m}" if c.class_name and m else (c.class_name or c.file or "—")


class HtmlRenderer:
    name: ClassVar[str] = "html"
    extension: ClassVar[str] = "html"

    def render(self, result: ScanResult, lang: Lang) -> str:
        env = _env()
        css = (reports_dir() / "html" / "report.css").read_text(encoding="utf-8")
        template = env.get_template("html/report.html.j2")
        context: dict[str, Any] = {
            "r": result,
            "v": _View(result, lang),
            "t": lambda key: t(key, lang),
            "css": css.strip(),
        }
        return template.render(**context)
