"""Start-up time: `tutor --smoke-test` against a bare Qt program measured in the same run.

The baseline is the least any Qt app pays: start Python, import QtWidgets, create the application,
show one widget. The ratio says how much Tutor adds on top (creating the database, the wizard,
storing the set-up, showing the picker). Absolute times vary with the machine; the ratio is stable.

    python benchmarks/startup.py [--quick]

Ends with one line of key=value figures.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

BASELINE = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("Tutor")
label.show()
app.processEvents()
"""


def timed_run(command: list[str]) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env, capture_output=True)
    return 1000 * (time.perf_counter() - started)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 runs each instead of 10")
    args = parser.parse_args()
    runs = 3 if args.quick else 10
    baseline: list[float] = []
    tutor: list[float] = []
    for _ in range(runs):  # interleaved, so machine noise hits both alike
        baseline.append(timed_run([sys.executable, "-c", BASELINE]))
        tutor.append(timed_run([sys.executable, "-m", "tutor", "--smoke-test"]))
    baseline_ms = statistics.median(baseline)
    tutor_ms = statistics.median(tutor)
    ratio = tutor_ms / baseline_ms
    print(f"bare Qt start (baseline):        median {baseline_ms:7.1f} ms over {runs} runs")
    print(f"tutor --smoke-test (first run):  median {tutor_ms:7.1f} ms over {runs} runs")
    print(f"ratio: {ratio:.2f}x the baseline")
    print(
        f"runs={runs} baseline_ms={baseline_ms:.1f} smoke_test_ms={tutor_ms:.1f} ratio={ratio:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
