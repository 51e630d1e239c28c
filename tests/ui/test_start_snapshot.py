"""The start snapshot: the picker is painted from it before the database opens, and the
database's own state replaces it."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.sample_data import SAMPLE_SETUP
from tutor.facade import Tutor
from tutor.paths import DataPaths
from tutor.records import LearnerProfile
from tutor.ui.crash import CrashReporter
from tutor.ui.facade_thread import FacadeRunner
from tutor.ui.main_window import SCREEN_OPENING, SCREEN_PICKER, MainWindow
from tutor.ui.start_state import (
    SNAPSHOT_FILE,
    load_start_state,
    read_snapshot,
    write_snapshot,
)


def set_up(paths: DataPaths) -> None:
    tutor = Tutor.open(paths)
    try:
        tutor.complete_first_run(SAMPLE_SETUP)
    finally:
        tutor.close()


def test_a_snapshot_round_trips_and_a_bad_one_is_ignored(data_paths: DataPaths) -> None:
    set_up(data_paths)
    tutor = Tutor.open(data_paths)
    try:
        state = load_start_state(tutor)
    finally:
        tutor.close()
    path = data_paths.root / SNAPSHOT_FILE
    write_snapshot(path, state)
    assert read_snapshot(path) == state
    assert [p.name for p in data_paths.root.iterdir() if ".tmp" in p.name] == []
    for broken in ("", "{", '{"format": 1}', '{"format": 99, "set_up": true}', "[]"):
        path.write_text(broken, encoding="utf-8")
        assert read_snapshot(path) is None
    write_snapshot(path, state)
    write_snapshot(path, replace(state, set_up=False))  # never kept for a laptop not set up
    assert not path.exists()


def test_the_picker_is_painted_from_the_snapshot_before_the_database_opens(
    qtbot: QtBot, data_paths: DataPaths, reporter: CrashReporter
) -> None:
    set_up(data_paths)
    tutor = Tutor.open(data_paths)
    try:
        state = load_start_state(tutor)
    finally:
        tutor.close()
    stale = LearnerProfile("gone", "Left Last Year", "sun", False, False, None, None)
    snapshot = data_paths.root / SNAPSHOT_FILE
    write_snapshot(snapshot, replace(state, learners=[*state.learners, stale]))

    release = threading.Event()

    def slow_open() -> Tutor:
        release.wait(30)
        return Tutor.open(data_paths)

    runner = FacadeRunner(slow_open)
    try:
        window = MainWindow(runner, reporter, snapshot=snapshot)
        qtbot.addWidget(window)
        window.show()
        assert window.current_screen == SCREEN_PICKER  # before the database has opened
        assert "Left Last Year" in window.picker.learner_names()
        release.set()
        qtbot.waitUntil(
            lambda: "Left Last Year" not in window.picker.learner_names(), timeout=30_000
        )
        assert sorted(window.picker.learner_names()) == sorted(SAMPLE_SETUP.learner_names)
        qtbot.waitUntil(lambda: read_snapshot(snapshot) == state, timeout=30_000)
        window.close()
    finally:
        release.set()
        runner.shutdown()


def test_without_a_snapshot_the_window_waits_for_the_database(
    qtbot: QtBot, data_paths: DataPaths, reporter: CrashReporter, tmp_path: Path
) -> None:
    set_up(data_paths)
    runner = FacadeRunner(lambda: Tutor.open(data_paths))
    try:
        window = MainWindow(runner, reporter, snapshot=tmp_path / "none.json")
        qtbot.addWidget(window)
        assert window.current_screen == SCREEN_OPENING
        qtbot.waitUntil(lambda: window.current_screen == SCREEN_PICKER, timeout=30_000)
        qtbot.waitUntil(lambda: (tmp_path / "none.json").exists(), timeout=30_000)
        window.close()
    finally:
        runner.shutdown()
