"""Choosing the data directory, and the layout inside it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tutor.paths import (
    ENV_DATA_DIR,
    ENV_SITE_CONFIG,
    DataDirError,
    DataDirSource,
    DataPaths,
    SiteConfigError,
    machine_data_dir,
    read_machine_setting,
    resolve_data_paths,
    site_config_file,
    user_data_dir,
)


def write_config(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def config(tmp_path: Path) -> Path:
    """Where the machine-wide settings file goes (its directory exists; the file does not)."""
    directory = tmp_path / "etc"
    directory.mkdir()
    return directory / "tutor.toml"


# -- resolution order ----------------------------------------------------------------------------


def test_command_line_wins(tmp_path: Path, config: Path) -> None:
    write_config(config, f'data_dir = "{(tmp_path / "machine").as_posix()}"\n')
    environ = {ENV_DATA_DIR: str(tmp_path / "env"), ENV_SITE_CONFIG: str(config)}
    paths = resolve_data_paths(tmp_path / "cli", environ=environ)
    assert paths.root == (tmp_path / "cli").resolve()
    assert paths.source is DataDirSource.COMMAND_LINE


def test_environment_comes_second(tmp_path: Path, config: Path) -> None:
    write_config(config, f'data_dir = "{(tmp_path / "machine").as_posix()}"\n')
    environ = {ENV_DATA_DIR: str(tmp_path / "env"), ENV_SITE_CONFIG: str(config)}
    paths = resolve_data_paths(None, environ=environ)
    assert paths.root == (tmp_path / "env").resolve()
    assert paths.source is DataDirSource.ENVIRONMENT


@pytest.mark.parametrize("blank", ["", "  "])
def test_a_blank_data_dir_on_the_command_line_is_refused(tmp_path: Path, blank: str) -> None:
    with pytest.raises(DataDirError, match="--data-dir"):
        resolve_data_paths(blank, environ={ENV_SITE_CONFIG: str(tmp_path / "none")})


def test_an_empty_environment_variable_counts_as_unset_and_spaces_are_refused(
    tmp_path: Path,
) -> None:
    environ = {ENV_DATA_DIR: "", ENV_SITE_CONFIG: str(tmp_path / "none")}
    assert resolve_data_paths(None, environ=environ).source is DataDirSource.USER_DEFAULT
    with pytest.raises(DataDirError, match=ENV_DATA_DIR):
        resolve_data_paths(None, environ={**environ, ENV_DATA_DIR: "   "})


def test_machine_setting_comes_third(tmp_path: Path, config: Path) -> None:
    machine = tmp_path / "machine"
    write_config(config, f'data_dir = "{machine.as_posix()}"\n')
    for environ in (
        {ENV_SITE_CONFIG: str(config)},
        {ENV_SITE_CONFIG: str(config), ENV_DATA_DIR: ""},
    ):
        paths = resolve_data_paths(None, environ=environ)
        assert paths.root == machine
        assert paths.source is DataDirSource.MACHINE_SETTING


def test_user_default_comes_last(config: Path) -> None:
    paths = resolve_data_paths(None, environ={ENV_SITE_CONFIG: str(config)})  # no file
    assert paths.root == user_data_dir()
    assert paths.source is DataDirSource.USER_DEFAULT


def test_settings_file_without_data_dir_means_user_default(config: Path) -> None:
    write_config(config, "# nothing set yet\n[other]\nkey = 1\n")
    paths = resolve_data_paths(None, environ={ENV_SITE_CONFIG: str(config)})
    assert paths.root == user_data_dir()
    assert paths.source is DataDirSource.USER_DEFAULT


def test_relative_command_line_is_made_absolute(
    tmp_path: Path, config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    paths = resolve_data_paths("school-data", environ={ENV_SITE_CONFIG: str(config)})
    assert paths.root.is_absolute()
    assert paths.root == (tmp_path / "school-data").resolve()


def test_broken_settings_file_does_not_matter_when_overridden(tmp_path: Path, config: Path) -> None:
    write_config(config, "data_dir = [unclosed\n")
    environ = {ENV_SITE_CONFIG: str(config)}
    assert resolve_data_paths(tmp_path / "cli", environ=environ).root == (tmp_path / "cli")
    environ[ENV_DATA_DIR] = str(tmp_path / "env")
    assert resolve_data_paths(None, environ=environ).root == (tmp_path / "env")


def test_site_config_file_location(config: Path) -> None:
    assert site_config_file({ENV_SITE_CONFIG: str(config)}) == config
    default = site_config_file({})
    assert default.name == "tutor.toml"
    assert default.is_absolute()


# -- the machine-wide settings file --------------------------------------------------------------


def test_machine_keyword_means_the_machine_data_dir(config: Path) -> None:
    write_config(config, 'data_dir = "machine"\n')
    assert read_machine_setting(config) == machine_data_dir()
    paths = resolve_data_paths(None, environ={ENV_SITE_CONFIG: str(config)})
    assert paths.root == machine_data_dir()
    assert paths.source is DataDirSource.MACHINE_SETTING


def test_absolute_path_is_used(tmp_path: Path, config: Path) -> None:
    shared = tmp_path / "shared" / "Tutor"
    write_config(config, f"data_dir = '{shared}'\n")
    assert read_machine_setting(config) == shared


def test_a_home_relative_machine_path_is_refused(config: Path) -> None:
    # "~" means a different folder for every OS account: not a shared location.
    write_config(config, 'data_dir = "~/Tutor"\n')
    with pytest.raises(SiteConfigError, match="must not start with ~"):
        read_machine_setting(config)


@pytest.mark.skipif(sys.platform != "linux", reason="Linux locations")
def test_machine_wide_locations_ignore_this_users_xdg_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_CONFIG_DIRS", "/etc/xdg/xdg-ubuntu:/etc/xdg")
    monkeypatch.setenv("XDG_DATA_DIRS", "/usr/share/ubuntu:/usr/local/share:/usr/share")
    monkeypatch.delenv(ENV_SITE_CONFIG, raising=False)
    assert site_config_file() == Path("/etc/xdg/Tutor/tutor.toml")
    assert machine_data_dir() == Path("/var/lib/tutor")


def test_missing_settings_file_names_nothing(config: Path) -> None:
    assert read_machine_setting(config) is None


@pytest.mark.parametrize(
    ("content", "complaint"),
    [
        ('data_dir = "relative/dir"\n', "absolute path"),
        ('data_dir = "./Tutor"\n', "absolute path"),
        ("data_dir = 42\n", "absolute path"),
        ('data_dir = ["/srv/tutor"]\n', "absolute path"),
        ('data_dir = "   "\n', "absolute path"),
        ('data_dir = "/srv/tutor\n', "cannot read"),
        ("data_dir: /srv/tutor\n", "cannot read"),
    ],
    ids=["relative", "dot-relative", "integer", "list", "blank", "unclosed-string", "not-toml"],
)
def test_unusable_settings_file_is_an_error_naming_it(
    config: Path, content: str, complaint: str
) -> None:
    write_config(config, content)
    with pytest.raises(SiteConfigError, match=complaint) as refused:
        read_machine_setting(config)
    assert str(config) in str(refused.value)
    with pytest.raises(SiteConfigError, match=complaint):
        resolve_data_paths(None, environ={ENV_SITE_CONFIG: str(config)})


def test_settings_file_that_is_not_utf8_is_an_error(config: Path) -> None:
    config.write_bytes(b'data_dir = "/srv/\xff\xfe"\n')
    with pytest.raises(SiteConfigError, match="cannot read") as refused:
        read_machine_setting(config)
    assert str(config) in str(refused.value)


# -- the layout ----------------------------------------------------------------------------------


def test_layout_is_inside_the_root(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    for location in (
        paths.database,
        paths.content_store,
        paths.backups,
        paths.logs,
        paths.log_file,
        paths.lock_file,
    ):
        assert paths.root in location.parents
    assert paths.log_file.parent == paths.logs
    assert not (tmp_path / "data").exists()  # pure path arithmetic


def test_ensure_creates_the_directories_only(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "new" / "data")
    assert paths.ensure() is paths
    for directory in (paths.root, paths.content_store, paths.backups, paths.logs):
        assert directory.is_dir()
    assert not paths.database.exists()
    assert not paths.lock_file.exists()
    assert not paths.log_file.exists()
    paths.ensure()  # idempotent
    assert paths.backups.is_dir()
