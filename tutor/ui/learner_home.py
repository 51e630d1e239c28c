"""The signed-in learner's first screen: a greeting, Continue, the map of topics, "Not me".

The topic map lists every skill with the learner's progress in words and a sign (never colour
alone); locked topics say so and cannot be chosen; Enter or a double click on an open topic
chooses it."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
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


class LearnerHome(QWidget):
    sign_out_requested = Signal()
    continue_requested = Signal()
    topic_chosen = Signal(str)  # a skill id

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
        layout.addWidget(self.topics_label)
        layout.addWidget(self.topics, 1)
        layout.addStretch()
        self._packs: list[InstalledPackInfo] = []
        self._skills: list[SkillProgress] = []
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
        self.set_packs(self._packs)
        self.set_skills(self._skills)
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
            self.tr("{title}: {count} activities").format(title=pack.title, count=pack.items)
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
