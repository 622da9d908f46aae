#!/usr/bin/env bash
# Creates the THROWAWAY signing identities used by the iOS samples.
# They are committed on purpose (test fixtures only, no trust anywhere).
# build.sh runs this only if a file is missing; re-running it changes the
# keys and therefore the bytes of the signed samples.
set -euo pipefail
cd "$(dirname "$0")/../certs"
if [ ! -f profile-signer.pem ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 36500 -set_serial 4242 \
    -keyout profile-signer.key -out profile-signer.pem \
    -subj "/C=CN/O=eduscan test fixture (NOT Apple)/CN=Eduscan Throwaway Provisioning Profile Signing" 2>/dev/null || { echo "openssl req failed" >&2; exit 1; }
fi
if [ ! -f developer.pem ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 36500 -set_serial 1337 \
    -keyout developer.key -out developer.pem \
    -subj "/UID=QWERTY1234/CN=Apple Development: Eduscan Demo (QWERTY1234)/OU=ABCDE12345/O=Eduscan Demo Education Technology Co., Ltd./C=CN" \
    -addext "extendedKeyUsage=codeSigning" -addext "keyUsage=critical,digitalSignature" 2>/dev/null || { echo "openssl req failed" >&2; exit 1; }
fi
if [ ! -f distribution.pem ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 36500 -set_serial 2024 \
    -keyout distribution.key -out distribution.pem \
    -subj "/UID=ABCDE12345/CN=Apple Distribution: Eduscan Demo Co., Ltd. (ABCDE12345)/OU=ABCDE12345/O=Eduscan Demo Education Technology Co., Ltd./C=CN" \
    -addext "extendedKeyUsage=codeSigning" -addext "keyUsage=critical,digitalSignature" 2>/dev/null || { echo "openssl req failed" >&2; exit 1; }
fi
chmod 644 ./*.key ./*.pem
