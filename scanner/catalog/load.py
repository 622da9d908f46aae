"""Load and validate the catalogues once per process (they are immutable data)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from scanner.catalog.schema import (
    AndroidPermission,
    ApiCatalogue,
    IosPermission,
    PermissionCatalogue,
    PermissionGroup,
    Sdk,
    SdkCatalogue,
    StringCatalogue,
)
from scanner.errors import ConfigError, first_problem
from scanner.paths import rules_dir

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: ~10x faster on the large catalogues


def read_yaml(path: Path) -> Any:
    """Any YAML file eduscan reads (catalogues, rules, policies); an unreadable one is a ConfigError (exit 2)."""
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_Loader)  # a safe loader (CSafeLoader or SafeLoader)
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read YAML ({exc})", f"{path}：无法读取 YAML") from exc


def _validate(model: type[BaseModel], path: Path) -> Any:
    try:
        return model.model_validate(read_yaml(path))
    except ValidationError as exc:
        where, msg = first_problem(exc)
        raise ConfigError(f"{path}: invalid catalogue at {where}: {msg}", f"{path}：目录数据无效（{where}）") from exc


class Libraries(BaseModel):
    """rules/catalog/libraries.yaml: common open-source libraries that are neither the app nor an SDK."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    catalogue: str
    version: str
    description: str = ""
    prefixes: list[str]


class Catalogues:
    """Every catalogue, validated, with fast lookups."""

    def __init__(self, root: Path) -> None:
        cat = root / "catalog"
        self.permissions: PermissionCatalogue = _validate(PermissionCatalogue, cat / "permissions.yaml")
        self.apis: ApiCatalogue = _validate(ApiCatalogue, cat / "apis.yaml")
        self.libraries: Libraries = _validate(Libraries, cat / "libraries.yaml")
        self.strings: list[StringCatalogue] = [
            _validate(StringCatalogue, p) for p in sorted(cat.glob("strings*.yaml")) + sorted(cat.glob("secrets*.yaml"))
        ]
        self.sdk_files: list[SdkCatalogue] = [_validate(SdkCatalogue, p) for p in sorted((cat / "sdks").glob("*.yaml"))]
        self.sdks: list[Sdk] = [s for f in self.sdk_files for s in f.sdks]
        ids = [s.id for s in self.sdks]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ConfigError(f"duplicate SDK ids across catalogue files: {dupes[:5]}", "SDK 目录中存在重复 ID")
        self.sdk_by_id: dict[str, Sdk] = {s.id: s for s in self.sdks}
        self.android_permissions: dict[str, AndroidPermission] = {p.id: p for p in self.permissions.android}
        self.ios_permissions: dict[str, IosPermission] = {p.id: p for p in self.permissions.ios}
        self.groups: dict[str, PermissionGroup] = {g.id: g for g in self.permissions.groups}
        #: clauses.yaml (policy texts flags cite), clause id → entry; empty when a rules directory has none.
        self.clauses: dict[str, dict[str, str]] = {}
        if (cat / "clauses.yaml").exists():
            data = read_yaml(cat / "clauses.yaml") or {}
            self.clauses = {c["id"]: c for c in data.get("clauses", [])}

    @property
    def versions(self) -> dict[str, str]:
        out = {
            self.permissions.catalogue: self.permissions.version,
            self.apis.catalogue: self.apis.version,
            self.libraries.catalogue: self.libraries.version,
        }
        for f in self.sdk_files:
            out[f.catalogue] = f.version
        for sc in self.strings:
            out[sc.catalogue] = sc.version
        return dict(sorted(out.items()))


def load_catalogues(root: Path | None = None) -> Catalogues:
    """The catalogues under ``root`` (default: the bundled rules), loaded once per process."""
    return _load((root or rules_dir()).resolve())


@cache
def _load(root: Path) -> Catalogues:
    return Catalogues(root)
