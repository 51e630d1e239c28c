"""The idle watcher: `idle` after a quiet spell, never while someone is using the laptop."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from tutor.facade import Tutor
from tutor.learner_secrets import DEFAULT_IDLE_SIGN_OUT_MINUTES
from tutor.paths import DataPaths
from tutor.ui.facade_thread import FacadeRunner
from tutor.ui.idle import MS_PER_MINUTE, IdleWatcher

QUIET_MS = 400


@pytest.fixture
def watcher() -> Iterator[IdleWatcher]:
    watcher = IdleWatcher(timeout_ms=QUIET_MS)
    yield watcher
    watcher.stop()
    watcher.deleteLater()


@pytest.fixture
def field(qtbot: QtBot) -> QLineEdit:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    return field


def test_idle_is_emitted_after_the_quiet_time(qtbot: QtBot, watcher: IdleWatcher) -> None:
    started = time.monotonic()
    with qtbot.waitSignal(watcher.idle, timeout=3_000):
        pass
    assert time.monotonic() - started >= QUIET_MS / 1000 * 0.9


def test_idle_is_emitted_once_per_quiet_spell(qtbot: QtBot, watcher: IdleWatcher) -> None:
    seen: list[float] = []
    watcher.idle.connect(lambda: seen.append(time.monotonic()))
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=3_000)
    qtbot.wait(QUIET_MS * 2)
    assert len(seen) == 1


def test_typing_and_the_mouse_keep_the_learner_signed_in(
    qtbot: QtBot, watcher: IdleWatcher, field: QLineEdit
) -> None:
    seen: list[str] = []
    watcher.idle.connect(lambda: seen.append("idle"))
    watcher.poke()
    deadline = time.monotonic() + QUIET_MS * 4 / 1000
    step = 0
    while time.monotonic() < deadline:
        if step % 2:
            qtbot.keyClick(field, Qt.Key.Key_A)
        else:
            qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(5 + step % 20, 5))
        step += 1
        qtbot.wait(QUIET_MS // 5)
    assert seen == []
    assert field.text()  # the keys reached the field: the watcher consumes nothing
    with qtbot.waitSignal(watcher.idle, timeout=3_000):
        pass  # and once the input stops, idle comes


def test_a_stopped_watcher_stays_quiet_until_started(qtbot: QtBot, watcher: IdleWatcher) -> None:
    seen: list[str] = []
    watcher.idle.connect(lambda: seen.append("idle"))
    watcher.stop()
    assert not watcher.watching
    qtbot.wait(QUIET_MS * 2)
    assert seen == []
    watcher.start()
    assert watcher.watching
    qtbot.waitUntil(lambda: seen == ["idle"], timeout=3_000)


def test_the_time_is_set_in_minutes_from_the_laptops_setting(
    qtbot: QtBot, watcher: IdleWatcher, data_paths: DataPaths
) -> None:
    default = IdleWatcher()
    assert default.timeout_ms == DEFAULT_IDLE_SIGN_OUT_MINUTES * MS_PER_MINUTE
    default.stop()
    watcher.set_timeout_minutes(500)
    assert watcher.timeout_ms == 120 * MS_PER_MINUTE
    tutor = Tutor.open(data_paths)
    try:
        tutor.set_idle_sign_out_minutes(7)
    finally:
        tutor.close()
    runner = FacadeRunner(lambda: Tutor.open(data_paths))
    try:
        watcher.load_setting(runner)
        qtbot.waitUntil(lambda: watcher.timeout_ms == 7 * MS_PER_MINUTE, timeout=10_000)
    finally:
        runner.shutdown()


def test_an_unreadable_setting_keeps_the_time_and_reports_no_error(
    qtbot: QtBot, watcher: IdleWatcher
) -> None:
    def cannot_open() -> Tutor:
        raise OSError("no database")

    runner = FacadeRunner(cannot_open)
    failures: list[BaseException] = []
    runner.failed.connect(failures.append)
    try:
        watcher.load_setting(runner)
        qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    finally:
        runner.shutdown()
    assert failures == []
    assert watcher.timeout_ms == QUIET_MS
