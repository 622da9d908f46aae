"""Errors that end a scan, and the exit codes they map to.

Exit codes are part of the command-line contract (README, issue 2):
0 analysed, nothing at or above --fail-on; 1 findings at or above --fail-on; 2 usage or configuration
error; 3 a package could not be analysed.
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydantic import ValidationError


class ExitCode(IntEnum):
    OK = 0
    FINDINGS = 1
    USAGE = 2
    BAD_PACKAGE = 3


class EduscanError(Exception):
    """Base class: carries a one-line, user-facing message (English; the CLI adds the Chinese line)."""

    exit_code: ExitCode = ExitCode.USAGE

    def __init__(self, message: str, message_zh: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.message_zh = message_zh


class ConfigError(EduscanError):
    """Bad command line, policy, baseline, declared-filing or rule file."""

    exit_code = ExitCode.USAGE


class PackageError(EduscanError):
    """The package cannot be analysed at all (not a zip, no manifest, zip bomb …)."""

    exit_code = ExitCode.BAD_PACKAGE

    def __init__(self, message: str, message_zh: str = "", *, code: str = "bad-package") -> None:
        super().__init__(message, message_zh)
        #: short machine-readable reason, e.g. "not-a-zip", "zip-bomb", "no-manifest"
        self.code = code


def first_problem(exc: ValidationError, top: str = "") -> tuple[str, str]:
    """(dotted location, message) of the first error pydantic lists: a ConfigError names one problem, the first.

    ``top`` stands for the location when the problem is the document itself (an empty path)."""
    first = exc.errors()[0]
    return ".".join(str(p) for p in first["loc"]) or top, str(first["msg"])
