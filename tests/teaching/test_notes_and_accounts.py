"""Notes to learners, the weekly goal and streak, and teacher accounts with roles."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.teaching.helpers import learner_id, skip_placement
from tutor.cli import main
from tutor.facade import Tutor
from tutor.paths import DataPaths
from tutor.teaching.records import TeachingError


def test_a_note_reaches_the_learner_until_deleted(tutor: Tutor) -> None:
    notes = tutor.teaching.notes
    ana = learner_id(tutor, "Ana")
    note = notes.add_note(ana, "  Great work on fractions!  ", author="Ms Achieng")
    [shown] = notes.notes_for(ana)
    assert (shown.text, shown.author, shown.read) == (
        "Great work on fractions!",
        "Ms Achieng",
        False,
    )
    notes.mark_read(ana)
    assert notes.notes_for(ana)[0].read
    assert notes.notes_for(learner_id(tutor, "ben")) == []
    notes.delete_note(note)
    assert notes.notes_for(ana) == []
    with pytest.raises(TeachingError, match="empty"):
        notes.add_note(ana, "   ")


def test_the_week_counts_answers_and_the_streak_counts_days(tutor: Tutor) -> None:
    ana = learner_id(tutor, "Ana")
    tutor.teaching.notes.set_weekly_goal(ana, 30)
    before = tutor.teaching.notes.weekly_progress(ana)
    assert (before.answered_this_week, before.goal, before.streak_days) == (0, 30, 0)
    skip_placement(tutor, ana)
    now = tutor.teaching.notes.weekly_progress(ana)
    assert now.answered_this_week >= 1 and now.streak_days == 1
    tomorrow = tutor.teaching.notes.weekly_progress(ana, now=datetime.now(UTC) + timedelta(days=1))
    assert tomorrow.streak_days == 1  # today still counts until the day ends without answers
    later = tutor.teaching.notes.weekly_progress(ana, now=datetime.now(UTC) + timedelta(days=3))
    assert later.streak_days == 0


def test_accounts_sign_in_by_role_and_there_is_always_an_admin(tutor: Tutor) -> None:
    accounts = tutor.teaching.accounts
    admin = accounts.authenticate("achieng", "long-enough-pass")
    assert admin is not None and admin.is_admin
    accounts.create("omondi", "Mr Omondi", "another-long-one")
    teacher = accounts.authenticate("omondi", "another-long-one")
    assert teacher is not None and not teacher.is_admin
    assert accounts.authenticate("omondi", "wrong-password") is None
    with pytest.raises(TeachingError, match="taken"):
        accounts.create("OMONDI", "Someone", "another-long-one")
    with pytest.raises(TeachingError, match="at least 8"):
        accounts.create("short", "Short", "1234")
    with pytest.raises(TeachingError, match="last admin"):
        accounts.set_disabled("achieng")
    accounts.set_role("omondi", "admin")
    accounts.set_disabled("achieng")
    assert accounts.authenticate("achieng", "long-enough-pass") is None
    accounts.set_password("omondi", "a-new-password")
    assert accounts.authenticate("omondi", "a-new-password") is not None


def test_the_recovery_path_resets_a_password_from_the_command_line(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("recovered-password\n"))
    code = main(
        ["admin", "reset-password", "achieng", "--password-stdin", "--data-dir", str(data_dir)]
    )
    assert code == 0 and "was changed" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    code = main(
        ["admin", "reset-password", "achieng", "--password-stdin", "--data-dir", str(data_dir)]
    )
    assert code == 1 and "at least 8" in capsys.readouterr().err
    assert main(["admin", "list-teachers", "--data-dir", str(data_dir)]) == 0
    assert "achieng\tadmin" in capsys.readouterr().out
    tutor = Tutor.open(DataPaths(data_dir))
    try:
        assert tutor.teaching.accounts.authenticate("achieng", "recovered-password") is not None
        assert tutor.teaching.accounts.authenticate("achieng", "long-enough-pass") is None
    finally:
        tutor.close()
