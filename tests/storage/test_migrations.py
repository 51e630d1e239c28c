"""Schema migrations: no drift from the models, no data lost, refusals that change nothing.

Every test works on real SQLite files in tmp_path. Seed data is written with raw SQL against the
schema of one revision (not through the models, which always describe the newest schema), so a
seed keeps describing its revision's tables after the models move on.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import random
import shutil
import sqlite3
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, create_engine, inspect
from sqlalchemy.engine import Connection

import tutor.storage.migrate as migrate
from tutor.facade import Tutor
from tutor.passwords import hash_secret
from tutor.paths import DataPaths
from tutor.records import DeviceInfo, LearnerProfile
from tutor.storage.engine import create_sqlite_engine
from tutor.storage.migrate import (
    SCHEMA_HEAD,
    DatabaseTooNewError,
    MigrationError,
    NotATutorDatabaseError,
    known_revisions,
    prepare_database,
    stored_revision,
    upgrade,
)
from tutor.storage.models import Base

REVISIONS = known_revisions()
VERSION_TABLE = "alembic_version"

# -- seed data -----------------------------------------------------------------------------------

THIS_DEVICE_ID = "d0000000-0000-4000-8000-000000000001"
OTHER_DEVICE_ID = "d0000000-0000-4000-8000-000000000002"
CLASS_ID = "c0000000-0000-4000-8000-000000000001"
AMINA_ID = "10000000-0000-4000-8000-000000000001"
BRIAN_ID = "10000000-0000-4000-8000-000000000002"
CHLOE_ID = "10000000-0000-4000-8000-000000000003"
ADMIN_ID = "70000000-0000-4000-8000-000000000001"
RETIRED_TEACHER_ID = "70000000-0000-4000-8000-000000000002"
PACK_ID = "org.example.maths-p4"
SKILL_ADD = "maths-p4/addition"
SKILL_SUB = "maths-p4/subtraction"
LESSON_ADD = "maths-p4/addition/lesson-1"
ITEM_ADD_1 = "maths-p4/addition/q1"
ITEM_ADD_2 = "maths-p4/addition/q2"

ADMIN_USERNAME = "mwanjala"
ADMIN_PASSWORD = "Kilimanjaro-2026"
RETIRED_USERNAME = "otieno"
RETIRED_PASSWORD = "old-password-1"
LAPTOP_TEXT_SCALE = 125

T0 = "2026-01-05 08:00:00.000000"
T1 = "2026-01-06 09:15:30.250000"
T2 = "2026-01-06 09:16:02.000000"
T3 = "2026-02-01 12:00:00.000000"


@functools.cache
def password_hash(password: str) -> str:
    """A real scrypt hash (computed once per password per test session: scrypt is slow)."""
    return hash_secret(password)


def insert(db: sqlite3.Connection, table: str, row: dict[str, Any]) -> None:
    columns = ", ".join(f'"{name}"' for name in row)
    marks = ", ".join("?" for _ in row)
    db.execute(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', tuple(row.values()))


def seed_0001(db: sqlite3.Connection) -> None:
    """A laptop in use: two devices, a class of three learners, two teachers, an installed pack
    with its skills, lessons, items and media, attempt events from both devices and mastery."""
    rows: list[tuple[str, dict[str, Any]]] = [
        (
            "devices",
            {
                "id": THIS_DEVICE_ID,
                "name": "Laptop 3",
                "school_name": "Hillside Primary",
                "is_this_device": 1,
                "last_sequence": 2,
                "created_at": T0,
            },
        ),
        (
            "devices",
            {
                "id": OTHER_DEVICE_ID,
                "name": "Laptop 7",
                "school_name": "Hillside Primary",
                "is_this_device": 0,
                "last_sequence": 1,
                "created_at": T1,
            },
        ),
        (
            "learners",
            {
                "id": AMINA_ID,
                "display_name": "Amina",
                "avatar": "lion",
                "pin_hash": password_hash("2468"),
                "picture_password_hash": None,
                "created_at": T0,
                "updated_at": T1,
                "archived_at": None,
            },
        ),
        (
            "learners",
            {
                "id": BRIAN_ID,
                "display_name": "brian",
                "avatar": "zebra",
                "pin_hash": None,
                "picture_password_hash": "scrypt$14$8$1$c2FsdA==$aGFzaA==",
                "created_at": T0,
                "updated_at": T0,
                "archived_at": None,
            },
        ),
        (
            "learners",
            {
                "id": CHLOE_ID,
                "display_name": "Chloé Ng'ang'a",
                "avatar": "",
                "pin_hash": None,
                "picture_password_hash": None,
                "created_at": T0,
                "updated_at": T3,
                "archived_at": T3,
            },
        ),
        ("classes", {"id": CLASS_ID, "name": "Class 4B", "created_at": T0, "archived_at": None}),
        *[
            ("class_memberships", {"class_id": CLASS_ID, "learner_id": learner, "joined_at": T0})
            for learner in (AMINA_ID, BRIAN_ID, CHLOE_ID)
        ],
        (
            "teacher_accounts",
            {
                "id": ADMIN_ID,
                "username": ADMIN_USERNAME,
                "display_name": "Mrs Mwanjala",
                "password_hash": password_hash(ADMIN_PASSWORD),
                "role": "admin",
                "created_at": T0,
                "disabled_at": None,
            },
        ),
        (
            "teacher_accounts",
            {
                "id": RETIRED_TEACHER_ID,
                "username": RETIRED_USERNAME,
                "display_name": "Mr Otieno",
                "password_hash": password_hash(RETIRED_PASSWORD),
                "role": "teacher",
                "created_at": T0,
                "disabled_at": T3,
            },
        ),
        (
            "settings",
            {
                "key": "setup_completed_at",
                "value": json.dumps("2026-01-05T08:00:00+00:00"),
                "updated_at": T0,
            },
        ),
        (
            "settings",
            {"key": "text_scale", "value": json.dumps(LAPTOP_TEXT_SCALE), "updated_at": T1},
        ),
        (
            "installed_packs",
            {
                "id": PACK_ID,
                "version": "1.2.0",
                "title": "Maths P4",
                "language": "sw",
                "publisher": "Example Publishers",
                "signing_key_id": "key-2026",
                "manifest_sha256": "ab" * 32,
                "installed_at": T0,
                "updated_at": T1,
            },
        ),
        (
            "skills",
            {
                "id": SKILL_ADD,
                "pack_id": PACK_ID,
                "title": "Addition",
                "description": "Adding numbers up to 100",
                "position": 0,
            },
        ),
        (
            "skills",
            {
                "id": SKILL_SUB,
                "pack_id": PACK_ID,
                "title": "Subtraction",
                "description": "",
                "position": 1,
            },
        ),
        ("skill_prerequisites", {"skill_id": SKILL_SUB, "prerequisite_id": SKILL_ADD}),
        (
            "lessons",
            {
                "id": LESSON_ADD,
                "pack_id": PACK_ID,
                "skill_id": SKILL_ADD,
                "title": "Counting on",
                "body_sha256": "cd" * 32,
                "position": 0,
            },
        ),
        (
            "lessons",
            {
                "id": "maths-p4/welcome",
                "pack_id": PACK_ID,
                "skill_id": None,
                "title": "Welcome",
                "body_sha256": "ef" * 32,
                "position": 1,
            },
        ),
        (
            "items",
            {
                "id": ITEM_ADD_1,
                "pack_id": PACK_ID,
                "skill_id": SKILL_ADD,
                "kind": "multiple_choice",
                "definition": json.dumps({"prompt": "2 + 3", "choices": [4, 5, 6], "answer": 1}),
                "difficulty_prior": -0.35,
                "position": 0,
            },
        ),
        (
            "items",
            {
                "id": ITEM_ADD_2,
                "pack_id": PACK_ID,
                "skill_id": SKILL_ADD,
                "kind": "number_entry",
                "definition": json.dumps({"prompt": "17 + 25"}),
                "difficulty_prior": None,
                "position": 1,
            },
        ),
        (
            "media_references",
            {
                "pack_id": PACK_ID,
                "owner_id": LESSON_ADD,
                "sha256": "12" * 32,
                "media_type": "image/png",
                "file_name": "apples.png",
            },
        ),
        (
            "attempt_events",
            {
                "id": "e0000000-0000-4000-8000-000000000001",
                "device_id": THIS_DEVICE_ID,
                "sequence": 1,
                "learner_id": AMINA_ID,
                "item_id": ITEM_ADD_1,
                "skill_id": SKILL_ADD,
                "response": json.dumps({"choice": 1}),
                "score": 1.0,
                "correct": 1,
                "hints_used": 0,
                "duration_ms": 5400,
                "answered_at": T1,
                "recorded_at": T1,
            },
        ),
        (
            "attempt_events",
            {
                "id": "e0000000-0000-4000-8000-000000000002",
                "device_id": THIS_DEVICE_ID,
                "sequence": 2,
                "learner_id": AMINA_ID,
                "item_id": ITEM_ADD_2,
                "skill_id": SKILL_ADD,
                "response": json.dumps({"value": "41"}),
                "score": 0.0,
                "correct": 0,
                "hints_used": 2,
                "duration_ms": 31000,
                "answered_at": T2,
                "recorded_at": T2,
            },
        ),
        (
            "attempt_events",
            {
                "id": "e0000000-0000-4000-8000-000000000003",
                "device_id": OTHER_DEVICE_ID,
                "sequence": 1,
                "learner_id": BRIAN_ID,
                "item_id": ITEM_ADD_1,
                "skill_id": SKILL_ADD,
                "response": json.dumps({"choice": 1}),
                "score": 1.0,
                "correct": 1,
                "hints_used": 0,
                "duration_ms": 7000,
                "answered_at": T2,
                "recorded_at": T3,
            },
        ),
        (
            "mastery_states",
            {
                "learner_id": AMINA_ID,
                "skill_id": SKILL_ADD,
                "probability": 0.62,
                "attempts": 2,
                "correct": 1,
                "last_attempt_at": T2,
                "updated_at": T2,
            },
        ),
        (
            "mastery_states",
            {
                "learner_id": BRIAN_ID,
                "skill_id": SKILL_ADD,
                "probability": 0.7,
                "attempts": 1,
                "correct": 1,
                "last_attempt_at": None,
                "updated_at": T3,
            },
        ),
    ]
    for table, row in rows:
        insert(db, table, row)


def seed_0002(db: sqlite3.Connection) -> None:
    """The 0001 data, plus learners' own language and text size."""
    seed_0001(db)
    db.execute("UPDATE learners SET language = 'sw', text_scale = 150 WHERE id = ?", (AMINA_ID,))
    insert(
        db,
        "learners",
        {
            "id": "10000000-0000-4000-8000-000000000004",
            "display_name": "Dmitri",
            "avatar": "owl",
            "pin_hash": None,
            "picture_password_hash": None,
            "language": "en",
            "text_scale": None,
            "created_at": T3,
            "updated_at": T3,
            "archived_at": None,
        },
    )


