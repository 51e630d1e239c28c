"""Fields of the item text format (docs/pack-format.md): tables, value parsers, and the checks
and canonical values of each item type. item_text splits a file into entries and calls these.

Every parser either returns a value or raises ValueError whose message says, for a content author,
what is wrong and what to write instead; none raises anything else, whatever the input. The type
builders report problems through a callback instead, and never raise.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

Report = Callable[[int, str], None]  # (line, message): records one problem

# Type names as written in items files, and the canonical names items carry once parsed.
TYPE_NAMES: dict[str, str] = {
    "single": "single_choice",
    "multiple": "multiple_choice",
    "numeric": "numeric",
    "text": "short_text",
    "order": "ordering",
    "match": "matching",
    "gaps": "fill_gaps",
    "extended": "extended_text",
}
COMMON_FIELDS = ("type", "skill", "prompt", "hint", "solution", "image", "audio", "difficulty")
TYPE_FIELDS: dict[str, tuple[str, ...]] = {
    "single": (),
    "multiple": (),
    "numeric": ("answer", "tolerance", "simplest", "wrong"),
    "text": ("answer", "case", "wrong"),
    "order": (),
    "match": ("pair",),
    "gaps": ("gap", "wrong"),
    "extended": (),
}
ALL_FIELDS = frozenset(COMMON_FIELDS).union(*TYPE_FIELDS.values())
# Fields an item may have at most once; numeric items also take a single "answer:".
ONCE_FIELDS = frozenset(
    {"type", "skill", "prompt", "solution", "difficulty", "tolerance", "simplest", "case"}
)
# Fields whose text may go on over indented lines; every other field's value is one line.
MULTILINE_FIELDS = frozenset({"prompt", "hint", "solution", "wrong"})
# Types that take option lines ("* " correct, "- " wrong); "order" takes "* " lines only.
OPTION_TYPES = frozenset({"single", "multiple", "order"})

ITEM_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,99}", re.ASCII)  # item and skill ids
MEDIA_PART = re.compile(r"[A-Za-z0-9_.-]+", re.ASCII)
MAX_MEDIA_PATH_LENGTH = 255
GAP_MARKER = re.compile(r"\[\[([0-9]{1,9})\]\]", re.ASCII)
MAX_NUMBER_LENGTH = 100
_GAP_WRONG = re.compile(r"(?P<gap>[0-9]{1,9}) *:(?P<response>.*)", re.ASCII)

_NUMBER = re.compile(
    r"""(?P<sign>[+-]?)(?:
        (?P<int>[0-9]+)(?:\.(?P<frac>[0-9]*))?
      | \.(?P<frac_only>[0-9]+)
      | (?:(?P<whole>[0-9]+)\ +)?(?P<num>[0-9]+)\ */\ *(?P<den>[0-9]+)
    )""",
    re.VERBOSE | re.ASCII,
)


def parse_number(text: str) -> Fraction:
    """The exact value of a number as an author or a learner writes it.

    Accepts, after trimming: integers (`-3`, `+3`), decimals (`0.5`, `.5`, `5.`), fractions
    (`1/2`, `-3/4`, spaces allowed around `/`) and mixed numbers (`2 1/4` = 9/4, `-2 1/4` = -9/4;
    the fraction part must be proper: 0 < top < bottom). ASCII digits only, no exponents, no
    decimal commas, at most MAX_NUMBER_LENGTH characters. Raises ValueError otherwise, including
    for a zero denominator (`1/0`).
    """
    stripped = text.strip()
    if len(stripped) > MAX_NUMBER_LENGTH:
        raise ValueError(f"a number has at most {MAX_NUMBER_LENGTH} characters")
    match = _NUMBER.fullmatch(stripped)
    if match is None:
        raise ValueError(f'"{stripped}" is not a number: write e.g. 0.5, -3, 1/2 or 2 1/4')
    sign = -1 if match["sign"] == "-" else 1
    if match["den"] is not None:
        numerator, denominator = int(match["num"]), int(match["den"])
        if denominator == 0:
            raise ValueError(f'"{stripped}" divides by zero')
        value = Fraction(numerator, denominator)
        if match["whole"] is not None:
            if not 0 < numerator < denominator:
                raise ValueError(
                    f'in the mixed number "{stripped}" the fraction must be less than 1, '
                    f"e.g. 2 1/4; or write it as one fraction, e.g. 9/4"
                )
            value += int(match["whole"])
        return sign * value
    digits = match["frac"] if match["int"] is not None else match["frac_only"]
    value = Fraction(int(match["int"] or "0"))
    if digits:
        value += Fraction(int(digits), 10 ** len(digits))
    return sign * value


def parse_difficulty(text: str) -> float:
    """A difficulty: any number parse_number accepts, from -3 to 3 inclusive."""
    try:
        value = parse_number(text)
    except ValueError:
        value = None
    if value is None or not -3 <= value <= 3:
        raise ValueError(f'difficulty must be a number from -3 (easy) to 3 (hard), not "{text}"')
    return float(value)


def parse_tolerance(text: str) -> float:
    """An absolute tolerance: any number parse_number accepts that is zero or more."""
    try:
        value = parse_number(text)
        if value >= 0:
            return float(value)
    except (ValueError, OverflowError):
        pass
    raise ValueError(f'tolerance must be a number of 0 or more, e.g. 0.01, not "{text}"')


def parse_switch(key: str, text: str, choices: dict[str, bool]) -> bool:
    """The boolean a word stands for, e.g. yes/no; the words are exact and lower case."""
    if text in choices:
        return choices[text]
    words = " or ".join(f'"{key}: {word}"' for word in choices)
    raise ValueError(f'write {words}, not "{key}: {text}"')


def check_media_path(path: str) -> str:
    """Return path unchanged if it names a file inside the pack's media folder.

    The path must start with `media/`, use `/` (no backslash), and have no empty, `.` or `..`
    parts, so it can never point outside the media folder, on any system. Like the pack
    manifest's schema, each part uses only ASCII letters, digits, `.`, `-` and `_`, and the whole
    path has at most MAX_MEDIA_PATH_LENGTH characters.
    """
    if "\\" in path:
        raise ValueError(f'media paths use "/", not "\\": "{path}"')
    if path.startswith("/"):
        raise ValueError(f'media paths are relative to the pack, e.g. "media/pizza.png": "{path}"')
    if not path.startswith("media/"):
        raise ValueError(f'media files are in the media folder: write "media/...", not "{path}"')
    if any(part in ("", ".", "..") for part in path.split("/")[1:]):
        raise ValueError(f'media paths may not have empty, "." or ".." parts: "{path}"')
    if not all(MEDIA_PART.fullmatch(part) for part in path.split("/")):
        raise ValueError(
            f'media file and folder names use only letters A-Z a-z, digits, ".", "-" and "_" '
            f'(no spaces): "{path}"'
        )
    if len(path) > MAX_MEDIA_PATH_LENGTH:
        raise ValueError(f"media paths have at most {MAX_MEDIA_PATH_LENGTH} characters")
    return path


def suggestion(word: str, known: list[str]) -> str:
    """' (did you mean "x"?)' for the known word closest to word, or "" if none is close."""
    close = difflib.get_close_matches(word.lower(), known, n=1)
    return f' (did you mean "{close[0]}"?)' if close else ""


@dataclass
class Entry:
    """One field ("key: value") or option line ("* " / "- ") of an item, with its continuations."""

    key: str  # the field name ("gap" for "gap n:"), or "*" / "-" for an option
    text: str
    line: int
    gap: int = 0  # n of "gap n:"
    feedback: str | None = None  # an option's "> " line
    feedback_line: int = 0
    ok: bool = True  # False once a problem with this entry has been reported

    @property
    def is_option(self) -> bool:
        return self.key in ("*", "-")


@dataclass
class Item:
    """The lines of one item: its "=== id" header and its entries in the order written."""

    id: str
    line: int
    entries: list[Entry] = field(default_factory=list)


@dataclass
class Parts:
    """One item's entries by field, and its options; `kind` is its type as written, once known."""

    item: Item
    kind: str = ""
    fields: dict[str, list[Entry]] = field(default_factory=dict)
    options: list[Entry] = field(default_factory=list)

    def every(self, key: str, *, valid: bool = True) -> list[Entry]:
        """The entries of a field, only those without a reported problem unless valid=False."""
        return [entry for entry in self.fields.get(key, []) if entry.ok or not valid]

    def first(self, key: str) -> Entry | None:
        """The field's first entry if it has no reported problem (a field given once)."""
        entries = self.fields.get(key, [])
        return entries[0] if entries and entries[0].ok else None


