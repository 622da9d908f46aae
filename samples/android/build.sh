#!/usr/bin/env bash
# Build the eduscan Android sample apps from their text sources.
#
#   samples/android/build.sh              # build everything
#   samples/android/build.sh vuln-lab     # build only the named samples
#                                         # (demo-homework clean-notes sdk-zoo vuln-lab secure-lab split-demo)
#
# Outputs (committed): samples/android/<name>.apk, split-demo.apks, split-demo.xapk
#
# Toolchain (Debian 12 packages): aapt apksigner zipalign android-framework-res libsmali-java
# default-jdk-headless clang lld python3.  No Android SDK/NDK is needed:
#   * smali/            -> classes.dex   (smali 2.5.2, /usr/share/java/smali.jar)
#   * AndroidManifest.xml + res/ + assets/ -> binary manifest + resources.arsc (aapt 1, framework-res API 29)
#   * jni/*.c           -> lib/<abi>/*.so (clang --target=aarch64-linux-gnu / armv7a-linux-gnueabihf,
#                          -nostdlib, linked against a tiny stub libc.so so that DT_NEEDED and the
#                          __stack_chk_fail / __memcpy_chk / strcpy imports look like a real NDK build)
#   * the zip is rewritten with fixed timestamps and a fixed entry order, then zipalign + apksigner.
# The keys in keys/ are committed; with the same toolchain two builds are byte-identical.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$HERE"

FRAMEWORK=/usr/share/android-framework-res/framework-res.apk
SMALI_JAR=/usr/share/java/smali.jar
PYTHON="${PYTHON:-python3}"

REL_KS="$HERE/keys/eduscan-release.p12"; REL_PASS=eduscan-samples; REL_ALIAS=eduscan
DBG_KS="$HERE/keys/debug.keystore";      DBG_PASS=android;         DBG_ALIAS=androiddebugkey

ALL_SAMPLES=(demo-homework clean-notes sdk-zoo vuln-lab secure-lab split-demo)

die() { echo "build.sh: $*" >&2; exit 1; }
log() { printf '  %-14s %s\n' "$1" "$2"; }

for tool in aapt zipalign apksigner java keytool clang ld.lld "$PYTHON"; do
    command -v "$tool" >/dev/null 2>&1 || die "missing tool '$tool' (apt-get install aapt zipalign apksigner default-jdk-headless clang lld android-framework-res libsmali-java)"
done
[[ -f "$FRAMEWORK" ]] || die "missing $FRAMEWORK (apt-get install android-framework-res)"
[[ -f "$SMALI_JAR" ]] || die "missing $SMALI_JAR (apt-get install libsmali-java)"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/eduscan-samples.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# ---------------------------------------------------------------------------------------------
# keys: generated once and committed.  Regenerating them changes every signature (and the
# certificate facts in the EXPECTED.yaml files), so only do it when they are missing.
ensure_keys() {
    mkdir -p keys
    if [[ ! -f "$REL_KS" ]]; then
        keytool -genkeypair -keystore "$REL_KS" -storetype PKCS12 -storepass "$REL_PASS" -keypass "$REL_PASS" \
            -alias "$REL_ALIAS" -keyalg RSA -keysize 2048 -sigalg SHA256withRSA -validity 36500 \
            -dname "CN=EduScan Sample Release, OU=Samples, O=EduScan Project, L=Beijing, ST=Beijing, C=CN" -noprompt
    fi
    if [[ ! -f "$DBG_KS" ]]; then
        # deliberately weak, shaped like the Android debug certificate
        keytool -genkeypair -keystore "$DBG_KS" -storetype PKCS12 -storepass "$DBG_PASS" -keypass "$DBG_PASS" \
            -alias "$DBG_ALIAS" -keyalg RSA -keysize 1024 -sigalg SHA1withRSA -validity 10950 \
            -dname "CN=Android Debug, O=Android, C=US" -noprompt
    fi
}

# ---------------------------------------------------------------------------------------------
# native code
#   build_stub_libc <triple> <dir>        -> <dir>/libc.so (link-time only, never packaged)
#   build_so <triple> <profile> <out.so> <src.c>
#     profile hardened : canary + FORTIFY + full RELRO (-z now) + NX
#             partial  : no canary, partial RELRO (lazy binding), NX
#             none     : no canary, no RELRO, executable stack (no NX)
build_stub_libc() {
    local triple="$1" dir="$2"
    mkdir -p "$dir"
    clang --target="$triple" -O0 -fno-builtin -fPIC -fno-stack-protector -shared -nostdlib -fuse-ld=lld \
        -Wl,-soname,libc.so -Wl,--build-id=none -o "$dir/libc.so" common/jni/libc_stub.c
}

