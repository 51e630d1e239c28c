"""Logging to a rotating file in the data directory (and warnings to stderr).

The log is the place for detail: tracebacks, paths, SQL errors. People see short messages in
words; the log file is what a teacher sends to whoever supports the laptop.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"
MAX_LOG_BYTES = 1_000_000
LOG_FILES_KEPT = 5
_HANDLER_NAME = "tutor-file"


def configure_logging(log_file: Path, *, level: int = logging.INFO, to_stderr: bool = True) -> bool:
    """Send Tutor's log records to `log_file` (rotated at 1 MB, 5 kept). Idempotent per file.

    Returns False, logging to stderr instead, when the file cannot be opened: a log that cannot
    be written must not keep Tutor from starting.
    """
    import logging.handlers  # here: the app configures logging after its first paint

    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if handler.get_name() == _HANDLER_NAME:
            root.removeHandler(handler)
            handler.close()
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=MAX_LOG_BYTES, backupCount=LOG_FILES_KEPT, encoding="utf-8"
        )
    except OSError as error:
        file_handler = None
        file_error = error
    if file_handler is not None:
        file_handler.set_name(_HANDLER_NAME)
        file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
        root.addHandler(file_handler)
    # Alembic announces every plugin it loads at INFO; only its warnings belong in Tutor's log.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    if to_stderr and not any(h.get_name() == "tutor-stderr" for h in root.handlers):
        console = logging.StreamHandler(sys.stderr)
        console.set_name("tutor-stderr")
        console.setLevel(logging.WARNING)
        console.setFormatter(logging.Formatter("tutor: %(levelname)s: %(message)s"))
        root.addHandler(console)
    if file_handler is None:
        logging.getLogger(__name__).warning(
            "Cannot write the log file %s: %s", log_file, file_error
        )
        return False
    return True
