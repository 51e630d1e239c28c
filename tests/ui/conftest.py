"""Fixtures for UI tests: a real MainWindow on a real data directory, offscreen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tutor.facade import Tutor
from tutor.paths import DataPaths
from tutor.ui.crash import CrashReporter
from tutor.ui.facade_thread import FacadeRunner
from tutor.ui.i18n import switch_language
from tutor.ui.main_window import MainWindow
from tutor.ui.text_scale import apply_text_scale

WindowFactory = Callable[[DataPaths], MainWindow]


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data").ensure()


@pytest.fixture
def reporter(data_paths: DataPaths) -> CrashReporter:
    return CrashReporter(data_paths.log_file)


@pytest.fixture
def open_window(
    qtbot: QtBot, qapp: QApplication, reporter: CrashReporter
) -> Iterator[WindowFactory]:
    """Open MainWindow on a data directory; every runner is shut down after the test."""
    runners: list[FacadeRunner] = []

    def factory(paths: DataPaths) -> MainWindow:
        switch_language(qapp, None)  # the laptop's language, with the English counts, as at start
        runner = FacadeRunner(lambda: Tutor.open(paths))
        runners.append(runner)
        window = MainWindow(runner, reporter)
        qtbot.addWidget(window)
        window.show()
        return window

    yield factory
    for runner in runners:
        runner.shutdown()
    apply_text_scale(qapp, 100)
