"""The main window: one screen at a time (opening, first run, profile picker, learner home).

All data comes from the facade through the FacadeRunner; this module never touches the database.
`screen_changed` announces each screen by name ("opening", "first_run", "picker", "learner",
"unavailable"), which tests and the smoke test wait on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tutor import __version__
from tutor.facade import DEFAULT_TEXT_SCALE, Tutor
from tutor.records import DeviceInfo, FirstRunSetup, InstalledPackInfo, LearnerProfile
from tutor.ui.content_dialog import ContentDialog
from tutor.ui.crash import CrashReporter
from tutor.ui.facade_thread import FacadeRunner
from tutor.ui.first_run import FirstRunWizard
from tutor.ui.i18n import switch_language
from tutor.ui.idle import IdleWatcher
from tutor.ui.learner_home import LearnerHome
from tutor.ui.messages import describe_error
from tutor.ui.profile_picker import ProfilePicker
from tutor.ui.teacher_sign_in import TeacherSignInDialog
from tutor.ui.text_scale import apply_text_scale, step_text_scale
from tutor.ui.theme import apply_theme

if TYPE_CHECKING:
    from tutor.ui.activity_screen import ActivityScreen

log = logging.getLogger(__name__)

SCREEN_OPENING = "opening"
SCREEN_FIRST_RUN = "first_run"
SCREEN_PICKER = "picker"
SCREEN_LEARNER = "learner"
SCREEN_UNAVAILABLE = "unavailable"
SCREEN_ACTIVITY = "activity"
MINIMUM_SIZE = (800, 560)
DEFAULT_SIZE = (1100, 720)


@dataclass(frozen=True)
class StartState:
    """What the window needs to choose its first screen."""

    set_up: bool
    device: DeviceInfo | None
    learners: list[LearnerProfile]
    text_scale: int
    packs: list[InstalledPackInfo]
    high_contrast: bool = False


def load_start_state(tutor: Tutor) -> StartState:
    return StartState(
        tutor.is_set_up(),
        tutor.device(),
        tutor.learners(),
        tutor.text_scale(),
        tutor.installed_packs(),
        tutor.high_contrast(),
    )


def store_setup_and_reload(
    setup: FirstRunSetup, *, install_demo_packs: bool
) -> Callable[[Tutor], StartState]:
    def job(tutor: Tutor) -> StartState:
        tutor.complete_first_run(setup)
        if install_demo_packs:
            tutor.install_bundled_packs()
        return load_start_state(tutor)

    return job


class MessageScreen(QWidget):
    """A full-window message with one action (used when the data cannot be opened)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel()
        self.message.setObjectName("messageText")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = QPushButton(self.tr("&Quit Tutor"))
        self.action.clicked.connect(QApplication.quit)
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(self.message)
        layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch()


