"""Assignments: a lesson, a skill or a quiz set for a class, a group or one learner.

Guarantees: an assignment names something that exists when it is made (a lesson, a skill of an
installed pack, a quiz); who it is for is resolved when asked (a learner who joins the class later
gets the class's work too); "done" is derived, never stored: a lesson read, a skill mastered, a
quiz handed in. Deleting leaves a tombstone (`deleted_at`), so sync can carry the deletion.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from tutor.storage.engine import Database
from tutor.storage.models import (
    Assignment,
    ClassMembership,
    GroupMembership,
    Learner,
    LearnerGroup,
    Lesson,
    LessonView,
    MasteryState,
    Quiz,
    QuizRun,
    SchoolClass,
    Skill,
)
from tutor.storage.types import utc_now
from tutor.teaching.records import (
    AssignmentInfo,
    Audience,
    LearnerAssignment,
    TeachingError,
)

KINDS = ("lesson", "skill", "quiz")


def target_title(session: Session, kind: str, target_id: str) -> str | None:
    """The title of what an assignment names, or None when it is not on this laptop."""
    row: Lesson | Skill | Quiz | None
    if kind == "lesson":
        row = session.get(Lesson, target_id)
    elif kind == "skill":
        row = session.get(Skill, target_id)
    else:
        row = session.get(Quiz, target_id)
        if row is not None and row.deleted_at is not None:
            return None
    return None if row is None else row.title


def audience_learners(session: Session, assignment: Assignment) -> list[str]:
    """The ids of the active learners an assignment is for, as of now."""
    if assignment.learner_id is not None:
        query = select(Learner.id).where(Learner.id == assignment.learner_id)
    elif assignment.group_id is not None:
        query = (
            select(Learner.id)
            .join(GroupMembership, GroupMembership.learner_id == Learner.id)
            .where(GroupMembership.group_id == assignment.group_id)
        )
    else:
        query = (
            select(Learner.id)
            .join(ClassMembership, ClassMembership.learner_id == Learner.id)
            .where(ClassMembership.class_id == assignment.class_id)
        )
    return list(session.scalars(query.where(Learner.archived_at.is_(None))))


def completed_by(session: Session, assignment: Assignment, learner_ids: list[str]) -> set[str]:
    """Which of `learner_ids` have done the assignment."""
    if not learner_ids:
        return set()
    if assignment.kind == "lesson":
        query = select(LessonView.learner_id).where(
            LessonView.lesson_id == assignment.target_id, LessonView.learner_id.in_(learner_ids)
        )
    elif assignment.kind == "skill":
        query = select(MasteryState.learner_id).where(
            MasteryState.skill_id == assignment.target_id,
            MasteryState.status.in_(("mastered", "review_due")),
            MasteryState.learner_id.in_(learner_ids),
        )
    else:
        query = select(QuizRun.learner_id).where(
            QuizRun.assignment_id == assignment.id,
            QuizRun.finished_at.is_not(None),
            QuizRun.learner_id.in_(learner_ids),
        )
    return set(session.scalars(query))


class AssignmentService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def assign(
        self,
        kind: str,
        target_id: str,
        audience: Audience,
        *,
        due_at: datetime | None = None,
        created_by: str = "",
    ) -> str:
        """Set work; returns the assignment's id. Raises TeachingError (nothing stored) when the
        lesson, skill, quiz, class, group or learner is not on this laptop."""
        if kind not in KINDS:
            raise TeachingError(f"Unknown kind of work {kind!r}.")
        if due_at is not None and due_at.tzinfo is None:
            raise TeachingError("The due date needs a time zone.")
        with self._db.write() as session:
            if target_title(session, kind, target_id) is None:
                raise TeachingError(f"That {kind} is not on this laptop (was its pack removed?).")
            self._check_audience(session, audience)
            row = Assignment(
                kind=kind,
                target_id=target_id,
                class_id=audience.class_id,
                group_id=audience.group_id,
                learner_id=audience.learner_id,
                due_at=due_at,
                created_by=created_by,
            )
            session.add(row)
            session.flush()
            return row.id

    @staticmethod
    def _check_audience(session: Session, audience: Audience) -> None:
        found: object = None
        if audience.class_id:
            found = session.get(SchoolClass, audience.class_id)
        elif audience.group_id:
            found = session.get(LearnerGroup, audience.group_id)
        elif audience.learner_id:
            found = session.get(Learner, audience.learner_id)
        if found is None:
            raise TeachingError("That class, group or learner no longer exists on this laptop.")

    def targets(self, kind: str) -> list[tuple[str, str]]:
        """What can be assigned of a kind, as (id, title): installed lessons and skills in the
        packs' order, or the quizzes by title."""
        with self._db.read() as session:
            if kind == "lesson":
                lessons = session.execute(
                    select(Lesson.id, Lesson.title).order_by(Lesson.pack_id, Lesson.position)
                ).all()
                return [(row[0], row[1]) for row in lessons]
            if kind == "skill":
                skills = session.execute(
                    select(Skill.id, Skill.title)
                    .where(Skill.retired_at.is_(None))
                    .order_by(Skill.pack_id, Skill.position)
                ).all()
                return [(row[0], row[1]) for row in skills]
            quizzes = session.execute(
                select(Quiz.id, Quiz.title).where(Quiz.deleted_at.is_(None))
            ).all()
            return sorted(((row[0], row[1]) for row in quizzes), key=lambda q: q[1].casefold())

    def delete(self, assignment_id: str) -> None:
        with self._db.write() as session:
            row = session.get(Assignment, assignment_id)
            if row is None:
                raise TeachingError("That assignment no longer exists.")
            row.deleted_at = utc_now()

    def for_class(self, class_id: str) -> list[AssignmentInfo]:
        """The class's live assignments (to the class, its groups and its learners), due first,
        with how many of their learners have done each."""
        with self._db.read() as session:
            group_ids = select(LearnerGroup.id).where(LearnerGroup.class_id == class_id)
            learner_ids = select(ClassMembership.learner_id).where(
                ClassMembership.class_id == class_id
            )
            rows = session.scalars(
                select(Assignment).where(
                    Assignment.deleted_at.is_(None),
                    or_(
                        Assignment.class_id == class_id,
                        Assignment.group_id.in_(group_ids),
                        Assignment.learner_id.in_(learner_ids),
                    ),
                )
            ).all()
            infos = [self._info(session, row) for row in rows]
        return sorted(infos, key=_due_order)

    @staticmethod
    def _info(session: Session, row: Assignment) -> AssignmentInfo:
        learners = audience_learners(session, row)
        if row.class_id:
            audience = session.get(SchoolClass, row.class_id)
            audience_name = audience.name if audience else "?"
        elif row.group_id:
            group = session.get(LearnerGroup, row.group_id)
            audience_name = group.name if group else "?"
        else:
            learner = session.get(Learner, row.learner_id)
            audience_name = learner.display_name if learner else "?"
        return AssignmentInfo(
            id=row.id,
            kind=row.kind,
            target_id=row.target_id,
            title=target_title(session, row.kind, row.target_id) or row.target_id,
            audience=audience_name,
            due_at=row.due_at,
            learners=len(learners),
            completed=len(completed_by(session, row, learners)),
        )

    def for_learner(self, learner_id: str, now: datetime | None = None) -> list[LearnerAssignment]:
        """What a learner has been set (through their classes, groups or by name), not done
        first and then by due date; work whose content left the laptop is left out."""
        moment = now or utc_now()
        with self._db.read() as session:
            class_ids = select(ClassMembership.class_id).where(
                ClassMembership.learner_id == learner_id
            )
            live_classes = select(SchoolClass.id).where(
                SchoolClass.id.in_(class_ids), SchoolClass.archived_at.is_(None)
            )
            group_ids = (
                select(GroupMembership.group_id)
                .join(LearnerGroup, LearnerGroup.id == GroupMembership.group_id)
                .where(GroupMembership.learner_id == learner_id, LearnerGroup.archived_at.is_(None))
            )
            rows = session.scalars(
                select(Assignment).where(
                    Assignment.deleted_at.is_(None),
                    or_(
                        Assignment.class_id.in_(live_classes),
                        Assignment.group_id.in_(group_ids),
                        Assignment.learner_id == learner_id,
                    ),
                )
            ).all()
            found: list[LearnerAssignment] = []
            for row in rows:
                title = target_title(session, row.kind, row.target_id)
                if title is None:
                    continue
                done = learner_id in completed_by(session, row, [learner_id])
                found.append(
                    LearnerAssignment(
                        id=row.id,
                        kind=row.kind,
                        target_id=row.target_id,
                        title=title,
                        due_at=row.due_at,
                        done=done,
                        overdue=not done and row.due_at is not None and row.due_at < moment,
                    )
                )
        return sorted(found, key=lambda work: (work.done, *_due_key(work.due_at), work.title))


def _due_key(due_at: datetime | None) -> tuple[bool, float]:
    return (due_at is None, due_at.timestamp() if due_at else 0.0)


def _due_order(info: AssignmentInfo) -> tuple[bool, float, str]:
    return (*_due_key(info.due_at), info.title.casefold())
