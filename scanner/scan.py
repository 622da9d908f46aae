"""One direction of flow: unpack → facts → detectors → rules → findings → result.

``Scanner`` holds what is shared between packages (catalogues, rules, compiled matchers) so scanning many
packages pays for loading them once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from scanner.catalog.load import Catalogues, load_catalogues
from scanner.detect.android_strings import android_strings
from scanner.detect.apis import api_needs, detect_android_apis
from scanner.detect.owner import OwnerResolver
from scanner.detect.sdks import SdkMatcher
from scanner.detect.strings import StringScanner
from scanner.facts.android import AndroidScan, extract_android, package_facts
from scanner.facts.model import Facts
from scanner.model import ScanResult
from scanner.paths import rules_dir
from scanner.results import build_result
from scanner.rules.engine import evaluate, needs_of
from scanner.rules.loader import load_rules
from scanner.rules.schema import Rule
from scanner.unpack.package import OpenedPackage, open_package
from scanner.unpack.safezip import Limits

Progress = Callable[[str], None]


def _quiet(_msg: str) -> None:
    return None


@dataclass(slots=True)
class ScanOptions:
    """How a Scanner is built: the rules directory, rule ids to leave out, the unpacking limits."""

    rules_root: Path | None = None
    disabled_rules: set[str] = field(default_factory=set)
    limits: Limits = field(default_factory=Limits)


class Scanner:
    """Catalogues, rules and compiled matchers loaded once, then any number of packages scanned with them."""

    def __init__(self, options: ScanOptions | None = None, progress: Progress = _quiet) -> None:
        self.options = options or ScanOptions()
        self.progress = progress
        root = self.options.rules_root or rules_dir()
        self.catalogues: Catalogues = load_catalogues(root)
        self.rules: list[Rule] = [r for r in load_rules(root) if r.id not in self.options.disabled_rules]
        self.sdk_matcher = SdkMatcher(self.catalogues.sdks)
        self.strings = self.catalogues.strings
        self.needs = api_needs(self.catalogues.apis)
        self.needs.merge(needs_of(self.rules))
        self.clauses: dict[str, dict[str, str]] = self.catalogues.clauses

    @property
    def clause_titles(self) -> dict[str, str]:
        return {k: v.get("title_zh") or v.get("title", k) for k, v in self.clauses.items()}

    def facts(self, path: Path) -> Facts:
        """Unpack and extract: the facts of one package, detectors applied, no rules."""
        self.progress(f"open {path.name}")
        opened = open_package(path, self.options.limits)
        try:
            if opened.android is not None:
                return self._android(opened)
            from scanner.detect.ios import extract_ios  # imported lazily: lief Mach-O code is iOS-only

            self.progress("read IPA")
            return extract_ios(opened, self)
        finally:
            opened.close()

    def _android(self, opened: OpenedPackage) -> Facts:
        """Android facts with the detectors applied (SDKs, code owners, APIs, strings); iOS: detect/ios.py."""
        self.progress("read manifest, resources, signatures, DEX")
        scan: AndroidScan = extract_android(opened, self.needs)
        facts = scan.facts
        self.progress("match SDKs and APIs")
        facts.sdks = self.sdk_matcher.detect_android(
            scan.code.class_names(),
            [b.location.file or b.path for b in facts.binaries],
            [c.name for c in facts.components],
            facts.files,
            [m.name for m in facts.meta_data],
        )
        owners = OwnerResolver(
            self.sdk_matcher,
            list(self.catalogues.libraries.prefixes),
            OwnerResolver.app_prefixes(facts.app.id, facts.app.application_class, facts.app.main_activity),
        )
        for call in facts.calls:
            call.owner, call.sdk = owners.owner(call.caller_class)
        for body in facts.bodies:
            body.owner, body.sdk = owners.owner(body.class_name)
        facts.apis = detect_android_apis(facts.calls, self.catalogues.apis)
        self.progress("search strings")
        facts.strings = android_strings(scan, StringScanner(self.strings), owners)
        # Reading entries can reveal more tampering (sizes that lie): take the notes once everything is read.
        facts.package.tamper = package_facts(opened).tamper
        return facts

    def scan(self, path: Path) -> ScanResult:
        """The result of one package (before CI gating: policy, baseline and declared filing are cli.py's)."""
        facts = self.facts(path)
        self.progress("apply rules")
        findings = evaluate(self.rules, facts, self.clause_titles)
        return build_result(facts, findings, self)
