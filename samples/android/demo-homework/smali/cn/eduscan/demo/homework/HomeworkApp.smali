.class public Lcn/eduscan/demo/homework/HomeworkApp;
.super Landroid/app/Application;
.source "HomeworkApp.java"


# direct methods
.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method


# virtual methods
.method public onCreate()V
    .locals 5

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    const-string v0, "5f3c9a2be4b0a1c2d3e4f5a6"

    const-string v1, "huawei"

    const/4 v2, 0x1

    const-string v3, ""

    invoke-static {p0, v0, v1, v2, v3}, Lcom/umeng/commonsdk/UMConfigure;->init(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;ILjava/lang/String;)V

    const-string v0, "1200418562"

    invoke-static {p0, v0}, Lcom/qq/e/comm/managers/GDTAdSdk;->init(Landroid/content/Context;Ljava/lang/String;)V

    return-void
.end method
