"""The profile picker: every learner as a large avatar with their name.

Arrow keys move between profiles, Enter or a click picks one. Picking emits `learner_chosen`.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tutor.records import DeviceInfo, LearnerProfile
from tutor.ui.avatar_icons import avatar_icon

AVATAR_SIZE = 96
LEARNER_ID_ROLE = Qt.ItemDataRole.UserRole


class ProfilePicker(QWidget):
    learner_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profilePicker")
        self._profiles: dict[str, LearnerProfile] = {}
        self.heading = QLabel()
        self.heading.setObjectName("pickerHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subheading = QLabel()
        self.subheading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subheading.setWordWrap(True)
        self.subheading.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget()
        self.list.setObjectName("learnerList")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(AVATAR_SIZE, AVATAR_SIZE))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setSpacing(16)
        self.list.setUniformItemSizes(True)
        self.list.setAccessibleName(self.tr("Learners"))
        self.list.itemActivated.connect(self._on_activated)
        self.list.itemClicked.connect(self._on_activated)
        self.empty = QLabel(self.tr("No learners yet. A teacher can add learners in teacher mode."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        self.set_device(None)
        self.set_learners([])

    def set_device(self, device: DeviceInfo | None) -> None:
        self.heading.setText("<h1>{}</h1>".format(self.tr("Who is learning?")))
        if device is None or not device.school_name:
            self.subheading.setText(self.tr("Pick your name to start."))
        else:
            self.subheading.setText(
                self.tr("{school} — pick your name to start.").format(school=device.school_name)
            )

    def set_learners(self, profiles: list[LearnerProfile]) -> None:
        self._profiles = {profile.id: profile for profile in profiles}
        self.list.clear()
        for profile in profiles:
            item = QListWidgetItem(
                avatar_icon(profile.avatar, profile.display_name, AVATAR_SIZE),
                profile.display_name,
            )
            item.setData(LEARNER_ID_ROLE, profile.id)
            item.setToolTip(profile.display_name)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.list.addItem(item)
        self.list.setVisible(bool(profiles))
        self.empty.setVisible(not profiles)
        if profiles:
            self.list.setCurrentRow(0)

    def learner_names(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def focus_list(self) -> None:
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_activated(self, item: QListWidgetItem) -> None:
        # A double-click also arrives as a click first: once the picker has made way for the
        # learner's screen, later signals from the same gesture are ignored.
        if not self.isVisible():
            return
        profile = self._profiles.get(str(item.data(LEARNER_ID_ROLE)))
        if profile is not None:
            self.learner_chosen.emit(profile)
