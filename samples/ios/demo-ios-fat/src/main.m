// FatSample - eduscan fat (universal) binary fixture: the same source is
// compiled for arm64 (device) and x86_64 (simulator) and merged with lipo.
// A "Bugly" crash-reporting SDK is linked in statically, as SDKs shipped as
// static libraries are: its classes live in the main executable.
#import "MiniSDK.h"

@interface BuglyConfig : NSObject
@property (nonatomic, copy) NSString *channel;
@property (nonatomic, assign) BOOL debugMode;
@end
@implementation BuglyConfig
@end

@interface Bugly : NSObject
+ (void)startWithAppId:(NSString *)appId config:(BuglyConfig *)config;
@end
@implementation Bugly
+ (void)startWithAppId:(NSString *)appId config:(BuglyConfig *)config {
    NSString *device = [[[UIDevice currentDevice] identifierForVendor] UUIDString];
    printf("bugly %s %s %s\n", [appId UTF8String], [config.channel UTF8String], [device UTF8String]);
    printf("%s\n", "https://ios.bugly.qq.com/rqd/async");
}
@end

@interface FatRootViewController : UIViewController
@end
@implementation FatRootViewController
- (void)viewDidLoad {
    char title[32];
    strcpy(title, "Fat Sample");
    printf("%s\n", title);
}
@end

@interface FatAppDelegate : UIResponder
@property (nonatomic, strong) FatRootViewController *root;
@end
@implementation FatAppDelegate
- (BOOL)application:(UIApplication *)application didFinishLaunchingWithOptions:(NSDictionary *)options {
    BuglyConfig *cfg = [BuglyConfig new];
    cfg.channel = @"AdHoc";
    [Bugly startWithAppId:@"a1b2c3d4e5" config:cfg];
    self.root = [FatRootViewController new];
    [self.root viewDidLoad];
    return YES;
}
@end

int main(int argc, char *argv[]) {
    @autoreleasepool {
        return UIApplicationMain(argc, argv, nil, NSStringFromClass([FatAppDelegate class]));
    }
}
