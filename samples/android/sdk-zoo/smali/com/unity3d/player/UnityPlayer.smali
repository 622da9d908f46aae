.class public Lcom/unity3d/player/UnityPlayer;
.super Landroid/widget/FrameLayout;
.source "UnityPlayer.java"

# eduscan stub: real Unity class name, trivial body (not Unity code).


.method static constructor <clinit>()V
    .locals 1

    const-string v0, "unity"

    invoke-static {v0}, Ljava/lang/System;->loadLibrary(Ljava/lang/String;)V

    return-void
.end method

.method public constructor <init>(Landroid/content/Context;)V
    .locals 0

    invoke-direct {p0, p1}, Landroid/widget/FrameLayout;-><init>(Landroid/content/Context;)V

    return-void
.end method

.method public quit()V
    .locals 0

    return-void
.end method
