"""`make screenshots`: render Tutor's screens offscreen into PNG files (for the README and docs).

    python -m tutor.ui.screenshots OUTPUT_DIR

Uses a temporary data directory and the real first-run path, so the pictures show what a newcomer
meets. Each file is written to a temporary name and renamed.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QWidget

from tutor.facade import Tutor
from tutor.fsutil import atomic_path
from tutor.paths import DataPaths
from tutor.ui.app import create_application
from tutor.ui.crash import CrashReporter
from tutor.ui.facade_thread import FacadeRunner
from tutor.ui.main_window import (
    SCREEN_FIRST_RUN,
    SCREEN_LEARNER,
    SCREEN_PICKER,
    MainWindow,
)
from tutor.ui.walkthrough import (
    SampleSchool,
    fill_school_setup,
    wait_for_screen,
)

SCREEN_SIZE = (1100, 700)


def save_picture(widget: QWidget, destination: Path) -> None:
    with atomic_path(destination) as temporary:
        if not widget.grab().save(str(temporary), "PNG"):
            raise OSError(f"could not write {destination}")
    print(destination)


def render_screens(output: Path) -> None:
    output.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    create_application([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="tutor-screens-") as temporary:
        paths = DataPaths(Path(temporary)).ensure()
        runner = FacadeRunner(lambda: Tutor.open(paths))
        window = MainWindow(runner, CrashReporter(paths.log_file))
        window.resize(*SCREEN_SIZE)
        window.show()
        try:
            if not wait_for_screen(window, SCREEN_FIRST_RUN):
                raise RuntimeError("the first-run wizard did not appear")
            save_picture(window, output / "first-run.png")
            school = SampleSchool()
            fill_school_setup(window.wizard, school)
            save_picture(window, output / "first-run-learners.png")
            window.wizard.accept()
            if not wait_for_screen(window, SCREEN_PICKER):
                raise RuntimeError("the profile picker did not appear")
            save_picture(window, output / "profile-picker.png")
            window.picker.list.setCurrentRow(1)
            window.picker.list.itemActivated.emit(window.picker.list.currentItem())
            if not wait_for_screen(window, SCREEN_LEARNER):
                raise RuntimeError("the learner's home did not appear")
            save_picture(window, output / "learner-home.png")
        finally:
            window.close()
            runner.shutdown()


if __name__ == "__main__":
    render_screens(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
