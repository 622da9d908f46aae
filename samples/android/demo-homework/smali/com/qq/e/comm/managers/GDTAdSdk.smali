.class public Lcom/qq/e/comm/managers/GDTAdSdk;
.super Ljava/lang/Object;
.source "GDTAdSdk.java"

# eduscan stub: real Tencent GDT class name, trivial body (not GDT code).


# static fields
.field private static sAppId:Ljava/lang/String;


# direct methods
.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static init(Landroid/content/Context;Ljava/lang/String;)V
    .locals 0

    sput-object p1, Lcom/qq/e/comm/managers/GDTAdSdk;->sAppId:Ljava/lang/String;

    return-void
.end method
