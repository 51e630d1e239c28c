"""ordering: the steps in a list, shuffled, which the learner puts in order.

The shuffle is deterministic (the seed and the item's id) and never the right order, when any
other order exists. Moving: choose a step (click, or Up and Down), then the Move up and Move down
buttons, Alt+Up and Alt+Down (or Ctrl+Up and Ctrl+Down), or drag it with the mouse.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from tutor.engine import items
from tutor.engine.grading import Grade
from tutor.ui.practice.base import ItemWidget, Media, modifiers
from tutor.ui.practice.controls import ITEM_CONTENT, RIGHT_MARK, WRONG_MARK, BigButton

STEP_ROLE = Qt.ItemDataRole.UserRole  # the index of the step in item["order"]
_MOVE_MODIFIERS = (Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier)


def shuffled(count: int, texts: Sequence[str], rng: random.Random) -> list[int]:
    """A shuffle of range(count) whose texts are not in the order given, if there is one."""
    order = list(range(count))
    if len(set(texts)) < 2:
        return order
    for _ in range(100):
        rng.shuffle(order)
        if [texts[index] for index in order] != list(texts):
            return order
    return order[1:] + order[:1]  # a rotation: never the same when two texts differ


class _Padded(QStyledItemDelegate):
    """Rows a target's height tall, with room around the text."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        line = option.fontMetrics.height()
        return QSize(hint.width(), max(hint.height() + line, round(line * 2.4)))


class _StepList(QListWidget):
    """A list tall enough for all its steps, so it never scrolls on its own."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self._content_height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), self._content_height())

    def _content_height(self) -> int:
        rows = sum(self.sizeHintForRow(row) for row in range(self.count()))
        return rows + 2 * self.frameWidth() + 2 * self.spacing() * self.count()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the steps wrap differently at another width


class OrderingWidget(ItemWidget):
    """Response: the indices into item["order"] in the learner's order; None until the learner
    has moved a step (the order shown at first is never right)."""

    counts_parts = True

    def __init__(
        self,
        item: Mapping[str, Any],
        media: Media | None = None,
        *,
        seed: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(item, media, seed=seed, parent=parent)
        self.steps = items.texts(item, "order", f'ordering item "{item.get("id")}"')
        self._moved = False
        self._detail: tuple[bool, ...] | None = None
        rng = random.Random(f"{seed}/{item.get('id')}")
        start = shuffled(len(self.steps), self.steps, rng)
        self.instructions = QLabel(
            self.tr(
                "Put these in order. Choose one, then move it with the buttons, "
                "or with Alt+Up and Alt+Down."
            )
        )
        self.instructions.setWordWrap(True)
        self.list = _StepList()
        self.list.setObjectName("steps")
        self.list.setProperty(ITEM_CONTENT, True)
        self.list.setAccessibleName(self.tr("Steps to put in order"))
        self.list.setAccessibleDescription(self.prompt_plain)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setItemDelegate(_Padded(self.list))
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        for index in start:
            entry = QListWidgetItem()
            entry.setData(STEP_ROLE, index)
            self.list.addItem(entry)
        self.up_button = BigButton(self.tr("▲ Move &up"))
        self.up_button.setObjectName("moveUp")
        self.up_button.setToolTip(self.tr("Move the chosen step up (Alt+Up)"))
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.up_button.setAccessibleDescription(self.tr("Move the chosen step up (Alt+Up)"))
        self.down_button = BigButton(self.tr("▼ Move &down"))
        self.down_button.setObjectName("moveDown")
        self.down_button.setToolTip(self.tr("Move the chosen step down (Alt+Down)"))
        self.down_button.setAccessibleName(self.tr("Move down"))
        self.down_button.setAccessibleDescription(self.tr("Move the chosen step down (Alt+Down)"))
        for button in (self.up_button, self.down_button):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button.clicked.connect(lambda: self.move_step(1))
        buttons = QVBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        self._spaced(row, 0.6)
        self.answer_layout.addWidget(self.instructions)
        self.answer_layout.addLayout(row)
        self.list.model().rowsMoved.connect(self._dropped)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.list.setCurrentRow(0)
        self._refresh()
        self._finish([self.list, self.up_button, self.down_button])

    # --- the API -----------------------------------------------------------------------------

    def arrangement(self) -> list[int]:
        """The steps as shown, top first, as indices into item["order"]."""
        return [int(self.list.item(row).data(STEP_ROLE)) for row in range(self.list.count())]

    def response(self) -> list[int] | None:
        return self.arrangement() if self._moved else None

    def set_response(self, response: Any) -> None:
        order = [int(index) for index in response]
        if sorted(order) != list(range(len(self.steps))):
            raise ValueError(f"not an order of {len(self.steps)} steps: {order!r}")
        current = self.list.currentRow()
        for row, index in enumerate(order):
            self.list.item(row).setData(STEP_ROLE, index)
        self._moved = True
        self.list.setCurrentRow(max(current, 0))
        self._refresh()

    def move_step(self, offset: int) -> bool:
        """Move the chosen step `offset` places (-1 up, 1 down); False if it cannot go there."""
        row = self.list.currentRow()
        target = row + offset
        if self._locked or row < 0 or not 0 <= target < self.list.count():
            return False
        entry = self.list.takeItem(row)
        self.list.insertItem(target, entry)
        self.list.setCurrentRow(target)
        self._moved = True
        self._refresh()
        self._changed()
        return True

    # --- hooks ---------------------------------------------------------------------------------

    def _key(self, watched: QObject, event: QKeyEvent) -> bool:
        offset = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
        if offset is None or modifiers(event) not in _MOVE_MODIFIERS:
            return False
        if watched is self.list or watched in (self.up_button, self.down_button):
            self.move_step(offset)
            return True
        return False

    def _lock_controls(self, locked: bool) -> None:
        self.list.setDragDropMode(
            QAbstractItemView.DragDropMode.NoDragDrop
            if locked
            else QAbstractItemView.DragDropMode.InternalMove
        )
        self._update_buttons()

    def _show_detail(self, grade: Grade | None) -> None:
        self._detail = None if grade is None else grade.detail
        self._refresh()

    # --- inside --------------------------------------------------------------------------------

    def _dropped(self) -> None:
        if self._locked:
            return
        self._moved = True
        self._refresh()
        self._changed()

    def _refresh(self) -> None:
        """Number the steps as shown, with their marks once graded."""
        count = self.list.count()
        for row in range(count):
            entry = self.list.item(row)
            step = self.steps[int(entry.data(STEP_ROLE))]
            text = self.tr("{position}. {step}").format(position=row + 1, step=step)
            name = self.tr("Place {position} of {count}: {step}").format(
                step=step, position=row + 1, count=count
            )
            if self._detail is not None and row < len(self._detail):
                if self._detail[row]:
                    mark = self.tr("{mark} Right place").format(mark=RIGHT_MARK)
                else:
                    mark = self.tr("{mark} Wrong place").format(mark=WRONG_MARK)
                text = f"{text}   {mark}"
                name = f"{name}. {mark}"
            entry.setText(text)
            entry.setData(Qt.ItemDataRole.AccessibleTextRole, name)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        up = not self._locked and row > 0
        down = not self._locked and 0 <= row < self.list.count() - 1
        for button, enabled in ((self.up_button, up), (self.down_button, down)):
            if not enabled and button.hasFocus():
                self.list.setFocus(Qt.FocusReason.OtherFocusReason)  # not off to another screen
            button.setEnabled(enabled)
