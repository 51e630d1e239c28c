"""The student model's features: one formula for fitting many rows and for one next answer.

A learner's history before an answer is summarised by counters (Counters); features() turns
counters into the model's inputs. Fitting (vectorised over every attempt, tutor.engine.history)
and the laptop's online model (one learner, tutor.engine.model) both call features(), so the two
cannot drift apart.

Guarantees: features() is pure and vectorised (arrays of any equal length, no Python loop per
row); every output is finite for any counters that counting can produce (counts >= 0, wins <=
attempts, 0 < expected < 1, hours >= 0).
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import numpy.typing as npt

Array = npt.NDArray[np.float64]

# Recent-answer windows: the last few answers say more about "now" than the whole history.
SKILL_SHORT_WINDOW = 3
SKILL_LONG_WINDOW = 10
TOTAL_WINDOW = 5

# Inputs shared by every skill (one weight each), in the order of the weight vector.
DENSE_FEATURES = (
    "bias",
    "log_total_right",  # log(1 + answers right, all skills)
    "log_total_wrong",
    "log_item_right",  # log(1 + earlier right answers to this very item)
    "log_item_wrong",
    "skill_recent_rate",  # share right of the last 3 answers on the skill (0 if none)
    "skill_has_recent",  # 1 if the skill was practised before
    "skill_window_rate",  # share right of the last 10 answers on the skill
    "total_window_rate",  # share right of the last 5 answers, all skills
    "total_rate",  # smoothed share right, all skills
    "skill_rate",  # smoothed share right on the skill
    "total_residual",  # how much better than expected (items' mean correctness), all skills
    "skill_residual",  # the same on the skill
    "item_expected",  # the item's mean correctness over learners, centred on the overall mean
    "item_logit",  # logit of the item's mean correctness
    "log_hours_since_skill",  # log(1 + hours since the skill was last practised); 0 if unknown
)
# Inputs with one weight per skill (learning rates differ between skills, as in PFA).
SKILL_FEATURES = ("skill_bias", "skill_log_right", "skill_log_wrong", "skill_recent")


class Counters(NamedTuple):
    """What a learner's history held before an answer; each field an array (one per answer)
    or a float. Scores count as wins (a half-right answer is half a win)."""

    total_attempts: Array
    total_wins: Array
    total_residual: Array  # sum of (score - item's expected correctness)
    total_window_attempts: Array  # within the last TOTAL_WINDOW answers
    total_window_wins: Array
    skill_attempts: Array
    skill_wins: Array
    skill_residual: Array
    skill_short_attempts: Array  # within the last SKILL_SHORT_WINDOW answers on the skill
    skill_short_wins: Array
    skill_long_attempts: Array  # within the last SKILL_LONG_WINDOW answers on the skill
    skill_long_wins: Array
    item_attempts: Array
    item_wins: Array
    hours_since_skill: Array  # 0 when never practised or times are unknown
    expected: Array  # the item's mean correctness over learners, strictly inside (0, 1)


def _rate(wins: Array, attempts: Array) -> Array:
    return np.where(attempts > 0, wins / np.maximum(attempts, 1.0), 0.0)


def features(counters: Counters, mean: float) -> tuple[Array, Array]:
    """(dense, per_skill): arrays of shape (n, len(DENSE_FEATURES)) and (n, len(SKILL_FEATURES))
    for n answers; `mean` is the overall share of right answers the model was fitted on."""
    c = counters
    expected = np.asarray(c.expected, dtype=np.float64)
    n = expected.shape[0] if expected.ndim else 1
    recent = _rate(c.skill_short_wins, c.skill_short_attempts)
    dense = np.column_stack(
        [
            np.ones(n),
            np.log1p(c.total_wins),
            np.log1p(c.total_attempts - c.total_wins),
            np.log1p(c.item_wins),
            np.log1p(c.item_attempts - c.item_wins),
            recent,
            (np.asarray(c.skill_short_attempts) > 0).astype(np.float64),
            _rate(c.skill_long_wins, c.skill_long_attempts),
            _rate(c.total_window_wins, c.total_window_attempts),
            (c.total_wins + 2.0) / (c.total_attempts + 3.0),
            (c.skill_wins + 1.0) / (c.skill_attempts + 2.0),
            c.total_residual / (c.total_attempts + 3.0),
            c.skill_residual / (c.skill_attempts + 3.0),
            expected - mean,
            np.log(expected / (1.0 - expected)),
            np.log1p(c.hours_since_skill),
        ]
    )
    per_skill = np.column_stack(
        [
            np.ones(n),
            np.log1p(c.skill_wins),
            np.log1p(c.skill_attempts - c.skill_wins),
            np.where(np.asarray(c.skill_short_attempts) > 0, recent - 0.5, 0.0),
        ]
    )
    return dense, per_skill
