.class public interface abstract Lcom/bun/miitmdid/interfaces/IdSupplier;
.super Ljava/lang/Object;
.source "IdSupplier.java"

# eduscan stub: real MSA OAID SDK class name, trivial body (not MSA OAID SDK code).


.method public abstract getAAID()Ljava/lang/String;
.end method

.method public abstract getOAID()Ljava/lang/String;
.end method

.method public abstract getVAID()Ljava/lang/String;
.end method

.method public abstract isSupported()Z
.end method
