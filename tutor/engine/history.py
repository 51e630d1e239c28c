"""Counting many learners' histories at once: the Counters before every answer of an attempt log.

Guarantees: history_counters() is vectorised (sorts and cumulative sums; no Python loop per
attempt), and the counters it gives for an answer depend only on the same learner's earlier
answers (rows before it in the log), exactly as tutor.engine.model counts them one answer at a
time. Rows must be in each learner's answer order; learners' rows may interleave.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from tutor.engine.features import (
    SKILL_LONG_WINDOW,
    SKILL_SHORT_WINDOW,
    TOTAL_WINDOW,
    Array,
    Counters,
)

IntArray = npt.NDArray[np.int64]
SECONDS_PER_HOUR = 3600.0


class _Groups:
    """Rows sorted by group, keeping row order inside a group, with each row's place in it."""

    def __init__(self, keys: IntArray) -> None:
        n = keys.shape[0]
        self.order = np.lexsort((np.arange(n), keys))
        sorted_keys = keys[self.order]
        starts = np.ones(n, dtype=bool)
        starts[1:] = sorted_keys[1:] != sorted_keys[:-1]
        position = np.arange(n)
        self.first = np.maximum.accumulate(np.where(starts, position, 0))
        self.position = position
        self.starts = starts

    def _unsort(self, values: Array) -> Array:
        out = np.empty_like(values)
        out[self.order] = values
        return out

    def count_before(self) -> Array:
        return self._unsort((self.position - self.first).astype(np.float64))

    def sum_before(self, values: Array) -> Array:
        """Per row: the sum of values over the group's earlier rows."""
        running = np.concatenate(([0.0], np.cumsum(values[self.order])))
        return self._unsort(running[self.position] - running[self.first])

    def window_before(self, values: Array, size: int) -> tuple[Array, Array]:
        """Per row: (how many, sum of values) over the group's last `size` earlier rows."""
        running = np.concatenate(([0.0], np.cumsum(values[self.order])))
        low = np.maximum(self.position - size, self.first)
        count = (self.position - low).astype(np.float64)
        return self._unsort(count), self._unsort(running[self.position] - running[low])

    def previous(self, values: Array) -> tuple[Array, Array]:
        """Per row: (1 if the group has an earlier row else 0, that row's value or 0)."""
        ordered = values[self.order]
        has = ~self.starts
        before = np.zeros_like(ordered)
        before[1:] = ordered[:-1]
        return self._unsort(has.astype(np.float64)), self._unsort(np.where(has, before, 0.0))


def _pair_keys(a: IntArray, b: IntArray) -> IntArray:
    """One int64 key per (a, b) pair of non-negative codes."""
    width = int(b.max()) + 1 if b.size else 1
    return a.astype(np.int64) * width + b.astype(np.int64)


def history_counters(
    learner: IntArray,
    item: IntArray,
    skill: IntArray,
    score: Array,
    time: Array,
    expected: Array,
) -> Counters:
    """The Counters before each row. learner, item and skill are non-negative int codes; score
    in [0, 1]; time in seconds (all 0 when unknown); expected is each row's item's expected
    correctness in (0, 1)."""
    residual = score - expected
    by_learner = _Groups(learner)
    by_skill = _Groups(_pair_keys(learner, skill))
    by_item = _Groups(_pair_keys(learner, item))
    total_window = by_learner.window_before(score, TOTAL_WINDOW)
    short = by_skill.window_before(score, SKILL_SHORT_WINDOW)
    long = by_skill.window_before(score, SKILL_LONG_WINDOW)
    has_before, time_before = by_skill.previous(time)
    hours = np.where(has_before > 0, np.maximum(time - time_before, 0.0) / SECONDS_PER_HOUR, 0.0)
    return Counters(
        total_attempts=by_learner.count_before(),
        total_wins=by_learner.sum_before(score),
        total_residual=by_learner.sum_before(residual),
        total_window_attempts=total_window[0],
        total_window_wins=total_window[1],
        skill_attempts=by_skill.count_before(),
        skill_wins=by_skill.sum_before(score),
        skill_residual=by_skill.sum_before(residual),
        skill_short_attempts=short[0],
        skill_short_wins=short[1],
        skill_long_attempts=long[0],
        skill_long_wins=long[1],
        item_attempts=by_item.count_before(),
        item_wins=by_item.sum_before(score),
        hours_since_skill=hours,
        expected=expected,
    )
