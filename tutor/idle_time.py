"""The idle time after which a learner is signed out: its settings key, default and bounds.

Standard library only, and nothing else: the window's idle watcher needs it at start-up.
"""

from __future__ import annotations

IDLE_SIGN_OUT_MINUTES = "idle_sign_out_minutes"  # the settings key
DEFAULT_IDLE_SIGN_OUT_MINUTES = 10
MIN_IDLE_SIGN_OUT_MINUTES = 1
MAX_IDLE_SIGN_OUT_MINUTES = 120


def clamp_idle_minutes(minutes: int) -> int:
    """`minutes` kept within 1–120."""
    return max(MIN_IDLE_SIGN_OUT_MINUTES, min(MAX_IDLE_SIGN_OUT_MINUTES, int(minutes)))
