.class public final Lcn/eduscan/sample/vulnlab/auth/PasswordHasher;
.super Ljava/lang/Object;
.source "PasswordHasher.java"


.method private constructor <init>()V
    .locals 0

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static hashForServer(Ljava/lang/String;)Ljava/lang/String;
    .locals 2

    :try_start_0
    invoke-static {p0}, Lcn/eduscan/sample/vulnlab/crypto/WeakCrypto;->md5Password(Ljava/lang/String;)Ljava/lang/String;

    move-result-object v0
    :try_end_0
    .catch Ljava/security/NoSuchAlgorithmException; {:try_start_0 .. :try_end_0} :catch_0

    return-object v0

    :catch_0
    move-exception v1

    const-string v0, ""

    return-object v0
.end method
