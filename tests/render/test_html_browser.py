"""The HTML report in a real browser (Debian's headless Chromium): it renders, logs no console or script
errors (the page's CSP would log any blocked resource), and the form answers and flags are visible in Chinese."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from scanner.model import ScanResult
from scanner.render.html import HtmlRenderer
from tests.conftest import sample
from tests.golden.fixed_result import fixed_result

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
]


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    pytest.skip("no headless Chromium on this machine (Debian: apt-get install chromium)")


def _dump_dom(html: str) -> tuple[str, list[str]]:
    """(the DOM after load, console messages) of the page opened from a file, offline."""
    browser = _chromium()
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(html, encoding="utf-8")
        profile = Path(tmp) / "profile"
        proc = subprocess.run(
            [browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert proc.returncode == 0, proc.stderr[-2000:]
    console = [line for line in proc.stderr.splitlines() if ":CONSOLE" in line]
    return proc.stdout, console


def _text(dom: str) -> str:
    body = re.sub(r"(?s)<style.*?</style>", "", dom)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body))


@pytest.mark.slow
def test_fixed_result_renders_in_chromium() -> None:
    html = HtmlRenderer().render(fixed_result(), "zh")
    dom, console = _dump_dom(html)
    assert console == [], console
    text = _text(dom)
    assert "<main>" in dom and "</main>" in dom, "the page did not render"
    for visible in ("是否具有以下功能", "中小学学科培训", "无法判定", "可能", "嵌入了广告SDK", "政策依据", "未发现"):
        assert visible in text, visible
    # The answer badges sit next to their question.
    assert re.search(r'id="feature-k12_tutoring".*?ans-unknown', dom, re.S)
    assert re.search(r'id="feature-payment".*?ans-yes', dom, re.S)


@pytest.mark.slow
def test_demo_app_report_in_chromium(scanner_instance) -> None:  # type: ignore[no-untyped-def]
    result = scanner_instance.scan(sample("android/demo-homework.apk"))
    assert isinstance(result, ScanResult)
    dom, console = _dump_dom(HtmlRenderer().render(result, "zh"))
    assert console == [], console
    text = _text(dom)
    assert "作业助手" in text
    assert "嵌入了广告SDK" in text and "腾讯广告" in text
    assert "开机自启动" in text and "cn.eduscan.demo.homework.BootReceiver" in text
    assert re.search(r"教育APP备案号:\s*未发现", text), "the missing 教APP备 number must be visible"
    assert "京ICP备12345678号-1A" in text


def test_html_is_self_contained() -> None:
    """No scripts, no external resources, a CSP that forbids them, print and phone CSS."""
    html = HtmlRenderer().render(fixed_result(), "zh")
    assert "<script" not in html.lower()
    assert not re.search(r'(?i)\b(src|href)\s*=\s*"(https?:)?//', html), "external resource"
    assert not re.search(r"(?i)@import|url\(\s*['\"]?https?:", html)
    assert "default-src 'none'" in html
    assert "@media print" in html and "@media (max-width: 640px)" in html
    assert 'name="viewport"' in html
    assert '<html lang="zh-CN">' in html


def test_html_english() -> None:
    html = HtmlRenderer().render(fixed_result(), "en")
    assert '<html lang="en">' in html
    assert "Features asked on the form" in html and "Advertising SDK embedded" in html


def test_html_escapes_markup() -> None:
    html = HtmlRenderer().render(fixed_result(), "zh")
    assert "<b>" not in html.split("<body>", 1)[1]
    assert "&lt;b&gt;" in html
