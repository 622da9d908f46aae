#!/usr/bin/env python3
"""Convert sample resources to the on-device forms Xcode produces.

    plistconv.py binary  IN.plist  OUT       XML plist -> binary plist (bplist00)
    plistconv.py xml     IN.plist  OUT       re-serialise as XML (sorted keys)
    plistconv.py strings-binary IN.strings OUT   .strings text -> binary plist dict
    plistconv.py strings-utf16  IN.strings OUT   .strings text -> UTF-16LE with BOM
    plistconv.py strings-utf8   IN.strings OUT   copy as UTF-8 text (no BOM)

The .strings reader understands the subset the samples use: /* */ and //
comments and lines of the form "key" = "value"; with \\" and \\n escapes.
"""

from __future__ import annotations

import plistlib
import re
import sys

_PAIR = re.compile(r'"((?:[^"\\]|\\.)*)"\s*=\s*"((?:[^"\\]|\\.)*)"\s*;')


def _unescape(s: str) -> str:
    return s.replace('\\"', '"').replace("\\n", "\n").replace("\\\\", "\\")


def parse_strings(text: str) -> dict[str, str]:
    """Parse a simple .strings file into a dict."""
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r"^\s*//.*$", "", text, flags=re.M)
    return {_unescape(k): _unescape(v) for k, v in _PAIR.findall(text)}


def main(argv: list[str]) -> int:
    """Dispatch on the mode argument."""
    mode, src, dst = argv
    with open(src, "rb") as f:
        raw = f.read()
    if mode == "binary":
        out = plistlib.dumps(plistlib.loads(raw), fmt=plistlib.FMT_BINARY, sort_keys=False)
    elif mode == "xml":
        out = plistlib.dumps(plistlib.loads(raw), fmt=plistlib.FMT_XML, sort_keys=True)
    elif mode == "strings-binary":
        out = plistlib.dumps(parse_strings(raw.decode("utf-8")), fmt=plistlib.FMT_BINARY, sort_keys=False)
    elif mode == "strings-utf16":
        out = b"\xff\xfe" + raw.decode("utf-8").encode("utf-16-le")
    elif mode == "strings-utf8":
        out = raw
    else:
        raise SystemExit(f"unknown mode {mode}")
    with open(dst, "wb") as f:
        f.write(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