def seed_0003(db: sqlite3.Connection) -> None:
    """The 0002 data, plus a trusted publisher key and a retired item."""
    seed_0002(db)
    insert(
        db,
        "trusted_keys",
        {
            "key_id": "0123456789abcdef",
            "public_key": "A" * 43 + "=",
            "publisher": "Example District",
            "trusted_at": T3,
        },
    )
    db.execute("UPDATE items SET retired_at = ?", (T3,))


def seed_0004(db: sqlite3.Connection) -> None:
    """The 0003 data, plus the learning state: contexts, statuses, lessons seen, an activity."""
    seed_0003(db)
    db.execute("UPDATE installed_packs SET practice_target = 0.75")
    db.execute("UPDATE attempt_events SET context = 'placement'")
    db.execute("UPDATE mastery_states SET status = 'mastered', placed = 1")
    learner = db.execute("SELECT id FROM learners ORDER BY id LIMIT 1").fetchone()[0]
    lesson = db.execute("SELECT id FROM lessons ORDER BY id LIMIT 1").fetchone()[0]
    insert(db, "lesson_views", {"learner_id": learner, "lesson_id": lesson, "viewed_at": T3})
    insert(
        db,
        "current_activities",
        {
            "learner_id": learner,
            "kind": "lesson",
            "skill_id": None,
            "item_id": None,
            "lesson_id": lesson,
            "why": "next_skill",
            "started_at": T3,
        },
    )


