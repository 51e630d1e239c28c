"""Which tables a bundle carries, in which payload file, and reading them as wire records.

PAYLOADS is in dependency order (a record only refers to records of earlier payloads), which is
the order the merge applies them in. read_payload() reads one consistent snapshot's rows (the
caller's session) in primary-key order, so the same database always gives the same bytes.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, fields
from typing import Any, TypeVar

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from tutor.learning.service import PLACEMENT_DONE
from tutor.storage.models import (
    Assignment,
    AttemptEvent,
    Base,
    ClassMembership,
    Device,
    GroupMembership,
    LearnerGroup,
    LessonView,
    Quiz,
    QuizPart,
    QuizRun,
    SchoolClass,
    Setting,
    TeacherNote,
)
from tutor.storage.models import Learner as LearnerRow
from tutor.sync.records import (
    AssignmentRecord,
    AttemptEventRecord,
    ClassMembershipRecord,
    ClassRecord,
    DeviceRecord,
    GroupMembershipRecord,
    GroupRecord,
    LearnerRecord,
    LessonViewRecord,
    PlacementRecord,
    QuizPartRecord,
    QuizRecord,
    QuizRunRecord,
    TeacherNoteRecord,
)
from tutor.sync.wire import WireRecord, parse_time

log = logging.getLogger(__name__)
R = TypeVar("R", bound=WireRecord)

PAYLOAD_SUFFIX = ".jsonl"


@dataclass(frozen=True)
class Payload:
    """One payload file: its name in the bundle, its record type and (but for placements) the
    table whose rows it holds."""

    name: str
    record: type[WireRecord]
    model: type[Base] | None

    @property
    def file_name(self) -> str:
        return self.name + PAYLOAD_SUFFIX

    @property
    def table(self) -> Table:
        assert self.model is not None
        table = self.model.__table__
        assert isinstance(table, Table)
        return table


PAYLOADS: tuple[Payload, ...] = (
    Payload("devices", DeviceRecord, Device),
    Payload("learners", LearnerRecord, LearnerRow),
    Payload("classes", ClassRecord, SchoolClass),
    Payload("class_memberships", ClassMembershipRecord, ClassMembership),
    Payload("learner_groups", GroupRecord, LearnerGroup),
    Payload("group_memberships", GroupMembershipRecord, GroupMembership),
    Payload("quizzes", QuizRecord, Quiz),
    Payload("quiz_parts", QuizPartRecord, QuizPart),
    Payload("assignments", AssignmentRecord, Assignment),
    Payload("quiz_runs", QuizRunRecord, QuizRun),
    Payload("teacher_notes", TeacherNoteRecord, TeacherNote),
    Payload("lesson_views", LessonViewRecord, LessonView),
    Payload("attempt_events", AttemptEventRecord, AttemptEvent),
    Payload("placements", PlacementRecord, None),
)
PAYLOAD_FILES = frozenset(payload.file_name for payload in PAYLOADS)


def payload_named(name: str) -> Payload:
    return next(payload for payload in PAYLOADS if payload.name == name)


def record_from_row(record: type[R], row: Any) -> R:
    """The record of an ORM object or a result row with the record's fields as attributes."""
    return record(**{field.name: getattr(row, field.name) for field in fields(record)})


def columns_of(record: WireRecord) -> dict[str, Any]:
    """The record as column values for its table (times stay datetimes)."""
    return {field.name: getattr(record, field.name) for field in fields(record)}


def read_payload(session: Session, payload: Payload) -> Iterator[WireRecord]:
    """Every record of `payload` in this database, in primary-key order."""
    if payload.model is None:
        yield from _placements(session)
        return
    table = payload.table
    order = list(table.primary_key.columns)
    if payload.model is AttemptEvent:
        order = [table.c.device_id, table.c.sequence]
    names = [field.name for field in fields(payload.record)]
    statement = select(*(table.c[name] for name in names)).order_by(*order)
    for row in session.execute(statement.execution_options(yield_per=2000)):
        yield record_from_row(payload.record, row)


def _placements(session: Session) -> Iterator[PlacementRecord]:
    rows = session.scalars(
        select(Setting).where(Setting.key.startswith(PLACEMENT_DONE)).order_by(Setting.key)
    )
    for row in rows:
        learner_id = row.key.removeprefix(PLACEMENT_DONE)
        try:
            done_at = parse_time(row.value)
        except ValueError:
            log.warning("Setting %s is %r, not a time; using its update time", row.key, row.value)
            done_at = row.updated_at
        yield PlacementRecord(learner_id=learner_id, done_at=done_at)
