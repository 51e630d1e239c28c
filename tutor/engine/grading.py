"""Grading a learner's response to an item.

Items are the canonical item dicts of docs/pack-format.md (as tutor/content/item_text.py builds
them and pack manifests carry them). grade() guarantees, for every item and response:
* it returns a Grade, or raises ResponseError (the response has the wrong shape for the item: a
  programming error in the caller, never a wrong answer) or ItemError (the item is not a
  well-formed canonical item); nothing else, for responses of the types documented below;
* anything a learner can type (any str where a str is expected) is graded, never refused;
* 0 <= score <= 1, and correct is True exactly when score == 1.0 (full credit);
* it is deterministic and reads nothing but its arguments, which it never changes.

Responses by item type:
* single_choice: an int, the index of the chosen choice in item["choices"].
* multiple_choice: a collection (list, tuple, set, ...) of distinct chosen indices; may be empty.
* numeric: the str typed. Graded by exact value, within the answer's tolerance (inclusive).
* short_text: the str typed. Compared with the accepted answers after normalise_text.
* ordering: a sequence, the indices into item["order"] in the order the learner put them.
* matching: a mapping from left index to right index, both into item["pairs"]; lefts may be
  left out (unmatched, so wrong), and two lefts may name the same right.
* fill_gaps: a sequence of str, one for each gap, in order.
* extended_text: the str written; not graded here (for the teacher), score 0.

Written answers follow one rule of precedence, the author's word before any equivalence: a
response matching an accepted answer (or, for numeric, written like the answer) is right; one
matching an author's `wrong:` entry for that answer is wrong, with its feedback, even where its
value would have been accepted (`8/3` where the mixed number `2 2/3` is asked); only then are
numbers compared by value.

This module is shared with the server: standard library only, no other import from tutor.
"""

from __future__ import annotations

import operator
from collections import deque
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tutor.engine import items
from tutor.engine.items import ItemError, WrongAnswer, show
from tutor.engine.numbers import Number, read_number
from tutor.engine.text import normalise_text

__all__ = ["Grade", "ItemError", "ResponseError", "grade", "normalise_text"]


@dataclass(frozen=True)
class Grade:
    """The outcome of one response. Construction checks 0 <= score <= 1 and that correct is
    exactly score == 1.0, so every Grade, however made, keeps those promises."""

    score: float  # 0.0 … 1.0; partial credit for multiple_choice, ordering, matching, fill_gaps
    correct: bool  # score == 1.0 (full credit)
    auto_graded: bool  # False for extended_text: a teacher grades it
    misconception: str | None  # the author's feedback for this wrong answer, if they wrote one
    # Per part, right or wrong, for showing feedback: per choice (chosen exactly if correct), per
    # position (ordering), per left (matching), per gap; () for numeric, short_text, extended_text.
    detail: tuple[bool, ...] = ()

    def __post_init__(self) -> None:
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"a score is from 0 to 1, not {self.score!r}")
        if self.correct != (self.score == 1.0):
            raise ValueError(f"correct must be score == 1.0 (score {self.score!r})")


class ResponseError(ValueError):
    """The response has the wrong shape for the item: a programming error in the caller, not a
    wrong answer. The message says what the item expects."""


def grade(item: Mapping[str, Any], response: Any) -> Grade:
    """Grade `response` to `item`; see the module docstring for the responses and guarantees."""
    if not isinstance(item, Mapping):
        raise ItemError(f"an item is a mapping (a canonical item dict), not {show(item)}")
    kind = item.get("type")
    grader = _GRADERS.get(kind) if isinstance(kind, str) else None
    if grader is None:
        raise ItemError(f'item "{item.get("id")}": unknown type {show(kind)}; one of {_KINDS}')
    return grader(item, response, f'{kind} item "{item.get("id")}"')


# --- choices ---------------------------------------------------------------------------------


def _single_choice(item: Mapping[str, Any], response: Any, where: str) -> Grade:
    """Full credit for a correct choice; else that choice's feedback."""
    choices = items.choices(item, where)
    last = len(choices) - 1
    chosen = _index(
        response, len(choices), f"{where} expects the int index (0 to {last}) of a choice"
    )
    correct, feedback = choices[chosen]
    detail = tuple(right == (index == chosen) for index, (right, _) in enumerate(choices))
    return Grade(float(correct), correct, True, None if correct else feedback, detail)