def seed_0005(db: sqlite3.Connection) -> None:
    """The 0004 data, plus a learner locked out after wrong sign-in attempts."""
    seed_0004(db)
    insert(
        db,
        "sign_in_lockouts",
        {
            "learner_id": AMINA_ID,
            "failed_attempts": 4,
            "locked_until": T3,
            "last_failed_at": T3,
        },
    )


GROUP_ID = "60000000-0000-4000-8000-000000000001"
QUIZ_ID = "50000000-0000-4000-8000-000000000001"
ASSIGNMENT_ID = "40000000-0000-4000-8000-000000000001"
QUIZ_RUN_ID = "30000000-0000-4000-8000-000000000001"


def seed_0006(db: sqlite3.Connection) -> None:
    """The 0005 data, plus teaching: a group, a quiz assigned to it and taken, a note, a bundle."""
    seed_0005(db)
    db.execute("UPDATE devices SET public_key = 'tutor-ed25519 ' || id")
    insert(
        db,
        "learner_groups",
        {
            "id": GROUP_ID,
            "class_id": CLASS_ID,
            "name": "Lions",
            "created_at": T1,
            "updated_at": T1,
            "archived_at": None,
        },
    )
    insert(db, "group_memberships", {"group_id": GROUP_ID, "learner_id": AMINA_ID, "joined_at": T1})
    insert(
        db,
        "quizzes",
        {
            "id": QUIZ_ID,
            "title": "Adding up",
            "time_limit_minutes": 10,
            "feedback": "at_end",
            "created_by": ADMIN_USERNAME,
            "created_at": T1,
            "updated_at": T1,
            "deleted_at": None,
        },
    )
    insert(
        db,
        "quiz_parts",
        {
            "quiz_id": QUIZ_ID,
            "position": 0,
            "item_id": ITEM_ADD_1,
            "skill_id": None,
            "draw_count": 1,
        },
    )
    insert(
        db,
        "quiz_parts",
        {
            "quiz_id": QUIZ_ID,
            "position": 1,
            "item_id": None,
            "skill_id": SKILL_ADD,
            "draw_count": 2,
        },
    )
    insert(
        db,
        "assignments",
        {
            "id": ASSIGNMENT_ID,
            "kind": "quiz",
            "target_id": QUIZ_ID,
            "class_id": None,
            "group_id": GROUP_ID,
            "learner_id": None,
            "due_at": T3,
            "created_by": ADMIN_USERNAME,
            "created_at": T1,
            "updated_at": T1,
            "deleted_at": None,
        },
    )
    insert(
        db,
        "quiz_runs",
        {
            "id": QUIZ_RUN_ID,
            "assignment_id": ASSIGNMENT_ID,
            "learner_id": AMINA_ID,
            "quiz_id": QUIZ_ID,
            "item_ids": json.dumps([ITEM_ADD_1, ITEM_ADD_2]),
            "feedback": "at_end",
            "started_at": T2,
            "deadline_at": T3,
            "finished_at": None,
        },
    )
    db.execute("UPDATE attempt_events SET quiz_run_id = ?, context = 'quiz'", (QUIZ_RUN_ID,))
    insert(
        db,
        "teacher_notes",
        {
            "id": "20000000-0000-4000-8000-000000000001",
            "learner_id": AMINA_ID,
            "author": ADMIN_USERNAME,
            "text": "Well done on fractions!",
            "created_at": T2,
            "read_at": None,
            "deleted_at": None,
        },
    )
    insert(
        db,
        "imported_bundles",
        {
            "id": "b0000000-0000-4000-8000-000000000001",
            "source_device_id": OTHER_DEVICE_ID,
            "sha256": "ab" * 32,
            "imported_at": T3,
            "summary": json.dumps({"attempts": 1}),
        },
    )


