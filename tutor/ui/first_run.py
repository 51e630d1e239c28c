"""The first-run wizard: name this laptop and school, create the teacher account, add learners —
or try the demo, which needs only the teacher password.

The wizard only collects and checks input; the caller stores the resulting FirstRunSetup (off the
UI thread) when `setup_ready` is emitted.
"""

from __future__ import annotations

import socket

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from tutor.passwords import MIN_TEACHER_PASSWORD_LENGTH
from tutor.records import FirstRunSetup, name_key

DEMO_LEARNER_NAMES: tuple[str, ...] = ("Amina", "Bao", "Carlos", "Dalia", "Emeka", "Farah")

PAGE_WELCOME, PAGE_LAPTOP, PAGE_TEACHER, PAGE_LEARNERS = range(4)


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020; font-weight: bold;")
    label.hide()
    return label


def _show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
    label.setAccessibleDescription(text)


class RequiredFieldsPage(QWizardPage):
    """A page that can go on once every required field holds more than blank space.

    (Qt's own mandatory fields also refuse a pre-filled value the person keeps, such as the
    suggested laptop name; this check accepts it.)
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._required: list[QLineEdit] = []

    def require(self, *fields: QLineEdit) -> None:
        for field in fields:
            self._required.append(field)
            field.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return all(field.text().strip() for field in self._required)


class WelcomePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Tutor"))
        self.setSubTitle(self.tr("Let's get this laptop ready for your learners."))
        self.set_up_school = QRadioButton(self.tr("&Set up this laptop for my school"))
        self.set_up_school.setObjectName("setUpSchool")
        self.try_demo = QRadioButton(self.tr("Try the &demo with a sample class"))
        self.try_demo.setObjectName("tryDemo")
        self.set_up_school.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.set_up_school)
        group.addButton(self.try_demo)
        explanation = QLabel(
            self.tr(
                "Setting up asks for the laptop's name, your school, a teacher password and your "
                "learners' names. The demo creates a sample class so you can look around first."
            )
        )
        explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.set_up_school)
        layout.addWidget(self.try_demo)
        layout.addSpacing(12)
        layout.addWidget(explanation)
        layout.addStretch()
        self.registerField("demo", self.try_demo)

    def nextId(self) -> int:
        return PAGE_TEACHER if self.try_demo.isChecked() else PAGE_LAPTOP


class LaptopPage(RequiredFieldsPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("This laptop"))
        self.setSubTitle(self.tr("Names that help teachers tell laptops and schools apart."))
        self.laptop_name = QLineEdit(socket.gethostname()[:100])
        self.laptop_name.setObjectName("laptopName")
        self.laptop_name.setMaxLength(100)
        self.school_name = QLineEdit()
        self.school_name.setObjectName("schoolName")
        self.school_name.setMaxLength(200)
        self.school_name.setPlaceholderText(self.tr("for example, Hillside Primary School"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Laptop name:"), self.laptop_name)
        form.addRow(self.tr("S&chool name:"), self.school_name)
        self.require(self.laptop_name, self.school_name)

    def nextId(self) -> int:
        return PAGE_TEACHER


class TeacherPage(RequiredFieldsPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Teacher account"))
        self.setSubTitle(
            self.tr("Teacher mode is protected by this password. Students never see it.")
        )
        self.teacher_name = QLineEdit()
        self.teacher_name.setObjectName("teacherName")
        self.teacher_name.setMaxLength(100)
        self.username = QLineEdit("teacher")
        self.username.setObjectName("teacherUsername")
        self.username.setMaxLength(100)
        self.password = QLineEdit()
        self.password.setObjectName("teacherPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("teacherPasswordConfirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = _error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("Your na&me:"), self.teacher_name)
        form.addRow(self.tr("&Username:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("C&onfirm password:"), self.confirm)
        hint = QLabel(
            self.tr("At least {count} characters. Write it down somewhere safe.").format(
                count=MIN_TEACHER_PASSWORD_LENGTH
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        form.addRow(self.error)
        self.require(self.teacher_name, self.username, self.password, self.confirm)

    def nextId(self) -> int:
        return -1 if self.field("demo") else PAGE_LEARNERS

    def validatePage(self) -> bool:
        password = self.password.text()
        if len(password) < MIN_TEACHER_PASSWORD_LENGTH:
            message = self.tr("The password needs at least {count} characters.").format(
                count=MIN_TEACHER_PASSWORD_LENGTH
            )
        elif password != self.confirm.text():
            message = self.tr("The two passwords are not the same. Type them again.")
        else:
            message = ""
        _show_error(self.error, message)
        if message:
            self.password.setFocus()
        return not message


class LearnersPage(RequiredFieldsPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Learners"))
        self.setSubTitle(
            self.tr("Type one name per line. You can add more learners later in teacher mode.")
        )
        self.class_name = QLineEdit()
        self.class_name.setObjectName("className")
        self.class_name.setMaxLength(100)
        self.class_name.setPlaceholderText(self.tr("for example, Class 4B"))
        self.names = QPlainTextEdit()
        self.names.setObjectName("learnerNames")
        self.names.setTabChangesFocus(True)
        self.error = _error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("&Class name:"), self.class_name)
        form.addRow(self.tr("Learner na&mes:"), self.names)
        form.addRow(self.error)
        self.require(self.class_name)

    def learner_names(self) -> tuple[str, ...]:
        lines = (line.strip() for line in self.names.toPlainText().splitlines())
        return tuple(line for line in lines if line)

    def validatePage(self) -> bool:
        seen: set[str] = set()
        message = ""
        for name in self.learner_names():
            if len(name) > 100:
                message = self.tr("A name is longer than 100 characters: {name}").format(
                    name=name[:30]
                )
                break
            if name_key(name) in seen:
                message = self.tr(
                    "{name} appears twice. Add something to tell them apart, such as an initial."
                ).format(name=name)
                break
            seen.add(name_key(name))
        _show_error(self.error, message)
        return not message


class FirstRunWizard(QWizard):
    """Collects a FirstRunSetup and emits it with `setup_ready` when the teacher clicks Finish."""

    setup_ready = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Set up Tutor"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.NoCancelButton)
        self.welcome = WelcomePage()
        self.laptop = LaptopPage()
        self.teacher = TeacherPage()
        self.learners = LearnersPage()
        self.setPage(PAGE_WELCOME, self.welcome)
        self.setPage(PAGE_LAPTOP, self.laptop)
        self.setPage(PAGE_TEACHER, self.teacher)
        self.setPage(PAGE_LEARNERS, self.learners)
        self.setStartId(PAGE_WELCOME)

    def is_demo(self) -> bool:
        return self.welcome.try_demo.isChecked()

    def collected_setup(self) -> FirstRunSetup:
        """The set-up the pages describe (the demo fills in its sample names)."""
        teacher_name = self.teacher.teacher_name.text().strip()
        username = self.teacher.username.text().strip()
        password = self.teacher.password.text()
        if self.welcome.try_demo.isChecked():
            return FirstRunSetup(
                laptop_name=self.tr("Demo laptop"),
                school_name=self.tr("Demo School"),
                teacher_display_name=teacher_name,
                teacher_username=username,
                teacher_password=password,
                class_name=self.tr("Demo class"),
                learner_names=DEMO_LEARNER_NAMES,
            )
        return FirstRunSetup(
            laptop_name=self.laptop.laptop_name.text().strip(),
            school_name=self.laptop.school_name.text().strip(),
            teacher_display_name=teacher_name,
            teacher_username=username,
            teacher_password=password,
            class_name=self.learners.class_name.text().strip(),
            learner_names=self.learners.learner_names(),
        )

    def accept(self) -> None:
        """Finish: check the last page, then hand the set-up to whoever stores it.

        The wizard stays open until storing succeeds (QWizard.done() would close it, and would
        be the only other place the last page is validated).
        """
        if not self.validateCurrentPage():
            return
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.setup_ready.emit(self.collected_setup())

    def setup_failed(self, message: str) -> None:
        """Storing failed: show why and let the teacher try again."""
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        page = self.currentPage()
        label = page.findChild(QLabel, "errorLabel", Qt.FindChildOption.FindDirectChildrenOnly)
        if label is not None:
            _show_error(label, message)
