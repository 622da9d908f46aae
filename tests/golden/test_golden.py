"""Golden files: every registered format (and the diff formats) rendered from a fixed result, byte for byte.

Regenerate after an intended change with ``EDUSCAN_UPDATE_GOLDEN=1 pytest tests/golden`` and review the diff
of tests/golden/<format>/ like code.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from scanner.filing.diff import diff_results
from scanner.model import ScanResult
from scanner.render.base import FORMATS, renderers
from scanner.render.diff import DIFF_FORMATS, render_diff
from tests.golden.fixed_result import fixed_result

HERE = Path(__file__).parent
UPDATE = os.environ.get("EDUSCAN_UPDATE_GOLDEN", "") not in ("", "0")
LANGS = ("zh", "en")


def _check(path: Path, text: str) -> None:
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"golden file {path.relative_to(HERE)} missing: run EDUSCAN_UPDATE_GOLDEN=1 pytest tests/golden")
    want = path.read_text(encoding="utf-8")
    assert text == want, f"{path.relative_to(HERE)} differs; if intended, regenerate with EDUSCAN_UPDATE_GOLDEN=1"


def test_registry_matches_formats() -> None:
    """--format choices and the renderer registry cannot drift apart."""
    assert tuple(renderers()) == FORMATS


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_golden(fmt: str, lang: str) -> None:
    renderer = renderers()[fmt]
    text = renderer.render(fixed_result(), lang)  # type: ignore[arg-type]
    assert text == renderer.render(fixed_result(), lang), "rendering is not deterministic"  # type: ignore[arg-type]
    _check(HERE / fmt / f"fixed.{lang}.{renderer.extension}", text)


@pytest.mark.parametrize("fmt", FORMATS)
def test_golden_minimal(fmt: str) -> None:
    """A result with nothing in it (no SDKs, no findings, no gating) renders too."""
    minimal = ScanResult.model_validate(
        {
            "tool": {"version": "0.0.0-golden"},
            "package": {"path": "empty.apk", "name": "empty.apk", "sha256": "00" * 32, "size": 1, "format": "apk"},
            "app": {"platform": "android", "id": "cn.example.empty"},
        }
    )
    renderer = renderers()[fmt]
    _check(HERE / fmt / f"minimal.zh.{renderer.extension}", renderer.render(minimal, "zh"))


def _old_version() -> ScanResult:
    old = fixed_result(gating=False, declared=False)
    old.package.name = "homework-2.2.0.apk"
    old.package.sha256 = "cd" * 32
    old.app.version_name = "2.2.0"
    old.app.version_code = "220"
    assert old.filing.form is not None and old.filing.features is not None
    old.filing.form.version = "2.2.0"
    old.sdks = [s for s in old.sdks if s.id != "tencent-gdt"]
    old.permissions = [p for p in old.permissions if p.id != "android.permission.READ_PHONE_STATE"]
    old.filing.features.payment.answer = "no"
    old.filing.flags = [f for f in old.filing.flags if f.id != "filing-ads-sdk"]
    old.findings = [f for f in old.findings if f.rule_id != "android-min-sdk-outdated"]
    return old


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fmt", DIFF_FORMATS)
def test_golden_diff(fmt: str, lang: str) -> None:
    d = diff_results(_old_version(), fixed_result(gating=False, declared=False))
    assert d.must_update
    ext = {"json": "json", "text": "txt", "md": "md"}[fmt]
    _check(HERE / "diff" / f"fixed.{lang}.{ext}", render_diff(d, fmt, lang))  # type: ignore[arg-type]
