.class public Lio/agora/rtc2/RtcEngine;
.super Ljava/lang/Object;
.source "RtcEngine.java"

# eduscan stub: real Agora class name, trivial body (not Agora code).


.field private appId:Ljava/lang/String;

.field private handler:Lio/agora/rtc2/IRtcEngineEventHandler;


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static create(Landroid/content/Context;Ljava/lang/String;Lio/agora/rtc2/IRtcEngineEventHandler;)Lio/agora/rtc2/RtcEngine;
    .locals 1

    new-instance v0, Lio/agora/rtc2/RtcEngine;

    invoke-direct {v0}, Lio/agora/rtc2/RtcEngine;-><init>()V

    iput-object p1, v0, Lio/agora/rtc2/RtcEngine;->appId:Ljava/lang/String;

    iput-object p2, v0, Lio/agora/rtc2/RtcEngine;->handler:Lio/agora/rtc2/IRtcEngineEventHandler;

    return-object v0
.end method

.method public joinChannel(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;I)I
    .locals 1

    const/4 v0, 0x0

    return v0
.end method

.method public leaveChannel()I
    .locals 1

    const/4 v0, 0x0

    return v0
.end method
