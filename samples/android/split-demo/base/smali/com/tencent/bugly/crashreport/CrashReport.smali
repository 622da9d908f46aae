.class public Lcom/tencent/bugly/crashreport/CrashReport;
.super Ljava/lang/Object;
.source "CrashReport.java"

# eduscan stub: real Tencent Bugly class name, trivial body (not Bugly code).


.field private static sAppId:Ljava/lang/String;


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static initCrashReport(Landroid/content/Context;Ljava/lang/String;Z)V
    .locals 1

    sput-object p1, Lcom/tencent/bugly/crashreport/CrashReport;->sAppId:Ljava/lang/String;

    const-string v0, "Bugly"

    invoke-static {v0}, Ljava/lang/System;->loadLibrary(Ljava/lang/String;)V

    return-void
.end method
