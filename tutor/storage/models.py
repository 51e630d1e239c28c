"""The local database schema as SQLAlchemy 2.0 typed models.

Identity rules that later sync and pack updates rely on:

* learners, classes, teachers, devices and attempt events have UUID ids made where they are created,
  so records from different laptops never collide;
* skills, lessons and items are keyed by their stable content ids from the pack (not row numbers),
  so progress survives a pack update;
* an attempt event is never deleted by a cascade: it names its item and skill by content id without
  a foreign key, and its learner and device with ``RESTRICT``.

Mastery states are derived from attempt events and may be rebuilt from them at any time.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy import false as sa_false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from tutor.storage.types import UtcDateTime, utc_now
from tutor.text_size import TEXT_SCALE_MAX, TEXT_SCALE_MIN

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

UUID_LENGTH = 36
CONTENT_ID_LENGTH = 255
SHA256_HEX_LENGTH = 64
TEACHER_ROLES = ("teacher", "admin")


def new_id() -> str:
    """A fresh random UUID as text: the id of every record made on a laptop."""
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UtcDateTime(),
        dict[str, Any]: JSON(),
    }


class Device(Base):
    """A laptop or server that records attempt events. Exactly one row is this device."""

    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(100))
    school_name: Mapped[str] = mapped_column(String(200), default="")
    is_this_device: Mapped[bool] = mapped_column(default=False)
    last_sequence: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    # The device's Ed25519 public key line (tutor.content.signing.PublicKey.to_line): it signs
    # the progress bundles the device writes. Learned from a bundle for other devices.
    public_key: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (CheckConstraint("last_sequence >= 0", name="last_sequence_not_negative"),)


class Learner(Base):
    __tablename__ = "learners"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True, default=new_id)
    display_name: Mapped[str] = mapped_column(String(100))
    avatar: Mapped[str] = mapped_column(String(40), default="")
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    picture_password_hash: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str | None] = mapped_column(String(20))
    text_scale: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    archived_at: Mapped[datetime | None] = mapped_column()

    memberships: Mapped[list[ClassMembership]] = relationship(back_populates="learner")

    __table_args__ = (
        CheckConstraint(
            f"text_scale IS NULL OR text_scale BETWEEN {TEXT_SCALE_MIN} AND {TEXT_SCALE_MAX}",
            name="text_scale_range",
        ),
    )


class SchoolClass(Base):
    __tablename__ = "classes"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(
        default=utc_now, onupdate=utc_now, server_default=text("CURRENT_TIMESTAMP")
    )
    archived_at: Mapped[datetime | None] = mapped_column()

    memberships: Mapped[list[ClassMembership]] = relationship(
        back_populates="school_class", cascade="all, delete-orphan"
    )


class ClassMembership(Base):
    __tablename__ = "class_memberships"

    class_id: Mapped[str] = mapped_column(
        ForeignKey("classes.id", ondelete="CASCADE"), primary_key=True
    )
    learner_id: Mapped[str] = mapped_column(
        ForeignKey("learners.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    joined_at: Mapped[datetime] = mapped_column(default=utc_now)

    school_class: Mapped[SchoolClass] = relationship(back_populates="memberships")
    learner: Mapped[Learner] = relationship(back_populates="memberships")


class TeacherAccount(Base):
    __tablename__ = "teacher_accounts"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default="teacher")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    disabled_at: Mapped[datetime | None] = mapped_column()

    __table_args__ = (CheckConstraint(f"role IN {TEACHER_ROLES!r}", name="role_known"),)


class Setting(Base):
    """A device-wide setting: a key and a JSON value."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class InstalledPack(Base):
    __tablename__ = "installed_packs"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    version: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(20))
    publisher: Mapped[str] = mapped_column(String(200))
    signing_key_id: Mapped[str | None] = mapped_column(String(100))
    manifest_sha256: Mapped[str] = mapped_column(String(SHA256_HEX_LENGTH))
    installed_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    practice_target: Mapped[float | None] = mapped_column()  # None: the engine's default


class TrustedKey(Base):
    """A publisher key this laptop accepts pack signatures from."""

    __tablename__ = "trusted_keys"

    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    public_key: Mapped[str] = mapped_column(String(100))
    publisher: Mapped[str] = mapped_column(String(200), default="")
    trusted_at: Mapped[datetime] = mapped_column(default=utc_now)


