"""How well predicted probabilities match outcomes: AUC, log loss and RMSE.

Guarantees: each is vectorised (a sort and sums), takes outcomes in [0, 1] (only 0/1 outcomes
count as negatives/positives for AUC; ties in predictions get half credit, as the
Mann-Whitney statistic defines) and raises ValueError for empty input or mismatched lengths.
"""

from __future__ import annotations

import numpy as np

from tutor.engine.features import Array

CLIP = 1e-15


def _check(y: Array, p: Array) -> None:
    if y.shape != p.shape or y.size == 0:
        raise ValueError(f"need equal, non-empty outcomes and predictions ({y.shape}, {p.shape})")


def auc(y: Array, p: Array) -> float:
    """Area under the ROC curve; ValueError if the outcomes are all one class."""
    _check(y, p)
    positive = y >= 0.5
    n_pos = int(positive.sum())
    n_neg = y.size - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("AUC needs both right and wrong answers")
    order = np.argsort(p, kind="mergesort")
    _, first, counts = np.unique(p[order], return_index=True, return_counts=True)
    average_rank = first + (counts + 1) / 2.0  # 1-based rank, ties averaged
    ranks = np.empty(p.size)
    ranks[order] = np.repeat(average_rank, counts)
    return float((ranks[positive].sum() - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg))


def log_loss(y: Array, p: Array) -> float:
    _check(y, p)
    q = np.clip(p, CLIP, 1.0 - CLIP)
    return float(-np.mean(y * np.log(q) + (1.0 - y) * np.log(1.0 - q)))


def rmse(y: Array, p: Array) -> float:
    _check(y, p)
    return float(np.sqrt(np.mean((y - p) ** 2)))
