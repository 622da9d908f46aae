.class public Lcom/qq/e/ads/ADActivity;
.super Landroid/app/Activity;
.source "ADActivity.java"

# eduscan stub: real Tencent GDT class name, trivial body (not GDT code).


# direct methods
.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method
