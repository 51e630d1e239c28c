"""One learner's progress as the engine needs it, rebuilt from the stored attempt events.

Guarantees: load_progress() reads only the learner's own rows; replaying their answers in the
order they were given (answered_at, then the device's sequence) gives the same model state as
recording them one by one as they happened (LearnerProgress.record), so a restart resumes
exactly where the learner was. Answers to retired items count for their skill and the totals.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from tutor.engine.mastery import MasteryStatus, SkillAttempt
from tutor.engine.model import ItemInfo, LearnerState, Predictor
from tutor.storage.models import AttemptEvent, LessonView, MasteryState

RECENT = 50  # answers remembered for "no repeat within a window"


@dataclass
class LearnerProgress:
    learner_id: str
    state: LearnerState
    attempts: dict[str, list[SkillAttempt]] = field(default_factory=dict)
    recent: deque[str] = field(default_factory=lambda: deque(maxlen=RECENT))
    lessons_seen: set[str] = field(default_factory=set)
    status: dict[str, MasteryStatus] = field(default_factory=dict)
    placed: set[str] = field(default_factory=set)
    placement_answers: list[tuple[str, float]] = field(default_factory=list)
    practice_answers: int = 0
    last_at: float = 0.0  # the latest answer time counted (times never go backwards here)
    language: str | None = None  # the learner's own language: content in it comes first

    def record(
        self,
        predictor: Predictor,
        item_id: str,
        skill_id: str,
        score: float,
        at: float,
        context: str,
    ) -> None:
        """Count one answer (after it is stored). A time before the last one counts as the last
        (a laptop clock set back must not reorder the learner's past)."""
        at = max(at, self.last_at)
        self.last_at = at
        predictor.record(self.state, item_id, score, at, skill_id=skill_id)
        difficulty = item_difficulty(predictor, item_id, skill_id)
        self.attempts.setdefault(skill_id, []).append(SkillAttempt(score, difficulty, at))
        self.recent.append(item_id)
        if context == "placement":
            self.placement_answers.append((item_id, score))
        else:
            self.practice_answers += 1


def item_difficulty(predictor: Predictor, item_id: str, skill_id: str) -> float:
    """The model's view of an item's difficulty: the logit of its usual error rate."""
    row = predictor.index.get(item_id)
    if row is not None:
        expected = float(predictor.item_expected[row])
    else:
        expected = predictor.model.expected_for(ItemInfo(item_id, skill_id))
    return -math.log(expected / (1.0 - expected))


def load_progress(session: Session, predictor: Predictor, learner_id: str) -> LearnerProgress:
    progress = LearnerProgress(learner_id, predictor.new_state())
    rows = session.execute(
        select(
            AttemptEvent.item_id,
            AttemptEvent.skill_id,
            AttemptEvent.score,
            AttemptEvent.answered_at,
            AttemptEvent.context,
        )
        .where(AttemptEvent.learner_id == learner_id)
        .order_by(AttemptEvent.answered_at, AttemptEvent.sequence)
    ).all()
    for item_id, skill_id, score, answered_at, context in rows:
        at = answered_at.timestamp()
        progress.record(predictor, item_id, skill_id, float(score), at, context)
    progress.lessons_seen = set(
        session.scalars(select(LessonView.lesson_id).where(LessonView.learner_id == learner_id))
    )
    for state in session.scalars(select(MasteryState).where(MasteryState.learner_id == learner_id)):
        progress.status[state.skill_id] = MasteryStatus(state.status)
        if state.placed:
            progress.placed.add(state.skill_id)
    return progress
