// Stand-in for Umeng UMCommon (友盟+) analytics SDK, built as an embedded
// dynamic framework that ships WITHOUT a PrivacyInfo.xcprivacy.
#import "MiniSDK.h"

static const char kUMLogURL[] = "https://ulogs.umeng.com/unify_logs";

@interface UMConfigure : NSObject
+ (void)initWithAppkey:(NSString *)appKey channel:(NSString *)channel;
+ (NSString *)deviceIDForIntegration;
@end

@implementation UMConfigure
+ (void)initWithAppkey:(NSString *)appKey channel:(NSString *)channel {
    [[NSUserDefaults standardUserDefaults] setObject:appKey forKey:@"UMENG_APPKEY"];
    [[NSUserDefaults standardUserDefaults] setObject:channel forKey:@"UMENG_CHANNEL"];
}
+ (NSString *)deviceIDForIntegration {
    NSString *idfv = [[[UIDevice currentDevice] identifierForVendor] UUIDString];
    unsigned char digest[16];
    const char *raw = [idfv UTF8String];
    CC_MD5(raw, (unsigned int)strlen(raw), digest);
    return idfv;
}
@end

@interface MobClick : NSObject
+ (void)event:(NSString *)eventId;
@end

@implementation MobClick
+ (void)event:(NSString *)eventId {
    printf("%s %s %s\n", kUMLogURL, [eventId UTF8String],
           [[UMConfigure deviceIDForIntegration] UTF8String]);
}
@end