def _multiple_choice(item: Mapping[str, Any], response: Any, where: str) -> Grade:
    """(correct chosen - wrong chosen) / correct choices, at least 0; feedback of the first wrong
    choice chosen (in the item's order) that has feedback."""
    choices = items.choices(item, where)
    expects = f"{where} expects a collection of distinct int indices (0 to {len(choices) - 1})"
    if isinstance(response, str | bytes | Mapping) or not isinstance(response, Collection):
        raise ResponseError(f"{expects}, not {show(response)}")
    indices = [_index(value, len(choices), expects) for value in response]
    chosen = set(indices)
    if len(chosen) != len(indices):
        raise ResponseError(f"{expects}; {show(response)} names a choice twice")
    right = sum(1 for index in chosen if choices[index][0])
    wanted = sum(1 for correct, _ in choices if correct)
    score = max(0.0, (right - (len(chosen) - right)) / wanted)
    feedback = next(
        (text for index, (ok, text) in enumerate(choices) if index in chosen and not ok and text),
        None,
    )
    detail = tuple((index in chosen) == ok for index, (ok, _) in enumerate(choices))
    return Grade(score, score == 1.0, True, feedback, detail)


# --- written answers -------------------------------------------------------------------------


def _numeric(item: Mapping[str, Any], response: Any, where: str) -> Grade:
    """Right when written like the answer, or when within the tolerance of its value (exactly,
    as fractions), in lowest terms if the item asks for simplest form, and not written like one
    of the author's wrong answers.

    The feedback of a wrong response: for a right value in the wrong form (`2/4` for 1/2 in
    simplest form), the author's for that exact written form only (`2/4` or `2 / 4`, not `4/8`);
    for a wrong value, the first author's wrong answer of that value (`4` matches `4.0`), or for a
    response that is not a number, the first whose normalised text is the same.
    """
    text = _response_text(response, where)
    answer = items.numeric_answer(item, where)
    wrong = items.wrong_answers(item, where)
    number = _number(text)
    if number is None:
        key = normalise_text(text)
        return _wrong(next((fb for w, fb in wrong if normalise_text(w) == key), None))
    if number.written_like(answer.number):
        return Grade(1.0, True, True, None)
    flagged = next((fb for w, fb in wrong if _same_answer(text, w)), None)
    if abs(number.value - answer.number.value) <= answer.tolerance:
        if flagged is None and (number.in_lowest_terms or not answer.simplest_form):
            return Grade(1.0, True, True, None)
        return _wrong(flagged)
    return _wrong(next((fb for w, fb in wrong if _same_value(text, w)), None))


def _short_text(item: Mapping[str, Any], response: Any, where: str) -> Grade:
    """Right when equal to an accepted answer after normalise_text (respecting case if the item
    says case_sensitive); else the feedback of the first author's wrong answer equal to it."""
    text = _response_text(response, where)
    accepted = items.texts(item, "accepted", where)
    case_sensitive = items.flag(item, "case_sensitive", where)
    key = normalise_text(text, case_sensitive=case_sensitive)
    if any(normalise_text(answer, case_sensitive=case_sensitive) == key for answer in accepted):
        return Grade(1.0, True, True, None)
    wrong = items.wrong_answers(item, where)
    return _wrong(
        next(
            (fb for w, fb in wrong if normalise_text(w, case_sensitive=case_sensitive) == key), None
        )
    )


def _fill_gaps(item: Mapping[str, Any], response: Any, where: str) -> Grade:
    """Each gap by the precedence in the module docstring (case never counts); score is the
    fraction of gaps right; feedback is the author's for the first wrong gap that has some.

    A number is right in a gap when its value is that of an accepted number (`0.5` for `1/2`),
    except in a gap where the author gave a wrong answer of an accepted value (`wrong: 3: 8/12`
    for `2/3`, "not in simplest form"): there the form is being asked for, so a number is right
    only when written like an accepted one (`2/3`, `2 / 3`; not `4/6`, `16/24`).

    The feedback for a gap: the author's wrong answer with the same text or written the same way
    (`8/12`, `8 / 12`); for a number of a wrong value, also the first of that value (`7/3` gets
    the feedback for `2 1/3`), as for numeric items.
    """
    gaps = items.gap_answers(item, where)
    expects = f"{where} expects a sequence of {len(gaps)} str, one for each gap"
    if isinstance(response, str | bytes) or not isinstance(response, Sequence):
        raise ResponseError(f"{expects}, not {show(response)}")
    if len(response) != len(gaps) or not all(isinstance(text, str) for text in response):
        raise ResponseError(f"{expects}, not {show(response)}")
    wrong = items.gap_wrong_answers(item, where)
    detail: list[bool] = []
    feedback: str | None = None
    for number, (accepted, text) in enumerate(zip(gaps, response, strict=True), start=1):
        right, said = _gap(text, accepted, wrong.get(number, []))
        detail.append(right)
        feedback = feedback or said
    return Grade(sum(detail) / len(detail), all(detail), True, feedback, tuple(detail))


