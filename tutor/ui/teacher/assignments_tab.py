"""The class's assignments (what, for whom, due, how many have done it) and the dialogs that
set new work: an assignment (a lesson, a skill or a quiz, for the class, a group or a learner,
with an optional due date) and a quiz (items drawn from skills, timed or not, feedback per item
or at the end)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tutor.teaching.records import Audience, QuizPartSpec
from tutor.ui.facade_thread import FacadeRunner
from tutor.ui.teacher.class_tab import ClassTab

if TYPE_CHECKING:
    from tutor.facade import Tutor
    from tutor.teaching.records import AssignmentInfo, ClassMember, GroupInfo


@dataclass(frozen=True)
class Choices:
    """What the new-work dialogs offer."""

    lessons: list[tuple[str, str]]
    skills: list[tuple[str, str]]
    quizzes: list[tuple[str, str]]
    groups: list[GroupInfo]
    members: list[ClassMember]


def load_choices(class_id: str) -> Callable[[Tutor], Choices]:
    def job(tutor: Tutor) -> Choices:
        teaching = tutor.teaching
        return Choices(
            teaching.assignments.targets("lesson"),
            teaching.assignments.targets("skill"),
            teaching.assignments.targets("quiz"),
            teaching.classes.groups(class_id),
            teaching.classes.members(class_id),
        )

    return job


class AssignmentDialog(QDialog):
    """Set one piece of work. `request()` is what the teacher chose (after accept)."""

    def __init__(self, class_id: str, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assignmentDialog")
        self.setWindowTitle(self.tr("New assignment"))
        self._class_id = class_id
        self._choices = choices
        self.kind = QComboBox()
        self.kind.setObjectName("assignmentKind")
        self.kind.addItem(self.tr("Skill (done when mastered)"), "skill")
        self.kind.addItem(self.tr("Lesson (done when read)"), "lesson")
        self.kind.addItem(self.tr("Quiz (done when handed in)"), "quiz")
        self.target = QComboBox()
        self.target.setObjectName("assignmentTarget")
        self.audience = QComboBox()
        self.audience.setObjectName("assignmentAudience")
        self.audience.addItem(self.tr("The whole class"), ("class", class_id))
        for group in choices.groups:
            self.audience.addItem(
                self.tr("Group: {name}").format(name=group.name), ("group", group.id)
            )
        for member in choices.members:
            self.audience.addItem(member.display_name, ("learner", member.id))
        self.has_due = QCheckBox(self.tr("&Due on"))
        self.has_due.setChecked(True)
        self.due = QDateEdit(QDate.currentDate().addDays(7))
        self.due.setObjectName("assignmentDue")
        self.due.setCalendarPopup(True)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.kind.currentIndexChanged.connect(self._fill_targets)
        self._fill_targets()
        form = QFormLayout()
        form.addRow(self.tr("&Work:"), self.kind)
        form.addRow(self.tr("&Which:"), self.target)
        form.addRow(self.tr("&For:"), self.audience)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        form.addRow(due_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _fill_targets(self) -> None:
        kind = self.kind.currentData()
        options = {
            "skill": self._choices.skills,
            "lesson": self._choices.lessons,
            "quiz": self._choices.quizzes,
        }[kind]
        self.target.clear()
        for target_id, title in options:
            self.target.addItem(title, target_id)

    def request(self) -> tuple[str, str, Audience, datetime | None]:
        kind, target = str(self.kind.currentData()), str(self.target.currentData() or "")
        which, ident = self.audience.currentData()
        audience = Audience(
            class_id=ident if which == "class" else None,
            group_id=ident if which == "group" else None,
            learner_id=ident if which == "learner" else None,
        )
        due = None
        if self.has_due.isChecked():
            chosen = self.due.date()
            day = date(chosen.year(), chosen.month(), chosen.day())
            due = datetime.combine(day, time(23, 59)).astimezone().astimezone(UTC)
        return kind, target, audience, due


class QuizDialog(QDialog):
    """Build a quiz from items drawn at random from skills."""

    def __init__(
        self, runner: FacadeRunner, choices: Choices, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self.setObjectName("quizDialog")
        self.setWindowTitle(self.tr("New quiz"))
        self.title = QLineEdit()
        self.title.setObjectName("quizTitle")
        self.skill = QComboBox()
        for skill_id, title in choices.skills:
            self.skill.addItem(title, skill_id)
        self.count = QSpinBox()
        self.count.setRange(1, 20)
        self.count.setValue(3)
        self.add_part = QPushButton(self.tr("&Add questions"))
        self.add_part.clicked.connect(self._add)
        self.item = QComboBox()
        self.item.setObjectName("quizFixedItem")
        self.add_item = QPushButton(self.tr("Add this &question"))
        self.add_item.clicked.connect(self._add_fixed)
        self.skill.currentIndexChanged.connect(self._load_items)
        self.parts_list = QListWidget()
        self.parts: list[QuizPartSpec] = []
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 600)
        self.minutes.setSpecialValueText(self.tr("untimed"))
        self.minutes.setSuffix(self.tr(" min"))
        self.feedback = QComboBox()
        self.feedback.addItem(self.tr("At the end"), "at_end")
        self.feedback.addItem(self.tr("After each question"), "per_item")
        draw = QHBoxLayout()
        draw.addWidget(self.count)
        draw.addWidget(self.skill, 1)
        draw.addWidget(self.add_part)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("Questions drawn from:"), draw)
        fixed = QHBoxLayout()
        fixed.addWidget(self.item, 1)
        fixed.addWidget(self.add_item)
        form.addRow(self.tr("Or a chosen question:"), fixed)
        form.addRow(self.parts_list)
        form.addRow(self.tr("Time &limit:"), self.minutes)
        form.addRow(self.tr("&Feedback:"), self.feedback)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        if self.item.count() == 0:
            self._load_items()
        super().showEvent(event)

    def _load_items(self) -> None:
        skill_id = self.skill.currentData()
        if not skill_id:
            return
        self._runner.submit(
            lambda tutor: tutor.teaching.quizzes.skill_items(str(skill_id)), self._show_items
        )

    def _show_items(self, items: list[tuple[str, str]]) -> None:
        self.item.clear()
        for item_id, prompt in items:
            self.item.addItem(prompt or item_id, item_id)

    def _add_fixed(self) -> None:
        item_id = self.item.currentData()
        if item_id:
            self.add_fixed(str(item_id), self.item.currentText())

    def add_fixed(self, item_id: str, prompt: str) -> None:
        self.parts.append(QuizPartSpec(item_id=item_id))
        self.parts_list.addItem(self.tr("The question: {prompt}").format(prompt=prompt))

    def _add(self) -> None:
        skill_id = self.skill.currentData()
        if skill_id:
            self.add_draw(str(skill_id), self.count.value())

    def add_draw(self, skill_id: str, count: int) -> None:
        self.parts.append(QuizPartSpec(skill_id=skill_id, count=count))
        title = self.skill.itemText(max(0, self.skill.findData(skill_id)))
        self.parts_list.addItem(self.tr("{count} from {skill}").format(count=count, skill=title))

    def request(self) -> tuple[str, list[QuizPartSpec], int | None, str]:
        minutes = self.minutes.value() or None
        return self.title.text(), list(self.parts), minutes, str(self.feedback.currentData())


def load_assignments(tutor: Tutor, class_id: str) -> list[AssignmentInfo]:
    return tutor.teaching.assignments.for_class(class_id)


class AssignmentsTab(ClassTab):
    def __init__(self, runner: FacadeRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, load_assignments, self.show_data, parent)
        self.teacher = ""
        self.assignments: list[AssignmentInfo] = []
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("assignmentsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.new_button = QPushButton(self.tr("&New assignment…"))
        self.new_button.setObjectName("newAssignment")
        self.new_button.clicked.connect(lambda: self._with_choices(self._new_assignment))
        self.quiz_button = QPushButton(self.tr("New &quiz…"))
        self.quiz_button.setObjectName("newQuiz")
        self.quiz_button.clicked.connect(lambda: self._with_choices(self._new_quiz))
        self.delete_button = QPushButton(self.tr("&Delete selected"))
        self.delete_button.clicked.connect(self._delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.quiz_button)
        buttons.addStretch()
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def set_teacher(self, username: str) -> None:
        self.teacher = username

    def show_data(self, assignments: list[AssignmentInfo]) -> None:
        self.assignments = assignments
        kinds = {"lesson": self.tr("Lesson"), "skill": self.tr("Skill"), "quiz": self.tr("Quiz")}
        self.table.setRowCount(len(assignments))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Work"), self.tr("Kind"), self.tr("For"), self.tr("Due"), self.tr("Done")]
        )
        for row, info in enumerate(assignments):
            due = info.due_at.astimezone().strftime("%Y-%m-%d") if info.due_at else "—"
            values = [
                info.title,
                kinds.get(info.kind, info.kind),
                info.audience,
                due,
                self.tr("{done} of {learners}").format(done=info.completed, learners=info.learners),
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def _with_choices(self, then: object) -> None:
        class_id = self.class_id
        if class_id is not None:
            self._runner.submit(load_choices(class_id), then, self._failed)  # type: ignore[arg-type]

    def _new_assignment(self, choices: Choices) -> AssignmentDialog:
        assert self.class_id is not None
        dialog = AssignmentDialog(self.class_id, choices, self)
        dialog.accepted.connect(lambda: self.assign(*dialog.request()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def assign(self, kind: str, target: str, audience: Audience, due: datetime | None) -> None:
        teacher = self.teacher
        self._runner.submit(
            lambda tutor: tutor.teaching.assignments.assign(
                kind, target, audience, due_at=due, created_by=teacher
            ),
            self._assigned,
            self._failed,
        )

    def _assigned(self, _assignment_id: str) -> None:
        self.message.setText(self.tr("The work was set."))
        self.reload()

    def _new_quiz(self, choices: Choices) -> QuizDialog:
        dialog = QuizDialog(self._runner, choices, self)
        dialog.accepted.connect(lambda: self.make_quiz(*dialog.request()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def make_quiz(
        self, title: str, parts: list[QuizPartSpec], minutes: int | None, feedback: str
    ) -> None:
        teacher = self.teacher
        self._runner.submit(
            lambda tutor: tutor.teaching.quizzes.create_quiz(
                title, parts, time_limit_minutes=minutes, feedback=feedback, created_by=teacher
            ),
            lambda quiz: self.message.setText(
                self.tr("The quiz {title} was saved: assign it with New assignment.").format(
                    title=quiz.title
                )
            ),
            self._failed,
        )

    def _delete(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        ids = [self.assignments[row].id for row in rows if row < len(self.assignments)]

        def job(tutor: Tutor) -> None:
            for assignment_id in ids:
                tutor.teaching.assignments.delete(assignment_id)

        self._runner.submit(job, lambda _none: self.reload(), self._failed)
