"""Every user-visible string goes through Qt's translation machinery.

A pseudo-translation wraps each extracted string in ⟦…⟧; with it installed, every text the screens
show must carry the brackets. A string that skips tr() shows up here as plain English.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WindowFactory
from tests.ui.pseudo import OPEN, extract_template, pseudo_translator
from tutor.facade import SetupError
from tutor.paths import DataPaths
from tutor.storage.migrate import DatabaseTooNewError, MigrationError, NotATutorDatabaseError
from tutor.ui.crash import CrashReporter
from tutor.ui.i18n import TRANSLATIONS_DIR
from tutor.ui.main_window import SCREEN_FIRST_RUN, SCREEN_LEARNER, SCREEN_PICKER, MainWindow
from tutor.ui.messages import describe_error
from tutor.ui.walkthrough import SampleSchool, fill_school_setup

UI_DIR = Path(__file__).resolve().parents[2] / "tutor" / "ui"
TEMPLATE = TRANSLATIONS_DIR / "tutor_en.ts"
SCHOOL = SampleSchool()
USER_DATA = {SCHOOL.school_name, *SCHOOL.learner_names}


def extract_strings(ts_file: Path) -> set[tuple[str, str]]:
    root = ElementTree.parse(ts_file).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def ui_sources() -> list[str]:
    return sorted(str(path) for path in UI_DIR.rglob("*.py"))


def test_the_translation_template_lists_every_string_in_the_ui(tmp_path: Path) -> None:
    fresh = extract_template(ui_sources(), tmp_path / "fresh.ts")
    missing = extract_strings(fresh) - extract_strings(TEMPLATE)
    stale = extract_strings(TEMPLATE) - extract_strings(fresh)
    assert not missing and not stale, (
        f"run `make update-translations`: missing {sorted(missing)[:5]}, stale {sorted(stale)[:5]}"
    )


@pytest.fixture
def pseudo_translation(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    translator = pseudo_translator(TEMPLATE, tmp_path)
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def visible_texts(root: QWidget) -> dict[str, str]:
    """Every text a person can read in `root`, keyed by where it was found."""
    found: dict[str, str] = {}
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__}:{widget.objectName()}"
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            found[f"{where} text"] = widget.text()
        if isinstance(widget, QLineEdit | QPlainTextEdit) and widget.placeholderText():
            found[f"{where} placeholder"] = widget.placeholderText()
        if widget.toolTip():
            found[f"{where} tooltip"] = widget.toolTip()
    return found


def untranslated(texts: dict[str, str]) -> dict[str, str]:
    return {
        where: text
        for where, text in texts.items()
        if OPEN not in text and text.strip() not in USER_DATA and not text.startswith("data:")
    }


def own_texts(window: MainWindow) -> dict[str, str]:
    """The texts of Tutor's own widgets (QWizard's Back/Next/Finish come with Qt's translation)."""
    wizard_buttons = {
        window.wizard.button(button)
        for button in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
            QWizard.WizardButton.HelpButton,
            QWizard.WizardButton.CommitButton,
        )
    }
    texts = {
        where: text
        for where, text in visible_texts(window).items()
        if not any(where.startswith(f"{type(b).__name__}:{b.objectName()}") for b in wizard_buttons)
        or where.endswith("tooltip")
    }
    for index, page_id in enumerate(window.wizard.pageIds()):
        page = window.wizard.page(page_id)
        texts[f"page {index} title"] = page.title()
        if page.subTitle():
            texts[f"page {index} subtitle"] = page.subTitle()
    for action in window.menuBar().actions():
        texts[f"menu {action.text()}"] = action.text()
        menu = action.menu()
        for item in menu.actions() if isinstance(menu, QMenu) else []:
            if item.text():
                texts[f"action {item.text()}"] = item.text()
    texts["window title"] = window.windowTitle()
    return texts


def test_every_screen_shows_only_translated_text(
    qtbot: QtBot, pseudo_translation: None, open_window: WindowFactory, data_paths: DataPaths
) -> None:
    window = open_window(data_paths)
    qtbot.waitUntil(lambda: window.current_screen == SCREEN_FIRST_RUN, timeout=10_000)
    assert untranslated(own_texts(window)) == {}

    fill_school_setup(window.wizard, SCHOOL)
    window.wizard.accept()
    qtbot.waitUntil(lambda: window.current_screen == SCREEN_PICKER, timeout=10_000)
    assert untranslated(own_texts(window)) == {}

    window.picker.list.setCurrentRow(0)
    window.picker.learner_chosen.emit(window.picker._profiles[next(iter(window.picker._profiles))])
    assert window.current_screen == SCREEN_LEARNER
    assert untranslated(own_texts(window)) == {}
    window.close()


def test_error_messages_and_the_crash_dialog_are_translated(
    qtbot: QtBot, pseudo_translation: None, data_paths: DataPaths
) -> None:
    errors: list[BaseException] = [
        DatabaseTooNewError(data_paths.database, "9999"),
        NotATutorDatabaseError(data_paths.database, "garbage"),
        MigrationError("failed"),
        PermissionError(13, "denied"),
        OSError(28, "No space left on device"),
        RuntimeError("anything else"),
    ]
    for error in errors:
        assert describe_error(error).startswith(OPEN), type(error).__name__
    assert describe_error(SetupError(["A reason."])) == "A reason."

    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.extend([box.windowTitle(), box.text(), box.informativeText()])
        box.accept()

    QTimer.singleShot(0, read_and_close)
    CrashReporter(data_paths.log_file).show_dialog(RuntimeError("x"))
    assert seen and all(text.startswith(OPEN) for text in seen), seen
