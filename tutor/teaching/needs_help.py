"""Who needs help, and why: read from the student model's view of each learner's answers.

Not a fixed "4 wrong" rule. Each learner's answers are replayed through the model
(tutor.learning.trace), and three patterns are looked for:

* **stalled**: the learner keeps practising a skill they have not mastered, and the model's
  estimate for it has not risen over their last STALL_WINDOW tries there;
* **struggling**: the mastery judge (tutor.engine.mastery) marks a skill STRUGGLING;
* **sudden drop**: over their last DROP_WINDOW answers (any skills) the learner got clearly fewer
  right than the model expected from their earlier work — a change worth asking about.

Guarantee: each flag carries the figures that raised it, so the teacher reads the reason, not a
verdict; flags are sorted most serious first (a learner appears once per skill at most).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from tutor.learning.trace import AnswerTrace, TracePlan

STALL_WINDOW = 6
STALL_GAIN = 0.03  # the estimate must rise by at least this over the window to count as progress
STALL_ACCURACY = 0.6  # a learner getting most right is not stalled, whatever the estimate does
DROP_WINDOW = 10
DROP_MIN_SHORTFALL = 3.0  # expected right minus actual right over the window
DROP_MIN_RATE_GAP = 0.25  # and the rate gap, so long windows of hard items don't flag


class HelpReason(StrEnum):
    STRUGGLING = "struggling"
    STALLED = "stalled"
    DROP = "drop"


@dataclass(frozen=True)
class HelpFlag:
    learner_id: str
    learner_name: str
    reason: HelpReason
    skill_id: str | None  # None for a drop across skills
    tries: int  # answers the reason looks at
    right: int  # of them, right
    expected_right: float  # what the model expected of them (drop) or 0
    estimate_before: float  # the skill estimate at the window's start (stalled/struggling)
    estimate_now: float

    @property
    def severity(self) -> float:
        if self.reason is HelpReason.DROP:
            return 2.0 + (self.expected_right - self.right) / max(self.tries, 1)
        base = 3.0 if self.reason is HelpReason.STRUGGLING else 1.0
        return base + (1.0 - self.right / max(self.tries, 1))


def flags_for_learner(
    learner_id: str,
    name: str,
    traces: list[AnswerTrace],
    statuses: dict[str, str] | None = None,
) -> list[HelpFlag]:
    """Every reason this learner needs help now, from their traced answers (oldest first) and,
    when given, the mastery status stored for each skill (the live decision; else the trace's)."""
    flags: list[HelpFlag] = []
    by_skill: dict[str, list[AnswerTrace]] = {}
    for trace in traces:
        by_skill.setdefault(trace.skill_id, []).append(trace)
    for skill_id, answers in by_skill.items():
        last = answers[-1]
        status = (statuses or {}).get(skill_id, last.status)
        if status in ("mastered", "review_due"):
            continue
        window = answers[-STALL_WINDOW:]
        right = sum(trace.correct for trace in window)
        start = (
            answers[-STALL_WINDOW - 1].skill_estimate
            if len(answers) > STALL_WINDOW
            else (window[0].expected)
        )
        if status == "struggling":
            reason = HelpReason.STRUGGLING
        elif (
            len(window) == STALL_WINDOW
            and last.skill_estimate - start < STALL_GAIN
            and right / len(window) < STALL_ACCURACY
        ):
            reason = HelpReason.STALLED
        else:
            continue
        flags.append(
            HelpFlag(
                learner_id,
                name,
                reason,
                skill_id,
                len(window),
                right,
                0.0,
                start,
                last.skill_estimate,
            )
        )
    recent = traces[-DROP_WINDOW:]
    if len(recent) == DROP_WINDOW:
        right = sum(trace.correct for trace in recent)
        expected = sum(trace.expected for trace in recent)
        if expected - right >= DROP_MIN_SHORTFALL and (expected - right) / DROP_WINDOW >= (
            DROP_MIN_RATE_GAP
        ):
            flags.append(
                HelpFlag(
                    learner_id, name, HelpReason.DROP, None, DROP_WINDOW, right, expected, 0.0, 0.0
                )
            )
    return flags


def needs_help_plan(skills: Sequence[str], times: Sequence[datetime]) -> TracePlan:
    """Both figures at every answer flags_for_learner reads: the learner's last DROP_WINDOW
    answers and each skill's last STALL_WINDOW + 1 (tutor.teaching.recent_answers reads the
    same answers from the database). Statuses come from the stored mastery decisions."""
    del times
    chosen = set(range(max(0, len(skills) - DROP_WINDOW), len(skills)))
    seen: dict[str, int] = {}
    for position in range(len(skills) - 1, -1, -1):
        count = seen.get(skills[position], 0)
        if count <= STALL_WINDOW:
            chosen.add(position)
            seen[skills[position]] = count + 1
    positions = frozenset(chosen)
    return TracePlan(positions, positions, frozenset())


def sort_flags(flags: list[HelpFlag]) -> list[HelpFlag]:
    return sorted(flags, key=lambda flag: (-flag.severity, flag.learner_name.casefold()))
