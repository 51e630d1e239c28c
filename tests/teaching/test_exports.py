"""The gradebook and answer-log CSV files against the stored answers, as spreadsheets read them."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.teaching.helpers import learner_id, practise, skip_placement
from tests.teaching.test_dashboard import stored
from tutor.engine.answers import wrong_response
from tutor.facade import Tutor
from tutor.teaching.dashboard import answer_text
from tutor.teaching.exports import (
    ExportError,
    _stored_answer,
    safe_text,
    write_attempt_log_csv,
    write_gradebook_csv,
)

BOM = b"\xef\xbb\xbf"
TOTALS = ["Answers", "Right", "% right", "Minutes on task", "Hints"]


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def names_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def class_id(tutor: Tutor) -> str:
    return tutor.teaching.classes.classes()[0].id


def answer_typing(tutor: Tutor, learner: str, text: str, answers: int) -> int:
    """Answer `answers` items, typing `text` where the item takes typed text (numeric and short
    text items), a wrong choice elsewhere; returns how many answers were typed."""
    typed = 0
    for _ in range(answers * 5):
        view = tutor.next_activity(learner)
        if view.kind == "lesson":
            tutor.lesson_seen(learner, view.lesson_id or "")
            continue
        if view.kind == "done" or answers == 0:
            break
        assert view.item is not None and view.item_id is not None
        takes_text = view.item["type"] in ("numeric", "short_text")
        response = text if takes_text else wrong_response(view.item)
        tutor.submit_answer(learner, view.item_id, response, hints_used=2, duration_ms=61_500)
        typed += takes_text
        answers -= 1
    return typed


@pytest.fixture
def class_with_answers(tutor: Tutor) -> str:
    ana, ben = learner_id(tutor, "Ana"), learner_id(tutor, "ben")
    skip_placement(tutor, ana)
    practise(tutor, ana, 12, right=True)
    skip_placement(tutor, ben)
    practise(tutor, ben, 8, right=False)
    return class_id(tutor)


def test_the_gradebook_has_the_stored_numbers(
    tutor: Tutor, data_dir: Path, tmp_path: Path, class_with_answers: str
) -> None:
    path = tmp_path / "gradebook.csv"
    write_gradebook_csv(tutor.teaching, class_with_answers, path)
    header, *rows = read_csv(path)
    grid = tutor.teaching.dashboard.class_grid(class_with_answers)
    skill_headers = [h for title in grid.skill_titles for h in (title, f"{title} (%)")]
    assert header == ["Learner", *skill_headers, *TOTALS]
    assert [row[0] for row in rows] == ["Ana", "ben", "Wanjiru"]
    for row in rows:
        learner = learner_id(tutor, row[0])
        ((answers, right, duration_ms, hints),) = stored(
            data_dir,
            "SELECT count(*), coalesce(sum(correct), 0), coalesce(sum(duration_ms), 0), "
            "coalesce(sum(hints_used), 0) FROM attempt_events WHERE learner_id = ?",
            learner,
        )
        assert isinstance(answers, int) and isinstance(right, int)
        assert isinstance(duration_ms, int)
        totals = row[-5:]
        assert int(totals[0]) == answers and int(totals[1]) == right
        assert totals[2] == (str(round(100 * right / answers, 1)) if answers else "")
        assert float(totals[3]) == round(duration_ms / 60_000, 1)
        assert int(totals[4]) == hints
        states = {
            str(skill): str(state)
            for skill, state in stored(
                data_dir,
                "SELECT skill_id, status || ' ' || probability FROM mastery_states "
                "WHERE learner_id = ?",
                learner,
            )
        }
        for index, skill in enumerate(grid.skill_ids):
            status, estimate = row[1 + 2 * index : 3 + 2 * index]
            if skill in states:
                word, probability = states[skill].split()
                assert status == word.replace("_", " ")
                assert float(estimate) == round(100 * float(probability), 1)
            else:
                assert (status, estimate) == ("not started", "")
    assert rows[0][-5] != "0" and rows[2][-5:] == ["0", "0", "", "0.0", "0"]


def test_the_answer_log_has_one_row_per_stored_answer(
    tutor: Tutor, data_dir: Path, tmp_path: Path, class_with_answers: str
) -> None:
    path = tmp_path / "answers.csv"
    write_attempt_log_csv(tutor.teaching, class_with_answers, path)
    header, *rows = read_csv(path)
    assert header[:3] == ["Date and time", "Learner", "Skill"] and len(header) == 11
    answers = stored(
        data_dir,
        "SELECT e.answered_at, l.display_name, e.skill_id, e.item_id, e.response, e.correct, "
        "e.score, e.hints_used, e.duration_ms, e.context FROM attempt_events e "
        "JOIN learners l ON l.id = e.learner_id ORDER BY e.answered_at, e.sequence",
    )
    assert len(rows) == len(answers) > 20
    titles = tutor._learning.catalog().skill_titles
    for row, answer in zip(rows, answers, strict=True):
        at, name, skill, item, response, correct, score, hints, ms, context = answer
        local = datetime.fromisoformat(str(at)).replace(tzinfo=UTC).astimezone()
        value = json.loads(str(response))
        assert row == [
            local.strftime("%Y-%m-%d %H:%M:%S"),
            name,
            titles[str(skill)],
            item,
            safe_text(answer_text(value.get("value"))),
            "yes" if correct else "no",
            str(float(str(score))),
            str(hints),
            str(round(int(str(ms)) / 1000, 1)),
            context,
            value.get("misconception") or "",
        ]


@pytest.fixture
def far_time_zone() -> Iterator[None]:
    """The process in UTC-3:30 (no daylight saving) for one test."""
    if not hasattr(time, "tzset"):
        pytest.skip("time zones can only be switched on Unix")
    old = os.environ.get("TZ")
    os.environ["TZ"] = "XNT+3:30"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


def test_answer_times_are_in_the_computers_time_zone(
    tutor: Tutor, data_dir: Path, tmp_path: Path, far_time_zone: None
) -> None:
    ana = learner_id(tutor, "Ana")
    skip_placement(tutor, ana)
    path = tmp_path / "answers.csv"
    write_attempt_log_csv(tutor.teaching, class_id(tutor), path)
    first = stored(data_dir, "SELECT answered_at FROM attempt_events ORDER BY answered_at")[0][0]
    utc = datetime.fromisoformat(str(first)).replace(tzinfo=UTC)
    assert read_csv(path)[1][0] == utc.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    assert utc.astimezone().utcoffset() == -timedelta(hours=3, minutes=30)


def test_names_with_accents_and_formulas_come_out_as_typed_but_inert(
    tutor: Tutor, tmp_path: Path
) -> None:
    classes = tutor.teaching.classes
    accented = classes.add_learner(class_id(tutor), "Zoë Ñúñez-Ødegård")
    formula = classes.add_learner(class_id(tutor), '=HYPERLINK("x")')
    skip_placement(tutor, accented)
    practise(tutor, accented, 3, right=True)
    assert answer_typing(tutor, formula, "=1+1", 12) > 0
    gradebook, log = tmp_path / "gradebook.csv", tmp_path / "answers.csv"
    write_gradebook_csv(tutor.teaching, class_id(tutor), gradebook)
    write_attempt_log_csv(tutor.teaching, class_id(tutor), log)
    names = [row[0] for row in read_csv(gradebook)[1:]]
    assert "Zoë Ñúñez-Ødegård" in names and '\'=HYPERLINK("x")' in names
    assert '=HYPERLINK("x")' not in names
    rows = read_csv(log)[1:]
    assert {row[1] for row in rows} == {"Zoë Ñúñez-Ødegård", '\'=HYPERLINK("x")'}
    assert "'=1+1" in {row[4] for row in rows}
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    assert b'"\'=HYPERLINK(""x"")"' in log.read_bytes()


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_every_formula_start_is_neutralised(start: str) -> None:
    assert safe_text(f"{start}1+2") == f"'{start}1+2"


@pytest.mark.parametrize("plain", ["Ana", "3/4", "", " =1", "'quoted", "1-2"])
def test_plain_text_is_left_alone(plain: str) -> None:
    assert safe_text(plain) == plain


@pytest.mark.parametrize(
    "value", ["3/4", "", 3, -2, 0.5, True, False, None, ["a", 2, True], {"0": 1, "1": ["x"]}]
)
def test_answers_read_in_sqlite_read_as_on_the_dashboard(value: object) -> None:
    db = sqlite3.connect(":memory:")
    try:
        kind, extracted = db.execute(
            "SELECT json_type(?, '$.value'), json_extract(?, '$.value')",
            (json.dumps({"value": value}),) * 2,
        ).fetchone()
    finally:
        db.close()
    assert _stored_answer(kind, extracted) == answer_text(value)


def test_the_files_are_excel_csv_with_bom_crlf_and_plain_numbers(
    tutor: Tutor, tmp_path: Path, class_with_answers: str
) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    write_gradebook_csv(tutor.teaching, class_with_answers, folder / "gradebook.csv")
    write_attempt_log_csv(tutor.teaching, class_with_answers, folder / "answers.csv")
    assert names_in(folder) == ["answers.csv", "gradebook.csv"]  # no temporary file
    for name in ("gradebook.csv", "answers.csv"):
        data = (folder / name).read_bytes()
        assert data.startswith(BOM) and not data[3:].startswith(BOM)
        assert data.count(b"\n") == data.count(b"\r\n") > 3
        assert data.endswith(b"\r\n")
    answers_line = (folder / "answers.csv").read_bytes().split(b"\r\n")[1].split(b",")
    assert answers_line[6] in (b"0.0", b"1.0")  # score: a number, unquoted
    gradebook_line = (folder / "gradebook.csv").read_bytes().split(b"\r\n")[1]
    totals = gradebook_line.rsplit(b",", 5)[1:]  # Ana: answers, right, % right, minutes, hints
    assert all(field.replace(b".", b"", 1).isdigit() for field in totals)
    assert totals[1] == b"12"


def test_a_failed_rename_leaves_no_file_and_says_what_to_do(
    tutor: Tutor, tmp_path: Path, class_with_answers: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    old = folder / "gradebook.csv"
    old.write_bytes(b"last week's gradebook")

    def disk_full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(ExportError) as raised:
        write_gradebook_csv(tutor.teaching, class_with_answers, old)
    assert str(raised.value) == (
        f"Could not write the gradebook to {folder}: the disk is full. "
        "Free some space or choose another drive."
    )
    assert isinstance(raised.value.__cause__, OSError)
    assert names_in(folder) == ["gradebook.csv"]
    assert old.read_bytes() == b"last week's gradebook"


def test_a_write_failing_half_way_removes_the_partial_file(
    tutor: Tutor, tmp_path: Path, class_with_answers: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fsync_fails(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", fsync_fails)
    with pytest.raises(ExportError, match="the drive stopped answering") as raised:
        write_attempt_log_csv(tutor.teaching, class_with_answers, tmp_path / "answers.csv")
    assert str(raised.value).startswith(f"Could not write the answer log to {tmp_path}: ")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("answers")] == []


def test_a_folder_that_vanished_is_explained(
    tutor: Tutor, tmp_path: Path, class_with_answers: str
) -> None:
    with pytest.raises(ExportError, match="USB stick removed"):
        write_gradebook_csv(tutor.teaching, class_with_answers, tmp_path / "gone" / "g.csv")
    assert not (tmp_path / "gone").exists()


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder_is_explained(
    tutor: Tutor, tmp_path: Path, class_with_answers: str
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ExportError, match="read-only"):
            write_gradebook_csv(tutor.teaching, class_with_answers, folder / "g.csv")
        assert names_in(folder) == []
    finally:
        folder.chmod(0o755)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_the_gradebook(
    tutor: Tutor, tmp_path: Path, class_with_answers: str
) -> None:
    tutor.teaching.classes.add_learner(class_with_answers, "Zoë =x")
    source = tmp_path / "gradebook.csv"
    write_gradebook_csv(tutor.teaching, class_with_answers, source)
    out = tmp_path / "converted"
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--infilter=CSV:44,34,76,1",  # comma, double quote, UTF-8, from line 1
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1",
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        timeout=120,
        capture_output=True,
    )
    rows = read_csv(out / "gradebook.csv")
    assert rows[0][0] == "Learner" and rows[1][0] == "Ana"
    assert "Zoë =x" in {row[0] for row in rows}
    assert rows[1][-5] == "12"


def test_a_decimal_comma_laptop_gets_semicolons_and_commas(
    tutor: Tutor, tmp_path: Path, class_with_answers: str
) -> None:
    plain, european = tmp_path / "plain.csv", tmp_path / "european.csv"
    write_gradebook_csv(tutor.teaching, class_with_answers, plain)
    write_gradebook_csv(tutor.teaching, class_with_answers, european, decimal_comma=True)
    text = european.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    plain_rows = read_csv(plain)
    assert len(rows) == len(plain_rows) and len(rows[0]) == len(plain_rows[0])
    for row, plain_row in zip(rows, plain_rows, strict=True):
        for cell, plain_cell in zip(row, plain_row, strict=True):
            decimal = "." in plain_cell and plain_cell.replace(".", "", 1).isdigit()
            assert cell == (plain_cell.replace(".", ",") if decimal else plain_cell)
    assert any("," in cell for row in rows[1:] for cell in row[1:])


def test_a_time_just_before_a_full_second_is_not_rounded_up(
    tutor: Tutor, data_dir: Path, tmp_path: Path, class_with_answers: str
) -> None:
    db = sqlite3.connect(data_dir / "tutor.sqlite3")
    db.execute("UPDATE attempt_events SET answered_at = '2026-03-02 09:15:58.999900'")
    db.commit()
    db.close()
    path = tmp_path / "answers.csv"
    write_attempt_log_csv(tutor.teaching, class_with_answers, path)
    expected = datetime(2026, 3, 2, 9, 15, 58, 999900, tzinfo=UTC).astimezone()
    assert {row[0] for row in read_csv(path)[1:]} == {expected.strftime("%Y-%m-%d %H:%M:%S")}
