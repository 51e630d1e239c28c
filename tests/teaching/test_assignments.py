"""Assignments: set for a class, group or learner; shown to the learner; done when done."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.teaching.helpers import learner_id, practise, skip_placement
from tutor.facade import Tutor
from tutor.teaching.records import Audience, TeachingError


def first_lesson(tutor: Tutor) -> tuple[str, str]:
    lesson = next(iter(tutor._learning.catalog().lessons.values()))
    return lesson.lesson_id, lesson.title


def test_a_class_assignment_reaches_every_learner_and_counts_completion(tutor: Tutor) -> None:
    teaching = tutor.teaching
    school_class = teaching.classes.classes()[0]
    lesson_id, title = first_lesson(tutor)
    due = datetime.now(UTC) + timedelta(days=3)
    assignment = teaching.assignments.assign(
        "lesson", lesson_id, Audience(class_id=school_class.id), due_at=due, created_by="achieng"
    )
    ana = learner_id(tutor, "Ana")
    work = teaching.assignments.for_learner(ana)
    assert [(w.id, w.title, w.done, w.overdue) for w in work] == [(assignment, title, False, False)]
    info = teaching.assignments.for_class(school_class.id)[0]
    assert (info.learners, info.completed, info.audience) == (3, 0, school_class.name)

    tutor.lesson_seen(ana, lesson_id)
    assert teaching.assignments.for_learner(ana)[0].done
    assert teaching.assignments.for_class(school_class.id)[0].completed == 1
    later = due + timedelta(days=1)
    ben = learner_id(tutor, "ben")
    assert teaching.assignments.for_learner(ben, now=later)[0].overdue
    assert not teaching.assignments.for_learner(ana, now=later)[0].overdue  # done is never late


def test_group_and_learner_assignments_reach_only_them(tutor: Tutor) -> None:
    teaching = tutor.teaching
    school_class = teaching.classes.classes()[0]
    ana, ben, wanjiru = (learner_id(tutor, n) for n in ("Ana", "ben", "Wanjiru"))
    group = teaching.classes.create_group(school_class.id, "Table 1", [ana, ben])
    skill = tutor._learning.catalog().curriculum.order[0]
    teaching.assignments.assign("skill", skill, Audience(group_id=group))
    teaching.assignments.assign("skill", skill, Audience(learner_id=wanjiru))
    assert len(teaching.assignments.for_learner(ana)) == 1
    assert len(teaching.assignments.for_learner(wanjiru)) == 1
    assert len(teaching.assignments.for_class(school_class.id)) == 2
    teaching.assignments.delete(teaching.assignments.for_learner(wanjiru)[0].id)
    assert teaching.assignments.for_learner(wanjiru) == []


def test_a_skill_assignment_is_done_when_the_skill_is_mastered(tutor: Tutor) -> None:
    teaching = tutor.teaching
    ana = learner_id(tutor, "Ana")
    skip_placement(tutor, ana)
    skill = tutor._learning.catalog().curriculum.order[0]
    teaching.assignments.assign("skill", skill, Audience(learner_id=ana))
    assert not teaching.assignments.for_learner(ana)[0].done
    practise(tutor, ana, 12, right=True, topic=skill)
    status = {s.skill_id: s.status for s in tutor.skill_map(ana)}[skill]
    assert status == "mastered"
    assert teaching.assignments.for_learner(ana)[0].done


def test_work_on_nothing_real_is_refused(tutor: Tutor) -> None:
    school_class = tutor.teaching.classes.classes()[0]
    with pytest.raises(TeachingError, match="not on this laptop"):
        tutor.teaching.assignments.assign(
            "lesson", "no/such/lesson", Audience(class_id=school_class.id)
        )
    with pytest.raises(TeachingError, match="one class, one group or one learner"):
        Audience()
    with pytest.raises(TeachingError, match="time zone"):
        tutor.teaching.assignments.assign(
            "lesson",
            first_lesson(tutor)[0],
            Audience(class_id=school_class.id),
            due_at=datetime(2026, 12, 1),
        )
