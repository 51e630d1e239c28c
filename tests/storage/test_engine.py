"""The SQLite engine: connection settings, transactions, foreign keys, timestamps, concurrency."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, StatementError

from tutor.storage.engine import Database
from tutor.storage.migrate import upgrade
from tutor.storage.models import ClassMembership, Learner, SchoolClass


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "tutor.sqlite3"
    upgrade(path)
    return path


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    db = Database(db_path)
    yield db
    db.close()


def raw_rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    """Read with a separate plain sqlite3 connection (another 'process' looking at the file)."""
    connection = sqlite3.connect(path)
    try:
        return [tuple(row) for row in connection.execute(sql)]
    finally:
        connection.close()


def learner_names(path: Path) -> list[str]:
    return sorted(str(row[0]) for row in raw_rows(path, "SELECT display_name FROM learners"))


# -- connection settings -------------------------------------------------------------------------


def test_connections_have_tutors_settings(database: Database) -> None:
    with database.engine.connect() as connection:
        pragma = connection.exec_driver_sql
        assert pragma("PRAGMA journal_mode").scalar() == "wal"
        assert pragma("PRAGMA foreign_keys").scalar() == 1
        assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
        busy_timeout = pragma("PRAGMA busy_timeout").scalar()
        assert isinstance(busy_timeout, int)
        assert busy_timeout > 0


@pytest.mark.parametrize("mode", ["read", "write"])
def test_sessions_use_the_same_settings(database: Database, mode: str) -> None:
    session_factory = database.read if mode == "read" else database.write
    with session_factory() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2


def test_the_file_is_left_in_wal_mode(database: Database, db_path: Path) -> None:
    with database.write() as session:
        session.add(Learner(display_name="Amina"))
    assert raw_rows(db_path, "PRAGMA journal_mode") == [("wal",)]


# -- transactions --------------------------------------------------------------------------------


def test_write_commits_when_the_block_ends(database: Database, db_path: Path) -> None:
    with database.write() as session:
        session.add(Learner(display_name="Amina"))
    # A separate connection sees the row as soon as write() returns.
    assert learner_names(db_path) == ["Amina"]


def test_exception_in_write_rolls_back_everything(database: Database, db_path: Path) -> None:
    with database.write() as session:
        session.add(Learner(display_name="Before"))

    with pytest.raises(RuntimeError, match="power cut"), database.write() as session:
        learner = Learner(display_name="Brian")
        school_class = SchoolClass(name="Class 4B")
        session.add_all([learner, school_class])
        school_class.memberships.append(ClassMembership(learner=learner))
        session.flush()  # the rows have been sent to SQLite inside the transaction
        assert session.scalar(select(Learner).where(Learner.display_name == "Brian")) is not None
        raise RuntimeError("power cut")

    assert learner_names(db_path) == ["Before"]
    assert raw_rows(db_path, "SELECT count(*) FROM classes") == [(0,)]
    assert raw_rows(db_path, "SELECT count(*) FROM class_memberships") == [(0,)]


def test_read_sees_committed_data(database: Database) -> None:
    with database.write() as session:
        session.add(Learner(display_name="Amina"))
    with database.read() as session:
        assert session.scalars(select(Learner.display_name)).all() == ["Amina"]


def test_changes_made_in_read_are_discarded(database: Database, db_path: Path) -> None:
    with database.read() as session:
        session.add(Learner(display_name="Ghost"))
        session.flush()
    assert learner_names(db_path) == []


# -- foreign keys --------------------------------------------------------------------------------


def test_foreign_keys_are_enforced(database: Database, db_path: Path) -> None:
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), database.write() as session:
        school_class = SchoolClass(name="Class 4B")
        session.add(school_class)
        session.flush()
        session.add(ClassMembership(class_id=school_class.id, learner_id="no-such-learner"))
        session.flush()
    # The whole transaction was rolled back, including the class.
    assert raw_rows(db_path, "SELECT count(*) FROM classes") == [(0,)]
    assert raw_rows(db_path, "SELECT count(*) FROM class_memberships") == [(0,)]


# -- timestamps ----------------------------------------------------------------------------------


def test_naive_timestamps_are_refused(database: Database, db_path: Path) -> None:
    naive = datetime(2026, 3, 1, 10, 0)
    with (
        pytest.raises(StatementError, match="timezone-aware") as refused,
        database.write() as session,
    ):
        session.add(Learner(display_name="Amina", created_at=naive))
    assert isinstance(refused.value.orig, ValueError)
    assert learner_names(db_path) == []


def test_aware_timestamps_are_stored_as_utc(database: Database, db_path: Path) -> None:
    nairobi = timezone(timedelta(hours=3))
    created = datetime(2026, 3, 1, 10, 0, 5, 123456, tzinfo=nairobi)
    with database.write() as session:
        learner = Learner(display_name="Amina", created_at=created, archived_at=None)
        session.add(learner)
        session.flush()
        learner_id = learner.id

    reopened = Database(db_path)
    try:
        with reopened.read() as session:
            stored = session.get_one(Learner, learner_id)
            created_back = stored.created_at
            archived_back = stored.archived_at
    finally:
        reopened.close()

    assert created_back == created  # the same instant
    assert created_back.tzinfo is UTC
    assert created_back.utcoffset() == timedelta(0)
    assert created_back.replace(tzinfo=None) == datetime(2026, 3, 1, 7, 0, 5, 123456)
    assert archived_back is None
    raw = raw_rows(db_path, "SELECT created_at FROM learners")
    assert raw == [("2026-03-01 07:00:05.123456",)]


# -- two writers ---------------------------------------------------------------------------------


def test_write_takes_the_write_lock_at_its_first_statement(
    database: Database, db_path: Path
) -> None:
    other = sqlite3.connect(db_path, timeout=0.1, isolation_level=None)
    try:
        with database.write() as session:
            session.execute(select(Learner)).all()  # only a read so far
            # BEGIN IMMEDIATE: the write lock is already held, so another writer must wait.
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_read_does_not_block_writers(database: Database, db_path: Path) -> None:
    other = sqlite3.connect(db_path, timeout=0.1, isolation_level=None)
    try:
        with database.read() as session:
            assert session.scalars(select(Learner)).all() == []
            other.execute("BEGIN IMMEDIATE")
            other.execute(
                "INSERT INTO learners (id, display_name, avatar, created_at, updated_at) "
                "VALUES ('x', 'Written meanwhile', '', '2026-01-01', '2026-01-01')"
            )
            other.execute("COMMIT")
            # The read transaction keeps its snapshot.
            assert session.scalars(select(Learner)).all() == []
    finally:
        other.close()
    assert learner_names(db_path) == ["Written meanwhile"]


def test_second_writer_waits_for_the_first(db_path: Path) -> None:
    first = Database(db_path)
    second = Database(db_path)
    errors: list[BaseException] = []
    second_done = threading.Event()

    def write_second() -> None:
        try:
            with second.write() as session:
                session.add(Learner(display_name="Second"))
        except BaseException as error:  # reported by the assertion below
            errors.append(error)
        finally:
            second_done.set()

    try:
        with first.write() as session:
            session.add(Learner(display_name="First"))
            session.flush()
            thread = threading.Thread(target=write_second)
            thread.start()
            # The second writer is blocked on the lock, not failing and not writing.
            assert not second_done.wait(0.3)
        thread.join(timeout=10)
        assert second_done.is_set()
        assert errors == []
        assert learner_names(db_path) == ["First", "Second"]
    finally:
        first.close()
        second.close()


def test_two_writers_in_parallel_lose_nothing(db_path: Path) -> None:
    rows_each = 50
    writers = 2
    start = threading.Barrier(writers)
    errors: list[BaseException] = []

    def write_rows(writer: int) -> None:
        database = Database(db_path)  # one Database per thread, as two processes would have
        try:
            start.wait()
            for row in range(rows_each):
                with database.write() as session:
                    session.add(Learner(display_name=f"writer{writer}-{row:02d}"))
        except BaseException as error:  # reported by the assertion below
            errors.append(error)
        finally:
            database.close()

    threads = [threading.Thread(target=write_rows, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    expected = sorted(f"writer{w}-{r:02d}" for w in range(writers) for r in range(rows_each))
    assert learner_names(db_path) == expected
    assert raw_rows(db_path, "PRAGMA integrity_check") == [("ok",)]


# -- unusual paths -------------------------------------------------------------------------------


@pytest.mark.parametrize("directory", ["with space", "ünïcödé", "hash#sign", "at@colon:"])
def test_database_in_a_directory_with_unusual_characters(tmp_path: Path, directory: str) -> None:
    path = tmp_path / directory / "tutor.sqlite3"
    path.parent.mkdir()
    upgrade(path)
    database = Database(path)
    try:
        with database.write() as session:
            session.add(Learner(display_name="Amina"))
    finally:
        database.close()
    assert learner_names(path) == ["Amina"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [directory]


@pytest.mark.parametrize("directory", ["question?mark", "percent%20sign", "amp&er=sand"])
def test_database_in_a_directory_with_url_characters(tmp_path: Path, directory: str) -> None:
    """Regression: the path was pasted into a URL string, so '?' started the query (the database
    went to another file) and '%20' was decoded (the database could not be opened)."""
    path = tmp_path / directory / "tutor.sqlite3"
    path.parent.mkdir()
    database = Database(path)
    try:
        with database.write() as session:
            session.execute(text("CREATE TABLE probe (x INTEGER)"))
    finally:
        database.close()
    assert path.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [directory]  # nothing written elsewhere
