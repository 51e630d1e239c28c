"""The interface's text size, in percent of the platform's default (a light module: the UI reads
it before the database layer is loaded)."""

from __future__ import annotations

TEXT_SCALE_MIN = 100
TEXT_SCALE_MAX = 200
DEFAULT_TEXT_SCALE = 100


def clamp_text_scale(percent: int) -> int:
    return max(TEXT_SCALE_MIN, min(TEXT_SCALE_MAX, int(percent)))
