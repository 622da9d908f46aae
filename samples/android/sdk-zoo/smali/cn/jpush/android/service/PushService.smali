.class public Lcn/jpush/android/service/PushService;
.super Landroid/app/Service;
.source "PushService.java"

# eduscan stub: real JPush class name, trivial body (not JPush code).


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Landroid/app/Service;-><init>()V

    return-void
.end method

.method public onBind(Landroid/content/Intent;)Landroid/os/IBinder;
    .locals 1

    const/4 v0, 0x0

    return-object v0
.end method
