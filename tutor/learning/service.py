"""The learning loop on a laptop: what a learner does next, and storing each answer.

Guarantees:
* submit_answer() stores the attempt event, the device's next sequence number and the skill's
  new mastery state in ONE transaction, and returns only after it has committed; the caller
  shows feedback after that, so an answer whose feedback was shown is never lost. The learner's
  in-memory progress changes only after the commit.
* next_activity() resumes the activity a learner was in the middle of (stored in
  current_activities) when it is still valid, so a crash or sign-out loses nothing.
* A new learner (no answers yet) takes the placement check first; the skills it places are
  stored as mastered (placed) and skipped.
* The catalog and each learner's progress are cached in memory and rebuilt from the database
  whenever the installed content changes; everything cached can be rebuilt from the rows.
Methods run on the facade's one database thread.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from tutor.engine.grading import Grade, ResponseError, grade
from tutor.engine.mastery import MasteryDecision, MasteryStatus, assess, describe
from tutor.engine.model import Predictor, StudentModel, default_model
from tutor.engine.placement import MAX_ITEMS, Placement
from tutor.engine.policy import Kind, Policy, Situation
from tutor.learning.catalog import Catalog, fingerprint, load_catalog
from tutor.learning.progress import LearnerProgress, load_progress
from tutor.learning.trace import AnswerTrace, Planner, trace_learner
from tutor.storage.engine import Database
from tutor.storage.models import (
    AttemptEvent,
    CurrentActivity,
    Device,
    Learner,
    LessonView,
    MasteryState,
)
from tutor.storage.settings import get_setting, put_setting

log = logging.getLogger(__name__)

PLACEMENT_DONE = "placement_done:"  # + learner id: when the learner's placement check ended
PLACED_ESTIMATE = 0.85  # the least estimate stored for a skill the placement check placed


class LearningError(ValueError):
    """A request the learning loop cannot carry out (unknown learner or item, bad response)."""


@dataclass(frozen=True)
class ActivityView:
    """What to show a learner now."""

    kind: str  # "lesson", "practice", "placement" or "done"
    why: str  # tutor.engine.policy.Why values, or "placement"
    skill_id: str | None = None
    skill_title: str | None = None
    item_id: str | None = None
    item: Mapping[str, Any] | None = None  # the canonical item (docs/pack-format.md)
    lesson_id: str | None = None
    lesson_title: str | None = None
    lesson_body_sha256: str | None = None
    placement_asked: int = 0
    placement_max: int = MAX_ITEMS


@dataclass(frozen=True)
class AnswerOutcome:
    """A stored answer's grade and what it did to the skill."""

    attempt_id: str
    grade: Grade
    solution: str | None
    skill_id: str
    status_before: str
    status: str  # MasteryStatus value after this answer
    mastered_now: bool  # this answer made the skill mastered
    estimate: float
    reason: str  # the mastery reason in English, for logs and teachers' tooltips


@dataclass(frozen=True)
class SkillProgress:
    skill_id: str
    title: str
    status: str
    estimate: float
    locked: bool
    placed: bool


