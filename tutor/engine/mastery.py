"""Mastery of one skill: a decision a teacher can read, and forgetting.

assess() takes plain data (the learner's attempts at the skill's items, oldest first, and the
student model's predicted chance of a right answer), so it works with any student model, and
returns a MasteryDecision: a status, a mastery estimate, the predicted recall of a mastered skill
and when it falls below the review threshold, and a structured Reason that describe() turns into
English ("mastered: 4 of the last 4 right, on harder and harder items"); the UI translates the
Reason itself. It guarantees, for every input:
* it returns a MasteryDecision or raises ValueError naming the problem (attempts out of time
  order; `predicted` not from 0 to 1; `now` negative or not finite); nothing else. SkillAttempt,
  Memory and MasterySettings check their own fields when made (a score outside 0..1, a NaN, a
  negative time: ValueError naming the field), so any list of attempts in time order is assessed;
* 0 <= estimate <= 1; recall is None or 0 <= recall <= 1; a decision with no attempts is
  NOT_STARTED;
* it is deterministic, reads nothing but its arguments and changes none of them, and costs time
  linear in the number of attempts (200 attempts: well under a millisecond).

The rules, with the defaults of MasterySettings in brackets:
* An attempt is *right* when its score is at least right_score [1.0: full credit, like
  Grade.correct]. The *window* is the last `window` [4] attempts (all of them if fewer).
* Mastery is reached at an attempt when there have been at least min_attempts [3] attempts and at
  least mastered_accuracy [75%] of the window ending there is right (a window not yet full counts
  as it is: 3 right of the first 3 is mastery; then 3 of the last 4). Mastery rules of this size
  are what tutoring systems use (ASSISTments' skill builders: three right in a row; others up to
  five); the model's gate below keeps a lucky streak on easy items from counting. It is sticky: it
  holds until the evidence collapses, at an attempt where fewer than lapse_accuracy [50%] of the
  last lapse_window [5] attempts are right (so three wrong of the last five); then it must be
  reached again by the first rule. assess() replays the attempts to find where mastery stands now.
* Mastery must also be believed: a skill whose evidence says mastered becomes MASTERED only if
  the student model agrees, `predicted` (when known) being at least mastered_prediction [0.7, the
  practice target: the model expects a typical item right at least as often as practice aims
  for], or if the learner's own answers make it near certain that the skill is known: `known`
  (below) at least mastered_known [0.95], which a full window of right answers always gives with
  the defaults; else it is LEARNING, with the reason MODEL_BELOW (the model is cautious and the
  answers are not conclusive: "3 of the last 4 right" after a wrong answer or two). Once reached
  (the caller passes `previous`), mastery is kept while the skill's own evidence holds, whatever
  the model predicts later: the model's prediction for a skill moves with answers on other
  skills, and mastery must not flicker with it. Without `previous`, the judgement now decides
  every time.
* `known` is the probability that the learner knows the skill after these answers, by Bayesian
  knowledge tracing (Corbett & Anderson): before the first answer known_prior [0.3]; an answer
  of score x weighs P(x | known) = (1 - slip) * x + slip * (1 - x) against P(x | not known) =
  guess * x + (1 - guess) * (1 - x), with slip [0.1] and guess [0.2] as in the placement check;
  after each answer a learner who did not know the skill may have learnt it, with probability
  learn [0.15]. So recent answers count most: right answers after early wrong ones show learning
  (W W R R R: 97%), while a wrong answer among the last ones weighs heavily (R W R R: 94%, not
  yet). The Reason carries it for the teacher.
* A mastered skill whose predicted recall now is below review_recall [0.8] is REVIEW_DUE; due_at
  is the moment recall crosses review_recall (in the past for REVIEW_DUE). recall and due_at are
  None for skills not mastered, and when the time of the last practice is unknown.
* A skill not mastered is LEARNING with the reason LAPSED when mastery was lost at one of the
  window's attempts; else STRUGGLING after at least struggling_attempts [20] attempts when less
  than struggling_accuracy [60%] of the window is right and no more than of the window before it
  (many attempts, no gain); else LEARNING (reason LAPSED if mastery was lost earlier).
* estimate blends the model and the window: (model_weight * predicted + sum of the window's
  scores) / (model_weight + attempts in the window), model_weight [10] being how many attempts'
  worth the prediction counts for (with a full window, the mean of the two). Without a prediction
  it is the window's mean score smoothed towards one half, (sum + 1) / (attempts + 2). It says how
  well the learner does the skill now and leaves forgetting to recall.
* The trend of a window is the least-squares slope of the difficulty of its right answers against
  their place in the window: HARDER above trend_epsilon [0.05 logit per attempt], EASIER below
  minus that, else SAME (also with fewer than two right answers).

Forgetting is a small spaced-repetition model (Memory): recall t days after the last practice is
0.9 ** (t / stability_days), so stability_days is the time recall takes to fall to 90%. The
first attempt sets stability to initial_stability_days [1] (times lapse_factor if wrong); each
later one multiplies it by
* for a right answer, a growth that is larger the lower recall had fallen (the spacing effect):
  1 + (growth_at_due - 1) * (1 - recall) / 0.1, at most max_growth; so 1 (no gain) for massed
  practice, growth_at_due [2.5] at recall 90%, max_growth [4] from recall 80% down;
* for a wrong answer, lapse_factor [0.5]; partial credit interpolates geometrically,
  growth ** score * lapse_factor ** (1 - score);
and stability is kept from min_stability_days [0.5] to max_stability_days [365].

Times are seconds since the epoch; 0 means unknown (data from before times were kept). An attempt
of unknown time counts as massed practice (no spacing credit, no forgetting) and leaves the last
known practice time as it is: the true one is no earlier, so recall is never overestimated. A
memory with no known time has unknown recall: its skill can be MASTERED but never REVIEW_DUE.
Known times must not decrease from one attempt to the next (equal times are fine); `now` before
the last practice (a clock set back) counts as no time elapsed.

This module is shared with the server: standard library only, no other import from tutor.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from enum import Enum

from tutor.engine.items import show

__all__ = [
    "DEFAULT_SETTINGS",
    "MasteryDecision",
    "MasterySettings",
    "MasteryStatus",
    "Memory",
    "Reason",
    "ReasonKind",
    "SkillAttempt",
    "Trend",
    "assess",
    "describe",
    "memory_from",
]

SECONDS_PER_DAY = 86_400.0
RECALL_AT_STABILITY = 0.9  # recall after stability_days: the definition of stability


# --- checks of the inputs (used from construction on) ---------------------------------------


def _finite(value: object, name: str) -> float:
    """value as a float, if it is a finite real number (not a bool); else ValueError."""
    if type(value) is float and math.isfinite(value):
        return value  # the common case, fast
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ValueError(f"{name} must be a number, not {show(value)}")
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"{name} must be a finite number, not {show(value)}")
    return number


def _score(value: object, name: str) -> float:
    number = _finite(value, name)
    if not 0.0 <= number <= 1.0:
        raise ValueError(f"{name} must be from 0 to 1, not {show(value)}")
    return number


def _time(value: object, name: str) -> float:
    number = _finite(value, name)
    if number < 0.0:
        raise ValueError(
            f"{name} must be seconds since the epoch (0 when unknown), at least 0, "
            f"not {show(value)}"
        )
    return number


# --- the data --------------------------------------------------------------------------------


class MasteryStatus(Enum):
    NOT_STARTED = "not_started"  # no attempts
    LEARNING = "learning"
    STRUGGLING = "struggling"  # many attempts, little right and no gain: a teacher should look
    MASTERED = "mastered"
    REVIEW_DUE = "review_due"  # mastered, but predicted recall has fallen below review_recall


class ReasonKind(Enum):
    NOT_STARTED = "not_started"
    LEARNING = "learning"  # too few attempts, or too few right
    MODEL_BELOW = "model_below"  # the evidence says mastered, the model's prediction does not
    LAPSED = "lapsed"  # mastered before, lost when the evidence collapsed, not regained
    STRUGGLING = "struggling"
    MASTERED = "mastered"
    REVIEW_DUE = "review_due"


class Trend(Enum):
    """How the difficulty of the right answers in the window moves."""

    HARDER = "harder"
    SAME = "same"
    EASIER = "easier"


@dataclass(frozen=True)
class SkillAttempt:
    """One answer to an item of the skill. Construction checks the fields (ValueError naming the
    field) and stores them as float.

    score: 0..1, 1 = right (Grade.score). difficulty: the item's difficulty on a logit scale,
    higher = harder (the student model's). at: seconds since the epoch, 0 when unknown."""

    score: float
    difficulty: float
    at: float = 0.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "score", _score(self.score, "SkillAttempt.score"))
        object.__setattr__(self, "difficulty", _finite(self.difficulty, "SkillAttempt.difficulty"))
        object.__setattr__(self, "at", _time(self.at, "SkillAttempt.at"))


