"""Sensitive-API call sites from the API catalogue, attributed to the app, an SDK or a library."""

from __future__ import annotations

from collections.abc import Iterable

from scanner.catalog.schema import Api, ApiCatalogue
from scanner.detect.owner import OwnerResolver
from scanner.facts.android_code import CodeNeeds
from scanner.facts.model import ApiCall, CodeCall, Location, NativeBinary


def api_needs(catalogue: ApiCatalogue) -> CodeNeeds:
    needs = CodeNeeds()
    for api in catalogue.apis:
        for ref in api.android:
            if ref.method:
                needs.methods.add(ref.method)
            if ref.field:
                needs.fields.add(ref.field)
    return needs


def detect_android_apis(calls: Iterable[CodeCall], catalogue: ApiCatalogue) -> list[ApiCall]:
    index: dict[str, list[tuple[Api, str | None]]] = {}
    for api in catalogue.apis:
        for ref in api.android:
            index.setdefault(ref.method or ref.field or "", []).append((api, ref.with_string))
    seen: set[tuple[str, str, str, str]] = set()
    out: list[ApiCall] = []
    for call in calls:
        if call.kind == "string":
            continue
        for api, with_string in index.get(call.target, ()):
            # with_string is a prefix: "content://com.android.contacts" covers every contacts URI.
            if with_string is not None and not any(s.startswith(with_string) for s in call.method_strings):
                continue
            seen_key = (api.id, call.caller_class, call.caller_method, call.target)
            if seen_key in seen:
                continue
            seen.add(seen_key)
            out.append(
                ApiCall(
                    api=api.id,
                    category=api.category,
                    name=api.name,
                    name_zh=api.name_zh,
                    pi=list(api.pi),
                    ref=call.target + (f" [{with_string}]" if with_string else ""),
                    caller_class=call.caller_class,
                    caller_method=call.caller_method,
                    owner=call.owner,
                    sdk=call.sdk,
                    location=Location(
                        file=call.location.file,
                        class_name=call.caller_class,
                        method=call.caller_method,
                        offset=call.location.offset,
                        string=with_string,
                    ),
                )
            )
    out.sort(key=lambda a: (a.api, a.caller_class or "", a.caller_method or ""))
    return out


def detect_ios_apis(binaries: Iterable[NativeBinary], catalogue: ApiCatalogue, owners: OwnerResolver) -> list[ApiCall]:
    """Imported symbols, referenced Objective-C classes and selectors of each Mach-O slice."""
    out: list[ApiCall] = []
    seen: set[tuple[str, str, str]] = set()
    for b in binaries:
        if b.format != "macho":
            continue
        imports = set(b.imports)
        classes = {s[len("_OBJC_CLASS_$_") :] for s in imports if s.startswith("_OBJC_CLASS_$_")}
        classes |= set(getattr(b, "objc_class_refs", []) or [])
        selectors = set(getattr(b, "selectors", []) or [])
        owner, sdk = owners.objc_owner(None, b.kind)
        for api in catalogue.apis:
            for ref in api.ios:
                matched = (
                    (ref.symbol is not None and (ref.symbol in imports or ref.symbol.lstrip("_") in imports))
                    or (ref.objc_class is not None and ref.objc_class in classes)
                    or (ref.selector is not None and ref.selector in selectors)
                )
                if not matched:
                    continue
                what = ref.symbol or ref.objc_class or ref.selector or ""
                key = (api.id, b.path, what)
                if key in seen:
                    continue
                seen.add(key)
                out.append(
                    ApiCall(
                        api=api.id,
                        category=api.category,
                        name=api.name,
                        name_zh=api.name_zh,
                        pi=list(api.pi),
                        ref=what,
                        caller_class=None,
                        caller_method=None,
                        owner=owner if b.kind != "framework" else "sdk" if sdk else "unknown",
                        sdk=sdk,
                        location=Location(file=b.path, string=what, detail=b.arch),
                    )
                )
    out.sort(key=lambda a: (a.api, a.location.file or "", a.ref))
    return out
