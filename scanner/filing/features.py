"""是否具有以下功能: 论坛 / 收费 / 直播 / 中小学学科培训, answered from the package with evidence.

The answer scale says how far a static scan can go, and each answer carries a ``limit`` that says plainly what
the package cannot show:

* ``yes``: an SDK built for the feature (payment, live streaming, forum/UGC), a platform capability (in-app
  purchase), or a call into such an SDK's pay/stream entry point;
* ``likely``: only wording in the app's own text, the app's own component names or an ambiguous call (WeChat's
  ``IWXAPI.sendReq`` also shares and logs in);
* ``no``: none of that was seen; a web page inside the app can still offer the feature;
* ``unknown``: the scan cannot answer: 学科培训 is content served from the network, and no answer stands when
  the app's code could not be read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from scanner.facts.model import Facts, StringHit
from scanner.model import Evidence, FeatureAnswer, FilingFeatures, ScanResult, location_evidence

_FORUM_COMPONENT = re.compile(r"(?i)(forum|bbs|community|topic|post(?:list|detail)|thread|comment)")
_LIVE_COMPONENT = re.compile(r"(?i)(live(?:room|class|stream|player|activity)|liveroom|rtc|pusher)")
_PAY_COMPONENT = re.compile(r"(?i)(wxpayentry|payactivity|pay(?:ment)?result|recharge|checkout|cashier)")

#: Payment API call sites that prove a payment flow (the rest of the payment category only suggests one).
_PAY_CERTAIN = ("PayTask;->pay", "UPPayAssistEx;->startPay", "BillingClient;->launchBillingFlow", "IapClient;->")

MAX_EVIDENCE = 10
MAX_BASIS = 20


@dataclass(slots=True)
class _Signals:
    """What points at a feature: ids/names for ``basis`` and where each was seen."""

    basis: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)

    def add(self, basis: str, evidence: Evidence) -> None:
        if basis not in self.basis:
            self.basis.append(basis)
        if len(self.evidence) < MAX_EVIDENCE:
            self.evidence.append(evidence)

    def extend(self, other: _Signals) -> None:
        for b in other.basis:
            if b not in self.basis:
                self.basis.append(b)
        self.evidence.extend(other.evidence[: max(0, MAX_EVIDENCE - len(self.evidence))])


def _first(items: list[str]) -> str | None:
    return items[0] if items else None


def _sdks(result: ScanResult, category: str) -> _Signals:
    out = _Signals()
    for s in result.sdks:
        if category in s.categories and s.confidence != "low":
            ev = s.evidence
            out.add(
                s.id,
                Evidence(
                    class_name=_first(ev.example_classes),
                    file=_first(ev.native_libs or ev.frameworks),
                    detail=f"SDK {s.name_zh} ({s.id})",
                ),
            )
    return out


def _keywords(hits: Iterable[StringHit], pattern_id: str) -> _Signals:
    """Wording in the app's own text (SDK strings say nothing about what the app offers)."""
    out = _Signals()
    for h in sorted(hits, key=lambda h: (h.value, h.location.file or "")):
        if h.kind == "keyword" and h.detail == pattern_id and h.owner in ("app", "unknown"):
            out.add(h.value, location_evidence(h.location))
    return out


def _components(facts: Facts, result: ScanResult, pattern: re.Pattern[str]) -> _Signals:
    """The app's own components named for the feature; SDK components are judged through the SDK."""
    sdk_components = {c for s in result.sdks for c in s.evidence.components}
    out = _Signals()
    for c in sorted(facts.components, key=lambda c: c.name):
        if c.name in sdk_components or not pattern.search(c.name.rsplit(".", 1)[-1]):
            continue
        out.add(c.name, Evidence(file=c.location.file or "AndroidManifest.xml", class_name=c.name, detail=c.kind))
    return out


def _payment_calls(result: ScanResult) -> tuple[_Signals, _Signals]:
    """(certain, ambiguous) call sites of payment APIs."""
    certain, ambiguous = _Signals(), _Signals()
    for api in result.apis:
        if api.category != "payment":
            continue
        sure = any(any(marker in ref for marker in _PAY_CERTAIN) for ref in api.api) or api.id == "in-app-purchase"
        for c in api.callers:
            target = certain if sure else ambiguous
            target.add(
                api.id,
                Evidence(file=c.file, class_name=c.class_name, method=c.method, detail=f"{api.name_zh} ({api.id})"),
            )
    return certain, ambiguous


