"""The item text format: every item type, every rule, and robustness on arbitrary text."""

from __future__ import annotations

import json
import re
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tutor.content.item_text import ItemTextError, ItemTextErrors, parse_items, parse_number

PATH = "items/sample.txt"
DOC = Path(__file__).resolve().parents[2] / "docs" / "pack-format.md"


def parse(text: str) -> list[dict[str, Any]]:
    return parse_items(text, PATH)


def errors_of(text: str) -> list[ItemTextError]:
    with pytest.raises(ItemTextErrors) as caught:
        parse(text)
    assert caught.value.errors, "ItemTextErrors is raised with at least one error"
    return caught.value.errors


def one_error(text: str) -> ItemTextError:
    errors = errors_of(text)
    assert len(errors) == 1, "\n".join(map(str, errors))
    return errors[0]


HALVES = """=== halves-1
type: single
skill: equal-parts
difficulty: -1
prompt: Which pizza is cut into halves?
image: media/pizzas.png
* The pizza cut into 2 slices of the same size
- The pizza cut into 1 big slice and 1 small slice
  > Halves must be the same size. Look at both slices again.
- The pizza cut into 3 slices of the same size
  > Three equal slices are thirds, not halves.
hint: Halves means 2 parts.
hint: Are both parts the same size?
solution: The first pizza has 2 slices of the same size, so each slice is one half.
"""

QUARTERS = """=== add-quarters
type: numeric
skill: adding-like
prompt: What is 1/4 + 1/4? Write the answer in simplest form.
answer: 1/2
simplest: yes
wrong: 2/8 > Add the tops only: the bottom stays 4 because the parts are still quarters.
wrong: 2/4 > That is right, but 2/4 can be simplified. Divide top and bottom by 2.
"""


# Every type -------------------------------------------------------------------------------------


def test_single_choice_from_the_documentation() -> None:
    assert parse(HALVES) == [
        {
            "id": "halves-1",
            "type": "single_choice",
            "skill": "equal-parts",
            "prompt": "Which pizza is cut into halves?",
            "hints": ["Halves means 2 parts.", "Are both parts the same size?"],
            "solution": "The first pizza has 2 slices of the same size, so each slice is one half.",
            "difficulty": -1.0,
            "media": [{"kind": "image", "path": "media/pizzas.png"}],
            "line": 1,
            "choices": [
                {
                    "text": "The pizza cut into 2 slices of the same size",
                    "correct": True,
                    "feedback": None,
                },
                {
                    "text": "The pizza cut into 1 big slice and 1 small slice",
                    "correct": False,
                    "feedback": "Halves must be the same size. Look at both slices again.",
                },
                {
                    "text": "The pizza cut into 3 slices of the same size",
                    "correct": False,
                    "feedback": "Three equal slices are thirds, not halves.",
                },
            ],
        }
    ]


def test_numeric_from_the_documentation() -> None:
    (item,) = parse(QUARTERS)
    assert list(item) == [
        "id",
        "type",
        "skill",
        "prompt",
        "hints",
        "solution",
        "difficulty",
        "media",
        "line",
        "answer",
        "misconceptions",
    ]
    assert item["type"] == "numeric"
    assert [item[key] for key in ("hints", "solution", "difficulty", "media")] == [
        [],
        None,
        None,
        [],
    ]
    assert item["answer"] == {"value": "1/2", "tolerance": 0.0, "simplest_form": True}
    assert item["misconceptions"] == [
        {"response": "2/8", "feedback": QUARTERS.split("2/8 > ")[1].split("\n")[0]},
        {
            "response": "2/4",
            "feedback": "That is right, but 2/4 can be simplified. Divide top and bottom by 2.",
        },
    ]


def test_the_documentation_example_parses() -> None:
    section = DOC.read_text(encoding="utf-8").split("### Item text format", 1)[1]
    example = re.search(r"Example:\n\n```\n(.*?)```", section, re.DOTALL)
    assert example is not None
    items = parse(example[1])
    assert [(item["id"], item["type"], item["line"]) for item in items] == [
        ("halves-1", "single_choice", 1),
        ("add-quarters", "numeric", 16),
    ]


