.class public Lcom/cmic/sso/sdk/activity/LoginAuthActivity;
.super Landroid/app/Activity;
.source "LoginAuthActivity.java"

# eduscan stub: real CMIC (中国移动认证) class name, trivial body (not CMIC (中国移动认证) code).


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method
