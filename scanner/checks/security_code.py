"""Security rules over code facts, grouped the way a provider fixes them.

A data rule makes one finding per matched item. For code that reads badly: an SDK that hashes with MD5 in
thirty places would bury the report in thirty findings with one cause (the SDK) and one fix (update or replace
it). These checks keep the rule's ``select`` and ``where`` as the test of what counts and only change the
grouping: the app's own code gets one finding per calling method (each is a separate fix), SDK and library code
one finding per SDK or library with every site as evidence, unattributed code one per package (three segments).
``per_owner`` groups the app's sites too, for
inventory-style rules (info level) where per-method findings would be noise.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from scanner.facts.model import CodeCall, Facts
from scanner.model import Evidence
from scanner.rules.conditions import matches
from scanner.rules.engine import Hit, item_evidence
from scanner.rules.schema import Rule

MAX_EVIDENCE = 50
_OWNER_EN = {"app": "the app's own code", "library": "a common library", "unknown": "unattributed code"}
_OWNER_ZH = {"app": "应用自身代码", "library": "通用开源库", "unknown": "未识别归属的代码"}


def evidence_of(rule: Rule, item: Any) -> Evidence:
    """The item's location with the rule's evidence templates applied (as the engine does for data rules)."""
    return item_evidence(rule, item, {})


def selected(facts: Facts, rule: Rule) -> list[Any]:
    """Items of the rule's collections that satisfy its ``where``."""
    items: list[Any] = []
    for c in rule.collections:
        items.extend(i for i in facts.collection(c) if matches(i, rule.where))
    return items


def _owner_key(item: Any) -> tuple[str, str | None]:
    owner = getattr(item, "owner", None) or "unknown"
    return owner, getattr(item, "sdk", None)


def _site_key(item: Any) -> tuple[str, str]:
    cls = getattr(item, "caller_class", None) or getattr(item, "class_name", None) or ""
    meth = getattr(item, "caller_method", None) or getattr(item, "method", None) or ""
    return cls, meth


def _hit(rule: Rule, items: list[Any], group_label: str | None = None) -> Hit:
    items = sorted(items, key=lambda i: (*_site_key(i), getattr(i.location, "offset", 0) or 0))
    first = items[0]
    owner, sdk = _owner_key(first)
    sites = sorted({f"{c}.{m.split('(')[0]}" for c, m in (_site_key(i) for i in items)})
    label = group_label or sdk or (f"{package_group(_site_key(first)[0])}.*" if owner == "unknown" else None)
    values: dict[str, Any] = {
        "count": len(items),
        "sites": ", ".join(sites[:10]) + (f" … (+{len(sites) - 10})" if len(sites) > 10 else ""),
        "who": label or _OWNER_EN.get(owner, owner),
        "who_zh": label or _OWNER_ZH.get(owner, owner),
        # Templates name the method without its prototype; evidence keeps the full signature.
        "caller_method": _site_key(first)[1].split("(")[0],
        "method": _site_key(first)[1].split("(")[0],
    }
    return Hit(
        item=first,
        evidence=[evidence_of(rule, i) for i in items[:MAX_EVIDENCE]],
        values=values,
        owner=owner,
        sdk=sdk,
    )


def package_group(cls: str) -> str:
    """The package a class belongs to, at most three segments deep (com.google.android.gms.internal.zzx →
    com.google.android): unattributed third-party code is grouped by it, as an SDK would be."""
    parts = cls.split(".")
    return ".".join(parts[:3]) if len(parts) > 3 else ".".join(parts[:-1]) or cls


def _split(items: Iterable[Any], per_method_for_app: bool) -> list[list[Any]]:
    groups: dict[tuple[str, ...], list[Any]] = defaultdict(list)
    for i in items:
        owner, sdk = _owner_key(i)
        if per_method_for_app and owner == "app":
            groups[("site", owner, *_site_key(i))].append(i)
        elif owner == "unknown":
            groups[("pkg", owner, package_group(_site_key(i)[0]))].append(i)
        else:
            groups[("owner", owner, sdk or "")].append(i)
    return [groups[k] for k in sorted(groups)]


def per_site(facts: Facts, rule: Rule) -> list[Hit]:
    """App (and unattributed) code: one hit per calling method. SDK and library code: one hit per SDK/library."""
    return [_hit(rule, g) for g in _split(selected(facts, rule), per_method_for_app=True)]


