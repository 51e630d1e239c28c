"""A quiz a teacher assigned: one question at a time, a clock when timed, then the result.

Guarantees: the run (its questions, its deadline) is made or found by the facade before anything
is shown, so a crash or power cut resumes at the first unanswered question of the same quiz; an
answer is shown as right or wrong only after it is stored, and only when the teacher chose
feedback after each question; a timed quiz is handed in when its clock reaches zero, and the
result screen says what was right (never by colour alone).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tutor.ui.facade_thread import FacadeRunner
from tutor.ui.messages import describe_error
from tutor.ui.practice import ItemWidget, widget_for

if TYPE_CHECKING:
    from tutor.engine.grading import Grade
    from tutor.facade import Tutor
    from tutor.teaching.quizzes import QuizProgress, QuizResult


@dataclass(frozen=True)
class QuizStep:
    progress: QuizProgress
    item: dict[str, Any] | None
    media: dict[str, Path]


def load_step(assignment_id: str, learner_id: str) -> Any:
    def job(tutor: Tutor) -> QuizStep:
        progress = tutor.teaching.quizzes.start(assignment_id, learner_id)
        item_id = progress.next_item_id
        item = tutor.item_definition(item_id) if item_id else None
        return QuizStep(progress, item, tutor.media_for(item_id) if item_id else {})

    return job


class QuizScreen(QWidget):
    home_requested = Signal()
    finished_quiz = Signal()  # the result is on screen

    def __init__(self, runner: FacadeRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quizScreen")
        self._runner = runner
        self.assignment_id = ""
        self.learner_id = ""
        self.step: QuizStep | None = None
        self.item_widget: ItemWidget | None = None
        self.result: QuizResult | None = None
        self._answer_timer = QElapsedTimer()
        self.heading = QLabel()
        self.heading.setObjectName("quizHeading")
        self.clock = QLabel()
        self.clock.setObjectName("quizClock")
        self.home = QPushButton(self.tr("&Home"))
        self.home.clicked.connect(self.home_requested)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.clock)
        top.addWidget(self.home)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.feedback = QLabel()
        self.feedback.setObjectName("quizFeedback")
        self.feedback.setWordWrap(True)
        self.submit = QPushButton(self.tr("&Submit"))
        self.submit.setObjectName("quizSubmit")
        self.submit.setDefault(True)
        self.submit.clicked.connect(self._submit)
        self.next = QPushButton(self.tr("&Next question"))
        self.next.setObjectName("quizNext")
        self.next.clicked.connect(self._load)
        self.hand_in = QPushButton(self.tr("Hand &in"))
        self.hand_in.setObjectName("quizHandIn")
        self.hand_in.clicked.connect(self._finish)
        buttons = QHBoxLayout()
        buttons.addStretch()
        for button in (self.submit, self.next, self.hand_in):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.feedback)
        layout.addLayout(buttons)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._update_clock)

    def start(self, assignment_id: str, learner_id: str) -> None:
        self.assignment_id, self.learner_id = assignment_id, learner_id
        self.result = None
        self._load()

    def _load(self) -> None:
        self.feedback.clear()
        self.next.hide()
        self.submit.setEnabled(False)
        self._runner.submit(
            load_step(self.assignment_id, self.learner_id), self._show_step, self._failed
        )

    def _show_step(self, step: QuizStep) -> None:
        self.step = step
        progress = step.progress
        if step.item is None:
            self._finish()
            return
        number = len(progress.answered) + 1
        self.heading.setText(
            self.tr("{title} — question {number} of {count}").format(
                title=progress.title, number=number, count=len(progress.item_ids)
            )
        )
        media = step.media
        self.item_widget = widget_for(step.item, lambda path: media.get(path), seed=number)
        self.item_widget.submit_requested.connect(self._submit)
        self.item_widget.response_changed.connect(
            lambda: self.submit.setEnabled(
                bool(self.item_widget and self.item_widget.has_response())
            )
        )
        self.area.setWidget(self.item_widget)
        self.submit.show()
        self.submit.setEnabled(self.item_widget.has_response())
        self.hand_in.show()
        self._update_clock()
        if progress.deadline_at is not None:
            self.tick.start()
        self._answer_timer.start()
        inputs = self.item_widget.inputs()
        if inputs:
            inputs[0].setFocus()

    def _update_clock(self) -> None:
        progress = self.step.progress if self.step else None
        left = progress.seconds_left(datetime.now(UTC)) if progress else None
        if left is None:
            self.clock.setText(self.tr("No time limit"))
            return
        self.clock.setText(
            self.tr("Time left: {minutes}:{seconds:02d}").format(
                minutes=left // 60, seconds=left % 60
            )
        )
        if left == 0 and self.result is None:
            self.tick.stop()
            self._finish()

    def _submit(self) -> None:
        widget, step = self.item_widget, self.step
        if widget is None or step is None or widget.is_locked() or not widget.has_response():
            return
        item_id = step.progress.next_item_id
        if item_id is None:
            return
        response = widget.response()
        run_id = step.progress.run_id
        duration = int(self._answer_timer.elapsed())
        widget.set_locked(True)
        self.submit.setEnabled(False)
        self._runner.submit(
            lambda tutor: tutor.teaching.quizzes.answer(
                run_id, item_id, response, duration_ms=duration
            ),
            self._answered,
            self._answer_failed,
        )

    def _answered(self, outcome: Any) -> None:
        step = self.step
        if step is not None and step.progress.feedback == "per_item" and self.item_widget:
            self.item_widget.show_result(outcome.grade)
            self.feedback.setText(self._verdict(outcome.grade))
            self.submit.hide()
            self.next.show()
            self.next.setFocus()
            return
        self._load()

    def _verdict(self, grade: Grade) -> str:
        """One line on the answer just stored: right, not right, or kept for the teacher."""
        if not grade.auto_graded:
            return self.tr("Saved. Your teacher will read your answer.")
        return self.tr("✓ Right!") if grade.correct else self.tr("✗ Not quite.")

    def _answer_failed(self, error: BaseException) -> None:
        self.feedback.setText(describe_error(error))
        self._finish()

    def _finish(self) -> None:
        self.tick.stop()
        step = self.step
        if step is None:
            return
        run_id = step.progress.run_id
        self._runner.submit(
            lambda tutor: tutor.teaching.quizzes.finish(run_id), self._show_result, self._failed
        )

    def _show_result(self, result: QuizResult) -> None:
        self.result = result
        self.submit.hide()
        self.next.hide()
        self.hand_in.hide()
        self.clock.clear()
        self.heading.setText(result.title)
        lines = [
            self.tr("You got {right} of {count} right.").format(
                right=result.right, count=result.questions
            )
        ]
        for number, answer in enumerate(result.answers, 1):
            mark = self.tr("✓ right") if answer.correct else self.tr("✗ wrong")
            lines.append(self.tr("Question {number}: {mark}").format(number=number, mark=mark))
        if result.unanswered:
            lines.append(self.tr("{count} not answered.").format(count=len(result.unanswered)))
        summary = QLabel("\n".join(lines))
        summary.setObjectName("quizResult")
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        self.area.setWidget(summary)
        self.item_widget = None
        self.feedback.clear()
        self.home.setFocus()
        self.finished_quiz.emit()

    def _failed(self, error: BaseException) -> None:
        self.feedback.setText(describe_error(error))
