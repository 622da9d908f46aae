.class public Lcom/bun/miitmdid/core/MdidSdkHelper;
.super Ljava/lang/Object;
.source "MdidSdkHelper.java"

# eduscan stub: real MSA OAID SDK class name, trivial body (not MSA OAID SDK code).


.field private static sOaid:Ljava/lang/String;


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static InitSdk(Landroid/content/Context;ZLcom/bun/miitmdid/interfaces/IIdentifierListener;)I
    .locals 3

    new-instance v0, Lcom/bun/miitmdid/provider/DefaultIdSupplier;

    invoke-direct {v0, p0}, Lcom/bun/miitmdid/provider/DefaultIdSupplier;-><init>(Landroid/content/Context;)V

    invoke-interface {v0}, Lcom/bun/miitmdid/interfaces/IdSupplier;->getOAID()Ljava/lang/String;

    move-result-object v1

    sput-object v1, Lcom/bun/miitmdid/core/MdidSdkHelper;->sOaid:Ljava/lang/String;

    if-eqz p2, :cond_0

    const/4 v2, 0x1

    invoke-interface {p2, v2, v0}, Lcom/bun/miitmdid/interfaces/IIdentifierListener;->OnSupport(ZLcom/bun/miitmdid/interfaces/IdSupplier;)V

    :cond_0
    const/4 v2, 0x0

    return v2
.end method
