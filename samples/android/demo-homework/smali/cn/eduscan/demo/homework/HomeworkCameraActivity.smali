.class public Lcn/eduscan/demo/homework/HomeworkCameraActivity;
.super Landroid/app/Activity;
.source "HomeworkCameraActivity.java"


# instance fields
.field private camera:Landroid/hardware/Camera;


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

    const-string v0, "activity_camera"

    invoke-static {p0, v0}, Lcn/eduscan/demo/homework/util/Res;->layout(Landroid/content/Context;Ljava/lang/String;)I

    move-result v0

    invoke-virtual {p0, v0}, Landroid/app/Activity;->setContentView(I)V

    invoke-virtual {p0}, Lcn/eduscan/demo/homework/HomeworkCameraActivity;->takeHomeworkPhoto()V

    return-void
.end method

.method protected onDestroy()V
    .locals 1

    iget-object v0, p0, Lcn/eduscan/demo/homework/HomeworkCameraActivity;->camera:Landroid/hardware/Camera;

    if-eqz v0, :cond_0

    invoke-virtual {v0}, Landroid/hardware/Camera;->release()V

    const/4 v0, 0x0

    iput-object v0, p0, Lcn/eduscan/demo/homework/HomeworkCameraActivity;->camera:Landroid/hardware/Camera;

    :cond_0
    invoke-super {p0}, Landroid/app/Activity;->onDestroy()V

    return-void
.end method

.method public takeHomeworkPhoto()V
    .locals 1

    invoke-static {}, Landroid/hardware/Camera;->open()Landroid/hardware/Camera;

    move-result-object v0

    iput-object v0, p0, Lcn/eduscan/demo/homework/HomeworkCameraActivity;->camera:Landroid/hardware/Camera;

    return-void
.end method
