"""DEX code → class inventory, call sites, method summaries and string hits.

What to look for comes from outside (the API catalogue and the rules' needs), so the cost is one
vectorised pass per DEX for all targets together, plus decoding only the methods that contain a hit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from scanner.facts.dex import (
    CONST_STRING,
    CONST_STRING_JUMBO,
    DEX_ERRORS,
    DexError,
    DexFile,
    DexGate,
    descriptor_to_dotted,
)
from scanner.facts.dex_flow import INVOKE_OPS
from scanner.facts.model import CodeCall, Location, MethodBody, ScanIssue
from scanner.textsearch import LiteralFinder


@dataclass(slots=True)
class CodeNeeds:
    """The code facts a scan must produce, gathered from the catalogues and rules before reading code."""

    methods: set[str] = field(default_factory=set)  # "Lpkg/Class;->name"
    fields: set[str] = field(default_factory=set)  # "Lpkg/Class;->NAME"
    strings: set[str] = field(default_factory=set)  # exact constant strings whose loads matter
    overrides: set[tuple[str, str]] = field(default_factory=set)  # (interface or superclass, method name)

    #: Methods wanted only where a gate passes (see rules/schema.py NeedsGate); ``methods`` wins over a gate.
    gated: dict[str, set[CodeGate]] = field(default_factory=dict)

    def merge(self, other: CodeNeeds) -> None:
        """Add another source's needs (the API catalogue's and the rules' are gathered separately)."""
        self.methods |= other.methods
        self.fields |= other.fields
        self.strings |= other.strings
        self.overrides |= other.overrides
        for ref, gates in other.gated.items():
            self.gated.setdefault(ref, set()).update(gates)


@dataclass(frozen=True, slots=True)
class CodeGate:
    """Read a method's call sites only in methods that call one of ``methods``, load a constant matching
    ``strings`` or are named like ``names``."""

    methods: tuple[str, ...] = ()
    strings: tuple[str, ...] = ()  # lower-case substrings
    names: str | None = None


def _split_ref(ref: str) -> tuple[str, str]:
    cls, _, name = ref.partition("->")
    return cls, name


#: Superclasses of framework classes apps extend, for methods called through a subclass reference: javac and
#: d8 name the receiver's static type, so ``getSharedPreferences`` in an Activity is ``LMyActivity;->…``.
FRAMEWORK_SUPER: dict[str, str] = {
    "Landroid/content/ContextWrapper;": "Landroid/content/Context;",
    "Landroid/view/ContextThemeWrapper;": "Landroid/content/ContextWrapper;",
    "Landroid/app/Activity;": "Landroid/view/ContextThemeWrapper;",
    "Landroid/app/Service;": "Landroid/content/ContextWrapper;",
    "Landroid/app/Application;": "Landroid/content/ContextWrapper;",
    "Landroid/app/IntentService;": "Landroid/app/Service;",
    "Landroid/app/ListActivity;": "Landroid/app/Activity;",
    "Landroid/app/ExpandableListActivity;": "Landroid/app/Activity;",
    "Landroid/app/ActivityGroup;": "Landroid/app/Activity;",
    "Landroid/app/TabActivity;": "Landroid/app/ActivityGroup;",
    "Landroid/app/AliasActivity;": "Landroid/app/Activity;",
    "Landroid/app/LauncherActivity;": "Landroid/app/ListActivity;",
    "Landroid/app/NativeActivity;": "Landroid/app/Activity;",
    "Landroid/preference/PreferenceActivity;": "Landroid/app/ListActivity;",
    "Landroid/accounts/AccountAuthenticatorActivity;": "Landroid/app/Activity;",
    "Landroid/app/job/JobService;": "Landroid/app/Service;",
    "Landroid/accessibilityservice/AccessibilityService;": "Landroid/app/Service;",
    "Landroid/inputmethodservice/AbstractInputMethodService;": "Landroid/app/Service;",
    "Landroid/inputmethodservice/InputMethodService;": "Landroid/inputmethodservice/AbstractInputMethodService;",
    "Landroid/service/wallpaper/WallpaperService;": "Landroid/app/Service;",
    "Landroid/service/notification/NotificationListenerService;": "Landroid/app/Service;",
    "Landroid/app/backup/BackupAgent;": "Landroid/content/ContextWrapper;",
    "Landroid/app/backup/BackupAgentHelper;": "Landroid/app/backup/BackupAgent;",
    "Landroid/content/MutableContextWrapper;": "Landroid/content/ContextWrapper;",
    "Landroid/widget/EditText;": "Landroid/widget/TextView;",
    "Landroid/widget/AutoCompleteTextView;": "Landroid/widget/EditText;",
}
#: Kotlin null checks the compiler adds to every public method: not behaviour, ignored in method summaries.
_KOTLIN_CHECKS = ("Lkotlin/jvm/internal/Intrinsics;->check", "Lkotlin/jvm/internal/Intrinsics;->throw")


