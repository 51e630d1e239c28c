"""The pictures of picture passwords (tutor.learner_secrets.PICTURE_KEYS), drawn with QPainter.

Each picture differs from the others by its shape, not only its colour, and needs no font or
image file, so it looks the same on every laptop.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from tutor.learner_secrets import PICTURE_KEYS

Painter = Callable[[QPainter, float], None]


def _star_polygon(cx: float, cy: float, outer: float, inner: float, points: int) -> QPolygonF:
    corners = []
    for index in range(points * 2):
        radius = outer if index % 2 == 0 else inner
        angle = -math.pi / 2 + index * math.pi / points
        corners.append(QPointF(cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return QPolygonF(corners)


def _sun(painter: QPainter, s: float) -> None:
    pen = QPen(QColor("#c77800"), s * 0.06)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    centre = QPointF(s / 2, s / 2)
    for ray in range(8):
        angle = ray * math.pi / 4
        direction = QPointF(math.cos(angle), math.sin(angle))
        painter.drawLine(centre + direction * s * 0.3, centre + direction * s * 0.45)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#f2b705"))
    painter.drawEllipse(centre, s * 0.22, s * 0.22)


def _moon(painter: QPainter, s: float) -> None:
    disc = QPainterPath()
    disc.addEllipse(QPointF(s * 0.5, s * 0.5), s * 0.38, s * 0.38)
    bite = QPainterPath()
    bite.addEllipse(QPointF(s * 0.68, s * 0.38), s * 0.32, s * 0.32)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#3b4f8f"))
    painter.drawPath(disc.subtracted(bite))


def _star(painter: QPainter, s: float) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#d18b00"))
    painter.drawPolygon(_star_polygon(s / 2, s * 0.53, s * 0.44, s * 0.18, 5))


def _heart(painter: QPainter, s: float) -> None:
    path = QPainterPath(QPointF(s * 0.5, s * 0.88))
    path.cubicTo(
        QPointF(s * 0.05, s * 0.55), QPointF(s * 0.05, s * 0.12), QPointF(s * 0.5, s * 0.3)
    )
    path.cubicTo(
        QPointF(s * 0.95, s * 0.12), QPointF(s * 0.95, s * 0.55), QPointF(s * 0.5, s * 0.88)
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#c62839"))
    painter.drawPath(path)


def _tree(painter: QPainter, s: float) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#6b4226"))
    painter.drawRect(QRectF(s * 0.43, s * 0.65, s * 0.14, s * 0.28))
    painter.setBrush(QColor("#2e7d32"))
    for top, half_width, bottom in ((0.06, 0.22, 0.42), (0.22, 0.3, 0.58), (0.38, 0.38, 0.72)):
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(s * 0.5, s * top),
                    QPointF(s * (0.5 + half_width), s * bottom),
                    QPointF(s * (0.5 - half_width), s * bottom),
                ]
            )
        )


def _fish(painter: QPainter, s: float) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#1f78b4"))
    painter.drawPolygon(
        QPolygonF(
            [
                QPointF(s * 0.62, s * 0.5),
                QPointF(s * 0.94, s * 0.26),
                QPointF(s * 0.94, s * 0.74),
            ]
        )
    )
    painter.drawEllipse(QRectF(s * 0.06, s * 0.28, s * 0.64, s * 0.44))
    painter.setBrush(QColor("white"))
    painter.drawEllipse(QPointF(s * 0.24, s * 0.44), s * 0.06, s * 0.06)
    painter.setBrush(QColor("black"))
    painter.drawEllipse(QPointF(s * 0.24, s * 0.44), s * 0.03, s * 0.03)


def _house(painter: QPainter, s: float) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#a0522d"))
    painter.drawPolygon(
        QPolygonF(
            [QPointF(s * 0.5, s * 0.08), QPointF(s * 0.94, s * 0.46), QPointF(s * 0.06, s * 0.46)]
        )
    )
    painter.setBrush(QColor("#8d6e63"))
    painter.drawRect(QRectF(s * 0.16, s * 0.46, s * 0.68, s * 0.46))
    painter.setBrush(QColor("#3e2723"))
    painter.drawRect(QRectF(s * 0.42, s * 0.62, s * 0.16, s * 0.3))


def _flower(painter: QPainter, s: float) -> None:
    painter.setPen(QPen(QColor("#2e7d32"), s * 0.06))
    painter.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.5, s * 0.95))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#c2185b"))
    centre = QPointF(s * 0.5, s * 0.38)
    for petal in range(6):
        angle = petal * math.pi / 3
        offset = QPointF(math.cos(angle), math.sin(angle)) * s * 0.18
        painter.drawEllipse(centre + offset, s * 0.12, s * 0.12)
    painter.setBrush(QColor("#f9a825"))
    painter.drawEllipse(centre, s * 0.1, s * 0.1)


def _cloud(painter: QPainter, s: float) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#607d8b"))
    for cx, cy, r in ((0.3, 0.58, 0.17), (0.5, 0.44, 0.22), (0.72, 0.58, 0.16)):
        painter.drawEllipse(QPointF(s * cx, s * cy), s * r, s * r)
    painter.drawRoundedRect(QRectF(s * 0.13, s * 0.56, s * 0.75, s * 0.19), s * 0.09, s * 0.09)


PICTURE_PAINTERS: dict[str, Painter] = {
    "sun": _sun,
    "moon": _moon,
    "star": _star,
    "heart": _heart,
    "tree": _tree,
    "fish": _fish,
    "house": _house,
    "flower": _flower,
    "cloud": _cloud,
}
assert tuple(PICTURE_PAINTERS) == PICTURE_KEYS


def picture_pixmap(key: str, size: int) -> QPixmap:
    """A `size`×`size` picture for a picture-password key (transparent background)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QBrush(QColor("#777777")))
        PICTURE_PAINTERS[key](painter, float(size))
    finally:
        painter.end()
    return pixmap


def picture_icon(key: str, size: int) -> QIcon:
    return QIcon(picture_pixmap(key, size))