def test_numeric_with_tolerance_and_mixed_number() -> None:
    (item,) = parse(
        """=== pizza-left
type: numeric
skill: mixed-numbers
prompt: How many pizzas are left?
answer: 2 1/4
tolerance: 0.01
simplest: no
wrong: -2 1/4 > Count what is left, not what was eaten.
wrong: .5 > That is only the last pizza.
"""
    )
    assert item["answer"] == {"value": "2 1/4", "tolerance": 0.01, "simplest_form": False}
    assert [m["response"] for m in item["misconceptions"]] == ["-2 1/4", ".5"]


def test_multiple_choice() -> None:
    (item,) = parse(
        """=== which-are-halves
type: multiple
skill: equal-parts
prompt: Which of these are halves of 8?
* 4
* 8/2
- 2
  > 2 is a quarter of 8.
"""
    )
    assert item["type"] == "multiple_choice"
    assert item["choices"] == [
        {"text": "4", "correct": True, "feedback": None},
        {"text": "8/2", "correct": True, "feedback": None},
        {"text": "2", "correct": False, "feedback": "2 is a quarter of 8."},
    ]


def test_short_text() -> None:
    (item,) = parse(
        """=== name-half
type: text
skill: unit-fractions
prompt: What do we call one of 2 equal parts?
answer: a half
answer: half
case: insensitive
wrong: a quarter > A quarter is one of 4 equal parts.
"""
    )
    assert item["type"] == "short_text"
    assert item["accepted"] == ["a half", "half"]
    assert item["case_sensitive"] is False
    assert item["misconceptions"] == [
        {"response": "a quarter", "feedback": "A quarter is one of 4 equal parts."}
    ]
    assert list(item)[-3:] == ["accepted", "case_sensitive", "misconceptions"]


def test_short_text_case_sensitive() -> None:
    text = "=== capital\ntype: text\nskill: s\nprompt: Capital of France?\nanswer: Paris\n"
    assert parse(text + "case: sensitive\n")[0]["case_sensitive"] is True
    assert parse(text)[0]["case_sensitive"] is False


def test_ordering() -> None:
    (item,) = parse(
        """=== smallest-first
type: order
skill: unit-fractions
prompt: Put these in order, smallest first.
* 1/8
* 1/4
* 1/2
"""
    )
    assert item["type"] == "ordering"
    assert item["order"] == ["1/8", "1/4", "1/2"]


def test_matching() -> None:
    (item,) = parse(
        """=== match-names
type: match
skill: unit-fractions
prompt: Match each fraction to its name.
pair: 1/2 = one half
pair: 1/3 = one third
pair: x = 2 = an equation on the right
"""
    )
    assert item["type"] == "matching"
    assert item["pairs"] == [
        {"left": "1/2", "right": "one half"},
        {"left": "1/3", "right": "one third"},
        {"left": "x", "right": "2 = an equation on the right"},
    ]


def test_fill_gaps() -> None:
    (item,) = parse(
        """=== fill-sum
type: gaps
skill: adding-like
prompt: 1/5 + 2/5 = [[1]]/[[2]], which we read as
  [[3]] fifths.
gap 2: 5
gap 1: 3 | three
gap 3: three|3
wrong: 1: 6 > Add the tops only.
wrong: 2 : 10 > The bottom stays 5.
"""
    )
    assert item["type"] == "fill_gaps"
    assert item["gaps"] == [
        {"accepted": ["3", "three"]},
        {"accepted": ["5"]},
        {"accepted": ["three", "3"]},
    ]
    assert item["misconceptions"] == [
        {"gap": 1, "response": "6", "feedback": "Add the tops only."},
        {"gap": 2, "response": "10", "feedback": "The bottom stays 5."},
    ]


def test_extended_text_has_nothing_extra() -> None:
    (item,) = parse(
        """=== explain
type: extended
skill: equal-parts
prompt: Explain why two pieces of different sizes are not halves.
audio: media/explain.ogg
image: media/sub/pieces.png
"""
    )
    assert item["type"] == "extended_text"
    assert list(item)[-1] == "line"
    assert item["media"] == [
        {"kind": "audio", "path": "media/explain.ogg"},
        {"kind": "image", "path": "media/sub/pieces.png"},
    ]


def test_several_items_in_file_order_and_json_ready() -> None:
    items = parse("# A comment\n\n" + HALVES + "\n# between\n\n" + QUARTERS)
    assert [(item["id"], item["line"]) for item in items] == [("halves-1", 3), ("add-quarters", 20)]
    assert json.loads(json.dumps(items)) == items


