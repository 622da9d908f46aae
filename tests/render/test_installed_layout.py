"""Templates are found the way the installed wheel lays them out (scanner/_data/reports), not only from a
checkout: the package is copied with its data into a temporary site directory and run from elsewhere."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import sample

ROOT = Path(__file__).parents[2]


@pytest.mark.slow
def test_html_report_from_installed_layout(tmp_path: Path) -> None:
    demo = sample("android/demo-homework.apk")
    site = tmp_path / "site"
    shutil.copytree(ROOT / "scanner", site / "scanner", ignore=shutil.ignore_patterns("__pycache__", "_data"))
    shutil.copytree(ROOT / "rules", site / "scanner" / "_data" / "rules")
    shutil.copytree(ROOT / "reports", site / "scanner" / "_data" / "reports")
    work = tmp_path / "elsewhere"
    work.mkdir()
    probe = subprocess.run(
        [sys.executable, "-c", "from scanner.paths import reports_dir; print(reports_dir())"],
        cwd=work,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(probe.stdout.strip()) == site / "scanner" / "_data" / "reports"
    proc = subprocess.run(
        [sys.executable, "-m", "scanner", "scan", str(demo), "--format", "html", "-q"],
        cwd=work,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "是否具有以下功能" in proc.stdout and "</html>" in proc.stdout