def _gap(text: str, accepted: list[str], wrong: list[WrongAnswer]) -> tuple[bool, str | None]:
    """(right, feedback) for one gap."""
    key = normalise_text(text)
    if any(normalise_text(answer) == key for answer in accepted):
        return True, None
    flagged = next((fb for w, fb in wrong if _same_answer(text, w)), None)
    number = _number(text)
    if flagged is not None or number is None:
        return False, flagged
    values = [value for answer in accepted if (value := _number(answer)) is not None]
    if any(number.value == value.value for value in values):
        flagged_values = [value for w, _ in wrong if (value := _number(w)) is not None]
        if any(w.value == value.value for w in flagged_values for value in values):
            return any(number.written_like(value) for value in values), None  # the form asked
        return True, None
    return False, next((fb for w, fb in wrong if _same_value(text, w)), None)


def _extended_text(item: Mapping[str, Any], response: Any, where: str) -> Grade:
    """Not graded automatically: score 0, for the teacher to grade."""
    _response_text(response, where)
    return Grade(0.0, False, False, None)


# --- arrangements ----------------------------------------------------------------------------


def _ordering(item: Mapping[str, Any], response: Any, where: str) -> Grade:
    """Full credit only for the correct order; partial credit is the fraction of pairs of steps
    in the right order relative to each other (Kendall's). Steps with the same text look alike
    to the learner, so they may stand in for each other."""
    order = items.texts(item, "order", where)
    size = len(order)
    expects = f"{where} expects a sequence holding each index from 0 to {size - 1} once"
    if isinstance(response, str | bytes) or not isinstance(response, Sequence):
        raise ResponseError(f"{expects}, not {show(response)}")
    arrangement = [_index(value, size, expects) for value in response]
    if sorted(arrangement) != list(range(size)):
        raise ResponseError(f"{expects}, not {show(response)}")
    # The k-th step of a given text placed takes the place of the k-th of that text in the order.
    places: dict[str, deque[int]] = {}
    for place, text in enumerate(order):
        places.setdefault(text, deque()).append(place)
    ranks = [places[order[index]].popleft() for index in arrangement]
    detail = tuple(rank == position for position, rank in enumerate(ranks))
    pairs = size * (size - 1) // 2
    in_order = sum(1 for a in range(size) for b in range(a + 1, size) if ranks[a] < ranks[b])
    score = in_order / pairs if pairs else 1.0
    return Grade(score, all(detail), True, None, detail)


def _matching(item: Mapping[str, Any], response: Any, where: str) -> Grade:
    """The fraction of lefts matched with their right (or with a right of the same text)."""
    rights = items.rights(item, where)
    size = len(rights)
    expects = f"{where} expects a mapping from left index to right index, each 0 to {size - 1}"
    if not isinstance(response, Mapping):
        raise ResponseError(f"{expects}, not {show(response)}")
    chosen = {
        _index(left, size, expects): _index(right, size, expects)
        for left, right in response.items()
    }
    detail = tuple(left in chosen and rights[chosen[left]] == rights[left] for left in range(size))
    return Grade(sum(detail) / size, all(detail), True, None, detail)


# --- helpers ---------------------------------------------------------------------------------


def _wrong(feedback: str | None) -> Grade:
    return Grade(0.0, False, True, feedback)


def _number(text: str) -> Number | None:
    try:
        return read_number(text)
    except ValueError:
        return None


def _same_answer(a: str, b: str) -> bool:
    """The same text once normalised, or the same number written the same way."""
    if normalise_text(a) == normalise_text(b):
        return True
    first, second = _number(a), _number(b)
    return first is not None and second is not None and first.written_like(second)


def _same_value(a: str, b: str) -> bool:
    """Numbers of the same value; or, if either is not a number, the same normalised text."""
    first, second = _number(a), _number(b)
    if first is None or second is None:
        return normalise_text(a) == normalise_text(b)
    return first.value == second.value


def _response_text(response: Any, where: str) -> str:
    if not isinstance(response, str):
        raise ResponseError(f"{where} expects the str typed, not {show(response)}")
    return response


def _index(value: Any, size: int, expects: str) -> int:
    """value as an index from 0 to size - 1 (an int or anything with __index__, but no bool)."""
    try:
        index = None if isinstance(value, bool) else operator.index(value)
    except TypeError:
        index = None
    if index is None or not 0 <= index < size:
        raise ResponseError(f"{expects}, not {show(value)}")
    return index


_GRADERS: dict[str, Callable[[Mapping[str, Any], Any, str], Grade]] = {
    "single_choice": _single_choice,
    "multiple_choice": _multiple_choice,
    "numeric": _numeric,
    "short_text": _short_text,
    "ordering": _ordering,
    "matching": _matching,
    "fill_gaps": _fill_gaps,
    "extended_text": _extended_text,
}
_KINDS = ", ".join(_GRADERS)