def seed_0007(db: sqlite3.Connection) -> None:
    """The 0006 data, plus the model's figures on the answers."""
    seed_0006(db)
    db.execute("UPDATE attempt_events SET expected = 0.62, estimate_after = 0.71")


#: Seed data for each revision, keyed by the revision whose schema it is written against. Adding a
#: migration means adding a seed for the revision before it (test_every_older_revision_has_a_seed).
SEEDS: dict[str, Callable[[sqlite3.Connection], None]] = {
    "0001": seed_0001,
    "0002": seed_0002,
    "0003": seed_0003,
    "0004": seed_0004,
    "0005": seed_0005,
    "0006": seed_0006,
    "0007": seed_0007,
}

# -- helpers -------------------------------------------------------------------------------------

Row = tuple[Any, ...]


def connect(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection with foreign keys enforced (so seeds must be consistent)."""
    db = sqlite3.connect(path)
    db.execute("PRAGMA foreign_keys = ON")
    return db


def make_database(path: Path, revision: str) -> None:
    """A database file at `revision` holding that revision's seed data."""
    upgrade(path, revision)
    db = connect(path)
    try:
        SEEDS[revision](db)
        db.commit()
    finally:
        db.close()


def user_tables(db: sqlite3.Connection) -> list[str]:
    rows = db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    ).fetchall()
    return [str(row[0]) for row in rows]


