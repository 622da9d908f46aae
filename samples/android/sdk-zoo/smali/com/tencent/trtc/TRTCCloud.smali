.class public Lcom/tencent/trtc/TRTCCloud;
.super Ljava/lang/Object;
.source "TRTCCloud.java"

# eduscan stub: real Tencent TRTC class name, trivial body (not Tencent TRTC code).


.field private static sInstance:Lcom/tencent/trtc/TRTCCloud;

.field private audioRecord:Landroid/media/AudioRecord;

.field private camera:Landroid/hardware/Camera;


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static sharedInstance(Landroid/content/Context;)Lcom/tencent/trtc/TRTCCloud;
    .locals 1

    sget-object v0, Lcom/tencent/trtc/TRTCCloud;->sInstance:Lcom/tencent/trtc/TRTCCloud;

    if-nez v0, :cond_0

    new-instance v0, Lcom/tencent/trtc/TRTCCloud;

    invoke-direct {v0}, Lcom/tencent/trtc/TRTCCloud;-><init>()V

    sput-object v0, Lcom/tencent/trtc/TRTCCloud;->sInstance:Lcom/tencent/trtc/TRTCCloud;

    :cond_0
    return-object v0
.end method

.method public startLocalAudio(I)V
    .locals 7

    const v3, 0xbb80

    const/16 v4, 0x10

    const/4 v5, 0x2

    invoke-static {v3, v4, v5}, Landroid/media/AudioRecord;->getMinBufferSize(III)I

    move-result v6

    new-instance v1, Landroid/media/AudioRecord;

    const/4 v2, 0x7

    invoke-direct/range {v1 .. v6}, Landroid/media/AudioRecord;-><init>(IIIII)V

    iput-object v1, p0, Lcom/tencent/trtc/TRTCCloud;->audioRecord:Landroid/media/AudioRecord;

    invoke-virtual {v1}, Landroid/media/AudioRecord;->startRecording()V

    return-void
.end method

.method public startLocalPreview(Z)V
    .locals 1

    if-eqz p1, :cond_0

    const/4 v0, 0x1

    goto :goto_0

    :cond_0
    const/4 v0, 0x0

    :goto_0
    invoke-static {v0}, Landroid/hardware/Camera;->open(I)Landroid/hardware/Camera;

    move-result-object v0

    iput-object v0, p0, Lcom/tencent/trtc/TRTCCloud;->camera:Landroid/hardware/Camera;

    return-void
.end method

.method public stopLocalAudio()V
    .locals 1

    iget-object v0, p0, Lcom/tencent/trtc/TRTCCloud;->audioRecord:Landroid/media/AudioRecord;

    if-eqz v0, :cond_0

    invoke-virtual {v0}, Landroid/media/AudioRecord;->release()V

    :cond_0
    return-void
.end method
