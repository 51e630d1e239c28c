"""A teacher's page about one learner: progress over time, skills, recent answers, common
misconceptions, notes, and resetting how they sign in."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tutor.ui.facade_thread import FacadeRunner
from tutor.ui.messages import describe_error
from tutor.ui.teacher.chart import DaysChart
from tutor.ui.teacher.exports_menu import ask_and_save, learner_report_job, safe_file_name
from tutor.ui.teacher.wording import STATUS_SIGNS, percent, status_word

if TYPE_CHECKING:
    from tutor.facade import Tutor
    from tutor.teaching.accounts import TeacherIdentity
    from tutor.teaching.dashboard import LearnerReport
    from tutor.teaching.records import NoteInfo


def _cell(text: str) -> QTableWidgetItem:
    return QTableWidgetItem(text)


class LearnerPage(QDialog):
    def __init__(
        self,
        runner: FacadeRunner,
        learner_id: str,
        teacher: TeacherIdentity | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("learnerPage")
        self.setWindowTitle(self.tr("Learner"))
        self.resize(900, 640)
        self._runner = runner
        self.learner_id = learner_id
        self._author = teacher.display_name if teacher else ""
        self.report: LearnerReport | None = None
        self.heading = QLabel()
        self.heading.setObjectName("learnerHeading")
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.chart = DaysChart()
        self.skills = QTableWidget(0, 4)
        self.skills.setObjectName("learnerSkills")
        self.recent = QTableWidget(0, 5)
        self.recent.setObjectName("recentAnswers")
        self.misconceptions = QListWidget()
        self.misconceptions.setWordWrap(True)
        for table in (self.skills, self.recent):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.setTabKeyNavigation(False)
            table.verticalHeader().hide()
        self.notes = QListWidget()
        self.notes.setObjectName("learnerNotes")
        self.notes.setWordWrap(True)
        self.note_text = QLineEdit()
        self.note_text.setObjectName("noteText")
        self.note_text.setMaxLength(500)
        self.note_text.setPlaceholderText(self.tr("A note the learner sees on their home"))
        self.add_note = QPushButton(self.tr("&Send note"))
        self.add_note.setObjectName("sendNote")
        self.add_note.clicked.connect(self._send_note)
        self.reset_sign_in = QPushButton(self.tr("&Reset PIN or pictures"))
        self.reset_sign_in.setObjectName("resetSignIn")
        self.reset_sign_in.clicked.connect(self._reset_sign_in)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_report = QPushButton(self.tr("Save &report (PDF)…"))
        self.save_report.setObjectName("saveLearnerReport")
        self.save_report.clicked.connect(self._save_report)

        overview = QWidget()
        overview_layout = QVBoxLayout(overview)
        overview_layout.addWidget(self.totals)
        overview_layout.addWidget(
            QLabel(self.tr("Answers per day (bars) and skills mastered (line):"))
        )
        overview_layout.addWidget(self.chart, 1)
        overview_layout.addWidget(self.skills, 2)
        answers = QWidget()
        answers_layout = QVBoxLayout(answers)
        answers_layout.addWidget(self.recent, 3)
        answers_layout.addWidget(QLabel(self.tr("Most frequent misconceptions:")))
        answers_layout.addWidget(self.misconceptions, 1)
        notes = QWidget()
        notes_layout = QVBoxLayout(notes)
        notes_layout.addWidget(self.notes, 1)
        row = QHBoxLayout()
        row.addWidget(self.note_text, 1)
        row.addWidget(self.add_note)
        notes_layout.addLayout(row)
        notes_layout.addWidget(self.reset_sign_in)
        self.tabs = QTabWidget()
        self.tabs.addTab(overview, self.tr("&Progress"))
        self.tabs.addTab(answers, self.tr("&Answers"))
        self.tabs.addTab(notes, self.tr("&Notes and sign-in"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.save_report, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        learner_id = self.learner_id

        def job(tutor: Tutor) -> tuple[LearnerReport, list[NoteInfo]]:
            teaching = tutor.teaching
            return teaching.dashboard.learner_report(learner_id), teaching.notes.notes_for(
                learner_id
            )

        self._runner.submit(job, self._show, self._failed)

    def _show(self, data: tuple[LearnerReport, list[NoteInfo]]) -> None:
        report, notes = data
        self.report = report
        self.setWindowTitle(report.display_name)
        self.heading.setText(report.display_name)
        minutes = round(report.time_on_task_ms / 60000)
        answers = self.tr("%n answer(s), {right} right", "", report.answers).format(
            right=report.correct
        )
        on_task = self.tr("%n minute(s) on task", "", minutes)
        hints = self.tr("%n hint(s) used", "", report.hints_used)
        self.totals.setText(f"{answers}; {on_task}; {hints}.")
        self.chart.set_days(report.days, len(report.skill_titles))
        self.skills.setRowCount(len(report.skills))
        self.skills.setHorizontalHeaderLabels(
            [self.tr("Skill"), self.tr("Status"), self.tr("Estimate"), self.tr("Right / answers")]
        )
        for row, skill in enumerate(report.skills):
            values = [
                skill.title,
                f"{STATUS_SIGNS.get(skill.status, '')} {status_word(skill.status)}",
                percent(skill.estimate),
                f"{skill.correct} / {skill.attempts}",
            ]
            for column, value in enumerate(values):
                self.skills.setItem(row, column, _cell(value))
        self.skills.resizeColumnsToContents()
        self.recent.setRowCount(len(report.recent))
        self.recent.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Skill"),
                self.tr("Answer"),
                self.tr("Right?"),
                self.tr("Expected"),
            ]
        )
        from tutor.teaching.dashboard import answer_text, when

        for row, trace in enumerate(report.recent):
            values = [
                when(trace.answered_at),
                report.skill_titles.get(trace.skill_id, trace.skill_id),
                answer_text(trace.response),
                self.tr("✓ right") if trace.correct else self.tr("✗ wrong"),
                percent(trace.expected),
            ]
            for column, value in enumerate(values):
                self.recent.setItem(row, column, _cell(value))
        self.recent.resizeColumnsToContents()
        self.misconceptions.clear()
        for text, times in report.misconceptions:
            self.misconceptions.addItem(
                self.tr("{times}× {feedback}").format(times=times, feedback=text)
            )
        if not report.misconceptions:
            self.misconceptions.addItem(self.tr("None recorded."))
        self.notes.clear()
        for note in notes:
            state = self.tr("read") if note.read else self.tr("not read yet")
            self.notes.addItem(f"{when(note.created_at)} — {note.text} ({state})")

    def _send_note(self) -> None:
        text = self.note_text.text()
        learner_id, author = self.learner_id, self._author
        self._runner.submit(
            lambda tutor: tutor.teaching.notes.add_note(learner_id, text, author),
            self._note_sent,
            self._failed,
        )

    def _note_sent(self, _note_id: str) -> None:
        self.note_text.clear()
        self.reload()

    def _reset_sign_in(self) -> None:
        learner_id = self.learner_id
        self._runner.submit(
            lambda tutor: tutor.set_learner_pin(learner_id, None),
            lambda _profile: self.message.setText(
                self.tr(
                    "The PIN or picture password was removed; the learner signs in without one."
                )
            ),
            self._failed,
        )

    def _save_report(self) -> None:
        name = self.report.display_name if self.report else "learner"
        ask_and_save(
            self,
            self._runner,
            learner_report_job(self.learner_id),
            f"{safe_file_name(name)}-report-{date.today().isoformat()}.pdf",
            self.tr("PDF (*.pdf)"),
            self.message.setText,
        )

    def _failed(self, error: BaseException) -> None:
        self.message.setText(describe_error(error))