@dataclass(frozen=True)
class MasterySettings:
    """The thresholds of assess() and the memory model; the module docstring gives the rules.
    Construction checks every field and raises ValueError naming it."""

    window: int = 4  # the last attempts that count as recent evidence
    min_attempts: int = 3  # fewer attempts never make mastery
    right_score: float = 1.0  # an attempt is right from this score up (1.0: full credit)
    mastered_accuracy: float = 0.75  # fraction of the window right to reach mastery
    mastered_prediction: float = 0.7  # the model's P(right) needed for MASTERED, when known
    lapse_window: int = 5  # mastery is lost when, of this many last attempts,
    lapse_accuracy: float = 0.5  # less than this fraction is right
    struggling_attempts: int = 20  # STRUGGLING needs at least this many attempts,
    struggling_accuracy: float = 0.6  # less than this fraction of the window right, and no gain
    model_weight: float = 10.0  # the prediction counts as this many attempts in the estimate
    mastered_known: float = 0.95  # `known` that opens mastery without the model; 1: never
    known_prior: float = 0.3  # knowledge tracing: P(known) before the first answer,
    guess: float = 0.2  # P(right | not known),
    slip: float = 0.1  # P(wrong | known),
    learn: float = 0.15  # P(learnt at an answer | not known before it)
    trend_epsilon: float = 0.05  # logit per attempt: a smaller slope is SAME
    review_recall: float = 0.8  # a mastered skill is due for review below this recall
    initial_stability_days: float = 1.0  # stability after the first attempt (if right)
    min_stability_days: float = 0.5
    max_stability_days: float = 365.0
    growth_at_due: float = 2.5  # stability growth for a right answer at recall 90%
    max_growth: float = 4.0  # the most a right answer grows stability, however late
    lapse_factor: float = 0.5  # stability shrinks by this for a wrong answer

    def __post_init__(self) -> None:
        name = type(self).__name__
        for field in fields(self):
            value = getattr(self, field.name)
            where = f"{name}.{field.name}"
            if type(field.default) is int:
                if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                    raise ValueError(f"{where} must be an int of at least 1, not {show(value)}")
            else:
                object.__setattr__(self, field.name, _finite(value, where))
        fraction = "must be from 0 to 1"
        self._check("right_score", 0 < self.right_score <= 1, "must be more than 0, at most 1")
        self._check(
            "mastered_accuracy", 0 < self.mastered_accuracy <= 1, "must be more than 0, at most 1"
        )
        self._check("mastered_prediction", 0 <= self.mastered_prediction <= 1, fraction)
        self._check("lapse_accuracy", 0 <= self.lapse_accuracy <= 1, fraction)
        self._check(
            "lapse_accuracy",
            self.lapse_accuracy <= self.mastered_accuracy,
            f"must be at most mastered_accuracy ({self.mastered_accuracy!r})",
        )
        self._check("struggling_accuracy", 0 <= self.struggling_accuracy <= 1, fraction)
        self._check("model_weight", self.model_weight >= 0, "must be at least 0")
        self._check("mastered_known", 0 <= self.mastered_known <= 1, fraction)
        self._check("known_prior", 0 <= self.known_prior <= 1, fraction)
        self._check("learn", 0 <= self.learn <= 1, fraction)
        between = "must be between 0 and 1"
        self._check("guess", 0 < self.guess < 1, between)
        self._check("slip", 0 < self.slip < 1, between)
        self._check(
            "guess", self.guess + self.slip < 1, f"plus slip ({self.slip!r}) must be below 1"
        )
        self._check("trend_epsilon", self.trend_epsilon >= 0, "must be at least 0")
        self._check("review_recall", 0 < self.review_recall < 1, "must be between 0 and 1")
        self._check("min_stability_days", self.min_stability_days > 0, "must be more than 0")
        self._check(
            "initial_stability_days",
            self.min_stability_days <= self.initial_stability_days <= self.max_stability_days,
            "must be from min_stability_days to max_stability_days",
        )
        self._check("growth_at_due", self.growth_at_due >= 1, "must be at least 1")
        self._check(
            "max_growth",
            self.max_growth >= self.growth_at_due,
            f"must be at least growth_at_due ({self.growth_at_due!r})",
        )
        self._check("lapse_factor", 0 < self.lapse_factor <= 1, "must be more than 0, at most 1")

    def _check(self, field: str, ok: bool, rule: str) -> None:
        if not ok:
            value = getattr(self, field)
            raise ValueError(f"{type(self).__name__}.{field} {rule}, not {value!r}")


