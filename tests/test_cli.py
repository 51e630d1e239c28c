"""The `tutor` command, run as a real subprocess (`python -m tutor`)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tutor import __version__
from tutor.cli import everyday_start
from tutor.paths import ENV_DATA_DIR, ENV_SITE_CONFIG
from tutor.storage.migrate import SCHEMA_HEAD, known_revisions, stored_revision, upgrade

PROJECT_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    environment = {key: value for key, value in os.environ.items() if key != ENV_DATA_DIR}
    environment[ENV_SITE_CONFIG] = str(tmp_path / "no-such-dir" / "tutor.toml")
    environment["QT_QPA_PLATFORM"] = "offscreen"
    return environment


def tutor(env: dict[str, str], *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tutor", *map(str, args)],
        env=env,
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_version(env: dict[str, str]) -> None:
    result = tutor(env, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Tutor {__version__}"


def test_info_shows_the_paths_without_creating_anything(
    tmp_path: Path, env: dict[str, str]
) -> None:
    data = tmp_path / "data"
    result = tutor(env, "info", "--data-dir", data)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert f"Tutor {__version__}" in out
    assert f"data directory:      {data}  (chosen by: --data-dir)" in out
    assert str(data / "tutor.sqlite3") in out
    assert str(data / "content") in out
    assert str(data / "backups") in out
    assert str(data / "logs" / "tutor.log") in out
    assert env[ENV_SITE_CONFIG] in out
    assert "not created yet" in out
    assert f"this version needs {SCHEMA_HEAD}" in out
    assert not data.exists()


def test_db_upgrade_creates_then_reports_current(tmp_path: Path, env: dict[str, str]) -> None:
    data = tmp_path / "data"
    first = tutor(env, "db", "upgrade", "--data-dir", data)
    assert first.returncode == 0, first.stderr
    assert f"Created a new database at schema {SCHEMA_HEAD}" in first.stdout
    assert stored_revision(data / "tutor.sqlite3") == SCHEMA_HEAD

    second = tutor(env, "db", "upgrade", "--data-dir", data)
    assert second.returncode == 0, second.stderr
    assert f"already current (schema {SCHEMA_HEAD})" in second.stdout
    assert list((data / "backups").iterdir()) == []

    info = tutor(env, "info", "--data-dir", data)
    assert f"database schema:     {SCHEMA_HEAD} (this version needs {SCHEMA_HEAD})" in info.stdout


def test_db_upgrade_migrates_an_old_database_and_names_the_backup(
    tmp_path: Path, env: dict[str, str]
) -> None:
    oldest = known_revisions()[0]
    if oldest == SCHEMA_HEAD:
        pytest.skip("only one schema revision exists")
    data = tmp_path / "data"
    data.mkdir()
    upgrade(data / "tutor.sqlite3", oldest)

    result = tutor(env, "db", "upgrade", "--data-dir", data)

    assert result.returncode == 0, result.stderr
    assert f"Migrated from schema {oldest} to {SCHEMA_HEAD}" in result.stdout
    (backup,) = (data / "backups").iterdir()
    assert str(backup) in result.stdout
    assert stored_revision(backup) == oldest
    assert stored_revision(data / "tutor.sqlite3") == SCHEMA_HEAD


def test_data_dir_before_the_subcommand(tmp_path: Path, env: dict[str, str]) -> None:
    data = tmp_path / "before"
    env[ENV_DATA_DIR] = str(tmp_path / "from-environment")  # the option must win over this
    result = tutor(env, "--data-dir", data, "info")
    assert result.returncode == 0, result.stderr
    assert f"data directory:      {data}  (chosen by: --data-dir)" in result.stdout
    assert "from-environment" not in result.stdout


def test_data_dir_from_the_environment(tmp_path: Path, env: dict[str, str]) -> None:
    data = tmp_path / "from-environment"
    env[ENV_DATA_DIR] = str(data)
    result = tutor(env, "info")
    assert result.returncode == 0, result.stderr
    assert f"data directory:      {data}  (chosen by: {ENV_DATA_DIR})" in result.stdout


def test_db_upgrade_refuses_a_database_from_a_newer_tutor(
    tmp_path: Path, env: dict[str, str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    database = data / "tutor.sqlite3"
    upgrade(database)
    connection = sqlite3.connect(database)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    digest = hashlib.sha256(database.read_bytes()).hexdigest()

    result = tutor(env, "db", "upgrade", "--data-dir", data)

    assert result.returncode == 1
    assert "newer version of Tutor" in result.stderr
    assert "9999" in result.stderr
    assert result.stdout == ""
    assert hashlib.sha256(database.read_bytes()).hexdigest() == digest
    assert list((data / "backups").iterdir()) == []


def test_broken_machine_setting_is_reported(tmp_path: Path, env: dict[str, str]) -> None:
    config = tmp_path / "tutor.toml"
    config.write_text('data_dir = "relative"\n', encoding="utf-8")
    env[ENV_SITE_CONFIG] = str(config)
    result = tutor(env, "info")
    assert result.returncode == 1
    assert str(config) in result.stderr
    assert "absolute path" in result.stderr


def test_a_file_given_as_data_folder_is_explained_without_a_traceback(
    tmp_path: Path, env: dict[str, str]
) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("x")
    for command in (["db", "upgrade"], []):
        result = tutor(env, *command, "--data-dir", not_a_folder)
        assert result.returncode == 1, command
        assert "Traceback" not in result.stderr
        assert str(not_a_folder) in result.stderr
    assert not_a_folder.read_text() == "x"


def test_an_empty_data_dir_option_is_refused_with_a_reason(env: dict[str, str]) -> None:
    result = tutor(env, "info", "--data-dir", "")
    assert result.returncode == 1
    assert "--data-dir needs a folder name" in result.stderr


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (True, None)),
        (["--data-dir", "/srv/tutor"], (True, "/srv/tutor")),
        (["--data-dir=/srv/tutor"], (True, "/srv/tutor")),
        (["--data-dir", "/a", "--data-dir", "/b"], (True, "/b")),  # the last one, as argparse
        (["--data-dir", ""], (True, "")),  # refused with a reason by resolve_data_paths
        (["--data-dir"], (False, None)),
        (["--data-dir="], (False, None)),
        (["--smoke-test"], (False, None)),
        (["-h"], (False, None)),
        (["info"], (False, None)),
        (["--data-dir", "/a", "pack", "validate", "x"], (False, None)),
    ],
)
def test_the_everyday_start_is_told_apart_from_commands_and_help(
    argv: list[str], expected: tuple[bool, str | None]
) -> None:
    assert everyday_start(argv) == expected
