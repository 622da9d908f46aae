.class public final Lcn/eduscan/sample/clean/net/SyncClient;
.super Ljava/lang/Object;
.source "SyncClient.java"


# static fields
.field private static final NOTES_URL:Ljava/lang/String; = "https://api.notes.example.cn/v1/notes"


# direct methods
.method private constructor <init>()V
    .locals 0

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static fetchNotes()I
    .locals 3

    :try_start_0
    new-instance v0, Ljava/net/URL;

    const-string v1, "https://api.notes.example.cn/v1/notes"

    invoke-direct {v0, v1}, Ljava/net/URL;-><init>(Ljava/lang/String;)V

    invoke-virtual {v0}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;

    move-result-object v0

    check-cast v0, Ljavax/net/ssl/HttpsURLConnection;

    invoke-virtual {v0}, Ljavax/net/ssl/HttpsURLConnection;->getResponseCode()I

    move-result v1

    invoke-virtual {v0}, Ljavax/net/ssl/HttpsURLConnection;->disconnect()V
    :try_end_0
    .catch Ljava/io/IOException; {:try_start_0 .. :try_end_0} :catch_0

    return v1

    :catch_0
    move-exception v2

    const/4 v1, -0x1

    return v1
.end method
