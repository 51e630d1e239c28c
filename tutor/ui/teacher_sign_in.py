"""Ask for a teacher's username and password before any teacher screen opens.

The password is checked on the database thread; the dialog stays open (with a reason) until it
is right or the teacher cancels. Each wrong try makes the next one wait a little longer.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tutor.ui.facade_thread import FacadeRunner

LOCKOUT_STEP_MS = 1000


class TeacherSignInDialog(QDialog):
    signed_in = Signal(str)  # username
    identity_confirmed = Signal(object)  # tutor.teaching.accounts.TeacherIdentity

    def __init__(self, runner: FacadeRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teacherSignIn")
        self.setWindowTitle(self.tr("Teacher sign-in"))
        self._runner = runner
        self._failures = 0
        self.username = QLineEdit()
        self.username.setObjectName("teacherSignInUsername")
        self.password = QLineEdit()
        self.password.setObjectName("teacherSignInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Username:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Teacher screens need a teacher's password.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _check(self) -> None:
        username, password = self.username.text(), self.password.text()
        self.buttons.setEnabled(False)
        self._runner.submit(
            lambda tutor: tutor.teaching.accounts.authenticate(username, password),
            self._on_checked,
            lambda error: self._on_checked(None),
        )

    def _on_checked(self, identity: object) -> None:
        if identity is not None:
            self.identity_confirmed.emit(identity)
            self.signed_in.emit(getattr(identity, "username", ""))
            self.accept()
            return
        self._failures += 1
        wait = LOCKOUT_STEP_MS * (self._failures - 1)
        self.error.setText(
            self.tr("That username and password do not match a teacher account.")
            if wait == 0
            else self.tr("That is not right. Try again in {seconds} s.").format(
                seconds=wait // 1000
            )
        )
        self.error.show()
        self.password.clear()
        self.password.setFocus()
        QTimer.singleShot(wait, lambda: self.buttons.setEnabled(True))
