"""What a teacher reads: the class × skill grid, a page per learner, per-item statistics.

Guarantees: every figure is computed from the stored attempt events and mastery states at the
moment of the call (nothing cached between calls, nothing stored); counts in the grid equal the
learner's stored answers on that skill; the learner page's "expected" figures come from the same
student model that chose their work (tutor.learning.trace).
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from tutor.learning.service import LearningService
from tutor.learning.trace import AnswerTrace, recent_plan
from tutor.storage.engine import Database
from tutor.storage.models import AttemptEvent, ClassMembership, Learner, MasteryState
from tutor.teaching.needs_help import HelpFlag, flags_for_learner, needs_help_plan, sort_flags
from tutor.teaching.recent_answers import recent_answers, store_figures
from tutor.teaching.records import TeachingError

log = logging.getLogger(__name__)

RECENT_ANSWERS = 20
TOP_MISCONCEPTIONS = 5
TOP_WRONG_ANSWERS = 3


@dataclass(frozen=True)
class GridCell:
    status: str  # tutor.engine.mastery.MasteryStatus value; "not_started" without answers
    estimate: float  # the model's P(right) on a typical item of the skill
    attempts: int
    correct: int
    placed: bool


@dataclass(frozen=True)
class ClassGrid:
    learner_ids: tuple[str, ...]
    learner_names: tuple[str, ...]
    skill_ids: tuple[str, ...]  # in the curriculum's order
    skill_titles: tuple[str, ...]
    cells: dict[tuple[str, str], GridCell]  # (learner id, skill id)

    def cell(self, learner_id: str, skill_id: str) -> GridCell:
        return self.cells.get((learner_id, skill_id), GridCell("not_started", 0.0, 0, 0, False))

    def mastered_count(self, learner_id: str) -> int:
        return sum(
            self.cell(learner_id, skill).status in ("mastered", "review_due")
            for skill in self.skill_ids
        )


@dataclass(frozen=True)
class SkillSummary:
    skill_id: str
    title: str
    status: str
    estimate: float
    attempts: int
    correct: int
    hints_used: int


@dataclass(frozen=True)
class DayPoint:
    day: date
    answers: int
    correct: int
    mastered: int  # skills mastered by the end of the day (placement included)


@dataclass(frozen=True)
class LearnerReport:
    learner_id: str
    display_name: str
    skills: tuple[SkillSummary, ...]
    days: tuple[DayPoint, ...]
    recent: tuple[AnswerTrace, ...]  # newest first
    answers: int
    correct: int
    time_on_task_ms: int
    hints_used: int
    misconceptions: tuple[tuple[str, int], ...]  # feedback text, times; most frequent first
    skill_titles: dict[str, str]


@dataclass(frozen=True)
class ItemStat:
    item_id: str
    skill_id: str
    prompt: str
    attempts: int
    right_rate: float
    expected_rate: float  # the model's usual P(right) on the item before a learner answers
    common_wrong: tuple[tuple[str, int], ...]  # an answer as text, times


class DashboardService:
    def __init__(self, database: Database, learning: LearningService) -> None:
        self._db = database
        self._learning = learning

    def class_grid(self, class_id: str) -> ClassGrid:
        catalog = self._learning.catalog()
        skills = tuple(catalog.curriculum.order)
        with self._db.read() as session:
            learners = session.execute(
                select(Learner.id, Learner.display_name)
                .join(ClassMembership, ClassMembership.learner_id == Learner.id)
                .where(ClassMembership.class_id == class_id, Learner.archived_at.is_(None))
            ).all()
            learners = sorted(learners, key=lambda row: row[1].casefold())
            ids = [row[0] for row in learners]
            cells = {
                (state.learner_id, state.skill_id): GridCell(
                    state.status, state.probability, state.attempts, state.correct, state.placed
                )
                for state in session.scalars(
                    select(MasteryState).where(MasteryState.learner_id.in_(ids))
                )
            }
        return ClassGrid(
            learner_ids=tuple(ids),
            learner_names=tuple(row[1] for row in learners),
            skill_ids=skills,
            skill_titles=tuple(catalog.skill_titles[skill] for skill in skills),
            cells=cells,
        )

    def learner_report(self, learner_id: str) -> LearnerReport:
        catalog = self._learning.catalog()
        with self._db.read() as session:
            learner = session.get(Learner, learner_id)
            if learner is None:
                raise TeachingError("That learner no longer exists on this laptop.")
            name = learner.display_name
            states = {
                state.skill_id: state
                for state in session.scalars(
                    select(MasteryState).where(MasteryState.learner_id == learner_id)
                )
            }
            placed = {skill for skill, state in states.items() if state.placed}
            summaries = [
                SkillSummary(
                    skill_id=skill,
                    title=catalog.skill_titles.get(skill, skill),
                    status=states[skill].status,
                    estimate=states[skill].probability,
                    attempts=states[skill].attempts,
                    correct=states[skill].correct,
                    hints_used=0,
                )
                for skill in catalog.curriculum.order
                if skill in states
            ]
        traces = self._learning.trace(learner_id, recent_plan(RECENT_ANSWERS))
        hints: Counter[str] = Counter()
        for trace in traces:
            hints[trace.skill_id] += trace.hints_used
        summaries = [
            SkillSummary(
                s.skill_id, s.title, s.status, s.estimate, s.attempts, s.correct, hints[s.skill_id]
            )
            for s in summaries
        ]
        misconceptions = Counter(t.misconception for t in traces if t.misconception)
        return LearnerReport(
            learner_id=learner_id,
            display_name=name,
            skills=tuple(summaries),
            days=tuple(_days(traces, placed)),
            recent=tuple(reversed(traces[-RECENT_ANSWERS:])),
            answers=len(traces),
            correct=sum(t.correct for t in traces),
            time_on_task_ms=sum(t.duration_ms for t in traces),
            hints_used=sum(t.hints_used for t in traces),
            misconceptions=tuple(misconceptions.most_common(TOP_MISCONCEPTIONS)),
            skill_titles=dict(catalog.skill_titles),
        )

    def item_stats(self, class_id: str | None = None) -> list[ItemStat]:
        """Per installed item with answers (of the class's learners when given): how often it
        was answered right, what the model expects of it, the most common wrong answers.
        Hardest (lowest right rate) first."""
        catalog = self._learning.catalog()
        with self._db.read() as session:
            query = select(AttemptEvent.item_id, AttemptEvent.correct, AttemptEvent.response)
            if class_id is not None:
                members = select(ClassMembership.learner_id).where(
                    ClassMembership.class_id == class_id
                )
                query = query.where(AttemptEvent.learner_id.in_(members))
            rows = session.execute(query).all()
        totals: Counter[str] = Counter()
        rights: Counter[str] = Counter()
        wrong: defaultdict[str, Counter[str]] = defaultdict(Counter)
        for item_id, correct, response in rows:
            totals[item_id] += 1
            if correct:
                rights[item_id] += 1
            else:
                value = response.get("value") if isinstance(response, dict) else response
                wrong[item_id][answer_text(value)] += 1
        predictor_expected = self._learning.expected_by_item()
        stats = [
            ItemStat(
                item_id=item_id,
                skill_id=catalog.item_skills[item_id],
                prompt=str(catalog.definitions[item_id].get("prompt", ""))[:200],
                attempts=count,
                right_rate=rights[item_id] / count,
                expected_rate=predictor_expected.get(item_id, 0.5),
                common_wrong=tuple(wrong[item_id].most_common(TOP_WRONG_ANSWERS)),
            )
            for item_id, count in totals.items()
            if item_id in catalog.definitions
        ]
        return sorted(stats, key=lambda stat: (stat.right_rate, -stat.attempts, stat.item_id))

    def needs_help(self, class_id: str) -> list[HelpFlag]:
        """The class's learners who need help now, most serious first, each with its reason
        (tutor.teaching.needs_help). Reads each learner's recent answers with the model's figures
        stored at the time (tutor.teaching.recent_answers); a learner whose figures were never
        stored is replayed once and the figures stored, so later reads are one query."""
        with self._db.read() as session:
            learners = session.execute(
                select(Learner.id, Learner.display_name)
                .join(ClassMembership, ClassMembership.learner_id == Learner.id)
                .where(ClassMembership.class_id == class_id, Learner.archived_at.is_(None))
            ).all()
            statuses: dict[str, dict[str, str]] = {}
            for state_learner, skill_id, status in session.execute(
                select(MasteryState.learner_id, MasteryState.skill_id, MasteryState.status).where(
                    MasteryState.learner_id.in_([row[0] for row in learners])
                )
            ):
                statuses.setdefault(state_learner, {})[skill_id] = status
            recent = recent_answers(session, class_id)
        flags: list[HelpFlag] = []
        for learner_id, name in learners:
            traces = recent.by_learner.get(learner_id, [])
            if learner_id in recent.missing:
                traces = self._replay_and_store(learner_id, {t.attempt_id for t in traces})
            flags += flags_for_learner(learner_id, name, traces, statuses.get(learner_id, {}))
        return sort_flags(flags)

    def _replay_and_store(self, learner_id: str, wanted: set[str]) -> list[AnswerTrace]:
        """The learner's answers replayed with both figures at the answers needs-help reads
        (the `wanted` ones), which are then stored (answers given before Tutor kept them)."""
        traces = [
            t for t in self._learning.trace(learner_id, needs_help_plan) if t.attempt_id in wanted
        ]
        with self._db.write() as session:
            stored = store_figures(session, traces)
        log.info("Stored the model's figures of %d answer(s) of %s", stored, learner_id)
        return traces


def answer_text(value: object) -> str:
    """A stored response as a teacher reads it: text as typed, a list joined with commas."""
    if isinstance(value, list):
        return ", ".join(answer_text(part) for part in value)
    if isinstance(value, dict):
        return ", ".join(f"{key} → {answer_text(part)}" for key, part in sorted(value.items()))
    return "" if value is None else str(value)


def _days(traces: list[AnswerTrace], placed: set[str]) -> list[DayPoint]:
    """Per local day with answers: answers, right, and skills mastered at the day's end (the
    placement's skills from the start; a skill counts while its replayed status is mastered or
    review due, so a lapse takes it off again)."""
    by_day: dict[date, list[AnswerTrace]] = defaultdict(list)
    for trace in traces:
        by_day[trace.answered_at.astimezone().date()].append(trace)
    mastered: set[str] = set(placed)
    points: list[DayPoint] = []
    for day in sorted(by_day):
        answers = by_day[day]
        for trace in answers:
            if not trace.status:
                continue  # not assessed here (tutor.learning.trace): the day's last one is
            if trace.status in ("mastered", "review_due"):
                mastered.add(trace.skill_id)
            else:
                mastered.discard(trace.skill_id)
        points.append(DayPoint(day, len(answers), sum(t.correct for t in answers), len(mastered)))
    return points


def when(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone().strftime("%Y-%m-%d %H:%M")
