"""Mastery decisions, their English reasons, and forgetting (tutor/engine/mastery.py)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tutor.engine import mastery
from tutor.engine.mastery import (
    DEFAULT_SETTINGS,
    MasteryDecision,
    MasterySettings,
    MasteryStatus,
    Memory,
    Reason,
    ReasonKind,
    SkillAttempt,
    Trend,
    describe,
    memory_from,
)

T0 = 1_700_000_000.0  # seconds since the epoch
# Most rules are tested with a ten-answer window, where "9 of the last 10" and a lapse inside the
# window can both happen, and the model alone gating mastery (mastered_known=1: knowledge tracing
# never opens it); the defaults (a four-answer window) have tests of their own below.
TEN = MasterySettings(window=10, min_attempts=5, mastered_prediction=0.8, mastered_known=1.0)


def assess(
    history: Sequence[SkillAttempt],
    predicted: float | None,
    now: float,
    settings: MasterySettings = TEN,
    **options: Any,
) -> MasteryDecision:
    return mastery.assess(history, predicted, now, settings, **options)


MINUTE = 60.0
DAY = 86_400.0


def attempts(
    pattern: str,
    *,
    start: float = T0,
    step: float = MINUTE,
    difficulties: list[float] | None = None,
) -> list[SkillAttempt]:
    """One attempt per letter of pattern, R right and W wrong, `step` seconds apart."""
    levels = difficulties if difficulties is not None else [0.0] * len(pattern)
    assert len(levels) == len(pattern)
    return [
        SkillAttempt(1.0 if letter == "R" else 0.0, level, start + index * step)
        for index, (letter, level) in enumerate(zip(pattern, levels, strict=True))
    ]


def rising(count: int) -> list[float]:
    return [-1.0 + 0.2 * index for index in range(count)]


def last_time(history: list[SkillAttempt]) -> float:
    return history[-1].at


# --- the defaults ------------------------------------------------------------------------------


def test_by_default_three_right_of_the_first_three_or_of_the_last_four_is_mastery() -> None:
    three = attempts("RRR")
    decision = mastery.assess(three, 0.75, last_time(three))
    assert decision.status is MasteryStatus.MASTERED
    assert describe(decision.reason) == "mastered: 3 of the last 3 right, at the same level"
    assert mastery.assess(three[:2], 0.75, last_time(three)).status is MasteryStatus.LEARNING
    late = attempts("WWWWRWR")  # the last four: 2 right
    assert mastery.assess(late, 0.75, last_time(late)).status is MasteryStatus.LEARNING
    later = attempts("WWWWRWRR")  # the last four: 3 right
    assert mastery.assess(later, 0.75, last_time(later)).status is MasteryStatus.MASTERED


def test_by_default_the_model_gates_mastery_unless_the_answers_leave_little_doubt() -> None:
    three_of_four = attempts("RRWR")  # a wrong answer among the last ones: known 92%
    blocked = mastery.assess(three_of_four, 0.65, last_time(three_of_four))
    assert blocked.reason.kind is ReasonKind.MODEL_BELOW
    assert describe(blocked.reason) == (
        "learning: 3 of the last 4 right, but the model predicts 65% right (70% needed) "
        "and the answers show the skill known at 92% (95% needed)"
    )
    assert mastery.assess(three_of_four, 0.7, last_time(three_of_four)).status is (
        MasteryStatus.MASTERED
    )
    learnt = attempts("RWRRR")  # three right since the wrong one: known 99%
    assert mastery.assess(learnt, 0.4, last_time(learnt)).status is MasteryStatus.MASTERED
    flawless = attempts("RRRRR")
    assert mastery.assess(flawless, 0.4, last_time(flawless)).status is MasteryStatus.MASTERED


def test_mastery_once_reached_is_kept_while_the_evidence_holds_whatever_the_model_says() -> None:
    history = attempts("RRRRWW")  # the last five: 3 right, short of mastery, not collapsed
    now = last_time(history)
    assert mastery.assess(history, 0.5, now).status is MasteryStatus.LEARNING
    kept = mastery.assess(history, 0.5, now, previous=MasteryStatus.MASTERED)
    assert kept.status is MasteryStatus.MASTERED
    collapsed = attempts("RWRRRWWW")
    lost = mastery.assess(collapsed, 0.5, last_time(collapsed), previous=MasteryStatus.MASTERED)
    assert lost.status is MasteryStatus.LEARNING


# --- mastery and its reasons -----------------------------------------------------------------


def test_nine_of_ten_right_on_rising_difficulty_is_mastered() -> None:
    history = attempts("RRRWRRRRRR", difficulties=rising(10))
    decision = assess(history, 0.85, last_time(history) + MINUTE)
    assert decision.status is MasteryStatus.MASTERED
    assert decision.reason.kind is ReasonKind.MASTERED
    assert (decision.reason.right, decision.reason.out_of) == (9, 10)
    assert decision.reason.trend is Trend.HARDER
    assert describe(decision.reason) == (
        "mastered: 9 of the last 10 right, on harder and harder items"
    )


@pytest.mark.parametrize(
    ("difficulties", "trend", "words"),
    [
        ([0.5] * 10, Trend.SAME, "at the same level"),
        ([0.01 * index for index in range(10)], Trend.SAME, "at the same level"),
        ([1.0 - 0.2 * index for index in range(10)], Trend.EASIER, "on easier items"),
    ],
)
def test_the_trend_of_the_right_answers_is_worded(
    difficulties: list[float], trend: Trend, words: str
) -> None:
    history = attempts("RRRWRRRRRR", difficulties=difficulties)
    decision = assess(history, 0.9, last_time(history))
    assert decision.reason.trend is trend
    assert describe(decision.reason) == f"mastered: 9 of the last 10 right, {words}"


def test_the_trend_ignores_the_difficulty_of_wrong_answers() -> None:
    # the wrong answers are on ever harder items, the right ones on easier ones
    levels = [3.0, 0.0, 4.0, -0.5, 5.0, -1.0, 6.0, -1.5, 7.0, -2.0]
    history = attempts("WRWRWRWRWR", difficulties=levels)
    assert assess(history, 0.9, T0).reason.trend is Trend.EASIER


def test_the_window_is_the_last_ten_attempts() -> None:
    history = attempts("WWWWWWWWWW" + "RRRRRRRRRR")
    decision = assess(history, 0.9, last_time(history))
    assert (decision.reason.right, decision.reason.out_of, decision.reason.attempts) == (10, 10, 20)
    assert decision.status is MasteryStatus.MASTERED


def test_learning_is_worded_with_the_tally() -> None:
    history = attempts("RWRWR")
    decision = assess(history, 0.5, last_time(history))
    assert decision.status is MasteryStatus.LEARNING
    assert decision.reason.kind is ReasonKind.LEARNING
    assert describe(decision.reason) == "learning: 3 of the last 5 right"
    assert decision.recall is None
    assert decision.due_at is None


def test_one_attempt_is_worded_without_the_last() -> None:
    decision = assess(attempts("W"), None, T0)
    assert describe(decision.reason) == "learning: 0 of 1 right"


def test_no_attempts_is_not_started() -> None:
    decision = assess([], 0.3, T0)
    assert decision == MasteryDecision(
        MasteryStatus.NOT_STARTED, 0.3, None, None, Reason(ReasonKind.NOT_STARTED, predicted=0.3)
    )
    assert describe(decision.reason) == "not started"
    assert assess((), None, T0).estimate == 0.5


def test_too_few_attempts_are_no_mastery_however_right() -> None:
    assert assess(attempts("RRRR"), 0.99, T0).status is MasteryStatus.LEARNING
    assert assess(attempts("RRRRR"), 0.99, T0).status is MasteryStatus.MASTERED


def test_mastery_needs_the_accuracy() -> None:
    assert assess(attempts("RRWRRRWRRR"), 0.9, T0).status is MasteryStatus.MASTERED  # 8 of 10
    assert assess(attempts("RWRRWRRWRR"), 0.9, T0).status is MasteryStatus.LEARNING  # 7 of 10


def test_partial_credit_is_not_right_by_default() -> None:
    history = [SkillAttempt(0.9, 0.0, T0 + index) for index in range(10)]
    decision = assess(history, 0.9, T0 + 10)
    assert decision.reason.right == 0
    assert decision.status is MasteryStatus.LEARNING
    lenient = MasterySettings(right_score=0.9)
    assert assess(history, 0.9, T0 + 10, lenient).status is MasteryStatus.MASTERED


def test_a_model_prediction_below_the_threshold_blocks_mastery() -> None:
    history = attempts("RRRRWRRRRR", difficulties=rising(10))
    decision = assess(history, 0.72, last_time(history))
    assert decision.status is MasteryStatus.LEARNING
    assert decision.reason.kind is ReasonKind.MODEL_BELOW
    assert decision.recall is None
    assert describe(decision.reason) == (
        "learning: 9 of the last 10 right, but the model predicts 72% right (80% needed)"
    )
    assert assess(history, 0.8, last_time(history)).status is MasteryStatus.MASTERED


def test_without_a_prediction_the_evidence_decides() -> None:
    assert assess(attempts("RRRRRRRRRR"), None, T0).status is MasteryStatus.MASTERED
    assert assess(attempts("RWRWRWRWRW"), None, T0).status is MasteryStatus.LEARNING


def test_the_estimate_blends_the_model_and_the_window() -> None:
    history = attempts("WWWWW" + "RRRRRRRRRW")  # the window: 9 of 10
    assert assess(history, 0.6, T0).estimate == pytest.approx((10 * 0.6 + 9) / 20)
    assert assess(history, None, T0).estimate == pytest.approx((9 + 1) / 12)
    evidence_only = replace(TEN, model_weight=0)
    assert assess(history, 0.6, T0, evidence_only).estimate == pytest.approx(0.9)


def test_the_estimate_counts_partial_credit() -> None:
    history = [SkillAttempt(0.5, 0.0, T0 + index) for index in range(10)]
    assert assess(history, 1.0, T0 + 10).estimate == pytest.approx(0.75)


# --- knowledge tracing ------------------------------------------------------------------------


def traced(scores: str, prior: float = 0.3, guess: float = 0.2, slip: float = 0.1) -> float:
    """Bayesian knowledge tracing by hand, for right (R) and wrong (W) answers; learn 0.15."""
    known = prior
    for letter in scores:
        if letter == "R":
            known = known * (1 - slip) / (known * (1 - slip) + (1 - known) * guess)
        else:
            known = known * slip / (known * slip + (1 - known) * (1 - guess))
        known += (1 - known) * 0.15
    return known


@pytest.mark.parametrize("pattern", ["R", "W", "RR", "RRR", "RWRR", "WWRRR", "RRWR", "WRWRWRWR"])
def test_the_decision_carries_the_probability_that_the_skill_is_known(pattern: str) -> None:
    history = attempts(pattern)
    decision = mastery.assess(history, 0.5, last_time(history))
    assert decision.reason.known == pytest.approx(traced(pattern))
    assert mastery.assess([], 0.5, T0).reason.known is None


def test_right_answers_after_wrong_ones_show_learning_a_wrong_one_late_weighs_more() -> None:
    assert traced("WWRRR") >= 0.95 > traced("RWRR")
    now = T0 + DAY
    late_start = mastery.assess(attempts("WWRRR"), 0.3, now)
    assert late_start.status is MasteryStatus.MASTERED
    assert mastery.assess(attempts("RWRR"), 0.3, now).reason.kind is ReasonKind.MODEL_BELOW
    # two right answers are never mastery (min_attempts), however sure
    assert mastery.assess(attempts("RR"), 0.99, now).status is MasteryStatus.LEARNING


def test_partial_credit_counts_in_between_in_knowledge_tracing() -> None:
    half = [SkillAttempt(0.5, 0.0, T0)]
    right, wrong = attempts("R"), attempts("W")
    known = [mastery.assess(h, None, T0).reason.known for h in (wrong, half, right)]
    assert known[0] is not None and known[1] is not None and known[2] is not None
    assert known[0] < known[1] < known[2]


def test_the_tracing_settings_change_the_decision() -> None:
    history = attempts("RRWR")
    now = last_time(history)
    sure = MasterySettings(mastered_known=0.9)
    assert mastery.assess(history, 0.3, now, sure).status is MasteryStatus.MASTERED
    guessy = MasterySettings(guess=0.4)
    assert mastery.assess(attempts("WRRR"), 0.3, now + 3 * MINUTE, guessy).status is (
        MasteryStatus.LEARNING
    )
    assert mastery.assess(attempts("WRRR"), 0.3, now + 3 * MINUTE).status is (
        MasteryStatus.MASTERED
    )
    off = MasterySettings(mastered_known=1.0)
    blocked = mastery.assess(attempts("RWRRR"), 0.4, now + 4 * MINUTE, off)
    assert blocked.reason.kind is ReasonKind.MODEL_BELOW
    assert blocked.reason.known_needed is None
    assert describe(blocked.reason) == (
        "learning: 3 of the last 4 right, but the model predicts 40% right (70% needed)"
    )


# --- stickiness, collapse, struggling --------------------------------------------------------

MASTERED_THEN_SHAKY = "RRRRRRRRRR" + "WWRRRWWR"  # the window: 6 of 10, never 3 wrong of 5


def test_mastery_is_sticky_through_a_few_wrong_answers() -> None:
    history = attempts(MASTERED_THEN_SHAKY)
    decision = assess(history, 0.85, last_time(history))
    assert (decision.reason.right, decision.reason.out_of) == (6, 10)
    assert decision.status is MasteryStatus.MASTERED
    # the same window with no mastery before it is not mastery
    fresh = attempts(MASTERED_THEN_SHAKY[-10:])
    assert assess(fresh, 0.85, last_time(fresh)).status is MasteryStatus.LEARNING


def test_collapse_of_the_evidence_returns_to_learning() -> None:
    history = attempts(MASTERED_THEN_SHAKY + "WW")  # the last five: W R W W ... 1 right
    decision = assess(history, 0.85, last_time(history))
    assert decision.status is MasteryStatus.LEARNING
    assert decision.reason.kind is ReasonKind.LAPSED
    assert decision.recall is None
    assert (
        describe(decision.reason) == "learning again: mastered before, now 4 of the last 10 right"
    )


def test_three_wrong_of_the_last_five_is_a_collapse_two_is_not() -> None:
    assert assess(attempts("R" * 10 + "WRWRR"), 0.9, T0).status is MasteryStatus.MASTERED
    assert assess(attempts("R" * 10 + "WRWRW"), 0.9, T0).status is MasteryStatus.LEARNING


def test_mastery_lost_can_be_regained() -> None:
    history = attempts(MASTERED_THEN_SHAKY + "WW" + "RRRRRRRR")
    assert assess(history, 0.9, last_time(history)).status is MasteryStatus.MASTERED


def test_many_attempts_without_gain_are_struggling() -> None:
    history = attempts("WWRWWRWWRW" * 2)  # 3 of 10, then 3 of 10
    decision = assess(history, 0.3, last_time(history))
    assert decision.status is MasteryStatus.STRUGGLING
    assert describe(decision.reason) == (
        "struggling: 3 of the last 10 right after 20 attempts, no better than before"
    )
    improving = attempts("WWWWWWWWWR" + "WWRWWRWWRW")  # 1 of 10, then 3 of 10
    assert assess(improving, 0.3, last_time(improving)).status is MasteryStatus.LEARNING
    too_few = attempts("WWRWWRWWRW" * 2)[:19]
    assert assess(too_few, 0.3, last_time(too_few)).status is MasteryStatus.LEARNING


# --- forgetting and review -------------------------------------------------------------------


def test_mastered_then_a_month_without_practice_is_due_for_review() -> None:
    history = attempts("RRRRRRRRRR", difficulties=rising(10))  # one sitting: little stability
    now = last_time(history) + 30 * DAY
    decision = assess(history, 0.9, now)
    assert decision.status is MasteryStatus.REVIEW_DUE
    assert decision.recall is not None
    assert decision.recall < DEFAULT_SETTINGS.review_recall
    assert decision.reason.recall == decision.recall
    memory = memory_from(history)
    assert memory is not None
    assert decision.recall == pytest.approx(0.9 ** (30 / memory.stability_days))
    assert describe(decision.reason) == (
        f"review due: last practised 30 days ago, recall about {decision.recall:.0%}"
    )
    # due_at is the moment recall crosses review_recall
    assert decision.due_at is not None
    assert last_time(history) < decision.due_at < now
    assert memory.recall(decision.due_at) == pytest.approx(0.8)
    before = assess(history, 0.9, decision.due_at - 1)
    after = assess(history, 0.9, decision.due_at + 1)
    assert before.status is MasteryStatus.MASTERED
    assert before.recall is not None
    assert before.recall >= 0.8
    assert after.status is MasteryStatus.REVIEW_DUE
    assert after.recall is not None
    assert after.recall < 0.8
    assert before.due_at == after.due_at == decision.due_at


def test_a_right_review_clears_the_review() -> None:
    history = attempts("RRRRRRRRRR")
    now = last_time(history) + 30 * DAY
    assert assess(history, 0.9, now).status is MasteryStatus.REVIEW_DUE
    reviewed = [*history, SkillAttempt(1.0, 0.0, now)]
    decision = assess(reviewed, 0.9, now + MINUTE)
    assert decision.status is MasteryStatus.MASTERED
    assert decision.due_at is not None
    assert decision.due_at > now + 7 * DAY  # a late right answer grows stability a lot


def test_review_due_wording() -> None:
    reason = Reason(ReasonKind.REVIEW_DUE, 9, 10, 10, Trend.SAME, 0.9, None, 12.3, 0.6412)
    assert describe(reason) == "review due: last practised 12 days ago, recall about 64%"
    assert describe(replace(reason, days_since=0.2)) == (
        "review due: last practised today, recall about 64%"
    )
    assert describe(replace(reason, days_since=1.2)) == (
        "review due: last practised 1 day ago, recall about 64%"
    )


def test_recall_is_nine_tenths_after_the_stability() -> None:
    memory = Memory(4.0, T0)
    assert memory.recall(T0) == 1.0
    assert memory.recall(T0 + 4 * DAY) == pytest.approx(0.9)
    assert memory.recall(T0 + 8 * DAY) == pytest.approx(0.81)
    assert memory.recall(T0 - DAY) == 1.0  # a clock set back: no time elapsed
    due = memory.due_at(0.8)
    assert due == pytest.approx(T0 + 4 * DAY * math.log(0.8) / math.log(0.9))


def test_spaced_right_answers_grow_stability_more_than_massed_ones() -> None:
    first = Memory.first(1.0, T0)
    assert first == Memory(DEFAULT_SETTINGS.initial_stability_days, T0)
    massed = first.after(1.0, T0 + MINUTE)
    spaced = first.after(1.0, T0 + DAY)  # recall had fallen to 90%
    assert massed.stability_days == pytest.approx(1.0, abs=0.01)
    assert spaced.stability_days == pytest.approx(DEFAULT_SETTINGS.growth_at_due)
    later = first.after(1.0, T0 + 2 * DAY)
    assert later.stability_days > spaced.stability_days
    # over a history too: five right answers on five days, or within five minutes
    daily = memory_from(attempts("RRRRR", step=DAY))
    sitting = memory_from(attempts("RRRRR", step=MINUTE))
    assert daily is not None
    assert sitting is not None
    assert daily.stability_days > 5 * sitting.stability_days


def test_growth_is_bounded() -> None:
    memory = Memory(2.0, T0).after(1.0, T0 + 200 * DAY)
    assert memory.stability_days == pytest.approx(2.0 * DEFAULT_SETTINGS.max_growth)
    longest = Memory(300.0, T0).after(1.0, T0 + 2000 * DAY)
    assert longest.stability_days == DEFAULT_SETTINGS.max_stability_days


def test_a_wrong_review_shrinks_stability() -> None:
    memory = Memory(10.0, T0)
    wrong = memory.after(0.0, T0 + 5 * DAY)
    assert wrong.stability_days == pytest.approx(10.0 * DEFAULT_SETTINGS.lapse_factor)
    assert wrong.last_practised == T0 + 5 * DAY
    half = memory.after(0.5, T0 + 5 * DAY)
    assert wrong.stability_days < half.stability_days
    floor = Memory(0.6, T0).after(0.0, T0 + DAY)
    assert floor.stability_days == DEFAULT_SETTINGS.min_stability_days


def test_a_first_wrong_answer_starts_with_less_stability() -> None:
    assert Memory.first(0.0, T0).stability_days == pytest.approx(0.5)
    assert Memory.first(0.0, T0).stability_days < Memory.first(1.0, T0).stability_days


def test_a_wrong_review_brings_the_review_sooner() -> None:
    history = attempts("RRRRR", step=DAY)
    now = last_time(history) + DAY
    right = assess([*history, SkillAttempt(1.0, 0.0, now)], 0.9, now)
    wrong = assess([*history, SkillAttempt(0.0, 0.0, now)], 0.9, now)
    assert right.status is wrong.status is MasteryStatus.MASTERED
    assert right.due_at is not None
    assert wrong.due_at is not None
    assert wrong.due_at < right.due_at


def test_assess_uses_the_memory_given() -> None:
    history = attempts("RRRRRRRRRR")
    now = last_time(history) + DAY
    assert assess(history, 0.9, now).status is MasteryStatus.MASTERED
    faded = Memory(0.25, last_time(history))
    decision = assess(history, 0.9, now, memory=faded)
    assert decision.status is MasteryStatus.REVIEW_DUE
    assert decision.recall == pytest.approx(0.9**4)


def test_unknown_times_give_no_review_and_no_spacing_credit() -> None:
    history = [SkillAttempt(1.0, 0.0, 0.0) for _ in range(10)]
    decision = assess(history, 0.9, T0 + 1000 * DAY)
    assert decision.status is MasteryStatus.MASTERED
    assert decision.recall is None
    assert decision.due_at is None
    assert describe(decision.reason) == "mastered: 10 of the last 10 right, at the same level"
    assert memory_from(history) == Memory(DEFAULT_SETTINGS.initial_stability_days, 0.0)


def test_an_attempt_of_unknown_time_keeps_the_last_known_time() -> None:
    history = [*attempts("RRRRR", step=DAY), SkillAttempt(1.0, 0.0, 0.0)]
    memory = memory_from(history)
    known = memory_from(history[:5])
    assert memory is not None
    assert known is not None
    assert memory.last_practised == history[4].at
    assert memory.stability_days == pytest.approx(known.stability_days)  # massed: no growth
    # and known times after it must still be in order with the known ones before it
    later = [*history, SkillAttempt(1.0, 0.0, history[4].at + DAY)]
    assert assess(later, 0.9, history[4].at + DAY).status is MasteryStatus.MASTERED


# --- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"score": 1.5}, r"SkillAttempt\.score must be from 0 to 1, not 1\.5"),
        ({"score": -0.1}, r"SkillAttempt\.score must be from 0 to 1"),
        ({"score": math.nan}, r"SkillAttempt\.score must be a finite number, not nan"),
        ({"score": True}, r"SkillAttempt\.score must be a number, not True"),
        ({"score": "1"}, r"SkillAttempt\.score must be a number, not '1'"),
        ({"difficulty": math.inf}, r"SkillAttempt\.difficulty must be a finite number"),
        ({"at": -1.0}, r"SkillAttempt\.at must be seconds since the epoch .*at least 0"),
        ({"at": math.nan}, r"SkillAttempt\.at must be a finite number, not nan"),
    ],
)
def test_bad_attempts_are_refused(fields: dict[str, Any], message: str) -> None:
    values: dict[str, Any] = {"score": 1.0, "difficulty": 0.0, "at": T0, **fields}
    with pytest.raises(ValueError, match=message):
        SkillAttempt(**values)


def test_attempts_out_of_time_order_are_refused() -> None:
    history = attempts("RRRR")
    shuffled = [history[0], history[2], history[1], history[3]]
    message = r"attempts must be in time order: attempt 3 at .* is before an earlier attempt"
    with pytest.raises(ValueError, match=message):
        assess(shuffled, 0.9, T0)
    with pytest.raises(ValueError, match=message):
        assess(shuffled, 0.9, T0, memory=Memory(1.0, T0))
    with pytest.raises(ValueError, match=message):
        memory_from(shuffled)
    with pytest.raises(ValueError, match="attempts must be in time order"):
        Memory(1.0, T0).after(1.0, T0 - 1)


def test_equal_times_are_in_order() -> None:
    history = [SkillAttempt(1.0, 0.0, T0) for _ in range(5)]
    assert assess(history, None, T0).status is MasteryStatus.MASTERED


@pytest.mark.parametrize(
    ("predicted", "now", "message"),
    [
        (1.2, T0, r"predicted must be from 0 to 1, not 1\.2"),
        (math.nan, T0, r"predicted must be a finite number, not nan"),
        (0.5, -5.0, r"now must be seconds since the epoch"),
        (0.5, math.nan, r"now must be a finite number, not nan"),
        (0.5, math.inf, r"now must be a finite number, not inf"),
    ],
)
def test_bad_predictions_and_times_are_refused(predicted: float, now: float, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        assess(attempts("RRRRR"), predicted, now)
    with pytest.raises(ValueError, match=message):
        assess([], predicted, now)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"window": 0}, r"MasterySettings\.window must be an int of at least 1, not 0"),
        ({"window": True}, r"MasterySettings\.window must be an int"),
        ({"window": 2.5}, r"MasterySettings\.window must be an int"),
        ({"min_attempts": -1}, r"MasterySettings\.min_attempts must be an int"),
        ({"mastered_accuracy": 0.0}, r"MasterySettings\.mastered_accuracy must be more than 0"),
        ({"mastered_prediction": 1.5}, r"MasterySettings\.mastered_prediction must be from 0"),
        ({"review_recall": 1.0}, r"MasterySettings\.review_recall must be between 0 and 1"),
        ({"review_recall": math.nan}, r"MasterySettings\.review_recall must be a finite number"),
        ({"lapse_accuracy": 0.9}, r"MasterySettings\.lapse_accuracy must be at most mastered_"),
        ({"min_stability_days": 0.0}, r"MasterySettings\.min_stability_days must be more than 0"),
        ({"initial_stability_days": 400.0}, r"MasterySettings\.initial_stability_days must be"),
        ({"max_growth": 2.0}, r"MasterySettings\.max_growth must be at least growth_at_due"),
        ({"growth_at_due": 0.5}, r"MasterySettings\.growth_at_due must be at least 1"),
        ({"lapse_factor": 0.0}, r"MasterySettings\.lapse_factor must be more than 0"),
        ({"model_weight": -1.0}, r"MasterySettings\.model_weight must be at least 0"),
        ({"right_score": 0.0}, r"MasterySettings\.right_score must be more than 0"),
        ({"mastered_known": 1.5}, r"MasterySettings\.mastered_known must be from 0 to 1"),
        ({"known_prior": -0.1}, r"MasterySettings\.known_prior must be from 0 to 1"),
        ({"learn": 2.0}, r"MasterySettings\.learn must be from 0 to 1"),
        ({"guess": 0.0}, r"MasterySettings\.guess must be between 0 and 1"),
        ({"slip": 1.0}, r"MasterySettings\.slip must be between 0 and 1"),
        ({"guess": 0.6, "slip": 0.5}, r"MasterySettings\.guess plus slip \(0\.5\) must be"),
    ],
)
def test_bad_settings_are_refused(fields: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        MasterySettings(**fields)


@pytest.mark.parametrize(
    ("stability", "last", "message"),
    [
        (0.0, T0, r"Memory\.stability_days must be more than 0"),
        (math.nan, T0, r"Memory\.stability_days must be a finite number"),
        (1.0, -1.0, r"Memory\.last_practised must be seconds since the epoch"),
    ],
)
def test_bad_memories_are_refused(stability: float, last: float, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Memory(stability, last)


def test_a_decision_keeps_its_promises() -> None:
    reason = Reason(ReasonKind.LEARNING)
    with pytest.raises(ValueError, match="an estimate is from 0 to 1"):
        MasteryDecision(MasteryStatus.LEARNING, 1.1, None, None, reason)
    with pytest.raises(ValueError, match="a recall is from 0 to 1"):
        MasteryDecision(MasteryStatus.MASTERED, 0.5, -0.1, None, reason)


# --- purity, cost, and every input -----------------------------------------------------------


def test_assess_is_deterministic_and_changes_nothing() -> None:
    history = attempts("RRWRRRRRRRWR", step=DAY, difficulties=rising(12))
    copy = list(history)
    first = assess(history, 0.85, last_time(history) + 40 * DAY)
    assert assess(history, 0.85, last_time(history) + 40 * DAY) == first
    assert history == copy


_SCORES = st.one_of(st.sampled_from([0.0, 1.0]), st.floats(min_value=0.0, max_value=1.0))
_STEPS = st.tuples(
    _SCORES,
    st.floats(allow_nan=False, allow_infinity=False),  # difficulty
    st.one_of(st.just(0.0), st.floats(min_value=0.0, max_value=400 * DAY)),  # time since
    st.sampled_from([True, True, True, False]),  # the time is known
)


@st.composite
def histories(draw: st.DrawFn) -> list[SkillAttempt]:
    """Valid attempt lists: any scores and finite difficulties; known times in order, with some
    unknown (0) among them."""
    clock = draw(st.floats(min_value=0.0, max_value=2e9))
    history = []
    for score, difficulty, gap, known in draw(st.lists(_STEPS, max_size=40)):
        clock += gap
        history.append(SkillAttempt(score, difficulty, clock if known else 0.0))
    return history


@st.composite
def mastery_settings(draw: st.DrawFn) -> MasterySettings:
    accuracy = draw(st.floats(min_value=0.05, max_value=1.0))
    return MasterySettings(
        window=draw(st.integers(min_value=1, max_value=15)),
        min_attempts=draw(st.integers(min_value=1, max_value=15)),
        right_score=draw(st.floats(min_value=0.01, max_value=1.0)),
        mastered_accuracy=accuracy,
        mastered_prediction=draw(st.floats(min_value=0.0, max_value=1.0)),
        lapse_window=draw(st.integers(min_value=1, max_value=10)),
        lapse_accuracy=draw(st.floats(min_value=0.0, max_value=accuracy)),
        struggling_attempts=draw(st.integers(min_value=1, max_value=30)),
        model_weight=draw(st.floats(min_value=0.0, max_value=50.0)),
        review_recall=draw(st.floats(min_value=0.01, max_value=0.99)),
        mastered_known=draw(st.floats(min_value=0.0, max_value=1.0)),
        known_prior=draw(st.floats(min_value=0.0, max_value=1.0)),
        guess=draw(st.floats(min_value=0.01, max_value=0.49)),
        slip=draw(st.floats(min_value=0.01, max_value=0.49)),
        learn=draw(st.floats(min_value=0.0, max_value=1.0)),
    )


@settings(max_examples=400, deadline=None)
@given(
    histories(),
    st.one_of(st.none(), st.floats(min_value=0.0, max_value=1.0)),
    st.floats(min_value=0.0, max_value=1e10),
    st.one_of(st.just(DEFAULT_SETTINGS), mastery_settings()),
)
def test_every_valid_history_is_assessed(
    history: list[SkillAttempt], predicted: float | None, now: float, options: MasterySettings
) -> None:
    decision = assess(history, predicted, now, options)
    assert 0.0 <= decision.estimate <= 1.0
    assert decision.recall is None or 0.0 <= decision.recall <= 1.0
    assert describe(decision.reason)
    known = decision.reason.known
    assert (known is None) == (not history)
    assert known is None or 0.0 <= known <= 1.0
    mastered = {MasteryStatus.MASTERED, MasteryStatus.REVIEW_DUE}
    if not history:
        assert decision.status is MasteryStatus.NOT_STARTED
    if decision.status not in mastered:
        assert decision.recall is None
        assert decision.due_at is None
    assert (decision.recall is None) == (decision.due_at is None)
    review_due = decision.recall is not None and decision.recall < options.review_recall
    assert (decision.status is MasteryStatus.REVIEW_DUE) == review_due
    memory = memory_from(history, options)
    if memory is not None:
        low, high = options.min_stability_days, options.max_stability_days
        assert low <= memory.stability_days <= high


def test_a_recent_lapse_is_worded_as_such_an_old_one_gives_way_to_struggling() -> None:
    recent = attempts(MASTERED_THEN_SHAKY + "WW")  # 20 attempts, 4 of the last 10 right
    assert assess(recent, 0.5, last_time(recent)).reason.kind is ReasonKind.LAPSED
    old = attempts("R" * 10 + "WWW" + "WWRWWRWWRW" * 2)
    decision = assess(old, 0.3, last_time(old))
    assert decision.status is MasteryStatus.STRUGGLING
    assert decision.reason.kind is ReasonKind.STRUGGLING


def test_a_plateau_near_the_mark_is_learning_not_struggling() -> None:
    plateau = attempts("RWRWRRWRWR" * 2)  # 6 of 10, then 6 of 10: never mastered
    assert assess(plateau, 0.6, last_time(plateau)).status is MasteryStatus.LEARNING
    lower = attempts("RWRWRWRWRW" * 2)  # 5 of 10, then 5 of 10
    assert assess(lower, 0.5, last_time(lower)).status is MasteryStatus.STRUGGLING
