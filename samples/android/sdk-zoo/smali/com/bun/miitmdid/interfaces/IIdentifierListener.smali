.class public interface abstract Lcom/bun/miitmdid/interfaces/IIdentifierListener;
.super Ljava/lang/Object;
.source "IIdentifierListener.java"

# eduscan stub: real MSA OAID SDK class name, trivial body (not MSA OAID SDK code).


.method public abstract OnSupport(ZLcom/bun/miitmdid/interfaces/IdSupplier;)V
.end method
