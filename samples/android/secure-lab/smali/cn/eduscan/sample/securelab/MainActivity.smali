.class public Lcn/eduscan/sample/securelab/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"


.field private integrityFlags:I


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .locals 2

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    const-string v0, "layout"

    const-string v1, "activity_main"

    invoke-static {p0, v0, v1}, Lcn/eduscan/sample/securelab/util/Res;->get(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)I

    move-result v0

    invoke-virtual {p0, v0}, Landroid/app/Activity;->setContentView(I)V

    const/4 v1, 0x0

    invoke-static {}, Lcn/eduscan/sample/securelab/security/DeviceIntegrity;->isRooted()Z

    move-result v0

    if-eqz v0, :cond_0

    or-int/lit8 v1, v1, 0x1

    :cond_0
    invoke-static {}, Lcn/eduscan/sample/securelab/security/DeviceIntegrity;->isEmulator()Z

    move-result v0

    if-eqz v0, :cond_1

    or-int/lit8 v1, v1, 0x2

    :cond_1
    iput v1, p0, Lcn/eduscan/sample/securelab/MainActivity;->integrityFlags:I

    return-void
.end method

.method public openLogin(Landroid/view/View;)V
    .locals 2

    new-instance v0, Landroid/content/Intent;

    const-class v1, Lcn/eduscan/sample/securelab/auth/LoginActivity;

    invoke-direct {v0, p0, v1}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V

    invoke-virtual {p0, v0}, Landroid/app/Activity;->startActivity(Landroid/content/Intent;)V

    return-void
.end method

.method public openPortal(Landroid/view/View;)V
    .locals 3

    new-instance v0, Landroid/content/Intent;

    const-class v1, Lcn/eduscan/sample/securelab/web/WebViewActivity;

    invoke-direct {v0, p0, v1}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V

    const-string v1, "url"

    const-string v2, "https://portal.securelab.example.cn/"

    invoke-virtual {v0, v1, v2}, Landroid/content/Intent;->putExtra(Ljava/lang/String;Ljava/lang/String;)Landroid/content/Intent;

    invoke-virtual {p0, v0}, Landroid/app/Activity;->startActivity(Landroid/content/Intent;)V

    return-void
.end method
