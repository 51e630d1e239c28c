"""The student model: P(a learner answers an item right) from that learner's own history.

It is a logistic model with item and skill effects and per-skill counts of right and wrong
answers (the "Best-LR" family, which beats IRT, PFA and deep models on ASSISTments 2009), plus
recent-window rates and how far the learner runs above or below each item's usual correctness;
tutor.engine.features lists every input. It is fitted on many learners' histories on the
server or with `python -m tutor.engine.evaluate` (tutor.engine.fit) and runs on the laptop.

Guarantees:
* StudentModel is immutable; to_json()/from_json() round-trip it exactly. from_json() raises
  ModelFormatError, naming the problem, for anything but a model of a version it reads (a newer
  version's message says to update Tutor); callers fall back to default_model().
* Predictor.predict() gives every catalog item's probability for a learner in one vectorised
  pass; update() records one answer in constant time (no pass over the history or catalog).
* The online counts equal tutor.engine.history's vectorised counts for the same answers, so the
  laptop predicts exactly what the model was fitted and evaluated on.
* Items the model has not seen start from the author's difficulty prior (-3 easy .. 3 hard,
  on a logit scale), else from the average item; unseen skills from the average skill.
"""

from __future__ import annotations

import json
import math
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import numpy as np
import numpy.typing as npt

from tutor.engine.features import (
    DENSE_FEATURES,
    SKILL_FEATURES,
    SKILL_LONG_WINDOW,
    SKILL_SHORT_WINDOW,
    TOTAL_WINDOW,
    Array,
    Counters,
    features,
)
from tutor.engine.history import SECONDS_PER_HOUR
from tutor.engine.logistic import sigmoid

FORMAT = "tutor.student-model"
VERSION = 1
EXPECTED_FLOOR = 0.01  # an item's expected correctness is kept inside [0.01, 0.99]


class ModelFormatError(ValueError):
    """Saved parameters this Tutor cannot read; the message says why and what to do."""


def clip_expected(value: float | Array) -> Any:
    return np.clip(value, EXPECTED_FLOOR, 1.0 - EXPECTED_FLOOR)


@dataclass(frozen=True)
class ItemInfo:
    """An item as the model needs it: its id, its skill, and the author's difficulty prior."""

    item_id: str
    skill_id: str
    difficulty: float | None = None


