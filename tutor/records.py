"""Plain, immutable records the facade returns to the UI and CLI (never ORM objects)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from tutor.passwords import MIN_TEACHER_PASSWORD_LENGTH


@dataclass(frozen=True)
class LearnerProfile:
    id: str
    display_name: str
    avatar: str
    has_pin: bool
    has_picture_password: bool
    language: str | None
    text_scale: int | None


@dataclass(frozen=True)
class DeviceInfo:
    id: str
    name: str
    school_name: str


@dataclass(frozen=True)
class FirstRunSetup:
    """Everything the first-run wizard collects. Validated as a whole by :meth:`problems`."""

    laptop_name: str
    school_name: str
    teacher_display_name: str
    teacher_username: str
    teacher_password: str
    class_name: str
    learner_names: tuple[str, ...]

    def problems(self) -> list[str]:
        """Every reason this setup cannot be saved (empty when it can), all reported at once."""
        found: list[str] = []
        for label, value, limit in (
            ("laptop name", self.laptop_name, 100),
            ("school name", self.school_name, 200),
            ("teacher name", self.teacher_display_name, 100),
            ("teacher username", self.teacher_username, 100),
            ("class name", self.class_name, 100),
        ):
            if not value.strip():
                found.append(f"The {label} is empty.")
            elif len(value) > limit:
                found.append(f"The {label} is longer than {limit} characters.")
        if len(self.teacher_password) < MIN_TEACHER_PASSWORD_LENGTH:
            found.append(
                f"The teacher password needs at least {MIN_TEACHER_PASSWORD_LENGTH} characters."
            )
        seen: set[str] = set()
        for name in self.learner_names:
            if not name.strip():
                found.append("A learner name is empty.")
                continue
            if len(name) > 100:
                found.append(f"The learner name {name[:20]!r}… is longer than 100 characters.")
            key = name_key(name)
            if key in seen:
                found.append(f"The learner name {name.strip()!r} appears twice.")
            seen.add(key)
        return found


def name_key(name: str) -> str:
    """What two names must share to be the same name to a person: the same letters after
    Unicode normalisation (NFC), ignoring case and surrounding space."""
    return unicodedata.normalize("NFC", name.strip()).casefold()


@dataclass(frozen=True)
class InstalledPackInfo:
    id: str
    version: str
    title: str
    language: str
    publisher: str
    signing_key_id: str | None
    items: int


class SignInResult(StrEnum):
    OK = "ok"
    WRONG = "wrong"
    LOCKED = "locked"  # not checked: the learner must wait first


@dataclass(frozen=True)
class SecretCheck:
    """What checking a learner's PIN or picture password found.

    `attempts_left`: wrong attempts the learner may still make; the last of them starts a wait.
    `wait_seconds`: seconds before the next attempt is accepted — after a WRONG answer that
    started a wait, and always for LOCKED (the attempt was not checked). 0 means "try now".
    """

    result: SignInResult
    attempts_left: int = 0
    wait_seconds: int = 0

    @property
    def ok(self) -> bool:
        return self.result is SignInResult.OK
