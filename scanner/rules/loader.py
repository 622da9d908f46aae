"""Load rule files, validate them (schema, field names, operators, checks) and index them by id."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from scanner.catalog.load import read_yaml
from scanner.errors import ConfigError, first_problem
from scanner.facts.model import COLLECTIONS, Facts, field_names
from scanner.rules.conditions import ConditionError, validate
from scanner.rules.engine import load_check
from scanner.rules.schema import Rule

RULE_DIRS = ("android", "ios", "common", "filing")


def rule_files(root: Path) -> list[Path]:
    """Rule files under the four rule folders, in a stable order."""
    files: list[Path] = []
    for d in RULE_DIRS:
        base = root / d
        if base.is_dir():
            files.extend(sorted(base.rglob("*.yaml")))
    return files


def load_rule(path: Path) -> Rule:
    """One rule, validated: schema, id = file name, field names, operators and check function (ConfigError if not)."""
    data = read_yaml(path)
    try:
        rule = Rule.model_validate(data)
    except ValidationError as exc:
        where, msg = first_problem(exc)
        raise ConfigError(f"{path}: invalid rule at {where}: {msg}", f"{path}：规则无效（{where}）") from exc
    if rule.id != path.stem:
        raise ConfigError(f"{path}: rule id '{rule.id}' must equal the file name", f"{path}：规则 ID 必须与文件名一致")
    known: set[str] | None = None
    if rule.collections:
        known = set()
        for c in rule.collections:
            known |= field_names(COLLECTIONS[c])
    try:
        validate(rule.where, known, f"{path.name}: where")
        if rule.when:
            # ``when`` reads the Facts object by dotted path (app.min_sdk, permissions): its field names, not the
            # collection names of ``select`` ("permission" is no attribute and would silently read as None).
            validate(rule.when, field_names(Facts), f"{path.name}: when")
    except ConditionError as exc:
        raise ConfigError(str(exc), f"{path}：规则条件无效") from exc
    if rule.check:
        try:
            load_check(rule.check)
        except (ImportError, AttributeError, ValueError) as exc:
            raise ConfigError(f"{path}: check {rule.check!r} not found", f"{path}：找不到检查函数") from exc
    return rule


def load_rules(root: Path) -> list[Rule]:
    """Every rule under ``root``, ids unique, sorted by id."""
    rules = [load_rule(p) for p in rule_files(root)]
    ids = [r.id for r in rules]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ConfigError(f"duplicate rule ids: {', '.join(dupes)}", "规则 ID 重复")
    return sorted(rules, key=lambda r: r.id)
