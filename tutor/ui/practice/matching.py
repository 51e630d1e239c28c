"""matching: each left in the author's order, with a combo box of the rights beside it.

The rights are offered in a shuffled order (deterministic: the seed and the item's id), each text
once; a right chosen stands for the first pair with that text (grading counts rights of the same
text alike). Enter moves to the next left without a match, and asks to submit once each has one.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from tutor.engine import items
from tutor.engine.grading import Grade
from tutor.ui.practice.base import ItemWidget, Media, modifiers
from tutor.ui.practice.controls import (
    RIGHT_MARK,
    WRONG_MARK,
    BigComboBox,
    content_label,
    mark_label,
    show_mark,
)
from tutor.ui.practice.markup import plain_html
from tutor.ui.practice.ordering import shuffled


class MatchingWidget(ItemWidget):
    """Response: {left index: right index} for each left matched; None while none is."""

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
        rights = items.rights(item, f'matching item "{item.get("id")}"')
        self.lefts = [str(pair.get("left", "")) for pair in item["pairs"]]
        first_of: dict[str, int] = {}
        for index, right in enumerate(rights):
            first_of.setdefault(right, index)
        unique = list(first_of)
        rng = random.Random(f"{seed}/{item.get('id')}")
        self.offered = [first_of[unique[i]] for i in shuffled(len(unique), unique, rng)]
        self.rights = rights
        self.instructions = QLabel(self.tr("Choose the match for each one."))
        self.instructions.setWordWrap(True)
        grid = QGridLayout()
        self._spaced(grid, 0.6)
        self.combos: list[BigComboBox] = []
        self.marks: list[QLabel] = []
        for row, left in enumerate(self.lefts):
            label = content_label(plain_html(left))
            label.setObjectName(f"left{row + 1}")
            arrow = QLabel("→")
            arrow.setAccessibleName(" ")
            combo = BigComboBox()
            combo.setObjectName(f"match{row + 1}")
            combo.addItem(self.tr("Choose…"), None)
            for index in self.offered:
                combo.addItem(rights[index], index)
            combo.setCurrentIndex(0)
            combo.setSizeAdjustPolicy(
                BigComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            combo.setAccessibleName(self.tr("Match for {left}").format(left=left))
            combo.setAccessibleDescription(self.prompt_plain)
            combo.currentIndexChanged.connect(lambda _index: self._changed())
            mark = mark_label()
            grid.addWidget(label, row, 0)
            grid.addWidget(arrow, row, 1)
            grid.addWidget(combo, row, 2)
            grid.addWidget(mark, row, 3)
            self.combos.append(combo)
            self.marks.append(mark)
        grid.setColumnStretch(4, 1)
        self.answer_layout.addWidget(self.instructions)
        self.answer_layout.addLayout(grid)
        self._quiet = False
        self._finish(self.combos)

    def _changed(self) -> None:
        if not self._quiet:
            super()._changed()

    def response(self) -> dict[int, int] | None:
        chosen = {
            left: int(combo.currentData())
            for left, combo in enumerate(self.combos)
            if combo.currentData() is not None
        }
        return chosen or None

    def set_response(self, response: Any) -> None:
        chosen = {} if response is None else {int(k): int(v) for k, v in dict(response).items()}
        self._quiet = True
        try:
            for left, combo in enumerate(self.combos):
                right = chosen.get(left)
                if right is None:
                    combo.setCurrentIndex(0)
                else:
                    text = self.rights[right]
                    combo.setCurrentIndex(combo.findData(self.rights.index(text)))
        finally:
            self._quiet = False

    def _enter(self, watched: QObject, event: QKeyEvent) -> bool:
        if (
            modifiers(event) == Qt.KeyboardModifier.NoModifier
            and not self._locked
            and self.has_response()
            and self._focus_next_empty(watched, self.combos, lambda c: c.currentData() is None)
        ):
            return True
        return super()._enter(watched, event)

    def _show_detail(self, grade: Grade | None) -> None:
        for left, mark in enumerate(self.marks):
            combo = self.combos[left]
            if grade is None or left >= len(grade.detail):
                show_mark(mark, None)
                combo.setAccessibleDescription(self.prompt_plain)
                continue
            if grade.detail[left]:
                show_mark(mark, True, self.tr("{mark} Right").format(mark=RIGHT_MARK))
            elif combo.currentData() is None:
                show_mark(mark, False, self.tr("{mark} No match chosen").format(mark=WRONG_MARK))
            else:
                show_mark(mark, False, self.tr("{mark} Wrong").format(mark=WRONG_MARK))
            combo.setAccessibleDescription(mark.text())
