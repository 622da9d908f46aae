"""Apple's "required reason" APIs, as they show in a Mach-O slice.

Since 1 May 2024 App Store review rejects an app (or SDK) that uses one of these APIs without declaring the
category and an approved reason in the privacy manifest of the bundle holding the code. Source: Apple,
"Describing use of required reason API" (developer.apple.com/documentation/bundleresources/privacy_manifest_files/
describing_use_of_required_reason_api). Names are Mach-O import names without the leading underscore, Objective-C
class names, and selectors (Swift calls the same Objective-C properties, so ``ProcessInfo.systemUptime`` shows as
the selector ``systemUptime``).
"""

from __future__ import annotations

from dataclasses import dataclass

from scanner.facts.model import NativeBinary


@dataclass(frozen=True, slots=True)
class ReasonCategory:
    """One category of the list and the ways its APIs appear in a binary."""

    id: str
    symbols: frozenset[str] = frozenset()
    classes: frozenset[str] = frozenset()
    selectors: frozenset[str] = frozenset()


CATEGORIES: tuple[ReasonCategory, ...] = (
    ReasonCategory(
        "NSPrivacyAccessedAPICategoryFileTimestamp",
        symbols=frozenset(
            {
                "stat",
                "fstat",
                "fstatat",
                "lstat",
                "stat64",
                "fstat64",
                "lstat64",
                "getattrlist",
                "fgetattrlist",
                "getattrlistat",
                "getattrlistbulk",
                "NSFileCreationDate",
                "NSFileModificationDate",
                "NSURLContentModificationDateKey",
                "NSURLCreationDateKey",
            }
        ),
        selectors=frozenset({"fileModificationDate", "fileCreationDate"}),
    ),
    ReasonCategory(
        "NSPrivacyAccessedAPICategorySystemBootTime",
        symbols=frozenset({"mach_absolute_time"}),
        selectors=frozenset({"systemUptime"}),
    ),
    ReasonCategory(
        "NSPrivacyAccessedAPICategoryDiskSpace",
        symbols=frozenset(
            {
                "statfs",
                "statvfs",
                "fstatfs",
                "fstatvfs",
                "statfs64",
                "fstatfs64",
                "NSFileSystemFreeSize",
                "NSFileSystemSize",
                "NSURLVolumeAvailableCapacityKey",
                "NSURLVolumeAvailableCapacityForImportantUsageKey",
                "NSURLVolumeAvailableCapacityForOpportunisticUsageKey",
                "NSURLVolumeTotalCapacityKey",
            }
        ),
    ),
    ReasonCategory("NSPrivacyAccessedAPICategoryActiveKeyboards", selectors=frozenset({"activeInputModes"})),
    ReasonCategory("NSPrivacyAccessedAPICategoryUserDefaults", classes=frozenset({"NSUserDefaults"})),
)


def uses_of(binary: NativeBinary) -> dict[str, list[str]]:
    """Category id → the APIs of that category this slice imports or references (sorted)."""
    imports = {i[1:] if i.startswith("_") else i for i in binary.imports}
    classes = set(binary.objc_class_refs) | {
        i[len("_OBJC_CLASS_$_") :] for i in binary.imports if i.startswith("_OBJC_CLASS_$_")
    }
    selectors = set(binary.selectors)
    out: dict[str, list[str]] = {}
    for cat in CATEGORIES:
        seen = sorted((cat.symbols & imports) | (cat.classes & classes) | (cat.selectors & selectors))
        if seen:
            out[cat.id] = seen
    return out
