"""The facade: first-run set-up stored atomically, queries return plain records, settings."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from tests.sample_data import SAMPLE_SETUP
from tutor.facade import SetupError, Tutor
from tutor.paths import DataPaths
from tutor.records import LearnerProfile
from tutor.storage.engine import Database
from tutor.storage.models import Device, Learner, SchoolClass, TeacherAccount

SETUP = SAMPLE_SETUP


@pytest.fixture
def tutor(tmp_path: Path) -> Iterator[Tutor]:
    opened = Tutor.open(DataPaths(tmp_path))
    yield opened
    opened.close()


def count(path: Path, model: type) -> int:
    database = Database(path)
    try:
        with database.read() as session:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)
    finally:
        database.close()


def test_first_run_stores_everything_and_learners_come_back_sorted(tutor: Tutor) -> None:
    assert not tutor.is_set_up()
    assert tutor.device() is None
    device = tutor.complete_first_run(SETUP)

    assert tutor.is_set_up()
    assert tutor.device() == device
    assert (device.name, device.school_name) == ("Laptop 9", "Hilltop")
    learners = tutor.learners()
    assert [learner.display_name for learner in learners] == ["Ana", "ben", "Wanjiru"]
    assert all(isinstance(learner, LearnerProfile) for learner in learners)
    assert len({learner.avatar for learner in learners}) == 3
    assert tutor.check_teacher_password("achieng", "long-enough-pass")
    assert tutor.check_teacher_password(" achieng ", "long-enough-pass")
    assert not tutor.check_teacher_password("achieng", "Long-enough-pass")
    assert not tutor.check_teacher_password("nobody", "long-enough-pass")


def test_every_problem_is_reported_at_once_and_nothing_is_stored(tutor: Tutor) -> None:
    bad = replace(
        SETUP,
        school_name="  ",
        teacher_password="short",
        learner_names=("Ana", "ana", ""),
    )
    with pytest.raises(SetupError) as refused:
        tutor.complete_first_run(bad)
    problems = " | ".join(refused.value.problems)
    assert "school name is empty" in problems
    assert "at least 8 characters" in problems
    assert "appears twice" in problems
    assert "learner name is empty" in problems
    assert not tutor.is_set_up()
    assert count(tutor.paths.database, Learner) == 0


def test_a_failure_halfway_through_the_set_up_stores_nothing(
    tutor: Tutor, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = 0

    def avatar_that_fails_on_the_third_learner(position: int) -> str:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise OSError(28, "No space left on device")
        return "sun"

    monkeypatch.setattr("tutor.facade.avatar_for_position", avatar_that_fails_on_the_third_learner)
    with pytest.raises(OSError):
        tutor.complete_first_run(SETUP)
    assert not tutor.is_set_up()
    for model in (Device, TeacherAccount, SchoolClass, Learner):
        assert count(tutor.paths.database, model) == 0, model.__name__


def test_the_set_up_cannot_run_twice(tutor: Tutor) -> None:
    tutor.complete_first_run(SETUP)
    with pytest.raises(SetupError, match="already set up"):
        tutor.complete_first_run(replace(SETUP, school_name="Another"))
    device = tutor.device()
    assert device is not None and device.school_name == "Hilltop"


def test_archived_learners_and_disabled_teachers_are_left_out(tutor: Tutor) -> None:
    tutor.complete_first_run(SETUP)
    database = Database(tutor.paths.database)
    try:
        with database.write() as session:
            now = datetime.now(UTC)
            session.execute(
                update(Learner).where(Learner.display_name == "ben").values(archived_at=now)
            )
            session.execute(update(TeacherAccount).values(disabled_at=now))
    finally:
        database.close()
    assert [learner.display_name for learner in tutor.learners()] == ["Ana", "Wanjiru"]
    assert not tutor.check_teacher_password("achieng", "long-enough-pass")


def test_text_scale_is_clamped_and_survives_reopening(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path)
    first = Tutor.open(paths)
    try:
        assert first.text_scale() == 100
        assert first.set_text_scale(150) == 150
        assert first.set_text_scale(999) == 200
        assert first.set_text_scale(10) == 100
        first.set_text_scale(170)
    finally:
        first.close()
    second = Tutor.open(paths)
    try:
        assert second.text_scale() == 170
        assert not second.migration.migrated
    finally:
        second.close()


def test_names_that_differ_only_in_unicode_form_or_case_are_the_same_learner() -> None:
    composed, decomposed = "Jos\u00e9", "Jose\u0301"
    problems = replace(SETUP, learner_names=(composed, decomposed.upper())).problems()
    assert any("appears twice" in problem for problem in problems)
    blank_twice = replace(SETUP, learner_names=("", " ")).problems()
    assert blank_twice == ["A learner name is empty.", "A learner name is empty."]
