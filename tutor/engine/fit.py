"""Fitting the student model on many learners' histories, and predicting a whole log at once.

Guarantees:
* fit_model() is vectorised end to end: counting (tutor.engine.history), features and L-BFGS
  passes are numpy array work, never a Python loop per attempt.
* An item's expected correctness, an input of the model, is computed for each training answer
  without that learner's own answers to the item (leave-learner-out), so no answer leaks into
  its own prediction.
* predict_log() predicts every answer of a log from the same learner's earlier answers only,
  with exactly the numbers the laptop's Predictor gives one answer at a time.
"""

from __future__ import annotations

import numpy as np

from tutor.engine.attempts import AttemptLog
from tutor.engine.features import Array, features
from tutor.engine.history import history_counters
from tutor.engine.logistic import Design, fit_logistic, sigmoid
from tutor.engine.model import ItemInfo, StudentModel, clip_expected

SMOOTHING = 5.0  # an item's mean correctness counts this many answers at the overall mean
L2 = 1e-5


def item_means(log: AttemptLog, mean: float) -> tuple[Array, Array]:
    """(per item: smoothed mean correctness; per answer: the same without the learner's own
    answers to that item)."""
    items = len(log.item_ids)
    right = np.bincount(log.item, weights=log.score, minlength=items)
    seen = np.bincount(log.item, minlength=items).astype(np.float64)
    pair = log.learner * items + log.item
    _, which = np.unique(pair, return_inverse=True)
    own_right = np.bincount(which, weights=log.score)[which]
    own_seen = np.bincount(which).astype(np.float64)[which]
    per_item = clip_expected((right + SMOOTHING * mean) / (seen + SMOOTHING))
    per_answer = clip_expected(
        (right[log.item] - own_right + SMOOTHING * mean) / (seen[log.item] - own_seen + SMOOTHING)
    )
    return per_item, per_answer


def fit_model(log: AttemptLog, *, l2: float = L2, max_iterations: int = 300) -> StudentModel:
    """Fit the model on a log (at least one right and one wrong answer)."""
    if len(log) == 0 or np.all(log.score == log.score[0]):
        raise ValueError("fitting needs answers, some right and some wrong")
    mean = float(np.mean(log.score))
    per_item, per_answer = item_means(log, mean)
    counters = history_counters(log.learner, log.item, log.skill, log.score, log.time, per_answer)
    dense, per_skill = features(counters, mean)
    design = Design(dense, per_skill, log.skill, len(log.skill_ids), log.item, len(log.item_ids))
    weights = fit_logistic(design, log.score, l2=l2, max_iterations=max_iterations)
    usage = np.bincount(log.skill, minlength=len(log.skill_ids)).astype(np.float64)
    skill_default = (usage @ weights.per_skill) / usage.sum()
    return StudentModel(
        mean=mean,
        dense=weights.dense,
        skill_default=skill_default,
        skills={s: weights.per_skill[n].copy() for n, s in enumerate(log.skill_ids)},
        items={
            item: (float(weights.item[n]), float(per_item[n]))
            for n, item in enumerate(log.item_ids)
        },
        about={
            "answers": len(log),
            "learners": len(log.learner_ids),
            "items": len(log.item_ids),
            "skills": len(log.skill_ids),
            "iterations": weights.iterations,
        },
    )


def predict_log(model: StudentModel, log: AttemptLog) -> Array:
    """P(right) for every answer of the log (in the log's row order) from the learner's earlier
    answers, items and skills looked up in the model by id."""
    infos = [ItemInfo(item, "") for item in log.item_ids]
    expected = np.array([model.expected_for(info) for info in infos])[log.item]
    bias = np.array([model.items.get(item, (0.0, 0.0))[0] for item in log.item_ids])[log.item]
    skill_weights = np.array(
        [model.skills.get(skill, model.skill_default) for skill in log.skill_ids]
    )[log.skill]
    counters = history_counters(log.learner, log.item, log.skill, log.score, log.time, expected)
    dense, per_skill = features(counters, model.mean)
    logits = dense @ model.dense + np.einsum("ij,ij->i", per_skill, skill_weights) + bias
    return sigmoid(logits)
