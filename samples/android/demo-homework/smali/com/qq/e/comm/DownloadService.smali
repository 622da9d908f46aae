.class public Lcom/qq/e/comm/DownloadService;
.super Landroid/app/Service;
.source "DownloadService.java"

# eduscan stub: real Tencent GDT class name, trivial body (not GDT code).


# direct methods
.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Landroid/app/Service;-><init>()V

    return-void
.end method


# virtual methods
.method public onBind(Landroid/content/Intent;)Landroid/os/IBinder;
    .locals 1

    const/4 v0, 0x0

    return-object v0
.end method