# Continuation and feedback lines ----------------------------------------------------------------


def test_continuation_lines_join_with_line_breaks() -> None:
    (item,) = parse(
        """=== long
type: single
skill: s
prompt: Look at the list:
  - one half
    - nested, kept relative
  # a Markdown heading, not a comment

  after a blank line, still the prompt
# a comment inside the prompt is dropped
  last line
* Option one
  goes on
  > Its feedback
    goes on too
- Option two
hint:
  A hint that starts on the next line.
"""
    )
    assert item["prompt"] == (
        "Look at the list:\n- one half\n  - nested, kept relative\n# a Markdown heading, not a"
        " comment\nafter a blank line, still the prompt\nlast line"
    )
    assert item["choices"][0] == {
        "text": "Option one\ngoes on",
        "correct": True,
        "feedback": "Its feedback\ngoes on too",
    }
    assert item["hints"] == ["A hint that starts on the next line."]


def test_trailing_whitespace_is_stripped_and_markdown_kept() -> None:
    (item,) = parse("=== md   \ntype: extended  \nskill: s\t\nprompt: **Bold** and `code`   \n")
    assert (item["id"], item["type"], item["skill"]) == ("md", "extended_text", "s")
    assert item["prompt"] == "**Bold** and `code`"


def test_crlf_and_bom_are_accepted() -> None:
    crlf = "\ufeff" + HALVES.replace("\n", "\r\n")
    assert parse(crlf) == parse(HALVES)
    error = one_error("\ufeff=== a\r\ntype: single\r\nskill: s\r\nprompt: P\r\n* a\r\n+ b\r\n- c")
    assert error.line == 6
    assert error.message.startswith('option lines need "* " or "- "')


# Errors -----------------------------------------------------------------------------------------

SINGLE = "=== q1\ntype: single\nskill: s\nprompt: P\n* right\n- wrong\n"  # lines 1-6
MULTIPLE = SINGLE.replace("single", "multiple")
NUMERIC = "=== q1\ntype: numeric\nskill: s\nprompt: P\nanswer: 1/2\n"  # lines 1-5
TEXT = "=== q1\ntype: text\nskill: s\nprompt: P\nanswer: a\n"  # lines 1-5
ORDER = "=== q1\ntype: order\nskill: s\nprompt: P\n* a\n* b\n"  # lines 1-6
MATCH = "=== q1\ntype: match\nskill: s\nprompt: P\npair: a = 1\npair: b = 2\n"  # lines 1-6
GAPS = "=== q1\ntype: gaps\nskill: s\nprompt: [[1]] and [[2]]\ngap 1: a\ngap 2: b\n"  # lines 1-6
EXTENDED = "=== q1\ntype: extended\nskill: s\nprompt: P\n"  # lines 1-4


def test_base_examples_are_valid() -> None:
    for text in (SINGLE, NUMERIC, TEXT, ORDER, MATCH, GAPS, EXTENDED):
        assert len(parse(text)) == 1


