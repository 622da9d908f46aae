.class public Lcom/tencent/bugly/crashreport/CrashReport;
.super Ljava/lang/Object;
.source "CrashReport.java"

# eduscan stub: real Tencent Bugly class name, trivial body (not Tencent Bugly code).


.field private static sAppId:Ljava/lang/String;


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static initCrashReport(Landroid/content/Context;Ljava/lang/String;Z)V
    .locals 0

    sput-object p1, Lcom/tencent/bugly/crashreport/CrashReport;->sAppId:Ljava/lang/String;

    return-void
.end method
