"""QTI values as the converter runs them: scalars of each base type and containers.

Guarantees: parse_scalar and declared return a value or raise Unconvertible (never another
exception) for any text; NULL is None and an empty container is NULL, as QTI defines.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from tutor.content.qti.model import Declaration, Unconvertible

Scalar = str | int | float | bool | tuple[str, ...] | frozenset[str]


@dataclass(frozen=True)
class Container:
    """A multiple (unordered) or ordered container; never empty (empty containers are NULL)."""

    ordered: bool
    items: tuple[Scalar, ...]


Value = Scalar | Container | None


def parse_scalar(base_type: str, text: str) -> Scalar:
    """A value as written in a declaration or baseValue. Raises Unconvertible."""
    text = text.strip()
    try:
        if base_type == "integer":
            return int(text)
        if base_type in ("float", "duration"):
            number = float(text)
            if not math.isfinite(number):
                raise ValueError(text)
            return number
    except ValueError:
        raise Unconvertible(f'"{text}" is not a valid {base_type}') from None
    if base_type == "boolean":
        return text in ("true", "1")
    if base_type in ("pair", "directedPair"):
        parts = text.split()
        if len(parts) != 2:
            raise Unconvertible(f'"{text}" is not a valid {base_type}')
        return tuple(parts) if base_type == "directedPair" else frozenset(parts)
    if base_type in ("identifier", "string", "uri", ""):
        return text
    raise Unconvertible(f"values of base type {base_type} are not supported")


def declared(declaration: Declaration, texts: Iterable[str]) -> Value:
    """The value of a declaration's listed values (correct or default) with its cardinality."""
    values = tuple(parse_scalar(declaration.base_type, text) for text in texts)
    if declaration.cardinality in ("multiple", "ordered"):
        return Container(declaration.cardinality == "ordered", values) if values else None
    if declaration.cardinality == "record":
        raise Unconvertible("record variables are not supported")
    return values[0] if values else None


def items_of(value: Value) -> tuple[Scalar, ...]:
    if value is None:
        return ()
    return value.items if isinstance(value, Container) else (value,)


def format_value(value: Value) -> str:
    """How printedVariable shows a value."""
    parts = []
    for item in items_of(value):
        if isinstance(item, float) and item.is_integer():
            parts.append(str(int(item)))
        elif isinstance(item, tuple | frozenset):
            parts.append(" ".join(sorted(item) if isinstance(item, frozenset) else item))
        else:
            parts.append(str(item).lower() if isinstance(item, bool) else str(item))
    return ", ".join(parts)
