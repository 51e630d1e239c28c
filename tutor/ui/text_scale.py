"""Text size: the whole interface's font scaled from 100 % to 200 %.

Widgets take their size from the application font, and headings are rich text (<h1>, <h2>) sized
relative to it, so one change reflows every screen.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from tutor.text_size import clamp_text_scale

TEXT_SCALE_STEP = 10
_BASE_POINT_SIZE_PROPERTY = "tutorBasePointSize"


def base_point_size(app: QApplication) -> float:
    """The platform's default font size, remembered before any scaling."""
    stored = app.property(_BASE_POINT_SIZE_PROPERTY)
    if isinstance(stored, float) and stored > 0:
        return stored
    size = app.font().pointSizeF()
    if size <= 0:
        size = 10.0
    app.setProperty(_BASE_POINT_SIZE_PROPERTY, size)
    return size


def apply_text_scale(app: QApplication, percent: int) -> int:
    """Scale the app font to `percent` of the platform default; returns the clamped percent."""
    clamped = clamp_text_scale(percent)
    font = QFont(app.font())
    font.setPointSizeF(base_point_size(app) * clamped / 100)
    app.setFont(font)
    return clamped


def step_text_scale(percent: int, steps: int) -> int:
    """`percent` moved by `steps` steps of 10 %, kept within 100–200 %."""
    return clamp_text_scale(percent + steps * TEXT_SCALE_STEP)
