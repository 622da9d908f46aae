"""IPA facts → detectors: SDKs, sensitive APIs with the code that references them, code ownership, strings.

The iOS counterpart of ``Scanner._android``: :func:`scanner.facts.ios.read_ipa` reads the package and knows no
catalogue; :func:`extract_ios` runs the SDK, API and string detectors over what it read, asking the slices' code
readers (``macho.SliceCode``) for the catalogue's iOS references, and returns finished facts.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from scanner.catalog.schema import ApiCatalogue
from scanner.detect.apis import detect_ios_apis
from scanner.detect.ios_strings import OwnerOf, ios_strings
from scanner.detect.owner import OwnerResolver
from scanner.detect.sdks import SdkMatcher
from scanner.detect.strings import StringScanner
from scanner.facts.ios import Bundle, IosScan, acknowledged_pods, read_ipa
from scanner.facts.macho import Caller, MachOSlice
from scanner.facts.model import CodeCall, Facts, Location, Owner
from scanner.unpack.package import OpenedPackage

if TYPE_CHECKING:
    from scanner.scan import Scanner


def _vendor_prefix(app_id: str | None) -> str | None:
    """``com.vendor.`` of ``com.vendor.app``: frameworks the vendor ships with its own bundle ids are app code."""
    parts = (app_id or "").split(".")
    return ".".join(parts[:2]) + "." if len(parts) >= 3 else None


def extract_ios(opened: OpenedPackage, scanner: Scanner) -> Facts:
    """Facts with detectors applied: SDKs, sensitive APIs (with the code that references them), strings."""
    scan = read_ipa(opened)
    facts = scan.facts
    matcher = scanner.sdk_matcher
    scanner.progress("match SDKs and APIs")

    classes: dict[str, str] = {}
    symbols: list[tuple[str, str]] = []
    for sl in scan.slices:
        for c in sl.classes:  # categories as "Base(Category)": SDKs extend system classes that way
            classes.setdefault(c.name, sl.fact.path)
        for t in sl.swift_types:
            classes.setdefault(t, sl.fact.path)
        for sym in sl.exported:
            symbols.append((sym, sl.fact.path))
    for sl in scan.slices:
        symbols += [(i, sl.fact.path) for i in sl.fact.imports if not i.startswith("_OBJC_")]
    facts.classes = sum(1 for name in classes if "(" not in name)
    frameworks = [b.name.rsplit(".", 1)[0] for b in scan.bundles if b.kind == "framework"]
    frameworks += (
        [n.rsplit("/", 1)[-1][: -len(".dylib")] for n in facts.ios.frameworks if n.endswith(".dylib")]
        if facts.ios
        else []
    )
    pods: list[str] = []
    for b in scan.bundles:
        if b.kind == "bundle":
            stem = b.name[: -len(".bundle")]
            pods += [stem, stem.split("_", 1)[0]]
    pods += acknowledged_pods(scan)
    facts.sdks = matcher.detect_ios(sorted(classes.items()), frameworks, pods, symbols)

    # Who owns each binary: the SDK a framework is, the app for its own executables and vendor frameworks.
    vendor = _vendor_prefix(facts.app.id)
    binary_owner: dict[str, tuple[Owner, str | None]] = {}
    for sl in scan.slices:
        path = sl.fact.path
        if path in binary_owner:
            continue
        holder = scan.bundle_of(path)
        binary_owner[path] = _binary_owner(sl, holder, scan, matcher, vendor)

    def owner_of(sl: MachOSlice, caller: Caller | None) -> tuple[Owner, str | None]:
        base = binary_owner.get(sl.fact.path, ("unknown", None))
        if caller is not None and caller.class_name:
            sid = matcher.sdk_of_objc_class(caller.class_name)
            if sid:
                return "sdk", sid
        return base

    facts.calls = _code_calls(scan, scanner.catalogues.apis, owner_of)
    owners = OwnerResolver(matcher, list(scanner.catalogues.libraries.prefixes), [])
    facts.apis = detect_ios_apis(
        facts.binaries, scanner.catalogues.apis, owners, calls=facts.calls, binary_owners=binary_owner
    )
    for r in facts.required_reasons:
        r.owner, r.sdk = binary_owner.get(r.binary, ("unknown", None))
    scanner.progress("search strings")
    facts.strings = ios_strings(scan, StringScanner(scanner.strings), owner_of)
    return facts


def _binary_owner(
    sl: MachOSlice, holder: Bundle | None, scan: IosScan, matcher: SdkMatcher, vendor: str | None
) -> tuple[Owner, str | None]:
    """Who owns a Mach-O: the app (its executables and extensions), the SDK a framework is, or unknown."""
    fact = sl.fact
    if fact.encrypted:
        return "unknown", None  # without class names, app code and linked SDK code cannot be told apart
    if fact.kind in ("executable", "extension") or holder is None or holder.dir == scan.app_dir:
        return "app", None
    name = holder.name.rsplit(".", 1)[0]
    hits = matcher.detect_ios([], [name], [], [])
    if hits:
        return "sdk", hits[0].id
    names = [c.category_of or c.name for c in sl.classes] + sl.swift_types
    counts = Counter(sid for n in names if (sid := matcher.sdk_of_objc_class(n)))
    if counts:
        return "sdk", counts.most_common(1)[0][0]
    if vendor and holder.bundle_id and holder.bundle_id.startswith(vendor):
        return "app", None
    return "unknown", None


def _code_calls(scan: IosScan, catalogue: ApiCatalogue, owner_of: OwnerOf) -> list[CodeCall]:
    """Call sites of every iOS reference in the API catalogue, from the slices' code references."""
    refs: set[tuple[str, str]] = set()
    for api in catalogue.apis:
        for ref in api.ios:
            if ref.symbol:
                refs.add(("sym", ref.symbol.lstrip("_")))
            elif ref.objc_class:
                refs.add(("class", ref.objc_class))
            elif ref.selector:
                refs.add(("sel", ref.selector))
    out: list[CodeCall] = []
    seen: set[tuple[str, str, str | None, str | None]] = set()
    for sl in scan.slices:
        code = sl.code
        if code is None:
            continue
        for kind, name in sorted(refs):
            if kind == "sym":
                targets = code.symbol_targets(name)
            elif kind == "class":
                targets = code.class_targets(name)
            else:
                targets = code.selector_targets(name)
            if not targets:
                continue
            target = f"{kind}:{name}"
            for caller in code.callers(targets):
                key = (sl.fact.path, target, caller.class_name, caller.method)
                if key in seen:
                    continue
                seen.add(key)
                owner, sdk = owner_of(sl, caller)
                out.append(
                    CodeCall(
                        kind="method",
                        target=target,
                        target_proto=None,
                        caller_class=caller.class_name or "",
                        caller_method=caller.method or "",
                        owner=owner,
                        sdk=sdk,
                        location=Location(
                            file=sl.fact.path,
                            class_name=caller.class_name,
                            method=caller.method,
                            offset=caller.address,
                            detail=sl.fact.arch,
                        ),
                    )
                )
    return out
