"""Plain, immutable records of teacher mode (never ORM objects), for the UI, CLI and exports."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


class TeachingError(ValueError):
    """A teacher's request that cannot be done; the message says why in words. Nothing stored."""


@dataclass(frozen=True)
class ClassInfo:
    id: str
    name: str
    learners: int
    archived: bool


@dataclass(frozen=True)
class GroupInfo:
    id: str
    class_id: str
    name: str
    learner_ids: tuple[str, ...]


@dataclass(frozen=True)
class ClassMember:
    id: str
    display_name: str
    avatar: str
    groups: tuple[str, ...]  # group names
    sign_in: str  # "pin", "pictures" or "none"
    language: str | None
    archived: bool


@dataclass(frozen=True)
class RosterImport:
    """What importing a roster stored (all rows or, when any row was bad, none)."""

    added: tuple[str, ...]  # learner ids, in file order
    groups_created: tuple[str, ...]  # group names


@dataclass(frozen=True)
class QuizPartSpec:
    """A fixed item (item_id) or `count` items drawn at random from a skill (skill_id)."""

    item_id: str | None = None
    skill_id: str | None = None
    count: int = 1


@dataclass(frozen=True)
class QuizInfo:
    id: str
    title: str
    time_limit_minutes: int | None
    feedback: str  # "per_item" or "at_end"
    parts: tuple[QuizPartSpec, ...]
    questions: int


@dataclass(frozen=True)
class Audience:
    """Exactly one of a class, a group or a learner."""

    class_id: str | None = None
    group_id: str | None = None
    learner_id: str | None = None

    def __post_init__(self) -> None:
        given = [value for value in (self.class_id, self.group_id, self.learner_id) if value]
        if len(given) != 1:
            raise TeachingError("Choose one class, one group or one learner.")


@dataclass(frozen=True)
class AssignmentInfo:
    id: str
    kind: str  # "lesson", "skill" or "quiz"
    target_id: str
    title: str  # the lesson's, skill's or quiz's title
    audience: str  # the class's, group's or learner's name
    due_at: datetime | None
    learners: int  # learners it is for
    completed: int  # of them, how many have done it


@dataclass(frozen=True)
class LearnerAssignment:
    """One piece of work as a learner sees it on their home."""

    id: str
    kind: str
    target_id: str
    title: str
    due_at: datetime | None
    done: bool
    overdue: bool


@dataclass(frozen=True)
class NoteInfo:
    id: str
    learner_id: str
    author: str
    text: str
    created_at: datetime
    read: bool


@dataclass(frozen=True)
class WeeklyProgress:
    """A learner's week: answers this week against their goal, and the streak of days (up to
    today) on which they answered at least one item."""

    answered_this_week: int
    goal: int
    streak_days: int
    active_days: tuple[str, ...] = field(default_factory=tuple)  # ISO dates this week
