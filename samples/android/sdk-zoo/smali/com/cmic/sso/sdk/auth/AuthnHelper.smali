.class public Lcom/cmic/sso/sdk/auth/AuthnHelper;
.super Ljava/lang/Object;
.source "AuthnHelper.java"

# eduscan stub: real CMIC (中国移动认证) class name, trivial body (not CMIC (中国移动认证) code).


.field private static sInstance:Lcom/cmic/sso/sdk/auth/AuthnHelper;

.field private final context:Landroid/content/Context;

.field private imsi:Ljava/lang/String;


.method private constructor <init>(Landroid/content/Context;)V
    .locals 0

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    iput-object p1, p0, Lcom/cmic/sso/sdk/auth/AuthnHelper;->context:Landroid/content/Context;

    return-void
.end method

.method public static getInstance(Landroid/content/Context;)Lcom/cmic/sso/sdk/auth/AuthnHelper;
    .locals 1

    sget-object v0, Lcom/cmic/sso/sdk/auth/AuthnHelper;->sInstance:Lcom/cmic/sso/sdk/auth/AuthnHelper;

    if-nez v0, :cond_0

    new-instance v0, Lcom/cmic/sso/sdk/auth/AuthnHelper;

    invoke-direct {v0, p0}, Lcom/cmic/sso/sdk/auth/AuthnHelper;-><init>(Landroid/content/Context;)V

    sput-object v0, Lcom/cmic/sso/sdk/auth/AuthnHelper;->sInstance:Lcom/cmic/sso/sdk/auth/AuthnHelper;

    :cond_0
    return-object v0
.end method

.method public getPhoneInfo(Ljava/lang/String;Ljava/lang/String;)V
    .locals 2

    iget-object v0, p0, Lcom/cmic/sso/sdk/auth/AuthnHelper;->context:Landroid/content/Context;

    const-string v1, "phone"

    invoke-virtual {v0, v1}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;

    move-result-object v0

    check-cast v0, Landroid/telephony/TelephonyManager;

    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getSubscriberId()Ljava/lang/String;

    move-result-object v1

    iput-object v1, p0, Lcom/cmic/sso/sdk/auth/AuthnHelper;->imsi:Ljava/lang/String;

    return-void
.end method
