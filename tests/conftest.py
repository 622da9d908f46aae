"""Shared fixtures: where the repo's samples and the shared corpus are, and a CLI runner."""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
CORPUS = (ROOT.parent / "shared" / "corpus").resolve()


def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS} (tests that use third-party packages need ../shared/corpus)")
    return CORPUS


def sample(rel: str) -> Path:
    path = SAMPLES / rel
    if not path.exists():
        pytest.skip(f"sample {rel} not built (run `make samples`)")
    return path


@dataclass
class Run:
    code: int
    out: str
    err: str


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return False


def run_cli(*args: str | Path) -> Run:
    """Run ``eduscan`` in-process, capturing its output (the real CLI, not a mock)."""
    from scanner.cli import main

    out, err = _Tty(), _Tty()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
    finally:
        sys.stdout, sys.stderr = old
    return Run(code, out.getvalue(), err.getvalue())


@pytest.fixture(scope="session")
def scanner_instance():  # type: ignore[no-untyped-def]
    from scanner.scan import Scanner

    return Scanner()
