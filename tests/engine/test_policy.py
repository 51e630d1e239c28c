"""What comes next: lessons first, items near the target, reviews interleaved, no repeats,
prerequisites, topics and assignments; and the curriculum's checks."""

from __future__ import annotations

from typing import Any

import pytest

from tutor.engine.curriculum import Curriculum, CurriculumError, SkillPlan
from tutor.engine.mastery import MasteryStatus
from tutor.engine.model import ItemInfo, LearnerState, default_model
from tutor.engine.policy import Assignment, Kind, Policy, PolicySettings, Situation, Why

M, L, R, N = (
    MasteryStatus.MASTERED,
    MasteryStatus.LEARNING,
    MasteryStatus.REVIEW_DUE,
    MasteryStatus.NOT_STARTED,
)
DIFFICULTIES = (-2.0, -1.0, 0.0, 1.0, 2.0, 3.0)


def curriculum(*plans: SkillPlan) -> Curriculum:
    items = [
        ItemInfo(f"{plan.skill_id}{n}", plan.skill_id, d)
        for plan in plans
        for n, d in enumerate(DIFFICULTIES)
    ]
    return Curriculum(plans, items)


CHAIN = (
    SkillPlan("count", lessons=("count-lesson",)),
    SkillPlan("add", ("count",), ("add-lesson",)),
    SkillPlan("multiply", ("add",), ("multiply-lesson",)),
    SkillPlan("shapes", lessons=("shapes-lesson",)),
)
SEEN = frozenset(plan.lessons[0] for plan in CHAIN)


def policy(plans: tuple[SkillPlan, ...] = CHAIN, **settings: Any) -> Policy:
    course = curriculum(*plans)
    return Policy(course, default_model().bind(course.items), PolicySettings(**settings))


def situation(p: Policy, **fields: object) -> Situation:
    state: LearnerState = p.predictor.new_state()
    return Situation(state, **fields)  # type: ignore[arg-type]


def test_a_new_learner_gets_the_first_lesson_then_practice_of_that_skill() -> None:
    p = policy()
    first = p.next_activity(situation(p))
    assert (first.kind, first.skill_id, first.lesson_id, first.why) == (
        Kind.LESSON,
        "count",
        "count-lesson",
        Why.NEXT_SKILL,
    )
    then = p.next_activity(situation(p, lessons_seen={"count-lesson"}))
    assert (then.kind, then.skill_id) == (Kind.PRACTICE, "count")
    assert then.item_id is not None and then.item_id.startswith("count")


def test_practice_picks_the_item_whose_predicted_success_is_nearest_the_target() -> None:
    for target in (0.5, 0.7, 0.9):
        plans = (SkillPlan("count", target=target),)
        p = policy(plans)
        s = situation(p)
        chosen = p.next_activity(s)
        predicted = p.predictor.predict(s.state)
        best = min(range(len(predicted)), key=lambda n: abs(predicted[n] - target))
        assert chosen.item_id == p.curriculum.items[best].item_id
        assert chosen.predicted == pytest.approx(predicted[best])


def test_a_harder_item_is_chosen_once_the_learner_succeeds() -> None:
    p = policy((SkillPlan("count"),))
    s = situation(p)
    before = p.next_activity(s)
    for n in range(4):
        p.predictor.record(s.state, f"count{n % 2}", 1.0)
    after = p.next_activity(s)
    difficulty = {i.item_id: i.difficulty for i in p.curriculum.items}
    assert difficulty[after.item_id] > difficulty[before.item_id]  # type: ignore[index, operator]


def test_no_item_repeats_within_the_window_until_every_item_was_seen() -> None:
    p = policy((SkillPlan("count"),), repeat_window=4)
    recent: list[str] = []
    for _ in range(12):
        chosen = p.next_activity(situation(p, status={"count": L}, recent_items=tuple(recent)))
        assert chosen.item_id not in recent[-4:]
        recent.append(chosen.item_id or "")
    # With a window longer than the skill's items, the one seen longest ago comes back.
    p = policy((SkillPlan("count"),), repeat_window=50)
    every = tuple(f"count{n}" for n in (3, 1, 0, 2, 5, 4))
    assert (
        p.next_activity(situation(p, status={"count": L}, recent_items=every)).item_id == "count3"
    )


