"""Classes, groups and learners through the facade, on a real data folder."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tutor.facade import Tutor
from tutor.learner_secrets import hash_pin
from tutor.teaching.classes import RosterError
from tutor.teaching.records import TeachingError


def table_counts(data_dir: Path) -> dict[str, int]:
    db = sqlite3.connect(data_dir / "tutor.sqlite3")
    try:
        return {
            table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("learners", "class_memberships", "learner_groups", "group_memberships")
        }
    finally:
        db.close()


def test_a_teacher_makes_a_class_and_adds_learners(tutor: Tutor) -> None:
    classes = tutor.teaching.classes
    made = classes.create_class("  Class   5A ")
    assert made.name == "Class 5A"
    amina = classes.add_learner(made.id, "Amina", language="fr")
    classes.add_learner(made.id, "brian")
    assert [m.display_name for m in classes.members(made.id)] == ["Amina", "brian"]
    assert classes.members(made.id)[0].language == "fr"
    with pytest.raises(TeachingError, match="already a learner called"):
        classes.add_learner(made.id, " AMINA ")
    with pytest.raises(TeachingError, match="already a class"):
        classes.create_class("class 5a")
    classes.archive_learner(amina)
    assert [m.display_name for m in classes.members(made.id)] == ["brian"]
    assert amina not in {p.id for p in tutor.learners()}
    classes.archive_learner(amina, archived=False)
    assert amina in {p.id for p in tutor.learners()}
    assert {c.name: c.learners for c in classes.classes()}["Class 5A"] == 2


def test_a_roster_adds_everyone_with_groups_and_pins(tutor: Tutor) -> None:
    classes = tutor.teaching.classes
    made = classes.create_class("Class 6")
    result = classes.import_roster(
        made.id, b"name,group,pin\nAmina,Lions,2468\nBrian,Lions,\nChloe,Eagles,\n"
    )
    assert len(result.added) == 3 and sorted(result.groups_created) == ["Eagles", "Lions"]
    members = {m.display_name: m for m in classes.members(made.id)}
    assert members["Amina"].sign_in == "pin" and members["Brian"].sign_in == "none"
    assert members["Amina"].groups == ("Lions",)
    groups = {g.name: g for g in classes.groups(made.id)}
    assert sorted(groups["Lions"].learner_ids) == sorted([members["Amina"].id, members["Brian"].id])
    assert tutor.check_learner_secret(members["Amina"].id, "2468").ok
    assert not tutor.check_learner_secret(members["Amina"].id, "1111").ok


def test_a_roster_with_a_bad_row_stores_nothing(tutor: Tutor, data_dir: Path) -> None:
    classes = tutor.teaching.classes
    made = classes.create_class("Class 7")
    before = table_counts(data_dir)
    with pytest.raises(RosterError) as refused:
        classes.import_roster(made.id, b"name,group,pin\nAmina,Lions,2468\nBrian,Lions,12\n")
    assert [problem.line for problem in refused.value.problems] == [3]
    assert table_counts(data_dir) == before


def test_groups_hold_only_learners_of_their_class(tutor: Tutor) -> None:
    classes = tutor.teaching.classes
    first = classes.classes()[0]
    members = classes.members(first.id)
    group = classes.create_group(first.id, "Readers", [members[0].id])
    other = classes.create_class("Other")
    stranger = classes.add_learner(other.id, "Stranger")
    with pytest.raises(TeachingError, match="own class"):
        classes.set_group_members(group, [members[0].id, stranger])
    classes.set_group_members(group, [members[1].id, members[2].id])
    assert set(classes.groups(first.id)[0].learner_ids) == {members[1].id, members[2].id}


def test_a_reset_pin_lets_a_learner_in_without_one(tutor: Tutor) -> None:
    classes = tutor.teaching.classes
    made = classes.create_class("Class 8")
    learner = classes.add_learner(made.id, "Pat")
    tutor.set_learner_pin(learner, "1357")
    assert classes.members(made.id)[0].sign_in == "pin"
    tutor.set_learner_pin(learner, None)
    assert classes.members(made.id)[0].sign_in == "none"
    assert hash_pin("1357") != hash_pin("1357")  # salted: nothing to compare across learners
