.class public Lcn/eduscan/sample/sdkzoo/SdkZooApp;
.super Landroid/app/Application;
.source "SdkZooApp.java"


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method

.method public onCreate()V
    .locals 3

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    const-string v0, "4a8b2c91de"

    const/4 v1, 0x0

    invoke-static {p0, v0, v1}, Lcom/tencent/bugly/crashreport/CrashReport;->initCrashReport(Landroid/content/Context;Ljava/lang/String;Z)V

    invoke-static {p0}, Lcom/baidu/mobstat/StatService;->start(Landroid/content/Context;)V

    invoke-static {v1}, Lcn/jpush/android/api/JPushInterface;->setDebugMode(Z)V

    invoke-static {p0}, Lcn/jpush/android/api/JPushInterface;->init(Landroid/content/Context;)V

    const-string v0, "2882303761520123456"

    const-string v1, "5172012345678"

    invoke-static {p0, v0, v1}, Lcom/xiaomi/mipush/sdk/MiPushClient;->registerPush(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V

    new-instance v0, Lcom/bytedance/sdk/openadsdk/TTAdConfig;

    const-string v1, "5301234"

    invoke-direct {v0, v1}, Lcom/bytedance/sdk/openadsdk/TTAdConfig;-><init>(Ljava/lang/String;)V

    invoke-static {p0, v0}, Lcom/bytedance/sdk/openadsdk/TTAdSdk;->init(Landroid/content/Context;Lcom/bytedance/sdk/openadsdk/TTAdConfig;)Z

    new-instance v0, Lcom/kwad/sdk/api/SdkConfig;

    const-string v1, "90010023"

    invoke-direct {v0, v1}, Lcom/kwad/sdk/api/SdkConfig;-><init>(Ljava/lang/String;)V

    invoke-static {p0, v0}, Lcom/kwad/sdk/api/KsAdSDK;->init(Landroid/content/Context;Lcom/kwad/sdk/api/SdkConfig;)Z

    const-string v0, "pvxdm17jpw7ar"

    invoke-static {p0, v0}, Lio/rong/imlib/RongIMClient;->init(Landroid/content/Context;Ljava/lang/String;)V

    const-string v0, "xuexileyuan"

    invoke-static {p0, v0}, Lcom/cmcm/cmgame/CmGameSdk;->initCmGameSdk(Landroid/app/Application;Ljava/lang/String;)V

    const-string v0, "appid=5f8e1a2b"

    invoke-static {p0, v0}, Lcom/iflytek/cloud/SpeechUtility;->createUtility(Landroid/content/Context;Ljava/lang/String;)Lcom/iflytek/cloud/SpeechUtility;

    new-instance v0, Lcn/eduscan/sample/sdkzoo/device/OaidHelper;

    invoke-direct {v0}, Lcn/eduscan/sample/sdkzoo/device/OaidHelper;-><init>()V

    invoke-virtual {v0, p0}, Lcn/eduscan/sample/sdkzoo/device/OaidHelper;->fetch(Landroid/content/Context;)V

    return-void
.end method
