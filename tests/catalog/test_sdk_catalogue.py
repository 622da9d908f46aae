"""Checks of the SDK catalogue in rules/catalog/sdks/ (exodus.yaml, cn.yaml, libchecker.yaml).

Besides schema validity these are ETIP-style collision checks (Exodus-Privacy/etip ``code_signature_collision``): an
APK class, native library, manifest component, asset, iOS class, framework or pod must point at one SDK only, so the
report can name it. Regex signatures are compared through witness strings generated from the regexes themselves.
The last tests run a tiny matcher (longest package prefix wins) over a realistic example for every category.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
import yaml

from scanner.catalog.schema import SDK_CATEGORIES, Sdk, SdkCatalogue

try:  # Python 3.11+
    import re._parser as sre_parse  # type: ignore[import-not-found]
    from re import _constants as sre_c  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as sre_c  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

REPO = Path(__file__).resolve().parents[2]
SDK_DIR = REPO / "rules" / "catalog" / "sdks"
FILES = sorted(SDK_DIR.glob("*.yaml"))
EXODUS_JSON = REPO.parent / "shared" / "data" / "exodus_trackers.json"

#: Parent/child package pairs allowed to overlap: (parent sdk id, parent prefix, child sdk id). Empty on purpose:
#: where one vendor root holds several SDKs the broad entry uses a look-ahead pattern instead (cheetah-ads,
#: jiguang-jcore, huawei-ads). Add a pair only with a reason next to it.
ALLOWED_PREFIX_OVERLAPS: set[tuple[str, str, str]] = set()

#: Package roots too broad to name any single SDK.
TOO_BROAD = {
    "com.",
    "cn.",
    "org.",
    "net.",
    "io.",
    "android.",
    "androidx.",
    "com.android.",
    "com.google.",
    "com.google.android.",
    "com.google.android.gms.",
    "com.tencent.",
    "com.qq.",
    "com.qq.e.",
    "com.alibaba.",
    "com.alipay.",
    "com.taobao.",
    "com.baidu.",
    "com.huawei.",
    "com.huawei.hms.",
    "com.bytedance.",
    "com.ss.android.",
    "com.facebook.",
    "com.xiaomi.",
    "com.netease.",
    "com.sina.",
    "com.umeng.",
    "com.amazon.",
    "com.microsoft.",
    "com.samsung.",
}


# ------------------------------------------------------------------------------------------------ loading


@cache
def load(path: Path) -> SdkCatalogue:
    return SdkCatalogue.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def all_sdks() -> list[Sdk]:
    return [sdk for path in FILES for sdk in load(path).sdks]


@cache
def by_id() -> dict[str, Sdk]:
    return {sdk.id: sdk for sdk in all_sdks()}


# ------------------------------------------------------------------------------------------------ witnesses


def _expand(tree: sre_parse.SubPattern | list, limit: int) -> list[str]:  # type: ignore[type-arg]
    out = [""]
    for op, av in tree:
        if op is sre_c.LITERAL:
            opts = [chr(av)]
        elif op is sre_c.NOT_LITERAL:
            opts = ["x" if av != ord("x") else "y"]
        elif op is sre_c.ANY:
            opts = ["x"]
        elif op is sre_c.IN:
            opts = _in_chars(av)
        elif op is sre_c.BRANCH:
            opts = [w for branch in av[1] for w in _expand(branch, limit)]
        elif op is sre_c.SUBPATTERN:
            opts = _expand(av[-1], limit)
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
            low, high, sub = av
            inner = _expand(sub, limit)
            opts = [w * low for w in inner]
            if high > low:
                opts += [w * (low + 1) for w in inner]
        elif op is sre_c.CATEGORY:
            opts = [_category_char(av)]
        else:  # AT (anchors), ASSERT, ASSERT_NOT, GROUPREF: contribute no characters
            opts = [""]
        out = [a + b for a in out for b in opts][:limit]
    return out


def _category_char(cat: object) -> str:
    name = str(cat)
    if "NOT_DIGIT" in name:
        return "a"
    if "DIGIT" in name:
        return "1"
    if "NOT_WORD" in name:
        return "-"
    if "WORD" in name:
        return "a"
    if "NOT_SPACE" in name:
        return "a"
    return " "


def _in_chars(items: list) -> list[str]:  # type: ignore[type-arg]
    if items and items[0][0] is sre_c.NEGATE:
        excluded = {chr(v) for op, v in items[1:] if op is sre_c.LITERAL}
        return [next(c for c in "xqZ0_" if c not in excluded)]
    chars: list[str] = []
    for op, av in items:
        if op is sre_c.LITERAL:
            chars.append(chr(av))
        elif op is sre_c.RANGE:
            chars += [chr(av[0]), chr(av[1])]
        elif op is sre_c.CATEGORY:
            chars.append(_category_char(av))
    return chars[:4] or ["x"]


@cache
def witnesses(pattern: str) -> tuple[str, ...]:
    """Strings the regex matches (re.search), generated from its own parse tree."""
    found = [w for w in _expand(sre_parse.parse(pattern), 64) if re.search(pattern, w)]
    return tuple(dict.fromkeys(found))


def package_witness(prefix: str) -> str:
    return prefix + "Zz" if prefix.endswith(".") else prefix


# ------------------------------------------------------------------------------------------------ schema


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_file_validates(path: Path) -> None:
    cat = load(path)
    assert cat.sdks, f"{path.name} has no SDKs"
    assert cat.version == "2026.12.1"


def test_expected_files_present() -> None:
    assert {p.name for p in FILES} >= {"exodus.yaml", "cn.yaml", "libchecker.yaml"}


def test_licence_notices() -> None:
    assert "ODbL" in load(SDK_DIR / "exodus.yaml").licence
    assert "εxodus" in load(SDK_DIR / "exodus.yaml").licence
    assert "Apache" in load(SDK_DIR / "libchecker.yaml").licence


def test_at_least_600_sdks() -> None:
    assert len(all_sdks()) >= 600


def test_cn_has_at_least_200_sdks() -> None:
    assert len(load(SDK_DIR / "cn.yaml").sdks) >= 200


def test_ids_unique_across_files() -> None:
    counts = Counter(sdk.id for sdk in all_sdks())
    assert not [i for i, n in counts.items() if n > 1]


def test_every_category_is_used() -> None:
    used = {c for sdk in all_sdks() for c in sdk.categories}
    assert set(SDK_CATEGORIES) <= used, set(SDK_CATEGORIES) - used


def test_libchecker_entries_cite_libchecker() -> None:
    for sdk in load(SDK_DIR / "libchecker.yaml").sdks:
        assert sdk.refs.libchecker and all(s.startswith("libchecker:") for s in sdk.sources[: len(sdk.refs.libchecker)])


def test_exodus_entries_cite_exodus_first() -> None:
    for sdk in load(SDK_DIR / "exodus.yaml").sdks:
        assert sdk.refs.exodus is not None and sdk.sources[0] == f"exodus:{sdk.refs.exodus}", sdk.id


def test_collects_have_a_source() -> None:
    """PI lists are only filled where a document was seen (S: secondary list or the vendor's docs)."""
    for sdk in all_sdks():
        if sdk.collects:
            assert sdk.refs.docs or any(s.startswith("S:") for s in sdk.sources), sdk.id


@pytest.mark.skipif(not EXODUS_JSON.exists(), reason="shared εxodus snapshot not available")
def test_every_exodus_tracker_present_once() -> None:
    source_ids = {int(k) for k in json.loads(EXODUS_JSON.read_text(encoding="utf-8"))["trackers"]}
    seen = Counter(sdk.refs.exodus for sdk in all_sdks() if sdk.refs.exodus is not None)
    assert set(seen) == source_ids
    assert all(n == 1 for n in seen.values())
    assert source_ids <= set(range(1, 449))


# ------------------------------------------------------------------------------------------------ signature hygiene


def test_regexes_are_anchored() -> None:
    for sdk in all_sdks():
        for pattern in (
            *sdk.android.class_patterns,
            *sdk.android.native_libs,
            *sdk.android.assets,
            *sdk.ios.class_patterns,
        ):
            assert pattern.startswith("^"), (sdk.id, pattern)
        for pattern in sdk.android.native_libs:
            assert pattern.endswith("$"), (sdk.id, pattern)


def test_every_regex_has_a_witness() -> None:
    """Self-check of the witness generator the collision tests rely on."""
    for sdk in all_sdks():
        for pattern in (
            *sdk.android.class_patterns,
            *sdk.android.native_libs,
            *sdk.android.assets,
            *sdk.ios.class_patterns,
        ):
            assert witnesses(pattern), (sdk.id, pattern)


def test_packages_are_dotted_and_not_too_broad() -> None:
    for sdk in all_sdks():
        for prefix in sdk.android.packages:
            assert re.fullmatch(r"[A-Za-z_$][\w$-]*(\.[\w$-]+)*\.?", prefix), (sdk.id, prefix)
            assert prefix.count(".") >= 1 and prefix not in TOO_BROAD, (sdk.id, prefix)
            assert prefix.rstrip(".") + "." not in TOO_BROAD, (sdk.id, prefix)


def test_domains_are_host_names() -> None:
    for sdk in all_sdks():
        for domain in sdk.domains:
            assert re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", domain), (sdk.id, domain)


# ------------------------------------------------------------------------------------------------ collisions


def _pairs() -> Iterator[tuple[Sdk, Sdk]]:
    sdks = all_sdks()
    for a in sdks:
        for b in sdks:
            if a.id != b.id:
                yield a, b


def test_no_package_prefix_collisions() -> None:
    owners = [(p, sdk.id) for sdk in all_sdks() for p in sdk.android.packages]
    owners.sort()
    bad = []
    for i, (p, a) in enumerate(owners):
        for q, b in owners[i + 1 :]:
            if not q.startswith(p):
                break  # sorted: no later prefix can start with p either
            if a != b and (a, p, b) not in ALLOWED_PREFIX_OVERLAPS:
                bad.append((a, p, b, q))
    assert not bad


def test_no_class_pattern_collisions() -> None:
    bad = []
    for a, b in _pairs():
        for pattern in a.android.class_patterns:
            rx = re.compile(pattern)
            for q in b.android.packages:
                if rx.search(package_witness(q)):
                    bad.append((a.id, pattern, b.id, q))
            for other in b.android.class_patterns:
                if any(rx.search(w) for w in witnesses(other)):
                    bad.append((a.id, pattern, b.id, other))
            for w in witnesses(pattern):
                for q in b.android.packages:
                    if w.startswith(q):
                        bad.append((a.id, pattern, b.id, q))
    assert not bad


def test_no_native_library_collisions() -> None:
    bad = []
    for a, b in _pairs():
        for pattern in a.android.native_libs:
            rx = re.compile(pattern)
            for other in b.android.native_libs:
                if any(rx.search(w) for w in witnesses(other)):
                    bad.append((a.id, pattern, b.id, other))
    assert not bad


def test_no_component_collisions() -> None:
    owner: dict[str, set[str]] = defaultdict(set)
    for sdk in all_sdks():
        for comp in sdk.android.components:
            owner[comp].add(sdk.id)
    assert not {c: o for c, o in owner.items() if len(o) > 1}
    bad = []
    for a, b in _pairs():
        for comp in a.android.components:
            if any(comp.startswith(q) for q in b.android.packages):
                bad.append((a.id, comp, b.id))
            if any(re.search(p, comp) for p in b.android.class_patterns):
                bad.append((a.id, comp, b.id))
    assert not bad


def test_no_asset_or_meta_data_collisions() -> None:
    bad = []
    for a, b in _pairs():
        for pattern in a.android.assets:
            if any(re.search(pattern, w) for other in b.android.assets for w in witnesses(other)):
                bad.append((a.id, pattern, b.id))
        if set(a.android.meta_data) & set(b.android.meta_data):
            bad.append((a.id, "meta_data", b.id))
    assert not bad


def test_no_ios_collisions() -> None:
    for field in ("frameworks", "pods"):
        owner: dict[str, set[str]] = defaultdict(set)
        for sdk in all_sdks():
            for name in getattr(sdk.ios, field):
                owner[name.lower()].add(sdk.id)
        assert not {n: o for n, o in owner.items() if len(o) > 1}, field
    bad = []
    for a, b in _pairs():
        for pattern in a.ios.class_patterns:
            rx = re.compile(pattern)
            if any(rx.search(w) for other in b.ios.class_patterns for w in witnesses(other)):
                bad.append((a.id, pattern, b.id))
    assert not bad


def test_shared_domains_stay_within_one_vendor() -> None:
    """εxodus lists e.g. facebook.com for every Facebook tracker; a domain must never point at two owners."""
    vendors: dict[str, set[str]] = defaultdict(set)
    for sdk in all_sdks():
        for domain in sdk.domains:
            vendors[domain].add(sdk.vendor)
    bad = {d: v for d, v in vendors.items() if len(v) > 1}
    for d in vendors:
        for e in vendors:
            if d != e and d.endswith("." + e) and vendors[d] != vendors[e]:
                bad[d] = vendors[d] | vendors[e]
    assert not bad


# ------------------------------------------------------------------------------------------------ tiny matcher


def match_class(name: str) -> str | None:
    """Longest package prefix (or regex match) wins."""
    best: tuple[int, str | None] = (0, None)
    for sdk in all_sdks():
        for prefix in sdk.android.packages:
            if name.startswith(prefix) and len(prefix) > best[0]:
                best = (len(prefix), sdk.id)
        for pattern in sdk.android.class_patterns:
            m = re.search(pattern, name)
            if m and m.end() > best[0]:
                best = (m.end(), sdk.id)
    return best[1]


_MATCHERS = {
    "lib": lambda sdk, v: any(re.search(p, v) for p in sdk.android.native_libs),
    "component": lambda sdk, v: v in sdk.android.components,
    "asset": lambda sdk, v: any(re.search(p, v) for p in sdk.android.assets),
    "meta": lambda sdk, v: v in sdk.android.meta_data,
    "ios-class": lambda sdk, v: any(re.search(p, v) for p in sdk.ios.class_patterns),
    "framework": lambda sdk, v: v in sdk.ios.frameworks,
    "pod": lambda sdk, v: v in sdk.ios.pods,
    "domain": lambda sdk, v: any(v == d or v.endswith("." + d) for d in sdk.domains),
}


def match_all(kind: str, value: str) -> set[str]:
    return {sdk.id for sdk in all_sdks() if _MATCHERS[kind](sdk, value)}


#: (category, kind, value, expected sdk id): at least one realistic case per category.
CASES = [
    ("ads", "class", "com.qq.e.ads.banner2.UnifiedBannerView", "tencent-gdt"),
    ("ads", "class", "com.bytedance.sdk.openadsdk.TTAdSdk", "pangle"),
    ("ads", "class", "com.kwad.sdk.api.KsAdSDK", "kuaishou-ads"),
    ("ads", "class", "com.baidu.mobads.sdk.api.SplashAd", "baidu-mobads"),
    ("ads", "class", "com.huawei.hms.ads.banner.BannerView", "huawei-ads"),
    ("ads", "class", "com.cmcm.adsdk.CMAdManager", "cheetah-ads"),
    ("ads", "lib", "libnms.so", "pangle"),
    ("ads", "component", "com.qq.e.ads.PortraitADActivity", "tencent-gdt"),
    ("ads", "ios-class", "GDTSplashAd", "tencent-gdt"),
    ("ads", "ios-class", "BUAdSDKManager", "pangle"),
    ("ads", "pod", "KSAdSDK", "kuaishou-ads"),
    ("ads", "domain", "api-access.pangolin-sdk-toutiao.com", "pangle"),
    ("analytics", "class", "com.umeng.analytics.MobclickAgent", "umeng-analytics"),
    ("analytics", "class", "com.umeng.commonsdk.UMConfigure", "umeng-common"),
    ("analytics", "class", "com.tencent.stat.StatService", "tencent-stats"),
    ("analytics", "class", "com.google.firebase.analytics.FirebaseAnalytics", "google-firebase-analytics"),
    ("analytics", "lib", "libumeng-spy.so", "umeng-analytics"),
    ("analytics", "ios-class", "BaiduMobStat", "baidu-mobstat"),
    ("push", "class", "com.xiaomi.mipush.sdk.MiPushClient", "xiaomi-push"),
    ("push", "class", "com.huawei.hms.push.HmsMessaging", "huawei-push"),
    ("push", "class", "com.heytap.msp.push.HeytapPushManager", "oppo-push"),
    ("push", "class", "com.igexin.sdk.PushManager", "getui-push"),
    ("push", "class", "cn.jpush.android.api.JPushInterface", "jpush"),
    ("push", "component", "com.vivo.push.sdk.service.CommandClientService", "vivo-push"),
    ("push", "component", "com.igexin.sdk.HmsPushMessageService", "getui-push"),
    ("push", "lib", "libbdpush_V2_9.so", "baidu-push"),
    ("push", "ios-class", "JPUSHService", "jpush"),
    ("crash-reporting", "class", "com.tencent.bugly.crashreport.CrashReport", "tencent-bugly"),
    ("crash-reporting", "class", "com.umeng.umcrash.UMCrash", "umeng-apm"),
    ("crash-reporting", "lib", "libBugly-rqd.so", "tencent-bugly"),
    ("crash-reporting", "lib", "libcrashsdk.so", "yueying-crash"),
    ("crash-reporting", "ios-class", "Bugly", "tencent-bugly"),
    ("payment", "class", "com.alipay.sdk.app.PayTask", "alipay"),
    ("payment", "class", "com.tencent.mm.opensdk.modelpay.PayReq", "wechat-opensdk"),
    ("payment", "component", "com.unionpay.uppay.PayActivity", "unionpay"),
    ("payment", "ios-class", "AlipaySDK", "alipay"),
    ("payment", "pod", "WechatOpenSDK", "wechat-opensdk"),
    ("live-streaming", "class", "com.tencent.trtc.TRTCCloud", "tencent-liteav"),
    ("live-streaming", "class", "io.agora.rtc2.RtcEngine", "agora-rtc"),
    ("live-streaming", "class", "com.easefun.polyvsdk.PolyvSDKClient", "polyv"),
    ("live-streaming", "lib", "libagora-rtc-sdk.so", "agora-rtc"),
    ("live-streaming", "lib", "libliteavsdk.so", "tencent-liteav"),
    ("live-streaming", "lib", "libZegoExpressEngine.so", "zego-express"),
    ("live-streaming", "framework", "TXLiteAVSDK_TRTC", "tencent-liteav"),
    ("live-streaming", "framework", "AgoraRtcKit", "agora-rtc"),
    ("biometric", "class", "com.megvii.meglive_sdk.manager.MegLiveManager", "megvii-faceid"),
    ("biometric", "class", "com.arcsoft.face.FaceEngine", "arcsoft-face"),
    ("biometric", "class", "com.tencent.cloud.huiyansdkface.facelight.api.WbCloudFaceVerifySdk", "tencent-huiyan"),
    ("biometric", "lib", "libarcsoft_face_engine.so", "arcsoft-face"),
    ("biometric", "lib", "libYTLiveness.so", "tencent-youtu"),
    ("biometric", "lib", "libbdface_sdk.so", "baidu-face"),
    ("biometric", "component", "com.alibaba.security.biometrics.activity.ALBiometricsActivity", "alibaba-realidentity"),
    ("game-engine", "lib", "libunity.so", "unity"),
    ("game-engine", "lib", "libil2cpp.so", "unity"),
    ("game-engine", "lib", "libcocos2dcpp.so", "cocos2d-x"),
    ("game-engine", "lib", "libcocos.so", "cocos-creator"),
    ("game-engine", "lib", "libUE4.so", "unreal"),
    ("game-engine", "lib", "libgodot_android.so", "godot"),
    ("game-engine", "lib", "liblayaair.so", "layaair"),
    ("game-engine", "class", "com.unity3d.player.UnityPlayerActivity", "unity"),
    ("game-engine", "class", "org.cocos2dx.lib.Cocos2dxActivity", "cocos2d-x"),
    ("game-engine", "class", "org.egret.egretnativeandroid.EgretNativeAndroid", "egret"),
    ("game-engine", "asset", "assets/bin/Data/Managed/Metadata/global-metadata.dat", "unity"),
    ("game-engine", "asset", "assets/game/libs/modules/egret/egret.min.js", "egret"),
    ("game-engine", "asset", "assets/www/js/egret.web.min_8d7c1.js", "egret"),
    ("game-engine", "asset", "assets/libs/laya.core.js", "layaair"),
    ("game-engine", "asset", "assets/www/lib/phaser.min.js", "phaser"),
    ("game-engine", "asset", "assets/www/js/pixi.min.js", "pixijs"),
    ("game-engine", "framework", "UnityFramework", "unity"),
    ("mini-game", "class", "com.cmcm.cmgame.CmGameSdk", "cheetah-cmgame"),
    ("mini-game", "class", "com.mgc.leto.game.base.LetoCore", "leto-minigame"),
    ("mini-game", "class", "com.baidu.swan.apps.SwanAppActivity", "baidu-swan"),
    ("mini-game", "class", "org.hapjs.runtime.RuntimeActivity", "hapjs-quickapp"),
    ("im", "class", "io.rong.imlib.RongIMClient", "rongcloud"),
    ("im", "class", "com.tencent.imsdk.v2.V2TIMManager", "tencent-im"),
    ("im", "class", "com.netease.nimlib.sdk.NIMClient", "netease-nim"),
    ("im", "lib", "libhyphenate.so", "easemob"),
    ("login", "class", "com.cmic.sso.sdk.auth.AuthnHelper", "cmic-auth"),
    ("login", "class", "com.unicom.xiaowo.login.UniAuthHelper", "cucc-auth"),
    ("login", "class", "cn.com.chinatelecom.account.api.CtAuth", "ctcc-auth"),
    ("login", "class", "cn.jiguang.verifysdk.api.JVerificationInterface", "jiguang-verify"),
    ("login", "class", "com.mobile.auth.gatewayauth.PhoneNumberAuthHelper", "aliyun-phone-auth"),
    ("login", "class", "com.chuanglan.shanyan_sdk.OneKeyLoginManager", "chuanglan-shanyan"),
    ("login", "class", "com.tencent.tauth.Tencent", "qq-connect"),
    ("login", "lib", "libCtaApiLib.so", "ctcc-auth"),
    ("login", "ios-class", "TencentOAuth", "qq-connect"),
    ("identification", "class", "com.bun.miitmdid.core.MdidSdkHelper", "msa-oaid"),
    ("identification", "class", "com.huawei.hms.ads.identifier.AdvertisingIdClient", "huawei-oaid"),
    ("identification", "class", "com.github.gzuliyujiang.oaid.DeviceID", "android-cn-oaid"),
    ("identification", "class", "cn.jiguang.api.JCoreInterface", "jiguang-jcore"),
    ("identification", "class", "cn.shuzilm.core.Main", "shuzilm"),
    ("identification", "lib", "libmsaoaidsec.so", "msa-oaid"),
    ("identification", "lib", "libjcore230.so", "jiguang-jcore"),
    ("location", "class", "com.amap.api.location.AMapLocationClient", "amap"),
    ("location", "class", "com.baidu.location.LocationClient", "baidu-location"),
    ("location", "class", "com.baidu.mapapi.map.MapView", "baidu-map-sdk"),
    ("location", "class", "com.tencent.map.geolocation.TencentLocationManager", "tencent-location"),
    ("location", "class", "com.tencent.tencentmap.mapsdk.maps.MapView", "tencent-map"),
    ("location", "lib", "libAMapSDK_MAP_v9_6_0.so", "amap"),
    ("location", "ios-class", "AMapServices", "amap"),
    ("location", "meta", "com.google.android.geo.API_KEY", "google-maps"),
    ("social", "class", "com.tencent.mm.opensdk.openapi.WXAPIFactory", "wechat-opensdk"),
    ("social", "class", "com.sina.weibo.sdk.openapi.WBAPIFactory", "weibo-sdk"),
    ("social", "class", "cn.sharesdk.framework.ShareSDK", "sharesdk"),
    ("social", "class", "com.umeng.socialize.UMShareAPI", "umeng-share"),
    ("social", "ios-class", "WXApi", "wechat-opensdk"),
    ("speech", "class", "com.iflytek.cloud.SpeechRecognizer", "iflytek-msc"),
    ("speech", "class", "com.baidu.speech.EventManagerFactory", "baidu-asr"),
    ("speech", "class", "com.chivox.AIEngine", "chivox"),
    ("speech", "class", "com.xs.SingEngine", "singsound"),
    ("speech", "class", "com.tencent.taisdk.TAIOralEvaluation", "tencent-tai"),
    ("speech", "lib", "libmsc.so", "iflytek-msc"),
    ("ugc-forum", "class", "com.sohu.cyan.android.sdk.api.CyanSdk", "sohu-changyan"),
    ("ugc-forum", "class", "com.mob.bbssdk.BBSSDK", "mob-bbssdk"),
    ("ugc-forum", "class", "com.umeng.comm.core.beans.FeedItem", "umeng-community"),
    ("other", "class", "com.tencent.smtt.sdk.QbSdk", "tencent-tbs"),
    ("other", "class", "com.tencent.tinker.lib.tinker.TinkerInstaller", "tencent-tinker"),
    ("other", "lib", "libjiagu.so", "qihoo-jiagu"),
    ("other", "lib", "libflutter.so", "flutter"),
]


def test_cases_cover_every_category() -> None:
    assert {c[0] for c in CASES} == set(SDK_CATEGORIES)


@pytest.mark.parametrize(("category", "kind", "value", "expected"), CASES, ids=[f"{c[0]}:{c[2]}" for c in CASES])
def test_example_resolves(category: str, kind: str, value: str, expected: str) -> None:
    assert expected in by_id(), f"unknown sdk {expected}"
    assert category in by_id()[expected].categories
    if kind == "class":
        assert match_class(value) == expected
    else:
        assert match_all(kind, value) == {expected}


def test_near_misses_do_not_resolve() -> None:
    """Package boundaries: similar names of other code must not be attributed."""
    assert match_class("com.tunein.player.Service") is None  # εxodus 'com.tune' got its trailing dot
    assert match_class("com.bytedance.frameworks.core.Foo") is None  # εxodus 'com.bytedance' was narrowed
    assert match_class("com.cocos.game.AppActivity") is None  # Cocos Creator's template package is app code
    assert match_all("lib", "libmain.so") == set()  # NativeActivity/SDL default, deliberately not Unity
    assert match_all("lib", "libYTKeyboard.so") == {"yitong-keyboard"}  # shares libYT with YouTu, other vendor
