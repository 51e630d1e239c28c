"""The SQLite engine every part of Tutor uses, with its connection settings.

Each connection gets:

* ``journal_mode=WAL`` so readers never block the writer;
* ``synchronous=FULL`` so a committed transaction (an answer, above all) survives a power cut;
* a busy timeout, so a second process waits instead of failing with "database is locked";
* ``foreign_keys=ON`` (off only for migrations, which check foreign keys themselves before commit).

Transactions are explicit: :meth:`Database.write` opens ``BEGIN IMMEDIATE`` so a writer takes the
write lock up front (no lock-upgrade deadlock), :meth:`Database.read` a plain deferred ``BEGIN``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_SECONDS = 15.0
BEGIN_MODE_OPTION = "tutor_begin_mode"


def sqlite_url(path: Path) -> URL:
    """A URL for the file at `path`, built as an object so no character in the path is parsed
    as URL syntax ('?', '%', '#' are valid in folder names)."""
    return URL.create("sqlite", database=str(path))


def create_sqlite_engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    """An engine for the database file at `path` with Tutor's connection settings."""
    engine = create_engine(
        sqlite_url(path),
        connect_args={"timeout": BUSY_TIMEOUT_SECONDS, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _configure_connection(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Tutor emits BEGIN itself (below); the driver must not open transactions on its own.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_SECONDS * 1000)}")
            cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get(BEGIN_MODE_OPTION, "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


class Database:
    """One SQLite database file: sessions for reading and for writing.

    Sessions do not expire objects on commit, but callers must still not hand ORM objects to the UI:
    the facade turns them into plain records first.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = create_sqlite_engine(path)
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(
            self.engine.execution_options(**{BEGIN_MODE_OPTION: "IMMEDIATE"}),
            expire_on_commit=False,
        )

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose work commits as one transaction when the block ends without error,
        and rolls back completely otherwise. The commit is durable when the block returns."""
        with self._writer() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading a consistent snapshot; anything it changes is rolled back."""
        with self._reader() as session, session.begin():
            yield session
            session.rollback()

    def close(self) -> None:
        self.engine.dispose()
