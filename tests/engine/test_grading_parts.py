"""grade() on the types graded part by part: ordering, matching and fill_gaps."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

import pytest

from tests.engine.helpers import item
from tutor.engine.grading import Grade, ResponseError, grade

# --- ordering --------------------------------------------------------------------------------

FOUR_STEPS = item("type: order\n* 1/4\n* 1/2\n* 2/3\n* 3/4\n")


@pytest.mark.parametrize(
    ("arrangement", "score", "detail"),
    [
        ([0, 1, 2, 3], 1.0, (True, True, True, True)),
        ((0, 1, 2, 3), 1.0, (True, True, True, True)),
        ([1, 0, 2, 3], 5 / 6, (False, False, True, True)),
        ([0, 1, 3, 2], 5 / 6, (True, True, False, False)),
        ([3, 0, 1, 2], 3 / 6, (False, False, False, False)),
        ([0, 3, 2, 1], 3 / 6, (True, False, True, False)),
        ([3, 2, 1, 0], 0.0, (False, False, False, False)),
    ],
)
def test_ordering_gives_kendall_partial_credit(
    arrangement: Any, score: float, detail: tuple[bool, ...]
) -> None:
    assert grade(FOUR_STEPS, arrangement) == Grade(score, score == 1.0, True, None, detail)


def test_steps_that_look_alike_may_swap() -> None:
    twice = item("type: order\n* Stir\n* Wait\n* Stir\n")
    assert grade(twice, [2, 1, 0]) == Grade(1.0, True, True, None, (True, True, True))
    assert grade(twice, [0, 2, 1]).score == pytest.approx(2 / 3)


@pytest.mark.parametrize(
    "response",
    [
        [0, 1, 2],
        [0, 1, 2, 3, 3],
        [0, 0, 1, 2],
        [0, 1, 2, 4],
        [0, 1, 2, True],
        "0123",
        {0, 1, 2, 3},
        {0: 0},
        None,
    ],
)
def test_ordering_needs_a_permutation(response: Any) -> None:
    with pytest.raises(ResponseError, match="each index from 0 to 3 once"):
        grade(FOUR_STEPS, response)


# --- matching --------------------------------------------------------------------------------

HALVES_AND_QUARTERS = item("""type: match
pair: 2/4 = one half
pair: 3/12 = one quarter
pair: 3/6 = one half
""")


@pytest.mark.parametrize(
    ("matched", "score", "detail"),
    [
        ({0: 0, 1: 1, 2: 2}, 1.0, (True, True, True)),
        (MappingProxyType({0: 0, 1: 1, 2: 2}), 1.0, (True, True, True)),
        ({0: 2, 1: 1, 2: 0}, 1.0, (True, True, True)),  # both rights read "one half"
        ({0: 1, 1: 0, 2: 2}, 1 / 3, (False, False, True)),
        ({0: 0, 1: 1}, 2 / 3, (True, True, False)),  # left 2 not matched
        ({0: 1, 1: 1, 2: 1}, 1 / 3, (False, True, False)),
        ({}, 0.0, (False, False, False)),
    ],
)
def test_matching_gives_credit_per_left(
    matched: Any, score: float, detail: tuple[bool, ...]
) -> None:
    assert grade(HALVES_AND_QUARTERS, matched) == Grade(score, score == 1.0, True, None, detail)


@pytest.mark.parametrize("response", [[0, 1, 2], {0: "1"}, {3: 0}, {0: 3}, {"0": 0}, {0: -1}, None])
def test_matching_needs_a_mapping_of_indices(response: Any) -> None:
    with pytest.raises(ResponseError, match="a mapping from left index to right index"):
        grade(HALVES_AND_QUARTERS, response)


# --- fill gaps -------------------------------------------------------------------------------

CHOCOLATE = item("""type: gaps
gap 1: 5/8 | five eighths
gap 2: 2/8 | two eighths | 1/4 | a quarter
gap 3: less | smaller
wrong: 1: 5/16 > You added the bottoms.
wrong: 2: 5/8 > That is what she gave away.
wrong: 3: more > She has less than half left.
""")


@pytest.mark.parametrize(
    "typed",
    [
        ["5/8", "2/8", "less"],
        ["Five  Eighths", "A QUARTER", " smaller "],
        ["0.625", "0,25", "less"],  # equal values
        ["10/16", "1 / 4", "Less"],
        ["５/８", "¼", "less"],
        ("5/8", "2/8", "less"),
    ],
)
def test_fill_gaps_right(typed: Any) -> None:
    assert grade(CHOCOLATE, typed) == Grade(1.0, True, True, None, (True, True, True))


@pytest.mark.parametrize(
    ("typed", "detail", "misconception"),
    [
        (["5/16", "2/8", "less"], (False, True, True), "You added the bottoms."),
        (["5/16", "5/8", "more"], (False, False, False), "You added the bottoms."),
        (["1", "5/8", "more"], (False, False, False), "That is what she gave away."),
        (["5/8", "0.625", "more"], (True, False, False), "That is what she gave away."),
        (["5/8", "2/8", "MORE"], (True, True, False), "She has less than half left."),
        (["5/8", "2/8", "1"], (True, True, False), None),  # numbers never equal words
        (["", "", ""], (False, False, False), None),
    ],
)
def test_fill_gaps_partial_credit(
    typed: list[str], detail: tuple[bool, ...], misconception: str | None
) -> None:
    result = grade(CHOCOLATE, typed)
    assert result.detail == detail
    assert result.score == pytest.approx(sum(detail) / 3)
    assert result.correct is False
    assert result.misconception == misconception


def test_a_gap_misconception_is_for_its_gap_only() -> None:
    result = grade(CHOCOLATE, ["5/8", "5/16", "less"])
    assert result.detail == (True, False, True)
    assert result.misconception is None


SIMPLIFY = item("""type: gaps
gap 1: 1/3 | one third
gap 2: 8 | eight
gap 3: 2 2/3 | two and two thirds
wrong: 1: 2/6 > 2 still divides both 2 and 6.
wrong: 1: 1/12 > Divide the bottom too.
wrong: 3: 8/3 > The question asks for a mixed number.
wrong: 3: 2 1/3 > Count again.
""")


@pytest.mark.parametrize(
    ("typed", "detail", "misconception"),
    [
        (["1/3", "8", "2 2/3"], (True, True, True), None),
        (["1 / 3", "8.0", "2  2/3"], (True, True, True), None),
        (["2/6", "8", "2 2/3"], (False, True, True), "2 still divides both 2 and 6."),
        (["2 / 6", "8", "2 2/3"], (False, True, True), "2 still divides both 2 and 6."),
        (["3/9", "8,0", "2 2/3"], (False, True, True), None),  # the form is asked: 1/3
        (["1/3", "8", "8/3"], (True, True, False), "The question asks for a mixed number."),
        (["1/3", "8", "16/6"], (True, True, False), None),
        (["1/3", "8", "7/3"], (True, True, False), "Count again."),  # the value of 2 1/3
        (["0.25", "16/2", "2 2/3"], (False, True, True), None),
    ],
)
def test_a_gap_with_a_wrong_answer_of_the_right_value_asks_for_the_form(
    typed: list[str], detail: tuple[bool, ...], misconception: str | None
) -> None:
    result = grade(SIMPLIFY, typed)
    assert (result.detail, result.misconception) == (detail, misconception)


@pytest.mark.parametrize(
    "response",
    [
        ["5/8", "2/8"],
        ["5/8", "2/8", "less", "x"],
        "5/8 2/8 less",
        ["5/8", 2, "less"],
        {1: "5/8"},
        None,
    ],
)
def test_fill_gaps_needs_one_str_per_gap(response: Any) -> None:
    with pytest.raises(ResponseError, match="expects a sequence of 3 str, one for each gap"):
        grade(CHOCOLATE, response)


def test_grading_leaves_its_arguments_alone() -> None:
    before = repr(CHOCOLATE)
    response = ["5/16", "2/8", "less"]
    grade(CHOCOLATE, response)
    assert repr(CHOCOLATE) == before
    assert response == ["5/16", "2/8", "less"]
