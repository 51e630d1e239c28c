"""grade() on choices and written answers; malformed items; Grade's own checks.

Items are written in the item text format and parsed by the content parser, so they are exactly
what packs carry. Ordering, matching and gaps are in test_grading_parts.py.
"""

from __future__ import annotations

import math
from typing import Any

import pytest

from tests.engine.helpers import Index, item
from tutor.engine.grading import Grade, ItemError, ResponseError, grade

HALVES = item("""type: single
* The pizza cut into 2 slices of the same size
- The pizza cut into 1 big slice and 1 small slice
  > Halves must be the same size.
- The pizza cut into 3 slices of the same size
""")

FIVE_SIXTHS = item("""type: multiple
* 2/6 + 3/6
* 6/6 − 1/6
* 1/6 + 1/6 + 1/6 + 1/6 + 1/6
- 2/3 + 3/3
- 3/6 + 2/6 + 1/6
  > Count the sixths: that is 6/6.
- 4/6 + 2/6
  > That is 6/6 too.
""")


# --- single choice ---------------------------------------------------------------------------


def test_single_choice_right() -> None:
    assert grade(HALVES, 0) == Grade(1.0, True, True, None, (True, True, True))
    assert grade(HALVES, Index(0)).correct


def test_single_choice_wrong_gives_that_choices_feedback() -> None:
    assert grade(HALVES, 1) == Grade(
        0.0, False, True, "Halves must be the same size.", (False, False, True)
    )
    assert grade(HALVES, 2) == Grade(0.0, False, True, None, (False, True, False))


@pytest.mark.parametrize("response", [3, -1, True, "0", 0.0, None, [0], Index(7)])
def test_single_choice_needs_an_index_in_range(response: Any) -> None:
    with pytest.raises(ResponseError, match=r"expects the int index \(0 to 2\) of a choice"):
        grade(HALVES, response)


# --- multiple choice -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("chosen", "score", "misconception"),
    [
        ([0, 1, 2], 1.0, None),
        ((2, 0, 1), 1.0, None),
        ({0, 1, 2}, 1.0, None),
        (frozenset({0, 1, 2}), 1.0, None),
        ([0, 1], 2 / 3, None),
        ([0], 1 / 3, None),
        ([], 0.0, None),
        ([0, 1, 2, 3], 2 / 3, None),  # a wrong choice without feedback
        ([0, 1, 2, 4], 2 / 3, "Count the sixths: that is 6/6."),
        ([0, 1, 2, 5, 3], 1 / 3, "That is 6/6 too."),  # the first wrong one with feedback
        ([0, 1, 2, 5, 4], 1 / 3, "Count the sixths: that is 6/6."),  # in the item's order
        ({5, 4, 0}, 0.0, "Count the sixths: that is 6/6."),  # clipped at 0
        ([0, 1, 2, 3, 4, 5], 0.0, "Count the sixths: that is 6/6."),
        ([5], 0.0, "That is 6/6 too."),
    ],
)
def test_multiple_choice_partial_credit(
    chosen: Any, score: float, misconception: str | None
) -> None:
    result = grade(FIVE_SIXTHS, chosen)
    assert result.score == pytest.approx(score)
    assert result.correct is (score == 1.0)
    assert result.misconception == misconception
    assert result.detail == tuple((index in set(chosen)) == (index < 3) for index in range(6))


@pytest.mark.parametrize("response", [[0, 0], "012", b"\x00", {0: True}, 0, [6, 9], [True], None])
def test_multiple_choice_needs_distinct_indices(response: Any) -> None:
    with pytest.raises(ResponseError, match="multiple_choice item"):
        grade(FIVE_SIXTHS, response)


# --- numeric ---------------------------------------------------------------------------------

ADD_QUARTERS = item("""type: numeric
answer: 1/2
simplest: yes
wrong: 2/8 > Add the tops only.
wrong: 2/4 > That is right, but 2/4 can be simplified.
""")

