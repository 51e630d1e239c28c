"""The signed-in learner's first screen: a greeting, Continue, the map of topics, "Not me".

The topic map lists every skill with the learner's progress in words and a sign (never colour
alone); locked topics say so and cannot be chosen; Enter or a double click on an open topic
chooses it."""

from __future__ import annotations

import html
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tutor.records import InstalledPackInfo, LearnerProfile
from tutor.ui.avatar_icons import avatar_pixmap

if TYPE_CHECKING:  # the learning loop (and numpy) loads on first use, not at start
    from tutor.learning.service import SkillProgress
    from tutor.teaching.records import LearnerAssignment, NoteInfo, WeeklyProgress

ASSIGNMENT_ROLE = Qt.ItemDataRole.UserRole + 1
VISIBLE_WORK_ROWS = 5


def _qdate(moment: datetime) -> QDate:
    local = moment.astimezone()
    return QDate(local.year, local.month, local.day)


class LearnerHome(QWidget):
    sign_out_requested = Signal()
    continue_requested = Signal()
    topic_chosen = Signal(str)  # a skill id
    assignment_chosen = Signal(str, str, str)  # kind, target id, assignment id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learnerHome")
        self.learner: LearnerProfile | None = None
        self.avatar = QLabel()
        self.avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.greeting = QLabel()
        self.greeting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary.hide()
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("continueButton")
        self.continue_button.setMinimumHeight(3 * self.fontMetrics().height())
        self.continue_button.clicked.connect(self.continue_requested)
        self.not_me = QPushButton()
        self.not_me.setObjectName("notMeButton")
        self.not_me.clicked.connect(self.sign_out_requested)
        self.topics_label = QLabel()
        self.topics = QListWidget()
        self.topics.setObjectName("topicMap")
        self.topics_label.setBuddy(self.topics)
        self.topics.itemActivated.connect(self._choose)
        self.topics_label.hide()
        self.topics.hide()
        self.week = QLabel()
        self.week.setObjectName("weeklyGoal")
        self.week.setTextFormat(Qt.TextFormat.PlainText)
        self.week.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.week.hide()
        self.notes = QLabel()
        self.notes.setObjectName("teacherNotes")
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setWordWrap(True)
        self.notes.hide()
        self.work_label = QLabel()
        self.work = QListWidget()
        self.work.setObjectName("assignedWork")
        self.work_label.setBuddy(self.work)
        self.work.itemActivated.connect(self._choose_work)
        self.work_label.hide()
        self.work.hide()
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.continue_button)
        buttons.addWidget(self.not_me)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(self.avatar)
        layout.addWidget(self.greeting)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addWidget(self.week)
        layout.addWidget(self.notes)
        layout.addWidget(self.work_label)
        layout.addWidget(self.work)
        layout.addWidget(self.topics_label)
        layout.addWidget(self.topics, 1)
        layout.addStretch()
        self._packs: list[InstalledPackInfo] = []
        self._skills: list[SkillProgress] = []
        self._work: list[LearnerAssignment] = []
        self._notes: list[NoteInfo] = []
        self._week: WeeklyProgress | None = None
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        """A learner with another language signed in: every text in the new language."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.continue_button.setText(self.tr("&Continue"))
        self.continue_button.setToolTip(self.tr("Go on with your next lesson or practice"))
        self.not_me.setText(self.tr("&Not me"))
        self.not_me.setToolTip(self.tr("Go back to the list of learners"))
        self.topics_label.setText(self.tr("To&pics"))
        self.topics.setAccessibleName(self.tr("Topics"))
        self.topics.setAccessibleDescription(
            self.tr("Choose a topic and press Enter to practise it")
        )
        self.work_label.setText(self.tr("Your &work from your teacher"))
        self.work.setAccessibleName(self.tr("Work from your teacher"))
        self.set_packs(self._packs)
        self.set_skills(self._skills)
        self.set_teacher_items(self._work, self._notes, self._week)
        if self.learner is not None:
            self._greet(self.learner)

    def set_summary(self, text: str) -> None:
        """Show what the learner did in this session (hidden when empty)."""
        self.summary.setText(text)
        self.summary.setVisible(bool(text))

    def set_skills(self, skills: list[SkillProgress]) -> None:
        """Show the topic map (tutor.learning.service.SkillProgress records, in order)."""
        self._skills = list(skills)
        self.topics.clear()
        for skill in skills:
            entry = QListWidgetItem(self._skill_text(skill))
            entry.setData(Qt.ItemDataRole.UserRole, skill.skill_id)
            if skill.locked:
                entry.setFlags(entry.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.topics.addItem(entry)
        shown = bool(skills)
        self.topics_label.setVisible(shown)
        self.topics.setVisible(shown)

    def set_teacher_items(
        self,
        work: list[LearnerAssignment],
        notes: list[NoteInfo],
        week: WeeklyProgress | None,
    ) -> None:
        """Show the learner's assignments (not done first), their teacher's notes and their
        week (answers against the goal, and the streak of days)."""
        self._work, self._notes, self._week = list(work), list(notes), week
        self.work.clear()
        for assignment in work:
            entry = QListWidgetItem(self._work_text(assignment))
            entry.setData(ASSIGNMENT_ROLE, (assignment.kind, assignment.target_id, assignment.id))
            if assignment.done and assignment.kind == "quiz":
                entry.setFlags(entry.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.work.addItem(entry)
        self.work_label.setVisible(bool(work))
        self.work.setVisible(bool(work))
        rows = min(max(len(work), 1), VISIBLE_WORK_ROWS)  # the topic map gets the rest
        self.work.setMaximumHeight(
            rows * self.work.sizeHintForRow(0) + 2 * self.work.frameWidth() + 4
            if work
            else 16777215
        )
        if notes:
            lines = [self.tr("From your teacher:")] + [f"“{note.text}”" for note in notes[:3]]
            self.notes.setText("\n".join(lines))
        self.notes.setVisible(bool(notes))
        if week is not None:
            text = self.tr("This week: {done} of %n answer(s)", "", week.goal).format(
                done=week.answered_this_week
            )
            if week.streak_days:
                text += " · " + self.tr("%n-day streak", "", week.streak_days)
            self.week.setText(text)
        self.week.setVisible(week is not None)

    def _work_text(self, assignment: LearnerAssignment) -> str:
        kinds = {"lesson": self.tr("Read"), "skill": self.tr("Practise"), "quiz": self.tr("Quiz")}
        text = self.tr("{kind}: {title}").format(
            kind=kinds.get(assignment.kind, assignment.kind), title=assignment.title
        )
        if assignment.due_at is not None:
            text += " — " + self.tr("due {date}").format(
                date=QLocale().toString(_qdate(assignment.due_at), "d MMM")
            )
        if assignment.done:
            text = "✓ " + text + " " + self.tr("(done)")
        elif assignment.overdue:
            text = "! " + text + " " + self.tr("(late)")
        else:
            text = "○ " + text
        return text

    def _choose_work(self, entry: QListWidgetItem) -> None:
        if entry.flags() & Qt.ItemFlag.ItemIsEnabled:
            kind, target, assignment_id = entry.data(ASSIGNMENT_ROLE)
            self.assignment_chosen.emit(kind, target, assignment_id)

    def _skill_text(self, skill: SkillProgress) -> str:
        if skill.locked:
            state = self.tr("🔒 locked: finish the topics before it first")
        elif skill.status in ("mastered",):
            state = self.tr("✓ mastered")
        elif skill.status == "review_due":
            state = self.tr("↻ mastered, time to review")
        elif skill.status == "struggling":
            state = self.tr("! keep going, ask your teacher for help")
        elif skill.status == "learning":
            state = self.tr("… learning ({percent}%)").format(percent=round(100 * skill.estimate))
        else:
            state = self.tr("○ not started")
        return self.tr("{title} — {state}").format(title=skill.title, state=state)

    def _choose(self, entry: QListWidgetItem) -> None:
        if entry.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.topic_chosen.emit(str(entry.data(Qt.ItemDataRole.UserRole)))

    def set_packs(self, packs: list[InstalledPackInfo]) -> None:
        """Say which topics this laptop holds (or that a teacher can install some)."""
        self._packs = list(packs)
        self.continue_button.setEnabled(bool(packs))
        if not packs:
            self.status.setText(
                self.tr(
                    "There are no lessons on this laptop yet. Your teacher can install a "
                    "content pack from teacher mode."
                )
            )
            return
        topics = "\n".join(
            self.tr("{title}: %n activity(s)", "", pack.items).format(title=pack.title)
            for pack in packs
        )
        self.status.setText(self.tr("Topics on this laptop:") + "\n" + topics)

    def show_learner(self, learner: LearnerProfile) -> None:
        self.learner = learner
        self.avatar.setPixmap(avatar_pixmap(learner.avatar, learner.display_name, 128))
        self.avatar.setAccessibleName(learner.display_name)
        self._greet(learner)

    def _greet(self, learner: LearnerProfile) -> None:
        self.greeting.setText(
            "<h1>{}</h1>".format(
                self.tr("Hello, {name}!").format(name=html.escape(learner.display_name))
            )
        )
