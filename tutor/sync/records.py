"""The wire records of a progress bundle and, later, of a sync session: one per synced table.

Field names are the table's column names (tutor.storage.models), so a record and a row convert
field for field. Rules the database enforces with CHECK constraints are checked here too, so a
bad record is refused with a message before anything is written. Standard library only.

Not carried, on purpose: mastery states (derived from the attempt events on the receiving side),
teacher accounts (each laptop's own), sign-in lockouts and current activities (this laptop's
moment-to-moment state), installed content (packs travel as packs).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from tutor.sync.wire import WireRecord

UUID = 36
CONTENT_ID = 255
NAME = 100
TITLE = 200

CONTEXTS = ("practice", "placement", "review", "quiz")
ASSIGNMENT_KINDS = ("lesson", "skill", "quiz")
QUIZ_FEEDBACK = ("per_item", "at_end")
TEXT_SCALE_RANGE = (100, 200)


def _ids(*names: str) -> dict[str, int]:
    return dict.fromkeys(names, UUID)


@dataclass(frozen=True)
class DeviceRecord(WireRecord):
    """A laptop or server that records attempt events, and the key its bundles are signed with."""

    LIMITS: ClassVar[dict[str, int]] = {
        **_ids("id"),
        "name": NAME,
        "school_name": TITLE,
        "public_key": TITLE,
    }

    id: str
    name: str
    school_name: str
    public_key: str | None
    last_sequence: int
    created_at: datetime

    def rule_problems(self) -> list[str]:
        return ["last_sequence is negative"] if self.last_sequence < 0 else []


@dataclass(frozen=True)
class LearnerRecord(WireRecord):
    LIMITS: ClassVar[dict[str, int]] = {
        **_ids("id"),
        "display_name": NAME,
        "avatar": 40,
        "pin_hash": TITLE,
        "picture_password_hash": TITLE,
        "language": 20,
    }

    id: str
    display_name: str
    avatar: str
    pin_hash: str | None
    picture_password_hash: str | None
    language: str | None
    text_scale: int | None
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None

    def rule_problems(self) -> list[str]:
        low, high = TEXT_SCALE_RANGE
        if self.text_scale is not None and not low <= self.text_scale <= high:
            return [f"text_scale is not from {low} to {high}"]
        return []


@dataclass(frozen=True)
class ClassRecord(WireRecord):
    LIMITS: ClassVar[dict[str, int]] = {**_ids("id"), "name": NAME}

    id: str
    name: str
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None


@dataclass(frozen=True)
class ClassMembershipRecord(WireRecord):
    KEY: ClassVar[tuple[str, ...]] = ("class_id", "learner_id")
    LIMITS: ClassVar[dict[str, int]] = _ids("class_id", "learner_id")

    class_id: str
    learner_id: str
    joined_at: datetime


@dataclass(frozen=True)
class GroupRecord(WireRecord):
    LIMITS: ClassVar[dict[str, int]] = {**_ids("id", "class_id"), "name": NAME}

    id: str
    class_id: str
    name: str
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None


@dataclass(frozen=True)
class GroupMembershipRecord(WireRecord):
    KEY: ClassVar[tuple[str, ...]] = ("group_id", "learner_id")
    LIMITS: ClassVar[dict[str, int]] = _ids("group_id", "learner_id")

    group_id: str
    learner_id: str
    joined_at: datetime


@dataclass(frozen=True)
class QuizRecord(WireRecord):
    LIMITS: ClassVar[dict[str, int]] = {
        **_ids("id"),
        "title": TITLE,
        "feedback": 20,
        "created_by": NAME,
    }

    id: str
    title: str
    time_limit_minutes: int | None
    feedback: str
    created_by: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None

    def rule_problems(self) -> list[str]:
        problems = []
        if self.feedback not in QUIZ_FEEDBACK:
            problems.append(f"feedback is not one of {', '.join(QUIZ_FEEDBACK)}")
        if self.time_limit_minutes is not None and self.time_limit_minutes <= 0:
            problems.append("time_limit_minutes is not positive")
        return problems


@dataclass(frozen=True)
class QuizPartRecord(WireRecord):
    KEY: ClassVar[tuple[str, ...]] = ("quiz_id", "position")
    LIMITS: ClassVar[dict[str, int]] = {
        **_ids("quiz_id"),
        "item_id": CONTENT_ID,
        "skill_id": CONTENT_ID,
    }

    quiz_id: str
    position: int
    item_id: str | None
    skill_id: str | None
    draw_count: int

    def rule_problems(self) -> list[str]:
        problems = []
        if (self.item_id is None) == (self.skill_id is None):
            problems.append("names neither or both of item_id and skill_id")
        if self.draw_count < 1:
            problems.append("draw_count is below 1")
        return problems


@dataclass(frozen=True)
class AssignmentRecord(WireRecord):
    LIMITS: ClassVar[dict[str, int]] = {
        **_ids("id", "class_id", "group_id", "learner_id"),
        "kind": 20,
        "target_id": CONTENT_ID,
        "created_by": NAME,
    }

    id: str
    kind: str
    target_id: str
    class_id: str | None
    group_id: str | None
    learner_id: str | None
    due_at: datetime | None
    created_by: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None

    def rule_problems(self) -> list[str]:
        problems = []
        if self.kind not in ASSIGNMENT_KINDS:
            problems.append(f"kind is not one of {', '.join(ASSIGNMENT_KINDS)}")
        audiences = (self.class_id, self.group_id, self.learner_id)
        if sum(audience is not None for audience in audiences) != 1:
            problems.append("does not name exactly one of class_id, group_id, learner_id")
        return problems


@dataclass(frozen=True)
class QuizRunRecord(WireRecord):
    LIMITS: ClassVar[dict[str, int]] = {
        **_ids("id", "assignment_id", "learner_id", "quiz_id"),
        "feedback": 20,
    }

    id: str
    assignment_id: str
    learner_id: str
    quiz_id: str
    item_ids: list[str]
    feedback: str
    started_at: datetime
    deadline_at: datetime | None
    finished_at: datetime | None

    def rule_problems(self) -> list[str]:
        if self.feedback not in QUIZ_FEEDBACK:
            return [f"feedback is not one of {', '.join(QUIZ_FEEDBACK)}"]
        return []


@dataclass(frozen=True)
class TeacherNoteRecord(WireRecord):
    LIMITS: ClassVar[dict[str, int]] = {**_ids("id", "learner_id"), "author": NAME}

    id: str
    learner_id: str
    author: str
    text: str
    created_at: datetime
    read_at: datetime | None
    deleted_at: datetime | None


@dataclass(frozen=True)
class LessonViewRecord(WireRecord):
    KEY: ClassVar[tuple[str, ...]] = ("learner_id", "lesson_id")
    LIMITS: ClassVar[dict[str, int]] = {**_ids("learner_id"), "lesson_id": CONTENT_ID}

    learner_id: str
    lesson_id: str
    viewed_at: datetime


@dataclass(frozen=True)
class AttemptEventRecord(WireRecord):
    """One answer: append-only, identified by its id and by (device_id, sequence)."""

    LIMITS: ClassVar[dict[str, int]] = {
        **_ids("id", "device_id", "learner_id", "quiz_run_id"),
        "item_id": CONTENT_ID,
        "skill_id": CONTENT_ID,
        "context": 20,
    }

    id: str
    device_id: str
    sequence: int
    learner_id: str
    item_id: str
    skill_id: str
    response: dict[str, Any]
    score: float
    correct: bool
    hints_used: int
    duration_ms: int
    answered_at: datetime
    recorded_at: datetime
    context: str
    quiz_run_id: str | None
    expected: float | None
    estimate_after: float | None

    def rule_problems(self) -> list[str]:
        problems = []
        for name in ("expected", "estimate_after"):
            figure = getattr(self, name)
            if figure is not None and not 0.0 <= figure <= 1.0:
                problems.append(f"{name} is not from 0 to 1")
        if self.sequence < 1:
            problems.append("sequence is below 1")
        if not 0.0 <= self.score <= 1.0:
            problems.append("score is not from 0 to 1")
        if self.hints_used < 0 or self.duration_ms < 0:
            problems.append("hints_used or duration_ms is negative")
        if self.context not in CONTEXTS:
            problems.append(f"context is not one of {', '.join(CONTEXTS)}")
        return problems


@dataclass(frozen=True)
class PlacementRecord(WireRecord):
    """A learner's placement check has ended (the setting `placement_done:<learner id>`)."""

    KEY: ClassVar[tuple[str, ...]] = ("learner_id",)
    LIMITS: ClassVar[dict[str, int]] = _ids("learner_id")

    learner_id: str
    done_at: datetime