SEVEN_EIGHTHS_TAKE_THREE = item("""type: numeric
answer: 4/8
wrong: 4 > The pieces are eighths.
wrong: 10/8 > You added.
""")


@pytest.mark.parametrize(
    "typed", ["1/2", " 1 / 2 ", "0.5", ".5", "0,5", "0.50", "+1/2", "１/２", "½"]
)
def test_simplest_form_accepts_the_fraction_in_lowest_terms_and_decimals(typed: str) -> None:
    assert grade(ADD_QUARTERS, typed) == Grade(1.0, True, True, None)


@pytest.mark.parametrize(
    ("typed", "misconception"),
    [
        ("2/4", "That is right, but 2/4 can be simplified."),
        ("2 / 4", "That is right, but 2/4 can be simplified."),
        ("4/8", None),  # equal, not in lowest terms, and no feedback for this exact form
        ("2/8", "Add the tops only."),
        ("1/4", "Add the tops only."),  # a wrong value: feedback matched by value
        ("0.25", "Add the tops only."),
        ("0,25", "Add the tops only."),
        ("3/4", None),
        ("half", None),
        ("", None),
        ("1/0", None),
    ],
)
def test_simplest_form_refuses_other_forms(typed: str, misconception: str | None) -> None:
    assert grade(ADD_QUARTERS, typed) == Grade(0.0, False, True, misconception)


@pytest.mark.parametrize("typed", ["4/8", "1/2", "2/4", "0.5", ".5", "0,5", "8/16"])
def test_without_simplest_form_any_equal_value_is_right(typed: str) -> None:
    assert grade(SEVEN_EIGHTHS_TAKE_THREE, typed).correct


@pytest.mark.parametrize("typed", ["4", "4.0", "+4", "4,00", "8/2", "4 "])
def test_numeric_misconceptions_match_by_value(typed: str) -> None:
    assert grade(SEVEN_EIGHTHS_TAKE_THREE, typed).misconception == "The pieces are eighths."


def test_numeric_misconception_of_an_unparsable_answer_matches_by_text() -> None:
    hand_made = {
        "id": "n",
        "type": "numeric",
        "answer": {"value": "1/2", "tolerance": 0.0, "simplest_form": False},
        "misconceptions": [{"response": "One Half", "feedback": "Write it with digits."}],
    }
    assert grade(hand_made, "  one   HALF ").misconception == "Write it with digits."
    assert grade(hand_made, "a half").misconception is None


def test_an_authors_wrong_answer_is_wrong_even_at_the_right_value() -> None:
    fraction_asked = item("""type: numeric
answer: 1/2
wrong: 0.5 > Write it as a fraction.
""")
    assert grade(fraction_asked, "0.5") == Grade(0.0, False, True, "Write it as a fraction.")
    assert grade(fraction_asked, ".50").misconception == "Write it as a fraction."
    assert grade(fraction_asked, "1/2").correct
    assert grade(fraction_asked, "2/4").correct


@pytest.mark.parametrize(
    ("answer", "tolerance", "typed", "right"),
    [
        ("1.5", "0.1", "1.6", True),  # in floats 1.6 - 1.5 > 0.1: the edge needs exact values
        ("1.5", "0.1", "1.4", True),
        ("1.5", "0.1", "1.6000001", False),
        ("1.5", "0.1", "1.39", False),
        ("0", "0.3", "0.3", True),  # the float 0.3 is below 3/10
        ("0", "0.3", "-0.3", True),
        ("0", "0.3", "0.31", False),
        ("71", "4", "75", True),
        ("71", "4", "67", True),
        ("71", "4", "75.01", False),
        ("11", "0.5", "10 1/2", True),
        ("11", "0.5", "23/2", True),
        ("11", "0.5", "11,5", True),
        ("11", "0.5", "11.51", False),
        ("1/3", "0", "0.333333", False),  # no tolerance: exact, as fractions
        ("1/3", "0", "2/6", True),
        ("0.1", "0", "1/10", True),
        ("-3", "0", "−3", True),
        ("-3", "0", "3", False),
    ],
)
def test_tolerance_is_inclusive_and_exact(
    answer: str, tolerance: str, typed: str, right: bool
) -> None:
    numeric = item(f"type: numeric\nanswer: {answer}\ntolerance: {tolerance}\n")
    assert grade(numeric, typed).correct is right