def _split_wrong(entry: Entry, report: Report, example: str) -> tuple[str, str] | None:
    response, separator, feedback = entry.text.partition(" > ")
    response, feedback = response.strip(), feedback.strip()
    if not separator or not response or not feedback:
        report(entry.line, f'write "wrong: {example} > <feedback>", with spaces around ">"')
        return None
    if "\n" in response:
        report(entry.line, 'the answer in "wrong:" (before " > ") must fit on one line')
        return None
    return response, feedback


def _choices(parts: Parts, report: Report) -> dict[str, Any]:
    options, kind, line = parts.options, parts.kind, parts.item.line
    correct = [option.line for option in options if option.key == "*"]
    if len(options) < 2:
        report(line, f'{kind} items need at least two options: "* " for correct, "- " for wrong')
    if options and kind == "single" and not correct:
        report(line, 'single items need one correct option: start it with "* "')
    elif kind == "single" and len(correct) > 1:
        lines = ", ".join(map(str, correct))
        report(
            correct[1],
            f'single items have one correct option, but lines {lines} start with "* "'
            '; mark wrong options "- ", or write "type: multiple"',
        )
    if options and kind == "multiple" and not correct:
        report(line, 'multiple items need at least one correct option: start it with "* "')
    return {
        "choices": [
            {"text": option.text, "correct": option.key == "*", "feedback": option.feedback}
            for option in options
        ]
    }


