.class public Lcom/iflytek/cloud/SpeechRecognizer;
.super Ljava/lang/Object;
.source "SpeechRecognizer.java"

# eduscan stub: real iFlytek MSC class name, trivial body (not iFlytek MSC code).


.field private listener:Lcom/iflytek/cloud/InitListener;


.method public constructor <init>()V
    .locals 0

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static createRecognizer(Landroid/content/Context;Lcom/iflytek/cloud/InitListener;)Lcom/iflytek/cloud/SpeechRecognizer;
    .locals 1

    new-instance v0, Lcom/iflytek/cloud/SpeechRecognizer;

    invoke-direct {v0}, Lcom/iflytek/cloud/SpeechRecognizer;-><init>()V

    iput-object p1, v0, Lcom/iflytek/cloud/SpeechRecognizer;->listener:Lcom/iflytek/cloud/InitListener;

    return-object v0
.end method

.method public startListening()I
    .locals 1

    const/4 v0, 0x0

    return v0
.end method

.method public stopListening()V
    .locals 0

    return-void
.end method
