.class public Lcom/arcsoft/face/FaceEngine;
.super Ljava/lang/Object;
.source "FaceEngine.java"

# eduscan stub: real ArcSoft ArcFace class name, trivial body (not ArcSoft ArcFace code).


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static activeOnline(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)I
    .locals 1

    const/4 v0, 0x0

    return v0
.end method

.method public init(Landroid/content/Context;)I
    .locals 1

    const-string v0, "arcsoft_face_engine"

    invoke-static {v0}, Ljava/lang/System;->loadLibrary(Ljava/lang/String;)V

    const/4 v0, 0x0

    return v0
.end method

.method public unInit()I
    .locals 1

    const/4 v0, 0x0

    return v0
.end method
