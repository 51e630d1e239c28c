"""Reading the fields of a canonical item (docs/pack-format.md) for grading, with checks.

Every reader returns the field in the form grading needs or raises ItemError naming the item
and the field; none raises anything else, whatever the mapping holds. `where` is the item as
messages name it, e.g. 'numeric item "add-quarters"'. Items from a pack always pass.

This module is shared with the server: standard library only, no other import from tutor.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from tutor.engine.numbers import Number, read_number

__all__ = [
    "ItemError",
    "NumericAnswer",
    "WrongAnswer",
    "choices",
    "flag",
    "gap_answers",
    "gap_wrong_answers",
    "numeric_answer",
    "rights",
    "show",
    "texts",
    "wrong_answers",
]

WrongAnswer = tuple[str, str]  # (response, feedback): an author's `wrong:` entry


class ItemError(ValueError):
    """The item is not a well-formed canonical item: an unknown type, or a field missing or of
    the wrong type. The message names the item and the field."""


@dataclass(frozen=True)
class NumericAnswer:
    """A numeric item's answer: as written, the tolerance (exact), and whether only the fraction
    in lowest terms counts."""

    number: Number
    tolerance: Fraction
    simplest_form: bool


def show(value: Any) -> str:
    """A short description of a value for messages: its repr, cut to 60 characters."""
    text = repr(value)
    return text if len(text) <= 60 else f"{text[:57]}..."


def texts(item: Mapping[str, Any], key: str, where: str) -> list[str]:
    """A non-empty list of str (accepted answers, steps of an order)."""
    values = _list(item, key, where)
    if not all(isinstance(value, str) for value in values):
        raise ItemError(f'{where}: "{key}" is a list of str')
    return values


def flag(item: Mapping[str, Any], key: str, where: str) -> bool:
    """A bool field; False when absent."""
    value = item.get(key, False)
    if not isinstance(value, bool):
        raise ItemError(f'{where}: "{key}" is true or false, not {show(value)}')
    return value


def choices(item: Mapping[str, Any], where: str) -> list[tuple[bool, str | None]]:
    """(correct, feedback) of each choice, in order; at least one choice is correct."""
    found = []
    for choice in _list(item, "choices", where):
        if not isinstance(choice, Mapping) or not isinstance(choice.get("correct"), bool):
            raise ItemError(f'{where}: each choice is a mapping with a bool "correct"')
        feedback = choice.get("feedback")
        if feedback is not None and not isinstance(feedback, str):
            raise ItemError(f'{where}: a choice\'s "feedback" is a str or None')
        found.append((choice["correct"], feedback))
    if not any(correct for correct, _ in found):
        raise ItemError(f"{where}: no choice is correct")
    return found


def rights(item: Mapping[str, Any], where: str) -> list[str]:
    """The right side of each pair of a matching item, in order."""
    pairs = _list(item, "pairs", where)
    if not all(isinstance(pair, Mapping) and isinstance(pair.get("right"), str) for pair in pairs):
        raise ItemError(f'{where}: each pair is a mapping with a str "right"')
    return [pair["right"] for pair in pairs]


def gap_answers(item: Mapping[str, Any], where: str) -> list[list[str]]:
    """The accepted answers of each gap, in order."""
    gaps = _list(item, "gaps", where)
    if not all(isinstance(gap, Mapping) for gap in gaps):
        raise ItemError(f'{where}: each gap is a mapping with "accepted" answers')
    return [texts(gap, "accepted", where) for gap in gaps]


def numeric_answer(item: Mapping[str, Any], where: str) -> NumericAnswer:
    """The answer of a numeric item. The tolerance is taken as the author wrote it: the float 0.1
    is 1/10 exactly, not its binary value, so a response exactly at the tolerance is inside it."""
    answer = item.get("answer")
    if not isinstance(answer, Mapping) or not isinstance(answer.get("value"), str):
        raise ItemError(f'{where}: "answer" is a mapping with a str "value"')
    try:
        number = read_number(answer["value"])
    except ValueError:
        raise ItemError(f"{where}: the answer {show(answer['value'])} is not a number") from None
    tolerance = answer.get("tolerance", 0.0)
    if isinstance(tolerance, bool) or not isinstance(tolerance, int | float):
        raise ItemError(f'{where}: "tolerance" is a number, not {show(tolerance)}')
    if not math.isfinite(tolerance) or tolerance < 0:
        raise ItemError(f'{where}: "tolerance" is a number of 0 or more, not {tolerance!r}')
    exact = Fraction(repr(tolerance)) if isinstance(tolerance, float) else Fraction(tolerance)
    return NumericAnswer(number, exact, flag(answer, "simplest_form", where))


def wrong_answers(item: Mapping[str, Any], where: str) -> list[WrongAnswer]:
    """The author's wrong answers ("misconceptions"; none if absent), in order."""
    return [(response, feedback) for _, response, feedback in _misconceptions(item, where)]


def gap_wrong_answers(item: Mapping[str, Any], where: str) -> dict[int, list[WrongAnswer]]:
    """The author's wrong answers of a fill_gaps item, by gap number (1-based), in order."""
    by_gap: dict[int, list[WrongAnswer]] = {}
    for gap, response, feedback in _misconceptions(item, where, gaps=True):
        by_gap.setdefault(gap, []).append((response, feedback))
    return by_gap


def _list(item: Mapping[str, Any], key: str, where: str) -> list[Any]:
    value = item.get(key)
    if not isinstance(value, list | tuple) or not value:
        raise ItemError(f'{where}: "{key}" is a non-empty list')
    return list(value)


def _misconceptions(
    item: Mapping[str, Any], where: str, *, gaps: bool = False
) -> list[tuple[int, str, str]]:
    entries = item.get("misconceptions", [])
    if not isinstance(entries, list | tuple):
        raise ItemError(f'{where}: "misconceptions" is a list')
    needs = 'an int "gap", ' if gaps else ""
    found = []
    for entry in entries:
        if not isinstance(entry, Mapping):
            raise ItemError(f"{where}: each misconception is a mapping")
        gap, response, feedback = entry.get("gap", 0), entry.get("response"), entry.get("feedback")
        if not isinstance(response, str) or not isinstance(feedback, str):
            raise ItemError(
                f'{where}: each misconception has {needs}a str "response" and "feedback"'
            )
        if gaps and (isinstance(gap, bool) or not isinstance(gap, int)):
            raise ItemError(
                f'{where}: each misconception has {needs}a str "response" and "feedback"'
            )
        found.append((gap if gaps else 0, response, feedback))
    return found
