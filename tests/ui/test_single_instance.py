"""One app instance per data directory; a second launch brings the first to the front."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from tutor.paths import DataPaths
from tutor.ui.app import EXIT_ALREADY_RUNNING
from tutor.ui.single_instance import SingleInstance


def test_a_second_holder_of_the_same_data_dir_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    paths = DataPaths(tmp_path)
    first = SingleInstance(paths)
    second = SingleInstance(paths)
    other = SingleInstance(DataPaths(tmp_path / "elsewhere"))
    try:
        assert first.acquire()
        assert not second.acquire()
        assert other.acquire()
    finally:
        first.release()
        other.release()
    assert second.acquire()
    second.release()


def test_a_second_launch_says_tutor_is_open_and_activates_the_first(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = DataPaths(tmp_path)
    first = SingleInstance(paths)
    assert first.acquire()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TUTOR_SITE_CONFIG": str(tmp_path / "x")}
    try:
        with qtbot.waitSignal(first.activation_requested, timeout=20_000):
            launch = subprocess.Popen(
                [sys.executable, "-m", "tutor", "--data-dir", str(tmp_path)],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        _, stderr = launch.communicate(timeout=30)
    finally:
        first.release()
    assert launch.returncode == EXIT_ALREADY_RUNNING
    assert "already open" in stderr
