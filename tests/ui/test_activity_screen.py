"""A learner's journey in the window: Continue, the placement check, a lesson, practice with
feedback shown only once the answer is stored."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.sample_data import SAMPLE_SETUP
from tests.ui.conftest import WindowFactory
from tutor.engine.answers import right_response, wrong_response
from tutor.facade import Tutor
from tutor.paths import DataPaths
from tutor.ui import read_aloud
from tutor.ui.main_window import SCREEN_ACTIVITY, SCREEN_LEARNER, SCREEN_PICKER, MainWindow


@pytest.fixture
def ready_paths(data_paths: DataPaths, bundled_packs: Path) -> DataPaths:
    tutor = Tutor.open(data_paths)
    try:
        tutor.complete_first_run(SAMPLE_SETUP)
        tutor.install_bundled_packs()
    finally:
        tutor.close()
    return data_paths


def stored_answers(paths: DataPaths) -> int:
    db = sqlite3.connect(paths.database)
    try:
        return int(db.execute("SELECT count(*) FROM attempt_events").fetchone()[0])
    finally:
        db.close()


def sign_in(qtbot: QtBot, window: MainWindow, name: str) -> None:
    qtbot.waitUntil(lambda: window.current_screen == SCREEN_PICKER, timeout=10_000)
    names = window.picker.learner_names()
    window.picker.list.setCurrentRow(names.index(name))
    qtbot.keyClick(window.picker.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen == SCREEN_LEARNER, timeout=5_000)


def wait_for_item(qtbot: QtBot, window: MainWindow) -> None:
    screen = window.activity
    qtbot.waitUntil(
        lambda: (
            screen.bundle is not None
            and screen.pages.currentWidget() in (screen.practice_page, screen.lesson, screen.done)
            and screen.heading.text() != screen.tr("Getting your next activity…")
        ),
        timeout=10_000,
    )


def answer(qtbot: QtBot, window: MainWindow, paths: DataPaths, right: bool) -> None:
    screen = window.activity
    item = screen.bundle.view.item  # type: ignore[union-attr]
    widget = screen.item_widget
    assert widget is not None
    before = stored_answers(paths)
    widget.set_response(right_response(item) if right else wrong_response(item))
    widget.response_changed.emit()  # as when the learner answers through the controls
    assert screen.submit.isEnabled()
    qtbot.mouseClick(screen.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.next.isVisible(), timeout=10_000)
    # The feedback is on screen, so the answer must be in the database already.
    assert widget.result_label.text()
    assert stored_answers(paths) == before + 1
    assert widget.is_locked()


def test_a_new_learner_continues_into_placement_then_a_lesson_then_practice(
    qtbot: QtBot,
    open_window: WindowFactory,
    ready_paths: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(ready_paths)
    sign_in(qtbot, window, "Ana")
    assert window.learner_home.continue_button.isEnabled()
    qtbot.mouseClick(window.learner_home.continue_button, Qt.MouseButton.LeftButton)
    assert window.current_screen == SCREEN_ACTIVITY
    wait_for_item(qtbot, window)
    screen = window.activity
    assert screen.bundle is not None and screen.bundle.view.kind == "placement"
    assert "Question 1 of at most 15" in screen.heading.text()
    answered = 0
    while screen.bundle.view.kind == "placement":
        answer(qtbot, window, ready_paths, right=False)
        answered += 1
        qtbot.keyClick(screen.next, Qt.Key.Key_Return)
        wait_for_item(qtbot, window)
    assert 1 <= answered <= 15
    assert screen.bundle.view.kind == "lesson"
    assert screen.pages.currentWidget() is screen.lesson
    # The first lesson of the sample pack carries a recording: it is read aloud from the store.
    assert screen.bundle.view.lesson_title == "Fair shares and equal parts"
    listen = screen.lesson.read_aloud
    assert listen.button.isVisible()
    monkeypatch.setattr(read_aloud, "has_sound_output", lambda _module: True)
    qtbot.mouseClick(listen.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: listen._player is not None and listen._player.position() > 0)
    assert listen.is_playing() and listen.note.isHidden()
    qtbot.mouseClick(screen.lesson.continue_button, Qt.MouseButton.LeftButton)
    assert not listen.is_playing()
    wait_for_item(qtbot, window)
    assert screen.bundle.view.kind == "practice"
    answer(qtbot, window, ready_paths, right=False)
    assert "✗" in screen.item_widget.result_label.text()  # type: ignore[union-attr]
    assert screen.progress.isVisible() and "toward mastery" in screen.progress.text()
    qtbot.mouseClick(screen.next, Qt.MouseButton.LeftButton)
    wait_for_item(qtbot, window)
    if screen.bundle.view.kind == "practice" and screen.bundle.view.item["type"] != "extended_text":
        answer(qtbot, window, ready_paths, right=True)
        assert "✓" in screen.item_widget.result_label.text()  # type: ignore[union-attr]
    qtbot.mouseClick(screen.home, Qt.MouseButton.LeftButton)
    assert window.current_screen == SCREEN_LEARNER
    summary = window.learner_home.summary
    assert summary.isVisible() and "This session:" in summary.text()
    assert f"of {screen.session.answered} answers right" in summary.text()
    window.close()


def test_the_activity_in_progress_comes_back_after_reopening(
    qtbot: QtBot, open_window: WindowFactory, ready_paths: DataPaths
) -> None:
    window = open_window(ready_paths)
    sign_in(qtbot, window, "ben")
    qtbot.mouseClick(window.learner_home.continue_button, Qt.MouseButton.LeftButton)
    wait_for_item(qtbot, window)
    shown = window.activity.bundle.view.item_id  # type: ignore[union-attr]
    window.close()
    again = open_window(ready_paths)
    sign_in(qtbot, again, "ben")
    qtbot.mouseClick(again.learner_home.continue_button, Qt.MouseButton.LeftButton)
    wait_for_item(qtbot, again)
    assert again.activity.bundle.view.item_id == shown  # type: ignore[union-attr]
    again.close()


def test_the_topic_map_shows_progress_in_words_and_opens_a_chosen_topic(
    qtbot: QtBot, open_window: WindowFactory, ready_paths: DataPaths
) -> None:
    window = open_window(ready_paths)
    sign_in(qtbot, window, "Wanjiru")
    topics = window.learner_home.topics
    qtbot.waitUntil(lambda: topics.count() > 0, timeout=10_000)
    texts = [topics.item(n).text() for n in range(topics.count())]
    assert any("🔒 locked" in text for text in texts)  # words and a sign, not colour alone
    assert any("○ not started" in text for text in texts)
    locked = next(n for n, text in enumerate(texts) if "locked" in text)
    assert not topics.item(locked).flags() & Qt.ItemFlag.ItemIsEnabled
    open_row = next(n for n, text in enumerate(texts) if "not started" in text)
    topics.setFocus()
    topics.setCurrentRow(open_row)
    with qtbot.waitSignal(window.learner_home.topic_chosen) as chosen:
        qtbot.keyClick(topics, Qt.Key.Key_Return)
    assert window.current_screen == SCREEN_ACTIVITY
    assert window.activity.topic == chosen.args[0]
    window.close()


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_the_student_screens_fit_small_laptops_with_text_at_150_percent(
    qtbot: QtBot, open_window: WindowFactory, ready_paths: DataPaths, size: tuple[int, int]
) -> None:
    from PySide6.QtWidgets import QApplication

    from tutor.ui.text_scale import apply_text_scale

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = open_window(ready_paths)
    sign_in(qtbot, window, "Ana")
    apply_text_scale(app, 150)
    window.resize(*size)
    for screen in ("home", "item"):
        if screen == "item":
            qtbot.mouseClick(window.learner_home.continue_button, Qt.MouseButton.LeftButton)
            wait_for_item(qtbot, window)
        qtbot.wait(50)
        hint = window.minimumSizeHint()
        assert hint.width() <= size[0] and hint.height() <= size[1], (screen, hint)
        assert window.width() <= size[0]
    area = window.activity.item_area
    assert not area.horizontalScrollBar().isVisible()
    window.close()
