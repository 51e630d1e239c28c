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
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger("tutor.crash")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


class CrashReporter:
    """Logs unhandled exceptions and shows a friendly dialog for them."""

    def __init__(
        self,
        log_file: Path,
        parent: Callable[[], QWidget | None] | None = None,
        *,
        dialogs: bool = True,
    ) -> None:
        """`dialogs=False` only logs and counts (offscreen runs, where a modal dialog would
        wait for no one)."""
        self.log_file = log_file
        self._parent = parent or (lambda: None)
        self._dialogs = dialogs
        self._showing = False
        self.reported = 0

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        traceback: TracebackType | None,
    ) -> None:
        """An unhandled exception: log it with its traceback and tell the person."""
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, traceback)
            return
        log.error("Unexpected error", exc_info=(kind, error, traceback))
        self._tell(error, None)

    def report(self, error: BaseException, message: str) -> None:
        """A failed background job (logged where it failed): show `message` for it."""
        self._tell(error, message)

    def _tell(self, error: BaseException, message: str | None) -> None:
        self.reported += 1
        app = QApplication.instance()
        on_ui_thread = app is not None and QThread.currentThread() is app.thread()
        if not self._dialogs or not on_ui_thread or self._showing:
            return
        self._showing = True
        try:
            self.show_dialog(error, message)
        finally:
            self._showing = False

    def show_dialog(self, error: BaseException, message: str | None = None) -> None:
        """A modal dialog: `message`, or by default that something unexpected happened."""
        from PySide6.QtWidgets import QMessageBox  # only when there is something to tell

        box = QMessageBox(self._parent())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("CrashDialog", "Something went wrong"))
        box.setText(
            message
            or QCoreApplication.translate(
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
