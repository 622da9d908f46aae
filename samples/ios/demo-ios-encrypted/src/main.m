// EncryptedSample - eduscan fixture for an App Store (FairPlay-encrypted)
// build.  After linking, build.sh sets cryptid = 1 and scrambles the
// encrypted range, so none of the names/strings below are readable in the
// IPA: a scanner must report "encrypted" instead of analysing them.
#import "MiniSDK.h"

// Statically linked Baidu Mobile Stat (百度移动统计) stand-in.
@interface BaiduMobStat : NSObject
+ (BaiduMobStat *)defaultStat;
- (void)startWithAppId:(NSString *)appId;
@end
@implementation BaiduMobStat
+ (BaiduMobStat *)defaultStat {
    return [BaiduMobStat new];
}
- (void)startWithAppId:(NSString *)appId {
    NSString *idfa = [[[ASIdentifierManager sharedManager] advertisingIdentifier] UUIDString];
    printf("%s %s %s\n", "https://hmma.baidu.com/app.gif", [appId UTF8String], [idfa UTF8String]);
}
@end

static const char kSecretNote[] = "ENCRYPTED-SAMPLE-PLAINTEXT-MARKER http://lesson.encrypted.example.cn/api";

@interface EncLessonViewController : UIViewController
@end
@implementation EncLessonViewController
- (void)viewDidLoad {
    char buf[128];
    strcpy(buf, kSecretNote);
    printf("%s\n", buf);
    [[NSUserDefaults standardUserDefaults] setObject:@"lesson-1" forKey:@"lastLesson"];
}
@end

@interface EncAppDelegate : UIResponder
@property (nonatomic, strong) EncLessonViewController *root;
@end
@implementation EncAppDelegate
- (BOOL)application:(UIApplication *)application didFinishLaunchingWithOptions:(NSDictionary *)options {
    [[BaiduMobStat defaultStat] startWithAppId:@"bd0123456789"];
    self.root = [EncLessonViewController new];
    [self.root viewDidLoad];
    return YES;
}
@end

int main(int argc, char *argv[]) {
    @autoreleasepool {
        return UIApplicationMain(argc, argv, nil, NSStringFromClass([EncAppDelegate class]));
    }
}
