"""Read a class roster from a CSV file as spreadsheets write it.

Accepted: UTF-8 with or without a byte-order mark (Excel's "CSV UTF-8"), or Windows-1252 when the
file is not UTF-8 (Excel's plain "CSV" on Windows); comma, semicolon (Excel in French, German…)
or tab between fields. The first row is a header naming the columns, in any order and any case:

* ``name`` (required): the learner's name as shown on the profile picker;
* ``group`` (optional): a group inside the class, made if it does not exist yet;
* ``pin`` (optional): a 4–6 digit PIN;
* ``language`` (optional): a UI language code such as ``en`` or ``fr``.

Guarantee: :func:`read_roster` never raises for bad content; it returns the good rows and one
:class:`RosterProblem` per bad row (with its line number, as a spreadsheet numbers it), so a
teacher can fix them all at once. Nothing is stored here.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from tutor.learner_secrets import PIN_MAX_LENGTH, PIN_MIN_LENGTH
from tutor.records import name_key

MAX_ROSTER_BYTES = 2 * 1024 * 1024
MAX_NAME_LENGTH = 100
KNOWN_COLUMNS = ("name", "group", "pin", "language")
COLUMN_ALIASES = {
    "learner": "name",
    "student": "name",
    "nom": "name",
    "groupe": "group",
    "langue": "language",
    "lang": "language",
}


@dataclass(frozen=True)
class RosterRow:
    line: int
    name: str
    group: str = ""
    pin: str = ""
    language: str = ""


@dataclass(frozen=True)
class RosterProblem:
    line: int  # 0: the file as a whole
    message: str


@dataclass(frozen=True)
class Roster:
    rows: list[RosterRow] = field(default_factory=list)
    problems: list[RosterProblem] = field(default_factory=list)


def decode_roster(data: bytes) -> str:
    """The file's text: UTF-8 (a byte-order mark dropped) or else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    sample = text[:4096]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        return csv.excel


def read_roster(data: bytes, existing_names: set[str] | None = None) -> Roster:
    """The roster's rows and every problem found. `existing_names` (name_key() of learners already
    in the class) makes a name that is already there a problem too."""
    if len(data) > MAX_ROSTER_BYTES:
        return Roster(problems=[RosterProblem(0, "The file is larger than 2 MB; is it a roster?")])
    text = decode_roster(data)
    if not text.strip():
        return Roster(problems=[RosterProblem(0, "The file is empty.")])
    reader = csv.reader(io.StringIO(text, newline=""), _dialect(text))
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        return Roster(problems=[RosterProblem(0, "The file is not a CSV table.")])
    columns = [
        COLUMN_ALIASES.get(cell.strip().casefold(), cell.strip().casefold()) for cell in header
    ]
    if "name" not in columns:
        return Roster(
            problems=[
                RosterProblem(
                    1,
                    'The first row must name the columns, with one called "name" '
                    "(optional: group, pin, language).",
                )
            ]
        )
    rows: list[RosterRow] = []
    problems: list[RosterProblem] = []
    seen: dict[str, int] = {}
    taken = existing_names or set()
    try:
        for cells in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            values = {
                column: (cells[index].strip() if index < len(cells) else "")
                for index, column in enumerate(columns)
                if column in KNOWN_COLUMNS
            }
            row_problems = _row_problems(values, line, seen, taken)
            if row_problems:
                problems.extend(row_problems)
                continue
            seen[name_key(values["name"])] = line
            rows.append(
                RosterRow(
                    line=line,
                    name=values["name"],
                    group=values.get("group", ""),
                    pin=values.get("pin", ""),
                    language=values.get("language", "").lower(),
                )
            )
    except csv.Error as error:
        problems.append(RosterProblem(reader.line_num, f"The file cannot be read here: {error}."))
    return Roster(rows, problems)


def _row_problems(
    values: dict[str, str], line: int, seen: dict[str, int], taken: set[str]
) -> list[RosterProblem]:
    found: list[RosterProblem] = []
    name = values.get("name", "")
    if not name:
        found.append(RosterProblem(line, "The name is empty."))
    elif len(name) > MAX_NAME_LENGTH:
        found.append(RosterProblem(line, f"The name is longer than {MAX_NAME_LENGTH} characters."))
    elif name_key(name) in seen:
        found.append(RosterProblem(line, f"{name!r} is already on line {seen[name_key(name)]}."))
    elif name_key(name) in taken:
        found.append(RosterProblem(line, f"{name!r} is already in this class."))
    pin = values.get("pin", "")
    if pin and not (pin.isdigit() and PIN_MIN_LENGTH <= len(pin) <= PIN_MAX_LENGTH):
        found.append(
            RosterProblem(line, f"The PIN must be {PIN_MIN_LENGTH} to {PIN_MAX_LENGTH} digits.")
        )
    language = values.get("language", "")
    if language and not (2 <= len(language) <= 10 and language.replace("_", "").isalpha()):
        found.append(RosterProblem(line, f"{language!r} is not a language code such as en or fr."))
    if len(values.get("group", "")) > MAX_NAME_LENGTH:
        found.append(RosterProblem(line, f"The group is longer than {MAX_NAME_LENGTH} characters."))
    return found