class MainWindow(QMainWindow):
    screen_changed = Signal(str)

    def __init__(self, runner: FacadeRunner, reporter: CrashReporter) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._runner = runner
        self._reporter = reporter
        self._text_scale = DEFAULT_TEXT_SCALE
        self._language: str | None = None  # None: the laptop's default language
        self.current_screen = ""
        self.setWindowTitle(self.tr("Tutor"))
        self.setMinimumSize(*MINIMUM_SIZE)
        self.resize(*DEFAULT_SIZE)
        self.opening = QLabel(self.tr("Opening Tutor…"))
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wizard = FirstRunWizard()
        self.wizard.setup_ready.connect(self._store_setup)
        self.picker = ProfilePicker()
        self.picker.set_runner(runner)
        self.picker.learner_chosen.connect(self._show_learner)
        self.learner_home = LearnerHome()
        self.learner_home.sign_out_requested.connect(self._show_picker)
        self.learner_home.continue_requested.connect(self._start_activity)
        self.learner_home.topic_chosen.connect(self._start_topic)
        self._activity: ActivityScreen | None = None  # made on first use: start-up stays light
        self.unavailable = MessageScreen()
        self.stack = QStackedWidget()
        for widget in (
            self.opening,
            self.wizard,
            self.picker,
            self.learner_home,
            self.unavailable,
        ):
            self.stack.addWidget(widget)
        self.setCentralWidget(self.stack)
        self._build_menus()
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self._sign_out_when_idle)
        self.idle.load_setting(runner)
        runner.failed.connect(self._on_unexpected_error)
        self._show(SCREEN_OPENING, self.opening)
        runner.submit(load_start_state, self._on_started, self._on_open_failed)

    # -- menus -----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.view_menu = self.menuBar().addMenu("")
        self.larger_text = self._action("", QKeySequence.StandardKey.ZoomIn)
        self.larger_text.triggered.connect(lambda: self.change_text_scale(+1))
        self.smaller_text = self._action("", QKeySequence.StandardKey.ZoomOut)
        self.smaller_text.triggered.connect(lambda: self.change_text_scale(-1))
        self.reset_text = self._action("", QKeySequence("Ctrl+0"))
        self.reset_text.triggered.connect(lambda: self.set_text_scale(DEFAULT_TEXT_SCALE))
        self.contrast_action = self._action("", QKeySequence("Ctrl+Shift+H"))
        self.contrast_action.setCheckable(True)
        self.contrast_action.toggled.connect(self.set_high_contrast)
        self.view_menu.addActions([self.larger_text, self.smaller_text, self.reset_text])
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.contrast_action)
        self.teacher_menu = self.menuBar().addMenu("")
        self.content_packs_action = self._action("")
        self.content_packs_action.triggered.connect(self.open_content_packs)
        self.teacher_menu.addAction(self.content_packs_action)
        self.database_actions = [
            self.larger_text,
            self.smaller_text,
            self.reset_text,
            self.contrast_action,
            self.content_packs_action,
        ]
        self._enable_database_actions(False)  # until the database is open
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = self._action("")
        self.about_action.triggered.connect(self._show_about)
        self.help_menu.addAction(self.about_action)
        self._retranslate_menus()

    def _retranslate_menus(self) -> None:
        self.view_menu.setTitle(self.tr("&View"))
        self.larger_text.setText(self.tr("&Larger Text"))
        self.smaller_text.setText(self.tr("&Smaller Text"))
        self.reset_text.setText(self.tr("&Normal Text Size"))
        self.contrast_action.setText(self.tr("&High Contrast"))
        self.teacher_menu.setTitle(self.tr("&Teacher"))
        self.content_packs_action.setText(self.tr("&Content Packs…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Tutor"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_menus()
        super().changeEvent(event)

    def _use_language(self, language: str | None) -> None:
        """Show the UI in a learner's own language (None: the laptop's)."""
        if language == self._language:
            return
        app = QApplication.instance()
        if isinstance(app, QApplication):
            switch_language(app, language)
        self._language = language

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        self.addAction(action)
        return action

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Tutor"),
            self.tr("Tutor {version}\nOffline-first tutoring for schools.").format(
                version=__version__
            ),
        )

    # -- text size -------------------------------------------------------------------------

    def _enable_database_actions(self, enabled: bool) -> None:
        for action in self.database_actions:
            action.setEnabled(enabled)

    # -- teacher screens -------------------------------------------------------------------

    def open_content_packs(self) -> None:
        """Ask for a teacher's password, then show the content packs screen."""
        sign_in = TeacherSignInDialog(self._runner, self)
        sign_in.signed_in.connect(lambda _username: self.show_content_dialog())
        sign_in.finished.connect(sign_in.deleteLater)
        sign_in.open()

    def show_content_dialog(self) -> ContentDialog:
        """The content packs screen (only after a teacher signed in)."""
        dialog = ContentDialog(self._runner, self)
        dialog.finished.connect(self._reload_packs)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _reload_packs(self) -> None:
        self._runner.submit(lambda tutor: tutor.installed_packs(), self.learner_home.set_packs)

    @property
    def text_scale(self) -> int:
        return self._text_scale

    def change_text_scale(self, steps: int) -> None:
        self.set_text_scale(step_text_scale(self._text_scale, steps))

    def set_high_contrast(self, enabled: bool) -> None:
        """White and yellow on black (or back), stored for the laptop."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, enabled)
        with QSignalBlocker(self.contrast_action):
            self.contrast_action.setChecked(enabled)
        self._runner.submit(lambda tutor: tutor.set_high_contrast(enabled))

    def set_text_scale(self, percent: int) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._text_scale = apply_text_scale(app, percent)
        scale = self._text_scale
        self._runner.submit(lambda tutor: tutor.set_text_scale(scale))
        self.statusBar().showMessage(
            self.tr("Text size {percent}%").format(percent=self._text_scale), 3000
        )

    # -- screens ---------------------------------------------------------------------------

    def _show(self, name: str, widget: QWidget) -> None:
        self.stack.setCurrentWidget(widget)
        self.current_screen = name
        log.debug("Screen: %s", name)
        self.screen_changed.emit(name)

    def _on_started(self, state: StartState) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._text_scale = apply_text_scale(app, state.text_scale)
        if state.high_contrast:
            apply_theme(app, True)
            with QSignalBlocker(self.contrast_action):
                self.contrast_action.setChecked(True)
        self._enable_database_actions(True)
        if state.set_up:
            self._apply_state(state)
            self._show_picker()
        else:
            self.wizard.restart()
            self._show(SCREEN_FIRST_RUN, self.wizard)

    def _apply_state(self, state: StartState) -> None:
        if state.device is not None and state.device.school_name:
            self.setWindowTitle(self.tr("Tutor — {school}").format(school=state.device.school_name))
        self.picker.set_device(state.device)
        self.picker.set_learners(state.learners)
        self.learner_home.set_packs(state.packs)

    def _on_open_failed(self, error: BaseException) -> None:
        self.unavailable.message.setText(describe_error(error))
        self._show(SCREEN_UNAVAILABLE, self.unavailable)

    def _store_setup(self, setup: FirstRunSetup) -> None:
        self._runner.submit(
            store_setup_and_reload(setup, install_demo_packs=self.wizard.is_demo()),
            self._on_setup_stored,
            self._on_setup_failed,
        )

    def _on_setup_stored(self, state: StartState) -> None:
        self._apply_state(state)
        self._show_picker()

    def _on_setup_failed(self, error: BaseException) -> None:
        self.wizard.setup_failed(describe_error(error))

    def _show_picker(self) -> None:
        self._use_language(None)
        self._show(SCREEN_PICKER, self.picker)
        self.picker.focus_list()

    def _show_learner(self, learner: LearnerProfile) -> None:
        self._use_language(learner.language)
        self.learner_home.show_learner(learner)
        self.learner_home.set_summary("")
        self._show(SCREEN_LEARNER, self.learner_home)
        self.learner_home.continue_button.setFocus()
        learner_id = learner.id
        self._runner.submit(
            lambda tutor: tutor.skill_map(learner_id), self.learner_home.set_skills, self._no_map
        )

    def _no_map(self, error: BaseException) -> None:
        log.warning("No topic map: %s", error)
        self.learner_home.set_skills([])

    def _sign_out_when_idle(self) -> None:
        """Nobody touched the laptop for the set time: the next learner starts at the names."""
        if self.current_screen in (SCREEN_PICKER, SCREEN_LEARNER, SCREEN_ACTIVITY):
            self._show_picker()

    def _start_activity(self) -> None:
        self._start_topic(None)

    def _start_topic(self, topic: str | None) -> None:
        learner = self.learner_home.learner
        if learner is None:
            return
        self.activity.start(learner, topic)
        self._show(SCREEN_ACTIVITY, self.activity)

    @property
    def activity(self) -> ActivityScreen:
        """The lessons-and-practice screen, built the first time a learner needs it (it brings
        the item widgets and the lesson renderer, which a start to the picker does not need)."""
        if self._activity is None:
            from tutor.ui.activity_screen import ActivityScreen

            self._activity = ActivityScreen(self._runner)
            self._activity.home_requested.connect(self._back_home)
            self.stack.addWidget(self._activity)
        return self._activity

    def _back_home(self) -> None:
        if self.learner_home.learner is not None:
            self._show_learner(self.learner_home.learner)
            self.learner_home.set_summary(self._activity.summary() if self._activity else "")

    def _on_unexpected_error(self, error: BaseException) -> None:
        self._reporter.report(error, describe_error(error))

    def bring_to_front(self) -> None:
        """Another launch asked for this window: show it on top and say Tutor is already open."""
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()
        self.statusBar().showMessage(self.tr("Tutor is already open — here it is."), 5000)
