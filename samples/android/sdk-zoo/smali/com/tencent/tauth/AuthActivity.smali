.class public Lcom/tencent/tauth/AuthActivity;
.super Landroid/app/Activity;
.source "AuthActivity.java"

# eduscan stub: real QQ Connect class name, trivial body (not QQ Connect code).


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method
