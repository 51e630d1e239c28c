"""Storage errors become sentences that say what happened and what to do."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from tutor.storage.engine import Database
from tutor.storage.migrate import upgrade
from tutor.storage.models import Setting
from tutor.ui.messages import describe_error, storage_problem


def test_a_full_disk_inside_sqlite_is_named_as_a_full_disk(tmp_path: Path) -> None:
    path = tmp_path / "tutor.sqlite3"
    upgrade(path)
    database = Database(path)
    try:
        with database.write() as session:
            pages = session.connection().exec_driver_sql("PRAGMA page_count").scalar()
            session.connection().exec_driver_sql(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(OperationalError) as full, database.write() as session:
            session.add_all(Setting(key=f"k{i}", value="x" * 2000) for i in range(200))
    finally:
        database.close()
    assert storage_problem(full.value) == "disk_full"
    assert "disk is full" in describe_error(full.value)


def test_a_read_only_database_is_named_as_a_permission_problem(tmp_path: Path) -> None:
    path = tmp_path / "tutor.sqlite3"
    upgrade(path)
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.OperationalError) as refused:
            connection.execute("INSERT INTO settings (key, value, updated_at) VALUES ('a','1','x')")
    finally:
        connection.close()
    assert storage_problem(refused.value) == "read_only"
    assert "not allowed to write" in describe_error(refused.value)
    assert storage_problem(PermissionError(13, "denied")) == "read_only"
    assert storage_problem(ValueError("other")) is None
