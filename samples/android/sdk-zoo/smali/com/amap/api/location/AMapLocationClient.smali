.class public Lcom/amap/api/location/AMapLocationClient;
.super Ljava/lang/Object;
.source "AMapLocationClient.java"

# eduscan stub: real AMap Location class name, trivial body (not AMap Location code).


.field private final context:Landroid/content/Context;

.field private lastLocation:Landroid/location/Location;


.method public constructor <init>(Landroid/content/Context;)V
    .locals 0

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    iput-object p1, p0, Lcom/amap/api/location/AMapLocationClient;->context:Landroid/content/Context;

    return-void
.end method

.method public startLocation()V
    .locals 2

    iget-object v0, p0, Lcom/amap/api/location/AMapLocationClient;->context:Landroid/content/Context;

    const-string v1, "location"

    invoke-virtual {v0, v1}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;

    move-result-object v0

    check-cast v0, Landroid/location/LocationManager;

    const-string v1, "network"

    invoke-virtual {v0, v1}, Landroid/location/LocationManager;->getLastKnownLocation(Ljava/lang/String;)Landroid/location/Location;

    move-result-object v0

    iput-object v0, p0, Lcom/amap/api/location/AMapLocationClient;->lastLocation:Landroid/location/Location;

    return-void
.end method

.method public stopLocation()V
    .locals 0

    return-void
.end method
