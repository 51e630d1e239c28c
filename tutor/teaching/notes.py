"""Notes from a teacher to a learner, and a learner's week (goal and streak) for their home.

Guarantees: a note is stored as written (trimmed, at most 500 characters) and shown until the
teacher deletes it; the week and streak are derived from stored answers, in the laptop's local
calendar (a school day is a local day), never stored.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select

from tutor.storage.engine import Database
from tutor.storage.models import AttemptEvent, Learner, TeacherNote
from tutor.storage.settings import get_setting, put_setting
from tutor.storage.types import utc_now
from tutor.teaching.records import NoteInfo, TeachingError, WeeklyProgress

MAX_NOTE_LENGTH = 500
WEEKLY_GOAL_KEY = "weekly_goal:"  # + learner id; the answers a learner aims for each week
DEFAULT_WEEKLY_GOAL = 50
MAX_WEEKLY_GOAL = 1000


class NoteService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def add_note(self, learner_id: str, text: str, author: str = "") -> str:
        cleaned = text.strip()
        if not cleaned:
            raise TeachingError("The note is empty.")
        if len(cleaned) > MAX_NOTE_LENGTH:
            raise TeachingError(f"A note has at most {MAX_NOTE_LENGTH} characters.")
        with self._db.write() as session:
            if session.get(Learner, learner_id) is None:
                raise TeachingError("That learner no longer exists on this laptop.")
            note = TeacherNote(learner_id=learner_id, text=cleaned, author=author)
            session.add(note)
            session.flush()
            return note.id

    def delete_note(self, note_id: str) -> None:
        with self._db.write() as session:
            note = session.get(TeacherNote, note_id)
            if note is None:
                raise TeachingError("That note no longer exists.")
            note.deleted_at = utc_now()

    def notes_for(self, learner_id: str) -> list[NoteInfo]:
        """The learner's notes, newest first (deleted ones left out)."""
        with self._db.read() as session:
            rows = session.scalars(
                select(TeacherNote)
                .where(TeacherNote.learner_id == learner_id, TeacherNote.deleted_at.is_(None))
                .order_by(TeacherNote.created_at.desc())
            ).all()
            return [
                NoteInfo(
                    row.id,
                    row.learner_id,
                    row.author,
                    row.text,
                    row.created_at,
                    row.read_at is not None,
                )
                for row in rows
            ]

    def mark_read(self, learner_id: str) -> None:
        """The learner has seen their notes (the teacher's page shows it)."""
        now = utc_now()
        with self._db.write() as session:
            for note in session.scalars(
                select(TeacherNote).where(
                    TeacherNote.learner_id == learner_id, TeacherNote.read_at.is_(None)
                )
            ):
                note.read_at = now

    # --- the week --------------------------------------------------------------------------

    def set_weekly_goal(self, learner_id: str, answers: int) -> int:
        goal = max(1, min(MAX_WEEKLY_GOAL, int(answers)))
        with self._db.write() as session:
            put_setting(session, WEEKLY_GOAL_KEY + learner_id, goal)
        return goal

    def weekly_progress(self, learner_id: str, now: datetime | None = None) -> WeeklyProgress:
        """Answers since Monday (local time) against the goal, and the streak of local days up
        to today (or yesterday, when today has no answer yet) with at least one answer."""
        local_now = (now or utc_now()).astimezone()
        today = local_now.date()
        monday = today - timedelta(days=today.weekday())
        with self._db.read() as session:
            goal = get_setting(session, WEEKLY_GOAL_KEY + learner_id, DEFAULT_WEEKLY_GOAL)
            # Days far back do not change a streak that has a gap; a year is plenty.
            since = local_now - timedelta(days=366)
            times = session.scalars(
                select(AttemptEvent.answered_at).where(
                    AttemptEvent.learner_id == learner_id, AttemptEvent.answered_at >= since
                )
            ).all()
        days = [moment.astimezone().date() for moment in times]
        this_week = [day for day in days if monday <= day <= today]
        return WeeklyProgress(
            answered_this_week=len(this_week),
            goal=goal if isinstance(goal, int) else DEFAULT_WEEKLY_GOAL,
            streak_days=_streak(set(days), today),
            active_days=tuple(sorted({day.isoformat() for day in this_week})),
        )


def _streak(days: set[date], today: date) -> int:
    day = today if today in days else today - timedelta(days=1)
    streak = 0
    while day in days:
        streak += 1
        day -= timedelta(days=1)
    return streak
