"""Engine latency: choosing the next activity, a model update and a full prediction, at scale.

A synthetic curriculum of 200 skills (a prerequisite graph: each skill after 0 to 2 earlier
ones, one or two lessons each) and 10,000 items (50 a skill, difficulty priors -2.5 .. 2.5), the
shipped student model (default_model()) bound to it, and one learner whose state is built by
replaying 100,000 earlier answers (setup, not timed). The learner has mastered the first 110
skills in the curriculum's order (10 of them due for review), is learning the next 20 and has
not started the rest; the last 20 answers are the recent items.

Timed, one call at a time (time.perf_counter_ns, after a warm-up, with the garbage collector
off so that a collection of unrelated garbage does not land in one call's time):

* next: Policy.next_activity(situation), cycling through four situations: a review is due and
  spaced; a chosen topic behind unfinished prerequisites; two teacher assignments; none of
  these (continue a skill under way);
* update: Predictor.record(state, item, score, at), one answer (a model update);
* predict_all: Predictor.predict(state, now), P(right) for all 10,000 items;
* assess: mastery.assess() of the skill with the most attempts (its whole history replayed),
  the other work after an answer (informative; the issue sets no target for it);
* floor: a plain numpy dot product over arrays of the model's size, a (10,000 x 20) float64
  matrix (one row of 16 dense + 4 per-skill features an item) times a 20-vector.

Prints p50/p99 of each in ms and ratio = p99 / the floor's p99, measured in the same run.
Targets (issue): next p99 < 5 ms, update p99 < 1 ms. Ends with one key=value line.

    python benchmarks/engine.py [--quick]
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

from tutor.engine.curriculum import Curriculum, SkillPlan
from tutor.engine.features import DENSE_FEATURES, SKILL_FEATURES
from tutor.engine.mastery import MasteryStatus, SkillAttempt, assess
from tutor.engine.model import ItemInfo, Predictor, default_model
from tutor.engine.policy import Assignment, Policy, Situation, Why

SKILLS = 200
ITEMS_PER_SKILL = 50
EARLIER_ANSWERS = 100_000
MASTERED = 110  # the first skills in curriculum order, mastered ...
REVIEW_DUE = 10  # ... of which this many are due for review
LEARNING = 20  # the next skills, under way
RECENT = 20
START = 1_700_000_000.0  # seconds since the epoch: the first earlier answer


@dataclass(frozen=True)
class Figures:
    p50_ms: float
    p99_ms: float


def timed(call: Callable[[int], object], calls: int, warmup: int) -> Figures:
    """p50 and p99 of call(n) for n in range(calls), after `warmup` untimed calls."""
    for n in range(warmup):
        call(n)
    durations = np.empty(calls, dtype=np.float64)
    clock = time.perf_counter_ns
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        for n in range(calls):
            started = clock()
            call(n)
            durations[n] = clock() - started
    finally:
        if gc_was_enabled:
            gc.enable()
    p50, p99 = np.percentile(durations, [50, 99]) / 1e6
    return Figures(float(p50), float(p99))


def build_curriculum(rng: np.random.Generator) -> Curriculum:
    plans = []
    for n in range(SKILLS):
        count = min(int(rng.integers(0, 3)), n)
        earlier = sorted(rng.choice(n, size=count, replace=False).tolist()) if count else []
        prerequisites = tuple(f"skill-{p:03}" for p in earlier)
        lessons = tuple(f"lesson-{n:03}-{k}" for k in range(int(rng.integers(1, 3))))
        plans.append(SkillPlan(f"skill-{n:03}", prerequisites, lessons))
    items = [
        ItemInfo(f"item-{n:03}-{k:02}", f"skill-{n:03}", float(rng.uniform(-2.5, 2.5)))
        for n in range(SKILLS)
        for k in range(ITEMS_PER_SKILL)
    ]
    return Curriculum(plans, items)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="200 timed calls each, not 2,000")
    args = parser.parse_args()
    calls = 200 if args.quick else 2000
    warmup = calls // 10
    rng = np.random.default_rng(7)

    started = time.perf_counter()
    curriculum = build_curriculum(rng)
    predictor: Predictor = default_model().bind(curriculum.items)
    policy = Policy(curriculum, predictor)
    order = curriculum.order
    mastered, learning = order[:MASTERED], order[MASTERED : MASTERED + LEARNING]

    # Earlier answers: mostly on the skills mastered or under way, right more often than not.
    practised = np.array([curriculum.rows[s] for s in (*mastered, *learning)]).ravel()
    rows = rng.choice(practised, size=EARLIER_ANSWERS)
    scores = (rng.random(EARLIER_ANSWERS) < 0.72).astype(np.float64)
    times = START + np.cumsum(rng.uniform(5.0, 120.0, EARLIER_ANSWERS))
    answers = [
        (curriculum.items[row].item_id, curriculum.items[row].skill_id, score, at)
        for row, score, at in zip(rows.tolist(), scores.tolist(), times.tolist(), strict=True)
    ]
    state = predictor.replay(answers)
    now = float(times[-1]) + 60.0
    setup_seconds = time.perf_counter() - started

    status = {skill: MasteryStatus.MASTERED for skill in mastered}
    review = mastered[:: MASTERED // REVIEW_DUE][:REVIEW_DUE]
    status |= {skill: MasteryStatus.REVIEW_DUE for skill in review}
    status |= {skill: MasteryStatus.LEARNING for skill in learning}
    recall = {skill: 0.5 + 0.02 * n for n, skill in enumerate(review)}
    lessons_seen = frozenset(
        lesson for skill in (*mastered, *learning) for lesson in curriculum.skills[skill].lessons
    )
    recent = [item_id for item_id, *_ in answers[-RECENT:]]
    # A review answered last: the next review must wait (review_spacing), other branches decide.
    spaced_out = [*recent[1:], curriculum.items[int(curriculum.rows[review[0]][0])].item_id]
    base = Situation(state, status, recall, lessons_seen, spaced_out, now=now)
    unlocked = set(policy.unlocked(base))
    locked = next(skill for skill in reversed(order) if skill not in unlocked)
    situations = [
        replace(base, recent_items=recent),  # the review is spaced: it goes first
        replace(base, topic=locked),
        replace(
            base,
            assignments=(
                Assignment("homework", (order[150], order[160]), due=now + 86_400.0),
                Assignment("project", (order[-5],)),
            ),
        ),
        base,
    ]
    reasons: dict[Why, int] = {}
    for situation in situations:
        why = policy.next_activity(situation).why
        reasons[why] = reasons.get(why, 0) + 1

    floor_matrix = rng.random((len(curriculum.items), len(DENSE_FEATURES) + len(SKILL_FEATURES)))
    floor_vector = rng.random(floor_matrix.shape[1])
    update_items = [curriculum.items[int(row)].item_id for row in rng.choice(practised, calls)]
    update_scores = (rng.random(calls) < 0.7).astype(np.float64).tolist()

    busiest_skill = predictor.skill_ids[int(np.argmax(state.skill_attempts))]
    attempts = [
        SkillAttempt(score, curriculum.items[row].difficulty or 0.0, at)
        for row, score, at in zip(rows.tolist(), scores.tolist(), times.tolist(), strict=True)
        if curriculum.items[row].skill_id == busiest_skill
    ]
    typical = float(np.median(predictor.predict_rows(state, curriculum.rows[busiest_skill], now)))

    def next_call(n: int) -> object:
        return policy.next_activity(situations[n % len(situations)])

    def update_call(n: int) -> None:
        predictor.record(state, update_items[n], update_scores[n], now + n)

    def predict_call(_: int) -> object:
        return predictor.predict(state, now)

    def assess_call(_: int) -> object:
        return assess(attempts, typical, now)

    def floor_call(_: int) -> object:
        return floor_matrix @ floor_vector

    # Each in its own block of calls, the floor first.
    floor = timed(floor_call, calls, warmup)
    next_ = timed(next_call, calls, warmup)
    update = timed(update_call, calls, warmup)
    predict_all = timed(predict_call, calls, warmup)
    assessed = timed(assess_call, calls, warmup)

    def ratio(figures: Figures) -> float:
        return figures.p99_ms / floor.p99_ms

    print(
        f"catalog: {SKILLS} skills, {len(curriculum.items)} items, "
        f"{EARLIER_ANSWERS} earlier answers replayed (setup {setup_seconds:.1f} s); "
        f"{calls} timed calls each"
    )
    print("next_activity chose: " + ", ".join(f"{w.value} x{c}" for w, c in reasons.items()))
    rows_out = [
        ("floor: 10,000 x 20 @ 20 (numpy)", floor),
        ("next_activity", next_),
        ("record (model update)", update),
        ("predict all 10,000 items", predict_all),
        (f"assess ({len(attempts)} attempts)", assessed),
    ]
    for name, figures in rows_out:
        print(
            f"{name:34} p50 {figures.p50_ms:7.3f} ms   p99 {figures.p99_ms:7.3f} ms   "
            f"p99 ratio to floor {ratio(figures):6.1f}"
        )
    print(f"targets: next p99 {next_.p99_ms:.3f} ms (< 5), update p99 {update.p99_ms:.3f} ms (< 1)")
    print(
        f"skills={SKILLS} items={len(curriculum.items)} answers={EARLIER_ANSWERS} calls={calls} "
        f"next_p50_ms={next_.p50_ms:.3f} next_p99_ms={next_.p99_ms:.3f} "
        f"update_p50_ms={update.p50_ms:.4f} update_p99_ms={update.p99_ms:.4f} "
        f"predict_all_p50_ms={predict_all.p50_ms:.3f} "
        f"predict_all_p99_ms={predict_all.p99_ms:.3f} "
        f"assess_p99_ms={assessed.p99_ms:.3f} floor_p99_ms={floor.p99_ms:.4f} "
        f"next_ratio={ratio(next_):.1f} update_ratio={ratio(update):.2f} "
        f"predict_all_ratio={ratio(predict_all):.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