build_so() {
    local triple="$1" profile="$2" out="$3" src="$4" flags
    case "$profile" in
        hardened) flags=(-O2 -fstack-protector-strong -D_FORTIFY_SOURCE=2 -Wl,-z,relro,-z,now -Wl,-z,noexecstack) ;;
        partial)  flags=(-O2 -fno-stack-protector -Wl,-z,relro -Wl,-z,lazy -Wl,-z,noexecstack) ;;
        none)     flags=(-O0 -fno-stack-protector -Wl,-z,norelro -Wl,-z,lazy -Wl,-z,execstack) ;;
        *) die "unknown native profile $profile" ;;
    esac
    mkdir -p "$(dirname "$out")"
    clang --target="$triple" -fPIC -shared -nostdlib -fuse-ld=lld "${flags[@]}" \
        -Wl,-soname,"$(basename "$out")" -Wl,--build-id=none -Wl,-z,defs \
        -o "$out" "$src" -L"$WORK/stub-$triple" -lc
}

triple_of() {
    case "$1" in
        arm64-v8a) echo aarch64-linux-gnu ;;
        armeabi-v7a) echo armv7a-linux-gnueabihf ;;
        *) die "unknown ABI $1" ;;
    esac
}

# native <stage-dir> <abi> <profile> <src.c>  -> <stage>/lib/<abi>/lib<src-basename>.so
native() {
    local stage="$1" abi="$2" profile="$3" src="$4" triple
    triple="$(triple_of "$abi")"
    [[ -f "$WORK/stub-$triple/libc.so" ]] || build_stub_libc "$triple" "$WORK/stub-$triple"
    build_so "$triple" "$profile" "$stage/lib/$abi/$(basename "${src%.c}").so" "$src"
}

# ---------------------------------------------------------------------------------------------
# Deterministic zip rewrite: fixed entry order (manifest, dex, arsc, res, assets, lib, rest),
# fixed timestamps/attributes; resources.arsc stored (required for targetSdk >= 30).
# repack <in.zip> <out.zip> [<root-dir> ...]   (files under each root-dir are added as-is)
repack() {
    "$PYTHON" - "$@" <<'PY'
import os, sys, zipfile
src, dst, roots = sys.argv[1], sys.argv[2], sys.argv[3:]
entries = {}
with zipfile.ZipFile(src) as z:
    for info in z.infolist():
        if not info.is_dir():
            entries[info.filename] = z.read(info)
for root in roots:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for fn in sorted(filenames):
            full = os.path.join(dirpath, fn)
            name = os.path.relpath(full, root).replace(os.sep, "/")
            with open(full, "rb") as fh:
                entries[name] = fh.read()
def rank(name):
    order = ["AndroidManifest.xml", "classes", "resources.arsc", "res/", "assets/", "lib/"]
    for i, p in enumerate(order):
        if name.startswith(p):
            return (i, name)
    return (len(order), name)
with zipfile.ZipFile(dst, "w") as out:
    for name in sorted(entries, key=rank):
        info = zipfile.ZipInfo(name, date_time=(2008, 1, 1, 0, 0, 0))
        info.create_system = 0
        info.external_attr = 0
        stored = name == "resources.arsc" or name.endswith((".png", ".apk"))
        info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
        out.writestr(info, entries[name], compresslevel=9)
PY
}

# ---------------------------------------------------------------------------------------------
# pack <manifest> <res-dir|-> <assets-dir|-> <smali-dir|-> <dex-api> <stage-dir|-> <out-unsigned.apk> [aapt args...]
pack() {
    local manifest="$1" res="$2" assets="$3" smali="$4" api="$5" stage="$6" out="$7"
    shift 7
    local tmp="$out.d"
    mkdir -p "$tmp/root"
    local args=(package -f -M "$manifest" -I "$FRAMEWORK" -F "$tmp/aapt.apk")
    [[ "$res" != "-" ]] && args+=(-S "$res")
    [[ "$assets" != "-" ]] && args+=(-A "$assets")
    aapt "${args[@]}" "$@" >/dev/null
    if [[ "$smali" != "-" ]]; then
        # one thread + a sorted file list: smali 2.5.2 otherwise orders type_lists nondeterministically
        local files
        mapfile -t files < <(find "$smali" -name '*.smali' | LC_ALL=C sort)
        java -jar "$SMALI_JAR" assemble --jobs 1 --api "$api" --output "$tmp/root/classes.dex" "${files[@]}"
    fi
    local roots=("$tmp/root")
    [[ "$stage" != "-" ]] && roots+=("$stage")
    repack "$tmp/aapt.apk" "$tmp/unaligned.apk" "${roots[@]}"
    zipalign -f -p 4 "$tmp/unaligned.apk" "$out"
}

