"""Whole-database backups: complete, standalone, atomic, and harmless to the source."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tutor.storage.backup import BACKUP_PREFIX, BACKUP_SUFFIX, backup_database
from tutor.storage.engine import Database
from tutor.storage.migrate import SCHEMA_HEAD, upgrade
from tutor.storage.models import Learner, SchoolClass

NAMES = [f"Learner {n:03d}" for n in range(120)]


@pytest.fixture
def live_database(tmp_path: Path) -> Iterator[Database]:
    """A database in use: its latest commits are still in the WAL file, not the main file."""
    path = tmp_path / "data" / "tutor.sqlite3"
    path.parent.mkdir()
    upgrade(path)
    database = Database(path)
    with database.write() as session:
        session.add(SchoolClass(name="Class 4B"))
    for name in NAMES:
        with database.write() as session:
            session.add(Learner(display_name=name))
    yield database
    database.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_backup(path: Path) -> tuple[list[str], str, str, str]:
    connection = sqlite3.connect(path)
    try:
        names = [row[0] for row in connection.execute("SELECT display_name FROM learners")]
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        (integrity,) = connection.execute("PRAGMA integrity_check").fetchone()
        (journal,) = connection.execute("PRAGMA journal_mode").fetchone()
    finally:
        connection.close()
    return sorted(names), revision, integrity, journal


def test_backup_is_complete_and_standalone(live_database: Database, tmp_path: Path) -> None:
    source = live_database.path
    wal = source.with_name(source.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0, "the test needs data still in the WAL"

    backup = backup_database(source, tmp_path / "backups", "manual")

    # Alone in another directory (no -wal or -shm beside it) it holds everything.
    elsewhere = tmp_path / "usb-stick"
    elsewhere.mkdir()
    copy = elsewhere / "copy.sqlite3"
    shutil.copyfile(backup, copy)
    names, revision, integrity, journal = read_backup(copy)
    assert names == sorted(NAMES)
    assert revision == SCHEMA_HEAD
    assert integrity == "ok"
    assert journal == "delete"
    connection = sqlite3.connect(copy)
    try:
        assert connection.execute("SELECT name FROM classes").fetchall() == [("Class 4B",)]
    finally:
        connection.close()


def test_backup_leaves_no_temporary_files(live_database: Database, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    backup = backup_database(live_database.path, backups, "manual")
    assert sorted(backups.iterdir()) == [backup]
    assert read_backup(backup)[0] == sorted(NAMES)
    # Reading the backup made no journal files beside it either.
    assert sorted(backups.iterdir()) == [backup]


def test_backup_does_not_change_the_source(live_database: Database, tmp_path: Path) -> None:
    source = live_database.path
    wal = source.with_name(source.name + "-wal")
    before = (digest(source), digest(wal))

    backup_database(source, tmp_path / "backups", "manual")

    assert (digest(source), digest(wal)) == before
    with live_database.read() as session:
        assert session.query(Learner).count() == len(NAMES)


def test_backup_of_a_closed_database_keeps_the_source_bytes(tmp_path: Path) -> None:
    source = tmp_path / "tutor.sqlite3"
    upgrade(source)
    content = source.read_bytes()
    backup = backup_database(source, tmp_path / "backups", "closed")
    assert source.read_bytes() == content
    assert read_backup(backup)[1:3] == (SCHEMA_HEAD, "ok")


def test_backup_name_contains_the_label(tmp_path: Path) -> None:
    source = tmp_path / "tutor.sqlite3"
    upgrade(source)
    backups = tmp_path / "backups"

    plain = backup_database(source, backups, "before-migration-0001-to-0002")
    unsafe = backup_database(source, backups, "teacher's copy / 2026")

    assert plain.parent == backups
    assert plain.name.startswith(BACKUP_PREFIX)
    assert plain.name.endswith(f"-before-migration-0001-to-0002{BACKUP_SUFFIX}")
    assert unsafe.parent == backups  # a "/" in the label cannot escape the directory
    assert unsafe.name.endswith(f"-teacher-s-copy-2026{BACKUP_SUFFIX}")
    assert plain != unsafe
    assert sorted(backups.iterdir()) == sorted([plain, unsafe])


def test_backups_with_the_same_label_do_not_overwrite_each_other(tmp_path: Path) -> None:
    source = tmp_path / "tutor.sqlite3"
    upgrade(source)
    backups = tmp_path / "backups"
    made = [backup_database(source, backups, "daily") for _ in range(3)]
    assert len(set(made)) == 3
    assert sorted(backups.iterdir()) == sorted(made)