ERRORS = [
    # item ids
    ("=== Q1\ntype: extended\nskill: s\nprompt: P\n", 1, 'lower case: write "=== q1"'),
    ("=== q 1\ntype: extended\nskill: s\nprompt: P\n", 1, 'item id "q 1" may use only'),
    ("=== -q\ntype: extended\nskill: s\nprompt: P\n", 1, "start with a letter or digit"),
    ("=== " + "a" * 101 + "\ntype: extended\nskill: s\nprompt: P\n", 1, "at most 100"),
    ("===\ntype: extended\nskill: s\nprompt: P\n", 1, "write the item id"),
    (EXTENDED + EXTENDED, 5, 'item id "q1" is already used on line 1'),
    # fields
    (EXTENDED + "colour: red\n", 5, 'unknown field "colour:"'),
    (EXTENDED + "promt: P\n", 5, 'did you mean "prompt"'),
    (EXTENDED + "Hint: h\n", 5, 'field names are lower case: write "hint:"'),
    (EXTENDED + "The answer is 5\n", 5, 'write "key: value"'),
    (EXTENDED + "hint:\n", 5, 'empty value: write something after "hint:"'),
    (EXTENDED + "hint:   \n", 5, "empty value"),
    (EXTENDED + "skill: t\n", 5, '"skill:" may appear once; it is already on line 3'),
    (EXTENDED + "solution: a\nsolution: b\n", 6, '"solution:" may appear once'),
    (EXTENDED + "difficulty: 1\ndifficulty: 1\n", 6, '"difficulty:" may appear once'),
    (EXTENDED.replace("skill: s", "skill: s\n  t"), 3, '"skill:" takes one line'),
    (EXTENDED.replace("skill: s", "skill: Equal Parts"), 3, "skill ids use lower-case"),
    # types and required fields
    ("=== q1\nskill: s\nprompt: P\n", 1, 'missing "type:" (one of single, multiple'),
    ("=== q1\ntype: extended\nprompt: P\n", 1, 'missing "skill:"'),
    ("=== q1\ntype: extended\nskill: s\n", 1, 'missing "prompt:"'),
    (EXTENDED.replace("extended", "singel"), 2, 'unknown type "singel" (did you mean "single"?)'),
    (EXTENDED + "type: single\n", 5, '"type:" may appear once'),
    # choices
    (SINGLE.replace("- wrong\n", ""), 1, "single items need at least two options"),
    (SINGLE.replace("* right", "- other"), 1, "single items need one correct option"),
    (SINGLE.replace("- wrong", "* also"), 6, "but lines 5, 6 start with"),
    (MULTIPLE.replace("* right", "- x"), 1, "at least one correct"),
    (SINGLE + "-\n", 7, "empty option"),
    (SINGLE + "  >\n", 7, 'empty feedback: write it after "> "'),
    (SINGLE + "+ more\n", 7, 'option lines need "* " or "- "'),
    (SINGLE + "1. more\n", 7, 'option lines need "* " or "- "'),
    (SINGLE + "*more\n", 7, 'option lines need "* " or "- "'),
    (SINGLE + "wrong: 2 > no\n", 7, 'single items take no "wrong:"'),
    (MULTIPLE + "wrong: 2 > no\n", 7, 'multiple items take no "wrong:"'),
    # feedback lines
    (SINGLE + "hint: h\n  > late\n", 8, '"> " feedback goes right under an option'),
    (EXTENDED + "  > f\n", 5, '"> " feedback goes right under an option'),
    (SINGLE + "> f\n", 7, 'indent "> " feedback by two spaces'),
    (SINGLE + "  > f\n  > g\n", 8, 'an option has one "> " line'),
    # option lines on other types
    (NUMERIC + "* 1/2\n", 6, 'numeric items take no option lines ("* " or "- ")'),
    (EXTENDED + "- x\n", 5, "extended items take no option lines"),
    # numeric
    (NUMERIC.replace("answer: 1/2\n", ""), 1, 'missing "answer:"'),
    (NUMERIC.replace("1/2", "half"), 5, 'answer: "half" is not a number'),
    (NUMERIC.replace("1/2", "1/0"), 5, '"1/0" divides by zero'),
    (NUMERIC.replace("1/2", "2 5/4"), 5, "the fraction must be less than 1"),
    (NUMERIC + "answer: 2\n", 6, '"answer:" may appear once'),
    (NUMERIC + "wrong: two > no\n", 6, 'wrong: "two" is not a number'),
    (NUMERIC + "wrong: 2/8\n", 6, 'write "wrong: <number> > <feedback>"'),
    (NUMERIC + "wrong: 2/8 >\n", 6, 'write "wrong: <number> > <feedback>"'),
    (NUMERIC + "wrong: 2/8>x\n", 6, 'with spaces around ">"'),
    (NUMERIC + "tolerance: -0.1\n", 6, "tolerance must be a number of 0 or more"),
    (NUMERIC + "tolerance: some\n", 6, "tolerance must be a number of 0 or more"),
    (NUMERIC + "tolerance: 1\ntolerance: 2\n", 7, '"tolerance:" may appear once'),
    (NUMERIC + "simplest: true\n", 6, 'write "simplest: yes" or "simplest: no"'),
    (NUMERIC + "simplest: yes\nsimplest: yes\n", 7, '"simplest:" may appear once'),
    (NUMERIC + "case: sensitive\n", 6, '"case:" is for text items, not numeric items'),
    # difficulty
    (EXTENDED + "difficulty: 4\n", 5, "difficulty must be a number from -3 (easy) to 3 (hard)"),
    (EXTENDED + "difficulty: -3.5\n", 5, "difficulty must be a number from -3"),
    (EXTENDED + "difficulty: hard\n", 5, "difficulty must be a number from -3"),
    (EXTENDED + "difficulty: nan\n", 5, "difficulty must be a number from -3"),
    # text
    (TEXT.replace("answer: a\n", ""), 1, "text items need at least one accepted answer"),
    (TEXT + "case: upper\n", 6, 'write "case: sensitive" or "case: insensitive"'),
    (TEXT + "case: sensitive\ncase: sensitive\n", 7, '"case:" may appear once'),
    (TEXT + "wrong: b\n", 6, 'write "wrong: <answer> > <feedback>"'),
    (TEXT + "simplest: yes\n", 6, '"simplest:" is for numeric items, not text items'),
    (TEXT + "tolerance: 1\n", 6, '"tolerance:" is for numeric items'),
    # order
    (ORDER.replace("* b\n", ""), 1, 'order items need at least two "* " lines'),
    (ORDER + "- c\n", 7, 'order items list every step with "* "'),
    (ORDER + "  > f\n", 7, 'order steps take no "> " feedback'),
    (ORDER + "wrong: a > b\n", 7, '"wrong:" is for numeric and text and gaps items, not order'),
    # match
    (MATCH.replace("pair: b = 2\n", ""), 1, "match items need at least two"),
    (MATCH + "pair: c=3\n", 7, 'write "pair: <left> = <right>"'),
    (MATCH + "pair: c =\n", 7, 'write "pair: <left> = <right>"'),
    (MATCH + "wrong: a > b\n", 7, '"wrong:" is for numeric and text and gaps items'),
    # gaps
    (GAPS.replace("gap 2: b\n", ""), 4, '[[2]] has no "gap 2:" line'),
    (GAPS + "gap 3: c\n", 7, '"gap 3:" has no [[3]] in the prompt'),
    (GAPS + "gap 2: c\n", 7, '"gap 2:" appears twice; it is already on line 6'),
    (GAPS.replace("[[2]]", "[[3]]").replace("gap 2", "gap 3"), 4, "[[2]] is missing"),
    (GAPS.replace("[[2]]", "[[1]]").replace("gap 2: b\n", ""), 4, "[[1]] appears 2 times"),
    (GAPS.replace("[[1]] and [[2]]", "no gaps").replace("gap 1: a\ngap 2: b\n", ""), 4, "mark"),
    (GAPS.replace("[[1]]", "[[0]] [[1]]"), 4, "there is no [[0]]"),
    (GAPS.replace("gap 1: a", "gap 1: a || b"), 5, 'empty answer in "gap 1:"'),
    (GAPS.replace("gap 1: a", "gap 1: a |"), 5, 'empty answer in "gap 1:"'),
    (GAPS.replace("gap 1: a", "gap 1:"), 5, 'empty value: write something after "gap 1:"'),
    (GAPS + "gap: c\n", 7, 'write the gap number: "gap 1:'),
    (GAPS + "wrong: b > c\n", 7, 'write "wrong: <gap number>: <answer> > <feedback>"'),
    (GAPS + "wrong: 1: > c\n", 7, 'write "wrong: <gap number>: <answer> > <feedback>"'),
    (GAPS + "wrong: 3: b > c\n", 7, '"wrong:" names gap 3, but there is no "gap 3:"'),
    # extended
    (EXTENDED + "wrong: a > b\n", 5, '"wrong:" is for numeric and text and gaps items'),
    (EXTENDED + "answer: a\n", 5, '"answer:" is for numeric and text items, not extended items'),
    # media
    (EXTENDED + "image: pics/a.png\n", 5, 'media files are in the media folder: write "media/...'),
    (EXTENDED + "image: /media/a.png\n", 5, "media paths are relative to the pack"),
    (EXTENDED + "audio: media/../secret.ogg\n", 5, 'may not have empty, "." or ".." parts'),
    (EXTENDED + "audio: media/a/../../b.ogg\n", 5, '".." parts'),
    (EXTENDED + "audio: media/a.png\n", 5, "a recording is a .ogg, .opus, .mp3, .m4a, .wav file"),
    (EXTENDED + "image: media\\a.png\n", 5, 'media paths use "/", not "\\"'),
    (EXTENDED + "image: media/\n", 5, "empty"),
    (EXTENDED + "image: media/my pizza.png\n", 5, "(no spaces)"),
    (EXTENDED + "image: C:/media/a.png\n", 5, 'write "media/...'),
    # layout
    ("type: single\n" + SINGLE, 1, 'this line is outside any item: start with "=== <item-id>"'),
    ("* a\n" + SINGLE, 1, "outside any item"),
    ("  more\n" + SINGLE, 1, "outside any item"),
    ("=== q1\n  more\ntype: extended\nskill: s\nprompt: P\n", 2, "nothing to continue"),
    (EXTENDED + "\thint: tabbed\n", 5, "indent with spaces, not tabs"),
    (EXTENDED.replace("prompt: P", "prompt: P\n\tmore"), 5, "indent with spaces, not tabs"),
    (EXTENDED.replace("prompt: P", "prompt: P\n more"), 5, "at least two spaces"),
    ("# only a comment\n\n", 1, "no items"),
    ("", 1, "no items"),
]


