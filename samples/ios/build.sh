#!/usr/bin/env bash
# Builds the eduscan iOS sample IPAs from the sources in this directory.
#
#   samples/ios/build.sh            -> demo-ios.ipa demo-ios-fat.ipa demo-ios-encrypted.ipa
#                                      clean-ios.ipa bare-app-no-payload.ipa
#
# Needs: clang, ld64.lld-14, llvm-lipo-14, llvm-strip-14 (Debian: apt-get install clang lld llvm),
# openssl, python3 (stdlib only).  No iOS SDK: sources declare their own
# interfaces (include/MiniSDK.h) and link against hand-written TBD stubs
# (stubs/) carrying the real install names.  Deterministic: running it twice
# gives byte-identical IPAs (fixed zip dates, no signing-time attributes,
# committed throwaway keys in certs/).  Scratch files go to build/.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
cd "$HERE"

CLANG="${CLANG:-clang}"
LD="${LD64:-ld64.lld-14}"
LIPO="${LIPO:-llvm-lipo-14}"
STRIP="${STRIP:-llvm-strip-14}"
PY="${PYTHON:-python3}"
SDK_VERSION=17.4
ST="$HERE/stubs"
T="$HERE/tools"
CERTS="$HERE/certs"
B="$HERE/build"
export LC_ALL=C TZ=UTC

for tool in "$CLANG" "$LD" "$LIPO" "$STRIP" openssl "$PY"; do
  command -v "$tool" >/dev/null || { echo "build.sh: missing tool: $tool" >&2; exit 1; }
done

"$T/make_certs.sh"   # no-op when the committed throwaway keys exist
rm -rf "$B"
mkdir -p "$B"

# cc TARGET SRC OUT [extra clang flags...]
cc() {
  local target="$1" src="$2" out="$3"
  shift 3
  local osver="${target#*-apple-ios}"
  osver="${osver%-simulator}"
  "$CLANG" --target="$target" -fobjc-runtime="ios-$osver" -O1 -Wall -Werror \
    -I"$HERE/include" -c "$src" -o "$out" "$@"
}

# link ARCH MIN OUT [ld64.lld args...]   (always ad-hoc signed by lld; re-signed later)
link() {
  local arch="$1" min="$2" out="$3"
  shift 3
  local plat=ios
  [ "$arch" = x86_64 ] && plat=ios-simulator
  "$LD" -arch "$arch" -platform_version "$plat" "$min" "$SDK_VERSION" -adhoc_codesign -o "$out" "$@"
}

# sign BINARY [add_entitlements.py options...]
sign() { "$PY" "$T/add_entitlements.py" "$@"; }

# strip_release BINARY: what a release build's strip leaves: no local symbols,
# undefined (imported) symbols kept in the symbol table, export trie untouched.
strip_release() { "$STRIP" --strip-all --keep-undefined "$1"; }

pkginfo() { printf 'APPL????' > "$1/PkgInfo"; }

