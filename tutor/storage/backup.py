"""Whole-database backups made with SQLite's online backup API.

A backup is consistent even while the database is in use, is written to a temporary name and
renamed, and is named so that its purpose and time sort and read well::

    backups/tutor-20261123T101500Z-before-migration-0001-to-0002.sqlite3
"""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from tutor.fsutil import atomic_path

BACKUP_PREFIX = "tutor-"
BACKUP_SUFFIX = ".sqlite3"
_LABEL_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def backup_file_name(label: str, moment: datetime | None = None) -> str:
    when = (moment or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    safe_label = _LABEL_UNSAFE.sub("-", label).strip("-") or "backup"
    return f"{BACKUP_PREFIX}{when}-{safe_label}{BACKUP_SUFFIX}"


def backup_database(source: Path, backups_dir: Path, label: str) -> Path:
    """Copy the database at `source` into `backups_dir` and return the backup's path.

    The source is opened read-only and never changed. The backup appears under its final name only
    once it is complete and flushed to disk.
    """
    backups_dir.mkdir(parents=True, exist_ok=True)
    destination = backups_dir / backup_file_name(label)
    source_connection = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        with atomic_path(destination) as temporary:
            target = sqlite3.connect(temporary)
            try:
                source_connection.backup(target)
                # The copy must be a standalone file: no WAL beside it to lose.
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
    finally:
        source_connection.close()
    return destination
