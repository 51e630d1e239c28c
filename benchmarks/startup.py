"""Start-up time against a bare Qt program measured in the same run.

Tutor is started as a person starts it, with the `tutor` command. Two figures: `tutor
--smoke-test` (a first run: creating the database, the wizard, storing the set-up, showing the
picker; the whole process against the baseline's whole process), and a
set-up laptop's everyday start: from launching the process until the profile picker is painted
(told by TUTOR_EXIT_WHEN_READY, the app prints the moment, `painted_at=`, then quits) against the
baseline's launch until its window is painted (it prints the same line). The baseline is the least
any Qt app pays: start Python, import QtWidgets, create the application, show one widget. Absolute
times vary with the machine; the ratios are the figures to compare. Tutor's modules are compiled
to bytecode first and the children may use the cache, as on an installed laptop.

    python benchmarks/startup.py [--quick]

Ends with one line of key=value figures.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import tutor as tutor_package
from tutor.ui.app import EXIT_WHEN_READY

BASELINE = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("Tutor")
label.show()
app.processEvents()
import time
print(f"painted_at={time.time():.6f}", flush=True)
"""


def set_up_laptop(folder: Path) -> Path:
    """A data folder after the first run (a class of five), as a school laptop starts."""
    from tutor.facade import Tutor
    from tutor.paths import DataPaths
    from tutor.records import FirstRunSetup

    paths = DataPaths(folder / "data")
    tutor = Tutor.open(paths)
    try:
        tutor.complete_first_run(
            FirstRunSetup(
                "Laptop 1",
                "Hillside",
                "Grace",
                "grace",
                "chalk-and-slate-42",
                "Class 4",
                ("Amani", "Beatriz", "Chen", "Dembe", "Esther"),
            )
        )
    finally:
        tutor.close()
    return paths.root


def launcher() -> list[str]:
    """How a person starts Tutor: the `tutor` command the install made (run by this Python),
    or `python -m tutor` where there is none."""
    script = Path(sys.executable).parent / "tutor"
    return [sys.executable, str(script)] if script.is_file() else [sys.executable, "-m", "tutor"]


def child_environment(extra: dict[str, str] | None = None) -> dict[str, str]:
    """Offscreen, and with Python's bytecode cache in use, as on an installed laptop (pip and the
    installers compile every module; a shell may have PYTHONDONTWRITEBYTECODE set)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(extra or {})}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def timed_run(command: list[str], extra: dict[str, str] | None = None) -> float:
    env = child_environment(extra)
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env, capture_output=True)
    return 1000 * (time.perf_counter() - started)


def time_to_paint(command: list[str], extra: dict[str, str] | None = None) -> float:
    """Milliseconds from launching `command` to the `painted_at=` moment it prints."""
    env = child_environment(extra)
    launched = time.time()
    result = subprocess.run(command, check=True, env=env, capture_output=True, text=True)
    painted = next(
        float(line.split("=", 1)[1])
        for line in result.stdout.splitlines()
        if line.startswith("painted_at=")
    )
    return 1000 * (painted - launched)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 runs each instead of 15")
    args = parser.parse_args()
    runs = 3 if args.quick else 15
    compileall.compile_dir(Path(tutor_package.__file__).parent, quiet=1)  # as pip does on install
    baseline: list[float] = []
    tutor: list[float] = []
    for _ in range(runs):  # interleaved, so machine noise hits both alike
        baseline.append(timed_run([sys.executable, "-c", BASELINE]))
        tutor.append(timed_run([*launcher(), "--smoke-test"]))
    picker: list[float] = []
    painted: list[float] = []
    with tempfile.TemporaryDirectory(prefix="tutor-startup-") as folder:
        data = set_up_laptop(Path(folder))
        env = {EXIT_WHEN_READY: "1", "TUTOR_DATA_DIR": str(data)}
        time_to_paint(launcher(), env)  # as after any earlier start
        for _ in range(runs):
            painted.append(time_to_paint([sys.executable, "-c", BASELINE]))
            picker.append(time_to_paint(launcher(), env))
    picker_ms = statistics.median(picker)
    painted_baseline_ms = statistics.median(painted)
    baseline_ms = statistics.median(baseline)
    tutor_ms = statistics.median(tutor)
    ratio = tutor_ms / baseline_ms
    print(f"bare Qt start (baseline):        median {baseline_ms:7.1f} ms over {runs} runs")
    print(f"tutor --smoke-test (first run):  median {tutor_ms:7.1f} ms over {runs} runs")
    print(f"ratio: {ratio:.2f}x the baseline")
    picker_ratio = picker_ms / painted_baseline_ms
    # Each Tutor start against the baseline start just before it (the same moment's machine
    # load), and the fastest of each (noise only ever adds time).
    paired_ratio = statistics.median(t / b for t, b in zip(picker, painted, strict=True))
    fastest_ratio = min(picker) / min(painted)
    print(f"bare Qt start, launch to window painted: median {painted_baseline_ms:7.1f} ms")
    print(f"set-up laptop, launch to profile picker painted: median {picker_ms:7.1f} ms")
    print(f"ratio: {picker_ratio:.2f}x the baseline (target <= 1.5)")
    print(
        f"median of paired ratios: {paired_ratio:.2f}x; fastest against fastest: "
        f"{fastest_ratio:.2f}x"
    )
    print(
        f"runs={runs} baseline_ms={baseline_ms:.1f} smoke_test_ms={tutor_ms:.1f} ratio={ratio:.2f} "
        f"painted_baseline_ms={painted_baseline_ms:.1f} picker_ms={picker_ms:.1f} "
        f"picker_ratio={picker_ratio:.2f} paired_ratio={paired_ratio:.2f} "
        f"fastest_ratio={fastest_ratio:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