# sign <in.apk> <out.apk> <release|debug> <v1> <v2> <v3>   (each vN = true|false)
sign() {
    local in="$1" out="$2" key="$3" ks pass alias
    case "$key" in
        release) ks="$REL_KS"; pass="$REL_PASS"; alias="$REL_ALIAS" ;;
        debug)   ks="$DBG_KS"; pass="$DBG_PASS"; alias="$DBG_ALIAS" ;;
        *) die "unknown key $key" ;;
    esac
    apksigner sign --ks "$ks" --ks-pass "pass:$pass" --key-pass "pass:$pass" --ks-key-alias "$alias" \
        --v1-signing-enabled "$4" --v2-signing-enabled "$5" --v3-signing-enabled "$6" --v4-signing-enabled false \
        --out "$out.tmp" "$in"
    mv -f "$out.tmp" "$out"
}

# simple_app <name> <dex-api> <key> <v1> <v2> <v3> [stage-dir]
simple_app() {
    local name="$1" api="$2" key="$3" stage="${7:--}"
    local assets=-; [[ -d "$name/assets" ]] && assets="$name/assets"
    pack "$name/AndroidManifest.xml" "$name/res" "$assets" "$name/smali" "$api" "$stage" "$WORK/$name-unsigned.apk"
    sign "$WORK/$name-unsigned.apk" "$name.apk" "$key" "$4" "$5" "$6"
    log "$name" "$(stat -c %s "$name.apk") bytes"
}

# ---------------------------------------------------------------------------------------------
build_demo_homework() { simple_app demo-homework 21 release true true true; }

build_clean_notes() { simple_app clean-notes 24 release true true true; }

build_sdk_zoo() {
    local st="$WORK/sdk-zoo-stage" abi
    for abi in arm64-v8a armeabi-v7a; do
        native "$st" "$abi" hardened sdk-zoo/jni/libunity.c
        native "$st" "$abi" hardened sdk-zoo/jni/libcocos2dcpp.c
        native "$st" "$abi" hardened sdk-zoo/jni/libarcsoft_face_engine.c
        native "$st" "$abi" partial  sdk-zoo/jni/libmsc.c
    done
    simple_app sdk-zoo 21 release true true true "$st"
}

build_vuln_lab() {
    local st="$WORK/vuln-lab-stage" abi
    for abi in arm64-v8a armeabi-v7a; do
        native "$st" "$abi" none vuln-lab/jni/libvulnnative.c
    done
    # v1 (JAR) signature only, weak debug-style key
    simple_app vuln-lab 19 debug true false false "$st"
}

build_secure_lab() {
    local st="$WORK/secure-lab-stage" abi
    for abi in arm64-v8a armeabi-v7a; do
        native "$st" "$abi" hardened secure-lab/jni/libsecurenative.c
    done
    # minSdk 24: APK Signature Scheme v2 + v3 only
    simple_app secure-lab 24 release false true true "$st"
}