def columns_of(db: sqlite3.Connection, table: str) -> list[str]:
    return [str(row[1]) for row in db.execute(f'PRAGMA table_info("{table}")')]


class TableSnapshot:
    """Every row of one table, all columns, order-insensitive."""

    def __init__(self, columns: list[str], rows: list[Row]) -> None:
        self.columns = columns
        self.rows = Counter(rows)

    def dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows.elements()]


def snapshot(path: Path) -> dict[str, TableSnapshot]:
    db = sqlite3.connect(path)
    try:
        result = {}
        for table in user_tables(db):
            columns = columns_of(db, table)
            quoted = ", ".join(f'"{name}"' for name in columns)
            rows = [tuple(row) for row in db.execute(f'SELECT {quoted} FROM "{table}"')]
            result[table] = TableSnapshot(columns, rows)
        return result
    finally:
        db.close()


def assert_rows_kept(before: dict[str, TableSnapshot], path: Path) -> None:
    """Every row in `before` is still in the database at `path`, same values in the columns it had
    (tables and columns added since are allowed; the schema revision row is not compared)."""
    db = sqlite3.connect(path)
    try:
        tables = set(user_tables(db))
        for table, old in before.items():
            if table == VERSION_TABLE:
                continue
            assert table in tables, f"table {table} disappeared"
            now_columns = set(columns_of(db, table))
            lost_columns = [name for name in old.columns if name not in now_columns]
            assert not lost_columns, f"{table} lost columns {lost_columns}"
            quoted = ", ".join(f'"{name}"' for name in old.columns)
            rows = Counter(tuple(row) for row in db.execute(f'SELECT {quoted} FROM "{table}"'))
            missing = old.rows - rows
            assert not missing, f"{table}: rows lost or changed: {sorted(missing, key=repr)}"
    finally:
        db.close()


def schema_sql(path: Path) -> dict[tuple[str, str], str]:
    """The CREATE statement of every table and index, whitespace-normalised."""
    db = sqlite3.connect(path)
    try:
        rows = db.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
            "AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    finally:
        db.close()
    return {(kind, name): _canonical(str(sql)) for kind, name, sql in rows}


def _canonical(sql: str) -> str:
    """A CREATE statement whitespace-normalised, its table constraints in sorted order (SQLite's
    table rebuilds, as Alembic's batch mode does them, may list them in any order)."""
    text = " ".join(sql.replace('"', "").split())
    head, separator, body = text.partition(", CONSTRAINT ")
    if not separator:
        return text
    body = body.removesuffix(" )")
    constraints = sorted(body.split(", CONSTRAINT "))
    return head + "".join(f", CONSTRAINT {c}" for c in constraints) + " )"


