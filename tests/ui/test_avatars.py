"""Avatars: every key has a look, and the initial on it is readable."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tutor.avatars import AVATAR_KEYS
from tutor.ui.avatar_icons import AVATAR_COLOURS, avatar_pixmap


def relative_luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_every_avatar_colour_gives_white_text_at_least_aa_contrast() -> None:
    assert set(AVATAR_COLOURS) == set(AVATAR_KEYS)
    for key, colour in AVATAR_COLOURS.items():
        ratio = 1.05 / (relative_luminance(colour) + 0.05)
        assert ratio >= 4.5, f"{key} ({colour}): {ratio:.2f}:1"


def test_an_avatar_picture_has_the_asked_size_and_is_not_blank(qtbot: QtBot) -> None:
    picture = avatar_pixmap("sky", "Chen", 64).toImage()
    assert (picture.width(), picture.height()) == (64, 64)
    centre, corner = picture.pixelColor(32, 20), picture.pixelColor(0, 0)
    assert corner.alpha() == 0
    assert centre.alpha() == 255
