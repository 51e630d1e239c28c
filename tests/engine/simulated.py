"""Simulated attempt logs for the student model's tests: a known world of items and learners."""

from __future__ import annotations

import numpy as np

from tutor.engine.attempts import AttemptLog


def simulated_log(learners: int, seed: int, *, times: bool = True) -> tuple[AttemptLog, np.ndarray]:
    """Learners with hidden ability answer items of hidden difficulty on 6 skills, and learn:
    each right or wrong answer on a skill raises their skill by a skill-specific rate. The items
    and rates are the same world for every seed; the learners and their answers differ."""
    world = np.random.default_rng(0)
    skills, items_per_skill = 6, 15
    difficulty = world.normal(0.0, 1.0, skills * items_per_skill)
    rate = world.uniform(0.05, 0.4, skills)
    rng = np.random.default_rng(seed)
    rows: list[tuple[str, str, str, float, float]] = []
    for learner in range(learners):
        ability = rng.normal(0.0, 1.0)
        knowledge = np.zeros(skills)
        clock = 1_600_000_000.0 + rng.uniform(0, 1e6)
        for _ in range(int(rng.integers(5, 60))):
            skill = int(rng.integers(skills))
            item = skill * items_per_skill + int(rng.integers(items_per_skill))
            p = 1.0 / (1.0 + np.exp(-(ability + knowledge[skill] - difficulty[item])))
            right = float(rng.random() < p)
            knowledge[skill] += rate[skill]
            clock += rng.uniform(10, 90_000)
            rows.append((f"learner-{learner}", f"item {item}", f"skill-{skill}", right, clock))
    learner_ids, item_ids, skill_ids, scores, clocks = zip(*rows, strict=True)
    log = AttemptLog.build(learner_ids, item_ids, skill_ids, scores, clocks if times else None)
    return log, difficulty
