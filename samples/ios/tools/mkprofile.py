#!/usr/bin/env python3
"""Build an embedded.mobileprovision: a provisioning-profile plist wrapped in
CMS SignedData (attached content, DER), like Apple's.

    mkprofile.py PROFILE.plist DEV_CERT.pem SIGNER.pem SIGNER.key OUT

DEV_CERT.pem goes into the plist's DeveloperCertificates (DER <data>).  The
CMS is made by `openssl cms -sign -nodetach -noattr` (no signing-time
attribute, so the output is byte-for-byte reproducible).  Apple's real profiles
do carry signed attributes and Apple's certificate chain; a reader should only
rely on "DER CMS SignedData whose eContent is an XML plist".
"""

from __future__ import annotations

import base64
import os
import plistlib
import re
import subprocess
import sys
import tempfile


def main(argv: list[str]) -> int:
    """Write OUT."""
    src, dev_cert, signer, key, out = argv
    with open(src, "rb") as f:
        profile = plistlib.load(f)
    with open(dev_cert, "rb") as f:
        pem = f.read().decode()
    der = base64.b64decode(
        "".join(
            re.findall(
                r"^[A-Za-z0-9+/=]+$", pem.split("BEGIN CERTIFICATE-----")[1].split("-----END")[0], re.M
            )
        )
    )
    profile["DeveloperCertificates"] = [der]
    xml = plistlib.dumps(profile, fmt=plistlib.FMT_XML, sort_keys=True)
    with tempfile.TemporaryDirectory() as tmp:
        p = os.path.join(tmp, "profile.plist")
        with open(p, "wb") as f:
            f.write(xml)
        subprocess.run(
            [
                "openssl",
                "cms",
                "-sign",
                "-nodetach",
                "-binary",
                "-noattr",
                "-md",
                "sha256",
                "-outform",
                "DER",
                "-signer",
                signer,
                "-inkey",
                key,
                "-in",
                p,
                "-out",
                out,
            ],
            check=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
