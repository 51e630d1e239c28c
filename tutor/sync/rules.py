"""The merge rules for records that can change after they are made, as pure functions.

Each rule picks the merged value of one record from the versions of it that two databases hold,
and is a maximum under a total order (or a union of sets with a minimum or maximum per field).
Such a merge is commutative, associative and idempotent, so importing bundles in any order, any
number of times, gives the same result. The rules:

* learners, classes, groups, assignments: the version with the latest `updated_at` wins whole;
  a tie is broken by the record's canonical JSON (the larger wins), so equal times never
  depend on the order of imports;
* quizzes: the same, comparing the quiz together with its parts (the parts follow their quiz);
* quiz runs: for one (assignment, learner) only one run is kept: a handed-in run over one not
  handed in, then the earliest hand-in, then the earliest start, then the smallest id;
* teacher notes: the text and author by the canonical JSON rule; read_at and deleted_at are the
  latest time either side knows (once read or deleted, it stays so);
* memberships and lesson views: the union; their time is the earliest either side knows;
* placement flags: the union; the time is the earliest.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from tutor.sync.records import (
    QuizPartRecord,
    QuizRecord,
    QuizRunRecord,
    TeacherNoteRecord,
)
from tutor.sync.wire import WireRecord, canonical_json


def newer_wins_key(record: WireRecord) -> tuple[datetime, str]:
    """The order of last-writer-wins: `updated_at`, then the canonical JSON."""
    updated_at = getattr(record, "updated_at")  # noqa: B009 - every LWW record has it
    assert isinstance(updated_at, datetime)
    return updated_at, record.canonical()


def quiz_key(quiz: QuizRecord, parts: Sequence[QuizPartRecord]) -> tuple[datetime, str]:
    """Last-writer-wins for a quiz and its parts as one unit."""
    ordered = sorted(parts, key=lambda part: part.position)
    whole = canonical_json([quiz.to_dict(), [part.to_dict() for part in ordered]])
    return quiz.updated_at, whole


def run_rank(run: QuizRunRecord) -> tuple[Any, ...]:
    """The run kept for an (assignment, learner) is the one with the smallest rank."""
    handed_in = run.finished_at is not None
    return (
        not handed_in,
        run.finished_at or run.started_at,
        run.started_at,
        run.id,
        run.canonical(),
    )


def merged_note(local: TeacherNoteRecord, incoming: TeacherNoteRecord) -> TeacherNoteRecord:
    """One note from two versions: the larger canonical text part, the latest read and
    deletion times."""

    def body(note: TeacherNoteRecord) -> str:
        return replace(note, read_at=None, deleted_at=None).canonical()

    base = max(local, incoming, key=body)
    return replace(
        base,
        read_at=latest(local.read_at, incoming.read_at),
        deleted_at=latest(local.deleted_at, incoming.deleted_at),
    )


def latest(first: datetime | None, second: datetime | None) -> datetime | None:
    """The later of two times, either of which may be unknown (None)."""
    if first is None or second is None:
        return first if second is None else second
    return max(first, second)
