/*
 * eduscan sample native library: libsplitnative.so (split-demo app code)
 * NOT vendor code. A few bytes of C that give the scanner a real ELF shared object with the
 * vendor's library file name, a JNI_OnLoad and one exported function.
 */
typedef __SIZE_TYPE__ size_t;

void *__memcpy_chk(void *dst, const void *src, size_t n, size_t dst_len);
size_t strlen(const char *s);

static const char kBanner[] = "split-demo native 1.2.0";

/* copies the banner through a stack buffer; with -fstack-protector-strong this function gets a
 * canary, and the explicit __memcpy_chk call is what _FORTIFY_SOURCE would emit */
int Java_cn_eduscan_sample_splitdemo_MainActivity_nativeVersion(char *out, size_t out_len) {
    char buf[96];
    size_t n = strlen(kBanner) + 1;
    if (n > sizeof buf) n = sizeof buf;
    __memcpy_chk(buf, kBanner, n, sizeof buf);
    if (out_len < n) return -1;
    __memcpy_chk(out, buf, n, out_len);
    return (int)n;
}

int JNI_OnLoad(void *vm, void *reserved) {
    (void)vm;
    (void)reserved;
    return 0x00010006; /* JNI_VERSION_1_6 */
}
