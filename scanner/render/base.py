"""The renderer interface and registry."""

from __future__ import annotations

from typing import ClassVar, Protocol

from scanner.i18n import Lang
from scanner.model import ScanResult

__all__ = ["FORMATS", "Lang", "Renderer", "renderers"]


class Renderer(Protocol):
    """A report format: a name for --format, a file extension for -o, and ScanResult → text."""

    name: ClassVar[str]
    extension: ClassVar[str]

    def render(self, result: ScanResult, lang: Lang) -> str: ...


def renderers() -> dict[str, Renderer]:
    """Every renderer by format name, imported on first use rather than when the command line starts."""
    from scanner.render.html import HtmlRenderer
    from scanner.render.json import JsonRenderer
    from scanner.render.markdown import MarkdownRenderer
    from scanner.render.sarif import SarifRenderer
    from scanner.render.text import TextRenderer

    items: list[Renderer] = [JsonRenderer(), TextRenderer(), HtmlRenderer(), SarifRenderer(), MarkdownRenderer()]
    return {r.name: r for r in items}


#: Every format ``--format`` accepts; a test checks it equals the registry.
FORMATS: tuple[str, ...] = ("json", "text", "html", "sarif", "md")
