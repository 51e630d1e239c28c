"""Avatar pictures: a coloured disc with the learner's initial (never colour alone)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from tutor.avatars import AVATAR_KEYS

# Dark enough that the white initial on top is readable (contrast of at least 4.5:1, WCAG AA).
AVATAR_COLOURS: dict[str, str] = {
    "sun": "#8a5a00",
    "leaf": "#2e6b2a",
    "sky": "#1f5fa8",
    "berry": "#9c2a5e",
    "sand": "#7a5530",
    "coral": "#b03a1c",
    "mint": "#126b64",
    "plum": "#6a3fa0",
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
