"""Per-item statistics for the class: how often each item was answered right, what the model
expects of it, and the most common wrong answers (the misconceptions worth a lesson). Hardest
first; loaded when the tab is first shown for a class."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tutor.ui.facade_thread import FacadeRunner
from tutor.ui.teacher.class_tab import ClassTab
from tutor.ui.teacher.wording import percent

if TYPE_CHECKING:
    from tutor.facade import Tutor
    from tutor.teaching.dashboard import ItemStat

MAX_ROWS = 200


def load_item_stats(tutor: Tutor, class_id: str) -> list[ItemStat]:
    return tutor.teaching.dashboard.item_stats(class_id)


class ItemsTab(ClassTab):
    def __init__(self, runner: FacadeRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, load_item_stats, self.show_data, parent)
        self._loaded_for: str | None = None
        self.stats: list[ItemStat] = []
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("itemStatistics")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Items, hardest first"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Items this class answered, hardest first, with common wrong answers:"))
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def set_class(self, class_id: str) -> None:
        self.class_id = class_id
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self.class_id is not None and self._loaded_for != self.class_id:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        if self.class_id is not None:
            self._loaded_for = self.class_id
            self.message.setText(self.tr("Loading…"))
        super().reload()

    def show_data(self, stats: list[ItemStat]) -> None:
        self.stats = stats[:MAX_ROWS]
        self.table.setRowCount(len(self.stats))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Question"),
                self.tr("Answers"),
                self.tr("Right"),
                self.tr("Model expects"),
                self.tr("Common wrong answers"),
            ]
        )
        for row, stat in enumerate(self.stats):
            wrong = "; ".join(
                self.tr("{answer} ({times}×)").format(answer=answer or "—", times=times)
                for answer, times in stat.common_wrong
            )
            values = [
                stat.prompt,
                str(stat.attempts),
                percent(stat.right_rate),
                percent(stat.expected_rate),
                wrong,
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.setColumnWidth(0, 360)
        for column in range(1, 4):
            self.table.resizeColumnToContents(column)
        self.table.resizeRowsToContents()
        self.message.setText(self.tr("No answers yet.") if not stats else "")
