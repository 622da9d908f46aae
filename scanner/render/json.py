"""JSON: the full result, stable key order, UTF-8 (Chinese kept readable)."""

from __future__ import annotations

from typing import ClassVar

from scanner.model import ScanResult
from scanner.render.base import Lang


class JsonRenderer:
    name: ClassVar[str] = "json"
    extension: ClassVar[str] = "json"

    def render(self, result: ScanResult, lang: Lang) -> str:
        return result.model_dump_json(indent=2) + "\n"
