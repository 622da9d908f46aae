.class public Lcom/tencent/tauth/Tencent;
.super Ljava/lang/Object;
.source "Tencent.java"

# eduscan stub: real QQ Connect class name, trivial body (not QQ Connect code).


.field private appId:Ljava/lang/String;


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static createInstance(Ljava/lang/String;Landroid/content/Context;)Lcom/tencent/tauth/Tencent;
    .locals 1

    new-instance v0, Lcom/tencent/tauth/Tencent;

    invoke-direct {v0}, Lcom/tencent/tauth/Tencent;-><init>()V

    iput-object p0, v0, Lcom/tencent/tauth/Tencent;->appId:Ljava/lang/String;

    return-object v0
.end method

.method public login(Landroid/app/Activity;Ljava/lang/String;Lcom/tencent/tauth/IUiListener;)I
    .locals 1

    const/4 v0, 0x0

    return v0
.end method
