/*
 * Link-time stand-in for the Android libc.so (bionic), so the sample native libraries can be
 * linked with -nostdlib and no NDK sysroot while still getting a real DT_NEEDED "libc.so" and
 * real undefined-symbol imports (__stack_chk_fail, __memcpy_chk, strcpy, ...).
 * This library is NEVER packaged into an APK.
 */
typedef __SIZE_TYPE__ size_t;

unsigned long __stack_chk_guard = 0x5d1e6b7aUL;

void __stack_chk_fail(void) { __builtin_trap(); }

void *memcpy(void *dst, const void *src, size_t n) {
    char *d = dst;
    const char *s = src;
    while (n--) *d++ = *s++;
    return dst;
}

void *__memcpy_chk(void *dst, const void *src, size_t n, size_t dst_len) {
    if (n > dst_len) __builtin_trap();
    return memcpy(dst, src, n);
}

size_t strlen(const char *s) {
    size_t n = 0;
    while (s[n]) n++;
    return n;
}

char *strcpy(char *dst, const char *src) {
    char *d = dst;
    while ((*d++ = *src++)) {}
    return dst;
}

char *__strcpy_chk(char *dst, const char *src, size_t dst_len) {
    if (strlen(src) + 1 > dst_len) __builtin_trap();
    return strcpy(dst, src);
}

int sprintf(char *dst, const char *fmt, ...) {
    (void)fmt;
    dst[0] = 0;
    return 0;
}
