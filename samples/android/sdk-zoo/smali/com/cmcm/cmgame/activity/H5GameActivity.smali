.class public Lcom/cmcm/cmgame/activity/H5GameActivity;
.super Landroid/app/Activity;
.source "H5GameActivity.java"

# eduscan stub: real CmGame (豹趣) class name, trivial body (not CmGame (豹趣) code).


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method
