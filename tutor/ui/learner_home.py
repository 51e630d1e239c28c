"""The signed-in learner's first screen: a greeting, what there is to do, and "Not me"."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tutor.records import InstalledPackInfo, LearnerProfile
from tutor.ui.avatar_icons import avatar_pixmap


class LearnerHome(QWidget):
    sign_out_requested = Signal()
    continue_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learnerHome")
        self.learner: LearnerProfile | None = None
        self.avatar = QLabel()
        self.avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.greeting = QLabel()
        self.greeting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._no_packs_text = self.tr(
            "There are no lessons on this laptop yet. Your teacher can install a content pack "
            "from teacher mode."
        )
        self.status = QLabel(self._no_packs_text)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.continue_button = QPushButton(self.tr("&Continue"))
        self.continue_button.setObjectName("continueButton")
        self.continue_button.setToolTip(self.tr("Go on with your next lesson or practice"))
        self.continue_button.setMinimumHeight(3 * self.fontMetrics().height())
        self.continue_button.clicked.connect(self.continue_requested)
        self.not_me = QPushButton(self.tr("&Not me"))
        self.not_me.setObjectName("notMeButton")
        self.not_me.setToolTip(self.tr("Go back to the list of learners"))
        self.not_me.clicked.connect(self.sign_out_requested)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.continue_button)
        buttons.addWidget(self.not_me)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(self.avatar)
        layout.addWidget(self.greeting)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addStretch()

    def set_packs(self, packs: list[InstalledPackInfo]) -> None:
        """Say which topics this laptop holds (or that a teacher can install some)."""
        self.continue_button.setEnabled(bool(packs))
        if not packs:
            self.status.setText(self._no_packs_text)
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
        self.greeting.setText(
            "<h1>{}</h1>".format(
                self.tr("Hello, {name}!").format(name=html.escape(learner.display_name))
            )
        )
