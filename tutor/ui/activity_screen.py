"""The learner's work: lessons, practice items with hints and feedback, the placement check.

Guarantees: feedback for an answer is shown only after the facade has stored it (the submit
job's result); while an answer is being stored the item is locked and Submit is disabled, so an
answer is never sent twice. Every facade call runs on the database thread (FacadeRunner).
"""

from __future__ import annotations

import html
import posixpath
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tutor.facade import Tutor
from tutor.records import LearnerProfile
from tutor.ui.facade_thread import FacadeRunner
from tutor.ui.lesson_view import LessonView
from tutor.ui.messages import describe_error
from tutor.ui.practice import ItemWidget, widget_for
from tutor.ui.read_aloud import is_recording


@dataclass(frozen=True)
class Bundle:
    """An activity with everything the screen needs to show it, fetched on the database thread."""

    view: Any  # tutor.learning.service.ActivityView
    lesson_text: str | None
    media: dict[str, Path]

    def recording(self) -> Path | None:
        """The lesson's recording: the first audio file among its media, in name order."""
        names = sorted(name for name in self.media if is_recording(name))
        return self.media[names[0]] if names else None


def load_bundle(tutor: Tutor, learner_id: str, topic: str | None) -> Bundle:
    view = tutor.next_activity(learner_id, topic)
    text = None
    if view.kind == "lesson" and view.lesson_body_sha256 is not None:
        text = tutor.lesson_text(view.lesson_body_sha256)
    owner = view.lesson_id or view.item_id
    return Bundle(view, text, tutor.media_for(owner) if owner else {})


def resolver(media: dict[str, Path], base: str) -> Callable[[str], Path | None]:
    """Find a media path as a lesson (under lessons/) or an item writes it."""

    def resolve(path: str) -> Path | None:
        clean = path.split("#", 1)[0].split("?", 1)[0]
        for candidate in (clean, posixpath.normpath(posixpath.join(base, clean))):
            if candidate in media:
                return media[candidate]
        return None

    return resolve


@dataclass
class SessionTally:
    """What a learner did since signing in: for the summary on their home."""

    answered: int = 0
    right: int = 0
    mastered: list[str] = field(default_factory=list)


