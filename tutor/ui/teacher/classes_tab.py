"""The class's learners and groups: add one learner, import a CSV roster, make a group, change a
learner's language, archive a learner, make a new class. Every change goes through the facade
runner; errors are shown in words under the table (a roster's bad rows one per line)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tutor.ui.facade_thread import FacadeRunner
from tutor.ui.i18n import available_languages
from tutor.ui.teacher.class_tab import ClassTab

if TYPE_CHECKING:
    from tutor.facade import Tutor
    from tutor.teaching.records import ClassMember, RosterImport

MAX_ROSTER_BYTES = 2 * 1024 * 1024


def language_name(code: str) -> str:
    """A language's own name ("français"), as its speakers read it."""
    name = QLocale(code).nativeLanguageName()
    return name or code


def load_members(tutor: Tutor, class_id: str) -> list[ClassMember]:
    return tutor.teaching.classes.members(class_id)


class ClassesTab(ClassTab):
    changed = Signal()  # learners or groups changed: the dashboard reloads

    def __init__(self, runner: FacadeRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, load_members, self.show_data, parent)
        self.members: list[ClassMember] = []
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("classMembers")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Learners of the class"))
        self.add_button = QPushButton(self.tr("Add &learner…"))
        self.add_button.setObjectName("addLearner")
        self.add_button.clicked.connect(self._ask_learner)
        self.roster_button = QPushButton(self.tr("&Import roster (CSV)…"))
        self.roster_button.setObjectName("importRoster")
        self.roster_button.clicked.connect(self._choose_roster)
        self.group_button = QPushButton(self.tr("Make &group of selected…"))
        self.group_button.setObjectName("makeGroup")
        self.group_button.clicked.connect(self._ask_group)
        self.language = QComboBox()
        self.language.setObjectName("learnerLanguage")
        self.language.addItem(self.tr("Laptop's language"), "")
        for code in available_languages():
            self.language.addItem(language_name(code), code)
        self.language_button = QPushButton(self.tr("Set lan&guage of selected"))
        self.language_button.setObjectName("setLanguage")
        self.language_button.clicked.connect(self._set_language)
        self.rename_button = QPushButton(self.tr("Rena&me…"))
        self.rename_button.setObjectName("renameLearner")
        self.rename_button.clicked.connect(self._ask_rename)
        self.archive_button = QPushButton(self.tr("A&rchive selected"))
        self.archive_button.clicked.connect(self._archive)
        self.new_class_button = QPushButton(self.tr("&New class…"))
        self.new_class_button.clicked.connect(self._ask_class)
        self.rename_class_button = QPushButton(self.tr("Rename class…"))
        self.rename_class_button.setObjectName("renameClass")
        self.rename_class_button.clicked.connect(self._ask_class_name)
        self.archive_class_button = QPushButton(self.tr("Archive this class"))
        self.archive_class_button.setObjectName("archiveClass")
        self.archive_class_button.clicked.connect(self.archive_class)
        self.message.setObjectName("classesMessage")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.roster_button, self.group_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.new_class_button)
        buttons.addWidget(self.rename_class_button)
        buttons.addWidget(self.archive_class_button)
        second = QHBoxLayout()
        second.addWidget(self.language)
        second.addWidget(self.language_button)
        second.addStretch()
        second.addWidget(self.rename_button)
        second.addWidget(self.archive_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addLayout(second)
        layout.addWidget(self.message)

    def show_data(self, members: list[ClassMember]) -> None:
        self.members = members
        self.table.setRowCount(len(members))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Groups"), self.tr("Signs in with"), self.tr("Language")]
        )
        sign_in = {"pin": self.tr("PIN"), "pictures": self.tr("pictures"), "none": self.tr("—")}
        for row, member in enumerate(members):
            values = [
                member.display_name,
                ", ".join(member.groups),
                sign_in.get(member.sign_in, member.sign_in),
                language_name(member.language) if member.language else self.tr("Laptop's language"),
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.members[row].id for row in rows if row < len(self.members)]

    # --- actions --------------------------------------------------------------------------------

    def _run(self, job: object, done_message: str) -> None:
        def done(_result: object) -> None:
            self.message.setText(done_message)
            self.reload()
            self.changed.emit()

        self._runner.submit(job, done, self._failed)  # type: ignore[arg-type]

    def _ask_learner(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add learner"), self.tr("Learner's name:"))
        if ok and name.strip():
            self.add_learner(name)

    def add_learner(self, name: str) -> None:
        class_id = self.class_id
        if class_id is None:
            return
        self._run(
            lambda tutor: tutor.teaching.classes.add_learner(class_id, name),
            self.tr("{name} was added.").format(name=name.strip()),
        )

    def _choose_roster(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a roster"), "", self.tr("CSV files (*.csv *.txt)")
        )
        if path:
            self.import_roster(Path(path))

    def import_roster(self, path: Path) -> None:
        class_id = self.class_id
        if class_id is None:
            return

        def job(tutor: Tutor) -> RosterImport:
            with path.open("rb") as handle:
                data = handle.read(MAX_ROSTER_BYTES + 1)
            return tutor.teaching.classes.import_roster(class_id, data)

        def done(result: RosterImport) -> None:
            self.message.setText(
                self.tr("%n learner(s) added from the roster.", "", len(result.added))
            )
            self.reload()
            self.changed.emit()

        self._runner.submit(job, done, self._failed)

    def _ask_group(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Make a group"), self.tr("Group name:"))
        if ok and name.strip():
            self.make_group(name, self.selected_ids())

    def make_group(self, name: str, learner_ids: list[str]) -> None:
        class_id = self.class_id
        if class_id is None:
            return
        self._run(
            lambda tutor: tutor.teaching.classes.create_group(class_id, name, learner_ids),
            self.tr("The group {name} was made.").format(name=name.strip()),
        )

    def _ask_rename(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            self.message.setText(self.tr("Select one learner to rename."))
            return
        current = next(m.display_name for m in self.members if m.id == ids[0])
        name, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("New name:"), text=current)
        if ok and name.strip():
            self.rename(ids[0], name)

    def rename(self, learner_id: str, name: str) -> None:
        self._run(
            lambda tutor: tutor.teaching.classes.rename_learner(learner_id, name),
            self.tr("The name was changed to {name}.").format(name=name.strip()),
        )

    def _set_language(self) -> None:
        code = str(self.language.currentData() or "") or None
        ids = self.selected_ids()

        def job(tutor: Tutor) -> None:
            for learner_id in ids:
                tutor.teaching.classes.set_learner_language(learner_id, code)

        self._run(job, self.tr("Language set for %n learner(s).", "", len(ids)))

    def _archive(self) -> None:
        ids = self.selected_ids()

        def job(tutor: Tutor) -> None:
            for learner_id in ids:
                tutor.teaching.classes.archive_learner(learner_id)

        self._run(
            job,
            self.tr("%n learner(s) archived; their answers are kept.", "", len(ids)),
        )

    def _ask_class(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New class"), self.tr("Class name:"))
        if ok and name.strip():
            self._run(
                lambda tutor: tutor.teaching.classes.create_class(name),
                self.tr("The class {name} was made; choose it above.").format(name=name.strip()),
            )

    def _ask_class_name(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Rename class"), self.tr("Class name:"))
        if ok and name.strip():
            self.rename_class(name)

    def rename_class(self, name: str) -> None:
        class_id = self.class_id
        if class_id is not None:
            self._run(
                lambda tutor: tutor.teaching.classes.rename_class(class_id, name),
                self.tr("The class is now called {name}.").format(name=name.strip()),
            )

    def archive_class(self) -> None:
        """Hide the class (its learners and their answers stay); the class list reloads."""
        class_id = self.class_id
        if class_id is not None:
            self._run(
                lambda tutor: tutor.teaching.classes.archive_class(class_id),
                self.tr("The class was archived; its learners and their answers are kept."),
            )
