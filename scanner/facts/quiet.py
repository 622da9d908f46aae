"""Import androguard with its very chatty loguru logging switched off.

androguard 4 logs at DEBUG through loguru: 140k lines for one medium APK and a 1.8× slowdown
(../shared/docs/toolchain.md). Every module that needs androguard imports it from here.
"""

from __future__ import annotations

from loguru import logger

logger.disable("androguard")

from androguard.core.axml import ARSCParser, AXMLPrinter  # noqa: E402

__all__ = ["ARSCParser", "AXMLPrinter"]
