"""Avatar pictures: a coloured disc with the learner's initial (never colour alone)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from tutor.avatars import AVATAR_KEYS

AVATAR_COLOURS: dict[str, str] = {
    "sun": "#f2b705",
    "leaf": "#3f8f3a",
    "sky": "#2f7fd1",
    "berry": "#b0306a",
    "sand": "#b58a52",
    "coral": "#e0603c",
    "mint": "#2aa198",
    "plum": "#7a4fb0",
}
assert set(AVATAR_COLOURS) == set(AVATAR_KEYS)


def avatar_pixmap(avatar: str, name: str, size: int) -> QPixmap:
    """A `size`×`size` picture of the avatar with the first letter of `name` on it."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(AVATAR_COLOURS.get(avatar, "#777777")))
        painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
        font = QFont()
        font.setPixelSize(int(size * 0.5))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        initial = name.strip()[:1].upper() or "?"
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, initial)
    finally:
        painter.end()
    return pixmap


def avatar_icon(avatar: str, name: str, size: int = 96) -> QIcon:
    return QIcon(avatar_pixmap(avatar, name, size))
