"""Quizzes: a teacher builds one from pack items; a learner takes it as an assignment.

Guarantees:

* the items of a learner's quiz are drawn once, when they start it, and stored with the run, so a
  crash or a power cut resumes the same quiz at the first question not answered yet;
* each answer is stored (attempt event, context "quiz", the run's id; the model updated) by the
  learning service in one transaction before anything is shown, exactly as practice answers are;
* a timed quiz ends at its deadline even when the laptop was off: answers after it are refused
  and the run is handed in with what was answered;
* the result is derived from the stored answers, never stored separately.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tutor.learning.service import AnswerOutcome, LearningService
from tutor.storage.engine import Database
from tutor.storage.models import Assignment, AttemptEvent, Item, Quiz, QuizPart, QuizRun
from tutor.storage.types import utc_now
from tutor.teaching.assignments import audience_learners
from tutor.teaching.records import QuizInfo, QuizPartSpec, TeachingError

MAX_QUIZ_QUESTIONS = 100
MAX_TIME_LIMIT_MINUTES = 600
FEEDBACK_CHOICES = ("per_item", "at_end")


@dataclass(frozen=True)
class QuizAnswer:
    item_id: str
    response: Any
    correct: bool
    score: float


@dataclass(frozen=True)
class QuizProgress:
    """Where a learner is in a quiz run."""

    run_id: str
    title: str
    feedback: str
    item_ids: tuple[str, ...]
    answered: tuple[QuizAnswer, ...]
    deadline_at: datetime | None
    finished: bool

    @property
    def next_item_id(self) -> str | None:
        done = {answer.item_id for answer in self.answered}
        if self.finished:
            return None
        return next((item for item in self.item_ids if item not in done), None)

    def seconds_left(self, now: datetime) -> int | None:
        if self.deadline_at is None:
            return None
        return max(0, int((self.deadline_at - now).total_seconds()))


@dataclass(frozen=True)
class QuizResult:
    run_id: str
    title: str
    questions: int
    right: int
    score: float  # sum of scores (partial credit counts)
    answers: tuple[QuizAnswer, ...]
    unanswered: tuple[str, ...]


class QuizService:
    def __init__(self, database: Database, learning: LearningService) -> None:
        self._db = database
        self._learning = learning

    # --- building -----------------------------------------------------------------------------

    def create_quiz(
        self,
        title: str,
        parts: list[QuizPartSpec],
        *,
        time_limit_minutes: int | None = None,
        feedback: str = "at_end",
        created_by: str = "",
    ) -> QuizInfo:
        """Store a quiz. Raises TeachingError listing what is wrong (nothing stored)."""
        cleaned = " ".join(title.split())
        problems: list[str] = []
        if not cleaned:
            problems.append("The quiz has no title.")
        if feedback not in FEEDBACK_CHOICES:
            problems.append("Feedback is shown after each question or at the end.")
        if time_limit_minutes is not None and not 1 <= time_limit_minutes <= MAX_TIME_LIMIT_MINUTES:
            problems.append(f"The time limit is 1 to {MAX_TIME_LIMIT_MINUTES} minutes.")
        if not parts:
            problems.append("The quiz has no questions.")
        with self._db.write() as session:
            problems += self._part_problems(session, parts)
            if problems:
                raise TeachingError(" ".join(problems))
            quiz = Quiz(
                title=cleaned,
                time_limit_minutes=time_limit_minutes,
                feedback=feedback,
                created_by=created_by,
            )
            session.add(quiz)
            session.flush()
            for position, part in enumerate(parts):
                session.add(
                    QuizPart(
                        quiz_id=quiz.id,
                        position=position,
                        item_id=part.item_id,
                        skill_id=part.skill_id,
                        draw_count=part.count if part.skill_id else 1,
                    )
                )
            return QuizInfo(
                quiz.id,
                quiz.title,
                time_limit_minutes,
                feedback,
                tuple(parts),
                sum(part.count if part.skill_id else 1 for part in parts),
            )

    @staticmethod
    def _part_problems(session: Session, parts: list[QuizPartSpec]) -> list[str]:
        problems: list[str] = []
        total = 0
        for number, part in enumerate(parts, 1):
            if (part.item_id is None) == (part.skill_id is None):
                problems.append(f"Question {number} needs an item or a skill, not both.")
                continue
            if part.item_id is not None:
                item = session.get(Item, part.item_id)
                if item is None or item.retired_at is not None:
                    problems.append(f"Question {number}: that item is not on this laptop.")
                total += 1
            else:
                available = len(_skill_items(session, part.skill_id or ""))
                if part.count < 1:
                    problems.append(f"Question {number}: draw at least one item.")
                elif available < part.count:
                    problems.append(
                        f"Question {number}: the skill has {available} item(s) Tutor can mark, "
                        f"fewer than the {part.count} to draw."
                    )
                total += max(part.count, 0)
        if total > MAX_QUIZ_QUESTIONS:
            problems.append(f"A quiz has at most {MAX_QUIZ_QUESTIONS} questions.")
        return problems

    def skill_items(self, skill_id: str) -> list[tuple[str, str]]:
        """The installed items of a skill as (item id, the start of its prompt), in pack order,
        for choosing fixed questions."""
        with self._db.read() as session:
            rows = session.execute(
                select(Item.id, Item.definition)
                .where(Item.skill_id == skill_id, Item.retired_at.is_(None))
                .order_by(Item.position, Item.id)
            ).all()
        return [(item_id, _prompt_start(definition)) for item_id, definition in rows]

    def quizzes(self) -> list[QuizInfo]:
        with self._db.read() as session:
            quizzes = session.scalars(select(Quiz).where(Quiz.deleted_at.is_(None))).all()
            infos = []
            for quiz in quizzes:
                parts = tuple(
                    QuizPartSpec(part.item_id, part.skill_id, part.draw_count)
                    for part in session.scalars(
                        select(QuizPart)
                        .where(QuizPart.quiz_id == quiz.id)
                        .order_by(QuizPart.position)
                    )
                )
                infos.append(
                    QuizInfo(
                        quiz.id,
                        quiz.title,
                        quiz.time_limit_minutes,
                        quiz.feedback,
                        parts,
                        sum(part.count if part.skill_id else 1 for part in parts),
                    )
                )
        return sorted(infos, key=lambda info: info.title.casefold())

    # --- taking --------------------------------------------------------------------------------

    def start(
        self, assignment_id: str, learner_id: str, now: datetime | None = None
    ) -> QuizProgress:
        """The learner's run of an assigned quiz: made (items drawn, deadline set) the first time,
        the same run afterwards."""
        moment = now or utc_now()
        with self._db.write() as session:
            assignment = session.get(Assignment, assignment_id)
            if assignment is None or assignment.deleted_at is not None or assignment.kind != "quiz":
                raise TeachingError("That quiz is no longer assigned.")
            if learner_id not in audience_learners(session, assignment):
                raise TeachingError("That quiz is not assigned to this learner.")
            run = session.scalars(
                select(QuizRun).where(
                    QuizRun.assignment_id == assignment_id, QuizRun.learner_id == learner_id
                )
            ).first()
            if run is None:
                quiz = session.get(Quiz, assignment.target_id)
                if quiz is None or quiz.deleted_at is not None:
                    raise TeachingError("That quiz was deleted.")
                run = QuizRun(assignment_id=assignment_id, learner_id=learner_id, quiz_id=quiz.id)
                run.item_ids = self._draw(
                    session, quiz.id, random.Random(f"{assignment_id}/{learner_id}")
                )
                run.feedback = quiz.feedback
                run.started_at = moment
                if quiz.time_limit_minutes:
                    run.deadline_at = moment + timedelta(minutes=quiz.time_limit_minutes)
                session.add(run)
                session.flush()
            self._close_if_over(run, moment)
            return self._progress(session, run)

    @staticmethod
    def _draw(session: Session, quiz_id: str, rng: random.Random) -> list[str]:
        """The run's questions in the teacher's order: each fixed item where it was put, each
        draw's items sampled from the items of its skill the laptop marks itself (never one
        already in the quiz)."""
        parts = session.scalars(
            select(QuizPart).where(QuizPart.quiz_id == quiz_id).order_by(QuizPart.position)
        ).all()
        fixed = {part.item_id for part in parts if part.item_id}
        chosen: list[str] = []
        for part in parts:
            if part.item_id:
                if part.item_id not in chosen:
                    chosen.append(part.item_id)
                continue
            taken = fixed | set(chosen)
            pool = [
                item for item in _skill_items(session, part.skill_id or "") if item not in taken
            ]
            chosen.extend(rng.sample(pool, min(part.draw_count, len(pool))))
        return chosen

    def progress(self, run_id: str, now: datetime | None = None) -> QuizProgress:
        with self._db.write() as session:
            run = self._run(session, run_id)
            self._close_if_over(run, now or utc_now())
            return self._progress(session, run)

    def answer(
        self,
        run_id: str,
        item_id: str,
        response: Any,
        *,
        duration_ms: int = 0,
        now: datetime | None = None,
    ) -> AnswerOutcome:
        """Store one answer of the run (before anything is shown). Refused (TeachingError) when
        the run is handed in, out of time, or the item is not one of its questions or was
        answered already."""
        moment = now or utc_now()
        with self._db.write() as session:
            run = self._run(session, run_id)
            finished_before = run.finished_at is not None
            out_of_time = self._close_if_over(run, moment)
            learner_id = run.learner_id
            problem = (
                "Time is up: the quiz was handed in."
                if out_of_time
                else "This quiz was handed in already."
                if finished_before
                else "That question is not part of this quiz."
                if item_id not in run.item_ids
                else "That question was answered already."
                if item_id in _answered_ids(session, run_id)
                else None
            )
        if problem is not None:  # raised after the commit: a run out of time stays handed in
            raise TeachingError(problem)
        return self._learning.submit_answer(
            learner_id, item_id, response, duration_ms=duration_ms, quiz_run_id=run_id
        )

    def finish(self, run_id: str, now: datetime | None = None) -> QuizResult:
        """Hand the quiz in (once; later calls change nothing) and return its result."""
        moment = now or utc_now()
        with self._db.write() as session:
            run = self._run(session, run_id)
            if run.finished_at is None:
                run.finished_at = min(moment, run.deadline_at) if run.deadline_at else moment
        return self.result(run_id)

    def result(self, run_id: str) -> QuizResult:
        with self._db.read() as session:
            run = self._run(session, run_id)
            progress = self._progress(session, run)
        answered = {answer.item_id for answer in progress.answered}
        return QuizResult(
            run_id=run_id,
            title=progress.title,
            questions=len(progress.item_ids),
            right=sum(answer.correct for answer in progress.answered),
            score=sum(answer.score for answer in progress.answered),
            answers=progress.answered,
            unanswered=tuple(item for item in progress.item_ids if item not in answered),
        )

    @staticmethod
    def _run(session: Session, run_id: str) -> QuizRun:
        run = session.get(QuizRun, run_id)
        if run is None:
            raise TeachingError("That quiz run no longer exists.")
        return run

    @staticmethod
    def _close_if_over(run: QuizRun, now: datetime) -> bool:
        """True when the run is timed and its deadline has passed; hands it in (at the deadline)
        if it was still open."""
        if run.deadline_at is None or now < run.deadline_at:
            return False
        if run.finished_at is None:
            run.finished_at = run.deadline_at
        return True

    @staticmethod
    def _progress(session: Session, run: QuizRun) -> QuizProgress:
        quiz = session.get(Quiz, run.quiz_id)
        rows = session.execute(
            select(
                AttemptEvent.item_id,
                AttemptEvent.response,
                AttemptEvent.correct,
                AttemptEvent.score,
            )
            .where(AttemptEvent.quiz_run_id == run.id)
            .order_by(AttemptEvent.answered_at, AttemptEvent.sequence)
        ).all()
        seen: set[str] = set()
        answers: list[QuizAnswer] = []
        for item_id, response, correct, score in rows:
            if item_id in seen:
                continue  # the first answer counts (a second can only come from a merge)
            seen.add(item_id)
            value = response.get("value") if isinstance(response, dict) else response
            answers.append(QuizAnswer(item_id, value, bool(correct), float(score)))
        return QuizProgress(
            run_id=run.id,
            title=quiz.title if quiz else "",
            feedback=run.feedback,
            item_ids=tuple(run.item_ids),
            answered=tuple(answers),
            deadline_at=run.deadline_at,
            finished=run.finished_at is not None,
        )


def _prompt_start(definition: object, limit: int = 80) -> str:
    prompt = definition.get("prompt", "") if isinstance(definition, dict) else ""
    text = " ".join(str(prompt).replace("*", "").replace("`", "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# Item types the laptop cannot mark (a teacher reads them); a random draw never picks them, so
# a drawn question always counts toward the score. A teacher may still add one as a fixed question.
TEACHER_MARKED_KINDS = ("extended_text",)


def _skill_items(session: Session, skill_id: str) -> list[str]:
    """The skill's installed items a random draw may pick, in pack order."""
    return list(
        session.scalars(
            select(Item.id)
            .where(
                Item.skill_id == skill_id,
                Item.retired_at.is_(None),
                Item.kind.not_in(TEACHER_MARKED_KINDS),
            )
            .order_by(Item.position, Item.id)
        )
    )


def _answered_ids(session: Session, run_id: str) -> set[str]:
    return set(
        session.scalars(select(AttemptEvent.item_id).where(AttemptEvent.quiz_run_id == run_id))
    )
