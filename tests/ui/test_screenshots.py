"""`make screenshots` renders every screen it documents, in English and French, as PNG files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

EXPECTED = (
    "first-run",
    "first-run-learners",
    "profile-picker",
    "learner-home",
    "topic-map",
    "placement",
    "lesson",
    "practice",
    "practice-feedback",
    "teacher-dashboard",
    "teacher-learner-page",
    "teacher-learner-answers",
    "teacher-learners",
    "teacher-assignments",
    "teacher-new-assignment",
    "learner-home-work",
)

DIALOGS = {"teacher-new-assignment"}


@pytest.mark.slow
def test_the_screenshots_render_every_screen(tmp_path: Path) -> None:
    """Uses the bundled packs `make packs` built (make test builds them first)."""
    subprocess.run(
        [sys.executable, "-m", "tutor.ui.screenshots", str(tmp_path)],
        check=True,
        capture_output=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=300,
    )
    for folder in (tmp_path, tmp_path / "fr"):
        for name in EXPECTED:
            picture = QImage(str(folder / f"{name}.png"))
            smallest = 300 if name in DIALOGS else 1000  # a dialog is pictured on its own
            assert not picture.isNull() and picture.width() >= smallest, name
        assert sorted(p.stem for p in folder.glob("*.png")) == sorted(EXPECTED)
