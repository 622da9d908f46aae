// HomeworkWidget app extension (PlugIns/HomeworkWidget.appex).  Real widgets
// are SwiftUI; this ObjC stand-in only needs an NSExtensionMain entry point
// and one class so the scanner has a second executable to look at.
#import "MiniSDK.h"

@interface HomeworkWidgetProvider : NSObject
- (NSString *)placeholderText;
@end

static const char kDefaultsKey[] = "widget.nextHomework";

@implementation HomeworkWidgetProvider
- (NSString *)placeholderText {
    char key[32];  // local array: gets a stack canary under -fstack-protector-strong
    unsigned i = 0;
    for (; kDefaultsKey[i] && i < sizeof(key) - 1; i++) {
        key[i] = kDefaultsKey[i];
    }
    key[i] = 0;
    return [[NSUserDefaults standardUserDefaults] objectForKey:[NSString stringWithUTF8String:key]];
}
@end

int main(int argc, char *argv[]) {
    @autoreleasepool {
        (void)[[HomeworkWidgetProvider new] placeholderText];
        return NSExtensionMain(argc, argv);
    }
}
