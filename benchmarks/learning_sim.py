"""Learning simulation: the adaptive policy against a fixed linear sequence through the same items.

Simulated learners with hidden skill states answer items; the engine sees only their answers.
Both conditions teach the same learners (same seeds) with the same items, and end with the same
post-test.

The generative model (the "world" is one curriculum, drawn once with seed 0):

* 10 skills in a prerequisite graph: s0; s1 and s2 after s0; s3 after s1 and s2; s4 and s5
  after s3; s6 after s4; s7 after s5 and s6; s8 after s7; s9 after s8 (the curriculum's order is
  s0 .. s9). Each skill has one lesson, 12 practice items and 8 post-test items (never
  practised). Skill k has a level d_k ~ U(-0.5, 0.5); each item a true difficulty
  b = d_k + U(-1.5, 1.5) on a logit scale. The author's difficulty prior the engine sees is
  b + N(0, 0.5), clipped to -3 .. 3 (authors judge difficulty roughly). Practice items are
  listed easiest first by that prior, as a textbook would order them.
* A learner has an ability theta ~ N(0, 0.7), a learning rate r ~ U(0.1, 0.35) (times a skill's
  ease m_k ~ U(0.7, 1.3), drawn once for the world) and, per skill, a hidden binary state:
  learned or not (BKT-style). At the start, going through the skills in order, a skill is
  already learned with probability q when all its prerequisites are, where q ~ U(0, 1) per
  learner: so what a learner knows respects the prerequisites and varies from nothing to the
  whole unit (the output shows the results by how much was known).
* P(right) = 0.15 + 0.85 * sigmoid(theta - b + 2.5) when the skill is learned, with -2.5 in
  place of +2.5 when it is not: with theta = 0 and b = 0, 0.94 learned and 0.21 not, the
  usual range of BKT's slip (<= 0.1) and guess (<= 0.3); a learned skill still slips on items
  hard for the learner, and an able learner guesses easy items more often.
* Every answered item (placement, practice, either condition) is a chance to learn its skill,
  taken after the answer: probability r * m_k * (0.5 + 0.5 * exp(-(b - theta)^2 / 2)), larger
  for items near the learner's level, and times 0.2 when some prerequisite of the skill is not
  yet learned (it is hard to learn without the basics, not impossible). A lesson is a chance
  with probability 0.15 (times 0.2 the same way). Nothing is forgotten: a simulated session
  is a few hours (30 s an item), too short for the engine's review schedule to matter.
* Repeating an item is no different from a fresh one (the learner does not remember answers).

Conditions:

* fixed: the textbook. For each skill in the curriculum's order, its lesson, then all its 12
  practice items, easiest first: 120 items, whatever the learner knows. This is the baseline
  of the target. For comparison, the same sequence is also run again and again until the
  adaptive side's mastery judge (the same model and mastery.assess on its answers) finds every
  skill mastered, or CAP items ("fixed until mastered").
* adaptive: the placement check (tutor.engine.placement; its answers count as items, are
  recorded to the student model and count as the skill's attempts; the skills it places count
  as MASTERED from then on), then tutor.engine.policy.Policy.next_activity() until every skill
  is MASTERED or 400 items (CAP). Each skill's status comes from mastery.assess() on its attempts,
  with predicted = the median of the model's P(right) over the skill's practice items (a
  typical item), and the skill's previous status (mastery is kept while its own evidence holds).
  By default only the skill just answered is assessed again, as the app does (statuses cached
  between its answers); `--reassess all` assesses every skill after every answer. The student
  model is the shipped default_model(), bound to the practice items and updated with
  Predictor.record() after every answer; nothing is fitted on the simulation. Lessons are not
  items.

Post-test: the hidden state after the session answers every skill's 8 post-test items; the
post-test accuracy is the mean P(right) over those 80 items (the expected score, so without
answer noise), the same test for both conditions.

Prints each condition's mean items and post-test accuracy, the ratio items_adaptive /
items_fixed and the reduction in %, and where the items went: items on skills already learned
(hidden truth) or not yet learnable, skills the placement placed wrongly, items given while the
model held mastery back (reason MODEL_BELOW), how often a MASTERED skill stopped being
MASTERED, and the figures by how many skills the learners knew at the start. Target (issue): at
least 30% fewer items than the fixed sequence at equal or better post-test accuracy.
Ends with one key=value line.

Learners are numbered (each number is a seed); `--first N` starts the sample at learner N, so
disjoint samples can be compared (0-299, 300-599, 600-899: `--first 0`, `--first 300`,
`--first 600`).

    python benchmarks/learning_sim.py [--quick] [--learners N] [--first N] [--reassess all|answered]
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from tutor.engine.curriculum import Curriculum, SkillPlan
from tutor.engine.mastery import (
    DEFAULT_SETTINGS,
    MasteryDecision,
    MasterySettings,
    MasteryStatus,
    ReasonKind,
    SkillAttempt,
    assess,
)
from tutor.engine.model import ItemInfo, StudentModel, default_model
from tutor.engine.placement import Placement
from tutor.engine.policy import Kind, Policy, Situation

PREREQUISITES: dict[str, tuple[str, ...]] = {
    "s0": (),
    "s1": ("s0",),
    "s2": ("s0",),
    "s3": ("s1", "s2"),
    "s4": ("s3",),
    "s5": ("s3",),
    "s6": ("s4",),
    "s7": ("s5", "s6"),
    "s8": ("s7",),
    "s9": ("s8",),
}
SKILLS = tuple(PREREQUISITES)
PRACTICE_ITEMS = 12
POST_ITEMS = 8
GUESS = 0.15
LEARNED_SHIFT = 2.5
UNLEARNED_SHIFT = -2.5
LESSON_CHANCE = 0.15
WITHOUT_PREREQUISITES = 0.2  # learning chance factor while a prerequisite is not learned
SECONDS_PER_ITEM = 30.0
START = 1_700_000_000.0
CAP = 400  # the adaptive session stops here if not every skill is mastered
SEED = 2024


def sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


@dataclass(frozen=True)
class World:
    """The curriculum and the truth behind it."""

    curriculum: Curriculum
    difficulty: dict[str, float]  # true difficulty of every practice and post-test item
    skill_of: dict[str, str]
    ease: dict[str, float]  # m_k
    post_test: dict[str, tuple[str, ...]]


def make_world() -> World:
    rng = np.random.default_rng(0)
    difficulty: dict[str, float] = {}
    skill_of: dict[str, str] = {}
    items: list[ItemInfo] = []
    post_test: dict[str, tuple[str, ...]] = {}
    ease: dict[str, float] = {}
    for skill in SKILLS:
        level = float(rng.uniform(-0.5, 0.5))
        ease[skill] = float(rng.uniform(0.7, 1.3))
        practice = []
        for k in range(PRACTICE_ITEMS):
            item_id = f"{skill}-item-{k:02}"
            difficulty[item_id] = level + float(rng.uniform(-1.5, 1.5))
            skill_of[item_id] = skill
            prior = float(np.clip(difficulty[item_id] + rng.normal(0.0, 0.5), -3.0, 3.0))
            practice.append(ItemInfo(item_id, skill, prior))
        items.extend(sorted(practice, key=lambda item: item.difficulty or 0.0))
        post = tuple(f"{skill}-post-{k}" for k in range(POST_ITEMS))
        for item_id in post:
            difficulty[item_id] = level + float(rng.uniform(-1.5, 1.5))
            skill_of[item_id] = skill
        post_test[skill] = post
    plans = [SkillPlan(skill, PREREQUISITES[skill], (f"{skill}-lesson",)) for skill in SKILLS]
    return World(Curriculum(plans, items), difficulty, skill_of, ease, post_test)


@dataclass
class Learner:
    """A simulated learner: hidden ability, learning rate and per-skill learned states."""

    world: World
    ability: float
    rate: float
    learned: set[str]
    rng: np.random.Generator  # answers and learning; the same seed in both conditions

    @classmethod
    def draw(cls, world: World, number: int) -> Learner:
        traits = np.random.default_rng([SEED, number, 0])
        ability = float(traits.normal(0.0, 0.7))
        rate = float(traits.uniform(0.1, 0.35))
        q = float(traits.uniform(0.0, 1.0))
        learned: set[str] = set()
        for skill in SKILLS:
            ready = all(p in learned for p in PREREQUISITES[skill])
            if traits.random() < q and ready:
                learned.add(skill)
        return cls(world, ability, rate, learned, np.random.default_rng([SEED, number, 1]))

    def p_right(self, item_id: str) -> float:
        skill = self.world.skill_of[item_id]
        shift = LEARNED_SHIFT if skill in self.learned else UNLEARNED_SHIFT
        return GUESS + (1.0 - GUESS) * sigmoid(
            self.ability - self.world.difficulty[item_id] + shift
        )

    def _ready(self, skill: str) -> float:
        return 1.0 if set(PREREQUISITES[skill]) <= self.learned else WITHOUT_PREREQUISITES

    def answer(self, item_id: str) -> float:
        """Answer the item (1.0 right, 0.0 wrong), then perhaps learn from it."""
        right = float(self.rng.random() < self.p_right(item_id))
        skill = self.world.skill_of[item_id]
        gap = self.world.difficulty[item_id] - self.ability
        near = 0.5 + 0.5 * math.exp(-gap * gap / 2.0)
        chance = self.rate * self.world.ease[skill] * near * self._ready(skill)
        if self.rng.random() < chance:
            self.learned.add(skill)
        return right

    def lesson(self, skill: str) -> None:
        if self.rng.random() < LESSON_CHANCE * self._ready(skill):
            self.learned.add(skill)

    def post_test(self) -> float:
        scores = [self.p_right(item) for items in self.world.post_test.values() for item in items]
        return float(np.mean(scores))


@dataclass
class Outcome:
    items: int = 0
    post_test: float = 0.0
    learned: int = 0  # skills learned (hidden) at the end
    lessons: int = 0
    placement_items: int = 0
    capped: bool = False
    mastered_all: bool = False  # adaptive: every skill MASTERED at the end
    on_learned: int = 0  # items on a skill the learner had already learned (hidden)
    on_unready: int = 0  # items on a skill with an unlearned prerequisite (hidden)
    model_below: int = 0  # items given while the skill's evidence said mastered, the model not
    after_mastered: int = 0  # items on a skill that had been MASTERED before (and lost it)
    lost_mastery: int = 0  # times a MASTERED skill stopped being MASTERED
    placed_wrongly: int = 0  # skills placed as known but not learned
    reasons: Counter[str] = field(default_factory=Counter)


def run_fixed(world: World, learner: Learner) -> Outcome:
    outcome = Outcome()
    for skill in world.curriculum.order:
        learner.lesson(skill)
        outcome.lessons += 1
        for row in world.curriculum.rows[skill].tolist():
            _tally(outcome, learner, skill)
            learner.answer(world.curriculum.items[row].item_id)
            outcome.items += 1
    outcome.post_test = learner.post_test()
    outcome.learned = len(learner.learned)
    return outcome


def run_fixed_until_mastered(
    world: World, learner: Learner, model: StudentModel, reassess: str = "answered"
) -> Outcome:
    """The same fixed sequence, repeated from the start as often as needed, until the same
    mastery judge as the adaptive side (the model and mastery.assess on the same answers) finds
    every skill MASTERED, or CAP items: the items it needs until every skill is mastered."""
    outcome = Outcome()
    session = Session(world, model, reassess, DEFAULT_SETTINGS)
    first_pass = True
    while True:
        for skill in world.curriculum.order:
            if first_pass:
                learner.lesson(skill)
                outcome.lessons += 1
            for row in world.curriculum.rows[skill].tolist():
                item_id = world.curriculum.items[row].item_id
                _tally(outcome, learner, skill)
                session.record(item_id, learner.answer(item_id))
                outcome.items += 1
                status = session.status()
                if all(s is MasteryStatus.MASTERED for s in status.values()):
                    outcome.mastered_all = True
                elif outcome.items >= CAP:
                    outcome.capped = True
                if outcome.mastered_all or outcome.capped:
                    outcome.post_test = learner.post_test()
                    outcome.learned = len(learner.learned)
                    return outcome
        first_pass = False


def _tally(outcome: Outcome, learner: Learner, skill: str) -> None:
    if skill in learner.learned:
        outcome.on_learned += 1
    elif not set(PREREQUISITES[skill]) <= learner.learned:
        outcome.on_unready += 1


class Session:
    """One adaptive session: the engine's view of the learner (model state, attempts, status).

    reassess "answered": only the skill answered is assessed again (statuses cached, as the app
    assesses a skill when it is practised); "all": every skill after every answer, with the
    model's prediction now. Either way assess() gets the skill's previous status."""

    def __init__(
        self, world: World, model: StudentModel, reassess: str, settings: MasterySettings
    ) -> None:
        self.world = world
        self.curriculum = world.curriculum
        self.predictor = model.bind(world.curriculum.items)
        self.policy = Policy(self.curriculum, self.predictor)
        self.state = self.predictor.new_state()
        self.reassess = reassess
        self.settings = settings
        self.attempts: dict[str, list[SkillAttempt]] = {skill: [] for skill in SKILLS}
        self.decisions: dict[str, MasteryDecision] = {}
        self.stale: set[str] = set(SKILLS)
        self.placed: frozenset[str] = frozenset()
        self.recent: list[str] = []
        self.clock = START
        expected = self.predictor.item_expected.tolist()
        self.difficulty = {  # the model's view: logit of the item's usual error rate
            item.item_id: -math.log(p / (1.0 - p))
            for item, p in zip(self.curriculum.items, expected, strict=True)
        }

    def record(self, item_id: str, score: float) -> None:
        skill = self.world.skill_of[item_id]
        self.predictor.record(self.state, item_id, score, self.clock)
        self.attempts[skill].append(SkillAttempt(score, self.difficulty[item_id], self.clock))
        self.recent.append(item_id)
        self.stale.add(skill)
        self.clock += SECONDS_PER_ITEM

    def status(self) -> dict[str, MasteryStatus]:
        """Every skill's status now: placed skills MASTERED, the others assessed."""
        stale = set(SKILLS) if self.reassess == "all" else self.stale
        predicted = self.predictor.predict(self.state, self.clock)
        for skill in stale - self.placed:
            typical = float(np.median(predicted[self.curriculum.rows[skill]]))
            before = self.decisions.get(skill)
            self.decisions[skill] = assess(
                self.attempts[skill],
                typical,
                self.clock,
                self.settings,
                previous=before.status if before else None,
            )
        self.stale = set()
        return {
            skill: MasteryStatus.MASTERED if skill in self.placed else self.decisions[skill].status
            for skill in SKILLS
        }


