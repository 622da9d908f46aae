// HomeworkHelper - eduscan demo iOS app (deliberately privacy-heavy test fixture).
// Built with: clang -fobjc-arc -fstack-protector-strong (see ../../build.sh).
#import "MiniSDK.h"

// Third-party SDK interfaces (implemented in the embedded frameworks).
@interface GDTSDKConfig : NSObject
+ (BOOL)registerAppId:(NSString *)appId;
+ (NSString *)sdkVersion;
@end
@interface GDTUnifiedBannerView : UIView
- (instancetype)initWithPlacementId:(NSString *)placementId viewController:(UIViewController *)vc;
- (void)loadAdAndShow;
@end
@interface UMConfigure : NSObject
+ (void)initWithAppkey:(NSString *)appKey channel:(NSString *)channel;
@end
@interface MobClick : NSObject
+ (void)event:(NSString *)eventId;
@end

// Plain-HTTP API endpoint (NSExceptionDomains allows it) and the ICP filing
// number shown on the About screen; both are UTF-8 C strings in __cstring.
static const char kAPIBase[] = "http://api.homework.example.cn/v1";
static const char kICPRecord[] = "京ICP备12345678号-1A";

@interface HomeworkViewController : UIViewController
@property (nonatomic, strong) CLLocationManager *locationManager;
@property (nonatomic, strong) LAContext *authContext;
@property (nonatomic, strong) GDTUnifiedBannerView *banner;
- (void)authenticateWithBiometrics;
- (NSString *)advertisingId;
- (NSString *)vendorId;
- (NSString *)pastedHomeworkCode;
- (void)startLocating;
- (void)requestMediaAccess;
- (uint64_t)uptimeTicks;
- (int)cacheFileTimestamp:(const char *)path;
- (void)callAPI:(const char *)endpoint;
@end

@implementation HomeworkViewController

- (void)viewDidLoad {
    self.banner = [[GDTUnifiedBannerView alloc] initWithPlacementId:@"4090398440079274"
                                                     viewController:self];
    [self.banner loadAdAndShow];
    [self startLocating];
    [self authenticateWithBiometrics];
    [self requestMediaAccess];
    NSLog(@"idfa=%@ idfv=%@ clip=%@ t=%llu", [self advertisingId], [self vendorId],
          [self pastedHomeworkCode], [self uptimeTicks]);
    [self callAPI:"/homework/list"];
    printf("%s\n", kICPRecord);
    NSLog(@"作业助手隐私政策");
}

- (void)authenticateWithBiometrics {
    self.authContext = [LAContext new];
    if ([self.authContext canEvaluatePolicy:LAPolicyDeviceOwnerAuthenticationWithBiometrics error:0]) {
        [self.authContext evaluatePolicy:LAPolicyDeviceOwnerAuthenticationWithBiometrics
                         localizedReason:@"Unlock your homework"
                                   reply:^(BOOL success, NSError *error) { (void)success; (void)error; }];
    }
}

- (NSString *)advertisingId {
    [ATTrackingManager requestTrackingAuthorizationWithCompletionHandler:^(NSUInteger status) { (void)status; }];
    return [[[ASIdentifierManager sharedManager] advertisingIdentifier] UUIDString];
}

- (NSString *)vendorId {
    return [[[UIDevice currentDevice] identifierForVendor] UUIDString];
}

- (NSString *)pastedHomeworkCode {
    return [[UIPasteboard generalPasteboard] string];
}

- (void)startLocating {
    self.locationManager = [CLLocationManager new];
    [self.locationManager requestWhenInUseAuthorization];
    [self.locationManager startUpdatingLocation];
}

- (void)requestMediaAccess {
    [AVCaptureDevice requestAccessForMediaType:AVMediaTypeVideo completionHandler:^(BOOL granted) { (void)granted; }];
    [AVCaptureDevice requestAccessForMediaType:AVMediaTypeAudio completionHandler:^(BOOL granted) { (void)granted; }];
    [PHPhotoLibrary requestAuthorization:^(NSInteger status) { (void)status; }];
}

// Required-reason API "SystemBootTime" (mach_absolute_time) - NOT declared in
// the app's PrivacyInfo.xcprivacy on purpose.
- (uint64_t)uptimeTicks {
    return mach_absolute_time();
}

// Required-reason API "FileTimestamp" (stat) - declared (C617.1).
- (int)cacheFileTimestamp:(const char *)path {
    char st[144];
    return stat(path, (struct stat *)st);
}

// Fixed-size stack buffer + strcpy: gives the stack-protector imports.
- (void)callAPI:(const char *)endpoint {
    char url[256];
    strcpy(url, kAPIBase);
    strcpy(url + strlen(url), endpoint);
    printf("GET %s\n", url);
    [self cacheFileTimestamp:url];
}
@end

@interface AppDelegate : UIResponder
@property (nonatomic, strong) UIWindow *window;
@property (nonatomic, strong) HomeworkViewController *rootViewController;
- (BOOL)application:(UIApplication *)application didFinishLaunchingWithOptions:(NSDictionary *)options;
@end

@implementation AppDelegate
- (BOOL)application:(UIApplication *)application didFinishLaunchingWithOptions:(NSDictionary *)options {
    [GDTSDKConfig registerAppId:@"1105344611"];
    [UMConfigure initWithAppkey:@"5f8a1b2c3d4e5f6a7b8c9d0e" channel:@"App Store"];
    [MobClick event:@"app_launch"];
    self.rootViewController = [HomeworkViewController new];
    [self.rootViewController viewDidLoad];
    return YES;
}
@end

int main(int argc, char *argv[]) {
    @autoreleasepool {
        return UIApplicationMain(argc, argv, nil, NSStringFromClass([AppDelegate class]));
    }
}
