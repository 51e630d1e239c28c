"""The services of teacher mode over one database, bundled for the facade (tutor.Tutor.teaching),
which creates them on first use (teacher screens only): a student session never imports them.
"""

from __future__ import annotations

from tutor.learning.service import LearningService
from tutor.storage.engine import Database
from tutor.teaching.accounts import AccountService
from tutor.teaching.assignments import AssignmentService
from tutor.teaching.classes import ClassService
from tutor.teaching.dashboard import DashboardService
from tutor.teaching.notes import NoteService
from tutor.teaching.quizzes import QuizService


class Teaching:
    def __init__(self, database: Database, learning: LearningService) -> None:
        self.database = database  # read-only use by tutor.teaching.exports
        self.accounts = AccountService(database)
        self.classes = ClassService(database)
        self.assignments = AssignmentService(database)
        self.quizzes = QuizService(database, learning)
        self.notes = NoteService(database)
        self.dashboard = DashboardService(database, learning)
