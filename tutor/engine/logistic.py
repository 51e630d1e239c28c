"""Fitting a regularised logistic regression with per-skill and per-item weights, vectorised.

The design has three blocks for n rows:
* dense: an (n, d) matrix with one shared weight per column;
* per skill: an (n, k) matrix whose row r is weighted by skill[r]'s own k weights;
* per item (optional): one bias per item code.
logit = dense @ w + sum(per_skill * W[skill], axis=1) + b[item].

Guarantees: fit_logistic() minimises mean log loss + l2/2 * |weights|^2 (bias column included)
with L-BFGS; every pass over the data is numpy array work (matrix products and bincount), with
no Python loop per row; it always returns finite weights (it stops at max_iterations). The
loss is convex, so the result does not depend on a random start.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from tutor.engine.features import Array

IntArray = npt.NDArray[np.int64]
Objective = Callable[[Array], tuple[float, Array]]


@dataclass(frozen=True)
class Design:
    dense: Array  # (n, d)
    per_skill: Array  # (n, k)
    skill: IntArray  # (n,) codes 0 .. skills - 1
    skills: int
    item: IntArray | None = None  # (n,) codes 0 .. items - 1, or None: no item biases
    items: int = 0


@dataclass(frozen=True)
class Weights:
    dense: Array  # (d,)
    per_skill: Array  # (skills, k)
    item: Array  # (items,), empty without item biases
    iterations: int

    def logits(self, design: Design) -> Array:
        z = design.dense @ self.dense
        z += np.einsum("ij,ij->i", design.per_skill, self.per_skill[design.skill])
        if design.item is not None:
            z += self.item[design.item]
        return np.asarray(z, dtype=np.float64)


def sigmoid(z: Array) -> Array:
    return np.asarray(0.5 * (1.0 + np.tanh(0.5 * z)), dtype=np.float64)


def _unpack(x: Array, design: Design) -> Weights:
    d, k = design.dense.shape[1], design.per_skill.shape[1]
    dense = x[:d]
    per_skill = x[d : d + design.skills * k].reshape(design.skills, k)
    item = x[d + design.skills * k :]
    return Weights(dense, per_skill, item, 0)


def fit_logistic(
    design: Design,
    y: Array,
    *,
    l2: float = 1e-5,
    max_iterations: int = 300,
    tolerance: float = 1e-7,
) -> Weights:
    """Fit the weights to outcomes y in [0, 1] (fractions are soft labels)."""
    n, d = design.dense.shape
    k = design.per_skill.shape[1]
    # Scale dense columns to unit spread so one step size suits every weight.
    spread = design.dense.std(axis=0)
    scale = np.where(spread > 1e-12, 1.0 / np.maximum(spread, 1e-12), 1.0)
    scale[np.all(design.dense == design.dense[:1], axis=0)] = 1.0  # constant columns (bias)
    scaled = Design(
        design.dense * scale,
        design.per_skill,
        design.skill,
        design.skills,
        design.item,
        design.items,
    )

    def objective(x: Array) -> tuple[float, Array]:
        weights = _unpack(x, scaled)
        p = sigmoid(weights.logits(scaled))
        eps = 1e-12
        loss = -np.mean(y * np.log(p + eps) + (1.0 - y) * np.log(1.0 - p + eps))
        r = (p - y) / n
        grad_dense = scaled.dense.T @ r
        grad_skill = (
            np.column_stack(
                [
                    np.bincount(
                        scaled.skill, weights=scaled.per_skill[:, j] * r, minlength=scaled.skills
                    )
                    for j in range(k)
                ]
            ).reshape(-1)
            if k
            else np.zeros(0)
        )
        grad_item = (
            np.bincount(scaled.item, weights=r, minlength=scaled.items)
            if scaled.item is not None
            else np.zeros(0)
        )
        grad = np.concatenate([grad_dense, grad_skill, grad_item]) + l2 * x
        return float(loss + 0.5 * l2 * float(x @ x)), grad

    size = d + design.skills * k + (design.items if design.item is not None else 0)
    x, iterations = lbfgs(objective, np.zeros(size), max_iterations, tolerance)
    fitted = _unpack(x, scaled)
    return Weights(fitted.dense * scale, fitted.per_skill, fitted.item, iterations)


def lbfgs(
    objective: Objective, start: Array, max_iterations: int, tolerance: float, memory: int = 10
) -> tuple[Array, int]:
    """Minimise a smooth function with limited-memory BFGS and a backtracking (Armijo) line
    search; returns (argmin, iterations). Stops when the relative decrease is below tolerance."""
    x = start.copy()
    value, grad = objective(x)
    steps: list[Array] = []
    changes: list[Array] = []
    iteration = 0
    while iteration < max_iterations:
        iteration += 1
        direction = _two_loop(grad, steps, changes)
        slope = float(grad @ direction)
        if slope >= 0.0:  # not a descent direction: restart from steepest descent
            steps.clear()
            changes.clear()
            direction, slope = -grad, -float(grad @ grad)
        step = 1.0
        while True:
            candidate = x + step * direction
            new_value, new_grad = objective(candidate)
            if new_value <= value + 1e-4 * step * slope or step < 1e-10:
                break
            step *= 0.5
        s, change = candidate - x, new_grad - grad
        if float(s @ change) > 1e-12:
            steps.append(s)
            changes.append(change)
            if len(steps) > memory:
                steps.pop(0)
                changes.pop(0)
        x, grad = candidate, new_grad
        converged = abs(value - new_value) <= tolerance * max(1.0, abs(value))
        value = new_value
        if converged:
            break
    return x, iteration


def _two_loop(grad: Array, steps: list[Array], changes: list[Array]) -> Array:
    q = grad.copy()
    alphas = []
    for s, change in zip(reversed(steps), reversed(changes), strict=True):
        alpha = float(s @ q) / float(change @ s)
        alphas.append(alpha)
        q -= alpha * change
    if steps:
        q *= float(steps[-1] @ changes[-1]) / float(changes[-1] @ changes[-1])
    for s, change, alpha in zip(steps, changes, reversed(alphas), strict=True):
        beta = float(change @ q) / float(change @ s)
        q += s * (alpha - beta)
    return -q
