.class public final Lcn/eduscan/sample/vulnlab/config/Secrets;
.super Ljava/lang/Object;
.source "Secrets.java"


.field public static final AWS_ACCESS_KEY_ID:Ljava/lang/String; = "AKIA2EDUSCANFAKE7Q3X"

.field public static final AWS_REGION:Ljava/lang/String; = "cn-north-1"

.field public static final AWS_SECRET_ACCESS_KEY:Ljava/lang/String; = "/oFsDSSehcbGsSFkFl3F9EiYuN6tHAsrYt8jC2jP"


.method private constructor <init>()V
    .locals 0

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static awsCredentials()[Ljava/lang/String;
    .locals 4

    const/4 v0, 0x2

    new-array v0, v0, [Ljava/lang/String;

    const/4 v1, 0x0

    const-string v2, "AKIA2EDUSCANFAKE7Q3X"

    aput-object v2, v0, v1

    const/4 v1, 0x1

    const-string v3, "/oFsDSSehcbGsSFkFl3F9EiYuN6tHAsrYt8jC2jP"

    aput-object v3, v0, v1

    return-object v0
.end method
