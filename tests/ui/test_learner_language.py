"""A learner with their own language sees the UI in it; the next learner gets the laptop's."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.sample_data import SAMPLE_SETUP
from tests.ui.conftest import WindowFactory
from tutor.facade import Tutor
from tutor.paths import DataPaths
from tutor.ui.main_window import SCREEN_LEARNER, SCREEN_PICKER


def test_a_french_learner_gets_french_and_not_me_brings_back_the_laptops_language(
    qtbot: QtBot, open_window: WindowFactory, data_paths: DataPaths
) -> None:
    tutor = Tutor.open(data_paths)
    try:
        tutor.complete_first_run(SAMPLE_SETUP)
    finally:
        tutor.close()
    db = sqlite3.connect(data_paths.database)
    db.execute("UPDATE learners SET language = 'fr' WHERE display_name = 'Ana'")
    db.commit()
    db.close()
    window = open_window(data_paths)
    qtbot.waitUntil(lambda: window.current_screen == SCREEN_PICKER, timeout=10_000)
    english = window.learner_home.continue_button.text()
    english_menu = window.view_menu.title()
    names = window.picker.learner_names()
    window.picker.list.setCurrentRow(names.index("Ana"))
    qtbot.keyClick(window.picker.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen == SCREEN_LEARNER, timeout=5_000)
    home = window.learner_home
    qtbot.waitUntil(lambda: home.continue_button.text() != english, timeout=5_000)
    assert "Continuer" in home.continue_button.text().replace("&", "")
    assert window.view_menu.title() != english_menu
    assert "Ana" in home.greeting.text() and "Hello" not in home.greeting.text()
    qtbot.mouseClick(home.not_me, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: home.continue_button.text() == english, timeout=5_000)
    assert window.view_menu.title() == english_menu
    window.close()