class ActivityScreen(QWidget):
    home_requested = Signal()

    def __init__(self, runner: FacadeRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityScreen")
        self._runner = runner
        self.learner: LearnerProfile | None = None
        self.topic: str | None = None
        self.bundle: Bundle | None = None
        self.item_widget: ItemWidget | None = None
        self._hints_shown = 0
        self._timer = QElapsedTimer()
        self.session = SessionTally()

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.home = QPushButton()
        self.home.clicked.connect(self.home_requested)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.home)

        self.lesson = LessonView()
        self.lesson.finished.connect(self._lesson_finished)

        self.item_area = QScrollArea()
        self.item_area.setWidgetResizable(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.RichText)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)

        self.progress.hide()
        self.hint_button = QPushButton()
        self.hint_button.clicked.connect(self._show_hint)
        self.submit = QPushButton()
        self.submit.setDefault(True)
        self.submit.clicked.connect(self._submit)
        self.next = QPushButton()
        self.next.clicked.connect(self.load_next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint_button)
        buttons.addStretch()
        buttons.addWidget(self.submit)
        buttons.addWidget(self.next)
        practice = QWidget()
        practice_layout = QVBoxLayout(practice)
        practice_layout.addWidget(self.item_area, 1)
        practice_layout.addWidget(self.hint)
        practice_layout.addWidget(self.feedback)
        practice_layout.addWidget(self.progress)
        practice_layout.addLayout(buttons)

        self.done = QLabel()
        self.done.setWordWrap(True)
        self.done.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.pages = QStackedWidget()
        for page in (self.lesson, practice, self.done):
            self.pages.addWidget(page)
        self.practice_page = practice
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.home.setText(self.tr("Ho&me"))
        self.home.setToolTip(self.tr("Back to your topics"))
        self.feedback.setAccessibleName(self.tr("Feedback"))
        self.progress.setAccessibleName(self.tr("Progress toward mastering this topic"))
        self.hint_button.setText(self.tr("Show a &hint"))
        self.submit.setText(self.tr("&Check my answer"))
        self.next.setText(self.tr("&Next"))
        if self.bundle is not None and self.bundle.view.kind != "done":
            self.heading.setText(self._heading_text(self.bundle.view))

    # --- loading -------------------------------------------------------------------------

    def start(self, learner: LearnerProfile, topic: str | None = None) -> None:
        if self.learner is None or self.learner.id != learner.id:
            self.session = SessionTally()
        self.learner, self.topic = learner, topic
        self.load_next()

    def summary(self) -> str:
        """A short summary of this sign-in's work, for the learner's home (empty if none)."""
        tally = self.session
        if not tally.answered:
            return ""
        text = self.tr("This session: {right} of %n answer(s) right.", "", tally.answered).format(
            right=tally.right
        )
        if tally.mastered:
            text += " " + self.tr("You mastered: {skills}.").format(
                skills=", ".join(tally.mastered)
            )
        return text

    def load_next(self) -> None:
        if self.learner is None:
            return
        learner_id, topic = self.learner.id, self.topic
        self._busy(self.tr("Getting your next activity…"))
        self._runner.submit(
            lambda tutor: load_bundle(tutor, learner_id, topic), self._show, self._failed
        )

    def _busy(self, text: str) -> None:
        self.submit.setEnabled(False)
        self.next.setEnabled(False)
        self.heading.setText(html.escape(text))

    def _show(self, bundle: Bundle) -> None:
        self.bundle = bundle
        view = bundle.view
        if view.kind == "done":
            self.heading.setText(self.tr("<h2>Well done!</h2>"))
            self.done.setText(
                self.tr("You have finished everything there is for now. Choose a topic to review.")
            )
            self.pages.setCurrentWidget(self.done)
            self.home.setFocus()
            return
        self.heading.setText(self._heading_text(view))
        if view.kind == "lesson":
            self.lesson.show_lesson(
                view.lesson_title or "",
                bundle.lesson_text or "",
                resolver(bundle.media, "lessons"),
                audio=bundle.recording(),
            )
            self.pages.setCurrentWidget(self.lesson)
            self.lesson.setFocus()
            return
        self._show_item(view, bundle.media)

    def _heading_text(self, view: Any) -> str:
        skill = html.escape(view.skill_title or "")
        if view.kind == "placement":
            return self.tr(
                "<h2>Let's see what you already know</h2>Question {n} of at most {m}"
            ).format(n=view.placement_asked + 1, m=view.placement_max)
        reasons = {
            "review": self.tr("Time to review: {skill}"),
            "assignment": self.tr("Your teacher set this: {skill}"),
        }
        return "<h2>{}</h2>".format(reasons.get(view.why, "{skill}").format(skill=skill))

    def _show_item(self, view: Any, media: dict[str, Path]) -> None:
        self.item_widget = widget_for(view.item, resolver(media, ""))
        self.item_widget.submit_requested.connect(self._submit)
        self.item_widget.response_changed.connect(self._response_changed)
        self.item_area.setWidget(self.item_widget)  # deletes the previous item's widget
        self._hints_shown = 0
        self.hint.clear()
        self.feedback.clear()
        self.progress.hide()
        hints = list(view.item.get("hints") or [])
        self.hint_button.setVisible(bool(hints) and view.kind != "placement")
        self.hint_button.setEnabled(bool(hints))
        self.submit.setVisible(True)
        self.submit.setEnabled(False)
        self.next.setVisible(False)
        self.pages.setCurrentWidget(self.practice_page)
        self.item_widget.setFocus()
        self._timer.start()

    def _response_changed(self) -> None:
        widget = self.item_widget
        self.submit.setEnabled(widget is not None and widget.has_response())

    def _show_hint(self) -> None:
        if self.bundle is None:
            return
        hints = list(self.bundle.view.item.get("hints") or [])
        if self._hints_shown < len(hints):
            self._hints_shown += 1
            shown = "<br>".join(html.escape(h) for h in hints[: self._hints_shown])
            self.hint.setText(self.tr("<b>Hint:</b> {hints}").format(hints=shown))
        self.hint_button.setEnabled(self._hints_shown < len(hints))

    # --- answering -----------------------------------------------------------------------

    def _submit(self) -> None:
        widget, bundle, learner = self.item_widget, self.bundle, self.learner
        if widget is None or bundle is None or learner is None:
            return
        if widget.is_locked() or not widget.has_response():  # stored already, or nothing yet
            return
        widget.set_locked(True)
        self.submit.setEnabled(False)
        self.hint_button.setEnabled(False)
        response = widget.response()
        hints, duration = self._hints_shown, int(self._timer.elapsed())
        item_id, learner_id = bundle.view.item_id, learner.id
        self._runner.submit(
            lambda tutor: tutor.submit_answer(
                learner_id, item_id, response, hints_used=hints, duration_ms=duration
            ),
            self._answered,
            self._answer_failed,
        )

    def _answered(self, outcome: Any) -> None:
        """The answer is stored: now, and only now, show the feedback."""
        widget, bundle = self.item_widget, self.bundle
        if widget is None or bundle is None:
            return
        widget.show_result(outcome.grade)
        placement = bundle.view.kind == "placement"
        # The item widget says right or wrong, part by part; this adds what the answer means.
        parts = []
        if placement:
            parts.append(self.tr("Thank you! Your answer is saved."))
        elif not outcome.grade.correct and outcome.grade.misconception:
            parts.append(html.escape(outcome.grade.misconception))
        if outcome.solution and not placement:
            parts.append(
                self.tr("<b>How to solve it:</b> {solution}").format(
                    solution=html.escape(outcome.solution)
                )
            )
        if not placement and outcome.grade.auto_graded:
            self.session.answered += 1
            self.session.right += int(outcome.grade.correct)
            percent = round(100 * outcome.estimate)
            self.progress.setValue(percent)
            self.progress.setFormat(self.tr("{percent}% toward mastery").format(percent=percent))
            self.progress.setVisible(True)
        if outcome.mastered_now:
            self.session.mastered.append(bundle.view.skill_title or "")
            parts.append(
                self.tr("<h3>★ You have mastered {skill}!</h3>").format(
                    skill=html.escape(bundle.view.skill_title or "")
                )
            )
        self.feedback.setText("<br>".join(parts))
        self.submit.setVisible(False)
        self.next.setVisible(True)
        self.next.setEnabled(True)
        self.next.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter after the feedback goes on to the next activity (Enter on an item submits it;
        the item widget handles that)."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.next.isVisible() and self.next.isEnabled():
            self.load_next()
            return
        super().keyPressEvent(event)

    def _answer_failed(self, error: BaseException) -> None:
        if self.item_widget is not None:
            self.item_widget.set_locked(False)
        self.submit.setEnabled(True)
        self.feedback.setText(
            self.tr("Your answer could not be saved: {problem} Try again.").format(
                problem=html.escape(describe_error(error))
            )
        )

    def _lesson_finished(self) -> None:
        bundle, learner = self.bundle, self.learner
        if bundle is None or learner is None or bundle.view.lesson_id is None:
            return
        learner_id, lesson_id, topic = learner.id, bundle.view.lesson_id, self.topic
        self._busy(self.tr("Getting your next activity…"))

        def job(tutor: Tutor) -> Bundle:
            tutor.lesson_seen(learner_id, lesson_id)
            return load_bundle(tutor, learner_id, topic)

        self._runner.submit(job, self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.heading.setText(html.escape(describe_error(error)))
        self.done.setText(self.tr("Something went wrong. Go back Home and try again."))
        self.pages.setCurrentWidget(self.done)
