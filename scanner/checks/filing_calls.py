"""Filing checks over API call sites, grouped so a reviewer reads one flag per SDK (or the app) and API.

A data rule would raise one finding per call site; an SDK that reads the IMEI from twelve methods would fill the
report with twelve flags that have one cause and one fix. The rule's ``where`` still decides which calls count.
"""

from __future__ import annotations

from collections import defaultdict

from scanner.facts.model import ApiCall, Facts
from scanner.model import location_evidence
from scanner.rules.conditions import matches
from scanner.rules.engine import Hit
from scanner.rules.schema import Rule

MAX_CALLERS = 20

_OWNER_ZH = {"app": "应用自身", "sdk": "第三方SDK", "library": "通用库", "unknown": "未识别的第三方代码"}
_OWNER_EN = {"app": "the app", "sdk": "an SDK", "library": "a library", "unknown": "unattributed code"}


def owner_label(owner: str, sdk: str | None, names: dict[str, tuple[str, str]]) -> tuple[str, str]:
    """(English, Chinese) name of whoever owns a call site: the SDK's name, or the app / a library."""
    if sdk:
        en, zh = names.get(sdk, (sdk, sdk))
        return f"{en} ({sdk})", f"{zh}（{sdk}）"
    return _OWNER_EN.get(owner, owner), _OWNER_ZH.get(owner, owner)


def api_calls_grouped(facts: Facts, rule: Rule) -> list[Hit]:
    """Calls matching the rule's ``where``, one hit per (SDK or owner, API) with every caller as evidence."""
    groups: dict[tuple[str, str], list[ApiCall]] = defaultdict(list)
    for call in facts.apis:
        if matches(call, rule.where):
            groups[(call.sdk or call.owner, call.api)].append(call)
    names = {s.id: (s.name, s.name_zh) for s in facts.sdks}
    hits: list[Hit] = []
    for (_, _api), calls in sorted(groups.items()):
        calls.sort(key=lambda c: (c.caller_class or "", c.caller_method or ""))
        first = calls[0]
        who, who_zh = owner_label(first.owner, first.sdk, names)
        callers = [f"{c.caller_class}.{(c.caller_method or '').split('(')[0]}" for c in calls if c.caller_class]
        evidence = []
        for c in calls[:MAX_CALLERS]:
            ev = location_evidence(c.location)
            # The API reached, so two APIs read from one method stay two findings with two fingerprints.
            ev.string = ev.string or c.ref
            evidence.append(ev)
        hits.append(
            Hit(
                item=first,
                evidence=evidence,
                values={
                    "who": who,
                    "who_zh": who_zh,
                    "api_name": first.name,
                    "api_name_zh": first.name_zh,
                    "count": len(calls),
                    "callers": ", ".join(callers[:3]) + (" …" if len(callers) > 3 else ""),
                },
                owner=first.owner,
                sdk=first.sdk,
            )
        )
    return hits
