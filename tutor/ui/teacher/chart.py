"""A small chart of a learner's days: answers per day as bars, skills mastered as a line.

Painted with QPainter (no chart library); the same drawing is used on screen and in PDF reports
(`paint_days`). The widget describes itself in words for screen readers."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from tutor.teaching.dashboard import DayPoint

BAR_COLOUR = QColor("#7aa6d6")
LINE_COLOUR = QColor("#1b5e20")
MAX_BAR_WIDTH = 36.0


def paint_days(painter: QPainter, area: QRectF, days: Sequence[DayPoint], skills: int) -> None:
    """Draw the chart into `area`: per day a bar of answers (the right ones darker, at most
    MAX_BAR_WIDTH wide) with its date below, and the line of skills mastered (scale: all the
    skills at the top); the largest day's answers are written at the top left."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    metrics = painter.fontMetrics()
    label_height = metrics.height() + 2
    plot = area.adjusted(0, label_height, 0, -label_height)
    painter.setPen(QPen(QColor("#555555"), 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    if not days:
        painter.restore()
        return
    most = max(day.answers for day in days) or 1
    painter.drawText(QPointF(area.left(), area.top() + metrics.ascent()), str(most))
    slot = plot.width() / len(days)
    bar = min(slot * 0.7, MAX_BAR_WIDTH)
    label_every = max(1, math.ceil(metrics.horizontalAdvance("00-00 ") / slot))
    centres = [plot.left() + (index + 0.5) * slot for index in range(len(days))]
    for index, (day, centre) in enumerate(zip(days, centres, strict=True)):
        height = plot.height() * day.answers / most
        right_height = plot.height() * day.correct / most
        left = centre - bar / 2
        painter.fillRect(QRectF(left, plot.bottom() - height, bar, height), BAR_COLOUR.lighter(130))
        painter.fillRect(QRectF(left, plot.bottom() - right_height, bar, right_height), BAR_COLOUR)
        if index % label_every == 0:
            text = day.day.strftime("%m-%d")
            width = metrics.horizontalAdvance(text)
            painter.drawText(QPointF(centre - width / 2, area.bottom() - metrics.descent()), text)
    painter.setPen(QPen(LINE_COLOUR, 3))
    top = max(skills, 1)
    points = [
        QPointF(centre, plot.bottom() - plot.height() * day.mastered / top)
        for day, centre in zip(days, centres, strict=True)
    ]
    for start, end in itertools.pairwise(points):
        painter.drawLine(start, end)
    for point in points:
        painter.drawEllipse(point, 4, 4)
    painter.restore()


class DaysChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("masteryChart")
        self.days: list[DayPoint] = []
        self.skills = 0
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def set_days(self, days: Sequence[DayPoint], skills: int) -> None:
        self.days, self.skills = list(days), skills
        if self.days:
            last = self.days[-1]
            self.setAccessibleName(
                self.tr(
                    "{days}; last day {answers}, {right} right; {mastered} of {skills} mastered"
                ).format(
                    days=self.tr("%n day(s) of practice", "", len(self.days)),
                    answers=self.tr("%n answer(s)", "", last.answers),
                    right=last.correct,
                    mastered=last.mastered,
                    skills=self.tr("%n skill(s)", "", skills),
                )
            )
        else:
            self.setAccessibleName(self.tr("No answers yet"))
        self.setToolTip(self.accessibleName())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, 160)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        paint_days(painter, area, self.days, self.skills)
        painter.end()
