"""A class's results as spreadsheet files: the gradebook and the log of every answer (CSV).

Guarantees, for both files:

* they open correctly in Excel and LibreOffice: UTF-8 with a byte-order mark (so Excel reads
  accents), the csv module's ``excel`` dialect (comma separator, CRLF line ends, quotes only
  where needed), numbers written as plain numbers (a point as decimal mark, no thousands mark);
* no text cell can run as a formula: text that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
  carriage return gets a leading apostrophe (learner names and answers are typed by students);
* a reader sees either the old file or the whole new one: the file is written to a temporary
  name beside it, flushed to disk and renamed last; on any failure the temporary file is
  removed and :class:`ExportError` says, in words, what went wrong and what to do;
* read-only: nothing in the database changes. The learners are the class's active (not
  archived) learners, as on the dashboard grid; figures are read at the moment of the call.

Callers must not pass a path inside Tutor's data folder (nothing here stops them).
"""

from __future__ import annotations

import contextlib
import csv
import errno
import json
import os
import secrets
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Integer, cast, func, select

from tutor.fsutil import commit_temporary
from tutor.storage.models import AttemptEvent
from tutor.teaching.dashboard import ClassGrid, answer_text
from tutor.teaching.records import TeachingError

if TYPE_CHECKING:
    from tutor.storage.engine import Database
    from tutor.teaching.services import Teaching

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"
TEMP_MARK = ".tmp-"  # temporary files are named <final name>.tmp-<random hex>
STATUS_WORDS = {
    "mastered": "mastered",
    "review_due": "review due",
    "learning": "learning",
    "struggling": "struggling",
    "not_started": "not started",
}
Cell = str | int | float


class ExportError(TeachingError):
    """A file could not be written; the message says why and what to do. No file was left
    behind (an older file of the same name is untouched). The OSError is the __cause__."""


def safe_text(value: str) -> str:
    """`value` as a spreadsheet shows it, never as a formula it would run."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def failure_kind(error: OSError) -> str:
    """Which of the usual ways a write to a folder fails this is: "disk_full", "read_only",
    "gone" (folder or drive not there), "drive" (I/O error: often a pulled stick), "long_name",
    or "other". The UI words each kind in the user's language."""
    code = error.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "disk_full"
    if isinstance(error, PermissionError) or code == errno.EROFS:
        return "read_only"
    if isinstance(error, FileNotFoundError) or code in (errno.ENODEV, errno.ENXIO):
        return "gone"
    if code == errno.EIO:
        return "drive"
    if code == errno.ENAMETOOLONG:
        return "long_name"
    return "other"


REASONS = {
    "disk_full": "the disk is full. Free some space or choose another drive.",
    "read_only": "the drive or folder is read-only. Choose another folder.",
    "gone": "the folder is gone (USB stick removed?). Choose it again.",
    "drive": "the drive stopped answering (removed?). Plug it back in.",
    "long_name": "the file name is too long. Choose a shorter name.",
}


def failure_reason(error: OSError) -> str:
    """What went wrong with a file write and what to do, in a phrase (English)."""
    reason = REASONS.get(failure_kind(error))
    return reason or f"{error.strerror or error}. Try again, or choose another folder."


@contextlib.contextmanager
def atomic_export(destination: Path, what: str) -> Iterator[Path]:
    """Yield a temporary path beside `destination` to write; on success it is flushed to disk
    and renamed over `destination`. On an OSError the temporary file is removed and
    :class:`ExportError` ("Could not write the <what> to <folder>: <reason>") is raised; on any
    other exception the temporary file is removed and the exception passes through.

    The temporary name is random, so two exports to the same destination at once never share a
    temporary file (the last rename wins)."""
    destination = Path(destination)
    temporary = destination.with_name(f"{destination.name}{TEMP_MARK}{secrets.token_hex(6)}")
    try:
        yield temporary
        commit_temporary(temporary, destination)
    except OSError as error:
        _discard(temporary)
        raise ExportError(
            f"Could not write the {what} to {destination.parent}: {failure_reason(error)}"
        ) from error
    except BaseException:
        _discard(temporary)
        raise


