.class public Lcn/eduscan/sample/sdkzoo/live/LiveClassActivity;
.super Landroid/app/Activity;
.source "LiveClassActivity.java"


.field private rtcEngine:Lio/agora/rtc2/RtcEngine;

.field private trtcCloud:Lcom/tencent/trtc/TRTCCloud;


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .locals 1

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    const-string v0, "activity_live"

    invoke-static {p0, v0}, Lcn/eduscan/sample/sdkzoo/util/Res;->layout(Landroid/content/Context;Ljava/lang/String;)I

    move-result v0

    invoke-virtual {p0, v0}, Landroid/app/Activity;->setContentView(I)V

    return-void
.end method

.method public joinLiveClass(Landroid/view/View;)V
    .locals 5

    invoke-static {p0}, Lcom/tencent/trtc/TRTCCloud;->sharedInstance(Landroid/content/Context;)Lcom/tencent/trtc/TRTCCloud;

    move-result-object v0

    iput-object v0, p0, Lcn/eduscan/sample/sdkzoo/live/LiveClassActivity;->trtcCloud:Lcom/tencent/trtc/TRTCCloud;

    const/4 v1, 0x1

    invoke-virtual {v0, v1}, Lcom/tencent/trtc/TRTCCloud;->startLocalPreview(Z)V

    const/4 v1, 0x2

    invoke-virtual {v0, v1}, Lcom/tencent/trtc/TRTCCloud;->startLocalAudio(I)V

    const-string v0, "d2b3c4e5f6a7b8c9d0e1f2a3b4c5d6e7"

    const/4 v1, 0x0

    invoke-static {p0, v0, v1}, Lio/agora/rtc2/RtcEngine;->create(Landroid/content/Context;Ljava/lang/String;Lio/agora/rtc2/IRtcEngineEventHandler;)Lio/agora/rtc2/RtcEngine;

    move-result-object v0

    iput-object v0, p0, Lcn/eduscan/sample/sdkzoo/live/LiveClassActivity;->rtcEngine:Lio/agora/rtc2/RtcEngine;

    const/4 v1, 0x0

    const-string v2, "live-class-101"

    const/4 v3, 0x0

    const/4 v4, 0x0

    invoke-virtual {v0, v1, v2, v3, v4}, Lio/agora/rtc2/RtcEngine;->joinChannel(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;I)I

    return-void
.end method
