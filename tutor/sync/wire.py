"""The machinery of wire records: plain JSON in and out, every problem reported at once.

A wire record is a frozen dataclass whose fields are named as its table's columns and typed with
one of: str, int, bool, float, datetime, dict[str, Any] (any JSON object), list[str], each
optionally `| None`. to_dict() gives JSON values (times as ISO 8601 UTC text with microseconds,
so a time survives the trip exactly); from_dict() checks a JSON object field by field against
those types, the text limits and the record's own rules, and raises RecordError listing every
problem. canonical() is the record's one JSON spelling, which the merge uses to break ties.

Standard library only: the school server shares these records.
"""

from __future__ import annotations

import json
import math
import types
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from typing import Any, ClassVar, Self, get_args, get_origin, get_type_hints


class RecordError(ValueError):
    """A JSON object is not a valid record; `problems` names every field that is wrong."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


class _FieldError(Exception):
    """One field's problem, in words ("must be text")."""


def format_time(value: datetime) -> str:
    """A timezone-aware time as ISO 8601 UTC text with microseconds."""
    if value.tzinfo is None:
        raise ValueError("times must be timezone-aware")
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def parse_time(value: object) -> datetime:
    """ISO 8601 text with a UTC offset as an aware UTC datetime. Raises ValueError."""
    if not isinstance(value, str):
        raise ValueError("must be a time written as text")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"is not a time ({value[:40]!r})") from None
    if parsed.tzinfo is None:
        raise ValueError(f"has no UTC offset ({value[:40]!r})")
    return parsed.astimezone(UTC)


def canonical_json(value: Any) -> str:
    """The one JSON spelling of a value: sorted keys, no spaces, non-ASCII kept."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    found = _HINTS.get(cls)
    if found is None:
        resolved = get_type_hints(cls)
        found = {field.name: resolved[field.name] for field in fields(cls)}
        _HINTS[cls] = found
    return found


def _convert(value: Any, hint: Any) -> Any:
    if isinstance(hint, types.UnionType):
        if value is None:
            return None
        (inner,) = [arg for arg in get_args(hint) if arg is not type(None)]
        return _convert(value, inner)
    if value is None:
        raise _FieldError("is missing")
    if hint is str:
        if not isinstance(value, str):
            raise _FieldError("must be text")
        return value
    if hint is bool:
        if not isinstance(value, bool):
            raise _FieldError("must be true or false")
        return value
    if hint is int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise _FieldError("must be a whole number")
        return value
    if hint is float:
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise _FieldError("must be a number")
        if not math.isfinite(value):
            raise _FieldError("must be a finite number")
        return float(value)
    if hint is datetime:
        try:
            return parse_time(value)
        except ValueError as error:
            raise _FieldError(str(error)) from None
    if get_origin(hint) is dict:
        if not isinstance(value, dict):
            raise _FieldError("must be a JSON object")
        return value
    if get_origin(hint) is list:
        if not isinstance(value, list) or not all(isinstance(entry, str) for entry in value):
            raise _FieldError("must be a list of text")
        return list(value)
    raise TypeError(f"wire records cannot hold {hint!r}")  # a programming error


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return format_time(value)
    if isinstance(value, list):
        return list(value)
    return value


@dataclass(frozen=True)
class WireRecord:
    """Base of every wire record; subclasses are frozen dataclasses (see the module docstring)."""

    #: The fields that identify a record (its primary key).
    KEY: ClassVar[tuple[str, ...]] = ("id",)
    #: The longest text each text field may hold, as the database column allows.
    LIMITS: ClassVar[dict[str, int]] = {}

    @property
    def key(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.KEY)

    def to_dict(self) -> dict[str, Any]:
        """The record as JSON values; from_dict(to_dict()) gives an equal record."""
        return {field.name: _plain(getattr(self, field.name)) for field in fields(self)}

    def canonical(self) -> str:
        return canonical_json(self.to_dict())

    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Check a JSON object and make the record. Raises RecordError naming every problem:
        a missing, unknown or mistyped field, text over its limit, a broken rule."""
        if not isinstance(data, dict):
            raise RecordError(["is not a JSON object"])
        hints = _hints(cls)
        problems = [f"has an unknown field {name!r}" for name in sorted(set(data) - set(hints))]
        values: dict[str, Any] = {}
        for name, hint in hints.items():
            if name not in data:
                problems.append(f"has no field {name!r}")
                continue
            try:
                values[name] = _convert(data[name], hint)
            except _FieldError as bad:
                problems.append(f"{name} {bad}")
                continue
            limit = cls.LIMITS.get(name)
            value = values[name]
            if limit is not None and isinstance(value, str) and len(value) > limit:
                problems.append(f"{name} is longer than {limit} characters")
        if problems:
            raise RecordError(problems)
        record = cls(**values)
        problems = record.rule_problems()
        if problems:
            raise RecordError(problems)
        return record

    def rule_problems(self) -> list[str]:
        """Problems with the record's own rules (ranges, known values); none by default."""
        return []