DEFAULT_SETTINGS = MasterySettings()


@dataclass(frozen=True)
class Memory:
    """How well the skill is remembered: recall falls to 90% stability_days after last_practised
    (seconds since the epoch; 0 when unknown). Construction checks stability_days > 0 and
    last_practised >= 0, both finite."""

    stability_days: float
    last_practised: float

    def __post_init__(self) -> None:
        stability = _finite(self.stability_days, "Memory.stability_days")
        if stability <= 0:
            raise ValueError(f"Memory.stability_days must be more than 0, not {stability!r}")
        object.__setattr__(self, "stability_days", stability)
        object.__setattr__(
            self, "last_practised", _time(self.last_practised, "Memory.last_practised")
        )

    @classmethod
    def first(cls, score: float, at: float, settings: MasterySettings = DEFAULT_SETTINGS) -> Memory:
        """The memory after a first attempt of this score at time `at` (0: unknown)."""
        score = _score(score, "score")
        stability = settings.initial_stability_days * settings.lapse_factor ** (1 - score)
        return cls(_clamp_stability(stability, settings), _time(at, "at"))

    def recall(self, now: float) -> float | None:
        """Predicted recall (0..1) at `now`; None when the last practice time is unknown. A `now`
        before the last practice counts as no time elapsed (recall 1)."""
        now = _time(now, "now")
        if not self.last_practised:
            return None
        days = max(0.0, now - self.last_practised) / SECONDS_PER_DAY
        return float(RECALL_AT_STABILITY ** (days / self.stability_days))

    def due_at(self, threshold: float) -> float | None:
        """When recall falls to `threshold` (0 < threshold < 1), in seconds since the epoch;
        None when the last practice time is unknown."""
        threshold = _finite(threshold, "threshold")
        if not 0 < threshold < 1:
            raise ValueError(f"threshold must be between 0 and 1, not {threshold!r}")
        if not self.last_practised:
            return None
        days = self.stability_days * math.log(threshold) / math.log(RECALL_AT_STABILITY)
        return self.last_practised + days * SECONDS_PER_DAY

    def after(
        self, score: float, at: float, settings: MasterySettings = DEFAULT_SETTINGS
    ) -> Memory:
        """The memory after one more attempt of this score at time `at` (0: unknown); see the
        module docstring. Raises ValueError if `at` is before last_practised (both known)."""
        score = _score(score, "score")
        at = _time(at, "at")
        if at and self.last_practised and at < self.last_practised:
            raise ValueError(
                f"attempts must be in time order: practised at {at!r}, "
                f"before the last practice at {self.last_practised!r}"
            )
        return Memory(*_steps(self.stability_days, self.last_practised, [(score, at)], settings))


