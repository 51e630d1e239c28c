"""Heavy modules stay out of start-up: the app imports them only when a feature needs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tutor.facade import Tutor
from tutor.paths import DataPaths

# Imported only for a migration, the server, model fitting, QTI import or a learner's first
# activity; never for an ordinary start to the profile picker.
DEFERRED = (
    "alembic",
    "fastapi",
    "uvicorn",
    "httpx",
    "psycopg",
    "numpy",
    "cryptography",
    "jsonschema",
    "tutor.server",
    "tutor.content.install",
    "tutor.content.archive",
    "tutor.content.qti",
    "tutor.learning",
    "tutor.ui.activity_screen",
    "tutor.ui.practice",
    "tutor.ui.lesson_view",
)

START_APP_ON_A_CURRENT_DATABASE = """
import sys
from tutor.cli import build_parser
from tutor.facade import Tutor
from tutor.paths import DataPaths
from tutor.ui import app, main_window
tutor = Tutor.open(DataPaths(__import__("pathlib").Path(sys.argv[1])))
tutor.is_set_up()
tutor.close()
print("\\n".join(sorted(sys.modules)))
"""


def test_opening_a_current_database_and_the_app_modules_import_nothing_heavy(
    tmp_path: Path,
) -> None:
    Tutor.open(DataPaths(tmp_path)).close()  # create and migrate once, outside the measurement
    result = subprocess.run(
        [sys.executable, "-c", START_APP_ON_A_CURRENT_DATABASE, str(tmp_path)],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    loaded = set(result.stdout.split())
    assert "tutor.ui.main_window" in loaded
    heavy = sorted(
        name for name in loaded if any(name == d or name.startswith(f"{d}.") for d in DEFERRED)
    )
    assert heavy == []


# Not needed to paint the profile picker: the database layer (opened on its own thread after the
# first paint), the other screens, sound, and what the app sets up once the picker is up.
NOT_BEFORE_FIRST_PAINT = (
    "sqlalchemy",
    "tutor.facade",
    "tutor.storage",
    "tutor.teaching",
    "tutor.ui.first_run",
    "tutor.ui.learner_home",
    "tutor.ui.learner_sign_in",
    "tutor.ui.content_dialog",
    "tutor.ui.teacher_sign_in",
    "tutor.ui.messages",
    "tutor.ui.teacher",
    "tutor.ui.quiz_screen",
    "PySide6.QtNetwork",
    "PySide6.QtMultimedia",
    "logging.handlers",
    "tomllib",
    "tutor.commands",
    "tutor.sync",
    "tutor.ui.sync_controller",
)

FIRST_PAINT = """
import sys
from tutor.cli import everyday_start
assert everyday_start([]) == (True, None)
from tutor.ui import app
print("\\n".join(sorted(sys.modules)))
"""


def test_the_modules_for_the_first_paint_leave_the_rest_for_later() -> None:
    result = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    loaded = set(result.stdout.split())
    assert {"tutor.ui.main_window", "tutor.ui.profile_picker"} <= loaded
    early = sorted(
        name
        for name in loaded
        if any(name == d or name.startswith(f"{d}.") for d in NOT_BEFORE_FIRST_PAINT)
    )
    assert early == []
