"""Helpers for teacher-mode tests: learners by name, answering practice right or wrong."""

from __future__ import annotations

from tutor.engine.answers import right_response, wrong_response
from tutor.facade import Tutor


def learner_id(tutor: Tutor, name: str) -> str:
    return next(p.id for p in tutor.learners() if p.display_name == name)


def skip_placement(tutor: Tutor, learner: str) -> None:
    """Answer the placement check wrong throughout (a learner who knows nothing yet)."""
    while (view := tutor.next_activity(learner)).kind == "placement":
        assert view.item is not None and view.item_id is not None
        tutor.submit_answer(learner, view.item_id, wrong_response(view.item))


def practise(
    tutor: Tutor, learner: str, answers: int, *, right: bool, topic: str | None = None
) -> int:
    """Work through `answers` practice items (lessons read as they come), all right or all
    wrong; returns how many items were answered."""
    answered = 0
    guard = 0
    while answered < answers and guard < answers * 5:
        guard += 1
        view = tutor.next_activity(learner, topic)
        if view.kind == "done":
            break
        if view.kind == "lesson":
            tutor.lesson_seen(learner, view.lesson_id or "")
            continue
        assert view.item is not None and view.item_id is not None
        response = right_response(view.item) if right else wrong_response(view.item)
        tutor.submit_answer(learner, view.item_id, response, hints_used=1, duration_ms=4000)
        answered += 1
    return answered
