.class public Lcom/kwad/sdk/api/KsAdSDK;
.super Ljava/lang/Object;
.source "KsAdSDK.java"

# eduscan stub: real Kuaishou ad SDK class name, trivial body (not Kuaishou ad SDK code).


.field private static sConfig:Lcom/kwad/sdk/api/SdkConfig;


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static init(Landroid/content/Context;Lcom/kwad/sdk/api/SdkConfig;)Z
    .locals 1

    sput-object p1, Lcom/kwad/sdk/api/KsAdSDK;->sConfig:Lcom/kwad/sdk/api/SdkConfig;

    const/4 v0, 0x1

    return v0
.end method
