.class public Lcom/qq/e/ads/banner2/UnifiedBannerView;
.super Landroid/widget/FrameLayout;
.source "UnifiedBannerView.java"

# eduscan stub: real Tencent GDT class name, trivial body (not GDT code).


# instance fields
.field private final listener:Lcom/qq/e/ads/banner2/UnifiedBannerADListener;

.field private final posId:Ljava/lang/String;


# direct methods
.method public constructor <init>(Landroid/app/Activity;Ljava/lang/String;Lcom/qq/e/ads/banner2/UnifiedBannerADListener;)V
    .locals 0

    invoke-direct {p0, p1}, Landroid/widget/FrameLayout;-><init>(Landroid/content/Context;)V

    iput-object p2, p0, Lcom/qq/e/ads/banner2/UnifiedBannerView;->posId:Ljava/lang/String;

    iput-object p3, p0, Lcom/qq/e/ads/banner2/UnifiedBannerView;->listener:Lcom/qq/e/ads/banner2/UnifiedBannerADListener;

    return-void
.end method


# virtual methods
.method public destroy()V
    .locals 0

    return-void
.end method

.method public loadAD()V
    .locals 1

    iget-object v0, p0, Lcom/qq/e/ads/banner2/UnifiedBannerView;->listener:Lcom/qq/e/ads/banner2/UnifiedBannerADListener;

    if-eqz v0, :cond_0

    invoke-interface {v0}, Lcom/qq/e/ads/banner2/UnifiedBannerADListener;->onADReceive()V

    :cond_0
    return-void
.end method
