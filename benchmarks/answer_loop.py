"""Answer loop: Submit -> stored and graded (feedback can show), with many attempts stored.

Sets up a laptop (the sample class, the bundled packs), fills the database with earlier answers
(1,000,000 by default, spread over 1,000 learners, 2,000 of them the first timed learner's
own; when a learner has mastered everything the next one signs in), then times the facade's
submit_answer() plus next_activity() for the following item: everything
between the learner pressing Submit and the feedback (and the next item) being ready. The
baseline, in the same run and on the same disk, is a bare SQLite INSERT + COMMIT with the same
durability settings (WAL, synchronous=FULL): the least any durable answer costs.

    python benchmarks/answer_loop.py [--quick]

Ends with one line of key=value figures. Target (issue): p99 < 50 ms.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
WARM_UP = 5  # the first answers fill SQLAlchemy's statement caches: not counted
sys.path.insert(0, str(PROJECT_ROOT))

from tests.sample_data import SAMPLE_SETUP  # noqa: E402
from tutor.engine.answers import right_response, wrong_response  # noqa: E402
from tutor.facade import Tutor  # noqa: E402
from tutor.paths import DataPaths  # noqa: E402


def fill(database: Path, total: int, learners: int, own: int, timed: str) -> None:
    """Insert `total` attempt events: `own` for the timed learner, the rest spread over others."""
    db = sqlite3.connect(database)
    try:
        device = db.execute("SELECT id FROM devices WHERE is_this_device").fetchone()[0]
        items = db.execute("SELECT id, skill_id FROM items").fetchall()
        now = datetime.now(UTC)
        others = [str(uuid.uuid4()) for _ in range(learners - 1)]
        db.executemany(
            "INSERT INTO learners (id, display_name, avatar, created_at, updated_at) "
            "VALUES (?, ?, '', ?, ?)",
            [(lid, f"Learner {n}", now, now) for n, lid in enumerate(others)],
        )
        rng = random.Random(0)

        def rows() -> Iterator[tuple[object, ...]]:
            for sequence in range(1, total + 1):
                learner = timed if sequence <= own else others[sequence % len(others)]
                item, skill = items[rng.randrange(len(items))]
                at = now - timedelta(seconds=total - sequence)
                score = float(rng.random() < 0.65)
                yield (
                    str(uuid.uuid4()),
                    device,
                    sequence,
                    learner,
                    item,
                    skill,
                    '{"value": 0}',
                    score,
                    score == 1.0,
                    0,
                    1000,
                    "practice",
                    at,
                    at,
                )

        db.executemany(
            "INSERT INTO attempt_events (id, device_id, sequence, learner_id, item_id, skill_id, "
            "response, score, correct, hints_used, duration_ms, context, answered_at, "
            "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows(),
        )
        db.execute("UPDATE devices SET last_sequence = ? WHERE id = ?", (total, device))
        db.commit()
    finally:
        db.close()


def bare_insert_ms(folder: Path, runs: int) -> list[float]:
    db = sqlite3.connect(folder / "bare.sqlite3", isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE t (id TEXT PRIMARY KEY, payload TEXT)")
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        db.execute("BEGIN IMMEDIATE")
        db.execute("INSERT INTO t VALUES (?, ?)", (str(uuid.uuid4()), '{"value": 0}'))
        db.execute("COMMIT")
        times.append(1000 * (time.perf_counter() - started))
    db.close()
    return times


def p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100)[98] if len(values) >= 2 else values[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="50,000 attempts, 60 answers")
    args = parser.parse_args()
    total, answers = (50_000, 80) if args.quick else (1_000_000, 400)

    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        paths = DataPaths(folder / "data")
        tutor = Tutor.open(paths)
        tutor.complete_first_run(SAMPLE_SETUP)
        tutor.install_bundled_packs()
        timed = next(p.id for p in tutor.learners() if p.display_name == "Ana")
        tutor.close()
        started = time.perf_counter()
        fill(paths.database, total, 1_000, 2_000, timed)
        print(f"stored {total:,} earlier answers in {time.perf_counter() - started:.1f} s")

        tutor = Tutor.open(paths)
        started = time.perf_counter()
        view = tutor.next_activity(timed)  # the first call loads the learner's history
        print(f"sign-in (load 2,000 own answers): {1000 * (time.perf_counter() - started):.0f} ms")
        loop: list[float] = []
        rng = random.Random(1)
        # When a learner has mastered everything, the next one signs in (not timed).
        queue = [p.id for p in tutor.learners() if p.id != timed]
        while len(loop) < answers:
            if view.kind == "lesson":
                tutor.lesson_seen(timed, view.lesson_id or "")
                view = tutor.next_activity(timed)
                continue
            if view.item is None or view.item_id is None:
                if not queue:
                    break
                timed = queue.pop(0)
                view = tutor.next_activity(timed)
                continue
            response = (
                right_response(view.item) if rng.random() < 0.7 else wrong_response(view.item)
            )
            begun = time.perf_counter()
            tutor.submit_answer(timed, view.item_id, response)
            view = tutor.next_activity(timed)
            loop.append(1000 * (time.perf_counter() - begun))
        tutor.close()
        loop = loop[WARM_UP:]
        bare = bare_insert_ms(folder, len(loop))

    loop_p50, loop_p99 = statistics.median(loop), p99(loop)
    bare_p50, bare_p99 = statistics.median(bare), p99(bare)
    print(
        f"submit + next activity: p50 {loop_p50:6.2f} ms  p99 {loop_p99:6.2f} ms  "
        f"({len(loop)} answers after {WARM_UP} to warm up; slowest {max(loop):.1f} ms)"
    )
    print(f"bare INSERT + COMMIT:   p50 {bare_p50:6.2f} ms  p99 {bare_p99:6.2f} ms")
    print(f"ratio (p99): {loop_p99 / bare_p99:.1f}; target p99 < 50 ms")
    print(
        f"attempts={total} answers={len(loop)} loop_p50_ms={loop_p50:.2f} "
        f"loop_p99_ms={loop_p99:.2f} bare_p50_ms={bare_p50:.2f} bare_p99_ms={bare_p99:.2f} "
        f"ratio_p99={loop_p99 / bare_p99:.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