def schema_diff(path: Path) -> list[Any]:
    """Alembic's differences between the database at `path` and the models (empty: no drift)."""
    engine = create_sqlite_engine(path)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "render_as_batch": True}
            )
            return list(compare_metadata(context, Base.metadata))
    finally:
        engine.dispose()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files_in(directory: Path) -> list[Path]:
    return sorted(directory.iterdir()) if directory.exists() else []


# -- the schema ----------------------------------------------------------------------------------


def test_migrations_match_the_models(tmp_path: Path) -> None:
    path = tmp_path / "tutor.sqlite3"
    upgrade(path)
    diff = schema_diff(path)
    assert diff == [], "the migrations and the models differ:\n" + "\n".join(map(repr, diff))


def check_constraints(engine: Engine) -> dict[str, set[tuple[str | None, str]]]:
    """Every table's CHECK constraints as (name, whitespace- and quote-normalised SQL)."""
    inspector = inspect(engine)
    return {
        table: {
            (check["name"], " ".join(str(check["sqltext"]).replace('"', "").split()))
            for check in inspector.get_check_constraints(table)
        }
        for table in inspector.get_table_names()
        if table != "alembic_version"
    }


def test_migrations_create_the_check_constraints_the_models_declare(tmp_path: Path) -> None:
    # Alembic's comparison does not look at CHECK constraints; compare them directly.
    migrated = tmp_path / "migrated.sqlite3"
    upgrade(migrated)
    from_models = create_engine(f"sqlite:///{tmp_path / 'models.sqlite3'}")
    from_migrations = create_sqlite_engine(migrated)
    try:
        Base.metadata.create_all(from_models)
        assert check_constraints(from_migrations) == check_constraints(from_models)
    finally:
        from_models.dispose()
        from_migrations.dispose()


def test_schema_head_is_alembic_head() -> None:
    assert REVISIONS, "no migrations found"
    assert REVISIONS[-1] == SCHEMA_HEAD


def test_upgrade_to_head_stores_head_revision(tmp_path: Path) -> None:
    path = tmp_path / "tutor.sqlite3"
    upgrade(path)
    assert stored_revision(path) == SCHEMA_HEAD


# -- the seeds themselves ------------------------------------------------------------------------


def test_every_older_revision_has_a_seed() -> None:
    missing = [revision for revision in REVISIONS[:-1] if revision not in SEEDS]
    assert not missing, f"add seed functions to SEEDS for revisions {missing}"


def test_seeds_are_for_known_revisions() -> None:
    unknown = sorted(set(SEEDS) - set(REVISIONS))
    assert not unknown, f"SEEDS has seeds for revisions that do not exist: {unknown}"


@pytest.mark.parametrize("revision", sorted(SEEDS))
def test_seed_fills_every_table_consistently(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "tutor.sqlite3"
    make_database(path, revision)
    tables = snapshot(path)
    empty = [name for name, table in tables.items() if not table.rows]
    assert not empty, f"the seed for {revision} leaves tables empty: {empty}"
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        db.close()


# -- each migration keeps the data ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("previous", "revision"),
    list(itertools.pairwise(REVISIONS)),
    ids=[f"{a}-to-{b}" for a, b in itertools.pairwise(REVISIONS)],
)
def test_migration_keeps_every_row(tmp_path: Path, previous: str, revision: str) -> None:
    assert previous in SEEDS, f"no seed for revision {previous}"
    path = tmp_path / "tutor.sqlite3"
    make_database(path, previous)
    before = snapshot(path)
    empty = [name for name, table in before.items() if not table.rows]
    assert not empty, f"the seed for {previous} leaves tables empty: {empty}"

    upgrade(path, revision)

    assert stored_revision(path) == revision
    assert_rows_kept(before, path)
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        db.close()


def test_database_migrated_from_the_first_revision_matches_the_models(tmp_path: Path) -> None:
    """Upgrading a database holding data one revision at a time (as a laptop updated at every
    release does) ends in the models' schema, and in the same schema as a fresh database."""
    path = tmp_path / "tutor.sqlite3"
    make_database(path, REVISIONS[0])
    for revision in REVISIONS[1:]:
        upgrade(path, revision)
    diff = schema_diff(path)
    assert diff == [], "the migrated schema differs from the models:\n" + "\n".join(map(repr, diff))
    fresh = tmp_path / "fresh.sqlite3"
    upgrade(fresh)
    assert schema_sql(path) == schema_sql(fresh)