def per_owner(facts: Facts, rule: Rule) -> list[Hit]:
    """One hit per owner (the app, each SDK, libraries, unattributed code) listing every site."""
    return [_hit(rule, g) for g in _split(selected(facts, rule), per_method_for_app=False)]


# ------------------------------------------------------------------------------------------------ WebView

_JS_ENABLED = "Landroid/webkit/WebSettings;->setJavaScriptEnabled"
_LOADS = ("Landroid/webkit/WebView;->loadUrl", "Landroid/webkit/WebView;->loadDataWithBaseURL")
#: Where a URL comes from when a user or another app controls it.
_UNTRUSTED = (
    "->getText",
    "->getStringExtra",
    "->getDataString",
    "->getData",
    "->getQueryParameter",
    "->getExtras",
    "->getString",
    "->getCharSequenceExtra",
    "->getLastPathSegment",
)


_WHY_ZH = {
    "URL from user or intent input": "URL 来自用户或 intent 输入",
    "file:// URL built at run time": "运行时拼接的 file:// URL",
}


def _outer(cls: str) -> str:
    return cls.split("$", 1)[0]


def _untrusted_url(call: CodeCall) -> str | None:
    """Why the URL argument of a WebView load is not trusted, or None."""
    src = call.arg_sources[1] if len(call.arg_sources) > 1 else None
    if src is None or src in ("const",):
        return None
    if src.startswith("call:") and any(u in src for u in _UNTRUSTED):
        return "URL from user or intent input"
    if src == "concat" and any(p.lower().startswith("file:") for p in call.arg_parts):
        return "file:// URL built at run time"
    return None


def webview_untrusted_content(facts: Facts, rule: Rule) -> list[Hit]:
    """A WebView that runs JavaScript and loads a URL from user or intent input, or a file:// path built at run
    time, in the same class (lambdas and inner classes count with their outer class).

    Either alone is common and usually fine; together they are the XSS / local-file-theft pattern of the
    WebView exercises in DIVA, AndroGoat and InsecureBankv2.
    """
    js: dict[str, list[CodeCall]] = defaultdict(list)
    loads: list[tuple[CodeCall, str]] = []
    for call in facts.calls:
        if call.kind != "method" or not matches(call, rule.where):
            continue
        if call.target == _JS_ENABLED and (call.int_arg1 == 1):
            js[_outer(call.caller_class)].append(call)
        elif call.target in _LOADS:
            why = _untrusted_url(call)
            if why:
                loads.append((call, why))
    hits: list[Hit] = []
    for (cls, meth, _why), group in _by_site(loads).items():
        enabled = js.get(_outer(cls))
        if not enabled:
            continue
        first = group[0][0]
        evidence = [evidence_of(rule, c) for c, _ in group]
        for e, (_c, why) in zip(evidence, group, strict=True):
            e.detail = why
        js_ev = evidence_of(rule, enabled[0])
        js_ev.detail = "setJavaScriptEnabled(true)"
        hits.append(
            Hit(
                item=first,
                evidence=[*evidence, js_ev],
                values={
                    "why": group[0][1],
                    "why_zh": _WHY_ZH.get(group[0][1], group[0][1]),
                    "sites": f"{cls}.{meth.split('(')[0]}",
                },
                owner=first.owner,
                sdk=first.sdk,
            )
        )
    return hits


def _by_site(loads: list[tuple[CodeCall, str]]) -> dict[tuple[str, str, str], list[tuple[CodeCall, str]]]:
    out: dict[tuple[str, str, str], list[tuple[CodeCall, str]]] = defaultdict(list)
    for call, why in loads:
        out[(call.caller_class, call.caller_method, "")].append((call, why))
    return dict(sorted(out.items()))


def in_exported_component(facts: Facts, rule: Rule) -> list[Hit]:
    """As :func:`per_site`, for code in a component other apps can start (exported, enabled, no permission).

    Input read from the intent of a component nobody outside the app can reach is not attacker-controlled, so
    rules about intent and deep-link input only count there (inner classes and lambdas count with their outer
    class; an activity-alias lends its exposure to its target activity).
    """
    open_classes: set[str] = set()
    for c in facts.components:
        if c.exported and c.enabled and not c.protected:
            open_classes.add(c.target_activity if c.kind == "activity-alias" and c.target_activity else c.name)
    items = [i for i in selected(facts, rule) if _outer(_site_key(i)[0]) in open_classes]
    return [_hit(rule, g) for g in _split(items, per_method_for_app=True)]
