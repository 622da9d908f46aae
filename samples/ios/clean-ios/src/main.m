// CleanApp - eduscan "clean" iOS fixture: no third-party SDK, no sensitive
// API, no permission, default ATS; the only required-reason API it uses
// (NSUserDefaults) is declared in its PrivacyInfo.xcprivacy.  Built with ARC
// and a stack protector; it avoids the C functions scanners call "insecure"
// (strcpy, printf, memcpy, NSLog, ...).
#import "MiniSDK.h"

// Education-app filing number shown on the About screen (UTF-8 C string).
static const char kFilingNumber[] = "教APP备1100871号";
static const char kApiBase[] = "https://clean.eduscan.example.cn/api/v1";

@interface CleanHomeViewController : UIViewController
@property (nonatomic, copy) NSString *footer;
- (NSString *)aboutText;
@end

@implementation CleanHomeViewController
- (void)viewDidLoad {
    self.footer = [self aboutText];
    [[NSUserDefaults standardUserDefaults] setObject:self.footer forKey:@"about.footer"];
    [[NSUserDefaults standardUserDefaults] setObject:[NSString stringWithUTF8String:kApiBase] forKey:@"api.base"];
}
- (NSString *)aboutText {
    char text[64];
    unsigned i = 0;
    for (; kFilingNumber[i] && i < sizeof(text) - 1; i++) {
        text[i] = kFilingNumber[i];
    }
    text[i] = 0;
    return [NSString stringWithUTF8String:text];
}
@end

@interface CleanAppDelegate : UIResponder
@property (nonatomic, strong) CleanHomeViewController *home;
@end

@implementation CleanAppDelegate
- (BOOL)application:(UIApplication *)application didFinishLaunchingWithOptions:(NSDictionary *)options {
    self.home = [CleanHomeViewController new];
    [self.home viewDidLoad];
    return YES;
}
@end

int main(int argc, char *argv[]) {
    @autoreleasepool {
        return UIApplicationMain(argc, argv, nil, NSStringFromClass([CleanAppDelegate class]));
    }
}