class LearningService:
    def __init__(self, database: Database, model: StudentModel | None = None) -> None:
        self._db = database
        self._model = model or default_model()
        self._catalog: Catalog | None = None
        self._predictor: Predictor | None = None
        self._policy: Policy | None = None
        self._progress: dict[str, LearnerProgress] = {}

    # --- caches ------------------------------------------------------------------------------

    def _ready(self, session: Session, *, check: bool = True) -> tuple[Catalog, Predictor, Policy]:
        """The catalog, model and policy; reloaded when the installed content changed (checked
        unless `check` is False: an answer is stored against the catalog its item came from)."""
        stale = self._catalog is None or (
            check and self._catalog.fingerprint != fingerprint(session)
        )
        if stale:
            catalog = load_catalog(session)
            predictor = self._model.bind(catalog.items)
            self._catalog, self._predictor = catalog, predictor
            self._policy = Policy(catalog.curriculum, predictor)
            self._progress.clear()
        assert self._catalog is not None and self._predictor is not None
        assert self._policy is not None
        return self._catalog, self._predictor, self._policy

    def _learner(self, session: Session, learner_id: str) -> LearnerProgress:
        """The learner's cached progress (call after _ready, which may clear the cache)."""
        _, predictor, _ = self._ready(session, check=False)
        learner = session.get(Learner, learner_id)
        if learner is None or learner.archived_at is not None:
            raise LearningError(f"no learner {learner_id}")
        progress = self._progress.get(learner_id)
        if progress is None:
            progress = load_progress(session, predictor, learner_id)
            self._progress[learner_id] = progress
        progress.language = learner.language  # a teacher may have changed it since
        return progress

    def forget(self, learner_id: str | None = None) -> None:
        """Drop cached progress (all learners' if None); it is rebuilt from the rows."""
        if learner_id is None:
            self._progress.clear()
        else:
            self._progress.pop(learner_id, None)

    # --- what next ---------------------------------------------------------------------------

    def next_activity(self, learner_id: str, topic: str | None = None) -> ActivityView:
        with self._db.write() as session:
            catalog, predictor, policy = self._ready(session)
            progress = self._learner(session, learner_id)
            current = session.get(CurrentActivity, learner_id)
            resumed = self._resume(catalog, current, topic, len(progress.placement_answers))
            if resumed is not None:
                return resumed
            view = self._placement(session, catalog, progress)
            if view is None:
                view = self._practice(catalog, predictor, policy, progress, topic)
            self._remember(session, learner_id, current, view)
            return view

    def _resume(
        self,
        catalog: Catalog,
        current: CurrentActivity | None,
        topic: str | None,
        placement_asked: int,
    ) -> ActivityView | None:
        if current is None or (topic is not None and topic != current.skill_id):
            return None
        if current.kind in ("practice", "placement") and current.item_id in catalog.definitions:
            view = self._item_view(catalog, current.kind, current.why, current.item_id)
            return _with_placement(view, placement_asked) if current.kind == "placement" else view
        if current.kind == "lesson" and current.lesson_id in catalog.lessons:
            return self._lesson_view(catalog, current.why, current.lesson_id)
        return None

    def _placement(
        self, session: Session, catalog: Catalog, progress: LearnerProgress
    ) -> ActivityView | None:
        key = PLACEMENT_DONE + progress.learner_id
        if progress.practice_answers or get_setting(session, key) is not None:
            return None
        if not catalog.items:
            return None
        placement = self._replayed_placement(catalog, progress)
        item_id = placement.next_item() if placement is not None else None
        if item_id is None:
            self._finish_placement(session, catalog, progress, placement)
            return None
        view = self._item_view(catalog, "placement", "placement", item_id)
        return _with_placement(view, len(progress.placement_answers))

    def _replayed_placement(self, catalog: Catalog, progress: LearnerProgress) -> Placement | None:
        return replay_placement(catalog, self._model, progress)

    def _finish_placement(
        self,
        session: Session,
        catalog: Catalog,
        progress: LearnerProgress,
        placement: Placement | None,
    ) -> None:
        known = placement.known() if placement is not None else frozenset()
        for skill_id in known:
            state = _state_row(session, progress.learner_id, skill_id)
            state.status = MasteryStatus.MASTERED.value
            state.placed = True
            state.probability = max(state.probability, PLACED_ESTIMATE)
        put_setting(session, PLACEMENT_DONE + progress.learner_id, _now().isoformat())
        session.flush()
        progress.placed |= set(known)
        progress.status.update(dict.fromkeys(known, MasteryStatus.MASTERED))
        log.info("Placement of %s ended: %d skill(s) placed", progress.learner_id, len(known))

    def _practice(
        self,
        catalog: Catalog,
        predictor: Predictor,
        policy: Policy,
        progress: LearnerProgress,
        topic: str | None,
    ) -> ActivityView:
        situation = Situation(
            progress.state,
            status=progress.status,
            recall={},
            lessons_seen=frozenset(progress.lessons_seen),
            recent_items=tuple(progress.recent),
            topic=topic,
            now=_now().timestamp(),
            scope=catalog.scope_for(progress.language),
        )
        activity = policy.next_activity(situation)
        if activity.kind is Kind.DONE:
            return ActivityView("done", activity.why.value)
        if activity.kind is Kind.LESSON:
            assert activity.lesson_id is not None
            return self._lesson_view(catalog, activity.why.value, activity.lesson_id)
        assert activity.item_id is not None
        return self._item_view(catalog, "practice", activity.why.value, activity.item_id)

    def _item_view(self, catalog: Catalog, kind: str, why: str, item_id: str) -> ActivityView:
        item = catalog.definitions[item_id]
        skill_id = catalog.item_skills[item_id]
        return ActivityView(
            kind,
            why,
            skill_id=skill_id,
            skill_title=catalog.skill_titles.get(skill_id),
            item_id=item_id,
            item=item,
        )

    def _lesson_view(self, catalog: Catalog, why: str, lesson_id: str) -> ActivityView:
        lesson = catalog.lessons[lesson_id]
        return ActivityView(
            "lesson",
            why,
            skill_id=lesson.skill_id,
            skill_title=catalog.skill_titles.get(lesson.skill_id or ""),
            lesson_id=lesson_id,
            lesson_title=lesson.title,
            lesson_body_sha256=lesson.body_sha256,
        )

    def _remember(
        self,
        session: Session,
        learner_id: str,
        current: CurrentActivity | None,
        view: ActivityView,
    ) -> None:
        if view.kind == "done":
            if current is not None:
                session.delete(current)
            return
        if current is None:
            current = CurrentActivity(learner_id=learner_id)
            session.add(current)
        current.kind = view.kind
        current.why = view.why
        current.skill_id = view.skill_id
        current.item_id = view.item_id
        current.lesson_id = view.lesson_id
        current.started_at = _now()

    # --- answers and lessons -----------------------------------------------------------------

    def submit_answer(
        self,
        learner_id: str,
        item_id: str,
        response: Any,
        *,
        hints_used: int = 0,
        duration_ms: int = 0,
        quiz_run_id: str | None = None,
    ) -> AnswerOutcome:
        """Grade and store one answer; see the module docstring for the guarantee. With
        `quiz_run_id` the answer is a quiz's (context "quiz"; tutor.teaching.quizzes checks the
        run first) and leaves the learner's current activity alone."""
        now = _now()
        try:
            with self._db.write() as session:
                catalog, predictor, _ = self._ready(session, check=False)
                progress = self._learner(session, learner_id)
                item = catalog.definitions.get(item_id)
                if item is None:
                    raise LearningError(f"no item {item_id} on this laptop")
                try:
                    graded = grade(item, response)
                except ResponseError as error:
                    raise LearningError(str(error)) from None
                skill_id = predictor.items[predictor.index[item_id]].skill_id
                before = _status(progress, skill_id)
                current = session.get(CurrentActivity, learner_id)
                context = "placement" if current and current.kind == "placement" else "practice"
                if context == "practice" and before is MasteryStatus.REVIEW_DUE:
                    context = "review"
                if quiz_run_id is not None:
                    context, current = "quiz", None
                stored_response: dict[str, Any] = {"value": _jsonable(response)}
                if graded.misconception is not None:
                    stored_response["misconception"] = graded.misconception
                device = session.scalars(select(Device).where(Device.is_this_device)).one()
                device.last_sequence += 1
                event = AttemptEvent(
                    device_id=device.id,
                    sequence=device.last_sequence,
                    learner_id=learner_id,
                    item_id=item_id,
                    skill_id=skill_id,
                    response=stored_response,
                    score=graded.score,
                    correct=graded.correct,
                    hints_used=max(0, int(hints_used)),
                    duration_ms=max(0, int(duration_ms)),
                    answered_at=now,
                    context=context,
                    quiz_run_id=quiz_run_id,
                )
                session.add(event)
                moment = max(now.timestamp(), progress.last_at)  # as progress.record counts it
                event.expected = predictor.probability(progress.state, item_id, moment)
                # The cached progress takes the answer now; should anything fail before the commit
                # ends, it is dropped below and rebuilt from the rows, which never held this answer.
                progress.record(
                    predictor, item_id, skill_id, graded.score, now.timestamp(), context
                )
                decision = decide(predictor, catalog, progress, skill_id, now.timestamp(), before)
                predicted = decision.reason.predicted
                event.estimate_after = decision.estimate if predicted is None else predicted
                state = _state_row(session, learner_id, skill_id)
                state.placed = state.placed and decision.status is MasteryStatus.MASTERED
                state.status = decision.status.value
                state.probability = decision.estimate
                state.attempts = (state.attempts or 0) + 1
                state.correct = (state.correct or 0) + int(graded.correct)
                state.last_attempt_at = now
                if current is not None and current.item_id == item_id:
                    session.delete(current)
                session.flush()
                attempt_id = event.id
        except BaseException:
            self.forget(learner_id)
            raise
        progress.status[skill_id] = decision.status
        if decision.status is not MasteryStatus.MASTERED:
            progress.placed.discard(skill_id)  # as its row: placed only while still mastered
        return AnswerOutcome(
            attempt_id=attempt_id,
            grade=graded,
            solution=item.get("solution"),
            skill_id=skill_id,
            status_before=before.value,
            status=decision.status.value,
            mastered_now=decision.status is MasteryStatus.MASTERED
            and before is not MasteryStatus.MASTERED,
            estimate=decision.estimate,
            reason=describe(decision.reason),
        )

    def lesson_seen(self, learner_id: str, lesson_id: str) -> None:
        """Record that the learner read a lesson (once; later views change nothing)."""
        with self._db.write() as session:
            progress = self._learner(session, learner_id)
            if session.get(LessonView, (learner_id, lesson_id)) is None:
                session.add(LessonView(learner_id=learner_id, lesson_id=lesson_id))
            current = session.get(CurrentActivity, learner_id)
            if current is not None and current.lesson_id == lesson_id:
                session.delete(current)
        progress.lessons_seen.add(lesson_id)

    def trace(self, learner_id: str, planner: Planner | None = None) -> list[AnswerTrace]:
        """Every answer of the learner with what the model expected (tutor.learning.trace)."""
        with self._db.read() as session:
            catalog, predictor, _ = self._ready(session)
            return trace_learner(session, catalog, predictor, learner_id, planner)

    def expected_by_item(self) -> dict[str, float]:
        """The model's usual P(right) on each installed item, before a learner answers it."""
        with self._db.read() as session:
            _, predictor, _ = self._ready(session)
            return {
                item.item_id: float(predictor.item_expected[row])
                for row, item in enumerate(predictor.items)
            }

    def catalog(self) -> Catalog:
        """The installed content as the engine sees it (reloaded when packs changed)."""
        with self._db.read() as session:
            catalog, _, _ = self._ready(session)
            return catalog

    def skill_map(self, learner_id: str) -> list[SkillProgress]:
        """Every skill in the curriculum's order (of the packs in the learner's language when
        there are some, see Catalog.scope_for), with the learner's status and whether it is
        locked behind prerequisites."""
        with self._db.read() as session:
            catalog, _, policy = self._ready(session)
            progress = self._learner(session, learner_id)
            estimates = {
                row.skill_id: row.probability
                for row in session.scalars(
                    select(MasteryState).where(MasteryState.learner_id == learner_id)
                )
            }
        situation = Situation(
            progress.state, status=progress.status, lessons_seen=frozenset(progress.lessons_seen)
        )
        unlocked = set(policy.unlocked(situation))
        scope = catalog.scope_for(progress.language)
        return [
            SkillProgress(
                skill_id=skill,
                title=catalog.skill_titles[skill],
                status=_status(progress, skill).value,
                estimate=float(estimates.get(skill, 0.0)),
                locked=skill not in unlocked,
                placed=skill in progress.placed,
            )
            for skill in catalog.curriculum.order
            if scope is None or skill in scope
        ]