@dataclass(frozen=True)
class Reason:
    """Why assess() decided as it did, as data for the UI to word (describe() words it in
    English). right and out_of: right answers and attempts in the window; attempts: all of them;
    trend: of the window's right answers (None when not started); predicted and needed: the
    model's prediction and mastered_prediction (for MODEL_BELOW); days_since and recall: days since
    the last practice and predicted recall now (for a mastered skill whose last practice time is
    known); known: the probability that the learner knows the skill, from the answers (None when
    not started); known_needed: mastered_known (for MODEL_BELOW, when it can open mastery)."""

    kind: ReasonKind
    right: int = 0
    out_of: int = 0
    attempts: int = 0
    trend: Trend | None = None
    predicted: float | None = None
    needed: float | None = None
    days_since: float | None = None
    recall: float | None = None
    known: float | None = None
    known_needed: float | None = None


@dataclass(frozen=True)
class MasteryDecision:
    """The outcome of assess(). Construction checks 0 <= estimate <= 1 and recall None or in
    0..1, so every decision, however made, keeps those promises."""

    status: MasteryStatus
    estimate: float  # 0..1: how well the learner does the skill now (module docstring)
    recall: float | None  # predicted recall now, for MASTERED and REVIEW_DUE with known times
    due_at: float | None  # when recall falls below review_recall (seconds since the epoch)
    reason: Reason

    def __post_init__(self) -> None:
        if not 0.0 <= self.estimate <= 1.0:
            raise ValueError(f"an estimate is from 0 to 1, not {self.estimate!r}")
        if self.recall is not None and not 0.0 <= self.recall <= 1.0:
            raise ValueError(f"a recall is from 0 to 1, not {self.recall!r}")


