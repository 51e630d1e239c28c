"""Errors turned into words for people: what happened and what to do. Detail goes to the log."""

from __future__ import annotations

import errno
import sqlite3

from PySide6.QtCore import QCoreApplication

from tutor.sync.errors import BundleError
from tutor.teaching.records import TeachingError


def storage_problem(error: BaseException) -> str | None:
    """'disk_full' or 'read_only' when `error` (or the driver error inside a SQLAlchemy error)
    says so; SQLite reports both as OperationalError, not OSError."""
    orig = getattr(error, "orig", None)  # a SQLAlchemy DBAPIError wraps the driver's error
    cause = orig if isinstance(orig, BaseException) else error
    if isinstance(cause, OSError):
        if cause.errno == errno.ENOSPC:
            return "disk_full"
        if isinstance(cause, PermissionError) or cause.errno == errno.EROFS:
            return "read_only"
        return None
    if isinstance(cause, sqlite3.OperationalError):
        text = str(cause).lower()
        if "disk is full" in text:
            return "disk_full"
        if "readonly database" in text or "unable to open database file" in text:
            return "read_only"
    return None


def describe_error(error: BaseException) -> str:
    """A short, translated explanation of `error` for a dialog."""
    # Imported here: this module loads with the first screen, before the database layer.
    from tutor.facade import SetupError
    from tutor.storage.migrate import (
        DatabaseTooNewError,
        MigrationError,
        NotATutorDatabaseError,
    )

    if isinstance(error, DatabaseTooNewError):
        return QCoreApplication.translate(
            "Messages",
            "This laptop's Tutor data was saved by a newer version of Tutor. Install that "
            "version (or newer) to open it. Nothing has been changed.",
        )
    if isinstance(error, NotATutorDatabaseError):
        return QCoreApplication.translate(
            "Messages",
            "The file in Tutor's data folder is not a Tutor database, so Tutor will not touch it. "
            "Move it away or choose another data folder with --data-dir.",
        )
    if isinstance(error, MigrationError):
        return QCoreApplication.translate(
            "Messages",
            "Tutor could not update its data to this version. Nothing was changed and a backup "
            "was kept. Go back to the previous version of Tutor and ask for help.",
        )
    if isinstance(error, SetupError):
        return "\n".join(error.problems)
    if isinstance(error, BundleError):
        return error.message
    if isinstance(error, TeachingError):
        problems = getattr(error, "problems", None)  # a roster: every bad row, by line
        if problems:
            return "\n".join(
                QCoreApplication.translate("Messages", "Line {line}: {problem}").format(
                    line=problem.line, problem=problem.message
                )
                if problem.line
                else problem.message
                for problem in problems
            )
        return str(error)
    problem = storage_problem(error)
    if problem == "read_only":
        return QCoreApplication.translate(
            "Messages",
            "Tutor is not allowed to write to its data folder. Ask whoever looks after this "
            "laptop to give it access.",
        )
    if problem == "disk_full":
        return QCoreApplication.translate(
            "Messages", "The disk is full. Free some space, then try again. Nothing was lost."
        )
    return QCoreApplication.translate(
        "Messages", "Something unexpected went wrong. The details are in Tutor's log file."
    )