def _discard(temporary: Path) -> None:
    with contextlib.suppress(OSError):  # a pulled stick: nothing left to clean
        temporary.unlink(missing_ok=True)


def write_csv(
    destination: Path,
    what: str,
    rows: Iterable[list[Cell]],
    *,
    neutralise: bool = True,
    decimal_comma: bool = False,
) -> None:
    """Write `rows` (header first) as an Excel-friendly CSV, atomically (module guarantees).
    Text cells are neutralised here unless the caller has done it (`neutralise=False`: the
    caller guarantees every text cell went through safe_text); ints and floats are written as
    plain numbers. With `decimal_comma` (a computer whose locale writes 2,5: French, German…)
    fields are separated by semicolons and decimals written with a comma, as Excel there reads
    them. Raises ExportError naming `what` ("gradebook")."""
    with (
        atomic_export(destination, what) as temporary,
        # "utf-8" plus a BOM by hand: the "utf-8-sig" codec encodes in Python, row by row.
        temporary.open("w", encoding="utf-8", newline="", buffering=1 << 16) as handle,
    ):
        handle.write(BOM)
        writer = csv.writer(handle, dialect="excel", delimiter=";" if decimal_comma else ",")
        if neutralise:
            rows = ([safe_text(c) if isinstance(c, str) else c for c in row] for row in rows)
        if decimal_comma:
            rows = ([_comma(c) if isinstance(c, float) else c for c in row] for row in rows)
        writer.writerows(rows)
        handle.flush()
        os.fsync(handle.fileno())


def _comma(number: float) -> str:
    return repr(number).replace(".", ",")


def write_gradebook_csv(
    teaching: Teaching, class_id: str, path: Path, *, decimal_comma: bool = False
) -> None:
    """One row per active learner of the class (in the grid's order): the name; per skill in the
    curriculum's order, the status word and the model's estimate in percent (empty when not
    started); then answers, right, % right, minutes on task and hints over all their stored
    answers (the same counts the database holds). Raises ExportError (see module)."""
    grid = teaching.dashboard.class_grid(class_id)
    totals = _class_totals(_database(teaching), grid)
    header: list[Cell] = ["Learner"]
    for title in grid.skill_titles:
        header += [title, f"{title} (%)"]
    header += ["Answers", "Right", "% right", "Minutes on task", "Hints"]
    rows: list[list[Cell]] = [header]
    for learner_id, name in zip(grid.learner_ids, grid.learner_names, strict=True):
        row: list[Cell] = [name]
        for skill_id in grid.skill_ids:
            cell = grid.cell(learner_id, skill_id)
            started = (learner_id, skill_id) in grid.cells
            row += [
                STATUS_WORDS.get(cell.status, cell.status),
                round(100 * cell.estimate, 1) if started else "",
            ]
        answers, right, duration_ms, hints = totals.get(learner_id, (0, 0, 0, 0))
        row += [
            answers,
            right,
            round(100 * right / answers, 1) if answers else "",
            round(duration_ms / 60_000, 1),
            hints,
        ]
        rows.append(row)
    write_csv(path, "gradebook", rows, decimal_comma=decimal_comma)


ATTEMPT_LOG_HEADER: list[Cell] = [
    "Date and time",
    "Learner",
    "Skill",
    "Item",
    "Answer",
    "Right",
    "Score",
    "Hints",
    "Seconds",
    "Context",
    "Misconception feedback",
]


