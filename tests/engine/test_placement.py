"""The placement check: at most 15 items, adaptively chosen, placing what a learner knows."""

from __future__ import annotations

import numpy as np
import pytest

from tutor.engine.curriculum import Curriculum, SkillPlan
from tutor.engine.model import ItemInfo, default_model
from tutor.engine.placement import Placement, PlacementSettings

NAMES = [f"s{n:02}" for n in range(20)]


def chain(length: int, items: int = 4) -> Curriculum:
    plans = [SkillPlan(name, (NAMES[n - 1],) if n else ()) for n, name in enumerate(NAMES[:length])]
    return Curriculum(
        plans,
        [ItemInfo(f"{p.skill_id}-{k}", p.skill_id, k - 1.5) for p in plans for k in range(items)],
    )


def run(course: Curriculum, answer: object, settings: PlacementSettings | None = None) -> Placement:
    placement = Placement(course, default_model(), settings)
    while (item := placement.next_item()) is not None:
        placement.record(item, answer(item))  # type: ignore[operator]
    return placement


@pytest.mark.parametrize("known", [0, 1, 5, 9, 14, 20])
def test_a_consistent_learner_is_placed_exactly_and_quickly_on_a_chain(known: int) -> None:
    course = chain(20)
    skill_of = {item.item_id: item.skill_id for item in course.items}
    placement = run(course, lambda item: 1.0 if NAMES.index(skill_of[item]) < known else 0.0)
    assert placement.known() == frozenset(NAMES[:known])
    assert len(placement.asked) <= 15  # a binary search, not one item per skill
    assert len(set(placement.asked)) == len(placement.asked)


def test_never_more_than_fifteen_items_and_never_an_item_twice() -> None:
    plans = [SkillPlan(f"k{n}") for n in range(40)]  # 40 unrelated skills: no shortcuts
    course = Curriculum(
        plans, [ItemInfo(f"k{n}-{m}", f"k{n}") for n in range(40) for m in range(3)]
    )
    rng = np.random.default_rng(0)
    placement = run(course, lambda _: float(rng.random() < 0.5))
    assert len(placement.asked) == 15
    assert len(set(placement.asked)) == 15
    with pytest.raises(ValueError, match="a placement check has 1 to 15"):
        PlacementSettings(max_items=16)


def test_the_placed_skills_are_closed_under_prerequisites() -> None:
    plans = [
        SkillPlan("count"),
        SkillPlan("add", ("count",)),
        SkillPlan("shapes"),
        SkillPlan("area", ("shapes", "multiply")),
        SkillPlan("multiply", ("add",)),
    ]
    course = Curriculum(
        plans, [ItemInfo(f"{p.skill_id}{k}", p.skill_id) for p in plans for k in range(3)]
    )
    rng = np.random.default_rng(3)
    for _ in range(30):
        answers = {item.item_id: float(rng.random() < 0.6) for item in course.items}
        known = run(course, answers.__getitem__).known()
        for skill in known:
            assert course.ancestors[skill] <= known


def test_a_slip_does_not_undo_what_the_other_answers_show() -> None:
    course = chain(8, items=6)
    skill_of = {item.item_id: item.skill_id for item in course.items}
    slipped: list[str] = []

    def answer(item: str) -> float:
        knows = NAMES.index(skill_of[item]) < 6
        if knows and not slipped:  # the first answer on a known skill is a slip
            slipped.append(item)
            return 0.0
        return 1.0 if knows else 0.0

    placement = run(course, answer)
    assert slipped
    assert placement.known() == frozenset(NAMES[:6])


def test_answers_to_items_not_asked_are_refused() -> None:
    placement = Placement(chain(3), default_model())
    with pytest.raises(ValueError, match="not asked"):
        placement.record("nonsense", 1.0)
    item = placement.next_item()
    assert item is not None
    with pytest.raises(ValueError, match="between 0 and 1"):
        placement.record(item, 2.0)
    placement.record(item, 1.0)
    with pytest.raises(ValueError, match="not asked"):
        placement.record(item, 1.0)


def test_a_skill_starts_less_likely_known_the_more_it_builds_on() -> None:
    placement = Placement(chain(8), default_model())
    starts = [placement.probability[name] for name in NAMES[:8]]
    assert starts[:3] == pytest.approx([1 / 2, 1 / 3, 1 / 4])  # 1 / (n + 2)
    assert starts[3:] == pytest.approx([0.25] * 5)  # never below least_prior
    lower = Placement(chain(8), default_model(), PlacementSettings(least_prior=0.1))
    assert lower.probability[NAMES[7]] == pytest.approx(1 / 9)
    flat = Placement(chain(8), default_model(), PlacementSettings(least_prior=0.5))
    assert set(flat.probability.values()) == {0.5}  # least_prior = prior: every skill alike


def test_fewer_skills_are_placed_wrongly_than_with_one_prior_for_every_skill() -> None:
    """Learners who know a first part of a chain (each next skill with a chance q of their own)
    and guess a quarter of the items of skills they do not know."""
    course = chain(10, items=6)
    skill_of = {item.item_id: item.skill_id for item in course.items}

    def placed_wrongly(settings: PlacementSettings) -> tuple[int, int]:
        rng = np.random.default_rng(7)
        wrong = items = 0
        for _ in range(300):
            q, known = rng.random(), 0
            while known < 10 and rng.random() < q:
                known += 1
            knows = frozenset(NAMES[:known])

            def answer(item: str, knows: frozenset[str] = knows) -> float:
                return float(rng.random() < (0.9 if skill_of[item] in knows else 0.25))

            placement = run(course, answer, settings)
            wrong += len(placement.known() - knows)
            items += len(placement.asked)
        return wrong, items

    wrong, items = placed_wrongly(PlacementSettings())
    wrong_flat, items_flat = placed_wrongly(PlacementSettings(least_prior=0.5))
    assert wrong < 0.9 * wrong_flat
    assert items < items_flat
