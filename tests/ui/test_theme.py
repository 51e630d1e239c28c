"""The high-contrast theme: readable at 7:1, switched from the keyboard, remembered."""

from __future__ import annotations

import sqlite3

from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.sample_data import SAMPLE_SETUP
from tests.ui.conftest import WindowFactory
from tutor.facade import Tutor
from tutor.paths import DataPaths
from tutor.ui.main_window import SCREEN_PICKER
from tutor.ui.theme import apply_theme, contrast_ratio, high_contrast_palette

ROLES = QPalette.ColorRole
PAIRS = [
    (ROLES.WindowText, ROLES.Window),
    (ROLES.Text, ROLES.Base),
    (ROLES.ButtonText, ROLES.Button),
    (ROLES.HighlightedText, ROLES.Highlight),
    (ROLES.ToolTipText, ROLES.ToolTipBase),
    (ROLES.Link, ROLES.Base),
]


def test_every_text_has_at_least_seven_to_one_contrast() -> None:
    palette = high_contrast_palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for text, background in PAIRS:
            ratio = contrast_ratio(palette.color(group, text), palette.color(group, background))
            assert ratio >= 7.0, (group, text, background, ratio)
    disabled = QPalette.ColorGroup.Disabled
    assert (
        contrast_ratio(palette.color(disabled, ROLES.Text), palette.color(disabled, ROLES.Base))
        >= 7
    )


def test_the_contrast_ratio_matches_wcag() -> None:
    from PySide6.QtGui import QColor

    assert round(contrast_ratio(QColor("black"), QColor("white")), 1) == 21.0
    assert round(contrast_ratio(QColor("#777777"), QColor("white")), 2) == 4.48


def stored_high_contrast(paths: DataPaths) -> bool:
    db = sqlite3.connect(paths.database)
    try:
        row = db.execute("SELECT value FROM settings WHERE key = 'high_contrast'").fetchone()
    finally:
        db.close()
    return row is not None and row[0] in (1, "true")


def test_high_contrast_is_switched_from_the_keyboard_and_remembered(
    qtbot: QtBot, open_window: WindowFactory, data_paths: DataPaths, qapp: QApplication
) -> None:
    tutor = Tutor.open(data_paths)
    try:
        tutor.complete_first_run(SAMPLE_SETUP)
    finally:
        tutor.close()
    window = open_window(data_paths)
    qtbot.waitUntil(lambda: window.current_screen == SCREEN_PICKER, timeout=10_000)
    try:
        assert window.contrast_action.shortcut() == QKeySequence("Ctrl+Shift+H")
        window.contrast_action.trigger()
        assert qapp.palette().color(ROLES.Window).name() == "#000000"
        qtbot.waitUntil(lambda: stored_high_contrast(data_paths), timeout=5_000)
        window.close()
        again = open_window(data_paths)
        qtbot.waitUntil(lambda: again.current_screen == SCREEN_PICKER, timeout=10_000)
        assert again.contrast_action.isChecked()
        assert qapp.palette().color(ROLES.Window).name() == "#000000"
        again.contrast_action.trigger()
        assert qapp.palette().color(ROLES.Window).name() != "#000000"
        again.close()
    finally:
        apply_theme(qapp, False)
