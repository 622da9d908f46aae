"""Benchmark: wall time and peak memory of eduscan on a large generated multi-dex APK and over the shared corpus,
measured in the same run against the floor (inflating every entry of the APK) and against the usual approach
(androguard's AnalyzeAPK).

    python bench/run.py                 # everything (generates bench/.cache/big.apk on first use)
    python bench/run.py --skip-androguard --skip-corpus

Each measurement runs in a fresh process; peak memory is that process's maximum resident set size. Results are
printed as a table and written to bench/results/latest.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BIG = ROOT / "bench" / ".cache" / "big.apk"
CORPUS = (ROOT.parent / "shared" / "corpus").resolve()
RESULTS = ROOT / "bench" / "results"

_MEASURE = """
import resource, subprocess, sys, time
t = time.monotonic()
rc = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)
wall = time.monotonic() - t
print(rc, wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""

_FLOOR = """
import sys, time, zipfile
t = time.monotonic()
total = 0
with zipfile.ZipFile(sys.argv[1]) as z:
    for info in z.infolist():
        total += len(z.read(info))
print(f"inflated {total} bytes in {time.monotonic() - t:.3f}s", file=sys.stderr)
"""

_ANDROGUARD = """
import os, sys, time
from loguru import logger
logger.disable("androguard")
from androguard.misc import AnalyzeAPK
t = time.monotonic()
a, d, dx = AnalyzeAPK(sys.argv[1])
print(f"AnalyzeAPK {time.monotonic() - t:.1f}s", file=sys.stderr)
os._exit(0)  # skip the ~10 s interpreter teardown of androguard's object graph
"""

_INPROC = """
import json, sys, time
from pathlib import Path
t0 = time.monotonic()
from scanner.scan import Scanner
s = Scanner()
t1 = time.monotonic()
r = s.scan(Path(sys.argv[1]))
t2 = time.monotonic()
print(json.dumps({"startup": t1 - t0, "scan": t2 - t1, "classes": r.stats.classes, "sdks": len(r.sdks),
                  "apis": len(r.apis), "findings": len(r.findings)}))
"""


def measure(cmd: list[str], timeout: float = 1800) -> dict[str, float]:
    """Run a command in a fresh process; wall seconds, peak RSS in MiB, exit code."""
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, *cmd], capture_output=True, text=True, timeout=timeout, check=False, cwd=ROOT
    )
    parts = out.stdout.strip().split()
    if len(parts) != 3:
        raise RuntimeError(f"measurement failed: {out.stderr[-500:]}")
    rc, wall, rss_kib = int(parts[0]), float(parts[1]), int(parts[2])
    return {"rc": rc, "wall_s": round(wall, 3), "peak_mib": round(rss_kib / 1024, 1)}


def best_of(n: int, cmd: list[str]) -> dict[str, float]:
    runs = [measure(cmd) for _ in range(n)]
    best = min(runs, key=lambda r: r["wall_s"])
    best["runs"] = n
    return best


def big_apk_facts(path: Path) -> dict[str, float]:
    with zipfile.ZipFile(path) as z:
        infos = z.infolist()
        dex = [i for i in infos if i.filename.endswith(".dex")]
        return {
            "package_mb": round(path.stat().st_size / 1e6, 1),
            "dex_files": len(dex),
            "dex_mb": round(sum(i.file_size for i in dex) / 1e6, 1),
            "inflated_mb": round(sum(i.file_size for i in infos) / 1e6, 1),
        }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--apk", type=Path, default=BIG, help="large APK to measure (generated if missing)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement; the fastest is kept")
    ap.add_argument("--skip-androguard", action="store_true")
    ap.add_argument("--skip-corpus", action="store_true")
    args = ap.parse_args()

    if not args.apk.exists():
        from bench.gen_big_apk import generate

        print(f"generating {args.apk} (takes a few minutes once)…", file=sys.stderr)
        generate(args.apk, classes=11000, methods=9, per_dex=5500, assets_mb=60)

    py = sys.executable
    report: dict[str, object] = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "big_apk": big_apk_facts(args.apk),
    }
    with tempfile.TemporaryDirectory() as out:
        floor = best_of(args.repeat, [py, "-c", _FLOOR, str(args.apk)])
        scan = best_of(args.repeat, [py, "-m", "scanner", "scan", str(args.apk), "-o", out, "-f", "json", "-q"])
    inproc = json.loads(
        subprocess.run([py, "-c", _INPROC, str(args.apk)], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    )
    report["floor_inflate_all"] = floor
    report["eduscan_scan"] = scan
    report["eduscan_in_process"] = {k: round(v, 3) if isinstance(v, float) else v for k, v in inproc.items()}
    report["ratio_to_floor"] = round(scan["wall_s"] / floor["wall_s"], 2)
    if not args.skip_androguard:
        report["androguard_AnalyzeAPK"] = measure([py, "-c", _ANDROGUARD, str(args.apk)])

    if not args.skip_corpus and CORPUS.is_dir():
        pkgs = sorted(str(p) for p in (CORPUS / "apk").glob("*.apk")) + sorted(
            str(p) for p in (CORPUS / "ipa").glob("*.ipa")
        )
        with tempfile.TemporaryDirectory() as out:
            started = time.monotonic()
            corpus = measure([py, "-m", "scanner", "scan", *pkgs, "-o", out, "-f", "json", "-q"])
            corpus["packages"] = len(pkgs)
            corpus["mb"] = round(sum(Path(p).stat().st_size for p in pkgs) / 1e6, 1)
            corpus["per_package_s"] = round((time.monotonic() - started) / len(pkgs), 3)
        report["corpus_one_process"] = corpus

    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    big = report["big_apk"]
    print(f"big APK: {big['package_mb']} MB package, {big['dex_files']} DEX files, {big['dex_mb']} MB of DEX")
    print(f"{'measurement':34s} {'wall s':>8s} {'peak MiB':>9s}")
    for key in ("floor_inflate_all", "eduscan_scan", "androguard_AnalyzeAPK", "corpus_one_process"):
        if key in report:
            r = report[key]
            assert isinstance(r, dict)
            print(f"{key:34s} {r['wall_s']:8.2f} {r['peak_mib']:9.1f}")
    ip = report["eduscan_in_process"]
    assert isinstance(ip, dict)
    print(
        f"eduscan in process: startup {ip['startup']:.2f}s + scan {ip['scan']:.2f}s; "
        f"scan/floor = {report['ratio_to_floor']}x (whole process)"
    )


if __name__ == "__main__":
    main()
