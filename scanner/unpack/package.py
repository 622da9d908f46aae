"""Open an installer package and tell what it is: APK, split bundle (.apks / .xapk) or IPA.

The format is decided by content, not by file name: a PDF renamed .apk is reported as a PDF.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

from scanner.errors import PackageError
from scanner.unpack.safezip import Limits, SafeZip, TamperNote

PackageFormat = Literal["apk", "apks", "xapk", "ipa"]

_APP_DIR = re.compile(r"^Payload/([^/]+\.app)/")
_BARE_APP = re.compile(r"^([^/]+\.app)/Info\.plist$")


@dataclass(slots=True)
class AndroidPackage:
    base: SafeZip
    splits: list[tuple[str, SafeZip]] = field(default_factory=list)

    @property
    def archives(self) -> list[tuple[str, SafeZip]]:
        return [("base", self.base), *self.splits]

    def close(self) -> None:
        for _, z in self.archives:
            z.close()


@dataclass(slots=True)
class IosPackage:
    zip: SafeZip
    app_dir: str  # "Payload/Name.app/"

    def close(self) -> None:
        self.zip.close()


@dataclass(slots=True)
class OpenedPackage:
    """An opened package: its archives, what format it is, and the tamper notes of every archive read."""

    path: Path
    format: PackageFormat
    sha256: str
    size: int
    outer: SafeZip
    android: AndroidPackage | None = None
    ios: IosPackage | None = None
    newest_entry_date: str | None = None

    @property
    def notes(self) -> list[TamperNote]:
        """Tamper notes of the outer archive and of every nested APK."""
        zips = [self.outer]
        if self.android:
            zips += [z for _, z in self.android.archives if z is not self.outer]
        return [n for z in zips for n in z.notes]

    def close(self) -> None:
        if self.android:
            self.android.close()
        self.outer.close()


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def open_package(path: Path, limits: Limits | None = None) -> OpenedPackage:
    """The package at ``path`` opened and told apart by content (APK, APKS, XAPK, IPA); PackageError if it is none."""
    label = path.name
    if not path.exists():
        raise PackageError(f"{path}: no such file", f"{path}：文件不存在", code="missing")
    if path.is_dir():
        raise PackageError(
            f"{path}: is a directory; give an .apk, .apks, .xapk or .ipa file",
            f"{path}：这是目录，请提供 .apk、.apks、.xapk 或 .ipa 文件",
            code="not-a-file",
        )
    size = path.stat().st_size
    outer = SafeZip(path, label=label, limits=limits)
    try:
        opened = _classify(path, outer, size)
    except Exception:
        outer.close()
        raise
    opened.newest_entry_date = _newest_date(outer)
    return opened


def _classify(path: Path, outer: SafeZip, size: int) -> OpenedPackage:
    label = path.name
    names = outer.names()
    sha = _sha256(path)
    if "AndroidManifest.xml" in outer:
        return OpenedPackage(path, "apk", sha, size, outer, android=AndroidPackage(outer))
    app_dirs = sorted({m.group(1) for n in names if (m := _APP_DIR.match(n))})
    if app_dirs:
        if len(app_dirs) > 1:
            outer.notes.append(TamperNote("several-apps", f"Payload holds {len(app_dirs)} .app bundles"))
        return OpenedPackage(path, "ipa", sha, size, outer, ios=IosPackage(outer, f"Payload/{app_dirs[0]}/"))
    apk_entries = [n for n in names if n.lower().endswith(".apk") and "/" not in n.strip("/")]
    if apk_entries:
        fmt: PackageFormat = "xapk" if "manifest.json" in outer else "apks"
        base_name = _base_apk(outer, apk_entries, fmt)
        try:
            base = outer.child(base_name)
        except ValueError as exc:  # damaged deflate data or local header: nothing to analyse without the base
            raise PackageError(
                f"{label}: base APK {base_name} unreadable ({exc})",
                f"{label}：基础 APK {base_name} 无法读取",
                code="bad-zip",
            ) from exc
        if "AndroidManifest.xml" not in base:
            base.close()
            raise PackageError(
                f"{label}: base APK {base_name} has no AndroidManifest.xml",
                f"{label}：基础 APK {base_name} 缺少 AndroidManifest.xml",
                code="no-manifest",
            )
        splits = []
        for n in sorted(apk_entries):
            if n == base_name:
                continue
            try:
                splits.append((n, outer.child(n)))
            except PackageError:
                raise
            except Exception as exc:
                outer.notes.append(TamperNote("bad-split", f"split unreadable: {exc}", n))
        return OpenedPackage(path, fmt, sha, size, outer, android=AndroidPackage(base, splits))
    if any(_BARE_APP.match(n) for n in names):
        raise PackageError(
            f"{label}: iOS app bundle zipped without the Payload/ folder; an IPA must hold Payload/<Name>.app/",
            f"{label}：iOS 应用包缺少 Payload/ 目录，IPA 必须包含 Payload/<名称>.app/",
            code="bad-ipa",
        )
    if any(n.startswith("Payload/") for n in names):
        raise PackageError(
            f"{label}: IPA has a Payload/ folder but no .app bundle in it",
            f"{label}：IPA 的 Payload/ 目录中没有 .app 应用包",
            code="bad-ipa",
        )
    raise PackageError(
        f"{label}: ZIP archive but not an app package (no AndroidManifest.xml, no Payload/*.app, no split APKs)",
        f"{label}：是 ZIP 文件但不是应用安装包（没有 AndroidManifest.xml、Payload/*.app 或拆分 APK）",
        code="not-an-app",
    )


def _base_apk(outer: SafeZip, apks: list[str], fmt: PackageFormat) -> str:
    """Pick the base APK of a split bundle."""
    if fmt == "xapk":
        try:
            manifest = json.loads(outer.read("manifest.json", max_size=1 << 20))
            pkg = manifest.get("package_name")
            for split in manifest.get("split_apks", []) or []:
                if split.get("id") == "base" and split.get("file") in apks:
                    return str(split["file"])
            if pkg and f"{pkg}.apk" in apks:
                return f"{pkg}.apk"
        except Exception:
            outer.notes.append(TamperNote("bad-xapk-manifest", "manifest.json unreadable"))
    for candidate in ("base.apk", "base-master.apk"):
        if candidate in apks:
            return candidate
    non_config = [a for a in apks if not re.search(r"(^|/)(split_)?config\.", a)]
    return sorted(non_config or apks)[0]


def _newest_date(z: SafeZip) -> str | None:
    """Newest plausible DOS timestamp among entries, as an ISO date.

    None when the build normalised timestamps (every entry the same date and time, or the 1980/1981/2008
    dates build tools write for reproducibility): such a date says nothing about when it was built."""
    best: date | None = None
    stamps: set[tuple[int, int]] = set()
    for e in z.iter_entries():
        stamp = z.entry_date(e)
        if stamp is None or stamp.year < 2010:
            continue
        stamps.add((e.dos_date, e.dos_time))
        if best is None or stamp > best:
            best = stamp
    if len(stamps) < 2:  # one identical date and time on every entry: normalised, not a build time
        return None
    return best.isoformat() if best else None
