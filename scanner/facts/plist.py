"""Property lists and ``.strings`` files from an IPA, read defensively.

Why our own ``.strings`` reader: Xcode ships ``InfoPlist.strings`` as UTF-16 text, UTF-8 text or a compiled
binary plist, and hand-edited files carry comments, unquoted keys and escapes; ``plistlib`` reads none of the
text forms. Every reader here returns ``None`` / ``{}`` for input it cannot make sense of (a hostile package must
not stop the scan), and sizes are bounded by the caller (see :data:`MAX_PLIST`).
"""

from __future__ import annotations

import datetime as _dt
import plistlib
from typing import Any

#: Largest property list we parse (Info.plist of real apps is < 100 KiB; provisioning profiles < 1 MiB).
MAX_PLIST = 8 << 20
#: Deepest nesting we keep when flattening a plist into text or key paths.
MAX_DEPTH = 32


def load_plist(data: bytes) -> Any | None:
    """XML or binary plist → Python value; None when it is not a readable plist or is too large."""
    if not data or len(data) > MAX_PLIST:
        return None
    head = data.lstrip()[:8]
    known = head.startswith((b"bplist", b"<?xml", b"<plist"))
    # UTF-8 BOM or UTF-16 XML: let plistlib sniff it, but only when it looks like XML at all.
    if not known and b"<plist" not in data[:4096] and b"<\x00p\x00l\x00i\x00s\x00t" not in data[:8192]:
        return None
    try:
        return plistlib.loads(data)
    except Exception:  # plistlib raises InvalidFileException, ExpatError, ValueError, OverflowError …
        return None


def load_dict(data: bytes) -> dict[str, Any] | None:
    """A plist whose root must be a dictionary (Info.plist, PrivacyInfo.xcprivacy, entitlements).

    Keys are strings, as in every plist Xcode writes: a binary plist can key a dictionary by data or a number,
    and readers that sort or match keys must not meet one, so such keys are turned into text here."""
    value = load_plist(data)
    return _str_keys(value, 0) if isinstance(value, dict) else None


