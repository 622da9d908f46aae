"""``embedded.mobileprovision``: a CMS SignedData envelope around an XML plist.

Reviewers want to know who signed the build and how it is distributed: a development or ad-hoc profile (with a
device list) or an enterprise profile means the package was not downloaded from the App Store. We read the
plist from the CMS content with asn1crypto and fall back to locating the XML in the raw bytes, because some
profiles found in the wild carry BER quirks that strict DER readers reject.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Literal

from asn1crypto import cms

from scanner.facts.android_signing import _cert_fact
from scanner.facts.model import Certificate, Location, Provisioning
from scanner.facts.plist import MAX_PLIST, jsonable, load_dict

MAX_PROFILE = 4 << 20


def profile_plist(data: bytes) -> dict[str, Any] | None:
    """The plist inside a provisioning profile, or None."""
    if not data or len(data) > MAX_PROFILE:
        return None
    try:
        info = cms.ContentInfo.load(data)
        content = info["content"]["encap_content_info"]["content"].native
        if isinstance(content, bytes):
            parsed = load_dict(content)
            if parsed is not None:
                return parsed
    except Exception:  # asn1crypto raises ValueError/TypeError on malformed DER
        pass
    start = data.find(b"<?xml")
    end = data.find(b"</plist>", start)
    if start < 0 or end < 0 or end - start > MAX_PLIST:
        return None
    return load_dict(data[start : end + len(b"</plist>")])


def _iso(value: Any) -> str | None:
    if isinstance(value, _dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=_dt.UTC)
        return str(value.isoformat()).replace("+00:00", "Z")
    return str(value) if value is not None else None


def read_profile(data: bytes, path: str, now: _dt.datetime | None = None) -> tuple[Provisioning | None, list[str]]:
    """Provisioning facts and problems met while reading them (None when the profile is unreadable)."""
    now = now or _dt.datetime.now(_dt.UTC)
    plist = profile_plist(data)
    if plist is None:
        return None, [f"{path}: not a readable provisioning profile"]
    problems: list[str] = []
    ents_raw = plist.get("Entitlements")
    entitlements = jsonable(ents_raw) if isinstance(ents_raw, dict) else {}
    devices_raw = plist.get("ProvisionedDevices")
    devices = [str(d) for d in devices_raw] if isinstance(devices_raw, list) else []
    expiration = plist.get("ExpirationDate")
    expired: bool | None = None
    if isinstance(expiration, _dt.datetime):
        exp = expiration if expiration.tzinfo else expiration.replace(tzinfo=_dt.UTC)
        expired = exp < now
    get_task_allow = bool(isinstance(ents_raw, dict) and ents_raw.get("get-task-allow") is True)
    kind: Literal["development", "ad-hoc", "enterprise", "app-store"]
    if plist.get("ProvisionsAllDevices") is True:
        kind = "enterprise"
    elif devices:
        kind = "development" if get_task_allow else "ad-hoc"
    else:
        kind = "app-store"
    teams = plist.get("TeamIdentifier")
    team_id = str(teams[0]) if isinstance(teams, list) and teams else None
    if team_id is None and isinstance(ents_raw, dict):
        tid = ents_raw.get("com.apple.developer.team-identifier")
        team_id = str(tid) if tid else None
    certs: list[Certificate] = []
    raw_certs = plist.get("DeveloperCertificates")
    for i, der in enumerate(raw_certs if isinstance(raw_certs, list) else []):
        if not isinstance(der, bytes):
            continue
        try:
            cert = _cert_fact(der, ["provisioning"], path, now)
        except Exception as exc:  # a malformed certificate must not hide the rest of the profile
            problems.append(f"{path}: developer certificate {i} unreadable ({exc.__class__.__name__})")
            continue
        certs.append(cert)
    prov = Provisioning(
        name=_str(plist.get("Name")),
        uuid=_str(plist.get("UUID")),
        team_id=team_id,
        team_name=_str(plist.get("TeamName")),
        app_id_name=_str(plist.get("AppIDName")),
        creation_date=_iso(plist.get("CreationDate")),
        expiration_date=_iso(expiration),
        expired=expired,
        profile_type=kind,
        devices=devices,
        entitlements=entitlements,
        certificates=certs,
        location=Location(file=path, detail=f"profile {plist.get('Name') or ''}".strip()),
    )
    return prov, problems


def _str(v: Any) -> str | None:
    return str(v) if v is not None else None
