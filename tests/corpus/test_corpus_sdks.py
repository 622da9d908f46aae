"""SDK detection over ../shared/corpus.

1. Parity with εxodus: every tracker εxodus's own code signatures find in a corpus APK (its method: ``re.search``
   of the signature over every class name) is reported by eduscan under the same εxodus id.
2. A golden file of the SDKs detected in each corpus package (tests/corpus/golden_sdks.json), reviewed by a
   person: any change to detection shows up as a diff to review (EDUSCAN_UPDATE_GOLDEN=1 rewrites it).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from scanner.facts.android import extract_android
from scanner.facts.android_code import CodeNeeds
from scanner.unpack.package import open_package
from tests.conftest import CORPUS

SHARED_DATA = CORPUS.parent / "data" / "exodus_trackers.json"
APKS = sorted((CORPUS / "apk").glob("*.apk")) if CORPUS.is_dir() else []
IPAS = sorted((CORPUS / "ipa").glob("*.ipa")) if CORPUS.is_dir() else []
GOLDEN = Path(__file__).parent / "golden_sdks.json"
pytestmark = pytest.mark.skipif(not APKS, reason=f"shared corpus not found at {CORPUS}")


def _exodus_signatures() -> dict[int, re.Pattern[str]]:
    if not SHARED_DATA.exists():
        pytest.skip(f"{SHARED_DATA} not found")
    trackers = json.loads(SHARED_DATA.read_text(encoding="utf-8"))["trackers"]
    # exodus-core skips signatures of 3 characters or fewer, as do we here.
    return {
        int(k): re.compile(v["code_signature"])
        for k, v in trackers.items()
        if v.get("code_signature") and len(v["code_signature"]) > 3
    }


def test_every_exodus_detection_is_found(scanner_instance) -> None:  # type: ignore[no-untyped-def]
    sigs = _exodus_signatures()
    checked = 0
    for apk in APKS:
        opened = open_package(apk)
        try:
            classes = [name for name, _ in extract_android(opened, CodeNeeds()).code.class_names()]
        finally:
            opened.close()
        expected = {tid for tid, rx in sigs.items() if any(rx.search(c) for c in classes)}
        if not expected:
            continue
        ours = {s.refs.get("exodus") for s in scanner_instance.scan(apk).sdks}
        assert expected <= ours, f"{apk.name}: εxodus finds {sorted(expected - ours)} that eduscan misses"
        checked += len(expected)
    assert checked > 0, "the corpus has εxodus-detectable trackers; none were checked"


def _sdk_lines(result) -> list[str]:  # type: ignore[no-untyped-def]
    out = []
    for s in result.sdks:
        ev = s.evidence
        what = ev.example_classes[:1] or ev.native_libs[:1] or ev.frameworks[:1] or ev.components[:1] or ev.assets[:1]
        out.append(
            f"{s.id} | {s.confidence} | {','.join(s.categories)} | {ev.classes_matched} classes | "
            f"{what[0] if what else '-'}"
        )
    return out


def test_corpus_sdk_golden(scanner_instance) -> None:  # type: ignore[no-untyped-def]
    got: dict[str, list[str]] = {}
    for pkg in [*APKS, *IPAS]:
        try:
            result = scanner_instance.scan(pkg)
        except Exception as exc:  # a malformed corpus IPA is covered by the iOS corpus test
            if exc.__class__.__name__ == "PackageError":
                continue
            raise
        lines = _sdk_lines(result)
        if lines:
            got[f"{pkg.parent.name}/{pkg.name}"] = lines
    if os.environ.get("EDUSCAN_UPDATE_GOLDEN") == "1" or not GOLDEN.exists():
        GOLDEN.write_text(json.dumps(got, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    want = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert got == want, "SDK detection changed on the corpus: review the diff, then EDUSCAN_UPDATE_GOLDEN=1"