def _str_keys(value: Any, depth: int) -> Any:
    if depth > MAX_DEPTH:
        return value  # as deep as anything here reads keys: what lies below is passed on untouched
    if isinstance(value, dict):
        return {k if isinstance(k, str) else str(k): _str_keys(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [_str_keys(v, depth + 1) for v in value]
    return value


def jsonable(value: Any, depth: int = 0) -> Any:
    """A plist value made JSON-safe: dates as ISO text, data as a short hex note, depth bounded."""
    if depth > MAX_DEPTH:
        return None
    if isinstance(value, dict):
        return {str(k): jsonable(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v, depth + 1) for v in value]
    if isinstance(value, _dt.datetime):
        return value.isoformat()
    if isinstance(value, bytes | bytearray):
        return f"<{len(value)} bytes>"
    if isinstance(value, plistlib.UID):
        return int(value.data)
    if isinstance(value, bool | int | float | str) or value is None:
        return value
    return str(value)


def text_values(value: Any, depth: int = 0) -> list[str]:
    """Every string in a plist (keys excluded), for the string detectors."""
    if depth > MAX_DEPTH:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in text_values(v, depth + 1)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in text_values(v, depth + 1)]
    return []


# ------------------------------------------------------------------------------------------- .strings


def decode_text(data: bytes) -> str | None:
    """Text of a .strings file: UTF-16 (with or without BOM) or UTF-8; None for undecodable bytes."""
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    sample = data[:512]
    if len(sample) >= 4 and sample.count(0) > len(sample) // 4:
        # UTF-16 without BOM: ASCII text has every other byte zero.
        codec = "utf-16-le" if sample[1::2].count(0) >= sample[0::2].count(0) else "utf-16-be"
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def parse_strings(data: bytes) -> dict[str, str]:
    """``InfoPlist.strings`` / ``Localizable.strings`` → {key: value}, whichever of the three encodings it uses."""
    if not data or len(data) > MAX_PLIST:
        return {}
    if data.startswith(b"bplist") or data.lstrip().startswith(b"<?xml"):
        value = load_plist(data)
        if isinstance(value, dict):
            return {str(k): v for k, v in value.items() if isinstance(v, str)}
        return {}
    text = decode_text(data)
    if text is None:
        return {}
    return parse_strings_text(text)


_UNQUOTED = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$+/:.-")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "'": "'", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}


class _StringsReader:
    """A forgiving reader for the old-style plist dictionary body: ``key = value;`` pairs."""

    def __init__(self, text: str) -> None:
        self.s = text
        self.i = 0
        self.n = len(text)

    def skip(self) -> None:
        """Skip white space and both comment styles."""
        s, n = self.s, self.n
        while self.i < n:
            c = s[self.i]
            if c.isspace() or c == "\ufeff":
                self.i += 1
            elif s.startswith("/*", self.i):
                end = s.find("*/", self.i + 2)
                self.i = n if end < 0 else end + 2
            elif s.startswith("//", self.i):
                end = s.find("\n", self.i + 2)
                self.i = n if end < 0 else end + 1
            else:
                return

    def token(self) -> str | None:
        """A quoted or unquoted string token, or None when there is none here."""
        self.skip()
        if self.i >= self.n:
            return None
        c = self.s[self.i]
        if c in "\"'":
            return self.quoted(c)
        start = self.i
        while self.i < self.n and self.s[self.i] in _UNQUOTED:
            self.i += 1
        return self.s[start : self.i] if self.i > start else None

    def quoted(self, quote: str) -> str:
        s, n = self.s, self.n
        self.i += 1
        out: list[str] = []
        while self.i < n:
            c = s[self.i]
            if c == quote:
                self.i += 1
                return "".join(out)
            if c == "\\" and self.i + 1 < n:
                e = s[self.i + 1]
                if e in "uU" and self.i + 6 <= n:
                    try:
                        out.append(chr(int(s[self.i + 2 : self.i + 6], 16)))
                        self.i += 6
                        continue
                    except ValueError:
                        pass
                if e in "01234567":
                    j = self.i + 1
                    while j < min(n, self.i + 4) and s[j] in "01234567":
                        j += 1
                    out.append(chr(int(s[self.i + 1 : j], 8)))
                    self.i = j
                    continue
                out.append(_ESCAPES.get(e, e))
                self.i += 2
                continue
            out.append(c)
            self.i += 1
        return "".join(out)

    def expect(self, ch: str) -> bool:
        self.skip()
        if self.i < self.n and self.s[self.i] == ch:
            self.i += 1
            return True
        return False

    def resync(self) -> None:
        """After a malformed pair, continue after the next ';' or line break, whichever comes first."""
        ends = [e for e in (self.s.find(";", self.i), self.s.find("\n", self.i)) if e >= 0]
        self.i = min(ends) + 1 if ends else self.n


def parse_strings_text(text: str) -> dict[str, str]:
    """The ``"key" = "value";`` text format, tolerant of comments, unquoted tokens and junk lines."""
    r = _StringsReader(text)
    r.skip()
    if r.i < r.n and r.s[r.i] == "{":  # a dictionary written as a whole old-style plist
        r.i += 1
    out: dict[str, str] = {}
    guard = 0
    while r.i < r.n and guard < 1_000_000:
        guard += 1
        r.skip()
        if r.i < r.n and r.s[r.i] == "}":
            break
        start = r.i
        key = r.token()
        if key is None:
            r.i = start + 1
            r.resync()
            continue
        if r.expect(";"):  # "key"; is shorthand for "key" = "key";
            out[key] = key
            continue
        if not r.expect("="):
            r.resync()
            continue
        value = r.token()
        if value is None:
            r.resync()
            continue
        out[key] = value
        if not r.expect(";"):
            r.resync()
    return out
