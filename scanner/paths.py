"""Where the data that ships with eduscan lives: in the wheel (scanner/_data/…) or in a checkout (../rules)."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """``rules`` or ``reports``: the installed copy first, the source tree otherwise."""
    installed = _HERE / "_data" / name
    if installed.is_dir():
        return installed
    return _HERE.parent / name


def rules_dir() -> Path:
    return data_dir("rules")


def reports_dir() -> Path:
    return data_dir("reports")