def _answer(yes: _Signals, likely: list[_Signals], none: str, texts: tuple[str, str, str, str]) -> FeatureAnswer:
    note, note_zh, limit, limit_zh = texts
    common = {"note": note, "note_zh": note_zh, "limit": limit, "limit_zh": limit_zh}
    if yes.basis:
        return FeatureAnswer(answer="yes", basis=yes.basis[:MAX_BASIS], evidence=yes.evidence, **common)
    merged = _Signals()
    for part in likely:
        merged.extend(part)
    if merged.basis:
        return FeatureAnswer(answer="likely", basis=merged.basis[:MAX_BASIS], evidence=merged.evidence, **common)
    return FeatureAnswer(answer=none, **common)  # type: ignore[arg-type]


_UNREADABLE = (
    " The app's code could not be read completely, so the scan does not answer no.",
    "安装包的代码未能完整读取，因此扫描不作“否”的判定。",
)


def answer_features(facts: Facts, result: ScanResult) -> FilingFeatures:
    """The four 是否具有以下功能 answers, each with its evidence, how it was reached and what the scan cannot see."""
    hits = facts.strings
    code_unreadable = any(e.part.endswith(".dex") for e in result.errors)
    none = "unknown" if code_unreadable else "no"

    pay_yes = _sdks(result, "payment")
    certain, ambiguous = _payment_calls(result)
    pay_yes.extend(certain)
    for e in facts.plist:
        if e.source == "entitlements" and "in-app-payments" in e.key:
            pay_yes.add(e.key, Evidence(file=e.location.file, string=e.key, detail="entitlement"))
    for p in facts.permissions:
        if p.id == "com.android.vending.BILLING":
            where = p.location.file or "AndroidManifest.xml"
            pay_yes.add(p.id, Evidence(file=where, string=p.id, detail="uses-permission"))

    rtmp = _Signals()
    for h in sorted(hits, key=lambda h: h.value):
        if h.kind == "url" and h.value.lower().startswith("rtmp"):
            rtmp.add(h.value, location_evidence(h.location))

    def limit(en: str, zh: str) -> tuple[str, str]:
        return (en + _UNREADABLE[0], zh + _UNREADABLE[1]) if code_unreadable else (en, zh)

    forum = _answer(
        _sdks(result, "ugc-forum"),
        [_keywords(hits, "kw-forum"), _components(facts, result, _FORUM_COMPONENT)],
        none,
        (
            "A forum/community SDK means yes; forum wording or component names in the app mean likely.",
            "含论坛/社区类SDK判定为“是”；仅在应用自身文字或组件名中出现论坛相关内容判定为“可能”。",
            *limit(
                "A forum served as a web page inside the app shows at most as wording; whether users can post is "
                "decided by the server.",
                "以网页形式嵌入的论坛最多只体现为文字；用户能否发帖由服务端决定，安装包中看不到。",
            ),
        ),
    )
    payment = _answer(
        pay_yes,
        [ambiguous, _keywords(hits, "kw-payment"), _components(facts, result, _PAY_COMPONENT)],
        none,
        (
            "A payment SDK, a pay call, Play Billing or the in-app-payments entitlement means yes; payment wording, "
            "pay components or an ambiguous WeChat request mean likely.",
            "含支付SDK、支付调用、应用内购买能力判定为“是”；仅有收费用语、支付相关组件或可能用于支付的微信调用判定为“可能”。",
            *limit(
                "Charges taken on a web page, by a mini program or offline cannot be seen in the package, nor can "
                "whether the paid items are free for students.",
                "通过网页、小程序或线下收取的费用，以及收费对象是否为学生，均无法从安装包中看出。",
            ),
        ),
    )
    live = _answer(
        _sdks(result, "live-streaming"),
        [_keywords(hits, "kw-live"), _components(facts, result, _LIVE_COMPONENT), rtmp],
        none,
        (
            "A live-streaming/RTC SDK means yes; live wording, component names or RTMP addresses mean likely.",
            "含直播/实时音视频SDK判定为“是”；仅有直播用语、相关组件或RTMP地址判定为“可能”。",
            *limit(
                "An RTC SDK can also serve one-to-one calls; live classes played in a web page show at most as "
                "wording.",
                "实时音视频SDK也可能只用于一对一通话；在网页中播放的直播课最多只体现为文字。",
            ),
        ),
    )
    k12 = _answer(
        _Signals(),
        [_keywords(hits, "kw-k12")],
        "unknown",
        (
            "Subject wording (年级+学科, 同步辅导, 中考/高考 …) in the app's own text means likely; nothing else "
            "can show it.",
            "应用自身文字中出现“年级+学科”“同步辅导”“中考/高考”等用语判定为“可能”；其他情况无法判定。",
            "Subject tutoring for primary and secondary school is content served from the network: a static scan "
            "can only point to wording in the package and never answers no. The provider must answer this one.",
            "中小学学科培训取决于网络下发的课程内容，静态扫描只能提示安装包中的相关用语，永远不会判定“否”，须由提供者如实填写。",
        ),
    )
    return FilingFeatures(forum=forum, payment=payment, live_streaming=live, k12_tutoring=k12)
