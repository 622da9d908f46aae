.class public interface abstract Lcom/iflytek/cloud/InitListener;
.super Ljava/lang/Object;
.source "InitListener.java"

# eduscan stub: real iFlytek MSC class name, trivial body (not iFlytek MSC code).


.method public abstract onInit(I)V
.end method
