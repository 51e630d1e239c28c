"""The first-run wizard, driven from the keyboard as a teacher would, through to the picker."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.ui.conftest import WindowFactory
from tutor.facade import Tutor
from tutor.paths import DataPaths
from tutor.storage.engine import Database
from tutor.storage.models import ClassMembership, Device, SchoolClass, TeacherAccount
from tutor.ui.first_run import DEMO_LEARNER_NAMES, PAGE_LEARNERS, PAGE_TEACHER
from tutor.ui.main_window import SCREEN_FIRST_RUN, SCREEN_PICKER, MainWindow

PASSWORD = "blackboard-2026"


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def press_enter(qtbot: QtBot, widget: QWidget) -> None:
    """Enter in a field activates the wizard's default button (Next, then Finish)."""
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def wait_for_wizard(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.current_screen == SCREEN_FIRST_RUN, timeout=10_000)


def test_school_setup_from_the_keyboard_reaches_the_picker_and_stores_everything(
    qtbot: QtBot, open_window: WindowFactory, data_paths: DataPaths
) -> None:
    window = open_window(data_paths)
    wizard = window.wizard
    wait_for_wizard(qtbot, window)

    press_enter(qtbot, wizard.welcome.set_up_school)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.laptop)
    wizard.laptop.laptop_name.clear()
    type_into(qtbot, wizard.laptop.laptop_name, "Laptop 3")
    type_into(qtbot, wizard.laptop.school_name, "Riverside School")
    press_enter(qtbot, wizard.laptop.school_name)
    assert wizard.currentId() == PAGE_TEACHER

    type_into(qtbot, wizard.teacher.teacher_name, "Ms Okafor")
    wizard.teacher.username.clear()
    type_into(qtbot, wizard.teacher.username, "okafor")
    type_into(qtbot, wizard.teacher.password, PASSWORD)
    type_into(qtbot, wizard.teacher.confirm, PASSWORD)
    press_enter(qtbot, wizard.teacher.confirm)
    assert wizard.currentId() == PAGE_LEARNERS

    type_into(qtbot, wizard.learners.class_name, "Class 5A")
    wizard.learners.names.setPlainText("Zola\n  amir \n\nBeatriz\n")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000) as shown:
        press_enter(qtbot, wizard.learners.class_name)
    assert shown.args == [SCREEN_PICKER]
    assert window.picker.learner_names() == ["amir", "Beatriz", "Zola"]
    assert window.windowTitle() == "Tutor — Riverside School"

    database = Database(data_paths.database)
    try:
        with database.read() as session:
            device = session.scalars(select(Device)).one()
            assert (device.name, device.school_name, device.is_this_device) == (
                "Laptop 3",
                "Riverside School",
                True,
            )
            teacher = session.scalars(select(TeacherAccount)).one()
            assert (teacher.username, teacher.display_name, teacher.role) == (
                "okafor",
                "Ms Okafor",
                "admin",
            )
            assert PASSWORD not in teacher.password_hash
            school_class = session.scalars(select(SchoolClass)).one()
            assert school_class.name == "Class 5A"
            members = session.scalars(select(ClassMembership)).all()
            assert {m.learner.display_name for m in members} == {"Zola", "amir", "Beatriz"}
    finally:
        database.close()
    window.close()


def test_demo_asks_only_for_the_teacher_account(
    qtbot: QtBot, open_window: WindowFactory, data_paths: DataPaths
) -> None:
    window = open_window(data_paths)
    wizard = window.wizard
    wait_for_wizard(qtbot, window)
    wizard.welcome.try_demo.setFocus()
    qtbot.keyClick(wizard.welcome.try_demo, Qt.Key.Key_Space)
    assert wizard.welcome.try_demo.isChecked()
    press_enter(qtbot, wizard.welcome.try_demo)
    assert wizard.currentId() == PAGE_TEACHER
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()

    type_into(qtbot, wizard.teacher.teacher_name, "Demo Teacher")
    type_into(qtbot, wizard.teacher.password, PASSWORD)
    type_into(qtbot, wizard.teacher.confirm, PASSWORD)
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        press_enter(qtbot, wizard.teacher.confirm)
    assert window.current_screen == SCREEN_PICKER
    assert window.picker.learner_names() == sorted(DEMO_LEARNER_NAMES)
    window.close()


def test_mismatched_passwords_keep_the_teacher_on_the_page_with_a_reason(
    qtbot: QtBot, open_window: WindowFactory, data_paths: DataPaths
) -> None:
    window = open_window(data_paths)
    wizard = window.wizard
    wait_for_wizard(qtbot, window)
    wizard.welcome.try_demo.setChecked(True)
    wizard.next()
    type_into(qtbot, wizard.teacher.teacher_name, "T")
    type_into(qtbot, wizard.teacher.password, PASSWORD)
    type_into(qtbot, wizard.teacher.confirm, PASSWORD + "x")
    press_enter(qtbot, wizard.teacher.confirm)

    assert wizard.currentId() == PAGE_TEACHER
    error = wizard.teacher.findChild(QLabel, "errorLabel")
    assert error is not None and error.isVisible()
    assert "not the same" in error.text()

    wizard.teacher.password.setText("short")
    wizard.teacher.confirm.setText("short")
    press_enter(qtbot, wizard.teacher.confirm)
    assert wizard.currentId() == PAGE_TEACHER
    assert "at least 8" in error.text()
    assert window.current_screen == SCREEN_FIRST_RUN
    window.close()

    tutor = Tutor.open(data_paths)
    try:
        assert not tutor.is_set_up()
    finally:
        tutor.close()


def test_duplicate_learner_names_are_refused_before_anything_is_stored(
    qtbot: QtBot, open_window: WindowFactory, data_paths: DataPaths
) -> None:
    window = open_window(data_paths)
    wizard = window.wizard
    wait_for_wizard(qtbot, window)
    wizard.next()
    wizard.laptop.school_name.setText("S")
    wizard.next()
    wizard.teacher.teacher_name.setText("T")
    wizard.teacher.password.setText(PASSWORD)
    wizard.teacher.confirm.setText(PASSWORD)
    wizard.next()
    wizard.learners.class_name.setText("C")
    wizard.learners.names.setPlainText("Ana\nana")
    press_enter(qtbot, wizard.learners.class_name)

    assert window.current_screen == SCREEN_FIRST_RUN
    error = wizard.learners.findChild(QLabel, "errorLabel")
    assert error is not None and "appears twice" in error.text()
    window.close()
