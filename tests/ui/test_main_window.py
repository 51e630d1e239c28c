"""The main window on existing data: picker, learner home, text size, unusable databases."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.sample_data import SAMPLE_SETUP
from tests.ui.conftest import WindowFactory
from tutor.facade import Tutor
from tutor.paths import DataPaths
from tutor.records import FirstRunSetup
from tutor.ui.main_window import (
    SCREEN_LEARNER,
    SCREEN_PICKER,
    SCREEN_UNAVAILABLE,
    MainWindow,
)
from tutor.ui.text_scale import base_point_size

SETUP = SAMPLE_SETUP


@pytest.fixture
def set_up_paths(data_paths: DataPaths) -> DataPaths:
    tutor = Tutor.open(data_paths)
    try:
        tutor.complete_first_run(SETUP)
    finally:
        tutor.close()
    return data_paths


def wait_for(qtbot: QtBot, window: MainWindow, screen: str) -> None:
    qtbot.waitUntil(lambda: window.current_screen == screen, timeout=10_000)


def test_a_set_up_laptop_opens_on_the_picker_and_a_learner_signs_in_by_keyboard(
    qtbot: QtBot, open_window: WindowFactory, set_up_paths: DataPaths
) -> None:
    window = open_window(set_up_paths)
    wait_for(qtbot, window, SCREEN_PICKER)
    assert window.picker.learner_names() == ["Ana", "ben", "Wanjiru"]
    assert "Hilltop" in window.picker.subheading.text()

    listing = window.picker.list
    listing.setFocus()
    qtbot.keyClick(listing, Qt.Key.Key_Right)
    with qtbot.waitSignal(window.picker.learner_chosen) as chosen:
        qtbot.keyClick(listing, Qt.Key.Key_Return)
    assert chosen.args[0].display_name == "ben"
    assert window.current_screen == SCREEN_LEARNER
    assert "ben" in window.learner_home.greeting.text()

    qtbot.keyClick(window.learner_home.not_me, Qt.Key.Key_Space)
    assert window.current_screen == SCREEN_PICKER
    window.close()


def test_learner_names_are_shown_as_text_not_markup(
    qtbot: QtBot, open_window: WindowFactory, data_paths: DataPaths
) -> None:
    tutor = Tutor.open(data_paths)
    try:
        tutor.complete_first_run(
            FirstRunSetup(**{**SETUP.__dict__, "learner_names": ("<b>Bold</b>",)})
        )
    finally:
        tutor.close()
    window = open_window(data_paths)
    wait_for(qtbot, window, SCREEN_PICKER)
    window.picker.list.setCurrentRow(0)
    qtbot.keyClick(window.picker.list, Qt.Key.Key_Return)
    assert "&lt;b&gt;Bold&lt;/b&gt;" in window.learner_home.greeting.text()
    window.close()


def test_text_size_grows_from_the_keyboard_and_is_remembered(
    qtbot: QtBot, qapp: QApplication, open_window: WindowFactory, set_up_paths: DataPaths
) -> None:
    window = open_window(set_up_paths)
    wait_for(qtbot, window, SCREEN_PICKER)
    base = base_point_size(qapp)
    zoom_in = QKeySequence(QKeySequence.StandardKey.ZoomIn)
    assert window.larger_text.shortcut() == zoom_in

    for _ in range(3):
        window.larger_text.trigger()
    assert window.text_scale == 130
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.3)
    for _ in range(20):
        window.larger_text.trigger()
    assert window.text_scale == 200
    window.close()
    qtbot.waitUntil(lambda: not window._runner.busy)

    reopened = open_window(set_up_paths)
    wait_for(qtbot, reopened, SCREEN_PICKER)
    assert reopened.text_scale == 200
    assert qapp.font().pointSizeF() == pytest.approx(base * 2.0)
    reopened.reset_text.trigger()
    assert qapp.font().pointSizeF() == pytest.approx(base)
    reopened.close()


def test_a_database_from_a_newer_tutor_is_explained_and_left_alone(
    qtbot: QtBot, open_window: WindowFactory, set_up_paths: DataPaths
) -> None:
    connection = sqlite3.connect(set_up_paths.database)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = set_up_paths.database.read_bytes()

    window = open_window(set_up_paths)
    wait_for(qtbot, window, SCREEN_UNAVAILABLE)
    assert "newer version of Tutor" in window.unavailable.message.text()
    assert set_up_paths.database.read_bytes() == before
    assert list(set_up_paths.backups.iterdir()) == []
    window.close()
