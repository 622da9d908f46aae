.class public Lcom/megvii/meglive_sdk/manager/MegLiveManager;
.super Ljava/lang/Object;
.source "MegLiveManager.java"

# eduscan stub: real Megvii MegLive class name, trivial body (not Megvii MegLive code).


.field private static sInstance:Lcom/megvii/meglive_sdk/manager/MegLiveManager;

.field private bizToken:Ljava/lang/String;

.field private camera:Landroid/hardware/Camera;


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static getInstance()Lcom/megvii/meglive_sdk/manager/MegLiveManager;
    .locals 1

    sget-object v0, Lcom/megvii/meglive_sdk/manager/MegLiveManager;->sInstance:Lcom/megvii/meglive_sdk/manager/MegLiveManager;

    if-nez v0, :cond_0

    new-instance v0, Lcom/megvii/meglive_sdk/manager/MegLiveManager;

    invoke-direct {v0}, Lcom/megvii/meglive_sdk/manager/MegLiveManager;-><init>()V

    sput-object v0, Lcom/megvii/meglive_sdk/manager/MegLiveManager;->sInstance:Lcom/megvii/meglive_sdk/manager/MegLiveManager;

    :cond_0
    return-object v0
.end method

.method public preDetect(Landroid/content/Context;Ljava/lang/String;)V
    .locals 0

    iput-object p2, p0, Lcom/megvii/meglive_sdk/manager/MegLiveManager;->bizToken:Ljava/lang/String;

    return-void
.end method

.method public startDetect(Landroid/content/Context;)V
    .locals 1

    const/4 v0, 0x1

    invoke-static {v0}, Landroid/hardware/Camera;->open(I)Landroid/hardware/Camera;

    move-result-object v0

    iput-object v0, p0, Lcom/megvii/meglive_sdk/manager/MegLiveManager;->camera:Landroid/hardware/Camera;

    return-void
.end method