def test_skills_unlock_when_their_prerequisites_are_mastered() -> None:
    p = policy()
    assert p.unlocked(situation(p)) == ["count", "shapes"]
    assert p.unlocked(situation(p, status={"count": M})) == ["count", "add", "shapes"]
    assert p.unlocked(situation(p, status={"count": R, "add": M})) == [
        "count",
        "add",
        "multiply",
        "shapes",
    ]
    chosen = p.next_activity(situation(p, status={"count": M}, lessons_seen=SEEN))
    assert chosen.skill_id == "add" and chosen.why == Why.NEXT_SKILL


def test_a_chosen_topic_comes_first_or_else_the_prerequisite_that_leads_to_it() -> None:
    p = policy()
    topic = p.next_activity(situation(p, topic="shapes", lessons_seen=SEEN))
    assert (topic.skill_id, topic.why) == ("shapes", Why.TOPIC)
    locked = p.next_activity(situation(p, topic="multiply", status={"count": M}, lessons_seen=SEEN))
    assert (locked.skill_id, locked.why) == ("add", Why.PREREQUISITE)


def test_assignments_come_before_the_curriculum_order_soonest_due_first() -> None:
    p = policy()
    work = (
        Assignment("later", ("count",), due=2_000.0),
        Assignment("soon", ("shapes",), due=1_000.0),
    )
    chosen = p.next_activity(situation(p, assignments=work, lessons_seen=SEEN))
    assert (chosen.skill_id, chosen.why) == ("shapes", Why.ASSIGNMENT)
    # An assigned skill that is still locked leads to its prerequisite.
    locked = (Assignment("a", ("multiply",)),)
    chosen = p.next_activity(situation(p, assignments=locked, lessons_seen=SEEN))
    assert (chosen.skill_id, chosen.why) == ("count", Why.ASSIGNMENT)


def test_a_scope_keeps_the_learners_own_choice_of_work_inside_it() -> None:
    p = policy()
    scope = frozenset({"shapes"})  # say, the only pack in the learner's language
    chosen = p.next_activity(situation(p, scope=scope, lessons_seen=SEEN))
    assert (chosen.skill_id, chosen.why) == ("shapes", Why.NEXT_SKILL)  # not "count", first
    # Work under way outside the scope waits; reviews outside it are not offered.
    outside = {"count": L, "add": R}
    chosen = p.next_activity(situation(p, scope=scope, status=outside, lessons_seen=SEEN))
    assert chosen.skill_id == "shapes"
    done = p.next_activity(situation(p, scope=scope, status={**outside, "shapes": M}))
    assert (done.kind, done.why) == (Kind.DONE, Why.ALL_MASTERED)
    # A topic the learner picks, and the teacher's assignments, may lie outside it.
    topic = p.next_activity(situation(p, scope=scope, topic="count", lessons_seen=SEEN))
    assert (topic.skill_id, topic.why) == ("count", Why.TOPIC)
    work = (Assignment("a", ("count",)),)
    assigned = p.next_activity(situation(p, scope=scope, assignments=work, lessons_seen=SEEN))
    assert (assigned.skill_id, assigned.why) == ("count", Why.ASSIGNMENT)


def test_due_reviews_are_interleaved_not_all_at_once() -> None:
    p = policy(review_spacing=2)
    status = {"count": R, "shapes": R, "add": L}
    recall = {"count": 0.5, "shapes": 0.7}
    first = p.next_activity(situation(p, status=status, recall=recall, lessons_seen=SEEN))
    assert (first.skill_id, first.why) == ("count", Why.REVIEW)  # the lowest recall first
    after_review = situation(
        p, status=status, recall=recall, lessons_seen=SEEN, recent_items=("add0", "count2")
    )
    assert p.next_activity(after_review).skill_id == "add"
    spaced = situation(
        p, status=status, recall=recall, lessons_seen=SEEN, recent_items=("count2", "add0", "add1")
    )
    assert p.next_activity(spaced).why == Why.REVIEW


