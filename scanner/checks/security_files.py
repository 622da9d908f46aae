"""Files in the package whose name says they hold private key material (both platforms).

The package file list is not a rule collection (it is a plain list of names), so a check reads it. Certificates
alone (.cer/.crt/.der) are public and commonly shipped for pinning, and BKS trust stores usually hold only
certificates, so neither counts; private keys, PKCS#12 bundles and Java key stores do.
"""

from __future__ import annotations

import re

from scanner.facts.model import Facts, Location
from scanner.model import location_evidence
from scanner.rules.engine import Hit
from scanner.rules.schema import Rule

_KEY_FILE = re.compile(
    r"(?i)(?:\.(?:key|p12|pfx|p8|jks|keystore|ppk)$|(?:^|/)[^/]*(?:priv|private|secret|key)[^/]*\.pem$"
    r"|(?:^|/)id_(?:rsa|dsa|ecdsa|ed25519)$)"
)
#: Build and signing artefacts that are not the app's secrets (Apple code signature, Android signature blocks).
_IGNORE = re.compile(r"(?i)(^META-INF/|/_CodeSignature/|\.mobileprovision$)")


def key_files(facts: Facts, rule: Rule) -> list[Hit]:
    """One hit listing every key-like file of the package."""
    found = [f for f in facts.files if _KEY_FILE.search(f) and not _IGNORE.search(f)]
    if not found:
        return []
    evidence = []
    for f in sorted(found)[:50]:
        ev = location_evidence(Location(file=f))
        ev.string = f.rsplit("/", 1)[-1].rsplit("!", 1)[-1]
        evidence.append(ev)
    return [Hit(item=None, evidence=evidence, values={"files": ", ".join(sorted(found)[:10]), "count": len(found)})]
