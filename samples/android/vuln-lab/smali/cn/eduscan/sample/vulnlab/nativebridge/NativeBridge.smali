.class public final Lcn/eduscan/sample/vulnlab/nativebridge/NativeBridge;
.super Ljava/lang/Object;
.source "NativeBridge.java"


.method static constructor <clinit>()V
    .locals 1

    const-string v0, "vulnnative"

    invoke-static {v0}, Ljava/lang/System;->loadLibrary(Ljava/lang/String;)V

    return-void
.end method

.method private constructor <init>()V
    .locals 0

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static native decodeGrade(Ljava/lang/String;)Ljava/lang/String;
.end method
