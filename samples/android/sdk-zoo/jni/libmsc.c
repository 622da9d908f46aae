/*
 * eduscan sample native library: libmsc.so (iFlytek MSC file name)
 * NOT vendor code. Built with the "partial" profile in build.sh: no stack canary, partial RELRO
 * (lazy binding), NX stack.
 */
typedef __SIZE_TYPE__ size_t;

char *strcpy(char *dst, const char *src);
size_t strlen(const char *s);

static const char kBanner[] = "iFlytek MSC 5.0.x (eduscan stand-in)";

/* unchecked copy into a fixed stack buffer (strcpy import, no canary) */
int Java_com_iflytek_msc_MSC_QMSPLogin(void *env, void *clazz, const char *user) {
    char session[64];
    (void)env;
    (void)clazz;
    strcpy(session, user ? user : kBanner);
    return (int)strlen(session);
}

int JNI_OnLoad(void *vm, void *reserved) {
    (void)vm;
    (void)reserved;
    return 0x00010006;
}