@dataclass(frozen=True)
class StudentModel:
    mean: float  # share of right answers in the data fitted on
    dense: Array  # one weight per DENSE_FEATURES
    skill_default: Array  # SKILL_FEATURES weights for a skill the model has not seen
    skills: Mapping[str, Array] = field(default_factory=dict)
    items: Mapping[str, tuple[float, float]] = field(default_factory=dict)  # (bias, expected)
    about: Mapping[str, Any] = field(default_factory=dict)  # what it was fitted on

    def expected_for(self, item: ItemInfo) -> float:
        """The item's usual correctness: fitted, else from the difficulty prior, else the mean."""
        known = self.items.get(item.item_id)
        if known is not None:
            return known[1]
        logit = math.log(self.mean / (1.0 - self.mean))
        if item.difficulty is not None and math.isfinite(item.difficulty):
            logit -= max(-3.0, min(3.0, item.difficulty))
        return float(clip_expected(1.0 / (1.0 + math.exp(-logit))))

    def bind(self, items: Sequence[ItemInfo]) -> Predictor:
        return Predictor(self, items)

    def portable(self) -> StudentModel:
        """The same model without its item and skill effects: defaults for other content."""
        return StudentModel(self.mean, self.dense, self.skill_default, {}, {}, dict(self.about))

    # --- saving ------------------------------------------------------------------------------

    def to_json(self) -> str:
        document = {
            "format": FORMAT,
            "version": VERSION,
            "features": {"dense": list(DENSE_FEATURES), "skill": list(SKILL_FEATURES)},
            "mean": self.mean,
            "dense": self.dense.tolist(),
            "skill_default": self.skill_default.tolist(),
            "skills": {key: value.tolist() for key, value in sorted(self.skills.items())},
            "items": {key: list(value) for key, value in sorted(self.items.items())},
            "about": dict(self.about),
        }
        return json.dumps(document, separators=(",", ":"), allow_nan=False)

    @classmethod
    def from_json(cls, text: str | bytes) -> StudentModel:
        try:
            document = json.loads(text)
        except (ValueError, UnicodeDecodeError) as error:
            raise ModelFormatError(f"model parameters are not valid JSON: {error}") from None
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise ModelFormatError(f'not a Tutor student model (format is not "{FORMAT}")')
        version = document.get("version")
        if not isinstance(version, int) or version < 1:
            raise ModelFormatError(f"model parameters have no valid version ({version!r})")
        if version > VERSION:
            raise ModelFormatError(
                f"the model parameters are version {version}, made by a newer Tutor; this "
                f"Tutor reads version {VERSION}: update Tutor to use them"
            )
        try:
            return cls._read(document)
        except (KeyError, TypeError, ValueError) as error:
            raise ModelFormatError(f"model parameters are malformed: {error}") from None

    @classmethod
    def _read(cls, document: dict[str, Any]) -> StudentModel:
        names = document["features"]
        if names != {"dense": list(DENSE_FEATURES), "skill": list(SKILL_FEATURES)}:
            raise ValueError("their features are not the ones this version uses")
        mean = float(document["mean"])
        if not 0.0 < mean < 1.0:
            raise ValueError(f"mean {mean} is not between 0 and 1")

        def vector(values: Any, size: int, what: str) -> Array:
            array = np.asarray(values, dtype=np.float64)
            if array.shape != (size,) or not np.all(np.isfinite(array)):
                raise ValueError(f"{what} must be {size} finite numbers")
            return array

        skills = {
            str(key): vector(value, len(SKILL_FEATURES), f"skill {key}")
            for key, value in dict(document["skills"]).items()
        }
        items = {}
        for key, value in dict(document["items"]).items():
            bias, expected = (float(v) for v in value)
            if not (math.isfinite(bias) and 0.0 < expected < 1.0):
                raise ValueError(f"item {key} has bad values {value!r}")
            items[str(key)] = (bias, expected)
        return cls(
            mean=mean,
            dense=vector(document["dense"], len(DENSE_FEATURES), "dense weights"),
            skill_default=vector(document["skill_default"], len(SKILL_FEATURES), "skill_default"),
            skills=skills,
            items=items,
            about=dict(document.get("about", {})),
        )


def default_model() -> StudentModel:
    """The model shipped with Tutor (fitted on ASSISTments 2009, without its items), used until
    a school server sends parameters fitted on the school's own learners."""
    text = resources.files("tutor.engine").joinpath("default_model.json").read_text("utf-8")
    return StudentModel.from_json(text)


class LearnerState:
    """One learner's counts over a catalog's skills and items; made by Predictor.new_state()."""

    def __init__(self, skills: int, items: int) -> None:
        self.total_attempts = 0.0
        self.total_wins = 0.0
        self.total_residual = 0.0
        self.total_window: deque[float] = deque(maxlen=TOTAL_WINDOW)
        self.skill_attempts = np.zeros(skills)
        self.skill_wins = np.zeros(skills)
        self.skill_residual = np.zeros(skills)
        self.skill_short_attempts = np.zeros(skills)
        self.skill_short_wins = np.zeros(skills)
        self.skill_long_attempts = np.zeros(skills)
        self.skill_long_wins = np.zeros(skills)
        self.skill_last_time = np.zeros(skills)
        self.skill_windows: dict[int, deque[float]] = {}
        self.item_attempts = np.zeros(items)
        self.item_wins = np.zeros(items)

    def record(
        self, skill: int | None, item: int | None, score: float, expected: float, at: float
    ) -> None:
        residual = score - expected
        self.total_attempts += 1.0
        self.total_wins += score
        self.total_residual += residual
        self.total_window.append(score)
        if skill is not None:
            self.skill_attempts[skill] += 1.0
            self.skill_wins[skill] += score
            self.skill_residual[skill] += residual
            window = self.skill_windows.setdefault(skill, deque(maxlen=SKILL_LONG_WINDOW))
            window.append(score)
            short = list(window)[-SKILL_SHORT_WINDOW:]
            self.skill_short_attempts[skill] = len(short)
            self.skill_short_wins[skill] = sum(short)
            self.skill_long_attempts[skill] = len(window)
            self.skill_long_wins[skill] = sum(window)
            self.skill_last_time[skill] = at
        if item is not None:
            self.item_attempts[item] += 1.0
            self.item_wins[item] += score


