"""The installed wheel works, not only a checkout: build it, install it into a fresh venv, scan a sample from a
directory far from the source tree, and check the bundled rules, catalogues and report templates are used."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.conftest import ROOT, sample

pytestmark = pytest.mark.slow


def _run(cmd: list[str], cwd: Path, timeout: int = 900) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False)


def test_wheel_in_fresh_venv(tmp_path: Path) -> None:
    apk = sample("android/demo-homework.apk")
    dist = tmp_path / "dist"
    build = _run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)], cwd=tmp_path)
    if build.returncode != 0 and "No module named build" in build.stderr:
        pytest.skip("the 'build' package is not installed (pip install -e '.[dev]')")
    assert build.returncode == 0, build.stderr[-2000:]
    wheels = list(dist.glob("eduscan-*.whl"))
    assert len(wheels) == 1

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, system_site_packages=False).create(env_dir)
    py = env_dir / "bin" / "python"
    # Reuse what the test venv already downloaded when possible; the wheel itself installs from the file.
    install = _run([str(py), "-m", "pip", "install", "--quiet", str(wheels[0])], cwd=tmp_path)
    assert install.returncode == 0, install.stderr[-2000:]

    work = tmp_path / "elsewhere"
    work.mkdir()
    eduscan = env_dir / "bin" / "eduscan"
    version = _run([str(eduscan), "--version"], cwd=work)
    assert version.returncode == 0 and version.stdout.startswith("eduscan ")

    scan = _run(
        [str(eduscan), "scan", str(apk), "-o", str(work / "out"), "--format", "json,html,sarif,md", "-q"], cwd=work
    )
    assert scan.returncode == 0, scan.stderr[-2000:]
    result = json.loads((work / "out" / "demo-homework.apk.json").read_text(encoding="utf-8"))
    assert result["app"]["id"] == "cn.eduscan.demo.homework"
    assert {s["id"] for s in result["sdks"]} >= {"tencent-gdt"}
    assert result["findings"], "bundled rules were loaded"
    assert "拍摄" in result["filing"]["permissions_text_zh"]
    html = (work / "out" / "demo-homework.apk.html").read_text(encoding="utf-8")
    assert "作业助手" in html, "bundled report template rendered"

    # python -m scanner works too, and the package does not read the source tree.
    mod = _run([str(py), "-c", "import scanner.paths as p; print(p.rules_dir())"], cwd=work)
    assert mod.returncode == 0
    assert str(ROOT) not in mod.stdout, f"installed package resolved rules from the checkout: {mod.stdout}"
    schema = _run([str(py), "-m", "scanner", "schema"], cwd=work)
    assert schema.returncode == 0 and json.loads(schema.stdout)["title"] == "eduscan scan result"
