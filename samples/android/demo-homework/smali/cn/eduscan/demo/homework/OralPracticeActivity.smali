.class public Lcn/eduscan/demo/homework/OralPracticeActivity;
.super Landroid/app/Activity;
.source "OralPracticeActivity.java"


# instance fields
.field private recorder:Landroid/media/AudioRecord;


# direct methods
.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method


# virtual methods
.method protected onCreate(Landroid/os/Bundle;)V
    .locals 1

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    const-string v0, "activity_oral"

    invoke-static {p0, v0}, Lcn/eduscan/demo/homework/util/Res;->layout(Landroid/content/Context;Ljava/lang/String;)I

    move-result v0

    invoke-virtual {p0, v0}, Landroid/app/Activity;->setContentView(I)V

    invoke-virtual {p0}, Lcn/eduscan/demo/homework/OralPracticeActivity;->startOralPractice()V

    return-void
.end method

.method protected onDestroy()V
    .locals 1

    iget-object v0, p0, Lcn/eduscan/demo/homework/OralPracticeActivity;->recorder:Landroid/media/AudioRecord;

    if-eqz v0, :cond_0

    invoke-virtual {v0}, Landroid/media/AudioRecord;->stop()V

    invoke-virtual {v0}, Landroid/media/AudioRecord;->release()V

    :cond_0
    invoke-super {p0}, Landroid/app/Activity;->onDestroy()V

    return-void
.end method

.method public startOralPractice()V
    .locals 7

    const/16 v3, 0x3e80

    const/16 v4, 0x10

    const/4 v5, 0x2

    invoke-static {v3, v4, v5}, Landroid/media/AudioRecord;->getMinBufferSize(III)I

    move-result v6

    new-instance v1, Landroid/media/AudioRecord;

    const/4 v2, 0x1

    invoke-direct/range {v1 .. v6}, Landroid/media/AudioRecord;-><init>(IIIII)V

    iput-object v1, p0, Lcn/eduscan/demo/homework/OralPracticeActivity;->recorder:Landroid/media/AudioRecord;

    invoke-virtual {v1}, Landroid/media/AudioRecord;->startRecording()V

    return-void
.end method