def run_adaptive(
    world: World,
    learner: Learner,
    model: StudentModel,
    reassess: str = "answered",
    settings: MasterySettings = DEFAULT_SETTINGS,
) -> Outcome:
    outcome = Outcome()
    session = Session(world, model, reassess, settings)
    placement = Placement(world.curriculum, model)
    while (item_id := placement.next_item()) is not None:
        _tally(outcome, learner, world.skill_of[item_id])
        score = learner.answer(item_id)
        placement.record(item_id, score)
        session.record(item_id, score)
        outcome.items += 1
    outcome.placement_items = outcome.items
    session.placed = placement.known()
    outcome.placed_wrongly = len(session.placed - learner.learned)
    lessons_seen: set[str] = set()
    was_mastered: set[str] = set()
    mastered_now: set[str] = set()
    while True:
        status = session.status()
        now_mastered = {skill for skill, s in status.items() if s == MasteryStatus.MASTERED}
        outcome.lost_mastery += len(mastered_now - now_mastered)
        mastered_now = now_mastered
        was_mastered |= now_mastered
        if len(now_mastered) == len(SKILLS):
            outcome.mastered_all = True
            break
        if outcome.items >= CAP:
            outcome.capped = True
            break
        situation = Situation(
            session.state,
            status,
            lessons_seen=frozenset(lessons_seen),
            recent_items=session.recent[-50:],
            now=session.clock,
        )
        activity = session.policy.next_activity(situation)
        outcome.reasons[activity.why.value] += 1
        if activity.kind is Kind.DONE or activity.skill_id is None:
            break
        if activity.kind is Kind.LESSON:
            assert activity.lesson_id is not None
            lessons_seen.add(activity.lesson_id)
            learner.lesson(activity.skill_id)
            outcome.lessons += 1
            continue
        assert activity.item_id is not None
        decision = session.decisions.get(activity.skill_id)
        if decision is not None and decision.reason.kind is ReasonKind.MODEL_BELOW:
            outcome.model_below += 1
        if activity.skill_id in was_mastered:
            outcome.after_mastered += 1
        _tally(outcome, learner, activity.skill_id)
        session.record(activity.item_id, learner.answer(activity.item_id))
        outcome.items += 1
    outcome.post_test = learner.post_test()
    outcome.learned = len(learner.learned)
    return outcome