# -- opening an old database through the facade --------------------------------------------------


def test_opening_a_first_release_database_keeps_everything(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path)
    make_database(paths.database, REVISIONS[0])
    before = snapshot(paths.database)

    tutor = Tutor.open(paths)
    try:
        report = tutor.migration
        assert report.migrated
        assert report.from_revision == REVISIONS[0]
        assert report.to_revision == SCHEMA_HEAD

        learners = before["learners"].dicts()
        expected_profiles = sorted(
            (
                LearnerProfile(
                    id=row["id"],
                    display_name=row["display_name"],
                    avatar=row["avatar"],
                    has_pin=row["pin_hash"] is not None,
                    has_picture_password=row["picture_password_hash"] is not None,
                    language=None,
                    text_scale=None,
                )
                for row in learners
                if row["archived_at"] is None
            ),
            key=lambda profile: profile.display_name.casefold(),
        )
        assert len(expected_profiles) >= 2, "the seed should have several active learners"
        assert tutor.learners() == expected_profiles

        assert tutor.device() == DeviceInfo(THIS_DEVICE_ID, "Laptop 3", "Hillside Primary")
        assert tutor.check_teacher_password(ADMIN_USERNAME, ADMIN_PASSWORD)
        assert not tutor.check_teacher_password(ADMIN_USERNAME, ADMIN_PASSWORD + "x")
        assert not tutor.check_teacher_password(RETIRED_USERNAME, RETIRED_PASSWORD)  # disabled
        assert tutor.is_set_up()
        assert tutor.text_scale() == LAPTOP_TEXT_SCALE
    finally:
        tutor.close()

    assert stored_revision(paths.database) == SCHEMA_HEAD
    assert_rows_kept(before, paths.database)
    db = sqlite3.connect(paths.database)
    try:
        added = db.execute("SELECT language, text_scale FROM learners").fetchall()
    finally:
        db.close()
    assert added == [(None, None)] * len(learners)

    # The backup is the database exactly as it was: a standalone SQLite file at the old revision.
    assert report.backup is not None
    assert files_in(paths.backups) == [report.backup]
    backup_copy = tmp_path / "elsewhere" / "copy.sqlite3"
    backup_copy.parent.mkdir()
    shutil.copyfile(report.backup, backup_copy)
    db = sqlite3.connect(backup_copy)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT version_num FROM alembic_version").fetchall() == [(REVISIONS[0],)]
    finally:
        db.close()
    in_backup = snapshot(backup_copy)
    assert {name: (t.columns, t.rows) for name, t in in_backup.items()} == {
        name: (t.columns, t.rows) for name, t in before.items()
    }


def test_opening_a_current_database_makes_no_backup(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path)
    first = Tutor.open(paths)
    first.close()
    assert first.migration.from_revision is None
    assert first.migration.backup is None

    second = Tutor.open(paths)
    second.close()
    assert not second.migration.migrated
    assert second.migration.from_revision == SCHEMA_HEAD
    assert second.migration.backup is None
    assert files_in(paths.backups) == []


def test_new_database_is_created_at_head_without_backup(tmp_path: Path) -> None:
    path = tmp_path / "tutor.sqlite3"
    backups = tmp_path / "backups"
    report = prepare_database(path, backups)
    assert report.from_revision is None
    assert report.to_revision == SCHEMA_HEAD
    assert report.migrated
    assert report.backup is None
    assert stored_revision(path) == SCHEMA_HEAD
    assert files_in(backups) == []


def test_zero_byte_file_is_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "tutor.sqlite3"
    path.touch()
    backups = tmp_path / "backups"
    report = prepare_database(path, backups)
    assert report.from_revision is None
    assert report.backup is None
    assert stored_revision(path) == SCHEMA_HEAD
    assert schema_diff(path) == []
    assert files_in(backups) == []


# -- refusals ------------------------------------------------------------------------------------


