"""`tutor --smoke-test`: passes on a working build and fails when anything goes wrong."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest
from PySide6.QtCore import qInstallMessageHandler
from pytestqt.qtbot import QtBot

from tutor.ui.profile_picker import ProfilePicker
from tutor.ui.smoke import run_smoke_test


def test_the_smoke_test_walks_the_first_run_and_prints_each_step() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tutor", "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any("show the first-run wizard" in line and line.endswith("ms") for line in lines)
    assert any("show the profile picker" in line and line.endswith("ms") for line in lines)
    assert lines[-1].startswith("result=passed total_ms=")


@pytest.mark.qt_no_exception_capture
def test_the_smoke_test_fails_when_a_screen_raises(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)

    def broken_focus(self: ProfilePicker) -> None:
        raise RuntimeError("the picker broke")

    monkeypatch.setattr(ProfilePicker, "focus_list", broken_focus)
    try:
        assert run_smoke_test() == 1
    finally:
        qInstallMessageHandler(None)
    assert "error(s) reported" in capsys.readouterr().err