def mean(values: Sequence[float]) -> float:
    return float(np.mean(values)) if values else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20 learners instead of 300")
    parser.add_argument("--learners", type=int, help="how many simulated learners")
    parser.add_argument(
        "--first", type=int, default=0, help="the number of the sample's first learner (default 0)"
    )
    parser.add_argument(
        "--reassess",
        choices=("all", "answered"),
        default="answered",
        help="assess only the skill answered (default, as the app does) or every skill",
    )
    args = parser.parse_args()
    learners = args.learners or (20 if args.quick else 300)

    started = time.perf_counter()
    world = make_world()
    model = default_model()
    fixed: list[Outcome] = []
    until_mastered: list[Outcome] = []
    adaptive: list[Outcome] = []
    known_at_start: list[int] = []
    if args.first < 0:
        parser.error("--first must be 0 or more")
    for number in range(args.first, args.first + learners):
        learner = Learner.draw(world, number)
        known_at_start.append(len(learner.learned))
        fixed.append(run_fixed(world, learner))
        until_mastered.append(
            run_fixed_until_mastered(world, Learner.draw(world, number), model, args.reassess)
        )
        adaptive.append(run_adaptive(world, Learner.draw(world, number), model, args.reassess))
    seconds = time.perf_counter() - started

    items_fixed = mean([o.items for o in fixed])
    items_adaptive = mean([o.items for o in adaptive])
    post_fixed = mean([o.post_test for o in fixed])
    post_adaptive = mean([o.post_test for o in adaptive])
    ratio = items_adaptive / items_fixed
    reduction = 100.0 * (1.0 - ratio)
    capped = sum(o.capped for o in adaptive)
    mastered_all = sum(o.mastered_all for o in adaptive)

    def average(outcomes: Sequence[Outcome], name: str) -> float:
        return mean([float(getattr(outcome, name)) for outcome in outcomes])

    print(
        f"{learners} simulated learners ({args.first} to {args.first + learners - 1}), "
        f"{len(SKILLS)} skills, {PRACTICE_ITEMS} practice and "
        f"{POST_ITEMS} post-test items a skill; skills reassessed: {args.reassess}; "
        f"{seconds:.1f} s"
    )
    print(f"skills known at the start: mean {mean(known_at_start):.2f} of {len(SKILLS)}")
    for name, outcomes in (("fixed", fixed), ("adaptive", adaptive)):
        print(
            f"{name:8} items {average(outcomes, 'items'):6.1f}, post-test "
            f"{average(outcomes, 'post_test'):.3f}, skills learned at the end "
            f"{average(outcomes, 'learned'):.2f}; items on skills already learned "
            f"{average(outcomes, 'on_learned'):.1f}, on skills a prerequisite of which is not "
            f"{average(outcomes, 'on_unready'):.1f}"
        )
    print(
        f"adaptive: placement {average(adaptive, 'placement_items'):.1f} items, "
        f"{average(adaptive, 'placed_wrongly'):.2f} skills placed but not known; "
        f"{mastered_all} of {learners} mastered every skill, {capped} stopped at {CAP} items"
    )
    print(
        f"adaptive: {average(adaptive, 'model_below'):.1f} items while the model held mastery "
        f"back (MODEL_BELOW); a MASTERED skill lost it {average(adaptive, 'lost_mastery'):.1f} "
        f"times, {average(adaptive, 'after_mastered'):.1f} items on skills mastered before"
    )
    print(
        f"fixed, repeated until the same judge finds every skill mastered: items "
        f"{average(until_mastered, 'items'):.1f}, post-test "
        f"{average(until_mastered, 'post_test'):.3f}; "
        f"{sum(o.capped for o in until_mastered)} of {learners} not there after {CAP} items"
    )
    reasons: Counter[str] = Counter()
    for outcome in adaptive:
        reasons.update(outcome.reasons)
    print("adaptive choices: " + ", ".join(f"{why} {n}" for why, n in reasons.most_common()))
    print("by skills known at the start: learners, items fixed / adaptive, post-test f / a")
    for low, high in ((0, 0), (1, 2), (3, 5), (6, len(SKILLS))):
        group = [n for n, known in enumerate(known_at_start) if low <= known <= high]
        if group:
            print(
                f"  {low}-{high:<2} {len(group):4}   items "
                f"{average([fixed[n] for n in group], 'items'):6.1f} / "
                f"{average([adaptive[n] for n in group], 'items'):6.1f}   post-test "
                f"{average([fixed[n] for n in group], 'post_test'):.3f} / "
                f"{average([adaptive[n] for n in group], 'post_test'):.3f}"
            )
    print(
        f"items adaptive / fixed: {ratio:.2f} ({reduction:.1f}% fewer; target >= 30%), "
        f"post-test {post_adaptive:.3f} vs {post_fixed:.3f} (target: equal or better)"
    )
    print(
        f"learners={learners} first={args.first} reassess={args.reassess} "
        f"items_fixed={items_fixed:.1f} items_adaptive={items_adaptive:.1f} ratio={ratio:.3f} "
        f"reduction_pct={reduction:.1f} "
        f"posttest_fixed={post_fixed:.3f} posttest_adaptive={post_adaptive:.3f} "
        f"mastered_all={mastered_all} capped={capped} "
        f"items_fixed_until_mastered={average(until_mastered, 'items'):.1f} "
        f"posttest_fixed_until_mastered={average(until_mastered, 'post_test'):.3f} "
        f"lost_mastery={average(adaptive, 'lost_mastery'):.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
