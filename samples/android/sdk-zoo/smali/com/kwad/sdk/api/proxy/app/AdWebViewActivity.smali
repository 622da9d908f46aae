.class public Lcom/kwad/sdk/api/proxy/app/AdWebViewActivity;
.super Landroid/app/Activity;
.source "AdWebViewActivity.java"

# eduscan stub: real Kuaishou ad SDK class name, trivial body (not Kuaishou ad SDK code).


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method
