"""Teacher mode in the window: behind a password; a teacher sets work and the learner's home
shows it; the dashboard's numbers are the stored ones; the needs-help list names the learner
who struggles; a learner takes an assigned quiz to its result."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget
from pytestqt.qtbot import QtBot

from tests.sample_data import SAMPLE_SETUP
from tests.teaching.helpers import learner_id, practise, skip_placement
from tests.ui.conftest import WindowFactory
from tutor.engine.answers import right_response
from tutor.facade import Tutor
from tutor.paths import DataPaths
from tutor.teaching.records import Audience, QuizPartSpec
from tutor.ui.main_window import (
    SCREEN_LEARNER,
    SCREEN_PICKER,
    SCREEN_QUIZ,
    SCREEN_TEACHER,
    MainWindow,
)
from tutor.ui.teacher.assignments_tab import AssignmentDialog, QuizDialog
from tutor.ui.teacher.grid import SORT_ROLE
from tutor.ui.teacher.workspace import TeacherWorkspace
from tutor.ui.teacher_sign_in import TeacherSignInDialog


@pytest.fixture
def ready_paths(data_paths: DataPaths, bundled_packs: Path) -> DataPaths:
    tutor = Tutor.open(data_paths)
    try:
        tutor.complete_first_run(SAMPLE_SETUP)
        tutor.install_bundled_packs()
        ben, ana = learner_id(tutor, "ben"), learner_id(tutor, "Ana")
        for learner in (ben, ana):
            skip_placement(tutor, learner)
        practise(tutor, ben, 12, right=False)
        practise(tutor, ana, 10, right=True)
    finally:
        tutor.close()
    return data_paths


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def teacher_signs_in(
    qtbot: QtBot, window: MainWindow, password: str, *, from_picker: bool = True
) -> TeacherSignInDialog:
    if from_picker:
        qtbot.waitUntil(lambda: window.current_screen == SCREEN_PICKER, timeout=30_000)
    window.teacher_mode_action.trigger()
    dialog = window.findChild(TeacherSignInDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.username.setText(SAMPLE_SETUP.teacher_username)
    dialog.password.setText(password)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return dialog


def open_workspace(qtbot: QtBot, window: MainWindow) -> TeacherWorkspace:
    teacher_signs_in(qtbot, window, SAMPLE_SETUP.teacher_password)
    qtbot.waitUntil(lambda: window.current_screen == SCREEN_TEACHER, timeout=30_000)
    workspace = window.findChild(TeacherWorkspace)
    assert workspace is not None
    qtbot.waitUntil(lambda: workspace.grid.grid_model.rowCount() == 3, timeout=20_000)
    return workspace


D = TypeVar("D", bound=QDialog)


def open_from_assignments(
    qtbot: QtBot, window: MainWindow, button: str, kind: type[D]
) -> tuple[TeacherWorkspace, D]:
    """Teacher mode, the assignments tab, one of its buttons clicked: its dialog, once open."""
    workspace = open_workspace(qtbot, window)
    tab = workspace.assignments_tab
    workspace.tabs.setCurrentWidget(tab)
    getattr(tab, button).click()
    qtbot.waitUntil(lambda: window.findChild(kind) is not None, timeout=30_000)
    dialog = window.findChild(kind)
    assert dialog is not None
    return workspace, dialog


def test_teacher_mode_needs_the_password(
    qtbot: QtBot, open_window: WindowFactory, ready_paths: DataPaths
) -> None:
    window = open_window(ready_paths)
    dialog = teacher_signs_in(qtbot, window, "wrong password")
    qtbot.waitUntil(dialog.error.isVisible, timeout=30_000)
    assert window.current_screen == SCREEN_PICKER
    assert window.findChild(TeacherWorkspace) is None


def test_the_grid_shows_the_stored_counts_and_needs_help_names_ben(
    qtbot: QtBot, open_window: WindowFactory, ready_paths: DataPaths
) -> None:
    window = open_window(ready_paths)
    workspace = open_workspace(qtbot, window)
    model = workspace.grid.grid_model
    grid = model.grid
    assert grid is not None
    db = sqlite3.connect(ready_paths.database)
    rows = db.execute(
        "SELECT learner_id, skill_id, count(*), sum(correct) FROM attempt_events "
        "GROUP BY learner_id, skill_id"
    ).fetchall()
    db.close()
    for learner, skill, count, right in rows:
        row = grid.learner_ids.index(learner)
        column = grid.skill_ids.index(skill) + 1
        tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
        assert f"{right} of {count} right" in tip
    qtbot.waitUntil(lambda: workspace.help_ready, timeout=30_000)
    texts = [workspace.help_list.item(i).text() for i in range(workspace.help_list.count())]
    assert texts and all(text.startswith("ben:") for text in texts)
    assert "0 of the last" in texts[0] or "0 right" in texts[0]
    # Sorting by the mastered column puts Ana (who mastered a skill) last, ascending.
    mastered_column = model.columnCount() - 1
    workspace.grid.sortByColumn(mastered_column, Qt.SortOrder.AscendingOrder)
    last = workspace.grid.proxy.rowCount() - 1
    assert workspace.grid.learner_at(last) == learner_id_in(ready_paths, "Ana")
    assert workspace.grid.proxy.index(last, mastered_column).data(SORT_ROLE) >= 1
    window.close()


def learner_id_in(paths: DataPaths, name: str) -> str:
    db = sqlite3.connect(paths.database)
    try:
        return str(
            db.execute("SELECT id FROM learners WHERE display_name = ?", (name,)).fetchone()[0]
        )
    finally:
        db.close()


def test_a_teacher_sets_work_and_the_learner_home_shows_it(
    qtbot: QtBot, open_window: WindowFactory, ready_paths: DataPaths
) -> None:
    window = open_window(ready_paths)
    workspace, dialog = open_from_assignments(qtbot, window, "new_button", AssignmentDialog)
    tab = workspace.assignments_tab
    skill_title = dialog.target.currentText()
    dialog.accept()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=30_000)
    assert cell_text(tab.table, 0, 0) == skill_title
    db = sqlite3.connect(ready_paths.database)
    (mastered,) = db.execute(
        "SELECT count(*) FROM mastery_states JOIN skills ON skills.id = mastery_states.skill_id "
        "WHERE skills.title = ? AND status IN ('mastered', 'review_due')",
        (skill_title,),
    ).fetchone()
    db.close()
    assert cell_text(tab.table, 0, 4) == f"{mastered} of 3"

    workspace.sign_out_button.click()
    qtbot.waitUntil(lambda: window.current_screen == SCREEN_PICKER, timeout=15_000)
    names = window.picker.learner_names()
    window.picker.list.setCurrentRow(names.index("Wanjiru"))
    qtbot.keyClick(window.picker.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen == SCREEN_LEARNER, timeout=15_000)
    home = window.learner_home
    qtbot.waitUntil(lambda: home.work.count() == 1, timeout=30_000)
    assert skill_title in home.work.item(0).text() and "due" in home.work.item(0).text()
    assert home.week.isVisible()
    window.close()


def test_a_learner_takes_an_assigned_quiz_to_its_result(
    qtbot: QtBot, open_window: WindowFactory, ready_paths: DataPaths
) -> None:
    tutor = Tutor.open(ready_paths)
    try:
        catalog = tutor._learning.catalog()
        skill = catalog.curriculum.order[0]
        written = next(
            item
            for item, owner in catalog.item_skills.items()
            if owner == skill and catalog.definitions[item]["type"] == "extended_text"
        )
        parts = [QuizPartSpec(skill_id=skill, count=2), QuizPartSpec(item_id=written)]
        quiz = tutor.teaching.quizzes.create_quiz("Quick check", parts, feedback="per_item")
        wanjiru = learner_id(tutor, "Wanjiru")
        tutor.teaching.assignments.assign("quiz", quiz.id, Audience(learner_id=wanjiru))
        tutor.teaching.notes.add_note(wanjiru, "Try the quiz today!", "Ms Achieng")
    finally:
        tutor.close()
    window = open_window(ready_paths)
    qtbot.waitUntil(lambda: window.current_screen == SCREEN_PICKER, timeout=30_000)
    names = window.picker.learner_names()
    window.picker.list.setCurrentRow(names.index("Wanjiru"))
    qtbot.keyClick(window.picker.list, Qt.Key.Key_Return)
    home = window.learner_home
    qtbot.waitUntil(lambda: home.work.count() == 1, timeout=30_000)
    assert "Try the quiz today!" in home.notes.text()
    home.work.setCurrentRow(0)
    qtbot.keyClick(home.work, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen == SCREEN_QUIZ, timeout=15_000)
    screen = window.quiz
    for number in (1, 2, 3):

        def showing(n: int = number) -> bool:
            return screen.item_widget is not None and f"{n} of 3" in screen.heading.text()

        qtbot.waitUntil(showing, timeout=30_000)
        widget = screen.item_widget
        assert widget is not None
        widget.set_response(right_response(widget.item))
        widget.response_changed.emit()
        qtbot.mouseClick(screen.submit, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(screen.next.isVisible, timeout=30_000)  # per-item feedback, once stored
        expected = "teacher will read" if number == 3 else "Right"
        assert expected in screen.feedback.text()
        qtbot.mouseClick(screen.next, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.result is not None, timeout=30_000)
    assert screen.result is not None and screen.result.right == 2
    db = sqlite3.connect(ready_paths.database)
    stored = db.execute("SELECT count(*) FROM attempt_events WHERE context = 'quiz'").fetchone()
    db.close()
    assert stored == (3,)
    window.close()


def test_only_admins_see_the_accounts_tab(
    qtbot: QtBot, open_window: WindowFactory, ready_paths: DataPaths
) -> None:
    window = open_window(ready_paths)
    workspace = open_workspace(qtbot, window)
    tab_index = workspace.tabs.indexOf(workspace.accounts_tab)
    assert workspace.tabs.isTabVisible(tab_index)
    qtbot.waitUntil(lambda: workspace.accounts_tab.table.rowCount() == 1, timeout=30_000)
    workspace.accounts_tab.add_teacher("omondi", "Mr Omondi", "omondi-password")
    qtbot.waitUntil(lambda: workspace.accounts_tab.table.rowCount() == 2, timeout=30_000)
    workspace.sign_out_button.click()
    qtbot.waitUntil(lambda: window.current_screen == SCREEN_PICKER, timeout=15_000)
    window.teacher_mode_action.trigger()
    dialog = window.findChild(TeacherSignInDialog)
    assert dialog is not None
    dialog.username.setText("omondi")
    dialog.password.setText("omondi-password")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(
        lambda: workspace.teacher is not None and workspace.teacher.username == "omondi",
        timeout=30_000,
    )
    assert window.current_screen == SCREEN_TEACHER
    assert not workspace.tabs.isTabVisible(tab_index)
    window.close()


def test_progress_goes_to_a_stick_and_into_another_laptop(
    qtbot: QtBot, ready_paths: DataPaths, tmp_path: Path
) -> None:
    from tutor.ui.facade_thread import FacadeRunner
    from tutor.ui.teacher.usb_tab import UsbTab

    stick = tmp_path / "stick"
    stick.mkdir()
    other = DataPaths(tmp_path / "other").ensure()
    second = Tutor.open(other)
    second.complete_first_run(SAMPLE_SETUP)
    second.close()
    runners = [
        FacadeRunner(lambda: Tutor.open(ready_paths)),
        FacadeRunner(lambda: Tutor.open(other)),
    ]
    try:
        source, target = UsbTab(runners[0]), UsbTab(runners[1])
        for tab in (source, target):
            qtbot.addWidget(tab)
        source.export_to(stick)
        qtbot.waitUntil(lambda: "safe to remove" in source.message.text(), timeout=30_000)
        [bundle] = list(stick.glob("*.tutorbundle"))
        with qtbot.waitSignal(target.imported, timeout=30_000):
            target.import_from(bundle)
        assert "new answers" in target.message.text()
        target.import_from(bundle)
        qtbot.waitUntil(lambda: "nothing changed" in target.message.text(), timeout=30_000)
        bundle.write_bytes(bundle.read_bytes()[:-100])  # a stick pulled out mid-copy
        target.import_from(bundle)
        qtbot.waitUntil(lambda: target.export_button.isEnabled(), timeout=30_000)
        assert "nothing changed" not in target.message.text()
        assert target.message.text()
    finally:
        for runner in runners:
            runner.shutdown()
    db = sqlite3.connect(other.database)
    (answers,) = db.execute("SELECT count(*) FROM attempt_events").fetchone()
    db.close()
    db = sqlite3.connect(ready_paths.database)
    (expected,) = db.execute("SELECT count(*) FROM attempt_events").fetchone()
    db.close()
    assert answers == expected > 0


def test_the_items_tab_shows_the_hardest_items_with_wrong_answers(
    qtbot: QtBot, open_window: WindowFactory, ready_paths: DataPaths
) -> None:
    window = open_window(ready_paths)
    workspace = open_workspace(qtbot, window)
    workspace.tabs.setCurrentWidget(workspace.items_tab)
    qtbot.waitUntil(lambda: workspace.items_tab.table.rowCount() > 0, timeout=30_000)
    stats = workspace.items_tab.stats
    db = sqlite3.connect(ready_paths.database)
    counts = dict(db.execute("SELECT item_id, count(*) FROM attempt_events GROUP BY item_id"))
    db.close()
    assert {stat.item_id: stat.attempts for stat in stats} == counts
    assert stats[0].right_rate == 0 and cell_text(workspace.items_tab.table, 0, 4)
    window.close()


def test_the_class_exports_save_a_gradebook_a_log_and_reports(
    qtbot: QtBot, ready_paths: DataPaths, tmp_path: Path
) -> None:
    from tutor.ui.facade_thread import FacadeRunner
    from tutor.ui.teacher import exports_menu

    runner = FacadeRunner(lambda: Tutor.open(ready_paths))
    said: list[str] = []
    try:
        tutor = Tutor.open(ready_paths)
        class_id = tutor.teaching.classes.classes()[0].id
        ana = learner_id(tutor, "Ana")
        tutor.close()
        jobs = {
            "gradebook.csv": exports_menu.gradebook_job(class_id),
            "answers.csv": exports_menu.answer_log_job(class_id),
            "class.pdf": exports_menu.class_report_job(class_id),
            "ana.pdf": exports_menu.learner_report_job(ana),
        }
        for name, job in jobs.items():
            exports_menu.save(runner, job, tmp_path / name, said.append)
        qtbot.waitUntil(lambda: len(said) == len(jobs), timeout=60_000)
    finally:
        runner.shutdown()
    assert all(text.startswith("Saved") for text in said), said
    assert (tmp_path / "class.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "gradebook.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert exports_menu.safe_file_name('4/B: "Lions"') == "4-B- -Lions-"


def test_a_quiz_is_built_from_a_chosen_question_and_a_draw_and_a_learner_renamed(
    qtbot: QtBot, open_window: WindowFactory, ready_paths: DataPaths
) -> None:
    window = open_window(ready_paths)
    workspace, dialog = open_from_assignments(qtbot, window, "quiz_button", QuizDialog)
    tab = workspace.assignments_tab
    qtbot.waitUntil(lambda: dialog.item.count() > 0, timeout=30_000)
    dialog.title.setText("Mixed check")
    dialog.add_item.click()
    dialog.count.setValue(2)
    dialog.add_part.click()
    assert dialog.parts_list.count() == 2
    dialog.accept()
    qtbot.waitUntil(lambda: "Mixed check" in tab.message.text(), timeout=30_000)
    db = sqlite3.connect(ready_paths.database)
    parts = db.execute(
        "SELECT item_id IS NOT NULL, skill_id IS NOT NULL, draw_count FROM quiz_parts "
        "JOIN quizzes ON quizzes.id = quiz_parts.quiz_id WHERE title = 'Mixed check' "
        "ORDER BY position"
    ).fetchall()
    db.close()
    assert parts == [(1, 0, 1), (0, 1, 2)]

    classes = workspace.classes_tab
    workspace.tabs.setCurrentWidget(classes)
    qtbot.waitUntil(lambda: classes.table.rowCount() == 3, timeout=30_000)
    ana = next(member.id for member in classes.members if member.display_name == "Ana")
    classes.rename(ana, "Anna")
    qtbot.waitUntil(
        lambda: "Anna" in [member.display_name for member in classes.members], timeout=30_000
    )
    window.close()


def test_a_class_is_renamed_then_archived_and_leaves_the_list(
    qtbot: QtBot, open_window: WindowFactory, ready_paths: DataPaths
) -> None:
    window = open_window(ready_paths)
    workspace = open_workspace(qtbot, window)
    classes = workspace.classes_tab
    classes.rename_class("Class 3 Blue")
    qtbot.waitUntil(lambda: "Class 3 Blue" in workspace.class_choice.itemText(0), timeout=30_000)
    classes.archive_class()
    qtbot.waitUntil(lambda: workspace.class_choice.count() == 0, timeout=30_000)
    assert "no class yet" in workspace.status.text()
    tutor = Tutor.open(ready_paths)
    try:
        assert tutor.teaching.classes.classes() == []
        assert [c.name for c in tutor.teaching.classes.classes(include_archived=True)] == [
            "Class 3 Blue"
        ]
        assert len(tutor.learners()) == 3  # the learners stay
    finally:
        tutor.close()
    window.close()


def test_learners_added_in_teacher_mode_are_on_the_picker_after_sign_out(
    qtbot: QtBot, open_window: WindowFactory, ready_paths: DataPaths
) -> None:
    window = open_window(ready_paths)
    workspace = open_workspace(qtbot, window)
    classes = workspace.classes_tab
    classes.add_learner("Zawadi")
    qtbot.waitUntil(lambda: classes.table.rowCount() == 4, timeout=30_000)
    workspace.sign_out_button.click()
    qtbot.waitUntil(lambda: "Zawadi" in window.picker.learner_names(), timeout=30_000)
    assert window.current_screen == SCREEN_PICKER
    window.close()


def test_teacher_mode_after_a_french_learner_speaks_the_laptops_language_throughout(
    qtbot: QtBot, open_window: WindowFactory, ready_paths: DataPaths
) -> None:
    tutor = Tutor.open(ready_paths)
    try:
        tutor.teaching.classes.set_learner_language(learner_id(tutor, "Wanjiru"), "fr")
    finally:
        tutor.close()
    window = open_window(ready_paths)
    qtbot.waitUntil(lambda: window.current_screen == SCREEN_PICKER, timeout=30_000)
    names = window.picker.learner_names()
    window.picker.list.setCurrentRow(names.index("Wanjiru"))
    qtbot.keyClick(window.picker.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.learner_home.continue_button.text() == "&Continuer")
    teacher_signs_in(qtbot, window, SAMPLE_SETUP.teacher_password, from_picker=False)
    qtbot.waitUntil(lambda: window.current_screen == SCREEN_TEACHER, timeout=30_000)
    workspace = window.findChild(TeacherWorkspace)
    assert workspace is not None
    titles = [workspace.tabs.tabText(n) for n in range(workspace.tabs.count())]
    assert "&Dashboard" in titles or "Dashboard" in [t.replace("&", "") for t in titles]
    assert not any("Tableau" in title for title in titles)
    window.close()
