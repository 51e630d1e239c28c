"""The engine's number reader: what learners type, exact values, how numbers were written."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tutor.content.item_fields import parse_number as author_parse_number
from tutor.engine.numbers import MAX_NUMBER_LENGTH, Number, parse_number, read_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("0.5", Fraction(1, 2)),
        (".5", Fraction(1, 2)),
        ("5.", Fraction(5)),
        ("-3", Fraction(-3)),
        ("+3", Fraction(3)),
        ("  7  ", Fraction(7)),
        ("1/2", Fraction(1, 2)),
        ("2/4", Fraction(1, 2)),
        ("-3/4", Fraction(-3, 4)),
        ("1 / 2", Fraction(1, 2)),
        ("1  /2", Fraction(1, 2)),
        ("2 1/4", Fraction(9, 4)),
        ("-2 1/4", Fraction(-9, 4)),
        ("2   1 / 4", Fraction(9, 4)),
        ("10/4", Fraction(5, 2)),
        ("0", Fraction(0)),
        ("007", Fraction(7)),
        # Decimal commas, as learners in French-speaking classes write them.
        ("0,5", Fraction(1, 2)),
        (",5", Fraction(1, 2)),
        ("-1,25", Fraction(-5, 4)),
        ("1,000", Fraction(1)),  # a decimal comma, never a thousands separator
        # Look-alikes from keyboards and input methods.
        ("\u22123/4", Fraction(-3, 4)),  # − MINUS SIGN
        ("\uff11/\uff12", Fraction(1, 2)),  # full-width １/２
        ("\uff10\uff0e\uff15", Fraction(1, 2)),  # full-width ０．５
        ("1\u20442", Fraction(1, 2)),  # FRACTION SLASH
        ("1\u22152", Fraction(1, 2)),  # DIVISION SLASH
        ("\u0663/\u0664", Fraction(3, 4)),  # Arabic-Indic ٣/٤
        ("\u00bd", Fraction(1, 2)),  # ½
        ("2\u00bd", Fraction(5, 2)),  # 2½ is 2 1/2, not 21/2
        ("2 \u00be", Fraction(11, 4)),  # 2 ¾
        ("-\u00bd", Fraction(-1, 2)),
        ("1\u00a0/\u00a02", Fraction(1, 2)),  # no-break spaces
        ("1\t/ 2", Fraction(1, 2)),
    ],
)
def test_numbers_learners_write_are_read_exactly(text: str, value: Fraction) -> None:
    assert parse_number(text) == value
    assert read_number(text).value == value


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "1e3",
        "1E-2",
        "nan",
        "inf",
        "-inf",
        "Infinity",
        "1/0",
        "0/0",
        "2 1/0",
        "2 5/4",  # the fraction of a mixed number is proper
        "2 0/4",
        "1,000.5",  # one decimal separator only
        "1.2.3",
        "1 000",  # no thousands separators
        "- 3",
        "--3",
        "3-",
        "½½",
        "1½/2",
        "²",  # superscripts are not digits here
        "one half",
        "0x10",
        "1_000",
        "3/4/5",
        "1/2 1/2",
        ".",
        ",",
        "1" * (MAX_NUMBER_LENGTH + 1),
    ],
)
def test_anything_else_is_not_a_number(text: str) -> None:
    with pytest.raises(ValueError):
        read_number(text)


def test_the_length_limit_counts_after_trimming() -> None:
    assert read_number(" " * 50 + "1" * MAX_NUMBER_LENGTH + " " * 50).value == int(
        "1" * MAX_NUMBER_LENGTH
    )


def test_how_a_number_was_written_is_kept() -> None:
    assert read_number("2/4").fraction == (2, 4)
    assert read_number("2 2/4").fraction == (2, 4)
    assert read_number("0.5").fraction is None
    assert read_number("2/4").written_like(read_number(" 2 / 4 "))
    assert read_number("2/4").written_like(read_number("+2/4"))
    assert not read_number("2/4").written_like(read_number("1/2"))
    assert not read_number("2/4").written_like(read_number("0.5"))
    assert read_number("0.5").written_like(read_number(".50"))
    assert read_number("0.5").written_like(read_number("0,5"))
    assert not read_number("9/4").written_like(read_number("2 1/4"))


@pytest.mark.parametrize(
    ("text", "lowest"),
    [
        ("1/2", True),
        ("2/4", False),
        ("9/4", True),
        ("2 1/4", True),
        ("2 2/4", False),
        ("3/1", False),  # simply 3
        ("0/5", False),  # simply 0
        ("3", True),
        ("0.5", True),
        ("-3/4", True),
        ("-6/8", False),
    ],
)
def test_lowest_terms(text: str, lowest: bool) -> None:
    assert read_number(text).in_lowest_terms is lowest


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=30))
def test_any_text_is_read_or_refused_with_value_error_only(text: str) -> None:
    try:
        number = read_number(text)
    except ValueError:
        return
    assert isinstance(number, Number)
    assert isinstance(number.value, Fraction)


# Text authors may write as numbers (the content parser's language), and learners more.
_AUTHOR_NUMBER = st.one_of(
    st.from_regex(r"[+-]?[0-9]{1,6}(\.[0-9]{0,6})?", fullmatch=True),
    st.from_regex(r"[+-]?\.[0-9]{1,6}", fullmatch=True),
    st.from_regex(r"[+-]?([0-9]{1,4} +)?[0-9]{1,4} */ *[0-9]{1,4}", fullmatch=True),
    st.text(alphabet="0123456789+-./ e", max_size=12),
)


@settings(max_examples=1000, deadline=None)
@given(_AUTHOR_NUMBER)
def test_every_author_number_reads_back_with_the_same_value(text: str) -> None:
    """The engine reads at least what the pack format accepts, with the same value, so an
    author's answer is always a number here, and the answer as written is always right."""
    try:
        expected = author_parse_number(text)
    except ValueError:
        return
    assert read_number(text).value == expected


@settings(max_examples=500, deadline=None)
@given(st.fractions(max_denominator=1000), st.sampled_from([".", ","]))
def test_fractions_and_their_decimals_read_back(value: Fraction, point: str) -> None:
    sign = "-" if value < 0 else ""
    magnitude = abs(value)
    assert read_number(f"{value.numerator}/{value.denominator}").value == value
    whole, part = divmod(magnitude.numerator, magnitude.denominator)
    if whole and part:
        assert read_number(f"{sign}{whole} {part}/{magnitude.denominator}").value == value
    if 10**6 % magnitude.denominator == 0:  # a terminating decimal of at most 6 places
        digits = f"{whole}{point}{part * 10**6 // magnitude.denominator:06d}"
        assert read_number(sign + digits).value == value