# ---------------------------------------------------------------------------
# 1. demo-ios: cn.eduscan.demo.homework, privacy-heavy, 2 frameworks + 1 appex
# ---------------------------------------------------------------------------
build_demo_ios() {
  local S="$HERE/demo-ios" W="$B/demo-ios"
  local APP="$W/Payload/HomeworkHelper.app"
  local GDT="$APP/Frameworks/GDTMobSDK.framework" UM="$APP/Frameworks/UMCommon.framework"
  local WID="$APP/PlugIns/HomeworkWidget.appex"
  mkdir -p "$W/obj" "$GDT" "$UM" "$WID" "$APP/en.lproj" "$APP/zh-Hans.lproj"

  cc arm64-apple-ios13.0 "$S/src/main.m" "$W/obj/main.o" -fobjc-arc -fstack-protector-strong
  cc arm64-apple-ios12.0 "$S/src/GDTMobSDK.m" "$W/obj/gdt.o" -fno-objc-arc -fno-stack-protector
  cc arm64-apple-ios11.0 "$S/src/UMCommon.m" "$W/obj/um.o" -fno-objc-arc -fstack-protector-strong
  cc arm64-apple-ios14.0 "$S/src/HomeworkWidget.m" "$W/obj/widget.o" -fobjc-arc -fstack-protector-strong

  link arm64 12.0 "$GDT/GDTMobSDK" -dylib -install_name @rpath/GDTMobSDK.framework/GDTMobSDK \
    "$W/obj/gdt.o" "$ST/libSystem.tbd" "$ST/libobjc.tbd" "$ST/Foundation.tbd" "$ST/CoreFoundation.tbd" \
    "$ST/UIKit.tbd" "$ST/AdSupport.tbd"
  link arm64 11.0 "$UM/UMCommon" -dylib -install_name @rpath/UMCommon.framework/UMCommon \
    "$W/obj/um.o" "$ST/libSystem.tbd" "$ST/libobjc.tbd" "$ST/Foundation.tbd" "$ST/CoreFoundation.tbd" \
    "$ST/UIKit.tbd"
  link arm64 13.0 "$APP/HomeworkHelper" -rpath @executable_path/Frameworks \
    "$W/obj/main.o" "$GDT/GDTMobSDK" "$UM/UMCommon" \
    "$ST/libSystem.tbd" "$ST/libobjc.tbd" "$ST/Foundation.tbd" "$ST/CoreFoundation.tbd" "$ST/UIKit.tbd" \
    "$ST/LocalAuthentication.tbd" "$ST/AdSupport.tbd" "$ST/CoreLocation.tbd" "$ST/AVFoundation.tbd" \
    "$ST/Photos.tbd" -weak_library "$ST/AppTrackingTransparency.tbd"
  link arm64 14.0 "$WID/HomeworkWidget" -application_extension \
    -rpath @executable_path/Frameworks -rpath @executable_path/../../Frameworks \
    "$W/obj/widget.o" "$ST/libSystem.tbd" "$ST/libobjc.tbd" "$ST/Foundation.tbd" "$ST/CoreFoundation.tbd"

  # Resources: main Info.plist stays XML; nested bundles get binary plists.
  cp "$S/bundle/Info.plist" "$S/bundle/PrivacyInfo.xcprivacy" "$APP/"
  pkginfo "$APP"
  "$PY" "$T/plistconv.py" strings-utf16 "$S/bundle/en.lproj/InfoPlist.strings" "$APP/en.lproj/InfoPlist.strings"
  "$PY" "$T/plistconv.py" strings-binary "$S/bundle/zh-Hans.lproj/InfoPlist.strings" \
    "$APP/zh-Hans.lproj/InfoPlist.strings"
  "$PY" "$T/plistconv.py" binary "$S/frameworks/GDTMobSDK/Info.plist" "$GDT/Info.plist"
  cp "$S/frameworks/GDTMobSDK/PrivacyInfo.xcprivacy" "$GDT/"
  "$PY" "$T/plistconv.py" binary "$S/frameworks/UMCommon/Info.plist" "$UM/Info.plist"
  "$PY" "$T/plistconv.py" binary "$S/plugins/HomeworkWidget/Info.plist" "$WID/Info.plist"
  cp "$S/plugins/HomeworkWidget/PrivacyInfo.xcprivacy" "$WID/"
  "$PY" "$T/mkprofile.py" "$S/signing/profile.plist" "$CERTS/developer.pem" \
    "$CERTS/profile-signer.pem" "$CERTS/profile-signer.key" "$APP/embedded.mobileprovision"

  # Signing, innermost bundles first (the app's CodeResources hashes them).
  local dev=(--cert "$CERTS/developer.pem" --key "$CERTS/developer.key" --team-id ABCDE12345)
  "$PY" "$T/code_resources.py" "$GDT" GDTMobSDK
  sign "$GDT/GDTMobSDK" "${dev[@]}" --identifier com.qq.gdt.GDTMobSDK \
    --info-plist "$GDT/Info.plist" --resources "$GDT/_CodeSignature/CodeResources"
  "$PY" "$T/code_resources.py" "$UM" UMCommon
  sign "$UM/UMCommon" "${dev[@]}" --identifier com.umeng.UMCommon \
    --info-plist "$UM/Info.plist" --resources "$UM/_CodeSignature/CodeResources"
  "$PY" "$T/code_resources.py" "$WID" HomeworkWidget
  sign "$WID/HomeworkWidget" "${dev[@]}" --identifier cn.eduscan.demo.homework.widget \
    --entitlements "$S/signing/HomeworkWidget.entitlements" \
    --info-plist "$WID/Info.plist" --resources "$WID/_CodeSignature/CodeResources"
  "$PY" "$T/code_resources.py" "$APP" HomeworkHelper
  sign "$APP/HomeworkHelper" "${dev[@]}" --identifier cn.eduscan.demo.homework \
    --entitlements "$S/signing/HomeworkHelper.entitlements" \
    --info-plist "$APP/Info.plist" --resources "$APP/_CodeSignature/CodeResources"

  "$PY" "$T/mkzip.py" "$HERE/demo-ios.ipa" "$W" Payload
}