def memory_from(
    attempts: Sequence[SkillAttempt], settings: MasterySettings = DEFAULT_SETTINGS
) -> Memory | None:
    """The memory after replaying the attempts in order (Memory.first, then Memory.after); None
    for no attempts. Raises ValueError naming the attempt if the known times are out of order."""
    _check_order(attempts)
    return _replayed_memory(attempts, settings) if attempts else None


def assess(
    attempts: Sequence[SkillAttempt],
    predicted: float | None,
    now: float,
    settings: MasterySettings = DEFAULT_SETTINGS,
    memory: Memory | None = None,
    previous: MasteryStatus | None = None,
) -> MasteryDecision:
    """Decide the mastery of one skill; see the module docstring for the rules and guarantees.

    attempts: the learner's attempts at the skill, oldest first. predicted: the student model's
    P(right) for this learner on a typical item of the skill, None if unknown. now: seconds since
    the epoch. memory: the skill's Memory after these attempts if the caller keeps one, else it
    is replayed from the attempts (memory_from). previous: the status decided last time, if the
    caller keeps it: a skill that was MASTERED or REVIEW_DUE keeps its mastery while its own
    evidence holds, whatever the model predicts now (the model gates reaching mastery only)."""
    now = _time(now, "now")
    if predicted is not None:
        predicted = _score(predicted, "predicted")
    _check_order(attempts)
    if not attempts:
        estimate = 0.5 if predicted is None else predicted
        reason = Reason(ReasonKind.NOT_STARTED, predicted=predicted)
        return MasteryDecision(MasteryStatus.NOT_STARTED, estimate, None, None, reason)
    if memory is None:
        memory = _replayed_memory(attempts, settings)

    evidence = _replay(attempts, settings)
    window = attempts[-evidence.out_of :]
    known = _known(attempts, settings)
    reason = Reason(
        ReasonKind.LEARNING,
        right=evidence.right,
        out_of=evidence.out_of,
        attempts=len(attempts),
        trend=_trend(window, settings),
        predicted=predicted,
        known=known,
    )
    estimate = _estimate(window, predicted, settings)

    kept = previous in (MasteryStatus.MASTERED, MasteryStatus.REVIEW_DUE)
    model_agrees = predicted is None or predicted >= settings.mastered_prediction
    flawless = evidence.out_of >= settings.window and evidence.right == evidence.out_of
    sure = settings.mastered_known < 1.0 and known >= settings.mastered_known
    if evidence.mastered and (model_agrees or kept or flawless or sure):
        recall = memory.recall(now)
        days = None
        if memory.last_practised:
            days = max(0.0, now - memory.last_practised) / SECONDS_PER_DAY
        due_at = memory.due_at(settings.review_recall)
        review = recall is not None and recall < settings.review_recall
        kind, status = (
            (ReasonKind.REVIEW_DUE, MasteryStatus.REVIEW_DUE)
            if review
            else (ReasonKind.MASTERED, MasteryStatus.MASTERED)
        )
        reason = replace(reason, kind=kind, days_since=days, recall=recall)
        return MasteryDecision(status, estimate, recall, due_at, reason)
    if evidence.mastered:
        status, kind = MasteryStatus.LEARNING, ReasonKind.MODEL_BELOW
        known_needed = settings.mastered_known if settings.mastered_known < 1.0 else None
        reason = replace(
            reason, kind=kind, needed=settings.mastered_prediction, known_needed=known_needed
        )
    elif not evidence.lost_recently and _struggling(attempts, evidence, settings):
        status, kind = MasteryStatus.STRUGGLING, ReasonKind.STRUGGLING
        reason = replace(reason, kind=kind)
    elif evidence.lost:
        status, kind = MasteryStatus.LEARNING, ReasonKind.LAPSED
        reason = replace(reason, kind=kind)
    else:
        status = MasteryStatus.LEARNING
    return MasteryDecision(status, estimate, None, None, reason)


