"""Where Tutor keeps its data.

Resolution order for the data directory (first match wins):

1. ``--data-dir DIR`` on the command line;
2. the ``TUTOR_DATA_DIR`` environment variable;
3. the machine-wide setting in ``tutor.toml`` in the machine's config folder
   (``/etc/xdg/Tutor`` on Linux, ``C:\\ProgramData\\Tutor`` on Windows,
   ``/Library/Application Support/Tutor`` on macOS)::

       # Every OS account on this laptop shares one database.
       data_dir = "machine"          # the machine data folder, or an absolute path

   The machine data folder is ``/var/lib/tutor`` on Linux, ``C:\\ProgramData\\Tutor`` on
   Windows and ``/Library/Application Support/Tutor`` on macOS. A school laptop whose students
   use different OS accounts uses this so they all share one database; the installer writes it
   for a per-machine install. Both machine-wide locations are fixed per OS, never taken from one
   user's environment (XDG variables, Homebrew prefixes), so every account finds the same ones;
4. the per-user data directory (platformdirs' user data dir).

Nothing here creates files; :func:`DataPaths.ensure` creates the directories.
"""

from __future__ import annotations

import os
import sys
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
LINUX_MACHINE_CONFIG_DIR = Path("/etc/xdg") / APP_DIR_NAME
LINUX_MACHINE_DATA_DIR = Path("/var/lib/tutor")
MACOS_MACHINE_DIR = Path("/Library/Application Support") / APP_DIR_NAME


class DataDirSource(Enum):
    """Which rule chose the data directory (shown in `tutor info` and the log)."""

    COMMAND_LINE = "--data-dir"
    ENVIRONMENT = ENV_DATA_DIR
    MACHINE_SETTING = "machine-wide setting"
    USER_DEFAULT = "per-user default"


class DataDirError(ValueError):
    """The data directory cannot be chosen as asked; the message says why."""


class SiteConfigError(DataDirError):
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
    def device_key(self) -> Path:
        """This laptop's Ed25519 private key (owner-only): it signs the progress bundles the
        laptop writes. Created on first need by tutor.sync.device_key."""
        return self.root / "device.key"

    @property
    def lock_file(self) -> Path:
        """Held by the one app instance that has this data directory open."""
        return self.root / "tutor.lock"

    def ensure(self) -> DataPaths:
        """Create the directories (not the files) and return self.

        For the machine-wide folder the process umask becomes 002, so the files Tutor creates
        are writable by the folder's group: give the folder a group that every student account
        belongs to, with the setgid bit (``chmod 2775``), and they all share one database.
        """
        if self.source is DataDirSource.MACHINE_SETTING:
            os.umask(0o002)
        for directory in (self.root, self.content_store, self.backups, self.logs):
            directory.mkdir(parents=True, exist_ok=True)
        return self


def site_config_file(environ: Mapping[str, str] | None = None) -> Path:
    """The machine-wide settings file (``TUTOR_SITE_CONFIG`` overrides its location)."""
    env = os.environ if environ is None else environ
    override = env.get(ENV_SITE_CONFIG)
    if override:
        return Path(override)
    if sys.platform == "win32":
        folder = platformdirs.site_config_path(APP_DIR_NAME, appauthor=False)
    elif sys.platform == "darwin":
        folder = MACOS_MACHINE_DIR
    else:
        folder = LINUX_MACHINE_CONFIG_DIR
    return folder / SITE_CONFIG_FILE_NAME


def machine_data_dir() -> Path:
    """The data folder shared by every OS account on this computer."""
    if sys.platform == "win32":
        return platformdirs.site_data_path(APP_DIR_NAME, appauthor=False)
    if sys.platform == "darwin":
        return MACOS_MACHINE_DIR
    return LINUX_MACHINE_DATA_DIR


def user_data_dir() -> Path:
    """The per-user data dir of a personal install."""
    return platformdirs.user_data_path(APP_DIR_NAME, appauthor=False)


def read_machine_setting(config_file: Path) -> Path | None:
    """The data dir named by the machine-wide settings file, or None when it names none.

    Raises SiteConfigError, naming the file, when it is unreadable or malformed.
    """
    if not config_file.is_file():
        return None
    import tomllib  # only on a laptop whose IT set one up: start-up does not pay for it otherwise

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
    if value.startswith("~"):
        raise SiteConfigError(
            f"{config_file}: data_dir must not start with ~ (it would differ per OS account)"
        )
    path = Path(value)
    if not path.is_absolute():
        raise SiteConfigError(f"{config_file}: data_dir must be an absolute path, not {value!r}")
    return path


def resolve_data_paths(
    command_line: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> DataPaths:
    """Choose the data directory by the documented order and say which rule chose it."""
    env = os.environ if environ is None else environ
    if command_line is not None:
        if not str(command_line).strip():
            raise DataDirError("--data-dir needs a folder name; it was empty")
        return DataPaths(Path(command_line).expanduser().resolve(), DataDirSource.COMMAND_LINE)
    from_environment = env.get(ENV_DATA_DIR, "")
    if from_environment:
        if not from_environment.strip():
            raise DataDirError(f"{ENV_DATA_DIR} holds only spaces; set it to a folder or unset it")
        return DataPaths(Path(from_environment).expanduser().resolve(), DataDirSource.ENVIRONMENT)
    machine = read_machine_setting(site_config_file(env))
    if machine is not None:
        return DataPaths(machine, DataDirSource.MACHINE_SETTING)
    return DataPaths(user_data_dir(), DataDirSource.USER_DEFAULT)
