.class public Lcom/xiaomi/mipush/sdk/MiPushClient;
.super Ljava/lang/Object;
.source "MiPushClient.java"

# eduscan stub: real Xiaomi MiPush class name, trivial body (not Xiaomi MiPush code).


.field private static sAppId:Ljava/lang/String;


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static registerPush(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V
    .locals 0

    sput-object p1, Lcom/xiaomi/mipush/sdk/MiPushClient;->sAppId:Ljava/lang/String;

    return-void
.end method
