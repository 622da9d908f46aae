.class public Lcom/tencent/connect/common/AssistActivity;
.super Landroid/app/Activity;
.source "AssistActivity.java"

# eduscan stub: real QQ Connect class name, trivial body (not QQ Connect code).


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method