class Skill(Base):
    """A skill of an installed pack. `retired_at` is set when a pack update drops it."""

    __tablename__ = "skills"

    id: Mapped[str] = mapped_column(String(CONTENT_ID_LENGTH), primary_key=True)
    pack_id: Mapped[str] = mapped_column(
        ForeignKey("installed_packs.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    retired_at: Mapped[datetime | None] = mapped_column()


class SkillPrerequisite(Base):
    __tablename__ = "skill_prerequisites"

    skill_id: Mapped[str] = mapped_column(
        ForeignKey("skills.id", ondelete="CASCADE"), primary_key=True
    )
    prerequisite_id: Mapped[str] = mapped_column(
        ForeignKey("skills.id", ondelete="CASCADE"), primary_key=True
    )

    __table_args__ = (CheckConstraint("skill_id <> prerequisite_id", name="not_own_prerequisite"),)


class Lesson(Base):
    __tablename__ = "lessons"

    id: Mapped[str] = mapped_column(String(CONTENT_ID_LENGTH), primary_key=True)
    pack_id: Mapped[str] = mapped_column(
        ForeignKey("installed_packs.id", ondelete="CASCADE"), index=True
    )
    skill_id: Mapped[str | None] = mapped_column(
        ForeignKey("skills.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    body_sha256: Mapped[str] = mapped_column(String(SHA256_HEX_LENGTH))
    position: Mapped[int] = mapped_column(Integer, default=0)


class Item(Base):
    """A practice or quiz item. `definition` holds the type-specific prompt, choices and answers.

    An item a pack update drops is retired (`retired_at`), never deleted: its attempts stay."""

    __tablename__ = "items"

    id: Mapped[str] = mapped_column(String(CONTENT_ID_LENGTH), primary_key=True)
    pack_id: Mapped[str] = mapped_column(
        ForeignKey("installed_packs.id", ondelete="CASCADE"), index=True
    )
    skill_id: Mapped[str] = mapped_column(ForeignKey("skills.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    definition: Mapped[dict[str, Any]] = mapped_column()
    difficulty_prior: Mapped[float | None] = mapped_column()
    position: Mapped[int] = mapped_column(Integer, default=0)
    retired_at: Mapped[datetime | None] = mapped_column()


class MediaReference(Base):
    """A lesson's or item's use of a media file kept in the content store by its SHA-256."""

    __tablename__ = "media_references"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    pack_id: Mapped[str] = mapped_column(
        ForeignKey("installed_packs.id", ondelete="CASCADE"), index=True
    )
    owner_id: Mapped[str] = mapped_column(String(CONTENT_ID_LENGTH))
    sha256: Mapped[str] = mapped_column(String(SHA256_HEX_LENGTH), index=True)
    media_type: Mapped[str] = mapped_column(String(100))
    file_name: Mapped[str] = mapped_column(String(255))

    __table_args__ = (UniqueConstraint("owner_id", "file_name"),)


class AttemptEvent(Base):
    """One answer by one learner: append-only, the source of truth for mastery and sync."""

    __tablename__ = "attempt_events"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True, default=new_id)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id", ondelete="RESTRICT"))
    sequence: Mapped[int] = mapped_column(Integer)
    learner_id: Mapped[str] = mapped_column(ForeignKey("learners.id", ondelete="RESTRICT"))
    item_id: Mapped[str] = mapped_column(String(CONTENT_ID_LENGTH))
    skill_id: Mapped[str] = mapped_column(String(CONTENT_ID_LENGTH), index=True)
    response: Mapped[dict[str, Any]] = mapped_column()
    score: Mapped[float] = mapped_column()
    correct: Mapped[bool] = mapped_column()
    hints_used: Mapped[int] = mapped_column(Integer, default=0)
    duration_ms: Mapped[int] = mapped_column(Integer, default=0)
    answered_at: Mapped[datetime] = mapped_column()
    recorded_at: Mapped[datetime] = mapped_column(default=utc_now)
    context: Mapped[str] = mapped_column(String(20), default="practice", server_default="practice")
    # The quiz run (quiz_runs.id) this answer belongs to, for context "quiz"; no foreign key, so
    # an answer arriving from another device never waits for its run.
    quiz_run_id: Mapped[str | None] = mapped_column(String(UUID_LENGTH), index=True)
    # What the student model said when the answer was given: P(right) on the item just before
    # it, and its estimate for the skill (a typical item) just after. A record of that moment
    # for the teacher's views (tutor.teaching.needs_help), not state: mastery is rebuilt from
    # the answers themselves. NULL for answers stored before Tutor kept them.
    expected: Mapped[float | None] = mapped_column()
    estimate_after: Mapped[float | None] = mapped_column()

    __table_args__ = (
        UniqueConstraint("device_id", "sequence"),
        Index("ix_attempt_events_learner_id_answered_at", "learner_id", "answered_at"),
        # A learner's last answers on one skill (tutor.teaching.recent_answers).
        Index(
            "ix_attempt_events_learner_id_skill_id_answered_at",
            "learner_id",
            "skill_id",
            "answered_at",
            "sequence",
        ),
        CheckConstraint("score >= 0 AND score <= 1", name="score_range"),
        CheckConstraint("hints_used >= 0", name="hints_not_negative"),
        CheckConstraint("duration_ms >= 0", name="duration_not_negative"),
        CheckConstraint(
            "context IN ('practice', 'placement', 'review', 'quiz')", name="context_known"
        ),
        CheckConstraint(
            "(expected IS NULL OR expected BETWEEN 0 AND 1) AND "
            "(estimate_after IS NULL OR estimate_after BETWEEN 0 AND 1)",
            name="model_figures_range",
        ),
    )


class MasteryState(Base):
    """A learner's current estimate for one skill, derived from their attempt events."""

    __tablename__ = "mastery_states"

    learner_id: Mapped[str] = mapped_column(
        ForeignKey("learners.id", ondelete="CASCADE"), primary_key=True
    )
    skill_id: Mapped[str] = mapped_column(String(CONTENT_ID_LENGTH), primary_key=True)
    probability: Mapped[float] = mapped_column()
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    correct: Mapped[int] = mapped_column(Integer, default=0)
    last_attempt_at: Mapped[datetime | None] = mapped_column()
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    # The engine's decision (tutor.engine.mastery.MasteryStatus values); `placed`: mastered by
    # the placement check rather than by practice.
    status: Mapped[str] = mapped_column(
        String(20), default="not_started", server_default="not_started"
    )
    placed: Mapped[bool] = mapped_column(default=False, server_default=sa_false())

    __table_args__ = (
        CheckConstraint("probability >= 0 AND probability <= 1", name="probability_range"),
        CheckConstraint("correct >= 0 AND correct <= attempts", name="counts_consistent"),
        CheckConstraint(
            "status IN ('not_started', 'learning', 'struggling', 'mastered', 'review_due')",
            name="status_known",
        ),
    )


class LessonView(Base):
    """A learner opened a lesson (its id as in `lessons`, kept when a pack update drops it)."""

    __tablename__ = "lesson_views"

    learner_id: Mapped[str] = mapped_column(
        ForeignKey("learners.id", ondelete="CASCADE"), primary_key=True
    )
    lesson_id: Mapped[str] = mapped_column(String(CONTENT_ID_LENGTH), primary_key=True)
    viewed_at: Mapped[datetime] = mapped_column(default=utc_now)


class CurrentActivity(Base):
    """What a learner is in the middle of, so they resume it after a crash or a sign-out."""

    __tablename__ = "current_activities"

    learner_id: Mapped[str] = mapped_column(
        ForeignKey("learners.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    skill_id: Mapped[str | None] = mapped_column(String(CONTENT_ID_LENGTH))
    item_id: Mapped[str | None] = mapped_column(String(CONTENT_ID_LENGTH))
    lesson_id: Mapped[str | None] = mapped_column(String(CONTENT_ID_LENGTH))
    why: Mapped[str] = mapped_column(String(20))
    started_at: Mapped[datetime] = mapped_column(default=utc_now)

    __table_args__ = (
        CheckConstraint("kind IN ('lesson', 'practice', 'placement')", name="kind_known"),
    )


class SignInLockout(Base):
    """A learner's wrong sign-in attempts in a row on this laptop, and when the wait they caused
    ends (tutor.learner_secrets). The row goes when the learner signs in or gets a new secret."""

    __tablename__ = "sign_in_lockouts"

    learner_id: Mapped[str] = mapped_column(
        ForeignKey("learners.id", ondelete="CASCADE"), primary_key=True
    )
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column()
    last_failed_at: Mapped[datetime] = mapped_column(default=utc_now)

    __table_args__ = (CheckConstraint("failed_attempts >= 0", name="failed_attempts_not_negative"),)


# -- teaching: groups, quizzes, assignments, notes ------------------------------------------------

ASSIGNMENT_KINDS = ("lesson", "skill", "quiz")
QUIZ_FEEDBACK = ("per_item", "at_end")


class LearnerGroup(Base):
    """A group of learners inside a class (a reading group, a table)."""

    __tablename__ = "learner_groups"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True, default=new_id)
    class_id: Mapped[str] = mapped_column(ForeignKey("classes.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    archived_at: Mapped[datetime | None] = mapped_column()


class GroupMembership(Base):
    __tablename__ = "group_memberships"

    group_id: Mapped[str] = mapped_column(
        ForeignKey("learner_groups.id", ondelete="CASCADE"), primary_key=True
    )
    learner_id: Mapped[str] = mapped_column(
        ForeignKey("learners.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    joined_at: Mapped[datetime] = mapped_column(default=utc_now)


class Quiz(Base):
    """A quiz a teacher built: its parts (fixed items or draws from a skill) are `quiz_parts`.

    `time_limit_minutes` None means untimed; `feedback` is when the learner sees right and wrong:
    after each item ("per_item") or on the result screen ("at_end")."""

    __tablename__ = "quizzes"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column(String(200))
    time_limit_minutes: Mapped[int | None] = mapped_column(Integer)
    feedback: Mapped[str] = mapped_column(String(20), default="at_end")
    created_by: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    deleted_at: Mapped[datetime | None] = mapped_column()

    __table_args__ = (
        CheckConstraint(f"feedback IN {QUIZ_FEEDBACK!r}", name="feedback_known"),
        CheckConstraint(
            "time_limit_minutes IS NULL OR time_limit_minutes > 0", name="time_limit_positive"
        ),
    )


class QuizPart(Base):
    """One part of a quiz: a fixed item, or `draw_count` items drawn at random from a skill."""

    __tablename__ = "quiz_parts"

    quiz_id: Mapped[str] = mapped_column(
        ForeignKey("quizzes.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[str | None] = mapped_column(String(CONTENT_ID_LENGTH))
    skill_id: Mapped[str | None] = mapped_column(String(CONTENT_ID_LENGTH))
    draw_count: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (
        CheckConstraint("(item_id IS NULL) <> (skill_id IS NULL)", name="item_or_skill"),
        CheckConstraint("draw_count >= 1", name="draw_count_positive"),
    )


class Assignment(Base):
    """Work a teacher set: a lesson, a skill or a quiz (`target_id`: its content or quiz id) for
    exactly one of a class, a group or a learner, with an optional due date. Deleting sets
    `deleted_at` (a tombstone sync can carry), so answers given for it keep their meaning."""

    __tablename__ = "assignments"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(20))
    target_id: Mapped[str] = mapped_column(String(CONTENT_ID_LENGTH))
    class_id: Mapped[str | None] = mapped_column(
        ForeignKey("classes.id", ondelete="CASCADE"), index=True
    )
    group_id: Mapped[str | None] = mapped_column(
        ForeignKey("learner_groups.id", ondelete="CASCADE"), index=True
    )
    learner_id: Mapped[str | None] = mapped_column(
        ForeignKey("learners.id", ondelete="CASCADE"), index=True
    )
    due_at: Mapped[datetime | None] = mapped_column()
    created_by: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    deleted_at: Mapped[datetime | None] = mapped_column()

    __table_args__ = (
        CheckConstraint(f"kind IN {ASSIGNMENT_KINDS!r}", name="kind_known"),
        CheckConstraint(
            "(class_id IS NOT NULL) + (group_id IS NOT NULL) + (learner_id IS NOT NULL) = 1",
            name="one_audience",
        ),
    )


class QuizRun(Base):
    """One learner taking one assigned quiz: the items drawn for them (fixed at the start, so a
    restart resumes the same quiz), its deadline when timed, and when it was handed in."""

    __tablename__ = "quiz_runs"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True, default=new_id)
    assignment_id: Mapped[str] = mapped_column(
        ForeignKey("assignments.id", ondelete="CASCADE"), index=True
    )
    learner_id: Mapped[str] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"))
    quiz_id: Mapped[str] = mapped_column(String(UUID_LENGTH))
    item_ids: Mapped[list[str]] = mapped_column(JSON)
    feedback: Mapped[str] = mapped_column(String(20))
    started_at: Mapped[datetime] = mapped_column(default=utc_now)
    deadline_at: Mapped[datetime | None] = mapped_column()
    finished_at: Mapped[datetime | None] = mapped_column()

    __table_args__ = (
        UniqueConstraint("assignment_id", "learner_id"),
        CheckConstraint(f"feedback IN {QUIZ_FEEDBACK!r}", name="feedback_known"),
    )


class TeacherNote(Base):
    """A short note from a teacher to one learner, shown on the learner's home."""

    __tablename__ = "teacher_notes"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True, default=new_id)
    learner_id: Mapped[str] = mapped_column(
        ForeignKey("learners.id", ondelete="CASCADE"), index=True
    )
    author: Mapped[str] = mapped_column(String(100), default="")
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    read_at: Mapped[datetime | None] = mapped_column()
    deleted_at: Mapped[datetime | None] = mapped_column()


class ImportedBundle(Base):
    """A progress bundle this database has imported (tutor.sync.bundle): importing it again is
    recognised and changes nothing."""

    __tablename__ = "imported_bundles"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    source_device_id: Mapped[str] = mapped_column(String(UUID_LENGTH))
    sha256: Mapped[str] = mapped_column(String(SHA256_HEX_LENGTH))
    imported_at: Mapped[datetime] = mapped_column(default=utc_now)
    summary: Mapped[dict[str, Any]] = mapped_column()