def test_when_everything_is_mastered_reviews_remain_then_nothing() -> None:
    p = policy()
    all_mastered = {plan.skill_id: M for plan in CHAIN}
    done = p.next_activity(situation(p, status=all_mastered, lessons_seen=SEEN))
    assert (done.kind, done.why) == (Kind.DONE, Why.ALL_MASTERED)
    one_due = {**all_mastered, "add": R}
    review = p.next_activity(situation(p, status=one_due, recent_items=("add1", "add2")))
    assert (review.kind, review.skill_id, review.why) == (Kind.PRACTICE, "add", Why.REVIEW)


def test_a_skill_without_items_is_a_lesson_and_never_locks_what_follows() -> None:
    plans = (SkillPlan("intro", lessons=("welcome",)), SkillPlan("count", ("intro",)))
    items = [ItemInfo("count0", "count")]
    course = Curriculum(plans, items)
    p = Policy(course, default_model().bind(items))
    first = p.next_activity(Situation(p.predictor.new_state()))
    assert (first.kind, first.lesson_id) == (Kind.LESSON, "welcome")
    then = p.next_activity(Situation(p.predictor.new_state(), lessons_seen={"welcome"}))
    assert (then.kind, then.skill_id) == (Kind.PRACTICE, "count")


def test_a_policy_refuses_a_predictor_bound_to_other_items() -> None:
    course = curriculum(*CHAIN)
    with pytest.raises(ValueError, match="other items"):
        Policy(course, default_model().bind(course.items[:3]))


@pytest.mark.parametrize(
    ("plans", "items", "message"),
    [
        ((SkillPlan("a"), SkillPlan("a")), [], "skill a is listed twice"),
        ((SkillPlan("a", ("z",)),), [], "needs z, which is not a skill"),
        (
            (SkillPlan("a", ("c",)), SkillPlan("b", ("a",)), SkillPlan("c", ("b",))),
            [],
            "cycle: a -> c -> b -> a",
        ),
        ((SkillPlan("a"),), [ItemInfo("i", "b")], "item i is for skill b"),
        ((SkillPlan("a", target=1.0),), [], "target"),
    ],
)
def test_a_curriculum_that_cannot_be_is_refused_with_the_reason(
    plans: tuple[SkillPlan, ...], items: list[ItemInfo], message: str
) -> None:
    with pytest.raises(CurriculumError, match=message):
        Curriculum(plans, items)


def test_the_order_puts_every_skill_after_its_prerequisites_keeping_the_authors_order() -> None:
    plans = (
        SkillPlan("d", ("b", "c")),
        SkillPlan("a"),
        SkillPlan("c", ("a",)),
        SkillPlan("b", ("a",)),
    )
    course = Curriculum(plans, [])
    assert course.order == ("a", "c", "b", "d")
    assert course.ancestors["d"] == {"a", "b", "c"}
    assert course.descendants["a"] == {"b", "c", "d"}


def test_the_lesson_comes_before_practice_even_after_placement_answers() -> None:
    p = policy()
    placed = p.next_activity(situation(p, status={"count": L}))
    assert (placed.kind, placed.lesson_id) == (Kind.LESSON, "count-lesson")
    only_review = {plan.skill_id: M for plan in CHAIN} | {"count": R}
    chosen = p.next_activity(situation(p, status=only_review))
    assert (chosen.kind, chosen.why) == (Kind.PRACTICE, Why.REVIEW)


