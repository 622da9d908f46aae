"""Sensitive-API call sites from the API catalogue, attributed to the app, an SDK or a library."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from scanner.catalog.schema import Api, ApiCatalogue
from scanner.detect.owner import OwnerResolver
from scanner.facts.android_code import CodeNeeds
from scanner.facts.model import ApiCall, CodeCall, Location, NativeBinary, Owner


def api_needs(catalogue: ApiCatalogue) -> CodeNeeds:
    """The methods and fields the API catalogue names, so the one DEX pass also finds their call sites."""
    needs = CodeNeeds()
    for api in catalogue.apis:
        for ref in api.android:
            if ref.method:
                needs.methods.add(ref.method)
            if ref.field:
                needs.fields.add(ref.field)
    return needs


def _api_call(
    api: Api, ref: str, caller: tuple[str | None, str | None], who: tuple[Owner, str | None], location: Location
) -> ApiCall:
    """One call site of a catalogued API, the same fact for both platforms."""
    return ApiCall(
        api=api.id,
        category=api.category,
        name=api.name,
        name_zh=api.name_zh,
        pi=list(api.pi),
        ref=ref,
        caller_class=caller[0],
        caller_method=caller[1],
        owner=who[0],
        sdk=who[1],
        location=location,
    )


def detect_android_apis(calls: Iterable[CodeCall], catalogue: ApiCatalogue) -> list[ApiCall]:
    """Catalogued APIs among the DEX call sites (``with_string`` narrowing applied), one per API and calling method."""
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
                _api_call(
                    api,
                    call.target + (f" [{with_string}]" if with_string else ""),
                    (call.caller_class, call.caller_method),
                    (call.owner, call.sdk),
                    Location(
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


#: (caller class, caller method, owner, SDK id, site address) of one iOS reference.
_Site = tuple[str | None, str | None, Owner, str | None, int | None]


def detect_ios_apis(
    binaries: Iterable[NativeBinary],
    catalogue: ApiCatalogue,
    owners: OwnerResolver,
    *,
    calls: Iterable[CodeCall] = (),
    binary_owners: Mapping[str, tuple[Owner, str | None]] | None = None,
) -> list[ApiCall]:
    """Imported symbols, referenced Objective-C classes and selectors of each Mach-O slice.

    ``calls`` (targets ``sym:NAME`` / ``class:NAME`` / ``sel:NAME``, from the slice's code references) give the
    calling class and method and who owns it; without them one entry per binary is reported, owned as
    ``binary_owners`` says (an SDK framework → that SDK). Catalogue symbols are written without Mach-O's leading
    underscore. Slices of one fat file report once.
    """
    sites: dict[tuple[str, str], list[CodeCall]] = {}
    for c in calls:
        sites.setdefault((c.location.file or "", c.target), []).append(c)
    out: list[ApiCall] = []
    seen: set[tuple[str, str, str, str | None, str | None]] = set()
    for b in binaries:
        if b.format != "macho":
            continue
        imports = set(b.imports)
        plain = {s[1:] if s.startswith("_") else s for s in imports}
        classes = {s[len("_OBJC_CLASS_$_") :] for s in imports if s.startswith("_OBJC_CLASS_$_")}
        classes |= set(b.objc_class_refs)
        selectors = set(b.selectors)
        if binary_owners is not None and b.path in binary_owners:
            owner, sdk = binary_owners[b.path]
        else:
            owner, sdk = owners.objc_owner(None, b.kind)
            if b.kind == "framework":
                owner = "unknown"
        for api in catalogue.apis:
            for ref in api.ios:
                if ref.symbol is not None:
                    sym = ref.symbol.lstrip("_")
                    matched, target = sym in plain, f"sym:{sym}"
                elif ref.objc_class is not None:
                    matched, target = ref.objc_class in classes, f"class:{ref.objc_class}"
                else:
                    sel = ref.selector or ""
                    matched, target = sel in selectors, f"sel:{sel}"
                if not matched:
                    continue
                what = ref.symbol or ref.objc_class or ref.selector or ""
                found = sites.get((b.path, target))
                callers: list[_Site] = (
                    [
                        (c.caller_class or None, c.caller_method or None, c.owner, c.sdk, c.location.offset)
                        for c in found
                    ]
                    if found
                    else [(None, None, owner, sdk, None)]
                )
                for cls, meth, who, sid, offset in callers:
                    key = (api.id, b.path, what, cls, meth)
                    if key in seen:
                        continue
                    seen.add(key)
                    out.append(
                        _api_call(
                            api,
                            what,
                            (cls, meth),
                            (who, sid),
                            Location(
                                file=b.path, class_name=cls, method=meth, offset=offset, string=what, detail=b.arch
                            ),
                        )
                    )
    # One caller line per (API, binary, function) in the result: every ref it uses shares the first site.
    first: dict[tuple[str, str | None, str | None, str | None], int] = {}
    for a in out:
        if a.location.offset is not None:
            k = (a.api, a.location.file, a.caller_class, a.caller_method)
            first[k] = min(first.get(k, a.location.offset), a.location.offset)
    for a in out:
        if a.location.offset is not None:
            a.location.offset = first[(a.api, a.location.file, a.caller_class, a.caller_method)]
    out.sort(key=lambda a: (a.api, a.location.file or "", a.ref, a.caller_class or "", a.caller_method or ""))
    return out
