/*
 * eduscan sample native library for vuln-lab: deliberately UNHARDENED.
 * build.sh profile "none": -O0 -fno-stack-protector -Wl,-z,norelro -Wl,-z,lazy -Wl,-z,execstack
 *   -> no stack canary, no RELRO, no BIND_NOW, executable stack (PT_GNU_STACK RWE, i.e. no NX).
 * The code itself uses the unsafe libc calls strcpy and sprintf on a fixed stack buffer
 * (sprintf with an attacker-controlled format string).
 */
#pragma clang diagnostic ignored "-Wformat-security" /* the format-string bug is intended */

typedef __SIZE_TYPE__ size_t;

char *strcpy(char *dst, const char *src);
int sprintf(char *dst, const char *fmt, ...);
size_t strlen(const char *s);

static char g_last_grade[32];

/* JNI: cn.eduscan.sample.vulnlab.nativebridge.NativeBridge.decodeGrade(String) (simplified: char*) */
const char *Java_cn_eduscan_sample_vulnlab_nativebridge_NativeBridge_decodeGrade(void *env, void *clazz, const char *input) {
    char buf[32];
    (void)env;
    (void)clazz;
    strcpy(buf, input);            /* stack overflow if input >= 32 bytes */
    sprintf(g_last_grade, input);  /* format string */
    return strlen(buf) ? g_last_grade : "";
}

int JNI_OnLoad(void *vm, void *reserved) {
    (void)vm;
    (void)reserved;
    return 0x00010006;
}
