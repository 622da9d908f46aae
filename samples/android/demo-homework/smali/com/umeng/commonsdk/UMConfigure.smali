.class public Lcom/umeng/commonsdk/UMConfigure;
.super Ljava/lang/Object;
.source "UMConfigure.java"

# eduscan stub: real Umeng class name, trivial body (not Umeng code).


# static fields
.field public static final DEVICE_TYPE_PHONE:I = 0x1

.field private static sAndroidId:Ljava/lang/String;

.field private static sAppKey:Ljava/lang/String;

.field private static sChannel:Ljava/lang/String;

.field private static sImei:Ljava/lang/String;


# direct methods
.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static init(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;ILjava/lang/String;)V
    .locals 1

    sput-object p1, Lcom/umeng/commonsdk/UMConfigure;->sAppKey:Ljava/lang/String;

    sput-object p2, Lcom/umeng/commonsdk/UMConfigure;->sChannel:Ljava/lang/String;

    invoke-static {p0}, Lcom/umeng/commonsdk/statistics/common/DeviceConfig;->getImei(Landroid/content/Context;)Ljava/lang/String;

    move-result-object v0

    sput-object v0, Lcom/umeng/commonsdk/UMConfigure;->sImei:Ljava/lang/String;

    invoke-static {p0}, Lcom/umeng/commonsdk/statistics/common/DeviceConfig;->getAndroidId(Landroid/content/Context;)Ljava/lang/String;

    move-result-object v0

    sput-object v0, Lcom/umeng/commonsdk/UMConfigure;->sAndroidId:Ljava/lang/String;

    return-void
.end method

.method public static setLogEnabled(Z)V
    .locals 0

    return-void
.end method