build_split_demo() {
    local d=split-demo w="$WORK/split-demo" pkg=cn.eduscan.sample.splitdemo
    mkdir -p "$w/out" "$w/abi-stage"
    # base (+ the zh language config split generated by aapt --split from the base resources)
    pack "$d/base/AndroidManifest.xml" "$d/base/res" - "$d/base/smali" 21 - "$w/base-unsigned.apk" --split zh
    # aapt writes the language split next to the base as <base-name>_zh.apk; rebuild it deterministically
    repack "$w/base-unsigned.apk.d/aapt_zh.apk" "$w/zh-unaligned.apk"
    zipalign -f -p 4 "$w/zh-unaligned.apk" "$w/zh-unsigned.apk"
    # ABI config split: hand-written split manifest + native libs, no code
    native "$w/abi-stage" arm64-v8a hardened "$d/jni/libsplitnative.c"
    native "$w/abi-stage" arm64-v8a hardened "$d/jni/libBugly.c"
    pack "$d/split-arm64_v8a/AndroidManifest.xml" - - - 21 "$w/abi-stage" "$w/abi-unsigned.apk"

    sign "$w/base-unsigned.apk" "$w/out/base.apk" release true true true
    sign "$w/zh-unsigned.apk" "$w/out/split_config.zh.apk" release true true true
    sign "$w/abi-unsigned.apk" "$w/out/split_config.arm64_v8a.apk" release true true true

    # .apks: flat set of installable APKs as written by `adb shell pm path` / SAI
    mkdir -p "$w/apks"
    cp "$w/out/base.apk" "$w/out/split_config.arm64_v8a.apk" "$w/out/split_config.zh.apk" "$w/apks/"
    "$PYTHON" - "$w/apks" "$w/apks.zip" <<'PY'
import os, sys, zipfile
root, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(dst, "w") as out:
    for name in sorted(os.listdir(root)):
        info = zipfile.ZipInfo(name, date_time=(2008, 1, 1, 0, 0, 0))
        info.external_attr = 0o644 << 16
        with open(os.path.join(root, name), "rb") as fh:
            out.writestr(info, fh.read())
PY
    mv -f "$w/apks.zip" split-demo.apks
    log split-demo.apks "$(stat -c %s split-demo.apks) bytes"

    # .xapk: APKPure layout (manifest.json + <package>.apk + config.*.apk + icon.png)
    mkdir -p "$w/xapk"
    cp "$w/out/base.apk" "$w/xapk/$pkg.apk"
    cp "$w/out/split_config.arm64_v8a.apk" "$w/xapk/config.arm64_v8a.apk"
    cp "$w/out/split_config.zh.apk" "$w/xapk/config.zh.apk"
    "$PYTHON" - "$w/xapk" "$w/xapk.zip" "$pkg" <<'PY'
import json, os, struct, sys, zipfile, zlib
root, dst, pkg = sys.argv[1], sys.argv[2], sys.argv[3]

def png(w, h, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

with open(os.path.join(root, "icon.png"), "wb") as fh:
    fh.write(png(96, 96, (0x15, 0x65, 0xC0)))
apks = [f"{pkg}.apk", "config.arm64_v8a.apk", "config.zh.apk"]
manifest = {
    "xapk_version": 2,
    "package_name": pkg,
    "name": "Split Demo",
    "locales_name": {"zh": "分包演示"},
    "version_code": "120",
    "version_name": "1.2.0",
    "min_sdk_version": "21",
    "target_sdk_version": "30",
    "permissions": [
        "android.permission.INTERNET",
        "android.permission.ACCESS_NETWORK_STATE",
        "android.permission.CAMERA",
    ],
    "split_configs": ["config.arm64_v8a", "config.zh"],
    "total_size": sum(os.path.getsize(os.path.join(root, a)) for a in apks),
    "icon": "icon.png",
    "split_apks": [
        {"file": f"{pkg}.apk", "id": "base"},
        {"file": "config.arm64_v8a.apk", "id": "config.arm64_v8a"},
        {"file": "config.zh.apk", "id": "config.zh"},
    ],
}
with open(os.path.join(root, "manifest.json"), "w", encoding="utf-8") as fh:
    json.dump(manifest, fh, ensure_ascii=False, indent=2)
    fh.write("\n")
order = ["manifest.json", "icon.png", *apks]
with zipfile.ZipFile(dst, "w") as out:
    for name in order:
        info = zipfile.ZipInfo(name, date_time=(2008, 1, 1, 0, 0, 0))
        info.external_attr = 0o644 << 16
        info.compress_type = zipfile.ZIP_DEFLATED if name.endswith(".json") else zipfile.ZIP_STORED
        with open(os.path.join(root, name), "rb") as fh:
            out.writestr(info, fh.read())
PY
    mv -f "$w/xapk.zip" split-demo.xapk
    log split-demo.xapk "$(stat -c %s split-demo.xapk) bytes"
}

# ---------------------------------------------------------------------------------------------
ensure_keys
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=("${ALL_SAMPLES[@]}")
start=$SECONDS
echo "building eduscan Android samples in $HERE"
for t in "${targets[@]}"; do
    case "$t" in
        demo-homework) build_demo_homework ;;
        clean-notes)   build_clean_notes ;;
        sdk-zoo)       build_sdk_zoo ;;
        vuln-lab)      build_vuln_lab ;;
        secure-lab)    build_secure_lab ;;
        split-demo)    build_split_demo ;;
        *) die "unknown sample '$t' (known: ${ALL_SAMPLES[*]})" ;;
    esac
done
echo "done in $((SECONDS - start)) s"
