"""Quizzes: built from pack items, taken by a learner, resumable, timed, with a result."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.teaching.helpers import learner_id
from tutor.engine.answers import right_response, wrong_response
from tutor.facade import Tutor
from tutor.paths import DataPaths
from tutor.teaching.records import Audience, QuizPartSpec, TeachingError


def make_quiz(tutor: Tutor, *, minutes: int | None = None, feedback: str = "at_end") -> str:
    catalog = tutor._learning.catalog()
    skill = catalog.curriculum.order[0]
    fixed = next(item for item, owner in catalog.item_skills.items() if owner == skill)
    quiz = tutor.teaching.quizzes.create_quiz(
        "Check-up",
        [QuizPartSpec(item_id=fixed), QuizPartSpec(skill_id=skill, count=3)],
        time_limit_minutes=minutes,
        feedback=feedback,
    )
    assert quiz.questions == 4
    school_class = tutor.teaching.classes.classes()[0]
    return tutor.teaching.assignments.assign("quiz", quiz.id, Audience(class_id=school_class.id))


def test_a_learner_takes_a_quiz_and_sees_the_result(tutor: Tutor, data_dir: Path) -> None:
    assignment = make_quiz(tutor)
    ana = learner_id(tutor, "Ana")
    run = tutor.teaching.quizzes.start(assignment, ana)
    assert len(run.item_ids) == 4 and len(set(run.item_ids)) == 4
    catalog = tutor._learning.catalog()
    for index, item_id in enumerate(run.item_ids):
        assert tutor.teaching.quizzes.progress(run.run_id).next_item_id == item_id
        item = catalog.definitions[item_id]
        response = right_response(item) if index % 2 == 0 else wrong_response(item)
        tutor.teaching.quizzes.answer(run.run_id, item_id, response)
    result = tutor.teaching.quizzes.finish(run.run_id)
    assert (result.questions, result.right, result.unanswered) == (4, 2, ())
    db = sqlite3.connect(data_dir / "tutor.sqlite3")
    stored = db.execute(
        "SELECT count(*), sum(correct) FROM attempt_events WHERE quiz_run_id = ? "
        "AND context = 'quiz'",
        (run.run_id,),
    ).fetchone()
    db.close()
    assert stored == (4, 2)
    assert tutor.teaching.assignments.for_learner(ana)[0].done
    with pytest.raises(TeachingError, match="handed in"):
        tutor.teaching.quizzes.answer(run.run_id, run.item_ids[0], "1")


def test_a_quiz_resumes_with_the_same_questions_after_a_restart(data_dir: Path) -> None:
    first = Tutor.open(DataPaths(data_dir))
    try:
        assignment = make_quiz(first)
        ana = learner_id(first, "Ana")
        run = first.teaching.quizzes.start(assignment, ana)
        item = first._learning.catalog().definitions[run.item_ids[0]]
        first.teaching.quizzes.answer(run.run_id, run.item_ids[0], right_response(item))
    finally:
        first.close()
    second = Tutor.open(DataPaths(data_dir))
    try:
        again = second.teaching.quizzes.start(assignment, ana)
        assert again.run_id == run.run_id and again.item_ids == run.item_ids
        assert again.next_item_id == run.item_ids[1]
        with pytest.raises(TeachingError, match="answered already"):
            second.teaching.quizzes.answer(run.run_id, run.item_ids[0], right_response(item))
    finally:
        second.close()


def test_a_timed_quiz_is_handed_in_at_its_deadline(tutor: Tutor) -> None:
    assignment = make_quiz(tutor, minutes=5)
    ana = learner_id(tutor, "Ana")
    start = datetime.now(UTC)
    run = tutor.teaching.quizzes.start(assignment, ana, now=start)
    assert run.seconds_left(start + timedelta(minutes=1)) == 240
    late = start + timedelta(minutes=6)
    item = tutor._learning.catalog().definitions[run.item_ids[0]]
    with pytest.raises(TeachingError, match="Time is up"):
        tutor.teaching.quizzes.answer(run.run_id, run.item_ids[0], right_response(item), now=late)
    progress = tutor.teaching.quizzes.progress(run.run_id, now=late)
    assert progress.finished and progress.next_item_id is None
    result = tutor.teaching.quizzes.result(run.run_id)
    assert result.right == 0 and len(result.unanswered) == 4


def test_a_quiz_that_cannot_be_built_says_why_and_stores_nothing(tutor: Tutor) -> None:
    skill = tutor._learning.catalog().curriculum.order[0]
    with pytest.raises(TeachingError) as refused:
        tutor.teaching.quizzes.create_quiz(
            "",
            [QuizPartSpec(skill_id=skill, count=999), QuizPartSpec(item_id="nope")],
            time_limit_minutes=0,
        )
    message = str(refused.value)
    assert "no title" in message and "fewer than the 999" in message
    assert "not on this laptop" in message and "time limit" in message
    assert tutor.teaching.quizzes.quizzes() == []


def test_a_random_draw_takes_only_items_the_laptop_can_mark(tutor: Tutor) -> None:
    catalog = tutor._learning.catalog()
    skill = catalog.curriculum.order[0]
    items = [item for item, owner in catalog.item_skills.items() if owner == skill]
    written = [item for item in items if catalog.definitions[item]["type"] == "extended_text"]
    assert written, "the first skill of the sample pack carries a written-answer item"
    markable = len(items) - len(written)
    with pytest.raises(TeachingError, match=f"has {markable} item"):
        tutor.teaching.quizzes.create_quiz("All", [QuizPartSpec(skill_id=skill, count=len(items))])
    quiz = tutor.teaching.quizzes.create_quiz("All", [QuizPartSpec(skill_id=skill, count=markable)])
    school_class = tutor.teaching.classes.classes()[0]
    assignment = tutor.teaching.assignments.assign(
        "quiz", quiz.id, Audience(class_id=school_class.id)
    )
    run = tutor.teaching.quizzes.start(assignment, learner_id(tutor, "Ana"))
    assert sorted(run.item_ids) == sorted(set(items) - set(written))


def test_a_teacher_may_still_put_a_written_answer_in_a_quiz_as_a_fixed_question(
    tutor: Tutor,
) -> None:
    catalog = tutor._learning.catalog()
    written = next(
        item
        for item, item_def in catalog.definitions.items()
        if item_def["type"] == "extended_text"
    )
    quiz = tutor.teaching.quizzes.create_quiz("Write", [QuizPartSpec(item_id=written)])
    assert quiz.questions == 1


def test_only_learners_it_is_assigned_to_can_take_a_quiz(tutor: Tutor) -> None:
    catalog = tutor._learning.catalog()
    item = next(iter(catalog.definitions))
    quiz = tutor.teaching.quizzes.create_quiz("One", [QuizPartSpec(item_id=item)])
    ana, ben = learner_id(tutor, "Ana"), learner_id(tutor, "ben")
    assignment = tutor.teaching.assignments.assign("quiz", quiz.id, Audience(learner_id=ana))
    with pytest.raises(TeachingError, match="not assigned to this learner"):
        tutor.teaching.quizzes.start(assignment, ben)