# ---------------------------------------------------------------------------
# 2. demo-ios-fat: cn.eduscan.sample.fat, arm64 + x86_64 (simulator) main binary
# ---------------------------------------------------------------------------
build_demo_ios_fat() {
  local S="$HERE/demo-ios-fat" W="$B/demo-ios-fat"
  local APP="$W/Payload/FatSample.app"
  mkdir -p "$W/obj" "$APP"
  local libs=("$ST/libSystem.tbd" "$ST/libobjc.tbd" "$ST/Foundation.tbd" "$ST/CoreFoundation.tbd" "$ST/UIKit.tbd")
  cc arm64-apple-ios12.0 "$S/src/main.m" "$W/obj/main-arm64.o" -fobjc-arc -fstack-protector-strong
  cc x86_64-apple-ios12.0-simulator "$S/src/main.m" "$W/obj/main-x86_64.o" -fobjc-arc -fstack-protector-strong
  link arm64 12.0 "$W/obj/FatSample-arm64" "$W/obj/main-arm64.o" "${libs[@]}"
  link x86_64 12.0 "$W/obj/FatSample-x86_64" "$W/obj/main-x86_64.o" "${libs[@]}"
  strip_release "$W/obj/FatSample-arm64"
  strip_release "$W/obj/FatSample-x86_64"

  "$PY" "$T/plistconv.py" binary "$S/bundle/Info.plist" "$APP/Info.plist"
  pkginfo "$APP"
  "$PY" "$T/mkprofile.py" "$S/signing/profile.plist" "$CERTS/distribution.pem" \
    "$CERTS/profile-signer.pem" "$CERTS/profile-signer.key" "$APP/embedded.mobileprovision"
  "$PY" "$T/code_resources.py" "$APP" FatSample
  local common=(--identifier cn.eduscan.sample.fat --entitlements "$S/signing/FatSample.entitlements"
                --info-plist "$APP/Info.plist" --resources "$APP/_CodeSignature/CodeResources")
  # Device slice: distribution-signed.  Simulator slice: ad hoc, as Xcode signs simulator builds.
  sign "$W/obj/FatSample-arm64" --cert "$CERTS/distribution.pem" --key "$CERTS/distribution.key" \
    --team-id ABCDE12345 "${common[@]}"
  sign "$W/obj/FatSample-x86_64" "${common[@]}"
  "$LIPO" -create "$W/obj/FatSample-arm64" "$W/obj/FatSample-x86_64" -output "$APP/FatSample"
  "$PY" "$T/mkzip.py" "$HERE/demo-ios-fat.ipa" "$W" Payload
}

