"""Android network security: network_security_config.xml plus the manifest defaults it overrides.

Platform defaults (developer.android.com/privacy-and-security/security-config): cleartext is permitted
by default for apps targeting API 27 or lower and refused from API 28; user-installed CAs are trusted by
default up to API 23 and not from API 24. android:usesCleartextTraffic sets the cleartext default when
there is no network security config.
"""

from __future__ import annotations

from typing import Any

from scanner.facts.model import ApplicationFlags, Location, NetworkDomainConfig, NetworkPolicy


def _b(el: Any, name: str) -> bool | None:
    v = el.get(name)
    if v is None:
        v = el.get("{http://schemas.android.com/apk/res/android}" + name)
    if v is None:
        return None
    return v.strip().lower() in ("true", "1", "0xffffffff", "-1")


def _trust(el: Any) -> tuple[bool | None, bool | None, bool]:
    """(trust system, trust user, override pins) of the <trust-anchors> directly under el."""
    anchors = next((c for c in el if isinstance(c.tag, str) and c.tag == "trust-anchors"), None)
    if anchors is None:
        return None, None, False
    system = user = False
    override = False
    for cert in anchors:
        if not isinstance(cert.tag, str) or cert.tag != "certificates":
            continue
        src = (cert.get("src") or "").strip()
        if src == "system":
            system = True
        elif src == "user":
            user = True
        if _b(cert, "overridePins"):
            override = True
    return system, user, override


def network_policy(
    flags: ApplicationFlags, target_sdk: int, nsc_root: Any | None, nsc_path: str | None
) -> NetworkPolicy:
    """The app's effective network security: platform defaults for its targetSdk, the manifest flag, then the NSC."""
    cleartext_default = target_sdk < 28
    if flags.uses_cleartext_traffic is not None:
        cleartext_default = flags.uses_cleartext_traffic
    user_default = target_sdk <= 23
    policy = NetworkPolicy(
        platform="android",
        cleartext_default=cleartext_default,
        trust_user_certs=user_default,
        source="usesCleartextTraffic" if flags.uses_cleartext_traffic is not None else "default",
        location=Location(file="AndroidManifest.xml", detail="<application>"),
    )
    if nsc_root is None:
        return policy
    policy.source = "network_security_config"
    policy.location = Location(file=nsc_path, detail="<network-security-config>")
    for el in nsc_root:
        if not isinstance(el.tag, str):
            continue
        if el.tag == "base-config":
            ct = _b(el, "cleartextTrafficPermitted")
            if ct is not None:
                policy.cleartext_default = ct
            _system, user, override = _trust(el)
            if user is not None:
                policy.trust_user_certs = user
            policy.override_pins = policy.override_pins or override
        elif el.tag == "debug-overrides":
            _s, user, override = _trust(el)
            policy.debug_trust_user_certs = bool(user)
        elif el.tag == "domain-config":
            policy.domains.extend(_domain_configs(el, policy, nsc_path, inherited_cleartext=None))
    return policy


def _domain_configs(
    el: Any, policy: NetworkPolicy, path: str | None, inherited_cleartext: bool | None
) -> list[NetworkDomainConfig]:
    domains: list[str] = []
    include_sub = False
    for child in el:
        if isinstance(child.tag, str) and child.tag == "domain":
            text = (child.text or "").strip()
            if text:
                domains.append(text)
            include_sub = include_sub or bool(_b(child, "includeSubdomains"))
    ct = _b(el, "cleartextTrafficPermitted")
    if ct is None:
        ct = inherited_cleartext
    system, user, override = _trust(el)
    pins: list[str] = []
    expiration = None
    for child in el:
        if isinstance(child.tag, str) and child.tag == "pin-set":
            expiration = child.get("expiration")
            pins.extend((p.text or "").strip() for p in child if isinstance(p.tag, str) and p.tag == "pin")
    cfg = NetworkDomainConfig(
        domains=domains,
        include_subdomains=include_sub,
        cleartext_permitted=ct,
        trust_user_certs=bool(user) if user is not None else policy.trust_user_certs,
        trust_system_certs=bool(system) if system is not None else True,
        override_pins=override,
        pins=pins,
        pin_expiration=expiration,
        location=Location(file=path, string=", ".join(domains), detail="<domain-config>"),
    )
    out = [cfg]
    for child in el:
        if isinstance(child.tag, str) and child.tag == "domain-config":
            out.extend(_domain_configs(child, policy, path, ct))
    return out