def decide(
    predictor: Predictor,
    catalog: Catalog,
    progress: LearnerProgress,
    skill_id: str,
    now: float,
    before: MasteryStatus,
) -> MasteryDecision:
    """The skill's mastery after the learner's latest answer (already in `progress`), given its
    status before it. Shared with tutor.learning.rebuild, which replays stored answers."""
    rows = catalog.curriculum.rows.get(skill_id)
    predicted = None
    if rows is not None and len(rows):
        predicted = float(np.median(predictor.predict_rows(progress.state, rows, now)))
    previous = before if before is not MasteryStatus.NOT_STARTED else None
    return assess(progress.attempts.get(skill_id, []), predicted, now, previous=previous)


def replay_placement(
    catalog: Catalog, model: StudentModel, progress: LearnerProgress
) -> Placement | None:
    """The learner's placement check after their placement answers so far, or None when those
    no longer fit the content. It checks the skills of the packs in the learner's language when
    there are some. Shared with tutor.learning.rebuild."""
    curriculum = catalog.curriculum_for(progress.language)
    if curriculum is not catalog.curriculum:
        offered = {item.item_id for item in curriculum.items}
        if any(item_id not in offered for item_id, _ in progress.placement_answers):
            curriculum = catalog.curriculum  # begun before the learner's language changed
    placement = Placement(curriculum, model)
    try:
        for item_id, score in progress.placement_answers:
            placement.record(item_id, score)
    except ValueError:  # the content changed under a half-done placement: stop it here
        log.info("Placement of %s no longer matches the content; ended", progress.learner_id)
        return None
    return placement


def _with_placement(view: ActivityView, asked: int) -> ActivityView:
    return replace(view, placement_asked=asked)


def _status(progress: LearnerProgress, skill_id: str) -> MasteryStatus:
    return progress.status.get(skill_id, MasteryStatus.NOT_STARTED)


def _state_row(session: Session, learner_id: str, skill_id: str) -> MasteryState:
    state = session.get(MasteryState, (learner_id, skill_id))
    if state is None:
        state = MasteryState(
            learner_id=learner_id,
            skill_id=skill_id,
            probability=0.0,
            attempts=0,
            correct=0,
            status=MasteryStatus.NOT_STARTED.value,
            placed=False,
        )
        session.add(state)
    return state


def _jsonable(response: Any) -> Any:
    if isinstance(response, Mapping):
        return {str(key): _jsonable(value) for key, value in response.items()}
    if isinstance(response, (list, tuple, set, frozenset)):
        return [_jsonable(value) for value in response]
    if isinstance(response, float) and not math.isfinite(response):
        return None
    return response


def _now() -> datetime:
    return datetime.now(UTC)
