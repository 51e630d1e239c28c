"""Attempt logs: many learners' answers as arrays, the form the student model is fitted from.

Guarantees: AttemptLog.build() keeps each learner's answers in their answer order (by time, and
by the given order for equal times), codes learners, items and skills as 0-based ints whose
names are kept, and checks every score is in [0, 1] and every time finite (ValueError naming the
row otherwise). It reads no file: tutor.engine.evaluate reads the tab-separated form.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from tutor.engine.features import Array

IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True)
class AttemptLog:
    learner: IntArray
    item: IntArray
    skill: IntArray
    score: Array
    time: Array
    learner_ids: tuple[str, ...]
    item_ids: tuple[str, ...]
    skill_ids: tuple[str, ...]

    def __len__(self) -> int:
        return int(self.score.shape[0])

    @classmethod
    def build(
        cls,
        learners: Sequence[str] | npt.NDArray[np.str_],
        items: Sequence[str] | npt.NDArray[np.str_],
        skills: Sequence[str] | npt.NDArray[np.str_],
        scores: Sequence[float] | Array,
        times: Sequence[float] | Array | None = None,
    ) -> AttemptLog:
        score = np.asarray(scores, dtype=np.float64)
        n = score.shape[0]
        time = np.zeros(n) if times is None else np.asarray(times, dtype=np.float64)
        columns = {"learner": learners, "item": items, "skill": skills, "time": time}
        for name, column in columns.items():
            if len(column) != n:
                raise ValueError(f"{name} has {len(column)} values for {n} scores")
        bad = np.flatnonzero(~((score >= 0.0) & (score <= 1.0)))
        if bad.size:
            raise ValueError(f"row {bad[0] + 1}: score {score[bad[0]]} is not between 0 and 1")
        bad = np.flatnonzero(~np.isfinite(time))
        if bad.size:
            raise ValueError(f"row {bad[0] + 1}: time {time[bad[0]]} is not a number")
        learner_ids, learner = np.unique(np.asarray(learners, dtype=str), return_inverse=True)
        item_ids, item = np.unique(np.asarray(items, dtype=str), return_inverse=True)
        skill_ids, skill = np.unique(np.asarray(skills, dtype=str), return_inverse=True)
        order = np.lexsort((np.arange(n), time, learner))
        return cls(
            learner=learner[order].astype(np.int64),
            item=item[order].astype(np.int64),
            skill=skill[order].astype(np.int64),
            score=score[order],
            time=time[order],
            learner_ids=tuple(str(x) for x in learner_ids),
            item_ids=tuple(str(x) for x in item_ids),
            skill_ids=tuple(str(x) for x in skill_ids),
        )

    def item_skills(self) -> dict[str, str]:
        """Each item's skill: the one it is logged with most often (ties: the first in order)."""
        pairs = self.item * len(self.skill_ids) + self.skill
        keys, counts = np.unique(pairs, return_counts=True)
        best: dict[int, tuple[int, int]] = {}
        for key, count in zip(keys.tolist(), counts.tolist(), strict=True):
            item, skill = divmod(key, len(self.skill_ids))
            if item not in best or count > best[item][1]:
                best[item] = (skill, count)
        return {self.item_ids[i]: self.skill_ids[s] for i, (s, _) in best.items()}
