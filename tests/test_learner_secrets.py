"""Learner PINs, picture passwords and the lock-out policy, without a database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tutor.learner_secrets import (
    FREE_ATTEMPTS,
    LOCKOUT_DELAYS,
    MAX_LOCKOUT_SECONDS,
    PICTURE_KEYS,
    LockoutState,
    SecretError,
    attempts_before_delay,
    clamp_idle_minutes,
    delay_after,
    hash_picture_password,
    hash_pin,
    validate_picture_password,
    validate_pin,
    verify_learner_secret,
)
from tutor.passwords import SCHEME

NOW = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def pin_hash() -> str:
    return hash_pin("2468")


@pytest.fixture(scope="module")
def picture_hash() -> str:
    return hash_picture_password(["fish", "sun", "fish"])


# -- PINs and picture passwords ------------------------------------------------------------------


@pytest.mark.parametrize("pin", ["0000", "2468", "12345", "987654"])
def test_pins_of_four_to_six_digits_are_accepted(pin: str) -> None:
    assert validate_pin(pin) == pin


@pytest.mark.parametrize("pin", ["", "123", "1234567", "12a4", " 1234", "1234 ", "١٢٣٤", "12.4"])
def test_other_pins_are_refused(pin: str) -> None:
    with pytest.raises(SecretError, match="4 to 6 digits"):
        validate_pin(pin)


def test_picture_passwords_are_three_known_pictures_repeats_allowed() -> None:
    assert validate_picture_password(["sun", "sun", "sun"]) == ("sun", "sun", "sun")
    assert validate_picture_password(("moon", "tree", "cloud")) == ("moon", "tree", "cloud")
    assert len(PICTURE_KEYS) == 9
    assert len(set(PICTURE_KEYS)) == 9


@pytest.mark.parametrize(
    ("keys", "reason"),
    [
        (["sun", "moon"], "3 pictures"),
        (["sun", "moon", "star", "tree"], "3 pictures"),
        (["sun", "moon", "dragon"], "Unknown picture"),
        ("sun", "not text"),
    ],
)
def test_other_picture_passwords_are_refused(keys: list[str] | str, reason: str) -> None:
    with pytest.raises(SecretError, match=reason):
        validate_picture_password(keys)


def test_a_pin_is_stored_as_a_salted_scrypt_hash(pin_hash: str) -> None:
    assert pin_hash.startswith(f"{SCHEME}$")
    assert "2468" not in pin_hash
    assert hash_pin("2468") != pin_hash  # a fresh salt every time


def test_the_right_pin_verifies_and_others_do_not(pin_hash: str) -> None:
    assert verify_learner_secret("2468", pin_hash=pin_hash, picture_hash=None)
    for wrong in ["2469", "24680", "", "abcd", " 2468"]:
        assert not verify_learner_secret(wrong, pin_hash=pin_hash, picture_hash=None)
    # Pictures are not a PIN, even for a learner with a PIN.
    assert not verify_learner_secret(["sun", "sun", "sun"], pin_hash=pin_hash, picture_hash=None)


def test_the_right_pictures_in_order_verify(picture_hash: str) -> None:
    assert verify_learner_secret(("fish", "sun", "fish"), pin_hash=None, picture_hash=picture_hash)
    for wrong in [("sun", "fish", "fish"), ("fish", "sun"), ("fish", "sun", "dragon"), ()]:
        assert not verify_learner_secret(wrong, pin_hash=None, picture_hash=picture_hash)
    # The text of the keys is not the picture password.
    assert not verify_learner_secret("fish,sun,fish", pin_hash=None, picture_hash=picture_hash)
    assert not verify_learner_secret(
        "pictures:fish,sun,fish", pin_hash=None, picture_hash=picture_hash
    )


def test_a_malformed_stored_hash_never_verifies() -> None:
    assert not verify_learner_secret("1234", pin_hash="garbage", picture_hash=None)
    assert not verify_learner_secret(["sun"] * 3, pin_hash=None, picture_hash="scrypt$1$2")


# -- the lock-out policy -------------------------------------------------------------------------


def test_the_first_wrong_attempts_cost_nothing_then_the_wait_grows_and_is_capped() -> None:
    assert FREE_ATTEMPTS == 3
    assert [delay_after(n) for n in range(1, 10)] == [0, 0, 5, 15, 60, 300, 300, 300, 300]
    assert MAX_LOCKOUT_SECONDS == LOCKOUT_DELAYS[-1] == 300
    assert [attempts_before_delay(n) for n in range(5)] == [3, 2, 1, 0, 0]


def test_wrong_attempts_in_a_row_lock_for_longer_each_time() -> None:
    state = LockoutState()
    now = NOW
    waits = []
    for _ in range(7):
        assert state.wait_seconds(now) == 0
        state = state.after_wrong(now)
        waits.append(state.wait_seconds(now))
        now += timedelta(seconds=state.wait_seconds(now))  # wait it out
    assert waits == [0, 0, 5, 15, 60, 300, 300]
    assert state.failed == 7


def test_the_wait_counts_down_in_whole_seconds_rounded_up() -> None:
    state = LockoutState(4, NOW + timedelta(seconds=15))
    assert state.wait_seconds(NOW) == 15
    assert state.wait_seconds(NOW + timedelta(seconds=0.2)) == 15
    assert state.wait_seconds(NOW + timedelta(seconds=14.01)) == 1
    assert state.wait_seconds(NOW + timedelta(seconds=15)) == 0
    assert state.wait_seconds(NOW + timedelta(days=1)) == 0


def test_a_clock_set_back_waits_at_most_the_delay_that_caused_the_lock() -> None:
    # Locked for 15 s at NOW; then the clock is set back by a year.
    state = LockoutState(4, NOW + timedelta(seconds=15))
    earlier = NOW - timedelta(days=365)
    assert state.wait_seconds(earlier) == 15
    capped = state.capped(earlier)
    assert capped.locked_until == earlier + timedelta(seconds=15)
    assert capped.failed == 4
    # An end time far beyond any delay (a corrupted or future row) is capped too.
    assert LockoutState(99, NOW + timedelta(days=3650)).wait_seconds(NOW) == MAX_LOCKOUT_SECONDS
    # A count that causes no wait with an end time set anyway waits at most the longest delay.
    assert LockoutState(1, NOW + timedelta(hours=5)).wait_seconds(NOW) == MAX_LOCKOUT_SECONDS
    # Nothing to cap: unchanged.
    assert state.capped(NOW) is state
    assert LockoutState().capped(NOW) == LockoutState()


def test_the_idle_time_is_kept_between_one_minute_and_two_hours() -> None:
    assert clamp_idle_minutes(0) == 1
    assert clamp_idle_minutes(-5) == 1
    assert clamp_idle_minutes(10) == 10
    assert clamp_idle_minutes(500) == 120
