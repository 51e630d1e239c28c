"""Rebuild learners' mastery states from their stored attempt events.

Mastery is derived data: after answers arrive from another laptop (tutor.sync), a learner's
`mastery_states` rows are recomputed here rather than copied. The replay follows the live
learning loop (tutor.learning.service) step by step, with the same helpers:

* the learner's answers are taken in the order load_progress() uses (answer time, then the
  device's sequence; device id and event id break the remaining ties, so the order is total);
  each is recorded into a LearnerProgress and decided by service.decide() with the status the
  skill had before it, exactly as submit_answer() does; the row's counts, time and `placed`
  follow submit_answer()'s rules;
* when the learner's placement check has ended (the setting placement_done:<learner id>), it
  ends in the replay after the last placement answer before any other answer, as
  _finish_placement() does: the skills service.replay_placement() finds known are stored as
  mastered and placed, with an estimate of at least PLACED_ESTIMATE.

Guarantees: for a learner whose answers were all given on this laptop with the content installed
now, the rebuilt rows equal the rows the app wrote (status, placed, probability, counts, last
attempt time); the result depends only on the stored events, the placement flag and the
installed content, never on the rows it replaces. Each row's updated_at is the time of the last
thing that changed it (its last answer, or the end of placement), so a rebuild is repeatable.
Runs inside the caller's transaction; reads and writes only the given learners' rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from tutor.engine.mastery import MasteryStatus
from tutor.engine.model import Predictor, StudentModel, default_model
from tutor.learning.catalog import Catalog, load_catalog
from tutor.learning.progress import LearnerProgress
from tutor.learning.service import PLACED_ESTIMATE, PLACEMENT_DONE, decide, replay_placement
from tutor.storage.models import AttemptEvent, Learner, MasteryState
from tutor.storage.settings import get_setting


@dataclass
class RebuiltState:
    """One mastery_states row as the replay leaves it."""

    learner_id: str
    skill_id: str
    probability: float
    attempts: int
    correct: int
    last_attempt_at: datetime | None
    updated_at: datetime
    status: str
    placed: bool


def rebuild_mastery(
    session: Session, learner_ids: Iterable[str], model: StudentModel | None = None
) -> int:
    """Replace the mastery rows of every learner in `learner_ids` by the replay of their
    events (see the module docstring); returns the number of rows written."""
    catalog = load_catalog(session)
    model = model or default_model()
    predictor = model.bind(catalog.items)
    written = 0
    for learner_id in sorted(set(learner_ids)):
        states = replay_mastery(session, catalog, predictor, model, learner_id)
        session.execute(delete(MasteryState).where(MasteryState.learner_id == learner_id))
        if states:
            session.execute(insert(MasteryState), [asdict(state) for state in states])
        written += len(states)
    return written


def replay_mastery(
    session: Session,
    catalog: Catalog,
    predictor: Predictor,
    model: StudentModel,
    learner_id: str,
) -> list[RebuiltState]:
    """The learner's mastery rows from their events, in skill order; writes nothing."""
    placement_done = get_setting(session, PLACEMENT_DONE + learner_id) is not None
    learner = session.get(Learner, learner_id)
    language = learner.language if learner is not None else None
    progress = LearnerProgress(learner_id, predictor.new_state(), language=language)
    states: dict[str, RebuiltState] = {}
    placement_open = placement_done
    events = session.execute(
        select(
            AttemptEvent.item_id,
            AttemptEvent.skill_id,
            AttemptEvent.score,
            AttemptEvent.correct,
            AttemptEvent.answered_at,
            AttemptEvent.context,
        )
        .where(AttemptEvent.learner_id == learner_id)
        .order_by(
            AttemptEvent.answered_at,
            AttemptEvent.sequence,
            AttemptEvent.device_id,
            AttemptEvent.id,
        )
    ).all()
    last_time: datetime | None = None
    for item_id, skill_id, score, correct, answered_at, context in events:
        if placement_open and context != "placement":
            _finish_placement(catalog, model, progress, states, last_time)
            placement_open = False
        before = progress.status.get(skill_id, MasteryStatus.NOT_STARTED)
        at = answered_at.timestamp()
        progress.record(predictor, item_id, skill_id, float(score), at, context)
        decision = decide(predictor, catalog, progress, skill_id, at, before)
        state = states.get(skill_id) or _new_state(states, learner_id, skill_id, answered_at)
        state.placed = state.placed and decision.status is MasteryStatus.MASTERED
        state.status = decision.status.value
        state.probability = decision.estimate
        state.attempts += 1
        state.correct += int(correct)
        state.last_attempt_at = state.updated_at = answered_at
        progress.status[skill_id] = decision.status
        last_time = answered_at
    if placement_open:
        _finish_placement(catalog, model, progress, states, last_time)
    return [states[skill] for skill in sorted(states)]


def _new_state(
    states: dict[str, RebuiltState], learner_id: str, skill_id: str, at: datetime
) -> RebuiltState:
    state = RebuiltState(
        learner_id=learner_id,
        skill_id=skill_id,
        probability=0.0,
        attempts=0,
        correct=0,
        last_attempt_at=None,
        updated_at=at,
        status=MasteryStatus.NOT_STARTED.value,
        placed=False,
    )
    states[skill_id] = state
    return state


def _finish_placement(
    catalog: Catalog,
    model: StudentModel,
    progress: LearnerProgress,
    states: dict[str, RebuiltState],
    at: datetime | None,
) -> None:
    placement = replay_placement(catalog, model, progress)
    known = placement.known() if placement is not None else frozenset()
    when = at or datetime.fromtimestamp(0, UTC)
    for skill_id in sorted(known):
        state = states.get(skill_id) or _new_state(states, progress.learner_id, skill_id, when)
        state.status = MasteryStatus.MASTERED.value
        state.placed = True
        state.probability = max(state.probability, PLACED_ESTIMATE)
        state.updated_at = when
    progress.placed |= set(known)
    progress.status.update(dict.fromkeys(known, MasteryStatus.MASTERED))
