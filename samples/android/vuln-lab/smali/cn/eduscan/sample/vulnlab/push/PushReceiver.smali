.class public Lcn/eduscan/sample/vulnlab/push/PushReceiver;
.super Landroid/content/BroadcastReceiver;
.source "PushReceiver.java"


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Landroid/content/BroadcastReceiver;-><init>()V

    return-void
.end method

.method public onReceive(Landroid/content/Context;Landroid/content/Intent;)V
    .locals 2

    const-string v0, "grades"

    invoke-virtual {p2, v0}, Landroid/content/Intent;->getStringExtra(Ljava/lang/String;)Ljava/lang/String;

    move-result-object v0

    if-eqz v0, :cond_0

    :try_start_0
    invoke-static {p1, v0}, Lcn/eduscan/sample/vulnlab/storage/InsecureStorage;->saveGradesWorldReadable(Landroid/content/Context;Ljava/lang/String;)V
    :try_end_0
    .catch Ljava/io/IOException; {:try_start_0 .. :try_end_0} :catch_0

    goto :cond_0

    :catch_0
    move-exception v1

    :cond_0
    return-void
.end method
