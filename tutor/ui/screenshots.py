"""`make screenshots`: render Tutor's screens offscreen into PNG files (for the README and docs).

    python -m tutor.ui.screenshots OUTPUT_DIR

English pictures go into OUTPUT_DIR, French ones into OUTPUT_DIR/fr.

Uses a temporary data directory and the real first-run path, so the pictures show what a newcomer
meets. Each file is written to a temporary name and renamed.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QWidget

from tutor.engine.answers import right_response, wrong_response
from tutor.facade import Tutor
from tutor.fsutil import atomic_path
from tutor.paths import DataPaths
from tutor.ui.activity_screen import ActivityScreen
from tutor.ui.app import create_application
from tutor.ui.crash import CrashReporter
from tutor.ui.facade_thread import FacadeRunner
from tutor.ui.i18n import switch_language
from tutor.ui.main_window import (
    SCREEN_FIRST_RUN,
    SCREEN_LEARNER,
    SCREEN_PICKER,
    MainWindow,
)
from tutor.ui.walkthrough import (
    SampleSchool,
    fill_school_setup,
    wait_for_screen,
    wait_until,
)

SCREEN_SIZE = (1100, 700)


def save_picture(widget: QWidget, destination: Path) -> None:
    with atomic_path(destination) as temporary:
        if not widget.grab().save(str(temporary), "PNG"):
            raise OSError(f"could not write {destination}")
    print(destination)


LANGUAGES = {"en": "", "fr": "fr"}  # language -> folder under the output (English at the top)


def render_all(output: Path) -> None:
    """Every screen in every language the screenshots are kept in."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = create_application([sys.argv[0]])
    for language, folder in LANGUAGES.items():
        switch_language(app, language)
        render_screens(output / folder if folder else output, language)
    switch_language(app, None)


def render_screens(output: Path, language: str | None = None) -> None:
    """The screens, in the application's current language, into `output`; the learner's own
    language is `language` (their lessons come from the pack in it, when there is one)."""
    output.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    create_application([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="tutor-screens-") as temporary:
        paths = DataPaths(Path(temporary)).ensure()
        runner = FacadeRunner(lambda: Tutor.open(paths))
        laptop = None if language == "en" else language  # the names and teacher mode in it too
        window = MainWindow(runner, CrashReporter(paths.log_file), laptop_language=laptop)
        window.resize(*SCREEN_SIZE)
        window.show()
        try:
            if not wait_for_screen(window, SCREEN_FIRST_RUN):
                raise RuntimeError("the first-run wizard did not appear")
            save_picture(window, output / "first-run.png")
            school = SampleSchool()
            fill_school_setup(window.wizard, school)
            save_picture(window, output / "first-run-learners.png")
            window.wizard.accept()
            if not wait_for_screen(window, SCREEN_PICKER):
                raise RuntimeError("the profile picker did not appear")
            save_picture(window, output / "profile-picker.png")
            window.picker.list.setCurrentRow(1)
            window.picker.list.itemActivated.emit(window.picker.list.currentItem())
            if not wait_for_screen(window, SCREEN_LEARNER):
                raise RuntimeError("the learner's home did not appear")
            save_picture(window, output / "learner-home.png")
            render_student_screens(window, runner, output, language)
            from tutor.ui.teacher_screenshots import render_teacher_screens

            render_teacher_screens(window, runner, output, save_picture)
            render_home_with_work(window, output)
        finally:
            window.close()
            runner.shutdown()


def render_student_screens(
    window: MainWindow, runner: FacadeRunner, output: Path, language: str | None = None
) -> None:
    """With the bundled packs installed: the topic map, the placement check, feedback, a lesson,
    practice. Answers are given through the item widgets, as a learner would. With `language`,
    the learner's profile says it is theirs first."""
    installed: list[object] = []
    runner.submit(lambda tutor: tutor.install_bundled_packs(), installed.append)
    if not wait_until(lambda: bool(installed), 120_000):
        raise RuntimeError("the bundled packs were not installed (run make packs)")
    window._reload_packs()
    learner = window.learner_home.learner
    assert learner is not None
    if language and language != "en":
        learner_id = learner.id
        updated: list[object] = []

        def set_language(tutor: Tutor) -> object:
            tutor.teaching.classes.set_learner_language(learner_id, language)
            return next(p for p in tutor.learners() if p.id == learner_id)

        runner.submit(set_language, updated.append)
        if not wait_until(lambda: bool(updated)):
            raise RuntimeError("the learner's language was not stored")
        learner = updated[0]  # type: ignore[assignment]
    window._show_learner(learner)
    home = window.learner_home
    if not wait_until(lambda: home.topics.count() > 0):
        raise RuntimeError("the topic map did not appear")
    save_picture(window, output / "topic-map.png")
    home.continue_button.click()
    screen = window.activity

    def shown(kind: str) -> bool:
        bundle = screen.bundle
        return bundle is not None and bundle.view.kind == kind and screen.submit.isVisible()

    if not wait_until(lambda: shown("placement")):
        raise RuntimeError("the placement check did not start")
    save_picture(window, output / "placement.png")
    while screen.bundle is not None and screen.bundle.view.kind == "placement":
        answer_through_widget(screen, right=False)
        if not wait_until(screen.next.isVisible):
            raise RuntimeError("no feedback after a placement answer")
        screen.load_next()
        wait_until(lambda: screen.bundle is not None and not screen.next.isVisible())
    if not wait_until(lambda: screen.pages.currentWidget() is screen.lesson):
        raise RuntimeError("no lesson after the placement check")
    save_picture(window, output / "lesson.png")
    screen.lesson.continue_button.click()
    if not wait_until(lambda: shown("practice")):
        raise RuntimeError("no practice after the lesson")
    save_picture(window, output / "practice.png")
    answer_through_widget(screen, right=False)
    if not wait_until(screen.next.isVisible):
        raise RuntimeError("no feedback after a practice answer")
    save_picture(window, output / "practice-feedback.png")


def render_home_with_work(window: MainWindow, output: Path) -> None:
    """The first learner's home after the teacher set work and wrote a note."""
    learners = window.picker.learner_names()
    window.picker.list.setCurrentRow(0)
    window.picker.list.itemActivated.emit(window.picker.list.currentItem())
    if not wait_for_screen(window, SCREEN_LEARNER) or not learners:
        raise RuntimeError("the learner's home did not appear")
    home = window.learner_home
    if not wait_until(lambda: home.work.count() > 0):
        raise RuntimeError("the assigned work did not appear on the learner's home")
    save_picture(window, output / "learner-home-work.png")


def answer_through_widget(screen: ActivityScreen, *, right: bool) -> None:
    bundle, widget = screen.bundle, screen.item_widget
    assert bundle is not None and widget is not None and bundle.view.item is not None
    item = bundle.view.item
    widget.set_response(right_response(item) if right else wrong_response(item))
    widget.response_changed.emit()
    screen.submit.click()


if __name__ == "__main__":
    render_all(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
