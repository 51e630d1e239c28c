"""SIGKILL mid-practice: every answer whose feedback was shown is stored exactly once, and the
learner resumes. A child process practises through the facade and prints each answer's id the
moment submit_answer returns (when the app shows feedback); the test kills it at a random
moment, reopens the data folder and checks."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tutor.facade import Tutor
from tutor.paths import DataPaths

PROJECT_ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import sys
    from tutor.engine.answers import right_response, wrong_response
    from tutor.facade import Tutor
    from tutor.paths import DataPaths

    tutor = Tutor.open(DataPaths(__import__("pathlib").Path(sys.argv[1])))
    learner = next(p.id for p in tutor.learners() if p.display_name == "Ana")
    n = 0
    while True:
        view = tutor.next_activity(learner)
        if view.kind == "lesson":
            tutor.lesson_seen(learner, view.lesson_id)
            continue
        if view.kind == "done":
            break
        response = right_response(view.item) if n % 3 else wrong_response(view.item)
        outcome = tutor.submit_answer(learner, view.item_id, response)
        print("SHOWN", outcome.attempt_id, flush=True)
        n += 1
    """
)


def stored_ids(root: Path) -> list[str]:
    db = sqlite3.connect(root / "tutor.sqlite3")
    try:
        return [row[0] for row in db.execute("SELECT id FROM attempt_events")]
    finally:
        db.close()


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(4))
def test_killed_mid_practice_nothing_shown_is_lost(data_dir: Path, seed: int) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir)],
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)},
    )
    assert child.stdout is not None
    shown: list[str] = []
    wanted = random.Random(seed).randint(3, 25)  # answers before the kill
    started = time.monotonic()
    while len(shown) < wanted and time.monotonic() - started < 60:
        line = child.stdout.readline()
        if not line:
            break
        if line.startswith("SHOWN "):
            shown.append(line.split()[1])
    time.sleep(random.Random(seed).random() * 0.02)  # somewhere inside the next answer
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert len(shown) == wanted, child.stderr.read() if child.stderr else ""
    # Feedback the child showed after the last line read here is still in the pipe.
    shown += [
        line.split()[1] for line in child.stdout.read().splitlines() if line.startswith("SHOWN ")
    ]

    ids = stored_ids(data_dir)
    assert set(shown) <= set(ids), "an answer whose feedback was shown is missing"
    assert len(ids) == len(set(ids))
    assert len(ids) - len(shown) <= 1  # at most the answer in flight, committed before its print
    tutor = Tutor.open(DataPaths(data_dir))
    try:
        ana = next(p.id for p in tutor.learners() if p.display_name == "Ana")
        view = tutor.next_activity(ana)
        assert view.kind in ("placement", "lesson", "practice")
        db = sqlite3.connect(data_dir / "tutor.sqlite3")
        try:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        finally:
            db.close()
    finally:
        tutor.close()
