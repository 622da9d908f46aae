/*
 * eduscan sample native library for secure-lab: the HARDENED counterpart of libvulnnative.so.
 * build.sh profile "hardened": -O2 -fstack-protector-strong -D_FORTIFY_SOURCE=2
 *   -Wl,-z,relro,-z,now -Wl,-z,noexecstack -> canary, full RELRO, BIND_NOW, NX stack.
 * Bounded, checked copies only (__memcpy_chk), constant format strings, no strcpy/sprintf.
 */
typedef __SIZE_TYPE__ size_t;

void *__memcpy_chk(void *dst, const void *src, size_t n, size_t dst_len);
size_t strlen(const char *s);

static char g_last_grade[32];

/* JNI: cn.eduscan.sample.securelab.nativebridge.NativeBridge.decodeGrade(String) (simplified: char*) */
const char *Java_cn_eduscan_sample_securelab_nativebridge_NativeBridge_decodeGrade(void *env, void *clazz, const char *input, size_t input_len) {
    char buf[32];
    (void)env;
    (void)clazz;
    if (input_len >= sizeof buf) return "";
    __memcpy_chk(buf, input, input_len, sizeof buf);
    buf[input_len] = 0;
    __memcpy_chk(g_last_grade, buf, input_len + 1, sizeof g_last_grade);
    return g_last_grade;
}

int JNI_OnLoad(void *vm, void *reserved) {
    (void)vm;
    (void)reserved;
    return 0x00010006;
}
