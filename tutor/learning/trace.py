"""A learner's answers replayed through the student model, with what it expected before each one.

This is what a teacher's view of a learner is built from: for every stored answer, in the order
given, the model's P(right) on that item just before it (what the learner was expected to do), its
estimate for the skill just after (a typical item of the skill, as mastery decisions use) and the
mastery status then (the same tutor.engine.mastery.assess call as the live app; between the points
a trace assesses, the status carried forward is the last one assessed, so it can differ from the
live app's where a lapse came and went between them).

The model state must be replayed through every answer, but the figures are asked for only where a
`TracePlan` says (a teacher's page needs the recent answers' figures, not a year's): elsewhere they
are NaN and "", and a long history costs little more than reading it.

Guarantees: read-only; the same replay as tutor.learning.progress (same order, same model state),
so the figures agree with what the learner was shown; items no longer installed are traced with
the model's prior for unknown items.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np
import numpy.typing as npt
from sqlalchemy import select
from sqlalchemy.orm import Session

from tutor.engine.mastery import MasteryStatus, assess
from tutor.engine.model import ItemInfo, Predictor
from tutor.learning.catalog import Catalog
from tutor.learning.progress import LearnerProgress
from tutor.storage.models import AttemptEvent


@dataclass(frozen=True)
class AnswerTrace:
    attempt_id: str
    item_id: str
    skill_id: str
    answered_at: datetime
    context: str
    response: object
    misconception: str | None
    score: float
    correct: bool
    hints_used: int
    duration_ms: int
    expected: float  # the model's P(right) on this item just before the answer
    skill_estimate: float  # the model's P(right) on a typical item of the skill just after
    status: str  # the skill's mastery status just after (tutor.engine.mastery.assess)


@dataclass(frozen=True)
class TracePlan:
    """Positions (in the learner's answers, oldest first) that get each figure; None: all."""

    expected_at: frozenset[int] | None = None
    estimate_at: frozenset[int] | None = None
    assess_at: frozenset[int] | None = None


Planner = Callable[[Sequence[str], Sequence[datetime]], TracePlan]  # (skills, times) -> plan


def recent_plan(tail: int, *, day_statuses: bool = True) -> Planner:
    """Figures for the last `tail` answers, and a status for each skill's last answer of each
    local day (for a chart of mastery over time) unless `day_statuses` is False."""

    def plan(skills: Sequence[str], times: Sequence[datetime]) -> TracePlan:
        last = frozenset(range(max(0, len(skills) - tail), len(skills)))
        days = (
            _last_of_day_per_skill(list(zip(times, skills, strict=True))) if day_statuses else set()
        )
        return TracePlan(last, last | days, last | days)

    return plan


def trace_learner(
    session: Session,
    catalog: Catalog,
    predictor: Predictor,
    learner_id: str,
    planner: Planner | None = None,
) -> list[AnswerTrace]:
    """Every answer of the learner, oldest first, with the figures the plan asks for (all of
    them without a planner)."""
    progress = LearnerProgress(learner_id, predictor.new_state())
    rows = session.execute(
        select(
            AttemptEvent.id,
            AttemptEvent.item_id,
            AttemptEvent.skill_id,
            AttemptEvent.answered_at,
            AttemptEvent.context,
            AttemptEvent.response,
            AttemptEvent.score,
            AttemptEvent.correct,
            AttemptEvent.hints_used,
            AttemptEvent.duration_ms,
        )
        .where(AttemptEvent.learner_id == learner_id)
        .order_by(AttemptEvent.answered_at, AttemptEvent.sequence)
    ).all()
    plan = (
        planner([row.skill_id for row in rows], [row.answered_at for row in rows])
        if planner is not None
        else TracePlan()
    )
    traces: list[AnswerTrace] = []
    statuses: dict[str, MasteryStatus] = {}
    nan = float("nan")
    for position, row in enumerate(rows):
        at = max(row.answered_at.timestamp(), progress.last_at)
        expected = nan
        if plan.expected_at is None or position in plan.expected_at:
            if row.item_id in predictor.index:
                expected = predictor.probability(progress.state, row.item_id, at)
            else:
                expected = predictor.model.expected_for(ItemInfo(row.item_id, row.skill_id))
        progress.record(predictor, row.item_id, row.skill_id, float(row.score), at, row.context)
        skill_rows = catalog.curriculum.rows.get(row.skill_id)
        known_skill = skill_rows is not None and len(skill_rows) > 0
        estimate, status = nan, ""
        wants_status = plan.assess_at is None or position in plan.assess_at
        if known_skill and (
            wants_status or plan.estimate_at is None or position in plan.estimate_at
        ):
            assert skill_rows is not None
            estimate = middle(predictor.predict_rows(progress.state, skill_rows, at))
        if wants_status:
            before = statuses.get(row.skill_id, MasteryStatus.NOT_STARTED)
            decision = assess(
                progress.attempts[row.skill_id],
                estimate if known_skill else None,
                at,
                previous=None if before is MasteryStatus.NOT_STARTED else before,
            )
            statuses[row.skill_id] = decision.status
            status = decision.status.value
            if not known_skill:
                estimate = decision.estimate
        response = row.response if isinstance(row.response, dict) else {}
        traces.append(
            AnswerTrace(
                attempt_id=row.id,
                item_id=row.item_id,
                skill_id=row.skill_id,
                answered_at=row.answered_at,
                context=row.context,
                response=response.get("value"),
                misconception=response.get("misconception"),
                score=float(row.score),
                correct=bool(row.correct),
                hints_used=row.hints_used,
                duration_ms=row.duration_ms,
                expected=float(expected),
                skill_estimate=estimate,
                status=status,
            )
        )
    return traces


def middle(values: npt.NDArray[np.float64]) -> float:
    """The median of a small array (what np.median gives, several times faster at this size)."""
    ordered = np.sort(values)
    half = len(ordered) // 2
    return float(ordered[half] if len(ordered) % 2 else (ordered[half - 1] + ordered[half]) / 2)


def _last_of_day_per_skill(answers: list[tuple[datetime, str]]) -> set[int]:
    """Positions of each skill's last answer on each local day."""
    last: dict[tuple[object, str], int] = {}
    for position, (answered_at, skill_id) in enumerate(answers):
        last[(answered_at.astimezone().date(), skill_id)] = position
    return set(last.values())