class CodeIndex:
    """All DEX files of a package."""

    def __init__(self, dexes: list[DexFile], errors: list[ScanIssue] | None = None) -> None:
        self.dexes = dexes
        #: Where damage met while reading code is reported (the package's ``Facts.errors``), one entry per DEX.
        self.errors: list[ScanIssue] = errors if errors is not None else []
        self._supers: dict[str, str | None] = {}
        self._gate_strings: dict[tuple[int, str], frozenset[int]] = {}
        self._lower: dict[int, tuple[int, bytes]] = {}
        self._targets: dict[tuple[int, str], list[int]] = {}

    def superclass_of(self, desc: str) -> str | None:
        """Superclass descriptor of a class defined in any DEX of the package, or of a known framework class."""
        if desc in self._supers:
            return self._supers[desc]
        sup: str | None = FRAMEWORK_SUPER.get(desc)
        if sup is None:
            for d in self.dexes:
                t = d.find_type(desc)
                ci = d.class_def_index(t) if t is not None else None
                if ci is not None:
                    sup = d.superclass(ci)
                    break
        self._supers[desc] = sup
        return sup

    def is_subclass(self, desc: str, ancestor: str, depth: int = 24) -> bool:
        cur: str | None = desc
        for _ in range(depth):
            cur = self.superclass_of(cur) if cur is not None else None
            if cur is None or cur == "Ljava/lang/Object;":
                return False
            if cur == ancestor:
                return True
        return False

    def method_targets(self, d: DexFile, ref: str) -> list[int]:
        """method_ids of ``ref`` in ``d``, including references through a subclass (not for constructors)."""
        key = (id(d), ref)
        if key not in self._targets:
            self._targets[key] = self._method_targets(d, ref)
        return list(self._targets[key])

    def _method_targets(self, d: DexFile, ref: str) -> list[int]:
        cls, name = _split_ref(ref)
        found = d.find_methods(cls, name)
        if name in ("<init>", "<clinit>"):
            return found
        seen = set(found)
        for m, class_desc in d.methods_named(name):
            if m not in seen and class_desc != cls and self.is_subclass(class_desc, cls):
                found.append(m)
        return found

    @property
    def class_count(self) -> int:
        return sum(d.class_defs_size for d in self.dexes)

    def _damaged(self, d: DexFile, exc: Exception) -> None:
        """Record that a DEX's code or strings could not be read completely (once per DEX)."""
        if not any(e.part == d.name for e in self.errors):
            self.errors.append(ScanIssue(d.name, f"code not fully analysed: {exc}", "DEX 代码未能完整分析"))

    def class_names(self) -> Iterator[tuple[str, str]]:
        """(dotted class name, dex file name) of every defined class."""
        for d in self.dexes:
            for desc in d.class_descriptors:
                yield descriptor_to_dotted(desc), d.name

    # ------------------------------------------------------------------------------------------ calls

    def calls(self, needs: CodeNeeds) -> list[CodeCall]:
        """Call sites, field reads and string loads the needs ask for, in every DEX; a damaged DEX is reported."""
        out: list[CodeCall] = []
        for d in self.dexes:
            try:
                out.extend(self._calls_in(d, needs))
            except DEX_ERRORS as exc:
                self._damaged(d, exc)
        return out

    def _calls_in(self, d: DexFile, needs: CodeNeeds) -> Iterator[CodeCall]:
        method_targets: dict[int, str] = {}
        for ref in sorted(needs.methods):
            for m in self.method_targets(d, ref):
                method_targets.setdefault(m, ref)
        gates: dict[int, DexGate] = {}
        self._prime_gate_strings(d, {lit for gs in needs.gated.values() for g in gs for lit in g.strings})
        for ref, ref_gates in sorted(needs.gated.items()):
            if ref in needs.methods:
                continue  # someone needs it everywhere
            gate = self._dex_gate(d, ref_gates)
            for m in self.method_targets(d, ref):
                if m not in method_targets:
                    method_targets[m] = ref
                    gates[m] = gate
        field_targets: dict[int, str] = {}
        for ref in needs.fields:
            cls, name = _split_ref(ref)
            for f in d.find_fields(cls, name):
                field_targets[f] = ref
        string_targets: dict[int, str] = {}
        for s in needs.strings:
            idx = d.find_string(s)
            if idx is not None:
                string_targets[idx] = s
        for kind, targets in (
            ("method", method_targets),
            ("field", field_targets),
            ("string", string_targets),
        ):
            if not targets:
                continue
            for site in d.call_sites(kind, set(targets), gates=gates if kind == "method" else None):
                caller = d.method_ref(site.caller)
                proto = d.method_ref(site.target).proto if kind == "method" else None
                yield CodeCall(
                    kind=kind,  # type: ignore[arg-type]
                    target=targets[site.target],
                    target_proto=proto,
                    caller_class=caller.class_name,
                    caller_method=caller.name + caller.proto,
                    owner="unknown",
                    sdk=None,
                    string_args=list(site.string_args),
                    int_args=list(site.int_args),
                    method_strings=sorted(site.method_strings),
                    arg_sources=list(site.arg_sources),
                    arg_parts=list(site.arg_parts),
                    location=Location(
                        file=d.name,
                        class_name=caller.class_name,
                        method=caller.name + caller.proto,
                        offset=site.offset,
                        string=targets[site.target] if kind == "string" else None,
                    ),
                )

    def _lowered(self, d: DexFile) -> tuple[int, bytes]:
        """(start, lower-cased copy) of a DEX's string-data section, made once per DEX for gate look-ups."""
        key = id(d)
        if key not in self._lower:
            start, end = d.string_data_region()
            self._lower[key] = (start, d.data[start:end].lower())
        return self._lower[key]

    def _prime_gate_strings(self, d: DexFile, literals: set[str]) -> None:
        """Find every gate literal of this DEX in one vectorised pass (instead of one scan per literal)."""
        todo = sorted(lit for lit in literals if (id(d), lit) not in self._gate_strings)
        if not todo:
            return
        start, region = self._lowered(d)
        wanted = {lit.lower().encode("utf-8"): lit for lit in todo}
        found: dict[str, set[int]] = {lit: set() for lit in todo}
        for pos, raw in LiteralFinder(list(wanted)).find(region, 0, len(region)):
            idx = d.string_at_offset(start + pos)
            if idx is not None:
                found[wanted[raw]].add(idx)
        for lit, indices in found.items():
            self._gate_strings[(id(d), lit)] = frozenset(indices)

    def _dex_gate(self, d: DexFile, gates: set[CodeGate]) -> DexGate:
        """One DEX-level gate for a method wanted by several gated rules (any gate passing is enough); the gates'
        literals must have been looked up with :meth:`_prime_gate_strings` first."""
        methods: set[int] = set()
        strings: set[int] = set()
        names: list[re.Pattern[str]] = []
        for g in sorted(gates, key=repr):
            for ref in g.methods:
                methods.update(self.method_targets(d, ref))
            for lit in g.strings:  # every gate literal was looked up by _prime_gate_strings
                strings |= self._gate_strings[(id(d), lit)]
            if g.names:
                names.append(re.compile(g.names))
        return DexGate(frozenset(methods), frozenset(strings), tuple(names))

    # ------------------------------------------------------------------------------------------ bodies

    def bodies(self, overrides: set[tuple[str, str]]) -> list[MethodBody]:
        """Summaries of methods named in ``overrides`` in classes that implement or extend the given type."""
        if not overrides:
            return []
        wanted: dict[str, set[str]] = {}
        for typ, name in overrides:
            wanted.setdefault(typ, set()).add(name)
        out: list[MethodBody] = []
        for d in self.dexes:
            try:
                out.extend(self._bodies_in(d, wanted))
            except DEX_ERRORS as exc:
                self._damaged(d, exc)
        return out

    def _bodies_in(self, d: DexFile, wanted: dict[str, set[str]]) -> Iterator[MethodBody]:
        for ci in range(d.class_defs_size):
            supertypes = d.interfaces(ci)
            sup = d.superclass(ci)
            if sup:
                supertypes.append(sup)
            names: set[str] = set()
            for t in supertypes:
                names |= wanted.get(t, set())
            if not names:
                continue
            class_name = descriptor_to_dotted(d.class_descriptors[ci])
            for midx, code_off in d.methods_of_class(ci):
                ref = d.method_ref(midx)
                if ref.name not in names or not code_off:
                    continue
                insns = list(d.instructions(code_off))
                calls = []
                kept = []  # instructions that do something (Kotlin's parameter null checks left out)
                for i in insns:
                    if i.op in INVOKE_OPS and len(i.units) > 1:
                        try:
                            callee = d.method_ref(i.units[1])
                        except (DexError, IndexError):
                            continue
                        target = f"{callee.class_desc}->{callee.name}"
                        if target.startswith(_KOTLIN_CHECKS):
                            continue
                        calls.append(target)
                    if i.op in (CONST_STRING, CONST_STRING_JUMBO) and not calls:
                        continue  # the parameter name string Kotlin's null check takes
                    kept.append(i)
                ops = [i.op for i in kept]
                empty = all(op in (0x0E, 0x0F, 0x12, 0x13, 0x00, 0x28) for op in ops)
                returns_true = (
                    bool(kept)
                    and all((i.op == 0x12 and ((i.units[0] >> 12) & 0xF) == 1) or i.op == 0x0F for i in kept)
                    and any(i.op == 0x0F for i in kept)
                )
                yield MethodBody(
                    class_name=class_name,
                    method=ref.name,
                    proto=ref.proto,
                    implements=sorted(supertypes),
                    instructions=len(insns),
                    empty=empty and not calls,
                    returns_true=returns_true,
                    calls=sorted(set(calls)),
                    location=Location(file=d.name, class_name=class_name, method=ref.name + ref.proto, offset=code_off),
                )

    # ------------------------------------------------------------------------------------------ strings

    def string_users(self, d: DexFile, indices: set[int]) -> dict[int, list[tuple[str, str, int]]]:
        """string index → [(class, method, offset)] of the code that loads it."""
        out: dict[int, list[tuple[str, str, int]]] = {}
        try:
            for site in d.call_sites("string", indices):
                caller = d.method_ref(site.caller)
                out.setdefault(site.target, []).append((caller.class_name, caller.name + caller.proto, site.offset))
        except DEX_ERRORS as exc:
            self._damaged(d, exc)
        return out
