.class public Lio/rong/imlib/RongIMClient;
.super Ljava/lang/Object;
.source "RongIMClient.java"

# eduscan stub: real RongCloud IMLib class name, trivial body (not RongCloud IMLib code).


.field private static sAppKey:Ljava/lang/String;

.field private static sInstance:Lio/rong/imlib/RongIMClient;


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static getInstance()Lio/rong/imlib/RongIMClient;
    .locals 1

    sget-object v0, Lio/rong/imlib/RongIMClient;->sInstance:Lio/rong/imlib/RongIMClient;

    if-nez v0, :cond_0

    new-instance v0, Lio/rong/imlib/RongIMClient;

    invoke-direct {v0}, Lio/rong/imlib/RongIMClient;-><init>()V

    sput-object v0, Lio/rong/imlib/RongIMClient;->sInstance:Lio/rong/imlib/RongIMClient;

    :cond_0
    return-object v0
.end method

.method public static init(Landroid/content/Context;Ljava/lang/String;)V
    .locals 0

    sput-object p1, Lio/rong/imlib/RongIMClient;->sAppKey:Ljava/lang/String;

    return-void
.end method

.method public connect(Ljava/lang/String;)V
    .locals 0

    return-void
.end method
