"""The condition language of rules: one operator table, checked when rules load.

A condition is a mapping. Keys are field names of the selected fact (dotted for nested values) whose value
is either a literal (equality) or an operator mapping; or one of the combinators ``all``, ``any``, ``not``.

    where:
      exported: true
      permission: {absent: true}
      kind: {in: [activity, service]}
      any: [{actions: {contains: android.intent.action.BOOT_COMPLETED}}, {schemes: {not_empty: true}}]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from functools import cache
from typing import Any

Op = Callable[[Any, Any], bool]


@cache
def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _as_list(v: Any) -> list[Any]:
    if v is None:
        return []
    if isinstance(v, list | tuple | set | frozenset):
        return list(v)
    return [v]


def _num(v: Any) -> float | None:
    if isinstance(v, bool):
        return float(v)
    if isinstance(v, int | float):
        return float(v)
    if isinstance(v, str):
        try:
            return float(v)
        except ValueError:
            return None
    return None


def _cmp(f: Callable[[float, float], bool]) -> Op:
    def op(value: Any, arg: Any) -> bool:
        a, b = _num(value), _num(arg)
        return a is not None and b is not None and f(a, b)

    return op


def _regex(value: Any, arg: Any) -> bool:
    return any(isinstance(v, str) and _rx(str(arg)).search(v) is not None for v in _as_list(value))


def _iregex(value: Any, arg: Any) -> bool:
    return any(isinstance(v, str) and _rx("(?i)" + str(arg)).search(v) is not None for v in _as_list(value))


def _older_than_days(value: Any, arg: Any) -> bool:
    if not value:
        return False
    try:
        d = date.fromisoformat(str(value)[:10])
    except ValueError:
        return False
    return (datetime.now().date() - d).days > int(arg)


def _empty(value: Any) -> bool:
    return value is None or value == "" or (isinstance(value, list | tuple | set | dict) and len(value) == 0)


OPERATORS: dict[str, Op] = {
    "eq": lambda v, a: v == a,
    "ne": lambda v, a: v != a,
    "in": lambda v, a: v in a,
    "not_in": lambda v, a: v not in a,
    "contains": lambda v, a: a in _as_list(v),
    "not_contains": lambda v, a: a not in _as_list(v),
    "contains_any": lambda v, a: bool(set(_as_list(v)) & set(a)),
    "contains_none": lambda v, a: not (set(_as_list(v)) & set(a)),
    "startswith": lambda v, a: any(isinstance(x, str) and x.startswith(tuple(_as_list(a))) for x in _as_list(v)),
    "endswith": lambda v, a: any(isinstance(x, str) and x.endswith(tuple(_as_list(a))) for x in _as_list(v)),
    "regex": _regex,
    "iregex": _iregex,
    "not_regex": lambda v, a: not _regex(v, a),
    "lt": _cmp(lambda x, y: x < y),
    "le": _cmp(lambda x, y: x <= y),
    "gt": _cmp(lambda x, y: x > y),
    "ge": _cmp(lambda x, y: x >= y),
    "absent": lambda v, a: _empty(v) == bool(a),
    "not_empty": lambda v, a: (not _empty(v)) == bool(a),
    "len_ge": lambda v, a: len(_as_list(v)) >= int(a),
    "older_than_days": _older_than_days,
    "bits_any": lambda v, a: _bits(v, a, True),  # an int with any of these flag bits set
    "bits_none": lambda v, a: _bits(v, a, False),  # an int with none of them (None is no match)
}

# Operators that take a nested condition applied to list elements.
_NESTED = ("any_item", "all_items", "no_item")


class ConditionError(ValueError):
    """A condition that names an unknown operator or a field the fact type does not have."""


def get_path(obj: Any, path: str) -> Any:
    """Dotted access; a numeric part indexes a list (``arg_sources.1``), None when out of range."""
    cur = obj
    for part in path.split("."):
        if cur is None:
            return None
        if isinstance(cur, list | tuple) and part.isdigit():
            i = int(part)
            cur = cur[i] if i < len(cur) else None
        else:
            cur = cur.get(part) if isinstance(cur, Mapping) else getattr(cur, part, None)
    return cur


def _bits(value: Any, arg: Any, want_any: bool) -> bool:
    if isinstance(value, bool) or not isinstance(value, int):
        return False
    return bool(value & int(arg)) == want_any


def matches(obj: Any, cond: Mapping[str, Any]) -> bool:
    """Whether a fact item (or the whole Facts, for ``when``) satisfies a condition tree."""
    for key, want in cond.items():
        if key == "all":
            if not all(matches(obj, c) for c in want):
                return False
        elif key == "any":
            if not any(matches(obj, c) for c in want):
                return False
        elif key == "not":
            if matches(obj, want):
                return False
        else:
            value = get_path(obj, key)
            if not _check(value, want):
                return False
    return True


def _check(value: Any, want: Any) -> bool:
    if isinstance(want, Mapping):
        for op, arg in want.items():
            if op in _NESTED:
                items = _as_list(value)
                hits = [
                    matches(i, arg) if isinstance(arg, Mapping) and not _is_opmap(arg) else _check(i, arg)
                    for i in items
                ]
                if op == "any_item" and not any(hits):
                    return False
                if op == "all_items" and not (items and all(hits)):
                    return False
                if op == "no_item" and any(hits):
                    return False
                continue
            if not OPERATORS[op](value, arg):
                return False
        return True
    return bool(value == want)


def _is_opmap(m: Mapping[str, Any]) -> bool:
    return bool(m) and all(k in OPERATORS or k in _NESTED for k in m)


def validate(cond: Any, fields: set[str] | None, where: str) -> None:
    """Raise ConditionError for unknown operators or, when ``fields`` is given, unknown field names."""
    if not isinstance(cond, Mapping):
        raise ConditionError(f"{where}: a condition must be a mapping")
    for key, want in cond.items():
        if key in ("all", "any"):
            if not isinstance(want, list):
                raise ConditionError(f"{where}: '{key}' takes a list of conditions")
            for i, c in enumerate(want):
                validate(c, fields, f"{where}.{key}[{i}]")
            continue
        if key == "not":
            validate(want, fields, f"{where}.not")
            continue
        if fields is not None and key.split(".")[0] not in fields:
            raise ConditionError(f"{where}: unknown field '{key}' (known: {', '.join(sorted(fields))})")
        if isinstance(want, Mapping):
            for op, arg in want.items():
                if op in _NESTED:
                    if isinstance(arg, Mapping) and not _is_opmap(arg):
                        validate(arg, None, f"{where}.{key}.{op}")
                    elif isinstance(arg, Mapping):
                        validate({"_": arg}, None, f"{where}.{key}.{op}")
                    continue
                if op not in OPERATORS:
                    raise ConditionError(
                        f"{where}.{key}: unknown operator '{op}' (known: {', '.join(sorted(OPERATORS))})"
                    )
                if op == "regex" or op == "iregex" or op == "not_regex":
                    try:
                        re.compile(str(arg))
                    except re.error as exc:
                        raise ConditionError(f"{where}.{key}: bad regex {arg!r}: {exc}") from exc