@pytest.mark.parametrize(("text", "line", "phrase"), ERRORS)
def test_error(text: str, line: int, phrase: str) -> None:
    error = one_error(text)
    assert (error.path, error.line) == (PATH, line), error.message
    assert phrase in error.message
    assert str(error) == f"{PATH}:{line}: {error.message}"


@pytest.mark.parametrize("text", [SINGLE, NUMERIC, TEXT, ORDER, MATCH, GAPS, EXTENDED])
def test_every_type_rejects_an_unknown_field(text: str) -> None:
    assert one_error(text + "colour: red\n").message.startswith('unknown field "colour:"')


def test_all_problems_are_reported_together_in_line_order() -> None:
    text = (
        "hint: too early\n"  # 1
        "=== first\n"  # 2
        "type: single\n"  # 3
        "skill: s\n"  # 4
        "prompt: P\n"  # 5
        "* a\n"  # 6
        "* b\n"  # 7: a second correct option
        "colour: red\n"  # 8
        "  ignored continuation of the bad line\n"  # 9: not reported again
        "=== first\n"  # 10: duplicate id; missing type
        "skill: s\n"  # 11
        "prompt: P\n"  # 12
        "difficulty: 7\n"  # 13
        "=== third\n"  # 14
        "type: numeric\n"  # 15
        "skill: s\n"  # 16
        "prompt: P\n"  # 17
        "answer: x\n"  # 18
    )
    with pytest.raises(ItemTextErrors) as caught:
        parse(text)
    lines = [error.line for error in caught.value.errors]
    assert lines == [1, 7, 8, 10, 10, 13, 18]
    assert str(caught.value).splitlines() == [str(error) for error in caught.value.errors]
    assert str(caught.value).splitlines()[0].startswith(f"{PATH}:1: ")


