"""grade() on every item of the bundled packs (content_packs/*): the right response is right,
however a learner may write it; wrong choices are wrong; arbitrary responses keep the promises."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tutor.content.source import load_source
from tutor.engine.answers import right_response
from tutor.engine.grading import Grade, grade
from tutor.engine.numbers import read_number

CONTENT_PACKS = Path(__file__).resolve().parents[2] / "content_packs"
ITEMS: list[dict[str, Any]] = [
    item
    for pack in sorted(CONTENT_PACKS.glob("*/pack.toml"))
    for item in load_source(pack.parent).manifest["items"]
]
AUTO_GRADED = [item for item in ITEMS if item["type"] != "extended_text"]


def by_type(*kinds: str) -> list[dict[str, Any]]:
    return [item for item in ITEMS if item["type"] in kinds]


def test_the_bundled_packs_have_every_item_type() -> None:
    assert len(ITEMS) > 200
    assert {item["type"] for item in ITEMS} == {
        "single_choice",
        "multiple_choice",
        "numeric",
        "short_text",
        "ordering",
        "matching",
        "fill_gaps",
        "extended_text",
    }


@pytest.mark.parametrize("item", AUTO_GRADED, ids=lambda item: item["id"])
def test_the_right_response_is_right(item: dict[str, Any]) -> None:
    result = grade(item, right_response(item))
    assert result.correct, result
    assert (result.score, result.auto_graded, result.misconception) == (1.0, True, None)
    assert all(result.detail)


@pytest.mark.parametrize("item", by_type("extended_text"), ids=lambda item: item["id"])
def test_extended_items_are_for_the_teacher(item: dict[str, Any]) -> None:
    assert grade(item, right_response(item)) == Grade(0.0, False, False, None)


@pytest.mark.parametrize(
    "item", by_type("single_choice", "multiple_choice"), ids=lambda item: item["id"]
)
def test_every_wrong_choice_is_wrong(item: dict[str, Any]) -> None:
    single = item["type"] == "single_choice"
    right = right_response(item)
    for index, choice in enumerate(item["choices"]):
        if choice["correct"]:
            continue
        alone = grade(item, index if single else [index])
        assert (alone.correct, alone.score) == (False, 0.0)
        assert alone.misconception == choice["feedback"]
        if not single:
            assert not grade(item, [*right, index]).correct
    if not single:
        for left_out in right:
            assert not grade(item, [i for i in right if i != left_out]).correct


# --- the right response, written as a learner might ------------------------------------------

_SPACE = st.sampled_from([" ", "  ", "\t", "\u00a0"])


def _respace(draw: st.DrawFn, text: str) -> str:
    """Extra spaces around and between words."""
    words = text.split(" ")
    joined = "".join(
        word + (draw(_SPACE) if i < len(words) - 1 else "") for i, word in enumerate(words)
    )
    return draw(st.sampled_from(["", " ", "  "])) + joined + draw(st.sampled_from(["", " ", "\n"]))


def _recase(draw: st.DrawFn, text: str) -> str:
    flips = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    return "".join(c.swapcase() if flip else c for c, flip in zip(text, flips, strict=True))


def _reword(draw: st.DrawFn, text: str, *, case_sensitive: bool = False) -> str:
    text = _respace(draw, text)
    return text if case_sensitive else _recase(draw, text)


def _renumber(draw: st.DrawFn, text: str, *, simplest: bool) -> str:
    """The same number written another way (keeping it in lowest terms if that is asked)."""
    number = read_number(text)
    value = number.value
    forms = [text, f" {text} ", text.replace("/", " / ")]
    if value.denominator > 1 and (not simplest or number.fraction is None):
        forms.append(f"{value.numerator}/{value.denominator}")
    if not simplest and value.denominator > 1:
        factor = draw(st.integers(2, 9))
        forms.append(f"{value.numerator * factor}/{value.denominator * factor}")
    if 10**6 % value.denominator == 0:  # a terminating decimal, with a point or a comma
        sign, magnitude = ("-" if value < 0 else ""), abs(value)
        whole, part = divmod(magnitude * 10**6, 10**6)
        decimals = f"{int(part):06d}".rstrip("0") or "0"
        forms += [f"{sign}{whole}.{decimals}", f"{sign}{whole},{decimals}"]
    return draw(st.sampled_from(forms))


@st.composite
def written_right_responses(draw: st.DrawFn) -> tuple[dict[str, Any], Any]:
    item = draw(st.sampled_from(AUTO_GRADED))
    kind, right = item["type"], right_response(item)
    if kind == "multiple_choice":
        container: Callable[[list[int]], Any] = draw(st.sampled_from([list, tuple, set, frozenset]))
        return item, container(draw(st.permutations(right)))
    if kind == "numeric":
        return item, _renumber(draw, right, simplest=item["answer"]["simplest_form"])
    if kind == "short_text":
        typed = draw(st.sampled_from(item["accepted"]))
        return item, _reword(draw, typed, case_sensitive=item["case_sensitive"])
    if kind == "fill_gaps":
        return item, [_reword(draw, draw(st.sampled_from(gap["accepted"]))) for gap in item["gaps"]]
    if kind == "ordering":
        return item, tuple(right)
    if kind == "matching":
        return item, MappingProxyType(right)
    return item, right


@settings(max_examples=1500, deadline=None)
@given(written_right_responses())
def test_the_right_response_is_right_however_it_is_written(
    case: tuple[dict[str, Any], Any],
) -> None:
    item, response = case
    assert grade(item, response).correct, (item["id"], response)


# --- arbitrary responses ---------------------------------------------------------------------


def _keeps_promises(result: Grade) -> None:
    assert 0.0 <= result.score <= 1.0
    assert result.correct is (result.score == 1.0)
    assert result.auto_graded


@settings(max_examples=1000, deadline=None)
@given(st.sampled_from(by_type("numeric", "short_text")), st.text(max_size=40))
def test_any_text_is_graded(item: dict[str, Any], typed: str) -> None:
    result = grade(item, typed)
    _keeps_promises(result)
    assert result.detail == ()
    if result.misconception is not None:
        assert result.misconception in {m["feedback"] for m in item["misconceptions"]}


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(by_type("fill_gaps")), st.data())
def test_any_gap_text_is_graded(item: dict[str, Any], data: st.DataObject) -> None:
    typed = data.draw(
        st.lists(st.text(max_size=12), min_size=len(item["gaps"]), max_size=len(item["gaps"]))
    )
    result = grade(item, typed)
    _keeps_promises(result)
    assert result.score == sum(result.detail) / len(item["gaps"])


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(by_type("multiple_choice")), st.data())
def test_multiple_choice_credit(item: dict[str, Any], data: st.DataObject) -> None:
    choices = item["choices"]
    chosen = data.draw(st.sets(st.integers(0, len(choices) - 1)))
    right = sum(1 for i in chosen if choices[i]["correct"])
    wanted = sum(1 for choice in choices if choice["correct"])
    result = grade(item, chosen)
    _keeps_promises(result)
    assert result.score == pytest.approx(max(0, right - (len(chosen) - right)) / wanted)
    assert result.correct is (chosen == set(right_response(item)))


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(by_type("ordering")), st.data())
def test_ordering_credit_is_kendall(item: dict[str, Any], data: st.DataObject) -> None:
    size = len(item["order"])
    arrangement = data.draw(st.permutations(range(size)))
    result = grade(item, arrangement)
    _keeps_promises(result)
    pairs = list(itertools.combinations(range(size), 2))
    in_order = sum(1 for a, b in pairs if arrangement[a] < arrangement[b])
    assert Fraction(result.score).limit_denominator(1000) == Fraction(in_order, len(pairs))
    assert result.correct is (list(arrangement) == list(range(size)))
    assert result.detail == tuple(index == place for place, index in enumerate(arrangement))
    assert grade(item, arrangement[::-1]).score == pytest.approx(1 - result.score)


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(by_type("matching")), st.data())
def test_matching_credit(item: dict[str, Any], data: st.DataObject) -> None:
    size = len(item["pairs"])
    index = st.integers(0, size - 1)
    matched = data.draw(st.dictionaries(index, index))
    result = grade(item, matched)
    _keeps_promises(result)
    assert result.detail == tuple(matched.get(left) == left for left in range(size))
    assert result.score == pytest.approx(sum(result.detail) / size)
