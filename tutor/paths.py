"""Where Tutor keeps its data.

Resolution order for the data directory (first match wins):

1. ``--data-dir DIR`` on the command line;
2. the ``TUTOR_DATA_DIR`` environment variable;
3. the machine-wide setting in ``tutor.toml`` inside the site config directory
   (``/etc/xdg/Tutor`` on Linux, ``C:\\ProgramData\\Tutor`` on Windows,
   ``/Library/Application Support/Tutor`` on macOS)::

       # Every OS account on this laptop shares one database.
       data_dir = "machine"          # the site data dir, or an absolute path

   A school laptop whose students use different OS accounts uses this so they all share one
   database; the installer writes it for a per-machine install;
4. the per-user data directory (platformdirs' user data dir).

Nothing here creates files; :func:`DataPaths.ensure` creates the directories.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import platformdirs

APP_DIR_NAME = "Tutor"
ENV_DATA_DIR = "TUTOR_DATA_DIR"
ENV_SITE_CONFIG = "TUTOR_SITE_CONFIG"
SITE_CONFIG_FILE_NAME = "tutor.toml"
MACHINE_KEYWORD = "machine"


class DataDirSource(Enum):
    """Which rule chose the data directory (shown in `tutor info` and the log)."""

    COMMAND_LINE = "--data-dir"
    ENVIRONMENT = ENV_DATA_DIR
    MACHINE_SETTING = "machine-wide setting"
    USER_DEFAULT = "per-user default"


class SiteConfigError(ValueError):
    """The machine-wide settings file exists but cannot be used."""


@dataclass(frozen=True)
class DataPaths:
    """Every location inside one data directory. Pure path arithmetic; nothing touches the disk."""

    root: Path
    source: DataDirSource = DataDirSource.USER_DEFAULT

    @property
    def database(self) -> Path:
        return self.root / "tutor.sqlite3"

    @property
    def content_store(self) -> Path:
        """Media and lesson files stored by content hash, shared between packs."""
        return self.root / "content"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "tutor.log"

    @property
    def lock_file(self) -> Path:
        """Held by the one app instance that has this data directory open."""
        return self.root / "tutor.lock"

    def ensure(self) -> DataPaths:
        """Create the directories (not the files) and return self."""
        for directory in (self.root, self.content_store, self.backups, self.logs):
            directory.mkdir(parents=True, exist_ok=True)
        return self


def site_config_file(environ: Mapping[str, str] | None = None) -> Path:
    """The machine-wide settings file (``TUTOR_SITE_CONFIG`` overrides its location)."""
    env = os.environ if environ is None else environ
    override = env.get(ENV_SITE_CONFIG)
    if override:
        return Path(override)
    return platformdirs.site_config_path(APP_DIR_NAME, appauthor=False) / SITE_CONFIG_FILE_NAME


def machine_data_dir() -> Path:
    """The site data dir shared by every OS account on this computer."""
    return platformdirs.site_data_path(APP_DIR_NAME, appauthor=False)


def user_data_dir() -> Path:
    """The per-user data dir of a personal install."""
    return platformdirs.user_data_path(APP_DIR_NAME, appauthor=False)


def read_machine_setting(config_file: Path) -> Path | None:
    """The data dir named by the machine-wide settings file, or None when it names none.

    Raises SiteConfigError, naming the file, when it is unreadable or malformed.
    """
    if not config_file.is_file():
        return None
    try:
        settings = tomllib.loads(config_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise SiteConfigError(f"{config_file}: cannot read the settings file: {error}") from error
    value = settings.get("data_dir")
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise SiteConfigError(
            f'{config_file}: data_dir must be "{MACHINE_KEYWORD}" or an absolute path'
        )
    if value.strip() == MACHINE_KEYWORD:
        return machine_data_dir()
    path = Path(value).expanduser()
    if not path.is_absolute():
        raise SiteConfigError(f"{config_file}: data_dir must be an absolute path, not {value!r}")
    return path


def resolve_data_paths(
    command_line: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> DataPaths:
    """Choose the data directory by the documented order and say which rule chose it."""
    env = os.environ if environ is None else environ
    if command_line:
        return DataPaths(Path(command_line).expanduser().resolve(), DataDirSource.COMMAND_LINE)
    if env.get(ENV_DATA_DIR):
        return DataPaths(Path(env[ENV_DATA_DIR]).expanduser().resolve(), DataDirSource.ENVIRONMENT)
    machine = read_machine_setting(site_config_file(env))
    if machine is not None:
        return DataPaths(machine, DataDirSource.MACHINE_SETTING)
    return DataPaths(user_data_dir(), DataDirSource.USER_DEFAULT)
