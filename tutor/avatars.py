"""The avatar keys a learner profile can carry. The UI decides how each one looks."""

from __future__ import annotations

AVATAR_KEYS: tuple[str, ...] = (
    "sun",
    "leaf",
    "sky",
    "berry",
    "sand",
    "coral",
    "mint",
    "plum",
)


def avatar_for_position(position: int) -> str:
    """A default avatar, cycling through the keys so neighbours in a class look different."""
    return AVATAR_KEYS[position % len(AVATAR_KEYS)]