def _numeric(parts: Parts, report: Report) -> dict[str, Any]:
    answer = parts.first("answer")
    if answer is not None:
        try:
            parse_number(answer.text)
        except ValueError as error:
            report(answer.line, f"answer: {error}")
    elif not parts.every("answer", valid=False):
        report(parts.item.line, 'missing "answer:": numeric items need one, e.g. "answer: 1/2"')
    tolerance, simplest = 0.0, False
    if (entry := parts.first("tolerance")) is not None:
        try:
            tolerance = parse_tolerance(entry.text)
        except ValueError as error:
            report(entry.line, str(error))
    if (entry := parts.first("simplest")) is not None:
        try:
            simplest = parse_switch("simplest", entry.text, {"yes": True, "no": False})
        except ValueError as error:
            report(entry.line, str(error))
    misconceptions = []
    for entry in parts.every("wrong"):
        if (split := _split_wrong(entry, report, "<number>")) is not None:
            try:
                parse_number(split[0])
            except ValueError as error:
                report(entry.line, f"wrong: {error}")
            misconceptions.append({"response": split[0], "feedback": split[1]})
    value = answer.text if answer else ""
    return {
        "answer": {"value": value, "tolerance": tolerance, "simplest_form": simplest},
        "misconceptions": misconceptions,
    }


def _short_text(parts: Parts, report: Report) -> dict[str, Any]:
    if not parts.every("answer", valid=False):
        report(parts.item.line, 'missing "answer:": text items need at least one accepted answer')
    case_sensitive = False
    if (entry := parts.first("case")) is not None:
        try:
            choices = {"sensitive": True, "insensitive": False}
            case_sensitive = parse_switch("case", entry.text, choices)
        except ValueError as error:
            report(entry.line, str(error))
    misconceptions = []
    for entry in parts.every("wrong"):
        if (split := _split_wrong(entry, report, "<answer>")) is not None:
            misconceptions.append({"response": split[0], "feedback": split[1]})
    return {
        "accepted": [entry.text for entry in parts.every("answer")],
        "case_sensitive": case_sensitive,
        "misconceptions": misconceptions,
    }


