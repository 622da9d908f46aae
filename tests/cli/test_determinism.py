"""Two scans of the same package give byte-identical JSON, whatever the process (hash seeds differ), so that
results diff cleanly and baselines stay stable."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT, sample


@pytest.mark.parametrize("rel", ["android/demo-homework.apk", "android/sdk-zoo.apk", "ios/demo-ios.ipa"])
def test_same_bytes_across_processes(rel: str) -> None:
    pkg = sample(rel)
    outputs = []
    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run(
            [sys.executable, "-m", "scanner", "scan", str(pkg), "--format", "json", "-q"],
            capture_output=True,
            cwd=ROOT,
            env=env,
            timeout=300,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr.decode()[-1000:]
        outputs.append(proc.stdout)
    assert outputs[0] == outputs[1]
