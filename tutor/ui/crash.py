"""Unexpected errors: logged in full, shown to people in words, and the app keeps running.

`install_exception_hook` replaces sys.excepthook (errors in Qt slots and event handlers land there)
and threading.excepthook. Each error is logged with its traceback; on the UI thread a dialog says
what happened and where the details are. A burst of errors shows one dialog, not a cascade.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QThread,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("tutor.crash")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


class CrashReporter:
    """Logs unhandled exceptions and shows a friendly dialog for them."""

    def __init__(self, log_file: Path, parent: Callable[[], QWidget | None] | None = None) -> None:
        self.log_file = log_file
        self._parent = parent or (lambda: None)
        self._showing = False
        self.reported = 0

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        traceback: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, traceback)
            return
        self.reported += 1
        log.error("Unexpected error", exc_info=(kind, error, traceback))
        app = QApplication.instance()
        if app is None or QThread.currentThread() is not app.thread() or self._showing:
            return
        self._showing = True
        try:
            self.show_dialog(error)
        finally:
            self._showing = False

    def show_dialog(self, error: BaseException) -> None:
        box = QMessageBox(self._parent())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("CrashDialog", "Something went wrong"))
        box.setText(
            QCoreApplication.translate(
                "CrashDialog",
                "Tutor ran into a problem it did not expect. Answers that were already saved are "
                "safe. You can keep working; if this happens again, tell your teacher.",
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "CrashDialog",
                "Details for whoever looks after this laptop are in the log file:\n{path}",
            ).format(path=self.log_file)
        )
        box.setDetailedText(f"{type(error).__name__}: {error}")
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()


_QT_LOG_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_qt_log = logging.getLogger("tutor.qt")


def log_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's diagnostics (missing fonts, bad style sheets...) go to Tutor's log, not the console."""
    _qt_log.log(_QT_LOG_LEVELS.get(kind, logging.WARNING), "%s", message)


def install_exception_hook(reporter: CrashReporter) -> None:
    """Route every unhandled exception, on any thread, to `reporter`, and Qt's own warnings to
    the log."""
    sys.excepthook = reporter.handle
    qInstallMessageHandler(log_qt_message)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        error = args.exc_value or args.exc_type()
        reporter.handle(args.exc_type, error, args.exc_traceback)

    threading.excepthook = thread_hook
