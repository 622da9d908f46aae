"""A fixed ScanResult that exercises every part of every report, so golden files change only when a renderer
does (not when a catalogue, a rule or the scanner's version moves).

It is written out by hand, not scanned: the goldens must be byte-stable across catalogue updates. Flags are
built with the real ``flags_from_findings`` from a fixed clause table.
"""

from __future__ import annotations

from scanner.filing.flags import flags_from_findings
from scanner.model import (
    ApiResult,
    AppInfo,
    Caller,
    DeclaredComparison,
    DeclaredItem,
    Domain,
    Evidence,
    FeatureAnswer,
    Filing,
    FilingFeatures,
    FilingForm,
    FilingNumber,
    Finding,
    Gating,
    PackageInfo,
    Permission,
    Reference,
    ScanError,
    ScanResult,
    SdkEvidence,
    SdkResult,
    Stats,
    SuppressedFinding,
    Tool,
)

CLAUSES: dict[str, dict[str, str]] = {
    "yijian-55": {
        "title": "Opinions 教技函〔2019〕55号",
        "title_zh": "《意见》（教技函〔2019〕55号）",
        "text": "School-required apps carry no commercial ads or games.",
        "text_zh": "要求统一使用的教育APP不得植入商业广告和游戏。",
    },
    "beian-banfa": {
        "title": "Filing measures (教技厅〔2019〕3号)",
        "title_zh": "《备案管理办法》（教技厅〔2019〕3号）",
        "text": "Show the filing number inside the app.",
        "text_zh": "在应用内显著位置标明备案编号。",
    },
    "miit-164": {
        "title": "MIIT notice 164号",
        "title_zh": "工信部信管函〔2020〕164号",
        "text": "No frequent self-start or associated start.",
        "text_zh": "频繁自启动和关联启动。",
    },
}


def _clause_refs(*ids: str) -> list[Reference]:
    return [Reference(kind="clause", id=i, title=CLAUSES[i]["title_zh"]) for i in ids]


def findings() -> list[Finding]:
    """Filing and security findings, severities from critical to info, one with a pipe and markup to escape."""
    return [
        Finding(
            rule_id="android-debuggable",
            severity="critical",
            confidence="high",
            category="security",
            title="Application is debuggable",
            title_zh="应用开启了可调试模式",
            message='The release build sets android:debuggable="true".',
            message_zh='安装包设置了 android:debuggable="true"。',
            evidence=[Evidence(file="AndroidManifest.xml", string='android:debuggable="true"', detail="<application>")],
            references=[
                Reference(kind="cwe", id="CWE-489", url="https://cwe.mitre.org/data/definitions/489.html"),
                Reference(kind="masvs", id="MASVS-RESILIENCE-4", url="https://mas.owasp.org/MASVS/controls/"),
            ],
            remediation="Remove android:debuggable.",
            remediation_zh="删除 android:debuggable。",
            owner="app",
            fingerprint="f0000000000000000000000000000001",
        ),
        Finding(
            rule_id="filing-ads-sdk",
            severity="high",
            confidence="high",
            category="filing",
            title="Advertising SDK embedded",
            title_zh="嵌入了广告SDK",
            message="The package embeds the advertising SDK Tencent GDT.",
            message_zh="安装包嵌入了广告SDK 腾讯广告。",
            evidence=[
                Evidence(file="classes.dex", class_name="com.qq.e.ads.ADActivity", detail="SDK 腾讯广告 (tencent-gdt)")
            ],
            references=_clause_refs("yijian-55"),
            remediation="Remove the ad SDK.",
            remediation_zh="移除广告SDK。",
            owner="sdk",
            sdk="tencent-gdt",
            fingerprint="f0000000000000000000000000000002",
        ),
        Finding(
            rule_id="android-hardcoded-secret",
            severity="medium",
            confidence="medium",
            category="security",
            title="Hard-coded secret | token <b>",
            title_zh="硬编码密钥 | 令牌 <b>",
            message="A secret sits in cn.example.Config.",
            message_zh="cn.example.Config 中有硬编码密钥。",
            evidence=[
                Evidence(
                    file="classes2.dex",
                    class_name="cn.example.Config",
                    method="<clinit>()V",
                    string="AKIA****",
                    offset=4096,
                ),
                Evidence(file="res/values/strings.xml", string="sk_live_****", detail="string/api_key"),
            ],
            references=[Reference(kind="cwe", id="CWE-798", url="https://cwe.mitre.org/data/definitions/798.html")],
            remediation="Move secrets to the server.",
            remediation_zh="将密钥移到服务端。",
            owner="app",
            fingerprint="f0000000000000000000000000000003",
        ),
        Finding(
            rule_id="filing-no-edu-filing-number",
            severity="medium",
            confidence="medium",
            category="filing",
            title="No education app filing number shown in the app",
            title_zh="应用内未发现教育APP备案号",
            message="No 教APP备 number was found.",
            message_zh="未发现教育APP备案号。",
            evidence=[Evidence(detail="no 教APP备…号 in resources, code strings or assets")],
            references=_clause_refs("beian-banfa"),
            fingerprint="f0000000000000000000000000000004",
        ),
        Finding(
            rule_id="filing-self-start",
            severity="low",
            confidence="high",
            category="filing",
            title="Starts itself at boot (self-start)",
            title_zh="开机自启动",
            message="The receiver cn.example.BootReceiver starts at boot.",
            message_zh="广播接收器 cn.example.BootReceiver 在开机时被唤起。",
            evidence=[
                Evidence(
                    file="AndroidManifest.xml",
                    class_name="cn.example.BootReceiver",
                    string="android.intent.action.BOOT_COMPLETED",
                )
            ],
            references=_clause_refs("miit-164"),
            fingerprint="f0000000000000000000000000000005",
        ),
        Finding(
            rule_id="android-min-sdk-outdated",
            severity="info",
            confidence="high",
            category="security",
            title="Installs on old Android versions",
            title_zh="支持安装在旧版本 Android 上",
            evidence=[Evidence(file="AndroidManifest.xml", string="minSdkVersion=21")],
            references=[
                Reference(kind="url", id="https://developer.android.com/", url="https://developer.android.com/")
            ],
            fingerprint="f0000000000000000000000000000006",
        ),
    ]


