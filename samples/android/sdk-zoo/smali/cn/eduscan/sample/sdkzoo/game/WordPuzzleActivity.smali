.class public Lcn/eduscan/sample/sdkzoo/game/WordPuzzleActivity;
.super Lorg/cocos2dx/lib/Cocos2dxActivity;
.source "WordPuzzleActivity.java"


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Lorg/cocos2dx/lib/Cocos2dxActivity;-><init>()V

    return-void
.end method
