"""`tutor --smoke-test`: start the real app offscreen in a temporary data directory, walk the
first run to the profile picker, print how long each step took, and exit 0 (1 on any failure).

Installers and CI run it to prove a build starts and stores data, without a screen.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from tutor.cli_support import EXIT_ERROR, EXIT_OK


class SmokeTestError(RuntimeError):
    pass


class StepClock:
    """Records the duration of each named step and prints it as it finishes."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self._last = self.started

    def step(self, name: str) -> None:
        now = time.perf_counter()
        print(f"  {name:<50} {1000 * (now - self._last):8.1f} ms", flush=True)
        self._last = now

    @property
    def total_ms(self) -> float:
        return 1000 * (self._last - self.started)


def run_smoke_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print("Tutor smoke test", flush=True)
    clock = StepClock()
    try:
        with tempfile.TemporaryDirectory(prefix="tutor-smoke-") as temporary:
            _walk_first_run(Path(temporary), clock)
    except SmokeTestError as failure:
        print(f"smoke test FAILED: {failure}", file=sys.stderr)
        return EXIT_ERROR
    print(f"  {'total':<50} {clock.total_ms:8.1f} ms")
    print("smoke test passed")
    print(f"result=passed total_ms={clock.total_ms:.1f}")
    return EXIT_OK


def _walk_first_run(data_dir: Path, clock: StepClock) -> None:
    from tutor.facade import Tutor
    from tutor.logs import configure_logging
    from tutor.paths import DataPaths

    paths = DataPaths(data_dir).ensure()
    configure_logging(paths.log_file)
    clock.step("import the app")

    from tutor.ui.app import create_application
    from tutor.ui.crash import CrashReporter, install_exception_hook
    from tutor.ui.facade_thread import FacadeRunner
    from tutor.ui.i18n import install_translators
    from tutor.ui.main_window import SCREEN_FIRST_RUN, SCREEN_PICKER, MainWindow
    from tutor.ui.walkthrough import SampleSchool, fill_school_setup, wait_for_screen

    app = create_application([sys.argv[0]])
    translators = install_translators(app)
    clock.step("start Qt")

    runner = FacadeRunner(lambda: Tutor.open(paths))
    reporter = CrashReporter(paths.log_file, dialogs=False)
    install_exception_hook(reporter)
    window = MainWindow(runner, reporter)
    window.show()
    try:
        if not wait_for_screen(window, SCREEN_FIRST_RUN):
            raise SmokeTestError(f"no first-run wizard (screen: {window.current_screen!r})")
        clock.step("create the database, show the first-run wizard")

        school = SampleSchool()
        fill_school_setup(window.wizard, school)
        clock.step("fill in the first-run wizard")

        window.wizard.accept()
        if not wait_for_screen(window, SCREEN_PICKER):
            raise SmokeTestError(f"no profile picker (screen: {window.current_screen!r})")
        clock.step("store the set-up, show the profile picker")

        shown = window.picker.learner_names()
        if shown != sorted(school.learner_names, key=str.casefold):
            raise SmokeTestError(f"the picker shows {shown}, not {school.learner_names}")
        if reporter.reported:
            raise SmokeTestError(f"{reporter.reported} error(s) reported; see {paths.log_file}")
    finally:
        window.close()
        runner.shutdown()
        del translators
    clock.step("close")