def write_attempt_log_csv(
    teaching: Teaching, class_id: str, path: Path, *, decimal_comma: bool = False
) -> None:
    """One row per stored answer of the class's active learners, oldest first: local date and
    time (YYYY-MM-DD HH:MM:SS, the computer's time zone), learner, skill title (its id if no
    longer installed), item id, the answer as a teacher reads it (dashboard.answer_text), right
    (yes/no), score (0..1), hints, seconds, context (practice, placement, review or quiz) and the
    misconception feedback shown, if any. One read-only query; about 2 s of CPU for 80,000
    answers (40 learners x 2,000). Raises ExportError (see module)."""
    grid = teaching.dashboard.class_grid(class_id)
    names = {
        lid: safe_text(name) for lid, name in zip(grid.learner_ids, grid.learner_names, strict=True)
    }
    titles = {
        sid: safe_text(title) for sid, title in zip(grid.skill_ids, grid.skill_titles, strict=True)
    }
    response = AttemptEvent.response
    query = (
        select(
            # SQLite converts the stored UTC time with the same C library call as Python's
            # datetime.astimezone(), in C: a third of the time of the export. The fraction of
            # a second is cut off first: SQLite would round 58.9996 s up to 59 s, Python (and
            # every other view of the answer) shows 58.
            func.strftime(
                "%Y-%m-%d %H:%M:%S", func.substr(AttemptEvent.answered_at, 1, 19), "localtime"
            ),
            AttemptEvent.learner_id,
            AttemptEvent.skill_id,
            AttemptEvent.item_id,
            func.json_type(response, "$.value"),
            func.json_extract(response, "$.value"),
            func.json_extract(response, "$.misconception"),
            AttemptEvent.correct,
            AttemptEvent.score,
            AttemptEvent.hints_used,
            AttemptEvent.duration_ms,
            AttemptEvent.context,
        )
        .where(AttemptEvent.learner_id.in_(grid.learner_ids))
        .order_by(AttemptEvent.answered_at, AttemptEvent.sequence)
    )
    with _database(teaching).read() as session:
        answers = session.connection().execute(query).all()

    def rows() -> Iterator[list[Cell]]:
        yield [safe_text(cell) if isinstance(cell, str) else cell for cell in ATTEMPT_LOG_HEADER]
        for at, learner, skill, item, kind, value, feedback, *figures in answers:
            correct, score, hints, ms, context = figures
            skill_title = titles.get(skill)
            yield [
                at,
                names[learner],
                safe_text(skill) if skill_title is None else skill_title,
                safe_text(item),
                safe_text(_stored_answer(kind, value)),
                "yes" if correct else "no",
                float(score),
                hints,
                round(ms / 1000, 1),
                context,
                safe_text(str(feedback)) if feedback else "",
            ]

    write_csv(path, "answer log", rows(), neutralise=False, decimal_comma=decimal_comma)


def _stored_answer(kind: str | None, value: object) -> str:
    """answer_text of the stored response's value, from SQLite's json_type and json_extract
    (which gives JSON text for a list or an object, and 1 or 0 for true or false)."""
    if kind == "text":
        return str(value)
    if kind in ("array", "object"):
        return answer_text(json.loads(str(value)))
    if kind in ("true", "false"):
        return answer_text(kind == "true")
    return answer_text(value)


def _class_totals(database: Database, grid: ClassGrid) -> dict[str, tuple[int, int, int, int]]:
    """Per learner of the grid with answers: answers, right, duration (ms), hints."""
    with database.read() as session:
        return {
            learner_id: (int(count), int(right or 0), int(ms or 0), int(hints or 0))
            for learner_id, count, right, ms, hints in session.execute(
                select(
                    AttemptEvent.learner_id,
                    func.count(),
                    func.sum(cast(AttemptEvent.correct, Integer)),
                    func.sum(AttemptEvent.duration_ms),
                    func.sum(AttemptEvent.hints_used),
                )
                .where(AttemptEvent.learner_id.in_(grid.learner_ids))
                .group_by(AttemptEvent.learner_id)
            )
        }


def _database(teaching: Teaching) -> Database:
    """The database behind the teaching services, for the two read-only queries above.
    TODO: use a public `Teaching.database` (or DashboardService methods) once it exists."""
    return teaching.database
