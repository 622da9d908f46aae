.class public interface abstract Lcom/qq/e/ads/banner2/UnifiedBannerADListener;
.super Ljava/lang/Object;
.source "UnifiedBannerADListener.java"


# virtual methods
.method public abstract onADClicked()V
.end method

.method public abstract onADReceive()V
.end method
