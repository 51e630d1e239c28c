"""Three laptops' bundles, imported in every order, leave the same database; conflicting edits
are settled by the documented rules, not by the order of imports."""

from __future__ import annotations

import itertools
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import update

from tests.sync.conftest import Laptop
from tests.sync.helpers import dump, learner_id, practise, query
from tutor.facade import Tutor
from tutor.paths import DataPaths
from tutor.storage.engine import Database
from tutor.storage.models import (
    Assignment,
    GroupMembership,
    Learner,
    LearnerGroup,
    Quiz,
    QuizPart,
    QuizRun,
    SchoolClass,
    TeacherNote,
)

T0 = datetime(2031, 3, 2, 9, 0, tzinfo=UTC)
SKIP = {("imported_bundles", "imported_at"), ("imported_bundles", "summary")}


def edit(tutor: Tutor, *changes: object) -> None:
    """Store rows (added) and run update statements on a laptop's database, in one transaction."""
    database = Database(tutor.paths.database)
    try:
        with database.write() as session:
            for change in changes:
                if hasattr(change, "__table__"):
                    session.add(change)
                    session.flush()
                else:
                    session.execute(change)  # type: ignore[call-overload]
    finally:
        database.close()


def test_three_laptops_bundles_in_every_order_give_identical_databases(
    laptop: Laptop, usb: Path, tmp_path: Path
) -> None:
    a = laptop("Laptop A")
    ana, ben, wanjiru = (learner_id(a, n) for n in ("Ana", "ben", "Wanjiru"))
    ((class_id,),) = query(a.paths.database, "SELECT id FROM classes")
    edit(
        a,
        Quiz(id="quiz-1", title="Halves", feedback="at_end", created_at=T0, updated_at=T0),
        QuizPart(quiz_id="quiz-1", position=0, skill_id="org.tutor.demo.fractions/equal-parts"),
        Assignment(
            id="assign-1", kind="quiz", target_id="quiz-1", class_id=class_id, updated_at=T0
        ),
        TeacherNote(id="note-1", learner_id=ana, text="Well done!", created_at=T0),
    )
    start = a.export_bundle(usb).path
    b, c = laptop("Laptop B", learners=("Bo",)), laptop("Laptop C", learners=("Cy",))
    b.import_bundle(start)
    c.import_bundle(start)

    practise(a, ana, 10, "rw")
    practise(b, ana, 8, "rrw")
    practise(b, ben, 5, "w")
    practise(c, wanjiru, 18, "r")
    practise(c, ben, 3, "r")
    practise(c, learner_id(c, "Cy"), 2, "r")
    tie = T0 + timedelta(days=1)
    edit(  # B and C rename Ana at the very same moment; A renames the class later
        b,
        update(Learner).where(Learner.id == ana).values(display_name="Ana B", updated_at=tie),
        LearnerGroup(id="group-b", class_id=class_id, name="Readers", updated_at=tie),
        GroupMembership(group_id="group-b", learner_id=ana),
        QuizRun(
            id="run-b",
            assignment_id="assign-1",
            learner_id=ana,
            quiz_id="quiz-1",
            item_ids=["x"],
            feedback="at_end",
            started_at=tie,
        ),
        update(TeacherNote).where(TeacherNote.id == "note-1").values(read_at=tie),
    )
    edit(
        c,
        update(Learner).where(Learner.id == ana).values(display_name="Ana C", updated_at=tie),
        update(Quiz).where(Quiz.id == "quiz-1").values(title="Halves!", updated_at=tie),
        QuizRun(
            id="run-c",
            assignment_id="assign-1",
            learner_id=ana,
            quiz_id="quiz-1",
            item_ids=["y"],
            feedback="at_end",
            started_at=tie + timedelta(hours=1),
            finished_at=tie + timedelta(hours=2),
        ),
        update(TeacherNote).where(TeacherNote.id == "note-1").values(deleted_at=tie),
    )
    edit(a, update(SchoolClass).values(name="Class 3 (2031)", updated_at=tie + timedelta(1)))
    bundles = [tutor.export_bundle(usb).path for tutor in (a, b, c)]

    target = laptop("Laptop D", learners=("Dee",))
    target.close()
    results: list[dict[str, list[tuple[Any, ...]]]] = []
    for number, order in enumerate(itertools.permutations(bundles)):
        copy = tmp_path / f"target-{number}"
        shutil.copytree(target.paths.root, copy)
        opened = Tutor.open(DataPaths(copy))
        try:
            for bundle in order:
                assert not opened.import_bundle(bundle).already_imported
            assert all(opened.import_bundle(bundle).already_imported for bundle in bundles)
        finally:
            opened.close()
        results.append(dump(copy / "tutor.sqlite3", SKIP))

    assert len(results) == 6 and all(result == results[0] for result in results[1:])
    merged = tmp_path / "target-0" / "tutor.sqlite3"
    names: dict[str, str] = dict(query(merged, "SELECT id, display_name FROM learners"))
    assert names[ana] == "Ana C"  # the tie goes the same way in every order
    assert {"Bo", "Cy", "Dee", "ben", "Wanjiru"} <= set(names.values())
    assert query(merged, "SELECT name FROM classes WHERE id = ?", class_id) == [("Class 3 (2031)",)]
    assert query(merged, "SELECT title FROM quizzes") == [("Halves!",)]
    assert query(merged, "SELECT id FROM quiz_runs") == [("run-c",)]  # handed in wins
    ((read_at, deleted_at),) = query(merged, "SELECT read_at, deleted_at FROM teacher_notes")
    assert read_at is not None and deleted_at is not None
    assert query(merged, "SELECT group_id, learner_id FROM group_memberships") == [("group-b", ana)]
    total = sum(len(query(t.paths.database, "SELECT id FROM attempt_events")) for t in (b, c))
    expected = {
        row[0]
        for t in (a, b, c)
        for row in query(t.paths.database, "SELECT id FROM attempt_events")
    }
    assert total > 0
    assert {row[0] for row in query(merged, "SELECT id FROM attempt_events")} == expected
    placed = query(
        merged, "SELECT count(*) FROM mastery_states WHERE placed AND learner_id = ?", wanjiru
    )
    assert placed[0][0] > 0
    # Ana's progress on the merged laptop is her answers from A and B replayed together.
    assert query(merged, "SELECT count(*) FROM attempt_events WHERE learner_id = ?", ana) == [(18,)]
