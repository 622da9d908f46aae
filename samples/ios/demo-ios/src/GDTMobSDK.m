// Stand-in for Tencent GDT (广点通/优量汇) ad SDK, built as an embedded dynamic
// framework.  Deliberately compiled WITHOUT ARC and WITHOUT stack protector.
#import "MiniSDK.h"

static const char kGDTEndpoint[] = "https://mi.gdt.qq.com/gdt_mview.fcg";

@interface GDTSDKConfig : NSObject
+ (BOOL)registerAppId:(NSString *)appId;
+ (NSString *)sdkVersion;
@end

@implementation GDTSDKConfig
+ (BOOL)registerAppId:(NSString *)appId {
    [[NSUserDefaults standardUserDefaults] setObject:appId forKey:@"GDTAppId"];
    return YES;
}
+ (NSString *)sdkVersion {
    return @"4.14.50";
}
@end

@interface GDTUnifiedBannerView : UIView {
    NSString *_placementId;
    UIViewController *_viewController;
}
- (instancetype)initWithPlacementId:(NSString *)placementId viewController:(UIViewController *)vc;
- (void)loadAdAndShow;
@end

@implementation GDTUnifiedBannerView
- (instancetype)initWithPlacementId:(NSString *)placementId viewController:(UIViewController *)vc {
    _placementId = placementId;
    _viewController = vc;
    return self;
}
- (void)loadAdAndShow {
    NSString *idfa = [[[ASIdentifierManager sharedManager] advertisingIdentifier] UUIDString];
    id last = [[NSUserDefaults standardUserDefaults] objectForKey:@"GDTLastAdTime"];
    printf("%s %s %p\n", kGDTEndpoint, [idfa UTF8String], last);
}
@end
