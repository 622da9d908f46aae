.class public Lcn/eduscan/sample/securelab/auth/LoginActivity;
.super Landroid/app/Activity;
.source "LoginActivity.java"


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .locals 2

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    const-string v0, "layout"

    const-string v1, "activity_login"

    invoke-static {p0, v0, v1}, Lcn/eduscan/sample/securelab/util/Res;->get(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)I

    move-result v0

    invoke-virtual {p0, v0}, Landroid/app/Activity;->setContentView(I)V

    return-void
.end method

.method public onLoginClicked(Landroid/view/View;)V
    .locals 4

    const-string v0, "id"

    const-string v1, "user"

    invoke-static {p0, v0, v1}, Lcn/eduscan/sample/securelab/util/Res;->get(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)I

    move-result v0

    invoke-virtual {p0, v0}, Landroid/app/Activity;->findViewById(I)Landroid/view/View;

    move-result-object v0

    check-cast v0, Landroid/widget/EditText;

    invoke-virtual {v0}, Landroid/widget/EditText;->getText()Landroid/text/Editable;

    move-result-object v0

    invoke-virtual {v0}, Ljava/lang/Object;->toString()Ljava/lang/String;

    move-result-object v2

    const-string v0, "id"

    const-string v1, "password"

    invoke-static {p0, v0, v1}, Lcn/eduscan/sample/securelab/util/Res;->get(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)I

    move-result v0

    invoke-virtual {p0, v0}, Landroid/app/Activity;->findViewById(I)Landroid/view/View;

    move-result-object v0

    check-cast v0, Landroid/widget/EditText;

    invoke-virtual {v0}, Landroid/widget/EditText;->getText()Landroid/text/Editable;

    move-result-object v0

    invoke-virtual {v0}, Ljava/lang/Object;->toString()Ljava/lang/String;

    move-result-object v3

    invoke-virtual {p0, v2, v3}, Lcn/eduscan/sample/securelab/auth/LoginActivity;->doLogin(Ljava/lang/String;Ljava/lang/String;)V

    return-void
.end method

.method public doLogin(Ljava/lang/String;Ljava/lang/String;)V
    .locals 3

    const-string v0, "SecureLab"

    const-string v1, "login attempt"

    invoke-static {v0, v1}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I

    :try_start_0
    invoke-static {}, Lcn/eduscan/sample/securelab/crypto/ModernCrypto;->newSalt()[B

    move-result-object v0

    invoke-static {p2, v0}, Lcn/eduscan/sample/securelab/crypto/ModernCrypto;->hashPassword(Ljava/lang/String;[B)[B

    move-result-object v1

    invoke-static {p0, p1, v0, v1}, Lcn/eduscan/sample/securelab/storage/SecureStorage;->saveLogin(Landroid/content/Context;Ljava/lang/String;[B[B)V
    :try_end_0
    .catch Ljava/security/GeneralSecurityException; {:try_start_0 .. :try_end_0} :catch_0

    invoke-static {p1, p2}, Lcn/eduscan/sample/securelab/net/SecureHttpClient;->login(Ljava/lang/String;Ljava/lang/String;)I

    return-void

    :catch_0
    move-exception v2

    return-void
.end method
