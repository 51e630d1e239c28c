"""Teacher dashboard: how long opening it takes on a class with a long history.

Sets up a laptop with one generated pack of 30 skills (8 numeric items each, a prerequisite chain
in blocks of five) and one class: 40 learners and 50,000 answers by default (1,250 each), spread
over weeks, inserted directly, so they lack the model's figures an answer given in the app
stores. Times, through the facade:

* the first open (grid + needs-help list): needs-help replays each learner once and stores the
  figures of the answers it reads;
* the dashboard opening as a teacher meets it every other time: the class × skill grid and the
  needs-help list (median of 5 opens) — the target is under 300 ms;
* one learner's page and the per-item statistics.

The baseline, in the same run, is reading the class's answers with one SQL query (the least any
view of them costs).

    python benchmarks/dashboard.py [--quick]

Ends with one line of key=value figures (seconds, and the open as a ratio of the baseline).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEMO_KEY = PROJECT_ROOT / "content_packs" / "demo-publisher.key"
sys.path.insert(0, str(PROJECT_ROOT))

from tutor.content.build import build_pack  # noqa: E402
from tutor.content.signing import load_private_key, public_key_of  # noqa: E402
from tutor.content.source import load_source  # noqa: E402
from tutor.facade import Tutor  # noqa: E402
from tutor.paths import DataPaths  # noqa: E402
from tutor.records import FirstRunSetup  # noqa: E402

SKILLS = 30
ITEMS_PER_SKILL = 8


def write_pack_source(folder: Path) -> Path:
    """A pack source of SKILLS skills with ITEMS_PER_SKILL numeric items each."""
    (folder / "items").mkdir(parents=True)
    (folder / "lessons").mkdir()
    (folder / "pack.toml").write_text(
        'format = 1\nid = "org.tutor.bench.dashboard"\nversion = "1.0.0"\nlanguage = "en"\n'
        'grade_band = "3-5"\nlicence = "CC0-1.0"\npublisher = "Benchmark"\n'
        '[title]\nen = "Dashboard benchmark"\n',
        encoding="utf-8",
    )
    skills = []
    for number in range(SKILLS):
        prerequisite = "" if number % 5 == 0 else f'prerequisites = ["s{number - 1}"]\n'
        skills.append(f'[[skill]]\nid = "s{number}"\ntitle = "Skill {number}"\n{prerequisite}')
    (folder / "skills.toml").write_text("\n".join(skills), encoding="utf-8")
    items = []
    for number in range(SKILLS):
        for item in range(ITEMS_PER_SKILL):
            items.append(
                f"=== s{number}-q{item}\ntype: numeric\nskill: s{number}\n"
                f"difficulty: {item / 4 - 1:.2f}\nprompt: What is {number} + {item}?\n"
                f"answer: {number + item}\n"
            )
    (folder / "items" / "sums.txt").write_text("".join(items), encoding="utf-8")
    return folder


def set_up(root: Path, learners: int, answers: int) -> tuple[str, str]:
    """A laptop whose class has `answers` stored answers per learner; (class id, a learner)."""
    tutor = Tutor.open(DataPaths(root))
    names = tuple(f"Learner {number}" for number in range(learners))
    tutor.complete_first_run(
        FirstRunSetup("Laptop", "School", "Teacher", "teacher", "long-enough-pass", "Class", names)
    )
    key = load_private_key(DEMO_KEY)
    tutor.trust_key(public_key_of(key, "benchmark"), "Benchmark")
    pack = root.parent / "dashboard.tutorpack"
    build_pack(load_source(write_pack_source(root.parent / "pack-source")), pack, key)
    tutor.install_pack(pack)
    items = sorted(tutor._learning.catalog().item_skills.items())
    device = tutor.device()
    class_id = tutor.teaching.classes.classes()[0].id
    tutor.close()
    assert device is not None
    db = sqlite3.connect(root / "tutor.sqlite3")
    learner_ids = [row[0] for row in db.execute("SELECT id FROM learners ORDER BY id")]
    rng = random.Random(1)
    start = datetime(2026, 1, 5, 8)
    sequence = 0
    rows = []
    for learner in learner_ids:
        skill_level = {skill: rng.uniform(0.3, 0.95) for _, skill in items}
        for number in range(answers):
            sequence += 1
            item, skill = items[rng.randrange(len(items))]
            right = rng.random() < skill_level[skill]
            when = start + timedelta(days=number // 40, minutes=number % 40)
            rows.append(
                (
                    str(uuid.uuid4()),
                    device.id,
                    sequence,
                    learner,
                    item,
                    skill,
                    '{"value": "1"}',
                    float(right),
                    right,
                    0,
                    20_000,
                    when.isoformat(sep=" "),
                    when.isoformat(sep=" "),
                    "practice",
                )
            )
    db.executemany(
        "INSERT INTO attempt_events (id, device_id, sequence, learner_id, item_id, skill_id, "
        "response, score, correct, hints_used, duration_ms, answered_at, recorded_at, context) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    db.execute("UPDATE devices SET last_sequence = ?", (sequence,))
    db.commit()
    db.close()
    return class_id, learner_ids[0]


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10 learners × 300 answers")
    args = parser.parse_args()
    learners, answers = (10, 300) if args.quick else (40, 1250)
    with tempfile.TemporaryDirectory(prefix="tutor-dashboard-") as temporary:
        root = Path(temporary) / "data"
        class_id, learner = set_up(root, learners, answers)
        tutor = Tutor.open(DataPaths(root))
        try:
            dashboard = tutor.teaching.dashboard
            tutor._learning.catalog()  # the catalog and model load once, before any timing

            def read_answers() -> None:
                with tutor._db.read() as session:
                    session.connection().exec_driver_sql(
                        "SELECT item_id, skill_id, score, answered_at, response FROM "
                        "attempt_events WHERE learner_id IN (SELECT learner_id FROM "
                        "class_memberships WHERE class_id = ?)",
                        (class_id,),
                    ).fetchall()

            def open_dashboard() -> None:
                dashboard.class_grid(class_id)
                dashboard.needs_help(class_id)

            baseline = min(timed(read_answers) for _ in range(3))
            first_open = timed(open_dashboard)
            opens = sorted(timed(open_dashboard) for _ in range(5))
            dashboard_open = opens[len(opens) // 2]
            grid = min(timed(lambda: dashboard.class_grid(class_id)) for _ in range(3))
            needs_help = min(timed(lambda: dashboard.needs_help(class_id)) for _ in range(3))
            page = timed(lambda: dashboard.learner_report(learner))
            items = timed(lambda: dashboard.item_stats(class_id))
        finally:
            tutor.close()
    total = learners * answers
    print(f"{learners} learners × {answers} answers ({total} stored)")
    print(f"baseline (read the class's answers): {baseline:.3f} s")
    for name, seconds in (
        ("first open", first_open),
        ("dashboard open", dashboard_open),
        ("  grid", grid),
        ("  needs help", needs_help),
        ("learner page", page),
        ("item statistics", items),
    ):
        print(f"{name:16} {seconds:7.3f} s  ({seconds / baseline:6.1f}× the baseline)")
    print(f"target: the dashboard opens in under 0.300 s: {dashboard_open:.3f} s")
    print(
        f"learners={learners} answers_each={answers} answers={total} baseline_s={baseline:.3f} "
        f"first_open_s={first_open:.3f} open_s={dashboard_open:.3f} "
        f"open_ratio={dashboard_open / baseline:.1f} grid_s={grid:.3f} "
        f"needs_help_s={needs_help:.3f} learner_page_s={page:.3f} item_stats_s={items:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
