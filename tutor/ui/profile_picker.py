"""The profile picker: every learner as a large avatar with their name.

Arrow keys move between profiles, Enter or a click picks one. A learner with no PIN or picture
password is chosen at once; one with a secret is asked for it first (tutor.ui.learner_sign_in,
checked on the database thread: call :meth:`ProfilePicker.set_runner`). `learner_chosen` is
emitted only once the learner is through; "Not me" (or Escape) goes back to the names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tutor.ui.avatar_icons import avatar_icon
from tutor.ui.secret_checker import SecretChecker, runner_checker

if TYPE_CHECKING:  # the sign-in widgets are imported when a learner with a secret is chosen
    from tutor.records import DeviceInfo, LearnerProfile
    from tutor.ui.facade_thread import FacadeRunner
    from tutor.ui.learner_sign_in import LearnerSignIn

AVATAR_SIZE = 96
LEARNER_ID_ROLE = Qt.ItemDataRole.UserRole


class ProfilePicker(QWidget):
    learner_chosen = Signal(object)  # LearnerProfile, after their PIN or pictures if they have one

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profilePicker")
        self._profiles: dict[str, LearnerProfile] = {}
        self._checker: SecretChecker | None = None
        self._sign_in: LearnerSignIn | None = None  # made when first needed
        self._sign_in_page: QScrollArea | None = None
        self._device: DeviceInfo | None = None
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
        self.list.itemActivated.connect(self._on_activated)
        self.list.itemClicked.connect(self._on_activated)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.names_page = QWidget()
        names = QVBoxLayout(self.names_page)
        names.setContentsMargins(0, 0, 0, 0)
        names.addWidget(self.heading)
        names.addWidget(self.subheading)
        names.addWidget(self.list, 1)
        names.addWidget(self.empty, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.names_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._retranslate()
        self.set_learners([])

    def changeEvent(self, event: QEvent) -> None:
        """The language changed (a learner with their own language signed out, say)."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Learners"))
        self.empty.setText(self.tr("No learners yet. A teacher can add learners in teacher mode."))
        self.set_device(self._device)

    def set_runner(self, runner: FacadeRunner) -> None:
        """Check PINs and picture passwords through `runner` (on the database thread)."""
        self.set_secret_checker(runner_checker(runner))

    def set_secret_checker(self, checker: SecretChecker | None) -> None:
        self._checker = checker
        if self._sign_in is not None:
            self._sign_in.set_checker(checker)

    @property
    def sign_in(self) -> LearnerSignIn:
        """The PIN / picture password page (made on first use)."""
        if self._sign_in is None:
            from tutor.ui.learner_sign_in import LearnerSignIn

            self._sign_in = LearnerSignIn(self._checker)
            self._sign_in.signed_in.connect(self._on_signed_in)
            self._sign_in.cancelled.connect(self.focus_list)
            page = QScrollArea()  # scrolls rather than grow the window with very large text
            page.setObjectName("signInPage")
            page.setWidgetResizable(True)
            page.setFrameShape(QFrame.Shape.NoFrame)
            page.setWidget(self._sign_in)
            self.pages.addWidget(page)
            self._sign_in_page = page
        return self._sign_in

    @property
    def asking_secret(self) -> bool:
        """True while a learner is being asked for their PIN or pictures."""
        return self.pages.currentWidget() is not self.names_page

    def set_device(self, device: DeviceInfo | None) -> None:
        self._device = device
        self.heading.setText("<h1>{}</h1>".format(self.tr("Who is learning?")))
        if device is None or not device.school_name:
            self.subheading.setText(self.tr("Pick your name to start."))
        else:
            self.subheading.setText(
                self.tr("{school} — pick your name to start.").format(school=device.school_name)
            )

    def set_learners(self, profiles: list[LearnerProfile]) -> None:
        self._profiles = {profile.id: profile for profile in profiles}
        self.show_names()
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

    def show_names(self) -> None:
        """Back to the names, forgetting any PIN or pictures being entered."""
        if self._sign_in is not None:
            self._sign_in.reset()
        self.pages.setCurrentWidget(self.names_page)

    def focus_list(self) -> None:
        """Show the names (as after "Not me" or a sign-out) with the keyboard focus on them."""
        self.show_names()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_activated(self, item: QListWidgetItem) -> None:
        # A double-click also arrives as a click first: once the picker has made way for the
        # learner's screen or their PIN pad, later signals from the same gesture are ignored.
        if not self.isVisible() or self.asking_secret:
            return
        profile = self._profiles.get(str(item.data(LEARNER_ID_ROLE)))
        if profile is None:
            return
        if profile.has_pin or profile.has_picture_password:
            sign_in = self.sign_in
            assert self._sign_in_page is not None
            self.pages.setCurrentWidget(self._sign_in_page)
            sign_in.start(profile)
        else:
            self.learner_chosen.emit(profile)

    def _on_signed_in(self, profile: LearnerProfile) -> None:
        self.show_names()  # ready for the next learner when the picker shows again
        self.learner_chosen.emit(profile)
