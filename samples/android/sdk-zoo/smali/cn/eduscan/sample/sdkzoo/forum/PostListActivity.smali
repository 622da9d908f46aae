.class public Lcn/eduscan/sample/sdkzoo/forum/PostListActivity;
.super Landroid/app/Activity;
.source "PostListActivity.java"


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .locals 1

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    const-string v0, "activity_forum"

    invoke-static {p0, v0}, Lcn/eduscan/sample/sdkzoo/util/Res;->layout(Landroid/content/Context;Ljava/lang/String;)I

    move-result v0

    invoke-virtual {p0, v0}, Landroid/app/Activity;->setContentView(I)V

    return-void
.end method

.method public publishPost(Landroid/view/View;)V
    .locals 2

    const-string v0, "forum_post"

    const-string v1, "发帖"

    invoke-static {p0, v0, v1}, Lcom/baidu/mobstat/StatService;->onEvent(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V

    return-void
.end method

.method public writeComment(Landroid/view/View;)V
    .locals 2

    const-string v0, "forum_comment"

    const-string v1, "评论"

    invoke-static {p0, v0, v1}, Lcom/baidu/mobstat/StatService;->onEvent(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V

    return-void
.end method
