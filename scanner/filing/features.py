"""是否具有以下功能: 论坛 / 收费 / 直播 / 中小学学科培训, answered from the package with evidence.

An SDK built for the feature (payment, live streaming, forum/UGC) or a platform capability (in-app purchase)
makes the answer "yes"; wording in the app's own text or components only makes it "likely"; otherwise "no",
except 学科培训, which is content and stays "unknown" unless the app's text points to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from scanner.facts.model import Facts, StringHit
from scanner.model import Evidence, FeatureAnswer, FilingFeatures, ScanResult
from scanner.rules.engine import location_evidence

_FORUM_COMPONENT = re.compile(r"(?i)(forum|bbs|community|topic|post(?:list|detail)|thread|comment)")
_LIVE_COMPONENT = re.compile(r"(?i)(live(?:room|class|stream|player|activity)|liveroom|rtc|pusher)")
_PAY_COMPONENT = re.compile(r"(?i)(wxpayentry|payactivity|pay(?:ment)?result|recharge|checkout|cashier)")


def _sdk_evidence(result: ScanResult, category: str) -> tuple[list[str], list[Evidence]]:
    ids: list[str] = []
    ev: list[Evidence] = []
    for s in result.sdks:
        if category in s.categories and s.confidence != "low":
            ids.append(s.id)
            example = (
                s.evidence.example_classes
                or s.evidence.native_libs
                or s.evidence.frameworks
                or s.evidence.components
                or [""]
            )[0]
            ev.append(Evidence(detail=f"SDK {s.name_zh} ({s.id})", string=example or None))
    return ids, ev


def _keyword(hits: Iterable[StringHit], pattern_id: str) -> tuple[list[str], list[Evidence]]:
    values: list[str] = []
    ev: list[Evidence] = []
    for h in hits:
        if h.kind == "keyword" and h.detail == pattern_id and h.owner in ("app", "unknown"):
            values.append(h.value)
            if len(ev) < 5:
                ev.append(location_evidence(h.location))
    return sorted(set(values)), ev


def _components(facts: Facts, pattern: re.Pattern[str]) -> tuple[list[str], list[Evidence]]:
    names = [c.name for c in facts.components if pattern.search(c.name.rsplit(".", 1)[-1])]
    return names, [Evidence(file="AndroidManifest.xml", class_name=n, detail="component") for n in names[:5]]


def _answer(
    yes: tuple[list[str], list[Evidence]],
    likely: list[tuple[list[str], list[Evidence]]],
    none_answer: str,
    note: str,
    note_zh: str,
) -> FeatureAnswer:
    if yes[0]:
        return FeatureAnswer(answer="yes", basis=yes[0], evidence=yes[1], note=note, note_zh=note_zh)
    basis = [b for part in likely for b in part[0]]
    ev = [e for part in likely for e in part[1]]
    if basis:
        return FeatureAnswer(answer="likely", basis=basis[:20], evidence=ev[:10], note=note, note_zh=note_zh)
    return FeatureAnswer(answer=none_answer, note=note, note_zh=note_zh)  # type: ignore[arg-type]


def answer_features(facts: Facts, result: ScanResult) -> FilingFeatures:
    hits = facts.strings
    iap = [e.key for e in facts.plist if e.source == "entitlements" and "in-app-payments" in e.key]
    pay_yes = _sdk_evidence(result, "payment")
    if iap:
        pay_yes[0].extend(iap)
        pay_yes[1].append(Evidence(detail="entitlement " + ", ".join(iap)))
    billing = [p.id for p in facts.permissions if p.id == "com.android.vending.BILLING"]
    if billing:
        pay_yes[0].extend(billing)
        pay_yes[1].append(Evidence(file="AndroidManifest.xml", string=billing[0], detail="uses-permission"))
    rtmp = [h for h in hits if h.kind == "url" and h.value.lower().startswith("rtmp")]
    live_yes = _sdk_evidence(result, "live-streaming")
    return FilingFeatures(
        forum=_answer(
            _sdk_evidence(result, "ugc-forum"),
            [_keyword(hits, "kw-forum"), _components(facts, _FORUM_COMPONENT)],
            "no",
            "Static scan: a forum SDK means yes; forum wording or components mean likely. A forum served as a web "
            "page inside the app may show only as wording.",
            "静态扫描：含论坛/社区类SDK判定为“是”；仅有论坛用语或相关组件判定为“可能”。以网页形式嵌入的论坛可能只体现为文字。",
        ),
        payment=_answer(
            pay_yes,
            [_keyword(hits, "kw-payment"), _components(facts, _PAY_COMPONENT)],
            "no",
            "Static scan: a payment SDK, Play Billing or the in-app-payments entitlement means yes. Charges made "
            "outside the app (web, offline) cannot be seen in the package.",
            "静态扫描：含支付SDK、应用内购买能力判定为“是”。通过网页或线下收取的费用无法从安装包中发现。",
        ),
        live_streaming=_answer(
            live_yes,
            [
                _keyword(hits, "kw-live"),
                _components(facts, _LIVE_COMPONENT),
                (sorted({h.value for h in rtmp}), [location_evidence(h.location) for h in rtmp[:5]]),
            ],
            "no",
            "Static scan: a live-streaming/RTC SDK means yes; live wording, components or RTMP addresses mean likely.",
            "静态扫描：含直播/实时音视频SDK判定为“是”；仅有直播用语、相关组件或RTMP地址判定为“可能”。",
        ),
        k12_tutoring=_answer(
            ([], []),
            [_keyword(hits, "kw-k12")],
            "unknown",
            "Subject tutoring for primary and secondary school is mostly content served from the network; a static "
            "scan can only point to wording in the package and cannot answer no.",
            "中小学学科培训主要取决于网络下发的内容，静态扫描只能提示安装包中的相关用语，无法判定“否”。",
        ),
    )
