.class public Lcom/cmcm/cmgame/CmGameSdk;
.super Ljava/lang/Object;
.source "CmGameSdk.java"

# eduscan stub: real CmGame (豹趣) class name, trivial body (not CmGame (豹趣) code).


.field private static sAppId:Ljava/lang/String;


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static initCmGameSdk(Landroid/app/Application;Ljava/lang/String;)V
    .locals 0

    sput-object p1, Lcom/cmcm/cmgame/CmGameSdk;->sAppId:Ljava/lang/String;

    return-void
.end method

.method public static startH5Game(Ljava/lang/String;)V
    .locals 0

    return-void
.end method
