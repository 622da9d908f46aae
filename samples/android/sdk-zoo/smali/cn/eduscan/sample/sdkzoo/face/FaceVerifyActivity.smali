.class public Lcn/eduscan/sample/sdkzoo/face/FaceVerifyActivity;
.super Landroid/app/Activity;
.source "FaceVerifyActivity.java"


.field private faceEngine:Lcom/arcsoft/face/FaceEngine;


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .locals 1

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    const-string v0, "activity_face"

    invoke-static {p0, v0}, Lcn/eduscan/sample/sdkzoo/util/Res;->layout(Landroid/content/Context;Ljava/lang/String;)I

    move-result v0

    invoke-virtual {p0, v0}, Landroid/app/Activity;->setContentView(I)V

    return-void
.end method

.method public startFaceVerify(Landroid/view/View;)V
    .locals 2

    invoke-static {}, Lcom/megvii/meglive_sdk/manager/MegLiveManager;->getInstance()Lcom/megvii/meglive_sdk/manager/MegLiveManager;

    move-result-object v0

    const-string v1, "biz-token-from-server"

    invoke-virtual {v0, p0, v1}, Lcom/megvii/meglive_sdk/manager/MegLiveManager;->preDetect(Landroid/content/Context;Ljava/lang/String;)V

    invoke-virtual {v0, p0}, Lcom/megvii/meglive_sdk/manager/MegLiveManager;->startDetect(Landroid/content/Context;)V

    return-void
.end method

.method public verifyOffline(Landroid/view/View;)V
    .locals 2

    const-string v0, "arcface-demo-appid"

    const-string v1, "arcface-demo-sdkkey"

    invoke-static {p0, v0, v1}, Lcom/arcsoft/face/FaceEngine;->activeOnline(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)I

    new-instance v0, Lcom/arcsoft/face/FaceEngine;

    invoke-direct {v0}, Lcom/arcsoft/face/FaceEngine;-><init>()V

    iput-object v0, p0, Lcn/eduscan/sample/sdkzoo/face/FaceVerifyActivity;->faceEngine:Lcom/arcsoft/face/FaceEngine;

    invoke-virtual {v0, p0}, Lcom/arcsoft/face/FaceEngine;->init(Landroid/content/Context;)I

    return-void
.end method
