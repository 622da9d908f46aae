"""Match the SDK catalogue against a package's classes, native libraries, components, assets and frameworks.

Evidence is kept per SDK (how many classes matched, examples, libraries, components), so a reviewer can see
*why* an SDK is reported; a single weak signal gives a lower confidence instead of no answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from scanner.catalog.schema import Sdk
from scanner.detect.prefixes import PrefixMatcher
from scanner.facts.model import Location, SdkHit

EXAMPLES = 5


@dataclass(slots=True)
class _Acc:
    classes: int = 0
    examples: list[str] = field(default_factory=list)
    example_files: list[str] = field(default_factory=list)
    libs: set[str] = field(default_factory=set)
    components: set[str] = field(default_factory=set)
    assets: set[str] = field(default_factory=set)
    frameworks: set[str] = field(default_factory=set)
    meta: set[str] = field(default_factory=set)

    def add_class(self, name: str, where: str) -> None:
        """Count one matching class (or symbol); the first few are kept, with their file, as examples."""
        self.classes += 1
        if len(self.examples) < EXAMPLES:
            self.examples.append(name)
            self.example_files.append(where)


class SdkMatcher:
    """Compiled signatures of a catalogue."""

    def __init__(self, sdks: Iterable[Sdk]) -> None:
        self.sdks = {s.id: s for s in sdks}
        self.android_prefixes: PrefixMatcher[str] = PrefixMatcher(
            (p, s.id) for s in self.sdks.values() for p in s.android.packages
        )
        self._class_patterns = [(re.compile(p), s.id) for s in self.sdks.values() for p in s.android.class_patterns]
        self._libs = [(re.compile(p), s.id) for s in self.sdks.values() for p in s.android.native_libs]
        self._assets = [(re.compile(p), s.id) for s in self.sdks.values() for p in s.android.assets]
        self._components = {c: s.id for s in self.sdks.values() for c in s.android.components}
        self._meta = {m: s.id for s in self.sdks.values() for m in s.android.meta_data}
        self._ios_patterns = [(re.compile(p), s.id) for s in self.sdks.values() for p in s.ios.class_patterns]
        self._frameworks = {f.lower(): s.id for s in self.sdks.values() for f in s.ios.frameworks}
        self._pods = {p.lower(): s.id for s in self.sdks.values() for p in s.ios.pods}
        self._symbols = {sym: s.id for s in self.sdks.values() for sym in s.ios.symbols}
        self._owner_cache: dict[str, str | None] = {}

    # -------------------------------------------------------------------------------------- attribution

    def sdk_of_class(self, class_name: str) -> str | None:
        """The SDK a dotted Java class name belongs to (longest package prefix), or None; cached, as code
        ownership asks about the same calling classes again and again."""
        if class_name not in self._owner_cache:
            self._owner_cache[class_name] = self._class_level(class_name)
        return self._owner_cache[class_name]

    def sdk_of_objc_class(self, class_name: str) -> str | None:
        """The SDK an Objective-C / Swift class name belongs to (first matching class pattern), or None."""
        for pattern, sid in self._ios_patterns:
            if pattern.search(class_name):
                return sid
        return None

    # -------------------------------------------------------------------------------------- detection

    def detect_android(
        self,
        classes: Iterable[tuple[str, str]],
        native_libs: Iterable[str],
        components: Iterable[str],
        files: Iterable[str],
        meta_data: Iterable[str],
    ) -> list[SdkHit]:
        """SDK hits of an APK from its classes, native libraries, components, files and meta-data keys."""
        acc: dict[str, _Acc] = {}
        by_package: dict[str, str | None] = {}
        for name, dex in classes:
            pkg, _, _ = name.rpartition(".")
            if pkg not in by_package:  # one prefix look-up per package, not per class
                hit = self.android_prefixes.match(pkg) if pkg else None
                by_package[pkg] = hit[1] if hit else None
            # A class-level signature (exact class, class pattern) can still match inside an unmatched package.
            sid = by_package[pkg] or self._class_level(name)
            if sid is not None:
                acc.setdefault(sid, _Acc()).add_class(name, dex)
        for lib in native_libs:
            base = lib.rsplit("/", 1)[-1]
            for pattern, sid in self._libs:
                if pattern.search(base):
                    acc.setdefault(sid, _Acc()).libs.add(lib)
        for comp in components:
            sid = self._components.get(comp)
            if sid:
                acc.setdefault(sid, _Acc()).components.add(comp)
        for path in files:
            for pattern, sid in self._assets:
                if pattern.search(path):
                    acc.setdefault(sid, _Acc()).assets.add(path)
        for key in meta_data:
            sid = self._meta.get(key)
            if sid:
                acc.setdefault(sid, _Acc()).meta.add(key)
        return self._hits(acc)

    def _class_level(self, name: str) -> str | None:
        """The SDK of one class: the longest catalogue prefix of its name, else the first class pattern."""
        hit = self.android_prefixes.match(name)
        if hit:
            return hit[1]
        for pattern, sid in self._class_patterns:
            if pattern.search(name):
                return sid
        return None

    def detect_ios(
        self,
        objc_classes: Iterable[tuple[str, str]],
        frameworks: Iterable[str],
        pods: Iterable[str],
        symbols: Iterable[tuple[str, str]],
    ) -> list[SdkHit]:
        """SDK hits of an IPA from its classes, frameworks, pods and symbols."""
        acc: dict[str, _Acc] = {}
        for name, where in objc_classes:
            sid = self.sdk_of_objc_class(name)
            if sid is not None:
                acc.setdefault(sid, _Acc()).add_class(name, where)
        for fw in frameworks:
            sid = self._frameworks.get(fw.lower())
            if sid:
                acc.setdefault(sid, _Acc()).frameworks.add(fw)
        for pod in pods:
            sid = self._pods.get(pod.lower())
            if sid:
                acc.setdefault(sid, _Acc()).frameworks.add(pod)
        for sym, where in symbols:
            sid = self._symbols.get(sym)
            if sid:
                acc.setdefault(sid, _Acc()).add_class(sym, where)
        return self._hits(acc)

    def _hits(self, acc: dict[str, _Acc]) -> list[SdkHit]:
        out: list[SdkHit] = []
        for sid, a in sorted(acc.items()):
            sdk = self.sdks[sid]
            confidence: Literal["high", "medium", "low"]
            kinds = sum(bool(x) for x in (a.classes, a.libs, a.components, a.assets, a.frameworks, a.meta))
            if a.classes >= 3 or kinds >= 2 or a.frameworks or a.components:
                confidence = "high"
            elif a.classes or a.libs or a.assets:
                confidence = "medium"
            else:
                confidence = "low"
            first = a.example_files[0] if a.example_files else None
            out.append(
                SdkHit(
                    id=sid,
                    name=sdk.name,
                    name_zh=sdk.name_zh,
                    vendor=sdk.vendor,
                    categories=list(sdk.categories),
                    confidence=confidence,
                    classes_matched=a.classes,
                    example_classes=a.examples,
                    native_libs=sorted(a.libs),
                    components=sorted(a.components),
                    assets=sorted(a.assets)[:EXAMPLES],
                    frameworks=sorted(a.frameworks),
                    meta_data=sorted(a.meta),
                    domains=list(sdk.domains),
                    collects=list(sdk.collects),
                    refs={k: v for k, v in sdk.refs.model_dump().items() if v},
                    location=Location(file=first, class_name=a.examples[0] if a.examples else None),
                )
            )
        return out