def describe(reason: Reason) -> str:
    """The reason in English, e.g. "mastered: 9 of the last 10 right, on harder and harder
    items", "learning: 3 of the last 5 right", "review due: last practised 12 days ago, recall
    about 64%", "not started"."""
    kind = reason.kind
    if kind is ReasonKind.NOT_STARTED:
        return "not started"
    tally = _tally(reason.right, reason.out_of)
    if kind is ReasonKind.MASTERED:
        return f"mastered: {tally}, {_TREND_TEXT[reason.trend or Trend.SAME]}"
    if kind is ReasonKind.REVIEW_DUE:
        parts = []
        if reason.days_since is not None:
            parts.append(f"last practised {_days_ago(reason.days_since)}")
        if reason.recall is not None:
            parts.append(f"recall about {_percent(reason.recall)}")
        return "review due" + (": " + ", ".join(parts) if parts else "")
    if kind is ReasonKind.MODEL_BELOW:
        text = f"learning: {tally}"
        if reason.predicted is not None:
            text += f", but the model predicts {_percent(reason.predicted)} right"
            if reason.needed is not None:
                text += f" ({_percent(reason.needed)} needed)"
            if reason.known is not None and reason.known_needed is not None:
                text += (
                    f" and the answers show the skill known at {_percent(reason.known)}"
                    f" ({_percent(reason.known_needed)} needed)"
                )
        return text
    if kind is ReasonKind.LAPSED:
        return f"learning again: mastered before, now {tally}"
    if kind is ReasonKind.STRUGGLING:
        return f"struggling: {tally} after {reason.attempts} attempts, no better than before"
    return f"learning: {tally}"


# --- helpers ---------------------------------------------------------------------------------

_TREND_TEXT = {
    Trend.HARDER: "on harder and harder items",
    Trend.SAME: "at the same level",
    Trend.EASIER: "on easier items",
}


@dataclass(frozen=True)
class _Evidence:
    """Where the replay of the attempts ends: mastered (reached and not lost since), lost
    (reached at some time and lost after), and the window's right answers and size."""

    mastered: bool
    lost: bool
    lost_recently: bool  # at one of the window's attempts
    right: int
    out_of: int


def _replay(attempts: Sequence[SkillAttempt], settings: MasterySettings) -> _Evidence:
    """Replay the mastery rules of the module docstring over the attempts, in one pass."""
    rights = [attempt.score >= settings.right_score for attempt in attempts]
    window, lapse = settings.window, settings.lapse_window
    least, accuracy = settings.min_attempts, settings.mastered_accuracy
    collapse = settings.lapse_accuracy
    mastered = False
    lost_at = -1
    in_window = in_lapse = 0
    for index, right in enumerate(rights):
        in_window += right - (rights[index - window] if index >= window else 0)
        in_lapse += right - (rights[index - lapse] if index >= lapse else 0)
        count = index + 1
        if mastered:
            if in_lapse / (count if count < lapse else lapse) < collapse:
                mastered, lost_at = False, index
        elif count >= least and in_window / (count if count < window else window) >= accuracy:
            mastered = True
    out_of = min(len(rights), window)
    lost = lost_at >= 0
    return _Evidence(mastered, lost, lost and lost_at >= len(rights) - out_of, in_window, out_of)


def _known(attempts: Sequence[SkillAttempt], settings: MasterySettings) -> float:
    """P(the skill is known) after the attempts, by knowledge tracing (module docstring)."""
    known = settings.known_prior
    guess, slip, learn = settings.guess, settings.slip, settings.learn
    for attempt in attempts:
        score = attempt.score
        if_known = known * ((1.0 - slip) * score + slip * (1.0 - score))
        if_not = (1.0 - known) * (guess * score + (1.0 - guess) * (1.0 - score))
        known = if_known / (if_known + if_not)  # both positive: 0 < guess, slip < 1
        known += (1.0 - known) * learn
    return min(1.0, max(0.0, known))


