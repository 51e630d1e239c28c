"""The item text format (docs/pack-format.md, "Item text format"): items files to canonical items.

Guarantees of parse_items, for any str:
* it returns a list of items or raises ItemTextErrors; never any other exception;
* it raises if and only if the file has a problem, and then reports every problem it can find,
  sorted by line, each naming the file as given and a 1-based line of the file;
* each item is a JSON-ready dict (str, bool, int, float, None, lists and dicts only) in the
  canonical form, with keys in a fixed order (see parse_items), in the order of the file.
Values are validated for form only: a numeric answer is checked to be a number, never to be right.
"""

from __future__ import annotations

import re
from typing import Any

from tutor.content.item_fields import (
    ALL_FIELDS,
    COMMON_FIELDS,
    ITEM_ID,
    MULTILINE_FIELDS,
    ONCE_FIELDS,
    OPTION_TYPES,
    TYPE_BUILDERS,
    TYPE_FIELDS,
    TYPE_NAMES,
    Entry,
    Item,
    Parts,
    Report,
    check_media_path,
    parse_difficulty,
    parse_number,
    suggestion,
)
from tutor.media_types import AUDIO_SUFFIXES, is_recording

__all__ = ["ItemTextError", "ItemTextErrors", "parse_items", "parse_number"]


