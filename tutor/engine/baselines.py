"""Reference models fitted in the same run as the student model, to compare it against.

* item_difficulty: one bias per item (IRT's 1PL without learner ability: what an item's own
  difficulty predicts);
* pfa: Performance Factors Analysis (Pavlik et al. 2009): per skill, an easiness and weights
  for the learner's earlier right and wrong answers on that skill.

Guarantees: fitted with the same vectorised fitter as the student model; a test log's items or
skills unseen in training get the average effect (0 bias, mean weights).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from tutor.engine.attempts import AttemptLog
from tutor.engine.features import Array
from tutor.engine.history import history_counters
from tutor.engine.logistic import Design, Weights, fit_logistic, sigmoid

Predict = Callable[[AttemptLog], Array]


def _codes(ids: tuple[str, ...], known: tuple[str, ...]) -> Array:
    """Each id's index in known, or -1."""
    where = {name: n for n, name in enumerate(known)}
    return np.array([where.get(name, -1) for name in ids], dtype=np.int64)


def item_difficulty(train: AttemptLog) -> Predict:
    n = len(train)
    design = Design(
        np.ones((n, 1)), np.zeros((n, 0)), np.zeros(n, np.int64), 1, train.item, len(train.item_ids)
    )
    weights = fit_logistic(design, train.score)

    def predict(log: AttemptLog) -> Array:
        code = _codes(log.item_ids, train.item_ids)[log.item]
        bias = np.where(code >= 0, weights.item[np.maximum(code, 0)], 0.0)
        return sigmoid(weights.dense[0] + bias)

    return predict


def _pfa_inputs(log: AttemptLog) -> Array:
    zero = np.zeros(len(log))
    counters = history_counters(log.learner, log.item, log.skill, log.score, log.time, zero + 0.5)
    wins = counters.skill_wins
    return np.column_stack([np.ones(len(log)), wins, counters.skill_attempts - wins])


def pfa(train: AttemptLog) -> Predict:
    n = len(train)
    design = Design(np.zeros((n, 0)), _pfa_inputs(train), train.skill, len(train.skill_ids))
    weights: Weights = fit_logistic(design, train.score)
    usage = np.bincount(train.skill, minlength=len(train.skill_ids)).astype(np.float64)
    average = (usage @ weights.per_skill) / usage.sum()

    def predict(log: AttemptLog) -> Array:
        code = _codes(log.skill_ids, train.skill_ids)[log.skill]
        per_skill = np.where((code >= 0)[:, None], weights.per_skill[np.maximum(code, 0)], average)
        return sigmoid(np.einsum("ij,ij->i", _pfa_inputs(log), per_skill))

    return predict
