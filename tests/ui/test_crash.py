"""Unexpected errors are logged in full and shown once, and the app keeps going."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tutor.logs import configure_logging
from tutor.paths import DataPaths
from tutor.ui.crash import CrashReporter


def raise_and_capture() -> tuple[type[BaseException], BaseException, object]:
    try:
        raise RuntimeError("disk on fire")
    except RuntimeError:
        kind, error, traceback = sys.exc_info()
    assert kind is not None and error is not None
    return kind, error, traceback


def test_an_unhandled_error_is_logged_with_its_traceback_and_shown_in_words(
    qtbot: QtBot, qapp: QApplication, data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure_logging(data_paths.log_file, to_stderr=False)
    reporter = CrashReporter(data_paths.log_file)
    shown: list[BaseException] = []
    monkeypatch.setattr(reporter, "show_dialog", lambda error, message=None: shown.append(error))

    kind, error, traceback = raise_and_capture()
    reporter.handle(kind, error, traceback)  # type: ignore[arg-type]

    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = data_paths.log_file.read_text(encoding="utf-8")
    assert "Unexpected error" in logged
    assert "RuntimeError: disk on fire" in logged
    assert "raise_and_capture" in logged
    assert shown == [error]
    assert reporter.reported == 1


def test_an_error_while_the_dialog_is_open_is_logged_without_a_second_dialog(
    qtbot: QtBot, data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    reporter = CrashReporter(data_paths.log_file)
    dialogs: list[BaseException] = []

    def show_dialog(error: BaseException, message: str | None = None) -> None:
        dialogs.append(error)
        kind, again, traceback = raise_and_capture()
        reporter.handle(kind, again, traceback)  # type: ignore[arg-type]

    monkeypatch.setattr(reporter, "show_dialog", show_dialog)
    kind, error, traceback = raise_and_capture()
    reporter.handle(kind, error, traceback)  # type: ignore[arg-type]
    assert len(dialogs) == 1
    assert reporter.reported == 2


def test_the_dialog_tells_people_where_the_details_are(qtbot: QtBot, data_paths: DataPaths) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    reporter = CrashReporter(data_paths.log_file)
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text() + "\n" + box.informativeText())
        box.accept()

    QTimer.singleShot(0, read_and_close)
    reporter.show_dialog(RuntimeError("x"))
    assert "saved are safe" in seen[0]
    assert str(data_paths.log_file) in seen[0]


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_real_qt_slot_reaches_the_reporter_and_the_app_goes_on(
    qtbot: QtBot,
    data_paths: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    from PySide6.QtCore import QObject, Signal, qInstallMessageHandler

    from tutor.ui.crash import install_exception_hook

    class Emitter(QObject):
        fired = Signal()

    reporter = CrashReporter(data_paths.log_file)
    shown: list[BaseException] = []
    monkeypatch.setattr(reporter, "show_dialog", lambda error, message=None: shown.append(error))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    install_exception_hook(reporter)
    request.addfinalizer(lambda: qInstallMessageHandler(None))
    after: list[str] = []

    def broken_slot() -> None:
        raise ZeroDivisionError("in a slot")

    emitter = Emitter()
    emitter.fired.connect(broken_slot)
    emitter.fired.connect(lambda: after.append("next slot ran"))
    emitter.fired.emit()

    assert [type(error) for error in shown] == [ZeroDivisionError]
    assert after == ["next slot ran"]


def test_job_failures_show_their_own_message_once_per_burst_and_never_offscreen(
    qtbot: QtBot, data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    reporter = CrashReporter(data_paths.log_file)
    messages: list[str | None] = []

    def show_dialog(error: BaseException, message: str | None = None) -> None:
        messages.append(message)
        reporter.report(OSError("again"), "second")  # arrives while the first is open

    monkeypatch.setattr(reporter, "show_dialog", show_dialog)
    reporter.report(OSError(28, "full"), "The disk is full.")
    assert messages == ["The disk is full."]
    assert reporter.reported == 2

    silent = CrashReporter(data_paths.log_file, dialogs=False)
    monkeypatch.setattr(silent, "show_dialog", lambda *args: messages.append("shown"))
    silent.report(OSError("x"), "y")
    assert messages == ["The disk is full."]
    assert silent.reported == 1
