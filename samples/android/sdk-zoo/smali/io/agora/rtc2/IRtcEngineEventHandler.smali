.class public abstract Lio/agora/rtc2/IRtcEngineEventHandler;
.super Ljava/lang/Object;
.source "IRtcEngineEventHandler.java"

# eduscan stub: real Agora class name, trivial body (not Agora code).


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public onJoinChannelSuccess(Ljava/lang/String;II)V
    .locals 0

    return-void
.end method