# ---------------------------------------------------------------------------
# 3. demo-ios-encrypted: cn.eduscan.sample.encrypted, cryptid=1 + scrambled __TEXT
# ---------------------------------------------------------------------------
build_demo_ios_encrypted() {
  local S="$HERE/demo-ios-encrypted" W="$B/demo-ios-encrypted"
  local APP="$W/Payload/EncryptedSample.app"
  mkdir -p "$W/obj" "$APP/SC_Info"
  cc arm64-apple-ios14.0 "$S/src/main.m" "$W/obj/main.o" -fobjc-arc -fstack-protector-strong
  # Export only the Mach-O header symbol and strip local symbols, so class
  # names are not recoverable from the symbol table or export trie either.
  link arm64 14.0 "$W/obj/EncryptedSample" -exported_symbol __mh_execute_header \
    "$W/obj/main.o" "$ST/libSystem.tbd" "$ST/libobjc.tbd" "$ST/Foundation.tbd" \
    "$ST/CoreFoundation.tbd" "$ST/UIKit.tbd" "$ST/AdSupport.tbd"
  strip_release "$W/obj/EncryptedSample"

  "$PY" "$T/plistconv.py" binary "$S/bundle/Info.plist" "$APP/Info.plist"
  cp "$S/bundle/PrivacyInfo.xcprivacy" "$APP/"
  pkginfo "$APP"
  # FairPlay leaves SC_Info/<exe>.sinf; ours is a fixed placeholder blob.
  printf 'eduscan-fixture-sinf-placeholder\n' > "$APP/SC_Info/EncryptedSample.sinf"
  "$PY" "$T/plistconv.py" binary "$S/bundle/iTunesMetadata.plist" "$W/iTunesMetadata.plist"
  "$PY" "$T/code_resources.py" "$APP" EncryptedSample
  "$PY" "$T/encrypt_macho.py" flag "$W/obj/EncryptedSample" "$W/obj/EncryptedSample.flag"
  local dist=(--cert "$CERTS/distribution.pem" --key "$CERTS/distribution.key" --team-id ABCDE12345)
  sign "$W/obj/EncryptedSample.flag" "${dist[@]}" --identifier cn.eduscan.sample.encrypted \
    --entitlements "$S/signing/EncryptedSample.entitlements" \
    --info-plist "$APP/Info.plist" --resources "$APP/_CodeSignature/CodeResources"
  "$PY" "$T/encrypt_macho.py" scramble "$W/obj/EncryptedSample.flag" "$APP/EncryptedSample"
  "$PY" "$T/mkzip.py" "$HERE/demo-ios-encrypted.ipa" "$W" Payload iTunesMetadata.plist
}

# ---------------------------------------------------------------------------
# 4. clean-ios: cn.eduscan.sample.cleanios;  5. bare-app-no-payload (same bundle, no Payload/)
# ---------------------------------------------------------------------------
build_clean_ios() {
  local S="$HERE/clean-ios" W="$B/clean-ios"
  local APP="$W/Payload/CleanApp.app"
  mkdir -p "$W/obj" "$APP/zh-Hans.lproj"
  cc arm64-apple-ios15.0 "$S/src/main.m" "$W/obj/main.o" -fobjc-arc -fstack-protector-strong
  link arm64 15.0 "$APP/CleanApp" "$W/obj/main.o" "$ST/libSystem.tbd" "$ST/libobjc.tbd" \
    "$ST/Foundation.tbd" "$ST/CoreFoundation.tbd" "$ST/UIKit.tbd"
  cp "$S/bundle/Info.plist" "$S/bundle/PrivacyInfo.xcprivacy" "$APP/"
  "$PY" "$T/plistconv.py" strings-utf8 "$S/bundle/zh-Hans.lproj/InfoPlist.strings" \
    "$APP/zh-Hans.lproj/InfoPlist.strings"
  pkginfo "$APP"
  "$PY" "$T/mkprofile.py" "$S/signing/profile.plist" "$CERTS/distribution.pem" \
    "$CERTS/profile-signer.pem" "$CERTS/profile-signer.key" "$APP/embedded.mobileprovision"
  "$PY" "$T/code_resources.py" "$APP" CleanApp
  sign "$APP/CleanApp" --cert "$CERTS/distribution.pem" --key "$CERTS/distribution.key" --team-id ABCDE12345 \
    --identifier cn.eduscan.sample.cleanios \
    --entitlements "$S/signing/CleanApp.entitlements" \
    --info-plist "$APP/Info.plist" --resources "$APP/_CodeSignature/CodeResources"
  "$PY" "$T/mkzip.py" "$HERE/clean-ios.ipa" "$W" Payload
  "$PY" "$T/mkzip.py" "$HERE/bare-app-no-payload.ipa" "$W/Payload" CleanApp.app
}

build_demo_ios
build_demo_ios_fat
build_demo_ios_encrypted
build_clean_ios

for ipa in demo-ios demo-ios-fat demo-ios-encrypted clean-ios bare-app-no-payload; do
  printf '%-28s %7d bytes  sha256 %s\n' "$ipa.ipa" "$(stat -c %s "$ipa.ipa")" \
    "$(sha256sum "$ipa.ipa" | cut -c1-16)"
done
