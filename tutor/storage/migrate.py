"""Bring a database file to the schema this version of Tutor needs, safely.

Guarantees of :func:`prepare_database`:

* a database written by a newer Tutor is refused with :class:`DatabaseTooNewError` before anything
  is written to it (it is inspected read-only);
* a file that is not a Tutor database is refused with :class:`NotATutorDatabaseError`, untouched;
* an existing database is backed up (SQLite backup API, temp name then rename) before it migrates;
* all pending migrations run in one transaction with a foreign-key check before commit: the upgrade
  happens completely or not at all.

Opening a database that is already current imports no Alembic (start-up stays fast).
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tutor.storage.backup import backup_database
from tutor.storage.engine import BEGIN_MODE_OPTION, create_sqlite_engine

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection

log = logging.getLogger(__name__)

#: The newest schema revision this version of Tutor knows. A test checks it equals Alembic's head.
SCHEMA_HEAD = "0007"
MIGRATIONS_LOCATION = "tutor.storage:migrations"
SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseOpenError(Exception):
    """The database cannot be opened; nothing was changed. The message is for the log and CLI."""


class DatabaseTooNewError(DatabaseOpenError):
    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            f"{path} was written by a newer version of Tutor (schema {revision}; this version "
            f"knows up to {SCHEMA_HEAD}). Install the newer Tutor to open it. "
            "The database has not been changed."
        )
        self.path = path
        self.revision = revision


class NotATutorDatabaseError(DatabaseOpenError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path} is not a Tutor database ({detail}). It has not been changed.")
        self.path = path


class MigrationError(DatabaseOpenError):
    """A migration failed and was rolled back; the database is as it was before."""


@dataclass(frozen=True)
class MigrationReport:
    """What preparing the database did."""

    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def migrated(self) -> bool:
        return self.from_revision != self.to_revision


def stored_revision(path: Path) -> str | None:
    """The schema revision stored in the database file, read without writing anything.

    None for a missing or empty file or a database with no tables. Raises NotATutorDatabaseError
    for a file that is not SQLite, or a database with tables but no Tutor schema revision.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise NotATutorDatabaseError(path, "it is not an SQLite database")
    # With no write-ahead log beside it the file holds everything: open it as immutable so the
    # check creates no -wal/-shm files next to a database it may refuse.
    wal = path.with_name(path.name + "-wal")
    options = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?{options}", uri=True)
    except sqlite3.Error as error:
        raise NotATutorDatabaseError(path, str(error)) from error
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if "alembic_version" not in tables:
            if tables:
                raise NotATutorDatabaseError(path, "it has no Tutor schema revision")
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise NotATutorDatabaseError(path, str(error)) from error
    finally:
        connection.close()
    return None if row is None else str(row[0])


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration for Tutor's migrations, bound to `connection` when given."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", MIGRATIONS_LOCATION)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def known_revisions() -> list[str]:
    """Every revision this version ships, oldest first."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    return [script.revision for script in reversed(list(scripts.walk_revisions()))]


def upgrade(path: Path, target: str = "head") -> None:
    """Run the migrations up to `target` in one transaction, foreign keys checked before commit."""
    from alembic import command

    engine = create_sqlite_engine(path, foreign_keys=False)
    try:
        with engine.connect() as connection:
            connection = connection.execution_options(**{BEGIN_MODE_OPTION: "IMMEDIATE"})
            with connection.begin():
                command.upgrade(alembic_config(connection), target)
                check_foreign_keys(connection)
    except DatabaseOpenError:
        raise
    except Exception as error:
        raise MigrationError(
            f"Upgrading {path} failed and was rolled back; the database is unchanged: {error}"
        ) from error
    finally:
        engine.dispose()


def check_foreign_keys(connection: Connection) -> None:
    """Raise MigrationError if any row points at a row that does not exist."""
    violations = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if violations:
        raise MigrationError(f"foreign keys broken after migration: {violations[:5]}")


def prepare_database(path: Path, backups_dir: Path) -> MigrationReport:
    """Make the database at `path` current, creating it if missing. See the module docstring."""
    revision = stored_revision(path)
    if revision == SCHEMA_HEAD:
        return MigrationReport(revision, SCHEMA_HEAD, None)
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNewError(path, revision)
    backup = None
    if revision is not None:
        backup = backup_database(path, backups_dir, f"before-migration-{revision}-to-{SCHEMA_HEAD}")
        log.info("Backed up %s to %s before migrating", path, backup)
    upgrade(path)
    log.info("Database %s migrated from %s to %s", path, revision or "empty", SCHEMA_HEAD)
    return MigrationReport(revision, SCHEMA_HEAD, backup)
