"""The class × skill mastery grid: a sortable, keyboard-navigable table of statuses.

Each cell shows a sign, the status in words on hover and to screen readers, and the model's
estimate as a number; its background colour repeats the status (never the only signal). Rows are
learners; the last column is how many skills each has mastered. Sorting by any column (click its
header, or Ctrl+Shift+S on the current column) orders learners by it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from tutor.teaching.dashboard import ClassGrid
from tutor.ui.teacher.wording import STATUS_COLOURS, STATUS_SIGNS, percent, status_word

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
LEARNER_ROLE = Qt.ItemDataRole.UserRole + 2
SKILL_COLUMN_EMS = 9
STATUS_ORDER = {"not_started": 0, "struggling": 1, "learning": 2, "review_due": 3, "mastered": 4}

Index = QModelIndex | QPersistentModelIndex


class MasteryGridModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid: ClassGrid | None = None

    def set_grid(self, grid: ClassGrid) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if self.grid is None or parent.isValid() else len(self.grid.learner_ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if self.grid is None or parent.isValid() else len(self.grid.skill_ids) + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.grid is None or orientation != Qt.Orientation.Horizontal:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if section == 0:
                return self.tr("Learner")
            if section == len(self.grid.skill_ids) + 1:
                return self.tr("Mastered")
            return self.grid.skill_titles[section - 1]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        grid = self.grid
        if grid is None or not index.isValid():
            return None
        learner_id = grid.learner_ids[index.row()]
        column = index.column()
        if role == LEARNER_ROLE:
            return learner_id
        if column == 0:
            name = grid.learner_names[index.row()]
            return name if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE) else None
        if column == len(grid.skill_ids) + 1:
            count = grid.mastered_count(learner_id)
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return count if role == SORT_ROLE else f"{count} / {len(grid.skill_ids)}"
            return None
        skill_id = grid.skill_ids[column - 1]
        cell = grid.cell(learner_id, skill_id)
        if role == Qt.ItemDataRole.DisplayRole:
            if cell.attempts == 0 and cell.status == "not_started":
                return STATUS_SIGNS["not_started"]
            return f"{STATUS_SIGNS.get(cell.status, '')} {percent(cell.estimate)}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            words = self.tr("{learner}, {skill}: {status}, {right} of {attempts} right").format(
                learner=grid.learner_names[index.row()],
                skill=grid.skill_titles[column - 1],
                status=status_word(cell.status),
                right=cell.correct,
                attempts=cell.attempts,
            )
            if cell.placed:
                words += " " + self.tr("(placed by the placement check)")
            return words
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(STATUS_COLOURS.get(cell.status, QColor("white")))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("black"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == SORT_ROLE:
            return (STATUS_ORDER.get(cell.status, 0), cell.estimate)
        return None


class _SortProxy(QSortFilterProxyModel):
    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(a, str) and isinstance(b, str):
            return a.casefold() < b.casefold()
        try:
            return bool(a < b)
        except TypeError:
            return False


class MasteryGridView(QTableView):
    """The grid; Enter or a double click on a row opens that learner (`learner_opened`)."""

    learner_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("masteryGrid")
        self.grid_model = MasteryGridModel(self)
        self.proxy = _SortProxy(self)
        self.proxy.setSourceModel(self.grid_model)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.doubleClicked.connect(self._open)
        sort = QShortcut(QKeySequence("Ctrl+Shift+S"), self)
        sort.activated.connect(self._sort_current_column)
        self.setAccessibleName(self.tr("Mastery of each learner in each skill"))

    def set_grid(self, grid: ClassGrid) -> None:
        self.grid_model.set_grid(grid)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.resizeColumnsToContents()
        widest = SKILL_COLUMN_EMS * self.fontMetrics().horizontalAdvance("M")
        for column in range(1, self.proxy.columnCount()):  # long titles: elided, full on hover
            self.setColumnWidth(column, min(self.columnWidth(column), widest))
        if self.proxy.rowCount():
            self.setCurrentIndex(self.proxy.index(0, 0))

    def learner_at(self, row: int) -> str:
        return str(self.proxy.index(row, 0).data(LEARNER_ROLE))

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.learner_opened.emit(str(index.data(LEARNER_ROLE)))

    def _sort_current_column(self) -> None:
        column = max(0, self.currentIndex().column())
        header = self.horizontalHeader()
        ascending = not (
            header.sortIndicatorSection() == column
            and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
        )
        order = Qt.SortOrder.AscendingOrder if ascending else Qt.SortOrder.DescendingOrder
        self.sortByColumn(column, order)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            return
        super().keyPressEvent(event)
