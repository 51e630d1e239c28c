"""Teacher mode's one screen: a class chooser and tabs (dashboard, class, assignments).

Reached only after a teacher signed in (the main window asks first); "Sign out" returns to the
names. Everything is loaded through the FacadeRunner, off the UI thread; `loaded` is emitted each
time the dashboard's data has arrived (tests wait on it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tutor.ui.facade_thread import FacadeRunner
from tutor.ui.messages import describe_error
from tutor.ui.teacher.accounts_tab import AccountsTab
from tutor.ui.teacher.assignments_tab import AssignmentsTab
from tutor.ui.teacher.classes_tab import ClassesTab
from tutor.ui.teacher.exports_menu import class_export_menu
from tutor.ui.teacher.grid import MasteryGridView
from tutor.ui.teacher.items_tab import ItemsTab
from tutor.ui.teacher.learner_page import LearnerPage
from tutor.ui.teacher.usb_tab import UsbTab
from tutor.ui.teacher.wording import describe_flag

if TYPE_CHECKING:
    from tutor.facade import Tutor
    from tutor.teaching.accounts import TeacherIdentity
    from tutor.teaching.dashboard import ClassGrid
    from tutor.teaching.needs_help import HelpFlag
    from tutor.teaching.records import ClassInfo

LEARNER_ROLE = Qt.ItemDataRole.UserRole + 1


def load_grid(class_id: str) -> Callable[[Tutor], ClassGrid]:
    return lambda tutor: tutor.teaching.dashboard.class_grid(class_id)


def load_needs_help(class_id: str) -> Callable[[Tutor], list[HelpFlag]]:
    return lambda tutor: tutor.teaching.dashboard.needs_help(class_id)


class TeacherWorkspace(QWidget):
    signed_out = Signal()
    loaded = Signal()

    def __init__(self, runner: FacadeRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teacherWorkspace")
        self._runner = runner
        self.teacher: TeacherIdentity | None = None
        self.class_id: str | None = None
        self.who = QLabel()
        self.class_label = QLabel(self.tr("&Class:"))
        self.class_choice = QComboBox()
        self.class_choice.setObjectName("classChoice")
        self.class_label.setBuddy(self.class_choice)
        self.class_choice.currentIndexChanged.connect(self._class_chosen)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("&Save…"))
        self.export_button.setObjectName("classExports")
        self.export_button.setToolTip(self.tr("Gradebook, answer log or printable report"))
        self.export_button.setMenu(
            class_export_menu(self, runner, lambda: self.class_id, self._class_name, self._say)
        )
        self.sign_out_button = QPushButton(self.tr("Sign &out"))
        self.sign_out_button.setObjectName("teacherSignOut")
        self.sign_out_button.clicked.connect(self.signed_out)
        top = QHBoxLayout()
        top.addWidget(self.class_label)
        top.addWidget(self.class_choice, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)
        top.addStretch()
        top.addWidget(self.who)
        top.addWidget(self.sign_out_button)

        self.grid = MasteryGridView()
        self.grid.learner_opened.connect(self.open_learner)
        self.help_label = QLabel(self.tr("&Needs help:"))
        self.help_list = QListWidget()
        self.help_list.setObjectName("needsHelp")
        self.help_list.setWordWrap(True)
        self.help_label.setBuddy(self.help_list)
        self.help_list.itemActivated.connect(
            lambda item: self.open_learner(str(item.data(LEARNER_ROLE)))
        )
        help_box = QWidget()
        help_layout = QVBoxLayout(help_box)
        help_layout.setContentsMargins(0, 0, 0, 0)
        help_layout.addWidget(self.help_label)
        help_layout.addWidget(self.help_list)
        dashboard = QSplitter(Qt.Orientation.Vertical)
        dashboard.addWidget(self.grid)
        dashboard.addWidget(help_box)
        dashboard.setStretchFactor(0, 3)
        dashboard.setStretchFactor(1, 1)

        self.classes_tab = ClassesTab(runner)
        self.classes_tab.changed.connect(self._reload_everything)
        self.assignments_tab = AssignmentsTab(runner)
        self.tabs = QTabWidget()
        self.tabs.addTab(dashboard, self.tr("&Dashboard"))
        self.tabs.addTab(self.classes_tab, self.tr("Learners and &groups"))
        self.tabs.addTab(self.assignments_tab, self.tr("&Assignments"))
        self.items_tab = ItemsTab(runner)
        self.tabs.addTab(self.items_tab, self.tr("&Items"))
        self.usb_tab = UsbTab(runner)
        self.usb_tab.imported.connect(self._reload_everything)
        self.tabs.addTab(self.usb_tab, self.tr("&USB stick"))
        self.accounts_tab = AccountsTab(runner)
        self._accounts_index = self.tabs.addTab(self.accounts_tab, self.tr("Teacher a&ccounts"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self.help_ready = False  # the needs-help list holds its answer (not "Looking…")
        self._classes: list[ClassInfo] = []
        self._skill_titles: dict[str, str] = {}

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _class_name(self) -> str:
        return next((c.name for c in self._classes if c.id == self.class_id), "class")

    def start(self, teacher: TeacherIdentity) -> None:
        self.teacher = teacher
        self.who.setText(self.tr("Signed in: {name}").format(name=teacher.display_name))
        self.assignments_tab.set_teacher(teacher.username)
        self.tabs.setCurrentIndex(0)
        self.tabs.setTabVisible(self._accounts_index, teacher.is_admin)  # admins only
        if teacher.is_admin:
            self.accounts_tab.reload()
        self._runner.submit(
            lambda tutor: tutor.teaching.classes.classes(), self._set_classes, self._failed
        )

    def _set_classes(self, classes: list[ClassInfo]) -> None:
        self._classes = classes
        self.class_choice.blockSignals(True)
        self.class_choice.clear()
        for info in classes:
            self.class_choice.addItem(
                self.tr("{name} (%n learner(s))", "", info.learners).format(name=info.name),
                info.id,
            )
        self.class_choice.blockSignals(False)
        if classes:
            index = next((i for i, info in enumerate(classes) if info.id == self.class_id), 0)
            self.class_choice.setCurrentIndex(index)
            self._class_chosen(index)
        else:
            self.status.setText(
                self.tr("There is no class yet: add one on the Learners and groups tab.")
            )

    def _reload_everything(self) -> None:
        """New learners or classes may have arrived (a bundle): reload the classes and all."""
        self._runner.submit(
            lambda tutor: tutor.teaching.classes.classes(), self._set_classes, self._failed
        )

    def _class_chosen(self, index: int) -> None:
        if index < 0:
            return
        self.class_id = str(self.class_choice.itemData(index))
        self.classes_tab.set_class(self.class_id)
        self.assignments_tab.set_class(self.class_id)
        self.items_tab.set_class(self.class_id)
        self.refresh()

    def refresh(self) -> None:
        if self.class_id is None:
            return
        self.status.setText(self.tr("Loading…"))
        self.help_ready = False
        self.help_list.clear()
        self.help_list.addItem(self.tr("Looking at each learner's recent answers…"))
        # The grid is quick; the needs-help list replays every learner's answers, so it follows.
        self._runner.submit(load_grid(self.class_id), self._show_grid, self._failed)
        self._runner.submit(load_needs_help(self.class_id), self._show_help, self._failed)

    def _show_grid(self, grid: ClassGrid) -> None:
        self._skill_titles = dict(zip(grid.skill_ids, grid.skill_titles, strict=True))
        self.grid.set_grid(grid)
        learners = self.tr("%n learner(s)", "", len(grid.learner_ids))
        skills = self.tr("%n skill(s)", "", len(grid.skill_ids))
        self.status.setText(
            self.tr("{learners}, {skills}. Enter on a learner opens their page.").format(
                learners=learners, skills=skills
            )
        )

    def _show_help(self, flags: list[HelpFlag]) -> None:
        self.help_list.clear()
        for flag in flags:
            item = QListWidgetItem(
                f"{flag.learner_name}: {describe_flag(flag, self._skill_titles)}"
            )
            item.setData(LEARNER_ROLE, flag.learner_id)
            self.help_list.addItem(item)
        if not flags:
            self.help_list.addItem(self.tr("No one needs help right now."))
        self.help_ready = True
        self.loaded.emit()

    def open_learner(self, learner_id: str) -> LearnerPage:
        page = LearnerPage(self._runner, learner_id, self.teacher, self)
        page.finished.connect(page.deleteLater)
        page.open()
        return page

    def _failed(self, error: BaseException) -> None:
        self.status.setText(describe_error(error))