def test_errors_are_values_with_path_line_and_message() -> None:
    error = ItemTextError("items/halves.txt", 14, 'option lines need "* " or "- "')
    assert str(error) == 'items/halves.txt:14: option lines need "* " or "- "'
    assert error == ItemTextError("items/halves.txt", 14, 'option lines need "* " or "- "')
    assert isinstance(error, ValueError)
    assert isinstance(ItemTextErrors([error]), ValueError)


# Numbers ----------------------------------------------------------------------------------------

NUMBERS = [
    ("0.5", Fraction(1, 2)),
    (".5", Fraction(1, 2)),
    ("5.", Fraction(5)),
    ("-3", Fraction(-3)),
    ("+3", Fraction(3)),
    ("1/2", Fraction(1, 2)),
    ("-3/4", Fraction(-3, 4)),
    ("2/4", Fraction(1, 2)),
    ("1 / 2", Fraction(1, 2)),
    ("2 1/4", Fraction(9, 4)),
    ("-2 1/4", Fraction(-9, 4)),
    (" 0 ", Fraction(0)),
    ("-0.125", Fraction(-1, 8)),
]


@pytest.mark.parametrize(("text", "value"), NUMBERS)
def test_parse_number(text: str, value: Fraction) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "text",
    ["", "1/0", "2 1/0", "half", "1e3", "nan", "inf", "1_000", "0,5", "1/-2", "2 -1/4", "- 3",
     "1.5/2", "2 5/4", "2 0/4", "1 2", "٣", "--1", "9" * 101],
)  # fmt: skip
def test_parse_number_rejects(text: str) -> None:
    with pytest.raises(ValueError, match=r"."):
        parse_number(text)


