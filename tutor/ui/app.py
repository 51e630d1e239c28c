"""Start the desktop app: Qt set-up, translations, one instance per data dir, logging, crashes."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from tutor import APP_NAME, __version__
from tutor.cli_support import EXIT_ERROR
from tutor.logs import configure_logging
from tutor.paths import DataPaths
from tutor.ui.crash import CrashReporter, install_exception_hook
from tutor.ui.facade_thread import FacadeRunner
from tutor.ui.i18n import install_translators
from tutor.ui.main_window import FIRST_PAINT_MS, SCREEN_FIRST_RUN, SCREEN_PICKER, MainWindow
from tutor.ui.single_instance import SingleInstance, ask_running_instance_to_activate
from tutor.ui.start_state import SNAPSHOT_FILE

if TYPE_CHECKING:
    from tutor.facade import Tutor

log = logging.getLogger(__name__)

EXIT_ALREADY_RUNNING = 3
# Set (to anything) by benchmarks/startup.py: quit once the first screen is painted.
EXIT_WHEN_READY = "TUTOR_EXIT_WHEN_READY"
# Answering other launches starts this long after the window is shown; the database (and the
# log file) open after MainWindow's FIRST_PAINT_MS, which is longer.
AFTER_FIRST_PAINT_MS = FIRST_PAINT_MS // 2


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication (created once), named for settings, logs and the desktop."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(list(argv) if argv is not None else sys.argv)
    app.setApplicationDisplayName(APP_NAME)
    return app


def shows_dialogs() -> bool:
    """False on the offscreen platform, where a modal dialog would wait for no one."""
    return QGuiApplication.platformName() != "offscreen"


def report_startup_error(message: str) -> int:
    """Tell the person why Tutor cannot start (stderr, and a dialog where one can be seen)."""
    print(f"tutor: {message}", file=sys.stderr)
    create_application()
    if shows_dialogs():
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, message)
    return EXIT_ERROR


def run_app(paths: DataPaths) -> int:
    """Open the app on `paths` and run it until the window closes. Returns the exit code."""
    app = create_application()
    translators = install_translators(app)
    try:
        paths.ensure()
    except OSError as error:
        return report_startup_error(
            QCoreApplication.translate(
                "App",
                "Tutor cannot use its data folder {path} ({reason}). Ask whoever looks after "
                "this laptop to check that the folder exists and that you may write to it.",
            ).format(path=paths.root, reason=error.strerror or error)
        )
    instance = SingleInstance(paths)
    if not instance.acquire_lock():
        return _report_already_running(paths)
    window: MainWindow | None = None
    reporter = CrashReporter(paths.log_file, lambda: window, dialogs=shows_dialogs())
    install_exception_hook(reporter)
    runner = FacadeRunner(lambda: open_tutor(paths))
    window = MainWindow(runner, reporter, snapshot=paths.root / SNAPSHOT_FILE)
    instance.activation_requested.connect(window.bring_to_front)
    if os.environ.get(EXIT_WHEN_READY):
        window.screen_changed.connect(_quit_once_painted)
    window.show()
    # What the first screen does not need waits until it is painted (the database opens later
    # still: MainWindow's FIRST_PAINT_MS).
    QTimer.singleShot(AFTER_FIRST_PAINT_MS, lambda: _after_first_paint(paths, instance))
    if os.environ.get(EXIT_WHEN_READY):
        _quit_once_painted(window.current_screen)  # already there (the start snapshot)
    try:
        return app.exec()
    finally:
        runner.shutdown()
        instance.release()
        del translators
        log.info("Tutor closed")


def _after_first_paint(paths: DataPaths, instance: SingleInstance) -> None:
    instance.listen()


def open_tutor(paths: DataPaths) -> Tutor:
    """Open the data folder (on the database thread: the database layer is imported there, after
    the first screen is up). Logging to the data folder starts here, before anything else."""
    configure_logging(paths.log_file)
    log.info("Tutor %s starting with data directory %s", __version__, paths.root)
    from tutor.facade import Tutor

    return Tutor.open(paths)


def _quit_once_painted(screen: str) -> None:
    """For start-up benchmarks: once the first real screen has been painted (the event loop has
    run past it), print the wall-clock moment (`painted_at=<seconds since the epoch>`) and leave."""
    if screen in (SCREEN_PICKER, SCREEN_FIRST_RUN):
        QTimer.singleShot(0, _report_painted_and_quit)


def _report_painted_and_quit() -> None:
    QCoreApplication.processEvents()  # whatever paint is still pending, as the baseline does
    print(f"painted_at={time.time():.6f}", flush=True)
    QCoreApplication.quit()


def _report_already_running(paths: DataPaths) -> int:
    reached = ask_running_instance_to_activate(paths)
    message = QCoreApplication.translate(
        "App", "Tutor is already open on this computer for this data folder."
    )
    print(f"tutor: {message} ({paths.root})", file=sys.stderr)
    if not reached and shows_dialogs():
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(None, APP_NAME, message)
    return EXIT_ALREADY_RUNNING