class ItemTextError(ValueError):
    """One problem in an items file. str() is "path:line: message", the form editors jump to."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(path, line, message)
        self.path = path  # the file name as given to parse_items
        self.line = line  # 1-based
        self.message = message  # what is wrong and what to write instead

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"

    def __repr__(self) -> str:
        return f"ItemTextError({self.path!r}, {self.line!r}, {self.message!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ItemTextError):
            return NotImplemented
        return (self.path, self.line, self.message) == (other.path, other.line, other.message)

    def __hash__(self) -> int:
        return hash((self.path, self.line, self.message))


class ItemTextErrors(ValueError):  # noqa: N818 (the name other modules use)
    """Every problem found in one items file (at least one), sorted by line; str() is one a line."""

    def __init__(self, errors: list[ItemTextError]) -> None:
        super().__init__(errors)
        self.errors = errors

    def __str__(self) -> str:
        return "\n".join(str(error) for error in self.errors)


def parse_items(text: str, path: str) -> list[dict[str, Any]]:
    """Parse one items file (its text, and its name for messages) into canonical items.

    Each item: id, type, skill, prompt, hints, solution, difficulty, media, line (of its "==="
    header), then by type: choices (single_choice, multiple_choice); answer and misconceptions
    (numeric); accepted, case_sensitive and misconceptions (short_text); order (ordering); pairs
    (matching); gaps and misconceptions (fill_gaps); nothing more for extended_text.

    Raises ItemTextErrors listing every problem found; a file without any item is a problem.
    """
    errors: list[ItemTextError] = []

    def report(line: int, message: str) -> None:
        errors.append(ItemTextError(path, line, message))

    items = _Scanner(report).scan(text)
    built = [_build(item, report) for item in items]
    if not items and not errors:
        report(1, 'no items: start each item with a line "=== <item-id>"')
    if errors:
        raise ItemTextErrors(sorted(errors, key=lambda error: error.line))
    return [item for item in built if item is not None]


# Linear-time: no two repetitions here can match the same characters.
_FIELD = re.compile(r"(?P<key>[A-Za-z][A-Za-z0-9_-]*(?: +[0-9]+)?) *:(?P<value>.*)", re.ASCII)
_GAP_KEY = re.compile(r"gap *(?P<number>[0-9]{1,9})", re.ASCII)
_OPTION_LIKE = re.compile(r"[*+•-]|[0-9]+[.)]")


class _Scanner:
    """Splits an items file into items and entries, reporting problems of layout.

    A line is blank, a comment ("#" first), a header ("==="), indented (a continuation or an
    option's "> " feedback), an option ("* " / "- ") or a field ("key: value"). After a line with a
    problem, its continuation lines go to a throwaway entry, so one mistake is reported once.
    Continuation lines are collected and joined once, so time is linear in the size of the text.
    """

    def __init__(self, report: Report) -> None:
        self.report = report
        self.items: list[Item] = []
        self.ids: dict[str, int] = {}  # item id -> line of its header
        self.last: Entry | None = None  # what an indented line continues; None right after "==="
        self.in_feedback = False  # continuation lines go to self.last's feedback
        self.run: list[str] = []  # continuation lines not yet joined onto self.last
        self.run_indent = 0  # indentation of the run's first line, removed from each line

    def scan(self, text: str) -> list[Item]:
        for number, raw in enumerate(text.removeprefix("\ufeff").split("\n"), start=1):
            line = raw.rstrip()
            if not line or line.startswith("#"):
                continue
            if line[0] in " \t":
                self.indented(number, line)
                continue
            self.flush()
            previous, self.last = self.last, Entry("", "", number)  # throwaway unless replaced
            self.in_feedback = False
            if line.startswith("==="):
                self.header(number, line[3:].strip())
            elif not self.items:
                self.report(number, 'this line is outside any item: start with "=== <item-id>"')
            elif line[:2] in ("* ", "- ") or line in ("*", "-"):
                self.add(Entry(line[0], line[1:].strip(), number))
            elif line.startswith(">"):
                if previous is not None and previous.is_option:
                    self.report(number, 'indent "> " feedback by two spaces, under its option')
                else:
                    self.report(number, '"> " feedback goes right under an option ("* " or "- ")')
            else:
                self.field(number, line)
        self.flush()
        return self.items

    def flush(self) -> None:
        """Join the pending continuation lines onto the text (or feedback) they continue."""
        if self.run and self.last is not None:
            last, text = self.last, "\n".join(self.run)
            if self.in_feedback:
                last.feedback = f"{last.feedback}\n{text}" if last.feedback else text
            else:
                last.text = f"{last.text}\n{text}" if last.text else text
        self.run = []

    def add(self, entry: Entry) -> None:
        self.items[-1].entries.append(entry)
        self.last = entry

    def header(self, number: int, item_id: str) -> None:
        self.items.append(Item(item_id, number))
        self.last = None
        if not item_id:
            self.report(number, 'write the item id after "===", e.g. "=== halves-1"')
        elif ITEM_ID.fullmatch(item_id.lower()) and item_id != item_id.lower():
            self.report(number, f'item ids are lower case: write "=== {item_id.lower()}"')
        elif not ITEM_ID.fullmatch(item_id):
            self.report(
                number,
                f'item id "{item_id}" may use only lower-case letters, digits, "-" and "_", '
                "start with a letter or digit, and have at most 100 characters",
            )
        elif item_id in self.ids:
            self.report(number, f'item id "{item_id}" is already used on line {self.ids[item_id]}')
        else:
            self.ids[item_id] = number

    def field(self, number: int, line: str) -> None:
        match = _FIELD.fullmatch(line)
        if match is None:
            if _OPTION_LIKE.match(line):
                self.report(number, 'option lines need "* " or "- " (a star or dash, then a space)')
            else:
                self.report(
                    number, 'write "key: value"; to continue the line above, indent it 2 spaces'
                )
            return
        key, value = match["key"].rstrip(), match["value"].strip()
        if gap := _GAP_KEY.fullmatch(key):
            self.add(Entry("gap", value, number, gap=int(gap["number"])))
        elif key in ALL_FIELDS and key != "gap":
            self.add(Entry(key, value, number))
        elif key == "gap":
            self.report(number, 'write the gap number: "gap 1: <answer> | <other answer>"')
        elif key.lower() in ALL_FIELDS:
            self.report(number, f'field names are lower case: write "{key.lower()}:"')
        else:
            hint = suggestion(key, sorted(ALL_FIELDS))
            self.report(
                number,
                f'unknown field "{key}:"{hint}; fields are {", ".join(sorted(ALL_FIELDS))}; '
                "to continue the line above, indent this line by two spaces",
            )

    def indented(self, number: int, line: str) -> None:
        content = line.lstrip(" ")
        indent = len(line) - len(content)
        feedback = content == ">" or content.startswith("> ")
        if indent >= 2 and content[0] != "\t" and not feedback and self.last is not None:
            self.run_indent = self.run_indent if self.run else indent
            self.run.append(line[min(indent, self.run_indent) :])
            return
        self.flush()
        last, self.last = self.last, Entry("", "", number)  # throwaway unless restored
        if content[0] == "\t":
            self.report(number, "indent with spaces, not tabs")
        elif indent < 2:
            self.report(number, "indent continuation lines by at least two spaces")
        elif not self.items:
            self.report(number, 'this line is outside any item: start with "=== <item-id>"')
        elif feedback:
            self.feedback(number, content[1:].strip(), last)
        else:
            self.report(number, "nothing to continue: indented lines go on a field or option")

    def feedback(self, number: int, text: str, last: Entry | None) -> None:
        if last is None or not last.is_option:
            self.report(number, '"> " feedback goes right under an option ("* " or "- ")')
        elif last.feedback is not None:
            self.report(number, 'an option has one "> " line; continue it on indented lines')
        else:
            last.feedback, last.feedback_line = text, number
            self.last, self.in_feedback = last, True


def _build(item: Item, report: Report) -> dict[str, Any] | None:
    """The canonical item, or None if its type is missing or unknown (reported)."""
    parts = Parts(item)
    for entry in item.entries:
        target = parts.options if entry.is_option else parts.fields.setdefault(entry.key, [])
        target.append(entry)
    for entry in item.entries:
        _check_shape(entry, report)
    for key in ("type", "skill", "prompt"):
        if key not in parts.fields:
            known = f" (one of {', '.join(TYPE_NAMES)})" if key == "type" else ""
            report(item.line, f'missing "{key}:"{known}')
    type_entry = parts.first("type")
    if type_entry is not None and type_entry.text not in TYPE_NAMES:
        hint = suggestion(type_entry.text, list(TYPE_NAMES))
        report(
            type_entry.line,
            f'unknown type "{type_entry.text}"{hint}: write one of ' + ", ".join(TYPE_NAMES),
        )
    elif type_entry is not None:
        parts.kind = type_entry.text
    _check_repeats(parts, report)
    if parts.kind:
        _check_applicable(parts, report)
    common = _common(parts, report)
    if not parts.kind:
        return None
    return common | TYPE_BUILDERS[parts.kind](parts, report)


def _check_shape(entry: Entry, report: Report) -> None:
    """Empty values, and line breaks in one-line fields; marks the entry not ok."""
    if entry.is_option:
        if not entry.text:
            report(entry.line, 'empty option: write its text after "* " or "- "')
            entry.ok = False
        if entry.feedback == "":
            report(entry.feedback_line, 'empty feedback: write it after "> "')
            entry.ok = False
        return
    key = f"gap {entry.gap}" if entry.key == "gap" else entry.key
    if not entry.text:
        report(entry.line, f'empty value: write something after "{key}:"')
        entry.ok = False
    elif "\n" in entry.text and entry.key not in MULTILINE_FIELDS:
        report(entry.line, f'"{key}:" takes one line; only prompt, hint, solution and wrong go on')
        entry.ok = False


def _check_repeats(parts: Parts, report: Report) -> None:
    once = ONCE_FIELDS | ({"answer"} if parts.kind == "numeric" else set())
    for key, entries in parts.fields.items():
        if key in once:
            for entry in entries[1:]:
                report(
                    entry.line, f'"{key}:" may appear once; it is already on line {entries[0].line}'
                )
                entry.ok = False
    seen: dict[int, int] = {}
    for entry in parts.fields.get("gap", []):
        if entry.gap in seen:
            report(
                entry.line,
                f'"gap {entry.gap}:" appears twice; it is already on line {seen[entry.gap]}',
            )
            entry.ok = False
        seen.setdefault(entry.gap, entry.line)


def _check_applicable(parts: Parts, report: Report) -> None:
    kind, allowed = parts.kind, set(COMMON_FIELDS) | set(TYPE_FIELDS[parts.kind])
    for key, entries in parts.fields.items():
        if key in allowed:
            continue
        users = [name for name, keys in TYPE_FIELDS.items() if key in keys]
        message = f'"{key}:" is for {" and ".join(users)} items, not {kind} items'
        if key == "wrong" and kind in ("single", "multiple"):
            message = f'{kind} items take no "wrong:": write "> feedback" indented under the option'
        for entry in entries:
            report(entry.line, message)
            entry.ok = False
    if kind not in OPTION_TYPES:
        for entry in parts.options:
            report(entry.line, f'{kind} items take no option lines ("* " or "- ")')
            entry.ok = False


def _common(parts: Parts, report: Report) -> dict[str, Any]:
    skill = parts.first("skill")
    if skill is not None and not ITEM_ID.fullmatch(skill.text):
        report(
            skill.line, 'skill ids use lower-case letters, digits, "-" and "_" (as in skills.toml)'
        )
    difficulty: float | None = None
    entry = parts.first("difficulty")
    if entry is not None:
        try:
            difficulty = parse_difficulty(entry.text)
        except ValueError as error:
            report(entry.line, str(error))
    media: list[dict[str, str]] = []
    for entry in parts.item.entries:
        if entry.key in ("image", "audio") and entry.ok:
            try:
                path = check_media_path(entry.text)
            except ValueError as error:
                report(entry.line, str(error))
                continue
            if entry.key == "audio" and not is_recording(path):
                kinds = ", ".join(AUDIO_SUFFIXES)
                report(entry.line, f"a recording is a {kinds} file, not {path}")
                continue
            media.append({"kind": entry.key, "path": path})
    solution, prompt = parts.first("solution"), parts.first("prompt")
    return {
        "id": parts.item.id,
        "type": TYPE_NAMES.get(parts.kind, ""),
        "skill": skill.text if skill else "",
        "prompt": prompt.text if prompt else "",
        "hints": [entry.text for entry in parts.every("hint")],
        "solution": solution.text if solution else None,
        "difficulty": difficulty,
        "media": media,
        "line": parts.item.line,
    }
