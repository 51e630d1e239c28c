"""Drive the real first-run wizard programmatically (the smoke test and screenshots use this).

It fills the same widgets a teacher types into and presses the wizard's own Next and Finish, so
it exercises the validation and storage paths a person would.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEventLoop, QTimer

from tutor.ui.first_run import FirstRunWizard
from tutor.ui.main_window import MainWindow


@dataclass(frozen=True)
class SampleSchool:
    laptop_name: str = "Laptop 7"
    school_name: str = "Hillside Primary School"
    teacher_name: str = "Grace Mwangi"
    teacher_username: str = "gmwangi"
    teacher_password: str = "chalk-and-slate-42"
    class_name: str = "Class 4B"
    learner_names: tuple[str, ...] = ("Amani", "Beatriz", "Chen", "Dembe", "Esther")


def wait_for_screen(window: MainWindow, name: str, timeout_ms: int = 30_000) -> bool:
    """Run the event loop until `window` shows screen `name`. False on timeout."""
    if window.current_screen == name:
        return True
    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)

    def check(screen: str) -> None:
        if screen == name:
            loop.quit()

    window.screen_changed.connect(check)
    timer.start(timeout_ms)
    loop.exec()
    window.screen_changed.disconnect(check)
    return window.current_screen == name


def wait_until(predicate: Callable[[], bool], timeout_ms: int = 30_000) -> bool:
    """Run the event loop until predicate() is true (checked every 20 ms). False on timeout."""
    if predicate():
        return True
    loop = QEventLoop()
    poll = QTimer()

    def check() -> None:
        if predicate():
            loop.quit()

    poll.timeout.connect(check)
    poll.start(20)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    deadline.start(timeout_ms)
    loop.exec()
    poll.stop()
    deadline.stop()
    return predicate()


def fill_school_setup(wizard: FirstRunWizard, school: SampleSchool) -> None:
    """Walk the "set up this laptop" path to its last page, filling every field."""
    wizard.restart()
    wizard.welcome.set_up_school.setChecked(True)
    wizard.next()
    wizard.laptop.laptop_name.setText(school.laptop_name)
    wizard.laptop.school_name.setText(school.school_name)
    wizard.next()
    fill_teacher(wizard, school)
    wizard.next()
    wizard.learners.class_name.setText(school.class_name)
    wizard.learners.names.setPlainText("\n".join(school.learner_names))


def fill_demo_setup(wizard: FirstRunWizard, school: SampleSchool) -> None:
    """Walk the "try the demo" path to its last page (the teacher account)."""
    wizard.restart()
    wizard.welcome.try_demo.setChecked(True)
    wizard.next()
    fill_teacher(wizard, school)


def fill_teacher(wizard: FirstRunWizard, school: SampleSchool) -> None:
    wizard.teacher.teacher_name.setText(school.teacher_name)
    wizard.teacher.username.setText(school.teacher_username)
    wizard.teacher.password.setText(school.teacher_password)
    wizard.teacher.confirm.setText(school.teacher_password)