def test_a_skill_the_learner_struggles_with_waits_while_other_work_is_open() -> None:
    p = policy()
    stuck = {"count": M, "add": MasteryStatus.STRUGGLING}
    chosen = p.next_activity(situation(p, status=stuck, lessons_seen=SEEN))
    assert chosen.skill_id == "shapes"  # not back to "add" yet
    only_stuck = {"count": M, "shapes": M, "add": MasteryStatus.STRUGGLING}
    back = p.next_activity(situation(p, status=only_stuck, lessons_seen=SEEN))
    assert (back.skill_id, back.why) == ("add", Why.CONTINUE)


# --- checking the prerequisites of a skill the learner is stuck on -----------------------------


def answered(p: Policy, s: Situation, skill: str, scores: str) -> None:
    """Record answers (R right, W wrong) on the skill's items, in turn."""
    for n, letter in enumerate(scores):
        p.predictor.record(
            s.state, f"{skill}{n % len(DIFFICULTIES)}", 1.0 if letter == "R" else 0.0
        )


PLACED = {"count": M, "add": M, "shapes": M}  # count and add placed, multiply under way


def test_a_learner_stuck_on_a_skill_is_checked_on_a_prerequisite_placed_without_proof() -> None:
    p = policy()
    s = situation(p, status=PLACED | {"multiply": L}, lessons_seen=SEEN)
    answered(p, s, "add", "R")  # the placement check's one answer
    answered(p, s, "multiply", "WWR")
    assert p.next_activity(s).skill_id == "multiply"  # three answers: not stuck yet
    answered(p, s, "multiply", "W")  # 1 right of the last 4
    check = p.next_activity(s)
    assert (check.kind, check.skill_id, check.why) == (Kind.PRACTICE, "add", Why.CHECK)
    answered(p, s, "add", "R")  # 2 of its last 3 right: proven
    back = p.next_activity(s)
    assert (back.skill_id, back.why) == ("multiply", Why.CONTINUE)


def test_a_prerequisite_the_learner_fails_is_practised_and_its_own_are_checked_in_turn() -> None:
    p = policy()
    s = situation(p, status=PLACED | {"multiply": L}, lessons_seen=SEEN)
    answered(p, s, "multiply", "WWWW")
    answered(p, s, "add", "WW")
    assert p.next_activity(s).skill_id == "add"  # not proven, not yet stuck on it either
    answered(p, s, "add", "WW")  # stuck on add too: down to count, never practised
    check = p.next_activity(s)
    assert (check.skill_id, check.why) == ("count", Why.CHECK)
    answered(p, s, "count", "RR")
    assert p.next_activity(s).skill_id == "add"
    answered(p, s, "add", "RRR")
    assert p.next_activity(s).skill_id == "multiply"


def test_a_prerequisite_mastered_by_practice_is_not_checked_again() -> None:
    p = policy()
    s = situation(p, status=PLACED | {"multiply": L}, lessons_seen=SEEN)
    answered(p, s, "add", "WRRR")
    answered(p, s, "multiply", "WWWW")
    chosen = p.next_activity(s)
    assert (chosen.skill_id, chosen.why) == ("multiply", Why.CONTINUE)


def test_the_check_can_be_turned_off_and_reviews_are_never_redirected() -> None:
    p = policy(check_prerequisites=False)
    s = situation(p, status=PLACED | {"multiply": L}, lessons_seen=SEEN)
    answered(p, s, "multiply", "WWWW")
    assert p.next_activity(s).skill_id == "multiply"
    on = policy()
    due = situation(on, status=PLACED | {"multiply": R}, lessons_seen=SEEN)
    answered(on, due, "multiply", "WWWW")
    review = on.next_activity(due)
    assert (review.skill_id, review.why) == ("multiply", Why.REVIEW)


@pytest.mark.parametrize(
    "fields",
    [
        {"stuck_window": 2, "stuck_right": 2},
        {"stuck_right": -1},
        {"proven_right": 0},
        {"proven_window": 1, "proven_right": 2},
        {"repeat_window": -1},
    ],
)
def test_bad_policy_settings_are_refused(fields: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        PolicySettings(**fields)
