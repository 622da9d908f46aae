"""resources.arsc: resolve the references a manifest makes (labels, booleans, XML files) and list strings."""

from __future__ import annotations

import re
from collections.abc import Iterator

from scanner.facts.quiet import parse_arsc

_REF = re.compile(r"^@(?:[a-zA-Z0-9_.]+:)?([0-9A-Fa-f]{8})$")


def parse_ref(value: str | None) -> int | None:
    """``@7F0E001D`` → 0x7F0E001D; anything else → None."""
    if not value:
        return None
    m = _REF.match(value)
    return int(m.group(1), 16) if m else None


class AndroidResources:
    """A thin, failure-tolerant wrapper over androguard's ARSC parser."""

    def __init__(self, data: bytes | None) -> None:
        self._arsc = None
        self.error: str | None = None
        self._names: dict[int, str] | None = None
        if data:
            try:
                self._arsc = parse_arsc(data)
            except Exception as exc:  # damaged resource table: keep going without it
                self.error = f"resources.arsc could not be parsed: {exc.__class__.__name__}: {exc}"

    @property
    def available(self) -> bool:
        return self._arsc is not None

    def configs(self, resid: int) -> list[tuple[str, str]]:
        """(locale, value) for every configuration of a resource; locale '' is the default."""
        if self._arsc is None:
            return []
        try:
            pairs = self._arsc.get_resolved_res_configs(resid)
        except Exception:
            return []
        out: list[tuple[str, str]] = []
        for config, value in pairs:
            out.append((_locale(config), str(value)))
        return out

    def resolve(self, value: str | None) -> str | None:
        """Resolve a reference to its default-configuration value; plain values pass through."""
        resid = parse_ref(value)
        if resid is None:
            return value
        configs = self.configs(resid)
        if not configs:
            return value
        for locale, v in configs:
            if locale == "":
                return v
        return configs[0][1]

    def localized(self, value: str | None) -> dict[str, str]:
        """locale → value for a string reference (``{"": plain}`` for a literal)."""
        resid = parse_ref(value)
        if resid is None:
            return {"": value} if value else {}
        out: dict[str, str] = {}
        for locale, v in self.configs(resid):
            out.setdefault(locale, v)
        return out

    def xml_path(self, value: str | None) -> str | None:
        """``@xml/network_security_config`` reference → ``res/xml/network_security_config.xml``."""
        if value is None:
            return None
        resid = parse_ref(value)
        if resid is None:
            return value if value.startswith("res/") else None
        resolved = self.resolve(value)
        if resolved and resolved.startswith("res/"):
            return resolved
        return None

    def strings(self) -> Iterator[tuple[str, str, str]]:
        """(resource id as @XXXXXXXX, locale, value) of every string resource."""
        if self._arsc is None:
            return
        try:
            resolved = self._arsc.get_resolved_strings()
        except Exception:
            return
        for locales in resolved.values():
            for locale, table in locales.items():
                loc = "" if locale == "DEFAULT" else str(locale)
                for resid, value in table.items():
                    if value:
                        yield f"@{int(resid):08X}", loc, str(value)

    def resource_name(self, resid: int) -> str | None:
        """``type/name`` of a resource id (``string/api_key``), None when the table does not say."""
        if self._names is None:
            self._names = self._name_table()
        return self._names.get(resid)

    def _name_table(self) -> dict[int, str]:
        """Every resource id → ``type/name`` in one pass (androguard's get_id scans a list per lookup)."""
        out: dict[int, str] = {}
        if self._arsc is None:
            return out
        try:
            self._arsc._analyse()
            for package in self._arsc.values.values():
                for rtype, name, rid in package.get("\x00\x00", {}).get("public", []):
                    out.setdefault(int(rid), f"{rtype}/{name}")
        except Exception:
            return out
        return out


def _locale(config: object) -> str:
    lang = _clean(getattr(config, "get_language", lambda: "")())
    country = _clean(getattr(config, "get_country", lambda: "")())
    if not lang:
        return ""
    return f"{lang}-r{country}" if country else lang


def _clean(v: object) -> str:
    s = str(v or "")
    return s.replace("\x00", "").strip()
