"""The first-run wizard, driven from the keyboard as a teacher would, through to the picker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.ui.conftest import WindowFactory
from tutor.content.archive import open_pack
from tutor.content.bundled import bundled_pack_files
from tutor.facade import Tutor
from tutor.paths import DataPaths
from tutor.storage.engine import Database
from tutor.storage.models import (
    ClassMembership,
    Device,
    InstalledPack,
    SchoolClass,
    TeacherAccount,
    TrustedKey,
)
from tutor.ui.first_run import DEMO_LEARNER_NAMES, PAGE_LEARNERS, PAGE_TEACHER
from tutor.ui.main_window import SCREEN_FIRST_RUN, SCREEN_PICKER, MainWindow
from tutor.ui.walkthrough import SampleSchool, fill_school_setup

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
            # A school's own set-up never trusts the demo key (its private half is public).
            assert session.scalars(select(TrustedKey)).all() == []
            assert session.scalars(select(InstalledPack)).all() == []
    finally:
        database.close()
    window.close()


def test_demo_asks_only_for_the_teacher_account_and_installs_the_bundled_packs(
    qtbot: QtBot, open_window: WindowFactory, data_paths: DataPaths, bundled_packs: Path
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

    tutor = Tutor.open(data_paths)
    try:
        installed = {pack.id for pack in tutor.installed_packs()}
    finally:
        tutor.close()
    expected = {open_pack(path).pack_id for path in bundled_pack_files(bundled_packs)}
    assert expected and installed == expected


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


def mnemonic(text: str) -> str | None:
    """The Alt+letter of a label or button text ("&&" is a literal ampersand)."""
    stripped = text.replace("&&", "")
    index = stripped.find("&")
    return stripped[index + 1].casefold() if 0 <= index < len(stripped) - 1 else None


def test_every_wizard_page_has_distinct_keyboard_shortcuts(
    qtbot: QtBot, open_window: WindowFactory, data_paths: DataPaths
) -> None:
    window = open_window(data_paths)
    wizard = window.wizard
    wait_for_wizard(qtbot, window)
    fill_school_setup(wizard, SampleSchool())
    wizard.restart()
    pages_seen = 0
    for demo in (False, True):
        wizard.restart()
        wizard.welcome.try_demo.setChecked(demo)
        wizard.welcome.set_up_school.setChecked(not demo)
        while True:
            texts = [
                widget.text()
                for widget in wizard.findChildren(QLabel) + wizard.findChildren(QAbstractButton)
                if widget.isVisible() and widget.text()
            ]
            letters = [letter for letter in map(mnemonic, texts) if letter]
            duplicates = {letter for letter in letters if letters.count(letter) > 1}
            assert not duplicates, f"page {wizard.currentId()}: Alt+{duplicates} in {texts}"
            pages_seen += 1
            if wizard.currentPage().isFinalPage():
                break
            wizard.next()
    assert pages_seen == 6
    window.close()


def test_a_double_click_on_a_profile_chooses_it_once(
    qtbot: QtBot, open_window: WindowFactory, data_paths: DataPaths
) -> None:
    window = open_window(data_paths)
    wait_for_wizard(qtbot, window)
    fill_school_setup(window.wizard, SampleSchool())
    window.wizard.accept()
    qtbot.waitUntil(lambda: window.current_screen == SCREEN_PICKER, timeout=10_000)
    listing = window.picker.list
    rect = listing.visualItemRect(listing.item(0))
    chosen: list[object] = []
    window.picker.learner_chosen.connect(chosen.append)
    # What a real double-click delivers: press, release, then the double-click.
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(chosen) == 1
    window.close()
