"""The teacher-mode pictures of `make screenshots` (docs/teacher-guide.md shows them).

A class is given a few days of real answers through the facade (learners who do well, one who
struggles), a quiz and a note are set, and then the screens are rendered as a teacher sees them:
the dashboard, a learner's page, the class's learners, the assignments and the new-work dialog,
and the learner's home showing the work and the note.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from tutor.engine.answers import right_response, wrong_response
from tutor.teaching.records import Audience, QuizPartSpec
from tutor.ui.facade_thread import FacadeRunner
from tutor.ui.main_window import MainWindow
from tutor.ui.walkthrough import SampleSchool, wait_until

if TYPE_CHECKING:
    from tutor.facade import Tutor
    from tutor.teaching.accounts import TeacherIdentity

# How often each sample learner answers right (the last one struggles).
ACCURACY = {"Amani": 0.9, "Beatriz": 0.8, "Chen": 0.7, "Dembe": 0.15, "Esther": 0.85}
ANSWERS_EACH = 30


def give_the_class_some_work(tutor: Tutor) -> None:
    """Real answers for every sample learner, a quiz assigned to the class, a note."""
    rng = random.Random(7)
    learners = {profile.display_name: profile.id for profile in tutor.learners()}
    for name, learner_id in learners.items():
        accuracy = ACCURACY.get(name, 0.6)
        answered = 0
        for _ in range(ANSWERS_EACH * 3):
            view = tutor.next_activity(learner_id)
            if view.kind == "done" or answered >= ANSWERS_EACH:
                break
            if view.kind == "lesson":
                tutor.lesson_seen(learner_id, view.lesson_id or "")
                continue
            assert view.item is not None and view.item_id is not None
            right = rng.random() < accuracy
            response = right_response(view.item) if right else wrong_response(view.item)
            tutor.submit_answer(
                learner_id, view.item_id, response, duration_ms=rng.randint(8, 60) * 1000
            )
            answered += 1
    teaching = tutor.teaching
    school_class = teaching.classes.classes()[0]
    skills = teaching.assignments.targets("skill")
    quiz = teaching.quizzes.create_quiz(
        "Friday check-up",
        [
            QuizPartSpec(skill_id=skills[0][0], count=3),
            QuizPartSpec(skill_id=skills[1][0], count=2),
        ],
        time_limit_minutes=15,
    )
    teaching.assignments.assign("quiz", quiz.id, Audience(class_id=school_class.id))
    teaching.assignments.assign("skill", skills[1][0], Audience(class_id=school_class.id))
    teaching.notes.add_note(learners["Amani"], "Well done this week! Try the quiz on Friday.")


def render_teacher_screens(
    window: MainWindow,
    runner: FacadeRunner,
    output: Path,
    picture: Callable[[QWidget, Path], None],
) -> None:
    """Render the teacher screens after the student ones (packs are installed by then)."""
    school = SampleSchool()
    done: list[object] = []
    runner.submit(give_the_class_some_work, done.append)
    if not wait_until(lambda: bool(done), 300_000):
        raise RuntimeError("the sample answers were not stored")
    identity: list[TeacherIdentity | None] = []
    runner.submit(
        lambda tutor: tutor.teaching.accounts.authenticate(
            school.teacher_username, school.teacher_password
        ),
        identity.append,
    )
    if not wait_until(lambda: bool(identity)) or identity[0] is None:
        raise RuntimeError("the sample teacher could not sign in")
    workspace = window.show_teacher_workspace(identity[0])
    if not wait_until(lambda: workspace.help_ready, 120_000):
        raise RuntimeError("the dashboard did not load")
    picture(window, output / "teacher-dashboard.png")
    page = workspace.open_learner(workspace.grid.learner_at(0))
    if not wait_until(lambda: page.report is not None, 60_000):
        raise RuntimeError("the learner page did not load")
    page.resize(1000, 680)
    picture(page, output / "teacher-learner-page.png")
    page.tabs.setCurrentIndex(1)
    picture(page, output / "teacher-learner-answers.png")
    page.close()
    workspace.tabs.setCurrentWidget(workspace.classes_tab)
    wait_until(lambda: workspace.classes_tab.table.rowCount() > 0)
    picture(window, output / "teacher-learners.png")
    tab = workspace.assignments_tab
    workspace.tabs.setCurrentWidget(tab)
    wait_until(lambda: tab.table.rowCount() > 0)
    picture(window, output / "teacher-assignments.png")
    tab.new_button.click()
    from tutor.ui.teacher.assignments_tab import AssignmentDialog

    if wait_until(lambda: window.findChild(AssignmentDialog) is not None):
        dialog = window.findChild(AssignmentDialog)
        assert dialog is not None
        picture(dialog, output / "teacher-new-assignment.png")
        dialog.reject()
    workspace.sign_out_button.click()
