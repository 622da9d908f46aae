"""Two scans of the same package are byte-identical (scanner/model.py), also across processes: Python salts
string hashes per process (and, before 3.12, hashes None by address), so any order taken from a set shows up
here. sdk-zoo has API callers that tie on class, method and file and differ only in offset."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT, sample


def _scan(path: str, seed: str) -> str:
    proc = subprocess.run(
        [sys.executable, "-m", "scanner", "scan", path, "--format", "json", "-q"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"},
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_same_bytes_whatever_the_hash_seed() -> None:
    path = str(sample("android/sdk-zoo.apk"))
    assert _scan(path, "1") == _scan(path, "2")
