.class public interface abstract Lcom/tencent/tauth/IUiListener;
.super Ljava/lang/Object;
.source "IUiListener.java"

# eduscan stub: real QQ Connect class name, trivial body (not QQ Connect code).


.method public abstract onCancel()V
.end method

.method public abstract onComplete(Ljava/lang/Object;)V
.end method
