"""`tutor db upgrade`: back up and migrate the database now, reporting what happened."""

from __future__ import annotations

import sqlite3
import sys

from tutor.cli_support import EXIT_ERROR, EXIT_OK
from tutor.logs import configure_logging
from tutor.paths import DataPaths
from tutor.storage.migrate import DatabaseOpenError, prepare_database


def upgrade_database(paths: DataPaths) -> int:
    try:
        paths.ensure()
        configure_logging(paths.log_file)
        report = prepare_database(paths.database, paths.backups)
    except DatabaseOpenError as error:
        print(f"tutor: {error}", file=sys.stderr)
        return EXIT_ERROR
    except (OSError, sqlite3.Error) as error:
        print(
            f"tutor: cannot upgrade the database in {paths.root}: {error}. Nothing was changed; "
            "check that the folder exists, is writable and has free space.",
            file=sys.stderr,
        )
        return EXIT_ERROR
    if not report.migrated:
        print(f"The database is already current (schema {report.to_revision}).")
    elif report.backup is None:
        print(f"Created a new database at schema {report.to_revision}.")
    else:
        print(f"Migrated from schema {report.from_revision} to {report.to_revision}.")
        print(f"The database as it was is saved at {report.backup}")
    return EXIT_OK