# Properties -------------------------------------------------------------------------------------

FRAGMENTS = [
    "=== a", "=== b", "===", "=== A", "type: single", "type: multiple", "type: numeric",
    "type: text", "type: order", "type: match", "type: gaps", "type: extended", "type: x",
    "skill: s", "skill: S S", "prompt: p", "prompt: [[1]] [[2]]", "prompt: [[0]] [[999999999]]",
    "prompt:", "answer: 1/2", "answer: 2 1/4", "answer: 1/0", "answer: " + "9" * 200,
    "tolerance: -1", "tolerance: 1/3", "tolerance: " + "9" * 99, "simplest: yes", "case: x",
    "difficulty: 3", "difficulty: 1/0", "wrong: 1 > x", "wrong: 1: a > b", "wrong: x",
    "wrong: 99999999999: a > b", "gap 1: a | b", "gap 2:", "gap 1: |", "gap 999999999: a",
    "pair: a = b", "pair: =",
    "* a", "- b", "*", "-", "  > f", "  >", "> f", "  more", "    deeper", "hint: h", "solution: s",
    "image: media/a.png", "audio: ../x", "image: media/../x", "# comment", "", "\t x", " x",
    "\ufeff", "\r", "+ x", "x: y", "Type: single",
]  # fmt: skip
structured_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40
).map("\n".join)


def check_never_crashes(text: str) -> None:
    try:
        items = parse(text)
    except ItemTextErrors as caught:
        assert caught.errors
        last_line = text.count("\n") + 1
        assert all(e.path == PATH and 1 <= e.line <= last_line for e in caught.errors)
        assert [e.line for e in caught.errors] == sorted(e.line for e in caught.errors)
    else:
        assert isinstance(items, list)
        assert json.loads(json.dumps(items)) == items


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_returns_items_or_raises_item_text_errors(text: str) -> None:
    check_never_crashes(text)


@settings(max_examples=500, deadline=None)
@given(structured_text)
def test_item_like_text_returns_items_or_raises_item_text_errors(text: str) -> None:
    check_never_crashes(text)


local_ids = st.from_regex(r"[a-z0-9][a-z0-9_-]{0,20}", fullmatch=True)
words = st.text(
    st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Zs"]), min_size=1, max_size=30
).map(str.strip)
values = words.filter(bool)


@st.composite
def single_choice_items(draw: st.DrawFn) -> dict[str, Any]:
    options = draw(st.lists(st.tuples(values, st.none() | values), min_size=2, max_size=5))
    correct = draw(st.integers(0, len(options) - 1))
    difficulty = draw(st.none() | st.integers(-30, 30).map(lambda tenths: tenths / 10))
    return {
        "id": draw(local_ids),
        "type": "single_choice",
        "skill": draw(local_ids),
        "prompt": draw(values),
        "hints": draw(st.lists(values, max_size=3)),
        "solution": draw(st.none() | values),
        "difficulty": difficulty,
        "media": [],
        "line": 1,
        "choices": [
            {"text": text, "correct": index == correct, "feedback": feedback}
            for index, (text, feedback) in enumerate(options)
        ],
    }


def write_single(item: dict[str, Any]) -> str:
    lines = [f"=== {item['id']}", "type: single", f"skill: {item['skill']}"]
    lines.append(f"prompt: {item['prompt']}")
    if item["difficulty"] is not None:
        lines.append(f"difficulty: {item['difficulty']}")
    for choice in item["choices"]:
        lines.append(("* " if choice["correct"] else "- ") + choice["text"])
        if choice["feedback"] is not None:
            lines.append(f"  > {choice['feedback']}")
    lines += [f"hint: {hint}" for hint in item["hints"]]
    if item["solution"] is not None:
        lines.append(f"solution: {item['solution']}")
    return "\n".join(lines) + "\n"


@settings(max_examples=200, deadline=None)
@given(single_choice_items())
def test_a_valid_single_choice_item_round_trips(item: dict[str, Any]) -> None:
    assert parse(write_single(item)) == [item]