def test_database_from_a_newer_tutor_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "tutor.sqlite3"
    make_database(path, SCHEMA_HEAD)
    db = sqlite3.connect(path)
    db.execute("UPDATE alembic_version SET version_num = '9999'")
    db.commit()
    db.close()
    content = path.read_bytes()
    digest = file_digest(path)
    backups = tmp_path / "backups"

    with pytest.raises(DatabaseTooNewError, match="newer version") as refused:
        prepare_database(path, backups)

    assert refused.value.revision == "9999"
    assert "9999" in str(refused.value)
    assert path.read_bytes() == content
    assert file_digest(path) == digest
    assert files_in(backups) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tutor.sqlite3"]  # no -wal, no -shm


def test_database_from_a_newer_tutor_is_refused_by_the_facade(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path)
    make_database(paths.database, SCHEMA_HEAD)
    db = sqlite3.connect(paths.database)
    db.execute("UPDATE alembic_version SET version_num = '9999'")
    db.commit()
    db.close()
    digest = file_digest(paths.database)
    with pytest.raises(DatabaseTooNewError):
        Tutor.open(paths)
    assert file_digest(paths.database) == digest
    assert files_in(paths.backups) == []


def test_random_bytes_are_not_a_tutor_database(tmp_path: Path) -> None:
    path = tmp_path / "tutor.sqlite3"
    path.write_bytes(random.Random(20261123).randbytes(8192))
    content = path.read_bytes()
    backups = tmp_path / "backups"
    with pytest.raises(NotATutorDatabaseError, match="not a Tutor database"):
        prepare_database(path, backups)
    assert path.read_bytes() == content
    assert files_in(backups) == []


@pytest.mark.parametrize("content", [b"\n", b"SQLite", b"SQLite format 3"])
def test_tiny_file_is_not_a_tutor_database(tmp_path: Path, content: bytes) -> None:
    """Regression: SQLite on Unix reports a 1-byte file as empty, so it was taken for a new
    database and overwritten."""
    path = tmp_path / "tutor.sqlite3"
    path.write_bytes(content)
    with pytest.raises(NotATutorDatabaseError):
        prepare_database(path, tmp_path / "backups")
    assert path.read_bytes() == content
    assert files_in(tmp_path / "backups") == []


def test_unrelated_sqlite_database_is_not_a_tutor_database(tmp_path: Path) -> None:
    path = tmp_path / "tutor.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    db.execute("INSERT INTO recipes (name) VALUES ('ugali')")
    db.commit()
    db.close()
    content = path.read_bytes()
    backups = tmp_path / "backups"
    with pytest.raises(NotATutorDatabaseError, match="no Tutor schema revision"):
        prepare_database(path, backups)
    assert path.read_bytes() == content
    assert files_in(backups) == []


# -- atomicity -----------------------------------------------------------------------------------


def test_failed_migration_is_rolled_back_completely(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "tutor.sqlite3"
    first = REVISIONS[0]
    make_database(path, first)
    before = snapshot(path)
    assert "language" not in before["learners"].columns

    def fail_check(connection: Connection) -> None:
        # The migrations have run inside the transaction by now: the new columns exist.
        columns = connection.exec_driver_sql("PRAGMA table_info(learners)").fetchall()
        assert "language" in [row[1] for row in columns]
        raise RuntimeError("simulated failure after the migrations ran")

    monkeypatch.setattr(migrate, "check_foreign_keys", fail_check)
    with pytest.raises(MigrationError, match="simulated failure"):
        prepare_database(path, tmp_path / "backups")

    assert stored_revision(path) == first
    after = snapshot(path)
    assert "language" not in after["learners"].columns
    assert "text_scale" not in after["learners"].columns
    assert {name: (t.columns, t.rows) for name, t in after.items()} == {
        name: (t.columns, t.rows) for name, t in before.items()
    }

    # Nothing was left half-done: the same database migrates once the failure is gone.
    monkeypatch.undo()
    report = prepare_database(path, tmp_path / "backups")
    assert report.from_revision == first
    assert stored_revision(path) == SCHEMA_HEAD
    assert_rows_kept(before, path)
