"""Teacher and admin accounts (shown to admins only): add a teacher, set a password, make an
admin, disable an account. The last admin cannot be disabled (the service refuses, in words)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tutor.ui.facade_thread import FacadeRunner
from tutor.ui.messages import describe_error

if TYPE_CHECKING:
    from tutor.teaching.accounts import TeacherIdentity


class AccountsTab(QWidget):
    def __init__(self, runner: FacadeRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.accounts: list[TeacherIdentity] = []
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("teacherAccounts")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.add_button = QPushButton(self.tr("Add &teacher…"))
        self.add_button.clicked.connect(self._ask_teacher)
        self.password_button = QPushButton(self.tr("Set &password…"))
        self.password_button.clicked.connect(self._ask_password_and_set)
        self.admin_button = QPushButton(self.tr("Make &admin"))
        self.admin_button.clicked.connect(lambda: self._selected_do("admin"))
        self.disable_button = QPushButton(self.tr("&Disable"))
        self.disable_button.clicked.connect(lambda: self._selected_do("disable"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.password_button,
            self.admin_button,
            self.disable_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def reload(self) -> None:
        self._runner.submit(
            lambda tutor: tutor.teaching.accounts.accounts(), self._show, self._failed
        )

    def _show(self, accounts: list[TeacherIdentity]) -> None:
        self.accounts = accounts
        self.table.setRowCount(len(accounts))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Username"), self.tr("Name"), self.tr("Role")]
        )
        roles = {"admin": self.tr("admin"), "teacher": self.tr("teacher")}
        for row, account in enumerate(accounts):
            role = roles.get(account.role, account.role)
            if account.disabled:
                role += " " + self.tr("(disabled)")
            for column, value in enumerate([account.username, account.display_name, role]):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def _selected(self) -> TeacherIdentity | None:
        row = self.table.currentRow()
        return self.accounts[row] if 0 <= row < len(self.accounts) else None

    def _ask_password(self, *, title: str = "") -> str | None:
        password, ok = QInputDialog.getText(
            self,
            title or self.tr("Set password"),
            self.tr("New password (at least 8 characters):"),
            QLineEdit.EchoMode.Password,
        )
        return password if ok else None

    def _ask_teacher(self) -> None:
        username, ok = QInputDialog.getText(self, self.tr("Add teacher"), self.tr("Username:"))
        if not ok or not username.strip():
            return
        name, ok = QInputDialog.getText(self, self.tr("Add teacher"), self.tr("Teacher's name:"))
        if not ok:
            return
        password = self._ask_password(title=self.tr("Add teacher"))
        if password is not None:
            self.add_teacher(username, name, password)

    def add_teacher(self, username: str, name: str, password: str) -> None:
        self._runner.submit(
            lambda tutor: tutor.teaching.accounts.create(username, name, password),
            lambda _id: self._done(self.tr("The account {name} was added.").format(name=username)),
            self._failed,
        )

    def _selected_do(self, action: str) -> None:
        account = self._selected()
        if account is None:
            return
        username = account.username
        if action == "admin":
            job = lambda tutor: tutor.teaching.accounts.set_role(username, "admin")  # noqa: E731
            message = self.tr("{name} is now an admin.").format(name=username)
        else:
            job = lambda tutor: tutor.teaching.accounts.set_disabled(username)  # noqa: E731
            message = self.tr("{name} can no longer sign in.").format(name=username)
        self._runner.submit(job, lambda _none: self._done(message), self._failed)

    def _ask_password_and_set(self) -> None:
        account = self._selected()
        password = self._ask_password() if account is not None else None
        if account is None or password is None:
            return
        username = account.username
        self._runner.submit(
            lambda tutor: tutor.teaching.accounts.set_password(username, password),
            lambda _none: self._done(self.tr("The password was changed.")),
            self._failed,
        )

    def _done(self, message: str) -> None:
        self.message.setText(message)
        self.reload()

    def _failed(self, error: BaseException) -> None:
        self.message.setText(describe_error(error))
