#!/usr/bin/env python3
"""Write a (simplified) _CodeSignature/CodeResources for a bundle directory.

    code_resources.py BUNDLE_DIR MAIN_EXECUTABLE_NAME

Lists every file of the bundle except the main executable and _CodeSignature/
itself: "files" maps path -> SHA-1, "files2" maps path -> {hash: SHA-1,
hash2: SHA-256}; *.lproj files are marked optional like codesign does.  Real
codesign records nested bundles (Frameworks/X.framework) by cdhash and
designated requirement instead of per-file hashes; this fixture just hashes
their files.  Output is an XML plist with sorted keys (deterministic).
"""

from __future__ import annotations

import hashlib
import os
import plistlib
import sys

RULES = {
    "^.*": True,
    "^.*\\.lproj/": {"optional": True, "weight": 1000.0},
    "^Base\\.lproj/": {"weight": 1010.0},
    "^version.plist$": True,
}
RULES2 = {
    ".*\\.dSYM($|/)": {"weight": 11.0},
    "^(.*/)?\\.DS_Store$": {"omit": True, "weight": 2000.0},
    "^.*": True,
    "^.*\\.lproj/": {"optional": True, "weight": 1000.0},
    "^Base\\.lproj/": {"weight": 1010.0},
    "^Info\\.plist$": {"omit": True, "weight": 20.0},
    "^PkgInfo$": {"omit": True, "weight": 20.0},
    "^embedded\\.provisionprofile$": {"weight": 20.0},
    "^version\\.plist$": {"weight": 20.0},
}


def main(argv: list[str]) -> int:
    """Write BUNDLE_DIR/_CodeSignature/CodeResources."""
    bundle, exe = argv
    files: dict = {}
    files2: dict = {}
    for root, _dirs, names in os.walk(bundle):
        for n in names:
            rel = os.path.relpath(os.path.join(root, n), bundle).replace(os.sep, "/")
            if rel == exe or rel.startswith("_CodeSignature/"):
                continue
            with open(os.path.join(bundle, rel), "rb") as f:
                data = f.read()
            sha1 = hashlib.sha1(data).digest()
            sha256 = hashlib.sha256(data).digest()
            optional = ".lproj/" in rel
            files[rel] = {"hash": sha1, "optional": True} if optional else sha1
            if rel != "Info.plist":
                files2[rel] = {"hash": sha1, "hash2": sha256, **({"optional": True} if optional else {})}
    os.makedirs(os.path.join(bundle, "_CodeSignature"), exist_ok=True)
    doc = {"files": files, "files2": files2, "rules": RULES, "rules2": RULES2}
    with open(os.path.join(bundle, "_CodeSignature", "CodeResources"), "wb") as f:
        plistlib.dump(doc, f, fmt=plistlib.FMT_XML, sort_keys=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
