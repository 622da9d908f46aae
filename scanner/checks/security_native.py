"""Native hardening, one finding per library rather than one per ABI copy.

An APK ships the same library for up to four ABIs (lib/arm64-v8a/libfoo.so, lib/armeabi-v7a/libfoo.so …); a
missing flag is one build setting to change, so the rule's matches (its ``select``/``where`` over binaries) are
grouped by the SDK that owns the library (from the SDK hits' native_libs) or the app, and each finding lists
every library and ABI affected.
"""

from __future__ import annotations

from collections import defaultdict

from scanner.facts.model import Facts, NativeBinary
from scanner.model import location_evidence
from scanner.rules.conditions import matches
from scanner.rules.engine import Hit
from scanner.rules.schema import Rule

MAX_LIBS = 30


def _path(b: NativeBinary) -> str:
    return b.location.file or b.path


def grouped_app_binaries(facts: Facts, rule: Rule) -> list[Hit]:
    """As :func:`grouped_binaries`, the app's own libraries only: for build settings (symbol stripping) that
    only the app's developer can change, an SDK's prebuilt library is not actionable."""
    return [h for h in grouped_binaries(facts, rule) if h.sdk is None]


def grouped_binaries(facts: Facts, rule: Rule) -> list[Hit]:
    """Binaries matching the rule, grouped by owner (an SDK or the app), one evidence entry per library."""
    owner_of: dict[str, str] = {}
    for hit in facts.sdks:
        for lib in hit.native_libs:
            owner_of[lib] = hit.id
    groups: dict[str, dict[str, list[NativeBinary]]] = defaultdict(lambda: defaultdict(list))
    for b in facts.binaries:
        if b.error or not matches(b, rule.where):
            continue
        groups[owner_of.get(_path(b), "")][_path(b).rsplit("/", 1)[-1]].append(b)
    hits: list[Hit] = []
    for sdk, libs in sorted(groups.items()):
        evidence = []
        names = []
        first: NativeBinary | None = None
        for name, copies in sorted(libs.items())[:MAX_LIBS]:
            copies.sort(key=_path)
            first = first or copies[0]
            abis = sorted({b.arch for b in copies})
            names.append(f"{name} ({', '.join(abis)})")
            ev = location_evidence(copies[0].location)
            ev.file = _path(copies[0])
            ev.string = name
            ev.detail = _detail(rule, copies[0]) + f"; ABIs: {', '.join(abis)}"
            evidence.append(ev)
        assert first is not None
        hits.append(
            Hit(
                item=first,
                evidence=evidence,
                values={"libs": "; ".join(names), "count": len(libs)},
                owner="sdk" if sdk else "app",
                sdk=sdk or None,
            )
        )
    return hits


def _detail(rule: Rule, b: NativeBinary) -> str:
    """What failed, in the binary's own terms (function names, RELRO level, RPATH …)."""
    if b.insecure_functions and "insecure_functions" in rule.where:
        return "imports " + ", ".join(b.insecure_functions)
    if b.weak_crypto_functions and "weak_crypto_functions" in rule.where:
        return "uses " + ", ".join(b.weak_crypto_functions)
    if "rpath" in rule.where:
        return "RPATH/RUNPATH " + ", ".join(b.rpath)
    if "relro" in rule.where:
        return f"RELRO {b.relro}" + (" (no BIND_NOW)" if b.relro == "partial" else "")
    keys = [k for k in ("nx", "pie", "canary", "fortify", "stripped") if k in rule.where]
    return ", ".join(f"{k}={getattr(b, k)}" for k in keys) or b.arch