MIXED = item("""type: numeric
answer: 2 1/2
wrong: 10/8 > You added the bottoms.
wrong: 1 1/4 > That is only the walk to school.
""")


@pytest.mark.parametrize("typed", ["2 1/2", "5/2", "2.5", "2,5", "2 2/4", "10/4", "2½", "+2 1/2"])
def test_mixed_numbers(typed: str) -> None:
    assert grade(MIXED, typed).correct


@pytest.mark.parametrize(
    ("typed", "misconception"),
    [
        ("-2 1/2", None),
        ("10/8", "You added the bottoms."),
        ("5/4", "You added the bottoms."),
        ("1 1/4", "You added the bottoms."),
        ("21/2", None),
        ("2 1/4", None),
    ],
)
def test_mixed_number_mistakes(typed: str, misconception: str | None) -> None:
    assert grade(MIXED, typed) == Grade(0.0, False, True, misconception)


def test_mixed_numbers_in_simplest_form() -> None:
    simplest = item("type: numeric\nanswer: 2 1/2\nsimplest: yes\n")
    assert grade(simplest, "5/2").correct
    assert grade(simplest, "2.5").correct
    assert not grade(simplest, "2 2/4").correct
    assert not grade(simplest, "10/4").correct
    whole = item("type: numeric\nanswer: 3\nsimplest: yes\n")
    assert grade(whole, "3").correct
    assert not grade(whole, "3/1").correct
    assert not grade(whole, "6/2").correct


@pytest.mark.parametrize("response", [0.5, 1, None, b"1/2", ["1/2"]])
def test_numeric_needs_the_text_typed(response: Any) -> None:
    with pytest.raises(ResponseError, match="expects the str typed"):
        grade(ADD_QUARTERS, response)


# --- short text ------------------------------------------------------------------------------

UN_DEMI = item("""type: text
answer: un demi
answer: la moitié
wrong: une demie > On dit « un demi », au masculin.
wrong: la moitie > N'oublie pas l'accent : « la moitié ».
""")


@pytest.mark.parametrize(
    "typed",
    [
        "un demi",
        "UN DEMI",
        "  Un   Demi ",
        "la moitié",
        "La Moitié",
        "la moitie\u0301",
        "LA MOITIÉ",
        "la\u00a0moitié",
        "ｕｎ ｄｅｍｉ",
    ],
)
def test_short_text_is_compared_normalised(typed: str) -> None:
    assert grade(UN_DEMI, typed) == Grade(1.0, True, True, None)


@pytest.mark.parametrize(
    ("typed", "misconception"),
    [
        ("la moitie", "N'oublie pas l'accent : « la moitié »."),  # accents count
        ("LA MOITIE", "N'oublie pas l'accent : « la moitié »."),
        (" Une  Demie ", "On dit « un demi », au masculin."),
        ("un tiers", None),
        ("", None),
        ("un demi.", None),
    ],
)
def test_short_text_misconceptions(typed: str, misconception: str | None) -> None:
    assert grade(UN_DEMI, typed) == Grade(0.0, False, True, misconception)


def test_case_sensitive_short_text() -> None:
    marie = item("type: text\nanswer: Marie\ncase: sensitive\nwrong: Paul > Paul ate less.\n")
    assert grade(marie, " Marie ").correct
    assert grade(marie, "Ｍａｒｉｅ").correct
    assert not grade(marie, "marie").correct
    assert not grade(marie, "MARIE").correct
    assert grade(marie, "Paul").misconception == "Paul ate less."
    assert grade(marie, "paul").misconception is None


