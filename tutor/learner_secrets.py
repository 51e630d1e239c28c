"""Learner sign-in secrets and the lock-out after wrong attempts (no Qt, no database).

A learner has at most one secret: a PIN of 4–6 digits, or a picture password, a sequence of three
pictures from :data:`PICTURE_KEYS` (for learners who cannot read yet; a picture may repeat).
Both are stored as scrypt hashes (tutor.passwords); this module never stores or logs a secret.

Lock-out: the first :data:`FREE_ATTEMPTS` - 1 wrong attempts cost nothing; the next one, and every
wrong attempt after it until a right one, makes the learner wait, longer each time
(:data:`LOCKOUT_DELAYS`, then the last delay again). A right answer starts over. The count and the
time the wait ends are stored per learner, so restarting the app does not reset them. A clock set
back cannot lock anyone out for long: no wait is ever longer than the delay that caused it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

# The idle sign-out time lives in tutor.idle_time (the window needs it at start-up, cheaply).
from tutor.idle_time import DEFAULT_IDLE_SIGN_OUT_MINUTES as DEFAULT_IDLE_SIGN_OUT_MINUTES
from tutor.idle_time import IDLE_SIGN_OUT_MINUTES as IDLE_SIGN_OUT_MINUTES
from tutor.idle_time import clamp_idle_minutes as clamp_idle_minutes
from tutor.passwords import hash_secret, verify_secret

PIN_MIN_LENGTH = 4
PIN_MAX_LENGTH = 6
PICTURE_PASSWORD_LENGTH = 3
#: The pictures a picture password is made of, in the order the sign-in grid shows them (3×3).
PICTURE_KEYS: tuple[str, ...] = (
    "sun",
    "moon",
    "star",
    "heart",
    "tree",
    "fish",
    "house",
    "flower",
    "cloud",
)
#: Wrong attempts in a row that are allowed before the next wrong one makes the learner wait.
FREE_ATTEMPTS = 3
#: How long the learner waits after the 3rd, 4th, 5th, 6th (and every later) wrong attempt.
LOCKOUT_DELAYS: tuple[int, ...] = (5, 15, 60, 300)
MAX_LOCKOUT_SECONDS = LOCKOUT_DELAYS[-1]


# A prefix keeps a picture password's hash input apart from any PIN's.
_PICTURE_PREFIX = "pictures:"

Secret = str | Sequence[str]
"""What a learner enters: a PIN as text, or a picture password as a sequence of picture keys."""


class SecretError(ValueError):
    """A PIN or picture password that cannot be stored (the message says why, in English)."""


class UnknownLearnerError(LookupError):
    """No learner (or no active learner, when signing in) has this id."""


def validate_pin(pin: str) -> str:
    """The PIN if it is 4–6 ASCII digits; raises SecretError otherwise."""
    digits = all(character in "0123456789" for character in pin)
    if not (digits and PIN_MIN_LENGTH <= len(pin) <= PIN_MAX_LENGTH):
        raise SecretError(f"A PIN has {PIN_MIN_LENGTH} to {PIN_MAX_LENGTH} digits (0–9).")
    return pin


def validate_picture_password(keys: Sequence[str]) -> tuple[str, ...]:
    """The keys as a tuple if they are 3 known picture keys; raises SecretError otherwise."""
    if isinstance(keys, str):
        raise SecretError("A picture password is a sequence of picture keys, not text.")
    chosen = tuple(keys)
    if len(chosen) != PICTURE_PASSWORD_LENGTH:
        raise SecretError(f"A picture password has {PICTURE_PASSWORD_LENGTH} pictures.")
    unknown = [key for key in chosen if key not in PICTURE_KEYS]
    if unknown:
        raise SecretError(f"Unknown picture(s) {unknown!r}; known: {', '.join(PICTURE_KEYS)}.")
    return chosen


def _picture_text(keys: Sequence[str]) -> str:
    return _PICTURE_PREFIX + ",".join(keys)


def hash_pin(pin: str) -> str:
    return hash_secret(validate_pin(pin))


def hash_picture_password(keys: Sequence[str]) -> str:
    return hash_secret(_picture_text(validate_picture_password(keys)))


def verify_learner_secret(
    secret: Secret, *, pin_hash: str | None, picture_hash: str | None
) -> bool:
    """True when `secret` matches the learner's PIN or picture password. A malformed secret, or
    one of the other kind than the learner has, is simply wrong (never an exception)."""
    if isinstance(secret, str):
        return pin_hash is not None and verify_secret(secret, pin_hash)
    try:
        keys = validate_picture_password(secret)
    except SecretError:
        return False
    return picture_hash is not None and verify_secret(_picture_text(keys), picture_hash)


# -- lock-out ----------------------------------------------------------------------------------


def delay_after(failed: int) -> int:
    """Seconds the learner waits after their `failed`-th wrong attempt in a row (0: none)."""
    if failed < FREE_ATTEMPTS:
        return 0
    return LOCKOUT_DELAYS[min(failed - FREE_ATTEMPTS, len(LOCKOUT_DELAYS) - 1)]


def attempts_before_delay(failed: int) -> int:
    """How many more wrong attempts the learner can make; the last of them starts a wait."""
    return max(0, FREE_ATTEMPTS - failed)


@dataclass(frozen=True)
class LockoutState:
    """A learner's wrong attempts in a row and when the wait they caused ends (aware UTC)."""

    failed: int = 0
    locked_until: datetime | None = None

    def capped(self, now: datetime) -> LockoutState:
        """The state with its wait ending no later than now + the delay its count causes: after
        the clock was set back, the learner waits at most that long (not until the old time)."""
        if self.locked_until is None:
            return self
        latest = now + timedelta(seconds=delay_after(self.failed) or MAX_LOCKOUT_SECONDS)
        return self if self.locked_until <= latest else LockoutState(self.failed, latest)

    def wait_seconds(self, now: datetime) -> int:
        """Whole seconds (rounded up) until the learner may try again; 0 when they may now."""
        until = self.capped(now).locked_until
        if until is None or until <= now:
            return 0
        return math.ceil((until - now).total_seconds())

    def after_wrong(self, now: datetime) -> LockoutState:
        failed = self.failed + 1
        delay = delay_after(failed)
        return LockoutState(failed, now + timedelta(seconds=delay) if delay else None)


def utc_now() -> datetime:
    return datetime.now(UTC)
