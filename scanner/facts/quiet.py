"""Import androguard with its very chatty loguru logging switched off.

androguard 4 logs at DEBUG through loguru: 140k lines for one medium APK and a 1.8× slowdown
(../shared/docs/toolchain.md). Every module that needs androguard imports it from here.
"""

from __future__ import annotations

import contextlib
import io

from loguru import logger

logger.disable("androguard")

from androguard.core.axml import ARSCParser, AXMLPrinter  # noqa: E402


def parse_arsc(data: bytes) -> ARSCParser:
    """ARSCParser over ``data``. Its parser also ``print()``s a warning for a damaged complex entry straight to
    standard output, where it would corrupt the JSON result: that output is dropped."""
    with contextlib.redirect_stdout(io.StringIO()):
        return ARSCParser(data)


__all__ = ["ARSCParser", "AXMLPrinter", "parse_arsc"]
