"""Learner PINs, picture passwords, lock-outs and the idle sign-out setting through the facade,
on a real data directory."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.sample_data import SAMPLE_SETUP
from tutor.facade import Tutor
from tutor.learner_secrets import (
    DEFAULT_IDLE_SIGN_OUT_MINUTES,
    SecretError,
    UnknownLearnerError,
)
from tutor.paths import DataPaths
from tutor.records import LearnerProfile, SecretCheck, SignInResult

NOW = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)
OK = SecretCheck(SignInResult.OK)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    tutor = Tutor.open(DataPaths(root))
    try:
        tutor.complete_first_run(SAMPLE_SETUP)
    finally:
        tutor.close()
    return root


@pytest.fixture
def tutor(data_dir: Path) -> Iterator[Tutor]:
    opened = Tutor.open(DataPaths(data_dir))
    yield opened
    opened.close()


def learner(tutor: Tutor, name: str) -> LearnerProfile:
    return next(p for p in tutor.learners() if p.display_name == name)


def lockout_rows(data_dir: Path) -> list[tuple[str, int]]:
    db = sqlite3.connect(DataPaths(data_dir).database)
    try:
        return [
            (str(row[0]), int(row[1]))
            for row in db.execute("SELECT learner_id, failed_attempts FROM sign_in_lockouts")
        ]
    finally:
        db.close()


def wrong(attempts_left: int, wait: int = 0) -> SecretCheck:
    return SecretCheck(SignInResult.WRONG, attempts_left, wait)


def test_a_pin_is_set_checked_and_shown_on_the_profile(tutor: Tutor) -> None:
    ana = learner(tutor, "Ana")
    assert not ana.has_pin and not ana.has_picture_password

    profile = tutor.set_learner_pin(ana.id, "4821")

    assert profile == learner(tutor, "Ana")
    assert profile.has_pin and not profile.has_picture_password
    assert tutor.check_learner_secret(ana.id, "4821", now=NOW) == OK
    assert tutor.check_learner_secret(ana.id, "4822", now=NOW) == wrong(2)
    assert tutor.check_learner_secret(ana.id, "4821", now=NOW).ok
    # Others are untouched.
    assert not learner(tutor, "ben").has_pin


def test_a_picture_password_replaces_a_pin_and_back(tutor: Tutor) -> None:
    ben = learner(tutor, "ben")
    tutor.set_learner_pin(ben.id, "123456")
    profile = tutor.set_learner_picture_password(ben.id, ["house", "star", "house"])
    assert profile.has_picture_password and not profile.has_pin
    assert tutor.check_learner_secret(ben.id, ("house", "star", "house"), now=NOW).ok
    assert tutor.check_learner_secret(ben.id, "123456", now=NOW) == wrong(2)  # the old PIN
    assert tutor.check_learner_secret(ben.id, ["star", "house", "house"], now=NOW) == wrong(1)

    profile = tutor.set_learner_pin(ben.id, "7777")
    assert profile.has_pin and not profile.has_picture_password
    assert not tutor.check_learner_secret(ben.id, ("house", "star", "house"), now=NOW).ok


def test_removing_the_secret_lets_the_learner_straight_in(tutor: Tutor) -> None:
    ana = learner(tutor, "Ana")
    tutor.set_learner_pin(ana.id, "4821")
    profile = tutor.set_learner_pin(ana.id, None)
    assert not profile.has_pin and not profile.has_picture_password
    assert tutor.check_learner_secret(ana.id, "", now=NOW) == OK
    tutor.set_learner_picture_password(ana.id, ["sun", "sun", "moon"])
    assert not tutor.set_learner_picture_password(ana.id, None).has_picture_password
    assert tutor.check_learner_secret(ana.id, (), now=NOW) == OK


def test_malformed_secrets_and_unknown_learners_store_nothing(tutor: Tutor) -> None:
    ana = learner(tutor, "Ana")
    tutor.set_learner_pin(ana.id, "4821")
    for bad in ["123", "1234567", "12a4"]:
        with pytest.raises(SecretError):
            tutor.set_learner_pin(ana.id, bad)
    with pytest.raises(SecretError):
        tutor.set_learner_picture_password(ana.id, ["sun", "dragon", "moon"])
    assert tutor.check_learner_secret(ana.id, "4821", now=NOW).ok  # still the old PIN
    with pytest.raises(UnknownLearnerError):
        tutor.set_learner_pin("no-such-learner", "1234")
    with pytest.raises(UnknownLearnerError):
        tutor.check_learner_secret("no-such-learner", "1234")


def test_wrong_attempts_lock_for_longer_each_time_and_a_locked_try_is_not_checked(
    tutor: Tutor, data_dir: Path
) -> None:
    ana = learner(tutor, "Ana")
    tutor.set_learner_pin(ana.id, "4821")
    now = NOW

    assert tutor.check_learner_secret(ana.id, "0000", now=now) == wrong(2)
    assert tutor.check_learner_secret(ana.id, "0000", now=now) == wrong(1)
    assert tutor.check_learner_secret(ana.id, "0000", now=now) == wrong(0, 5)
    # Locked: even the right PIN is refused unchecked, and nothing more is counted.
    assert tutor.check_learner_secret(ana.id, "4821", now=now) == SecretCheck(
        SignInResult.LOCKED, 0, 5
    )
    now += timedelta(seconds=3)
    assert tutor.check_learner_secret(ana.id, "0000", now=now).wait_seconds == 2
    assert lockout_rows(data_dir) == [(ana.id, 3)]

    now += timedelta(seconds=2)
    assert tutor.check_learner_secret(ana.id, "0000", now=now) == wrong(0, 15)
    now += timedelta(seconds=15)
    assert tutor.check_learner_secret(ana.id, "0000", now=now) == wrong(0, 60)
    now += timedelta(seconds=60)
    assert tutor.check_learner_secret(ana.id, "0000", now=now) == wrong(0, 300)
    now += timedelta(seconds=300)
    assert tutor.check_learner_secret(ana.id, "0000", now=now) == wrong(0, 300)  # capped
    now += timedelta(seconds=300)

    # The right PIN resets everything.
    assert tutor.check_learner_secret(ana.id, "4821", now=now) == OK
    assert lockout_rows(data_dir) == []
    assert tutor.check_learner_secret(ana.id, "0000", now=now) == wrong(2)


def test_the_lock_out_survives_reopening_the_data_directory(data_dir: Path) -> None:
    first = Tutor.open(DataPaths(data_dir))
    try:
        ana = learner(first, "Ana")
        first.set_learner_pin(ana.id, "4821")
        for _ in range(3):
            first.check_learner_secret(ana.id, "1111", now=NOW)  # the 3rd locks for 5 s
    finally:
        first.close()

    reopened = Tutor.open(DataPaths(data_dir))
    try:
        later = NOW + timedelta(seconds=2)
        assert reopened.check_learner_secret(ana.id, "4821", now=later) == SecretCheck(
            SignInResult.LOCKED, 0, 3
        )
        # After the wait the count goes on from where it was: the next wrong one waits 15 s.
        later += timedelta(seconds=3)
        assert reopened.check_learner_secret(ana.id, "1111", now=later) == wrong(0, 15)
    finally:
        reopened.close()


def test_a_clock_set_back_does_not_lock_a_learner_out_for_long(
    tutor: Tutor, data_dir: Path
) -> None:
    ana = learner(tutor, "Ana")
    tutor.set_learner_pin(ana.id, "4821")
    for _ in range(3):
        tutor.check_learner_secret(ana.id, "1111", now=NOW)  # the 3rd locks for 5 s
    assert tutor.check_learner_secret(ana.id, "1111", now=NOW + timedelta(seconds=5)) == wrong(
        0, 15
    )
    a_year_earlier = NOW - timedelta(days=365)
    assert tutor.check_learner_secret(ana.id, "4821", now=a_year_earlier) == SecretCheck(
        SignInResult.LOCKED, 0, 15
    )
    # The stored end was moved: 15 s after the set-back clock, the learner is in.
    assert tutor.check_learner_secret(ana.id, "4821", now=a_year_earlier + timedelta(seconds=15)).ok
    assert lockout_rows(data_dir) == []


def test_a_teacher_setting_a_new_pin_unlocks_the_learner(tutor: Tutor, data_dir: Path) -> None:
    ana = learner(tutor, "Ana")
    tutor.set_learner_pin(ana.id, "4821")
    for _ in range(6):
        tutor.check_learner_secret(ana.id, "1111", now=NOW)
    assert lockout_rows(data_dir) == [(ana.id, 3)]  # the 4th–6th were refused unchecked
    tutor.set_learner_pin(ana.id, "5555")
    assert lockout_rows(data_dir) == []
    assert tutor.check_learner_secret(ana.id, "5555", now=NOW).ok


def test_each_learner_has_their_own_count(tutor: Tutor) -> None:
    ana, ben = learner(tutor, "Ana"), learner(tutor, "ben")
    tutor.set_learner_pin(ana.id, "4821")
    tutor.set_learner_picture_password(ben.id, ["tree", "tree", "fish"])
    for _ in range(3):
        tutor.check_learner_secret(ana.id, "1111", now=NOW)
    assert tutor.check_learner_secret(ben.id, ["tree", "tree", "fish"], now=NOW).ok
    assert tutor.check_learner_secret(ana.id, "4821", now=NOW).result is SignInResult.LOCKED


def test_check_uses_the_real_clock_by_default(tutor: Tutor) -> None:
    ana = learner(tutor, "Ana")
    tutor.set_learner_pin(ana.id, "4821")
    for _ in range(3):
        tutor.check_learner_secret(ana.id, "1111")
    locked = tutor.check_learner_secret(ana.id, "4821")
    assert locked.result is SignInResult.LOCKED
    assert 1 <= locked.wait_seconds <= 5


def test_the_idle_sign_out_time_is_stored_and_clamped(data_dir: Path) -> None:
    tutor = Tutor.open(DataPaths(data_dir))
    try:
        assert tutor.idle_sign_out_minutes() == DEFAULT_IDLE_SIGN_OUT_MINUTES
        assert tutor.set_idle_sign_out_minutes(3) == 3
        assert tutor.set_idle_sign_out_minutes(0) == 1
        assert tutor.set_idle_sign_out_minutes(1000) == 120
        assert tutor.set_idle_sign_out_minutes(25) == 25
    finally:
        tutor.close()
    reopened = Tutor.open(DataPaths(data_dir))
    try:
        assert reopened.idle_sign_out_minutes() == 25
    finally:
        reopened.close()