class Predictor:
    """A model bound to a catalog of items: vectorised predictions and constant-time updates."""

    def __init__(self, model: StudentModel, items: Sequence[ItemInfo]) -> None:
        self.model = model
        self.items = tuple(items)
        self.index = {item.item_id: n for n, item in enumerate(self.items)}
        if len(self.index) != len(self.items):
            raise ValueError("the catalog names an item twice")
        self.skill_ids = tuple(dict.fromkeys(item.skill_id for item in self.items))
        self.skill_index = {skill: n for n, skill in enumerate(self.skill_ids)}
        self.item_skill = np.array(
            [self.skill_index[i.skill_id] for i in self.items], dtype=np.int64
        )
        self.item_bias = np.array([model.items.get(i.item_id, (0.0, 0.0))[0] for i in self.items])
        self.item_expected = np.array([model.expected_for(i) for i in self.items])
        self.skill_weights = np.array(
            [model.skills.get(skill, model.skill_default) for skill in self.skill_ids]
        ).reshape(len(self.skill_ids), len(SKILL_FEATURES))

    def new_state(self) -> LearnerState:
        return LearnerState(len(self.skill_ids), len(self.items))

    def replay(self, answers: Iterable[tuple[str, str, float, float]]) -> LearnerState:
        """A learner's state from their answers (item id, skill id, score, time) in order;
        answers to items or skills outside the catalog still count where they can."""
        state = self.new_state()
        for item_id, skill_id, score, at in answers:
            self.record(state, item_id, score, at, skill_id=skill_id)
        return state

    def record(
        self,
        state: LearnerState,
        item_id: str,
        score: float,
        at: float = 0.0,
        *,
        skill_id: str | None = None,
    ) -> None:
        """Count one answer. Raises ValueError for a score outside [0, 1] or an item outside the
        catalog whose skill is not given."""
        if not 0.0 <= score <= 1.0:  # also refuses NaN
            raise ValueError(f"a score is between 0 and 1, not {score!r}")
        item = self.index.get(item_id)
        if item is not None:
            skill: int | None = int(self.item_skill[item])
            expected = float(self.item_expected[item])
        elif skill_id is not None:
            skill = self.skill_index.get(skill_id)
            expected = self.model.expected_for(ItemInfo(item_id, skill_id))
        else:
            raise ValueError(f'item "{item_id}" is not in the catalog and its skill is not given')
        state.record(skill, item, score, expected, at if math.isfinite(at) else 0.0)

    def predict(self, state: LearnerState, now: float = 0.0) -> Array:
        """P(right) for every catalog item, in catalog order; `now` in seconds (0: unknown)."""
        return self.predict_rows(state, np.arange(len(self.items)), now)

    def probability(self, state: LearnerState, item_id: str, now: float = 0.0) -> float:
        return float(self.predict_rows(state, np.array([self.index[item_id]]), now)[0])

    def predict_rows(
        self, state: LearnerState, rows: npt.NDArray[np.int64], now: float = 0.0
    ) -> Array:
        """P(right) for the catalog items at the given positions, in that order."""
        skill = self.item_skill[rows]
        n = len(rows)
        window = state.total_window
        practised = state.skill_attempts[skill] > 0
        hours = np.where(
            practised & (now > 0) & (state.skill_last_time[skill] > 0),
            np.maximum(now - state.skill_last_time[skill], 0.0) / SECONDS_PER_HOUR,
            0.0,
        )
        counters = Counters(
            total_attempts=np.full(n, state.total_attempts),
            total_wins=np.full(n, state.total_wins),
            total_residual=np.full(n, state.total_residual),
            total_window_attempts=np.full(n, float(len(window))),
            total_window_wins=np.full(n, float(sum(window))),
            skill_attempts=state.skill_attempts[skill],
            skill_wins=state.skill_wins[skill],
            skill_residual=state.skill_residual[skill],
            skill_short_attempts=state.skill_short_attempts[skill],
            skill_short_wins=state.skill_short_wins[skill],
            skill_long_attempts=state.skill_long_attempts[skill],
            skill_long_wins=state.skill_long_wins[skill],
            item_attempts=state.item_attempts[rows],
            item_wins=state.item_wins[rows],
            hours_since_skill=hours,
            expected=self.item_expected[rows],
        )
        dense, per_skill = features(counters, self.model.mean)
        logits = dense @ self.model.dense
        logits += np.einsum("ij,ij->i", per_skill, self.skill_weights[skill])
        logits += self.item_bias[rows]
        return sigmoid(logits)
