.class public Lcom/bun/miitmdid/provider/DefaultIdSupplier;
.super Ljava/lang/Object;
.source "DefaultIdSupplier.java"
.implements Lcom/bun/miitmdid/interfaces/IdSupplier;

# eduscan stub: real MSA OAID SDK class name, trivial body (not MSA OAID SDK code).


.field private final context:Landroid/content/Context;


.method public constructor <init>(Landroid/content/Context;)V
    .locals 0

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    iput-object p1, p0, Lcom/bun/miitmdid/provider/DefaultIdSupplier;->context:Landroid/content/Context;

    return-void
.end method

.method public getAAID()Ljava/lang/String;
    .locals 1

    const-string v0, ""

    return-object v0
.end method

.method public getOAID()Ljava/lang/String;
    .locals 1

    const-string v0, "00000000-0000-0000-0000-000000000000"

    return-object v0
.end method

.method public getVAID()Ljava/lang/String;
    .locals 1

    const-string v0, ""

    return-object v0
.end method

.method public isSupported()Z
    .locals 1

    const/4 v0, 0x1

    return v0
.end method