def _ordering(parts: Parts, report: Report) -> dict[str, Any]:
    for option in parts.options:
        if option.key == "-":
            report(option.line, 'order items list every step with "* ", in the correct order')
        if option.feedback is not None:
            report(option.feedback_line, 'order steps take no "> " feedback')
    if len(parts.options) < 2:
        report(parts.item.line, 'order items need at least two "* " lines, in the correct order')
    return {"order": [option.text for option in parts.options]}


def _matching(parts: Parts, report: Report) -> dict[str, Any]:
    pairs = []
    for entry in parts.every("pair"):
        left, separator, right = entry.text.partition(" = ")
        if separator and left.strip() and right.strip():
            pairs.append({"left": left.strip(), "right": right.strip()})
        else:
            report(entry.line, 'write "pair: <left> = <right>", with spaces around "="')
    if len(parts.every("pair", valid=False)) < 2:
        report(parts.item.line, 'match items need at least two "pair: <left> = <right>" lines')
    return {"pairs": pairs}


def _fill_gaps(parts: Parts, report: Report) -> dict[str, Any]:
    gaps: dict[int, list[str]] = {}
    for entry in parts.every("gap"):
        accepted = [answer.strip() for answer in entry.text.split("|")]
        if all(accepted):
            gaps[entry.gap] = accepted
        else:
            report(entry.line, f'empty answer in "gap {entry.gap}:": write "a | b", nothing empty')
    prompt = parts.first("prompt")
    if prompt is not None:
        _check_gap_numbers(parts, prompt, report)
    misconceptions = []
    for entry in parts.every("wrong"):
        if (split := _split_wrong(entry, report, "<gap number>: <answer>")) is None:
            continue
        match = _GAP_WRONG.fullmatch(split[0])
        if match is None or not match["response"].strip():
            report(entry.line, 'write "wrong: <gap number>: <answer> > <feedback>"')
        elif (number := int(match["gap"])) not in {gap.gap for gap in parts.fields.get("gap", [])}:
            report(entry.line, f'"wrong:" names gap {number}, but there is no "gap {number}:"')
        else:
            misconceptions.append(
                {"gap": number, "response": match["response"].strip(), "feedback": split[1]}
            )
    return {
        "gaps": [{"accepted": gaps[number]} for number in sorted(gaps)],
        "misconceptions": misconceptions,
    }


def _check_gap_numbers(parts: Parts, prompt: Entry, report: Report) -> None:
    """Gaps [[1]]..[[N]] each once in the prompt, each with exactly one "gap n:" line."""
    marked = Counter(int(match[1]) for match in GAP_MARKER.finditer(prompt.text))
    if not marked:
        report(prompt.line, "gaps items mark each gap in the prompt: [[1]], [[2]], …")
    for number, count in sorted(marked.items()):
        if count > 1:
            report(prompt.line, f"[[{number}]] appears {count} times in the prompt; mark it once")
    if 0 in marked:
        report(prompt.line, "gaps are numbered from 1: [[1]], [[2]], …; there is no [[0]]")
    # The first hole is found within len(marked) + 1 steps, however large the numbers.
    hole = next((n for n in range(1, max(marked, default=0)) if n not in marked), None)
    if hole is not None:
        report(prompt.line, f"number the gaps [[1]], [[2]], … without holes: [[{hole}]] is missing")
    lines = {entry.gap: entry for entry in parts.every("gap", valid=False)}
    for number in sorted(set(marked) - set(lines) - {0}):
        report(prompt.line, f'[[{number}]] has no "gap {number}:" line with its answers')
    for number in sorted(set(lines) - set(marked)):
        report(lines[number].line, f'"gap {number}:" has no [[{number}]] in the prompt')


def _extended(parts: Parts, report: Report) -> dict[str, Any]:
    return {}


TYPE_BUILDERS: dict[str, Callable[[Parts, Report], dict[str, Any]]] = {
    "single": _choices,
    "multiple": _choices,
    "numeric": _numeric,
    "text": _short_text,
    "order": _ordering,
    "match": _matching,
    "gaps": _fill_gaps,
    "extended": _extended,
}
