.class public Lcom/kwad/sdk/api/SdkConfig;
.super Ljava/lang/Object;
.source "SdkConfig.java"

# eduscan stub: real Kuaishou ad SDK class name, trivial body (not Kuaishou ad SDK code).


.field private final appId:Ljava/lang/String;


.method public constructor <init>(Ljava/lang/String;)V
    .locals 0

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    iput-object p1, p0, Lcom/kwad/sdk/api/SdkConfig;->appId:Ljava/lang/String;

    return-void
.end method
