.class public abstract Lcom/tencent/mm/opensdk/modelbase/BaseReq;
.super Ljava/lang/Object;
.source "BaseReq.java"

# eduscan stub: real WeChat OpenSDK class name, trivial body (not WeChat OpenSDK code).


.field public transaction:Ljava/lang/String;


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public abstract getType()I
.end method
