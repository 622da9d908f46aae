.class public Lcn/eduscan/sample/sdkzoo/device/OaidHelper;
.super Ljava/lang/Object;
.source "OaidHelper.java"
.implements Lcom/bun/miitmdid/interfaces/IIdentifierListener;


.field private oaid:Ljava/lang/String;


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public OnSupport(ZLcom/bun/miitmdid/interfaces/IdSupplier;)V
    .locals 1

    if-eqz p2, :cond_0

    invoke-interface {p2}, Lcom/bun/miitmdid/interfaces/IdSupplier;->getOAID()Ljava/lang/String;

    move-result-object v0

    iput-object v0, p0, Lcn/eduscan/sample/sdkzoo/device/OaidHelper;->oaid:Ljava/lang/String;

    :cond_0
    return-void
.end method

.method public fetch(Landroid/content/Context;)V
    .locals 1

    const/4 v0, 0x1

    invoke-static {p1, v0, p0}, Lcom/bun/miitmdid/core/MdidSdkHelper;->InitSdk(Landroid/content/Context;ZLcom/bun/miitmdid/interfaces/IIdentifierListener;)I

    return-void
.end method

.method public getOaid()Ljava/lang/String;
    .locals 1

    iget-object v0, p0, Lcn/eduscan/sample/sdkzoo/device/OaidHelper;->oaid:Ljava/lang/String;

    return-object v0
.end method
