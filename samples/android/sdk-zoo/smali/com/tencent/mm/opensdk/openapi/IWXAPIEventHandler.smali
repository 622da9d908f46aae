.class public interface abstract Lcom/tencent/mm/opensdk/openapi/IWXAPIEventHandler;
.super Ljava/lang/Object;
.source "IWXAPIEventHandler.java"

# eduscan stub: real WeChat OpenSDK class name, trivial body (not WeChat OpenSDK code).


.method public abstract onReq(Lcom/tencent/mm/opensdk/modelbase/BaseReq;)V
.end method

.method public abstract onResp(Lcom/tencent/mm/opensdk/modelbase/BaseResp;)V
.end method
