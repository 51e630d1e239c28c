"""The main window: one screen at a time (opening, first run, profile picker, learner home).

All data comes from the facade through the FacadeRunner; this module never touches the database.
`screen_changed` announces each screen by name ("opening", "first_run", "picker", "learner",
"unavailable"), which tests and the smoke test wait on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tutor import __version__
from tutor.text_size import DEFAULT_TEXT_SCALE
from tutor.ui.crash import CrashReporter
from tutor.ui.facade_thread import FacadeRunner
from tutor.ui.i18n import switch_language
from tutor.ui.idle import IdleWatcher
from tutor.ui.profile_picker import ProfilePicker
from tutor.ui.start_state import StartState, load_start_state, read_snapshot, write_snapshot
from tutor.ui.text_scale import apply_text_scale, step_text_scale

# Start-up paints the profile picker before anything else is imported: the other screens (and
# the modules they bring) are made the first time they are shown.
if TYPE_CHECKING:
    from tutor.facade import Tutor
    from tutor.records import FirstRunSetup, InstalledPackInfo, LearnerProfile
    from tutor.teaching.accounts import TeacherIdentity
    from tutor.teaching.records import LearnerAssignment, NoteInfo, WeeklyProgress
    from tutor.ui.activity_screen import ActivityScreen
    from tutor.ui.content_dialog import ContentDialog
    from tutor.ui.first_run import FirstRunWizard
    from tutor.ui.learner_home import LearnerHome
    from tutor.ui.quiz_screen import QuizScreen
    from tutor.ui.sync_controller import SyncController
    from tutor.ui.teacher.workspace import TeacherWorkspace
    from tutor.ui.teacher_sign_in import TeacherSignInDialog

log = logging.getLogger(__name__)

SCREEN_OPENING = "opening"
SCREEN_FIRST_RUN = "first_run"
SCREEN_PICKER = "picker"
SCREEN_LEARNER = "learner"
SCREEN_UNAVAILABLE = "unavailable"
SCREEN_ACTIVITY = "activity"
SCREEN_TEACHER = "teacher"
SCREEN_QUIZ = "quiz"
MINIMUM_SIZE = (800, 560)
FIRST_PAINT_MS = 50  # after a start from the snapshot, the database opens this much later
DEFAULT_SIZE = (1100, 720)


def store_setup_and_reload(
    setup: FirstRunSetup, *, install_demo_packs: bool
) -> Callable[[Tutor], StartState]:
    def job(tutor: Tutor) -> StartState:
        tutor.complete_first_run(setup)
        if install_demo_packs:
            tutor.install_bundled_packs()
        return load_start_state(tutor)

    return job


TeacherItems = tuple["list[LearnerAssignment]", "list[NoteInfo]", "WeeklyProgress"]


def load_teacher_items(learner_id: str) -> Callable[[Tutor], TeacherItems]:
    """A learner's assignments, their teacher's notes (then marked read) and their week."""

    def job(tutor: Tutor) -> TeacherItems:
        teaching = tutor.teaching
        work = teaching.assignments.for_learner(learner_id)
        notes = teaching.notes.notes_for(learner_id)
        teaching.notes.mark_read(learner_id)
        return work, notes, teaching.notes.weekly_progress(learner_id)

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

    def __init__(
        self,
        runner: FacadeRunner,
        reporter: CrashReporter,
        snapshot: Path | None = None,
        *,
        laptop_language: str | None = None,
    ) -> None:
        """`laptop_language`: the language of the names and of teacher mode, which the app has
        installed already (None: the system's)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self._runner = runner
        self._reporter = reporter
        self._text_scale = DEFAULT_TEXT_SCALE
        self._laptop_language = laptop_language
        self._language = laptop_language  # the language shown now (None: the system's)
        self.current_screen = ""
        self.setWindowTitle(self.tr("Tutor"))
        self.setMinimumSize(*MINIMUM_SIZE)
        self.resize(*DEFAULT_SIZE)
        self.opening = QLabel(self.tr("Opening Tutor…"))
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picker = ProfilePicker()
        self.picker.set_runner(runner)
        self.picker.learner_chosen.connect(self._show_learner)
        self._wizard: FirstRunWizard | None = None  # made on first use, like the screens below
        self._learner_home: LearnerHome | None = None
        self._packs: list[InstalledPackInfo] = []
        self._sync_controller: SyncController | None = None
        self._activity: ActivityScreen | None = None  # made on first use: start-up stays light
        self._teacher: TeacherWorkspace | None = None  # likewise, and only after a password
        self._quiz: QuizScreen | None = None
        self.unavailable = MessageScreen()
        self.stack = QStackedWidget()
        for widget in (self.opening, self.picker, self.unavailable):
            self.stack.addWidget(widget)
        self.setCentralWidget(self.stack)
        self._build_menus()
        self.idle = IdleWatcher(self, watching=False)  # from the database's first read on
        self.idle.idle.connect(self._sign_out_when_idle)
        runner.failed.connect(self._on_unexpected_error)
        self._snapshot = snapshot
        self._from_snapshot = False
        self._show(SCREEN_OPENING, self.opening)
        kept = read_snapshot(snapshot) if snapshot is not None else None
        self._kept = kept
        if kept is not None:  # the picker at once; the database's state replaces it shortly
            self._from_snapshot = True
            self._on_started(kept)
            # Opening the database (importing its layer) competes with the first paint for the
            # interpreter: start it once the event loop has painted the picker.
            QTimer.singleShot(FIRST_PAINT_MS, self._load_start_state)
        else:
            self._load_start_state()

    @property
    def wizard(self) -> FirstRunWizard:
        """The first-run wizard, built when a laptop that is not set up starts."""
        if self._wizard is None:
            from tutor.ui.first_run import FirstRunWizard

            self._wizard = FirstRunWizard()
            self._wizard.setup_ready.connect(self._store_setup)
            self.stack.addWidget(self._wizard)
        return self._wizard

    @property
    def learner_home(self) -> LearnerHome:
        """A learner's home, built when the first learner signs in."""
        if self._learner_home is None:
            from tutor.ui.learner_home import LearnerHome

            home = LearnerHome()
            home.sign_out_requested.connect(self._show_picker)
            home.continue_requested.connect(self._start_activity)
            home.topic_chosen.connect(self._start_topic)
            home.assignment_chosen.connect(self._start_assignment)
            home.set_packs(self._packs)
            self.stack.addWidget(home)
            self._learner_home = home
        return self._learner_home

    def _learner(self) -> LearnerProfile | None:
        """The learner signed in at the laptop, if any."""
        return None if self._learner_home is None else self._learner_home.learner

    def _load_start_state(self) -> None:
        """Open the database (on its thread) and read what the first screen shows, then the idle
        sign-out time. After a start from the snapshot this runs once the picker is painted:
        the database layer's imports would otherwise compete with the first paint."""
        self._runner.submit(load_start_state, self._on_loaded, self._on_open_failed)
        self.idle.load_setting(self._runner)
        self.idle.start()
        self.sync_controller.start()

    @property
    def sync_controller(self) -> SyncController:
        """Background sync with the school server; its line sits in the status bar."""
        if self._sync_controller is None:
            from tutor.ui.sync_controller import SyncController

            self._sync_controller = SyncController(self._runner, self)
            self.statusBar().addPermanentWidget(self._sync_controller.label)
        return self._sync_controller

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
        self.teacher_mode_action = self._action("", QKeySequence("Ctrl+Shift+T"))
        self.teacher_mode_action.triggered.connect(self.open_teacher_mode)
        self.teacher_menu.addAction(self.teacher_mode_action)
        self.content_packs_action = self._action("")
        self.content_packs_action.triggered.connect(self.open_content_packs)
        self.teacher_menu.addAction(self.content_packs_action)
        self.sync_now_action = self._action("", QKeySequence("Ctrl+Shift+Y"))
        self.sync_now_action.triggered.connect(lambda: self.sync_controller.sync_now())
        self.teacher_menu.addAction(self.sync_now_action)
        self.database_actions = [
            self.larger_text,
            self.smaller_text,
            self.reset_text,
            self.contrast_action,
            self.teacher_mode_action,
            self.content_packs_action,
            self.sync_now_action,
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
        self.teacher_mode_action.setText(self.tr("Teacher &Mode…"))
        self.content_packs_action.setText(self.tr("&Content Packs…"))
        self.sync_now_action.setText(self.tr("&Sync Now"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Tutor"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_menus()
        super().changeEvent(event)

    def _use_language(self, language: str | None) -> None:
        """Show the UI in a learner's own language (None: the laptop's)."""
        wanted = language or self._laptop_language
        if wanted == self._language:
            return
        app = QApplication.instance()
        if isinstance(app, QApplication):
            switch_language(app, wanted)
        self._language = wanted

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        self.addAction(action)
        return action

    def _show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

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
        from tutor.ui.teacher_sign_in import TeacherSignInDialog

        sign_in = TeacherSignInDialog(self._runner, self)
        sign_in.signed_in.connect(lambda _username: self.show_content_dialog())
        sign_in.finished.connect(sign_in.deleteLater)
        sign_in.open()

    def open_teacher_mode(self) -> TeacherSignInDialog:
        """Ask for a teacher's password; the teacher screen opens only when it is right."""
        from tutor.ui.teacher_sign_in import TeacherSignInDialog

        sign_in = TeacherSignInDialog(self._runner, self)
        sign_in.identity_confirmed.connect(self.show_teacher_workspace)
        sign_in.finished.connect(sign_in.deleteLater)
        sign_in.open()
        return sign_in

    def show_teacher_workspace(self, teacher: TeacherIdentity) -> TeacherWorkspace:
        """Teacher mode for a signed-in teacher: the learner who was at the laptop is signed
        out first (their screens are gone from the stack's front). Teacher mode speaks the
        laptop's language, whatever the learner before spoke: it is built after the switch."""
        if self._learner_home is not None:
            self._learner_home.learner = None
        self._use_language(None)
        if self._teacher is None:
            from tutor.ui.teacher.workspace import TeacherWorkspace

            self._teacher = TeacherWorkspace(self._runner)
            self._teacher.signed_out.connect(self._leave_teacher_mode)
            self.stack.addWidget(self._teacher)
        self._teacher.start(teacher)
        self._show(SCREEN_TEACHER, self._teacher)
        return self._teacher

    def show_content_dialog(self) -> ContentDialog:
        """The content packs screen (only after a teacher signed in)."""
        from tutor.ui.content_dialog import ContentDialog

        dialog = ContentDialog(self._runner, self)
        dialog.finished.connect(self._reload_packs)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _reload_packs(self) -> None:
        self._runner.submit(lambda tutor: tutor.installed_packs(), self._set_packs)

    def _set_packs(self, packs: list[InstalledPackInfo]) -> None:
        self._packs = packs
        if self._learner_home is not None:
            self._learner_home.set_packs(packs)

    @property
    def text_scale(self) -> int:
        return self._text_scale

    def change_text_scale(self, steps: int) -> None:
        self.set_text_scale(step_text_scale(self._text_scale, steps))

    def set_high_contrast(self, enabled: bool) -> None:
        """White and yellow on black (or back), stored for the laptop."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        from tutor.ui.theme import apply_theme

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

    def _on_loaded(self, state: StartState) -> None:
        """The database's own state: shown as the first screen, or, after a start from the
        snapshot, put in its place (without leaving a screen the user has moved on to)."""
        self._keep_snapshot(state)
        if not self._from_snapshot:
            self._on_started(state)
            return
        self._from_snapshot = False
        if not state.set_up:  # the snapshot was stale: this laptop is not set up
            self._on_started(state)
            return
        if state != self._kept:
            self._apply_state(state)
        app = QApplication.instance()
        if isinstance(app, QApplication) and state.text_scale != self._text_scale:
            self._text_scale = apply_text_scale(app, state.text_scale)

    def _keep_snapshot(self, state: StartState) -> None:
        path = self._snapshot
        if path is not None:
            self._runner.submit(lambda _tutor: write_snapshot(path, state))

    def _on_started(self, state: StartState) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._text_scale = apply_text_scale(app, state.text_scale)
        if state.high_contrast:
            from tutor.ui.theme import apply_theme

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
        self._set_packs(list(state.packs))

    def _on_open_failed(self, error: BaseException) -> None:
        from tutor.ui.messages import describe_error

        self.unavailable.message.setText(describe_error(error))
        self._show(SCREEN_UNAVAILABLE, self.unavailable)

    def _store_setup(self, setup: FirstRunSetup) -> None:
        self._runner.submit(
            store_setup_and_reload(setup, install_demo_packs=self.wizard.is_demo()),
            self._on_setup_stored,
            self._on_setup_failed,
        )

    def _on_setup_stored(self, state: StartState) -> None:
        self._keep_snapshot(state)
        self._apply_state(state)
        self._show_picker()

    def _on_setup_failed(self, error: BaseException) -> None:
        from tutor.ui.messages import describe_error

        self.wizard.setup_failed(describe_error(error))

    def _leave_teacher_mode(self) -> None:
        """Back to the names, with the learners as teacher mode left them (added, renamed,
        archived, or arrived from a USB stick)."""
        self._show_picker()
        self._runner.submit(load_start_state, self._reload_state, self._on_unexpected_error)

    def _reload_state(self, state: StartState) -> None:
        self._keep_snapshot(state)
        self._apply_state(state)

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
        self._runner.submit(
            load_teacher_items(learner_id),
            lambda items: self.learner_home.set_teacher_items(*items),
            lambda error: log.warning("No assignments shown: %s", error),
        )

    def _start_assignment(self, kind: str, target_id: str, assignment_id: str) -> None:
        """Work from the teacher: a skill is practised as a topic; a lesson opens through its
        skill (the lesson comes first when unread); a quiz opens the quiz screen."""
        if kind == "skill":
            self._start_topic(target_id)
        elif kind == "lesson":
            self._runner.submit(
                lambda tutor: tutor.lesson_skill(target_id),
                lambda skill: self._start_topic(skill) if skill else None,
            )
        elif kind == "quiz":
            self.start_quiz(assignment_id)

    def start_quiz(self, assignment_id: str) -> None:
        learner = self._learner()
        if learner is None:
            return
        self.quiz.start(assignment_id, learner.id)
        self._show(SCREEN_QUIZ, self.quiz)

    @property
    def quiz(self) -> QuizScreen:
        """The quiz screen, built the first time a learner opens a quiz."""
        if self._quiz is None:
            from tutor.ui.quiz_screen import QuizScreen

            self._quiz = QuizScreen(self._runner)
            self._quiz.home_requested.connect(self._back_home)
            self.stack.addWidget(self._quiz)
        return self._quiz

    def _no_map(self, error: BaseException) -> None:
        log.warning("No topic map: %s", error)
        self.learner_home.set_skills([])

    def _sign_out_when_idle(self) -> None:
        """Nobody touched the laptop for the set time: the next learner starts at the names."""
        if self.current_screen in (
            SCREEN_PICKER,
            SCREEN_LEARNER,
            SCREEN_ACTIVITY,
            SCREEN_QUIZ,
            SCREEN_TEACHER,
        ):
            self._show_picker()

    def _start_activity(self) -> None:
        self._start_topic(None)

    def _start_topic(self, topic: str | None) -> None:
        learner = self._learner()
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
        learner = self._learner()
        if learner is not None:
            self._show_learner(learner)
            self.learner_home.set_summary(self._activity.summary() if self._activity else "")

    def _on_unexpected_error(self, error: BaseException) -> None:
        from tutor.ui.messages import describe_error

        self._reporter.report(error, describe_error(error))

    def bring_to_front(self) -> None:
        """Another launch asked for this window: show it on top and say Tutor is already open."""
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()
        self.statusBar().showMessage(self.tr("Tutor is already open — here it is."), 5000)
