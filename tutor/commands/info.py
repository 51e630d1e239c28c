"""`tutor info`: where data lives and the state of the database, without changing anything."""

from __future__ import annotations

import sqlite3

from tutor import __version__
from tutor.cli_support import EXIT_ERROR, EXIT_OK
from tutor.paths import DataPaths, site_config_file
from tutor.storage.migrate import SCHEMA_HEAD, DatabaseOpenError, stored_revision


def show_info(paths: DataPaths) -> int:
    print(f"Tutor {__version__}")
    print(f"data directory:      {paths.root}  (chosen by: {paths.source.value})")
    print(f"database:            {paths.database}")
    print(f"content store:       {paths.content_store}")
    print(f"backups:             {paths.backups}")
    print(f"log file:            {paths.log_file}")
    print(f"machine-wide config: {site_config_file()}")
    try:
        revision = stored_revision(paths.database)
    except (DatabaseOpenError, OSError, sqlite3.Error) as error:
        print(f"database schema:     unreadable: {error}")
        return EXIT_ERROR
    state = "not created yet" if revision is None else revision
    print(f"database schema:     {state} (this version needs {SCHEMA_HEAD})")
    return EXIT_OK