def _struggling(
    attempts: Sequence[SkillAttempt], evidence: _Evidence, settings: MasterySettings
) -> bool:
    """Many attempts, too few right in the window, and no more than in the window before."""
    if len(attempts) < settings.struggling_attempts:
        return False
    accuracy = evidence.right / evidence.out_of
    if accuracy >= settings.struggling_accuracy:
        return False
    end = len(attempts) - evidence.out_of
    before = attempts[max(0, end - settings.window) : end]
    if not before:
        return False
    right_before = sum(attempt.score >= settings.right_score for attempt in before)
    return accuracy <= right_before / len(before)


def _estimate(
    window: Sequence[SkillAttempt], predicted: float | None, settings: MasterySettings
) -> float:
    total = math.fsum(attempt.score for attempt in window)
    if predicted is None:
        estimate = (total + 1.0) / (len(window) + 2.0)
    else:
        weight = settings.model_weight
        estimate = (weight * predicted + total) / (weight + len(window))
    return min(1.0, max(0.0, estimate))


def _trend(window: Sequence[SkillAttempt], settings: MasterySettings) -> Trend:
    """The least-squares slope of the right answers' difficulty against their place."""
    points = [
        (float(place), attempt.difficulty)
        for place, attempt in enumerate(window)
        if attempt.score >= settings.right_score
    ]
    if len(points) < 2:
        return Trend.SAME
    # sum, not math.fsum: fsum raises on overflow, sum gives inf or nan (so SAME)
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in points) / spread
    if slope > settings.trend_epsilon:
        return Trend.HARDER
    if slope < -settings.trend_epsilon:
        return Trend.EASIER
    return Trend.SAME  # also for a slope that is not a number (difficulties near the float limit)


def _replayed_memory(attempts: Sequence[SkillAttempt], settings: MasterySettings) -> Memory:
    """memory_from for a non-empty list whose order has been checked."""
    first = Memory.first(attempts[0].score, attempts[0].at, settings)
    steps = ((attempt.score, attempt.at) for attempt in attempts[1:])
    return Memory(*_steps(first.stability_days, first.last_practised, steps, settings))


def _steps(
    stability: float, last: float, steps: Iterable[tuple[float, float]], settings: MasterySettings
) -> tuple[float, float]:
    """Memory.after for each (score, at), on checked floats: the last (stability_days,
    last_practised). One tight loop: a skill's whole history is replayed at every assess()."""
    gain = (settings.growth_at_due - 1.0) / (1.0 - RECALL_AT_STABILITY)
    most, lapse = settings.max_growth, settings.lapse_factor
    low, high = settings.min_stability_days, settings.max_stability_days
    for score, at in steps:
        growth = 1.0  # massed practice, or a time unknown: no spacing credit
        if last and at > last:  # both known (an unknown `at` is 0)
            recall = RECALL_AT_STABILITY ** ((at - last) / SECONDS_PER_DAY / stability)
            growth = 1.0 + gain * (1.0 - recall)
            growth = most if growth > most else growth
        if score == 1.0:
            stability *= growth
        else:
            stability *= growth**score * lapse ** (1.0 - score)
        stability = low if stability < low else high if stability > high else stability
        last = at or last
    return stability, last


def _check_order(attempts: Sequence[SkillAttempt]) -> None:
    """ValueError naming the first attempt whose known time is before an earlier known one."""
    latest = 0.0
    for number, attempt in enumerate(attempts, start=1):
        at = attempt.at
        if at:
            if at < latest:
                raise ValueError(
                    f"attempts must be in time order: attempt {number} at {at!r} is "
                    f"before an earlier attempt at {latest!r}"
                )
            latest = at


def _clamp_stability(stability: float, settings: MasterySettings) -> float:
    return min(settings.max_stability_days, max(settings.min_stability_days, stability))


def _tally(right: int, out_of: int) -> str:
    return f"{right} of 1 right" if out_of == 1 else f"{right} of the last {out_of} right"


def _days_ago(days: float) -> str:
    whole = round(days)
    if whole == 0:
        return "today"
    return "1 day ago" if whole == 1 else f"{whole} days ago"


def _percent(value: float) -> str:
    return f"{value:.0%}"
