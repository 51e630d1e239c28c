"""What comes next for a learner: a lesson, a practice item, a review, or nothing left to do.

next_activity() decides in this order, and says why (Why):
1. the skill to work on: due reviews are interleaved (one when none of the last
   `review_spacing` items was a review); then the topic the learner chose, if unlocked (else
   the first unfinished prerequisite that leads to it); then the teacher's assignments, soonest
   due first; then a skill already under way; then the first unlocked skill not yet started
   (in the curriculum's order); then a skill the learner struggles with (STRUGGLING: drilling
   it further waits while other work is open, and the teacher sees it); when everything is
   mastered, the review due soonest. When the Situation has a scope (the packs in the
   learner's language), reviews and the skills under way, not started or struggled with are
   taken from it only;
   then, unless it is a review, a check of its prerequisites: when the learner is stuck on the
   skill (at most `stuck_right` [1] right of its last `stuck_window` [4] answers), a prerequisite
   counted as done but not proven by the learner's own recent answers (fewer than
   `proven_right` [2] right of its last `proven_window` [3]: typically a skill the placement
   check placed from one answer, or from answers on later skills) is practised instead (Why
   CHECK), the first in the curriculum's order, and so on down while the learner is stuck on that
   one too. Learning a skill without its basics is slow: a teacher whose pupil is stuck first
   makes sure of what the skill builds on. A known prerequisite is proven in an item or two; one
   the learner does not know is practised until it is (the app's mastery rule then usually takes
   its mastery back, which locks the skill above until it is mastered again);
2. a lesson before practice: the skill's first lesson not yet seen (placement answers do not
   count as practice; a review shows no lesson);
3. the skill's item whose predicted success is nearest the skill's target (default 0.7),
   never one of the last `repeat_window` items (unless the skill has no other), ties broken
   towards items practised least.

Guarantees: a skill is unlocked when every prerequisite is mastered (MASTERED or REVIEW_DUE: it
was mastered); a skill with no items counts as mastered once its lessons are seen. Nothing but
the Situation given is read; the decision is deterministic. Work is proportional to the skills
plus the items of one skill (one vectorised prediction), not to the history.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, field
from enum import Enum

import numpy as np

from tutor.engine.curriculum import Curriculum
from tutor.engine.mastery import MasteryStatus
from tutor.engine.model import LearnerState, Predictor

DONE_STATUSES = frozenset({MasteryStatus.MASTERED, MasteryStatus.REVIEW_DUE})
_NOT_UNDER_WAY = frozenset({MasteryStatus.NOT_STARTED, MasteryStatus.STRUGGLING})


class Kind(Enum):
    LESSON = "lesson"
    PRACTICE = "practice"
    DONE = "done"  # nothing left: every skill mastered, no review due, or no items at all


class Why(Enum):
    REVIEW = "review"  # a mastered skill whose predicted recall has fallen
    TOPIC = "topic"  # the learner chose it
    PREREQUISITE = "prerequisite"  # needed first for the topic the learner chose
    ASSIGNMENT = "assignment"  # the teacher assigned it
    CONTINUE = "continue"  # already under way
    CHECK = "check"  # a prerequisite of a skill the learner is stuck on, checked again
    NEXT_SKILL = "next_skill"  # the next skill in the curriculum
    ALL_MASTERED = "all_mastered"


@dataclass(frozen=True)
class Assignment:
    """Work a teacher set: skills to master, by a due time (seconds since the epoch) or not."""

    assignment_id: str
    skills: tuple[str, ...]
    due: float | None = None


@dataclass(frozen=True)
class Situation:
    """Everything the policy reads about a learner now. `status` gives each skill's mastery
    (missing: NOT_STARTED); `recall` each mastered skill's predicted recall; `recent_items`
    the items answered, oldest first (only the last repeat_window matter)."""

    state: LearnerState
    status: Mapping[str, MasteryStatus] = field(default_factory=dict)
    recall: Mapping[str, float] = field(default_factory=dict)
    lessons_seen: Set[str] = frozenset()
    recent_items: Sequence[str] = ()
    assignments: Sequence[Assignment] = ()
    topic: str | None = None
    now: float = 0.0
    # The skills the learner works on of their own accord (the packs in their language, say);
    # None: all. The topic they choose and their teacher's assignments may lie outside it.
    scope: Set[str] | None = None


@dataclass(frozen=True)
class PolicySettings:
    repeat_window: int = 20  # an item is not repeated within this many answers
    review_spacing: int = 2  # at most one review every this many items, while other work waits
    check_prerequisites: bool = True  # check the prerequisites of a skill the learner is stuck on
    stuck_window: int = 4  # a skill is stuck when, of its last this many answers (a full window),
    stuck_right: int = 1  # at most this many are right
    proven_window: int = 3  # a done prerequisite is proven when, of its last this many answers,
    proven_right: int = 2  # at least this many are right

    def __post_init__(self) -> None:
        if self.repeat_window < 0 or self.review_spacing < 0:
            raise ValueError("repeat_window and review_spacing are counts (0 or more)")
        if not 0 <= self.stuck_right < self.stuck_window:
            raise ValueError("stuck_right must be from 0 to less than stuck_window")
        if not 1 <= self.proven_right <= self.proven_window:
            raise ValueError("proven_right must be from 1 to proven_window")


@dataclass(frozen=True)
class Activity:
    kind: Kind
    why: Why
    skill_id: str | None = None
    lesson_id: str | None = None
    item_id: str | None = None
    predicted: float | None = None  # the item's predicted success, for practice


class Policy:
    """Chooses activities over one curriculum; the predictor must be bound to its items."""

    def __init__(
        self, curriculum: Curriculum, predictor: Predictor, settings: PolicySettings | None = None
    ) -> None:
        if [i.item_id for i in predictor.items] != [i.item_id for i in curriculum.items]:
            raise ValueError("the predictor is bound to other items than the curriculum's")
        self.curriculum = curriculum
        self.predictor = predictor
        self.settings = settings or PolicySettings()
        self._place = {skill: n for n, skill in enumerate(curriculum.order)}

    # --- what is open ------------------------------------------------------------------------

    def done(self, skill: str, situation: Situation) -> bool:
        """Mastered, or (no items) every lesson seen."""
        if not len(self.curriculum.rows[skill]):
            return set(self.curriculum.skills[skill].lessons) <= situation.lessons_seen
        return situation.status.get(skill, MasteryStatus.NOT_STARTED) in DONE_STATUSES

    def unlocked(self, situation: Situation) -> list[str]:
        """The skills whose prerequisites are all done, in curriculum order."""
        return [
            skill
            for skill in self.curriculum.order
            if all(self.done(p, situation) for p in self.curriculum.skills[skill].prerequisites)
        ]

    # --- the decision ------------------------------------------------------------------------

    def next_activity(self, situation: Situation) -> Activity:
        skill, why = self._skill(situation)
        if skill is None:
            return Activity(Kind.DONE, why)
        if why is not Why.REVIEW:
            checked = self._check(skill, situation)
            if checked != skill:
                skill, why = checked, Why.CHECK
        plan = self.curriculum.skills[skill]
        unseen = [lesson for lesson in plan.lessons if lesson not in situation.lessons_seen]
        if unseen and why is not Why.REVIEW:
            return Activity(Kind.LESSON, why, skill, lesson_id=unseen[0])
        row, predicted = self._item(skill, situation)
        item_id = self.curriculum.items[row].item_id
        return Activity(Kind.PRACTICE, why, skill, item_id=item_id, predicted=predicted)

    def _skill(self, situation: Situation) -> tuple[str | None, Why]:
        unlocked = self.unlocked(situation)
        open_ = [
            s for s in unlocked if not self.done(s, situation) and self._has_work(s, situation)
        ]
        scope = situation.scope
        own = open_ if scope is None else [s for s in open_ if s in scope]
        reviews = [s for s in self._due_reviews(situation) if scope is None or s in scope]
        if reviews and own and self._review_spaced(situation):
            return reviews[0], Why.REVIEW
        chosen = situation.topic
        if chosen in self.curriculum.skills:
            if chosen in unlocked and self._has_work(chosen, situation):
                return chosen, Why.TOPIC
            needed = [s for s in open_ if s in self.curriculum.ancestors[chosen]]
            if needed:
                return needed[0], Why.PREREQUISITE
        for assignment in sorted(
            situation.assignments, key=lambda a: (a.due is None, a.due or 0.0, a.assignment_id)
        ):
            for skill in assignment.skills:
                if skill in open_:
                    return skill, Why.ASSIGNMENT
                pending = [s for s in open_ if s in self.curriculum.ancestors.get(skill, ())]
                if skill in self.curriculum.skills and not self.done(skill, situation) and pending:
                    return pending[0], Why.ASSIGNMENT
        status = {s: situation.status.get(s, MasteryStatus.NOT_STARTED) for s in own}
        under_way = [s for s in own if status[s] not in _NOT_UNDER_WAY]
        if under_way:
            return under_way[0], Why.CONTINUE
        fresh = [s for s in own if status[s] == MasteryStatus.NOT_STARTED]
        if fresh:
            return fresh[0], Why.NEXT_SKILL
        if own:  # only skills the learner struggles with are left: back to them
            return own[0], Why.CONTINUE
        if reviews:
            return reviews[0], Why.REVIEW
        return None, Why.ALL_MASTERED

    def _check(self, skill: str, situation: Situation) -> str:
        """The skill to practise instead of `skill` when the learner is stuck on it: its first
        done prerequisite (in curriculum order) whose own recent answers do not prove it, and so
        on down while that one is stuck too; else `skill` itself."""
        seen = {skill}
        while self.settings.check_prerequisites and self._stuck(skill, situation):
            prerequisites = self.curriculum.skills[skill].prerequisites
            doubtful = [
                p
                for p in sorted(prerequisites, key=self._place.__getitem__)
                if p not in seen
                and len(self.curriculum.rows[p])
                and self.done(p, situation)
                and not self._proven(p, situation)
            ]
            if not doubtful:
                break
            skill = doubtful[0]
            seen.add(skill)
        return skill

    def _recent(self, skill: str, situation: Situation, count: int) -> list[float]:
        """The skill's last `count` scores (fewer if there are fewer), oldest first."""
        index = self.predictor.skill_index.get(skill)
        window = situation.state.skill_windows.get(index) if index is not None else None
        return list(window)[-count:] if window and count else []

    def _stuck(self, skill: str, situation: Situation) -> bool:
        """A full window of the skill's last answers with too few right."""
        s = self.settings
        recent = self._recent(skill, situation, s.stuck_window)
        return len(recent) >= s.stuck_window and sum(x >= 1.0 for x in recent) <= s.stuck_right

    def _proven(self, skill: str, situation: Situation) -> bool:
        """Enough right answers among the skill's last ones (placed skills may have none)."""
        s = self.settings
        recent = self._recent(skill, situation, s.proven_window)
        return sum(x >= 1.0 for x in recent) >= s.proven_right

    def _has_work(self, skill: str, situation: Situation) -> bool:
        """Practice items, or a lesson not yet seen."""
        plan = self.curriculum.skills[skill]
        return bool(len(self.curriculum.rows[skill])) or any(
            lesson not in situation.lessons_seen for lesson in plan.lessons
        )

    def _due_reviews(self, situation: Situation) -> list[str]:
        """Skills due for review, lowest recall first."""
        due = [
            skill
            for skill in self.curriculum.order
            if situation.status.get(skill) == MasteryStatus.REVIEW_DUE
            and len(self.curriculum.rows[skill])
        ]
        return sorted(due, key=lambda s: situation.recall.get(s, 0.0))

    def _review_spaced(self, situation: Situation) -> bool:
        spacing = self.settings.review_spacing
        if spacing == 0:
            return True
        last = situation.recent_items[-spacing:]
        skill_of = self.predictor.index
        for item_id in last:
            row = skill_of.get(item_id)
            if row is not None:
                skill = self.curriculum.items[row].skill_id
                if situation.status.get(skill) == MasteryStatus.REVIEW_DUE:
                    return False
        return True

    def _item(self, skill: str, situation: Situation) -> tuple[int, float]:
        rows = self.curriculum.rows[skill]
        predicted = self.predictor.predict_rows(situation.state, rows, situation.now)
        window = self.settings.repeat_window
        recent = list(situation.recent_items[-window:]) if window else []
        last_seen = {item: n for n, item in enumerate(recent)}  # later = more recent
        ids = [self.curriculum.items[row].item_id for row in rows.tolist()]
        fresh = np.array([item not in last_seen for item in ids])
        target = self.curriculum.skills[skill].target
        distance = np.abs(predicted - target)
        practised = situation.state.item_attempts[rows]
        if fresh.any():
            candidates = np.flatnonzero(fresh)
            best = candidates[np.lexsort((practised[candidates], distance[candidates]))[0]]
        else:  # every item was seen lately: the one seen longest ago
            best = min(range(len(ids)), key=lambda n: last_seen[ids[n]])
        return int(rows[best]), float(predicted[best])
