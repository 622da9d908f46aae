.class public Lcom/tencent/mm/opensdk/openapi/WXApiImplV10;
.super Ljava/lang/Object;
.source "WXApiImplV10.java"
.implements Lcom/tencent/mm/opensdk/openapi/IWXAPI;

# eduscan stub: real WeChat OpenSDK class name, trivial body (not WeChat OpenSDK code).


.field private appId:Ljava/lang/String;

.field private final context:Landroid/content/Context;


.method constructor <init>(Landroid/content/Context;Ljava/lang/String;)V
    .locals 0

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    iput-object p1, p0, Lcom/tencent/mm/opensdk/openapi/WXApiImplV10;->context:Landroid/content/Context;

    iput-object p2, p0, Lcom/tencent/mm/opensdk/openapi/WXApiImplV10;->appId:Ljava/lang/String;

    return-void
.end method

.method public handleIntent(Landroid/content/Intent;Lcom/tencent/mm/opensdk/openapi/IWXAPIEventHandler;)Z
    .locals 1

    const/4 v0, 0x0

    return v0
.end method

.method public registerApp(Ljava/lang/String;)Z
    .locals 1

    iput-object p1, p0, Lcom/tencent/mm/opensdk/openapi/WXApiImplV10;->appId:Ljava/lang/String;

    const/4 v0, 0x1

    return v0
.end method

.method public sendReq(Lcom/tencent/mm/opensdk/modelbase/BaseReq;)Z
    .locals 1

    const/4 v0, 0x0

    return v0
.end method
