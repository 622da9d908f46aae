/*
 * MiniSDK.h - the few iOS SDK declarations the eduscan sample apps need.
 *
 * There is no iOS SDK on the build machine, so the samples declare their own
 * minimal interfaces.  The selectors and class names are the real ones, so the
 * compiled Mach-O carries the same class references (_OBJC_CLASS_$_...),
 * selector strings and C imports that a real app would.  The implementations
 * live in the TBD stubs (the stubs directory), which carry the real install names.
 */
#ifndef EDUSCAN_MINISDK_H
#define EDUSCAN_MINISDK_H

typedef _Bool BOOL;              /* 64-bit iOS: BOOL is bool */
typedef unsigned long NSUInteger;
typedef long NSInteger;
typedef unsigned long long uint64_t;
typedef unsigned long size_t;
#define nil ((id)0)
#define YES ((BOOL)1)
#define NO ((BOOL)0)

/* ---- libobjc ---------------------------------------------------------- */
__attribute__((objc_root_class))
@interface NSObject
+ (instancetype)alloc;
+ (instancetype)new;
+ (Class)class;
- (instancetype)init;
@end

/* ---- Foundation ------------------------------------------------------- */
@interface NSString : NSObject
+ (instancetype)stringWithUTF8String:(const char *)s;
- (const char *)UTF8String;
- (NSUInteger)length;
@end
@interface NSUUID : NSObject
- (NSString *)UUIDString;
@end
@interface NSError : NSObject
@end
@interface NSDictionary : NSObject
@end
@interface NSUserDefaults : NSObject
+ (NSUserDefaults *)standardUserDefaults;
- (id)objectForKey:(NSString *)key;
- (void)setObject:(id)value forKey:(NSString *)key;
- (BOOL)boolForKey:(NSString *)key;
@end
extern void NSLog(NSString *format, ...);
extern NSString *NSStringFromClass(Class cls);
extern int NSExtensionMain(int argc, char *argv[]);

/* ---- UIKit ------------------------------------------------------------ */
@interface UIResponder : NSObject
@end
@interface UIView : UIResponder
@end
@interface UIViewController : UIResponder
- (void)viewDidLoad;
@end
@interface UIWindow : UIView
@end
@interface UIApplication : UIResponder
@end
@interface UIDevice : NSObject
+ (UIDevice *)currentDevice;
- (NSUUID *)identifierForVendor;
- (NSString *)systemVersion;
@end
@interface UIPasteboard : NSObject
+ (UIPasteboard *)generalPasteboard;
- (NSString *)string;
@end
extern int UIApplicationMain(int argc, char *argv[], NSString *principal, NSString *delegate);

/* ---- LocalAuthentication --------------------------------------------- */
@interface LAContext : NSObject
- (BOOL)canEvaluatePolicy:(NSInteger)policy error:(NSError **)error;
- (void)evaluatePolicy:(NSInteger)policy localizedReason:(NSString *)reason
                 reply:(void (^)(BOOL success, NSError *error))reply;
@end
#define LAPolicyDeviceOwnerAuthenticationWithBiometrics 1

/* ---- AdSupport / AppTrackingTransparency ------------------------------ */
@interface ASIdentifierManager : NSObject
+ (ASIdentifierManager *)sharedManager;
- (NSUUID *)advertisingIdentifier;
- (BOOL)isAdvertisingTrackingEnabled;
@end
@interface ATTrackingManager : NSObject
+ (void)requestTrackingAuthorizationWithCompletionHandler:(void (^)(NSUInteger status))completion;
@end

/* ---- CoreLocation ----------------------------------------------------- */
@interface CLLocation : NSObject
@end
@interface CLLocationManager : NSObject
- (void)requestWhenInUseAuthorization;
- (void)startUpdatingLocation;
- (CLLocation *)location;
@end

/* ---- AVFoundation / Photos ------------------------------------------- */
@interface AVCaptureDevice : NSObject
+ (void)requestAccessForMediaType:(NSString *)mediaType completionHandler:(void (^)(BOOL granted))handler;
@end
extern NSString *const AVMediaTypeVideo;
extern NSString *const AVMediaTypeAudio;
@interface PHPhotoLibrary : NSObject
+ (void)requestAuthorization:(void (^)(NSInteger status))handler;
@end

/* ---- libSystem -------------------------------------------------------- */
struct stat;
extern int stat(const char *path, struct stat *buf);
extern uint64_t mach_absolute_time(void);
extern char *strcpy(char *dst, const char *src);
extern size_t strlen(const char *s);
extern int printf(const char *fmt, ...);
extern unsigned char *CC_MD5(const void *data, unsigned int len, unsigned char *md);

#endif /* EDUSCAN_MINISDK_H */
