.class public Lcom/iflytek/cloud/SpeechUtility;
.super Ljava/lang/Object;
.source "SpeechUtility.java"

# eduscan stub: real iFlytek MSC class name, trivial body (not iFlytek MSC code).


.field private static sParams:Ljava/lang/String;


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static createUtility(Landroid/content/Context;Ljava/lang/String;)Lcom/iflytek/cloud/SpeechUtility;
    .locals 1

    sput-object p1, Lcom/iflytek/cloud/SpeechUtility;->sParams:Ljava/lang/String;

    const-string v0, "msc"

    invoke-static {v0}, Ljava/lang/System;->loadLibrary(Ljava/lang/String;)V

    new-instance v0, Lcom/iflytek/cloud/SpeechUtility;

    invoke-direct {v0}, Lcom/iflytek/cloud/SpeechUtility;-><init>()V

    return-object v0
.end method