def test_symbols_as_answers() -> None:
    compare = item("type: text\nanswer: <\nanswer: is less than\nwrong: > > Sixths are smaller.\n")
    assert grade(compare, "<").correct
    assert grade(compare, "＜").correct
    assert grade(compare, " Is less  than").correct
    assert grade(compare, ">") == Grade(0.0, False, True, "Sixths are smaller.")


# --- extended text ---------------------------------------------------------------------------


def test_extended_text_is_left_for_the_teacher() -> None:
    story = item("type: extended\n")
    assert grade(story, "Juma had 5/8 of a chapati.") == Grade(0.0, False, False, None)
    assert grade(story, "") == Grade(0.0, False, False, None)
    with pytest.raises(ResponseError, match="expects the str typed"):
        grade(story, None)


# --- items and grades ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (["not", "a", "mapping"], "an item is a mapping"),
        ({"id": "x", "type": "essay"}, "unknown type 'essay'"),
        ({"id": "x"}, "unknown type None"),
        ({"id": "x", "type": "single_choice"}, '"choices" is a non-empty list'),
        (
            {"id": "x", "type": "single_choice", "choices": [{"correct": False}]},
            "no choice is correct",
        ),
        ({"id": "x", "type": "single_choice", "choices": [{"correct": 1}]}, 'a bool "correct"'),
        ({"id": "x", "type": "numeric", "answer": {"value": "half"}}, "is not a number"),
        ({"id": "x", "type": "numeric", "answer": {"value": 0.5}}, 'a str "value"'),
        ({"id": "x", "type": "numeric", "answer": {"value": "1", "tolerance": -1.0}}, "0 or more"),
        (
            {"id": "x", "type": "numeric", "answer": {"value": "1", "tolerance": math.inf}},
            "0 or more",
        ),
        (
            {"id": "x", "type": "numeric", "answer": {"value": "1", "tolerance": "0.1"}},
            "is a number",
        ),
        (
            {"id": "x", "type": "numeric", "answer": {"value": "1", "simplest_form": "yes"}},
            "true or false",
        ),
        (
            {
                "id": "x",
                "type": "short_text",
                "accepted": ["a"],
                "misconceptions": [{"response": "b"}],
            },
            'a str "response" and "feedback"',
        ),
        (
            {
                "id": "x",
                "type": "fill_gaps",
                "gaps": [{"accepted": ["a"]}],
                "misconceptions": [{"gap": "1", "response": "b", "feedback": "c"}],
            },
            'an int "gap"',
        ),
        ({"id": "x", "type": "fill_gaps", "gaps": [["a"]]}, '"accepted" answers'),
        ({"id": "x", "type": "ordering", "order": []}, '"order" is a non-empty list'),
        ({"id": "x", "type": "matching", "pairs": [{"left": "a"}]}, 'a str "right"'),
    ],
)
def test_malformed_items_raise_item_error(bad: Any, message: str) -> None:
    kind = bad.get("type") if isinstance(bad, dict) else None
    responses: dict[Any, Any] = {"single_choice": 0, "fill_gaps": ["a"]}
    response = responses.get(kind, "1")  # a well-formed response, so the item is at fault
    with pytest.raises(ItemError, match=message):
        grade(bad, response)


def test_item_and_response_errors_are_value_errors() -> None:
    assert issubclass(ItemError, ValueError)
    assert issubclass(ResponseError, ValueError)


@pytest.mark.parametrize(
    ("score", "correct"),
    [(1.0, False), (0.5, True), (1.5, False), (-0.1, False), (math.nan, False)],
)
def test_a_grade_keeps_its_promises(score: float, correct: bool) -> None:
    with pytest.raises(ValueError):
        Grade(score, correct, True, None)
