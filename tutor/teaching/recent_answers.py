"""The answers the needs-help view reads, straight from the database: each learner's last
DROP_WINDOW answers and each skill's last STALL_WINDOW + 1, with what the student model said at
each (stored with the answer: `expected`, `estimate_after`).

Guarantees: a few indexed lookups per learner and skill, whatever the length of the history;
answers come back oldest first per learner, in the order the learning service
replays them (answered_at, then sequence); a learner with an answer among them whose figures were
never stored (answers kept before Tutor stored them) is reported in `missing`, so the caller can
replay that learner once and store the figures (`store_figures`): the next read is complete.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, update
from sqlalchemy.orm import Session

from tutor.learning.trace import AnswerTrace
from tutor.storage.models import AttemptEvent
from tutor.teaching.needs_help import DROP_WINDOW, STALL_WINDOW

_COLUMNS = (
    "id, learner_id, item_id, skill_id, answered_at, sequence, context, score, correct, "
    "hints_used, duration_ms, expected, estimate_after"
)
_LEARNERS = "SELECT learner_id FROM class_memberships WHERE class_id = ? ORDER BY learner_id"
_LAST_OVERALL = (
    f"SELECT {_COLUMNS} FROM attempt_events WHERE learner_id = ? "
    "ORDER BY answered_at DESC, sequence DESC LIMIT ?"
)
_SKILLS = "SELECT DISTINCT skill_id FROM attempt_events WHERE learner_id = ?"
_LAST_IN_SKILL = (
    f"SELECT {_COLUMNS} FROM attempt_events WHERE learner_id = ? AND skill_id = ? "
    "ORDER BY answered_at DESC, sequence DESC LIMIT ?"
)
Row = tuple[Any, ...]  # the columns of _COLUMNS, as SQLite returns them


@dataclass
class RecentAnswers:
    by_learner: dict[str, list[AnswerTrace]] = field(default_factory=dict)
    missing: set[str] = field(default_factory=set)  # learners with answers lacking figures


def recent_answers(session: Session, class_id: str) -> RecentAnswers:
    """Index lookups per learner and skill (ix_attempt_events_learner_id_skill_id_answered_at),
    on the SQLite connection itself (hundreds of tiny queries: an ORM layer per query would cost
    more than the lookups): the cost grows with learners × skills, not with the answers stored."""
    found = RecentAnswers()
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        learners = [row[0] for row in cursor.execute(_LEARNERS, (class_id,)).fetchall()]
        for learner_id in learners:
            rows: dict[str, Row] = {
                row[0]: row
                for row in cursor.execute(_LAST_OVERALL, (learner_id, DROP_WINDOW)).fetchall()
            }
            skills = [row[0] for row in cursor.execute(_SKILLS, (learner_id,)).fetchall()]
            for skill_id in skills:
                for row in cursor.execute(
                    _LAST_IN_SKILL, (learner_id, skill_id, STALL_WINDOW + 1)
                ).fetchall():
                    rows[row[0]] = row
            ordered = sorted(rows.values(), key=lambda row: (row[4], row[5]))
            if ordered:
                found.by_learner[learner_id] = [_trace(row, found) for row in ordered]
    finally:
        cursor.close()
    return found


def _trace(row: Row, found: RecentAnswers) -> AnswerTrace:
    (attempt_id, learner_id, item_id, skill_id, answered_at, _sequence, context, score,
     correct, hints_used, duration_ms, expected, estimate_after) = row  # fmt: skip
    if expected is None or estimate_after is None:
        found.missing.add(learner_id)
    return AnswerTrace(
        attempt_id=attempt_id,
        item_id=item_id,
        skill_id=skill_id,
        answered_at=datetime.fromisoformat(answered_at).replace(tzinfo=UTC),
        context=context,
        response=None,
        misconception=None,
        score=float(score),
        correct=bool(correct),
        hints_used=hints_used,
        duration_ms=duration_ms,
        expected=math.nan if expected is None else float(expected),
        skill_estimate=math.nan if estimate_after is None else float(estimate_after),
        status="",
    )


def store_figures(session: Session, traces: Iterable[AnswerTrace]) -> int:
    """Store the model's figures of replayed answers that have both; returns how many."""
    values = [
        {"row_id": trace.attempt_id, "expected": trace.expected, "after": trace.skill_estimate}
        for trace in traces
        if not (math.isnan(trace.expected) or math.isnan(trace.skill_estimate))
    ]
    if values:
        session.connection().execute(
            update(AttemptEvent.__table__)  # type: ignore[arg-type]
            .where(AttemptEvent.__table__.c.id == bindparam("row_id"))
            .values(expected=bindparam("expected"), estimate_after=bindparam("after")),
            values,
        )
    return len(values)