def _answer(answer: str, basis: list[str], note: str, limit: str, ev: list[Evidence] | None = None) -> FeatureAnswer:
    return FeatureAnswer(
        answer=answer,  # type: ignore[arg-type]
        basis=basis,
        evidence=ev or [],
        note=note,
        note_zh="说明：" + note,
        limit=limit,
        limit_zh="局限：" + limit,
    )


def fixed_result(*, gating: bool = True, declared: bool = True) -> ScanResult:
    """The result every golden file is rendered from."""
    found = findings()
    result = ScanResult(
        tool=Tool(version="0.0.0-golden"),
        catalogues={"apis": "2026.01.1", "permissions": "2026.01.1", "sdks-cn": "2026.01.1"},
        package=PackageInfo(
            path="/builds/app/homework-2.3.1.apk",
            name="homework-2.3.1.apk",
            sha256="ab" * 32,
            size=123456,
            format="apk",
            entries=42,
        ),
        app=AppInfo(
            platform="android",
            id="cn.example.homework",
            name="Homework Helper",
            name_zh="作业助手",
            names={"": "Homework Helper", "zh-rCN": "作业助手"},
            version_name="2.3.1",
            version_code="231",
            min_sdk=21,
            target_sdk=30,
        ),
        permissions=[
            Permission(
                id="android.permission.CAMERA",
                name_zh="拍摄",
                name_en="Take pictures and videos",
                group="CAMERA",
                group_zh="相机权限",
                protection_level="dangerous",
                sensitive=True,
                known=True,
                verified=True,
                edu="opt",
            ),
            Permission(
                id="android.permission.READ_PHONE_STATE",
                name_zh="读取电话状态",
                name_en="Read phone status and identity",
                group="PHONE",
                group_zh="电话权限",
                protection_level="dangerous",
                sensitive=True,
                known=True,
                verified=True,
                edu="flag",
            ),
            Permission(
                id="android.permission.INTERNET",
                name_zh="访问网络",
                name_en="Have full network access",
                protection_level="normal",
                known=True,
                verified=True,
            ),
            Permission(
                id="cn.example.permission.PUSH",
                name_zh="cn.example.permission.PUSH",
                name_en="cn.example.permission.PUSH",
                known=False,
            ),
        ],
        sdks=[
            SdkResult(
                id="tencent-gdt",
                name="Tencent Ads (GDT)",
                name_zh="腾讯广告 优量汇",
                vendor="Tencent",
                categories=["ads"],
                confidence="high",
                evidence=SdkEvidence(
                    classes_matched=5,
                    example_classes=["com.qq.e.ads.ADActivity", "com.qq.e.comm.managers.GDTAdSdk"],
                    components=["com.qq.e.ads.ADActivity"],
                ),
            ),
            SdkResult(
                id="umeng-common",
                name="Umeng Common",
                name_zh="友盟+ 基础组件库",
                vendor="Umeng (Alibaba)",
                categories=["analytics", "identification"],
                confidence="medium",
                evidence=SdkEvidence(classes_matched=2, example_classes=["com.umeng.commonsdk.UMConfigure"]),
            ),
        ],
        apis=[
            ApiResult(
                id="telephony-imei",
                category="device-id",
                name="IMEI / MEID",
                name_zh="获取IMEI/MEID",
                pi=["device-id"],
                api=["Landroid/telephony/TelephonyManager;->getDeviceId"],
                callers=[
                    Caller(
                        class_name="cn.example.homework.MainActivity",
                        method="collect()V",
                        owner="app",
                        file="classes.dex",
                        offset=100,
                    ),
                    Caller(
                        class_name="com.umeng.commonsdk.statistics.common.DeviceConfig",
                        method="getImei(Landroid/content/Context;)Ljava/lang/String;",
                        owner="sdk",
                        sdk="umeng-common",
                        file="classes.dex",
                        offset=200,
                    ),
                ],
            )
        ],
        findings=found,
        domains=[
            Domain(host="api.example.cn", party="first", count=2, examples=["http://api.example.cn/v1"]),
            Domain(host="mi.gdt.qq.com", party="third", sdk="tencent-gdt", count=1),
        ],
        stats=Stats(classes=120, dex_files=2, files=42),
        errors=[ScanError(part="classes3.dex", message="truncated DEX header", message_zh="DEX 文件头不完整")],
    )
    result.filing = Filing(
        permissions_text_zh="共4项（敏感权限2项）。相机权限：拍摄；电话权限：读取电话状态；其他权限：访问网络；未收录的权限：cn.example.permission.PUSH。",
        permissions_text_en="4 permissions (2 sensitive). Camera: Take pictures and videos; "
        "Phone: Read phone status and identity; Other: Have full network access; "
        "Not in catalogue: cn.example.permission.PUSH.",
        form=FilingForm(app_name="作业助手", platform="Android", version="2.3.1", package_id="cn.example.homework"),
        features=FilingFeatures(
            forum=_answer("no", [], "forum SDK means yes", "web forums show only as wording"),
            payment=_answer(
                "yes",
                ["alipay"],
                "payment SDK means yes",
                "web payments are invisible",
                [Evidence(class_name="com.alipay.sdk.app.PayTask", detail="SDK 支付宝 (alipay)")],
            ),
            live_streaming=_answer(
                "likely",
                ["直播课"],
                "live wording means likely",
                "RTC may be one-to-one calls",
                [Evidence(file="resources.arsc", string="直播课", detail="string @7F040001")],
            ),
            k12_tutoring=_answer("unknown", [], "subject wording means likely", "content comes from the network"),
        ),
        numbers=[
            FilingNumber(
                kind="icp-filing",
                value="京ICP备12345678号-1",
                app_filing=False,
                evidence=[Evidence(file="resources.arsc", string="京ICP备12345678号-1")],
            )
        ],
        flags=flags_from_findings(found, CLAUSES),
    )
    if declared:
        result.filing.declared = DeclaredComparison(
            source="filing.yaml",
            items=[
                DeclaredItem(
                    kind="form",
                    key="version",
                    name="version",
                    name_zh="版本",
                    declared="2.3.0",
                    detected="2.3.1",
                    status="differs",
                ),
                DeclaredItem(
                    kind="feature",
                    key="payment",
                    name="payment",
                    name_zh="收费",
                    declared="no",
                    detected="yes",
                    status="differs",
                ),
                DeclaredItem(
                    kind="permission",
                    key="android.permission.READ_PHONE_STATE",
                    name="Read phone status and identity",
                    name_zh="读取电话状态",
                    detected="android.permission.READ_PHONE_STATE",
                    status="undeclared",
                ),
                DeclaredItem(
                    kind="sdk",
                    key="腾讯Bugly",
                    name="腾讯Bugly",
                    name_zh="腾讯Bugly",
                    declared="腾讯Bugly",
                    status="not-detected",
                ),
                DeclaredItem(
                    kind="permission",
                    key="android.permission.CAMERA",
                    name="Take pictures and videos",
                    name_zh="拍摄",
                    declared="CAMERA",
                    detected="android.permission.CAMERA",
                    status="match",
                ),
            ],
            mismatches=4,
        )
    if gating:
        result.gating = Gating(
            policy="eduscan-policy.yaml",
            baseline=".eduscan-baseline.json",
            fail_on="high",
            disabled_rules=["filing-stale-build"],
            severity_overrides={"filing-self-start": "low"},
            suppressed=[
                SuppressedFinding(
                    rule_id="android-allow-backup",
                    fingerprint="e0000000000000000000000000000001",
                    severity="medium",
                    title="App data can be backed up",
                    title_zh="应用数据可被备份",
                    reason="backup holds no credentials (SEC-12)",
                    expires="2099-12-31",
                )
            ],
            expired=[
                SuppressedFinding(
                    rule_id="android-debuggable",
                    fingerprint="f0000000000000000000000000000001",
                    severity="critical",
                    title="Application is debuggable",
                    title_zh="应用开启了可调试模式",
                    reason="beta build",
                    expires="2020-01-01",
                )
            ],
            unmatched_baseline=1,
            failing=2,
        )
    return result
