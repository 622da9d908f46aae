"""Build Facts from the small YAML snippets that rule files carry as their failing and passing cases."""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any

from scanner.facts import model as fm
from scanner.facts.model import COLLECTION_ATTR, COLLECTIONS, AppFacts, Facts, PackageFacts

_SINGLETONS = {"app", "package", "application", "signing", "network", "provisioning", "ios"}


def _build(tp: Any, value: Any) -> Any:
    """Turn plain YAML data into the annotated type (dataclasses recursively)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if value is None:
            return None
        return _build(args[0], value) if len(args) == 1 else value
    if origin is list:
        (inner,) = typing.get_args(tp) or (Any,)
        return [_build(inner, v) for v in (value or [])]
    if dataclasses.is_dataclass(tp) and isinstance(value, dict):
        return make(tp, value)
    return value


def make(cls: Any, data: dict[str, Any]) -> Any:
    """Instantiate a fact dataclass from a dict, filling required fields with neutral defaults."""
    hints = typing.get_type_hints(cls, vars(fm))
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name in data:
            kwargs[f.name] = _build(hints[f.name], data[f.name])
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            kwargs[f.name] = _neutral(hints[f.name])
    unknown = set(data) - {f.name for f in dataclasses.fields(cls)}
    if unknown:
        raise ValueError(f"{cls.__name__} has no field(s) {sorted(unknown)}")
    return cls(**kwargs)


def _neutral(tp: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin is list:
        return []
    if origin in (typing.Union, types.UnionType):
        return None
    if tp is bool:
        return False
    if tp is int:
        return 0
    if tp is str:
        return ""
    if origin is typing.Literal:
        return typing.get_args(tp)[0]
    if dataclasses.is_dataclass(tp):
        return make(tp, {})
    return None


def facts_from_snippet(snippet: dict[str, Any], platform: str) -> Facts:
    """Facts for a rule's inline test case: collection name → items, singletons as one item, the rest neutral."""
    app_data = dict(snippet.get("app") or {})
    app_data.setdefault("platform", platform)
    pkg_data = dict(snippet.get("package") or {})
    pkg_data.setdefault("format", "apk" if platform == "android" else "ipa")
    facts = Facts(package=make(PackageFacts, pkg_data), app=make(AppFacts, app_data))
    for key, value in snippet.items():
        if key in ("app", "package"):
            continue
        if key == "certificate":
            facts.signing = facts.signing or fm.Signing()
            facts.signing.certificates = [make(fm.Certificate, v) for v in value]
            continue
        if key == "domain_config":
            facts.network = facts.network or fm.NetworkPolicy(platform=platform, cleartext_default=False)  # type: ignore[arg-type]
            facts.network.domains = [make(fm.NetworkDomainConfig, v) for v in value]
            continue
        if key == "files":
            facts.files = list(value)
            continue
        if key not in COLLECTIONS:
            raise ValueError(f"unknown collection {key!r} in rule test snippet")
        cls = COLLECTIONS[key]
        attr = COLLECTION_ATTR[key]
        if key in _SINGLETONS:
            data = value[0] if isinstance(value, list) else value
            setattr(facts, attr, make(cls, data))
        else:
            items = value if isinstance(value, list) else [value]
            setattr(facts, attr, [make(cls, v) for v in items])
    return facts
