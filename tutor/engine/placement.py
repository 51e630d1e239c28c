"""The placement check: a few adaptively chosen items that find what a new learner already knows.

Each skill has a probability that the learner already knows it. It starts lower the more
skills it builds on: a skill with n prerequisites (direct or not) starts at 1 / (1/prior + n),
but not below least_prior (nor above prior). With the default prior of one half that is
1 / (n + 2): the chance that a skill and the n below it are all known when a learner knows each,
once the ones below it are known, with a chance that could be anything from 0 to 1 (Laplace's
rule of succession). So the unit's last skill is not taken to be as likely known as its first: a
lucky answer or two on a late skill does not place everything below it, and a skill far along
needs a few right answers before it is placed.

An answer on a skill updates it by Bayes' rule with a slip and a guess rate; the prerequisite
graph then carries the news: knowing a skill means knowing its prerequisites (a right answer
lifts every ancestor to at least the skill's probability), and not knowing it means not knowing
what builds on it (a wrong answer lowers every descendant to at most the skill's probability).
The next item is on the skill whose answer settles the most: the most uncertain skill, weighted
by how much undecided skills its answer would move either way (a binary search along chains of
skills). It stops after `max_items` (at most 15) or when no skill is undecided; one wrong answer
alone does not settle a skill as unknown, nor one right answer as known, so a slip is
recoverable.

Guarantees: at most max_items items, never the same item twice, only skills that have items;
known() is closed under prerequisites (a skill is placed only with all its prerequisites), so
skipping the placed skills never skips something a later skill needs.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tutor.engine.curriculum import Curriculum
from tutor.engine.model import StudentModel

MAX_ITEMS = 15


@dataclass(frozen=True)
class PlacementSettings:
    max_items: int = MAX_ITEMS
    prior: float = 0.5  # P(known) at the start, for a skill without prerequisites
    least_prior: float = 0.25  # the lowest start, however many skills a skill builds on
    slip: float = 0.1  # P(wrong | knows the skill)
    guess: float = 0.2  # P(right | does not know it)
    known_at: float = 0.85  # placed as known from this probability
    unknown_at: float = 0.1  # settled as not known below this (one wrong answer is not enough)

    def __post_init__(self) -> None:
        if not 1 <= self.max_items <= MAX_ITEMS:
            raise ValueError(f"a placement check has 1 to {MAX_ITEMS} items, not {self.max_items}")
        for name in ("prior", "least_prior", "slip", "guess", "known_at", "unknown_at"):
            if not 0.0 < getattr(self, name) < 1.0:
                raise ValueError(f"{name} must be between 0 and 1")
        if self.slip + self.guess >= 1.0 or self.unknown_at >= self.known_at:
            raise ValueError("slip + guess must be below 1, and unknown_at below known_at")


class Placement:
    """One learner's placement check. Ask next_item(), then record() the answer, until
    next_item() gives None; known() is the result."""

    def __init__(
        self,
        curriculum: Curriculum,
        model: StudentModel,
        settings: PlacementSettings | None = None,
    ) -> None:
        self.curriculum = curriculum
        self.settings = settings or PlacementSettings()
        self.probability = {
            skill: self.start(len(curriculum.ancestors[skill])) for skill in curriculum.skills
        }
        self.asked: list[str] = []
        self._skill_of = {item.item_id: item.skill_id for item in curriculum.items}
        # Each skill's items, the most typical (expected correctness nearest the median) first.
        self._queue: dict[str, list[str]] = {}
        for skill, rows in curriculum.rows.items():
            items = [curriculum.items[row] for row in rows.tolist()]
            expected = np.array([model.expected_for(item) for item in items])
            middle = float(np.median(expected)) if len(items) else 0.0
            ranked = sorted(
                zip(np.abs(expected - middle).tolist(), range(len(items)), items, strict=True)
            )
            self._queue[skill] = [item.item_id for _, _, item in ranked]

    def start(self, below: int) -> float:
        """The probability at the start for a skill that builds on `below` other skills."""
        s = self.settings
        return max(min(s.prior, s.least_prior), 1.0 / (1.0 / s.prior + below))

    def undecided(self) -> list[str]:
        s = self.settings
        return [
            skill
            for skill in self.curriculum.order
            if s.unknown_at < self.probability[skill] < s.known_at and self._queue[skill]
        ]

    def next_item(self) -> str | None:
        if len(self.asked) >= self.settings.max_items:
            return None
        undecided = self.undecided()
        if not undecided:
            return None
        open_set = set(undecided)

        def uncertainty(skill: str) -> float:
            return min(self.probability[skill], 1.0 - self.probability[skill])

        def value(skill: str) -> tuple[float, float]:
            # Like a binary search along the graph: an answer that can settle much on both sides
            # (prerequisites if right, dependents if wrong) first, then the widest reach; each
            # skill it moves counts by how unsure it still is.
            below = sum(uncertainty(s) for s in self.curriculum.ancestors[skill] & open_set)
            above = sum(uncertainty(s) for s in self.curriculum.descendants[skill] & open_set)
            own = uncertainty(skill)
            return own * (1 + min(below, above)), own * (1 + below + above)

        skill = max(undecided, key=value)  # max keeps the earliest skill among equals
        return self._queue[skill][0]

    def record(self, item_id: str, score: float) -> None:
        """Take in one answer (score 0..1) to an item next_item() gave."""
        skill = self._skill_of.get(item_id)
        if skill is None or item_id in self.asked or item_id not in self._queue[skill]:
            raise ValueError(f"item {item_id} was not asked by this placement check")
        if not 0.0 <= score <= 1.0:
            raise ValueError(f"a score is between 0 and 1, not {score!r}")
        self.asked.append(item_id)
        self._queue[skill].remove(item_id)
        s = self.settings
        p = self.probability[skill]
        if_known = (1.0 - s.slip) * score + s.slip * (1.0 - score)
        if_unknown = s.guess * score + (1.0 - s.guess) * (1.0 - score)
        posterior = p * if_known / (p * if_known + (1.0 - p) * if_unknown)
        self.probability[skill] = posterior
        if posterior > p:
            for ancestor in self.curriculum.ancestors[skill]:
                self.probability[ancestor] = max(self.probability[ancestor], posterior)
        else:
            for descendant in self.curriculum.descendants[skill]:
                self.probability[descendant] = min(self.probability[descendant], posterior)

    def known(self) -> frozenset[str]:
        """Skills placed as known: probability at least known_at for the skill and for all its
        prerequisites. (A skill without items moves only with what answers on the skills
        around it show.)"""
        confident = {skill for skill, p in self.probability.items() if p >= self.settings.known_at}
        return frozenset(
            skill for skill in confident if self.curriculum.ancestors[skill] <= confident
        )
