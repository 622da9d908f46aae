"""A large IPA scans in seconds: the demo app with its __text grown to 64 MiB of random instructions.

Random ARM64 words are the worst case for the code-reference pass (every ADRP, ADR, LDR literal and BL decodes),
and random bytes do not compress, so the package is ~64 MB like a real big app's.
"""

from __future__ import annotations

import os
import time
import zipfile
from pathlib import Path

import lief
import numpy as np
import pytest

from tests.conftest import sample

SIZE = 64 << 20


@pytest.mark.slow
def test_large_ipa_scans_quickly(tmp_path: Path, scanner_instance) -> None:  # type: ignore[no-untyped-def]
    demo = sample("ios/demo-ios.ipa")
    main = "Payload/HomeworkHelper.app/HomeworkHelper"
    with zipfile.ZipFile(demo) as z:
        original = z.read(main)
        others = {n: z.read(n) for n in z.namelist() if n != main}
    src = tmp_path / "main"
    src.write_bytes(original)
    binary = lief.MachO.parse(str(src)).at(0)
    text = binary.get_section("__text")
    code = bytes(text.content)
    assert binary.extend_section(text, SIZE)
    grown = tmp_path / "grown"
    binary.write(str(grown))
    data = bytearray(grown.read_bytes())
    sec = lief.MachO.parse(str(grown)).at(0).get_section("__text")
    keep = data.find(code, sec.offset)  # lief moved the real code; keep it, randomise the rest
    assert keep >= 0
    rng = np.random.default_rng(7)
    data[sec.offset : sec.offset + sec.size] = rng.integers(0, 256, size=sec.size, dtype=np.uint8).tobytes()
    data[keep : keep + len(code)] = code
    ipa = tmp_path / "big.ipa"
    with zipfile.ZipFile(ipa, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr(main, bytes(data))
        for name, content in others.items():
            z.writestr(name, content)
    assert os.path.getsize(ipa) > SIZE // 2

    start = time.monotonic()
    result = scanner_instance.scan(ipa)
    elapsed = time.monotonic() - start
    assert elapsed < 30, f"{elapsed:.1f} s"
    ids = {a.id for a in result.apis}
    assert {"ios-idfa", "clipboard", "location"} <= ids  # the real code is still found among the noise
    idfa = next(a for a in result.apis if a.id == "ios-idfa")
    assert any(c.class_name == "HomeworkViewController" for c in idfa.callers)
