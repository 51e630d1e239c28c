"""fill_gaps: the prompt with its gaps numbered, and one line to type in for each gap below it.

What the learner types shows in the prompt's gap as they type, so the sentence reads whole. Each
line's label is "Gap n"; for screen readers its description is the prompt's line around the gap.
Enter moves to the next empty gap, and asks to submit once every gap has an answer.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from tutor.engine import items
from tutor.engine.grading import Grade
from tutor.ui.practice.base import ItemWidget, Media, modifiers
from tutor.ui.practice.controls import (
    RIGHT_MARK,
    WRONG_MARK,
    BigLineEdit,
    mark_label,
    show_mark,
)
from tutor.ui.practice.markup import to_html, to_plain

_HERE = "\ue010"  # stands for the gap whose line is wanted, in context()


class FillGapsWidget(ItemWidget):
    """Response: a list of str, one for each gap in order; None while every gap is empty."""

    counts_parts = True

    def __init__(
        self,
        item: Mapping[str, Any],
        media: Media | None = None,
        *,
        seed: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        self.edits: list[BigLineEdit] = []
        self._detail: tuple[bool, ...] | None = None
        super().__init__(item, media, seed=seed, parent=parent)
        gaps = items.gap_answers(item, f'fill_gaps item "{item.get("id")}"')
        self.instructions = QLabel(self.tr("Write what goes in each gap."))
        self.instructions.setWordWrap(True)
        grid = QGridLayout()
        self._spaced(grid, 0.6)
        self.marks: list[QLabel] = []
        self.labels: list[QLabel] = []
        for index in range(len(gaps)):
            number = index + 1
            edit = BigLineEdit(16)
            edit.setObjectName(f"gap{number}")
            edit.setAccessibleName(self.tr("Gap {number}").format(number=number))
            edit.setAccessibleDescription(self.context(number))
            edit.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText)
            edit.textEdited.connect(lambda _text: self._edited())
            label = QLabel(self.tr("Gap {number}:").format(number=number))
            label.setBuddy(edit)
            mark = mark_label()
            grid.addWidget(label, index, 0)
            grid.addWidget(edit, index, 1)
            grid.addWidget(mark, index, 2)
            self.edits.append(edit)
            self.labels.append(label)
            self.marks.append(mark)
        grid.setColumnStretch(3, 1)
        self.answer_layout.addWidget(self.instructions)
        self.answer_layout.addLayout(grid)
        self._finish(self.edits)

    def context(self, number: int) -> str:
        """The prompt's line holding gap `number`, the gap shown as "___" and others as "(n)"."""
        text = to_plain(
            str(self.item.get("prompt", "")), lambda n: _HERE if n == number else f"({n})"
        )
        line = next((line for line in text.split("\n") if _HERE in line), text)
        return line.replace(_HERE, "___")

    def response(self) -> list[str] | None:
        texts = [edit.text() for edit in self.edits]
        return texts if any(text.strip() for text in texts) else None

    def set_response(self, response: Any) -> None:
        texts = [] if response is None else [str(text) for text in response]
        for index, edit in enumerate(self.edits):
            edit.setText(texts[index] if index < len(texts) else "")
        self._render_prompt()

    def _edited(self) -> None:
        self._render_prompt()
        self._changed()

    def _enter(self, watched: QObject, event: QKeyEvent) -> bool:
        if (
            modifiers(event) == Qt.KeyboardModifier.NoModifier
            and not self._locked
            and self.has_response()
            and self._focus_next_empty(watched, self.edits, lambda edit: not edit.text().strip())
        ):
            return True
        return super()._enter(watched, event)

    def _lock_controls(self, locked: bool) -> None:
        for edit in self.edits:
            edit.setReadOnly(locked)

    def _show_detail(self, grade: Grade | None) -> None:
        self._detail = None if grade is None else grade.detail
        for index, mark in enumerate(self.marks):
            edit = self.edits[index]
            if self._detail is None or index >= len(self._detail):
                show_mark(mark, None)
                edit.setAccessibleDescription(self.context(index + 1))
                continue
            if self._detail[index]:
                show_mark(mark, True, self.tr("{mark} Right").format(mark=RIGHT_MARK))
            else:
                show_mark(mark, False, self.tr("{mark} Not right").format(mark=WRONG_MARK))
            edit.setAccessibleDescription(f"{mark.text()}. {self.context(index + 1)}")
        self._render_prompt()

    def _render_prompt(self) -> None:
        self.prompt.setText(self._prompt_html())

    def _prompt_html(self) -> str:
        def gap(number: int) -> str:
            index = number - 1
            typed = self.edits[index].text().strip() if index < len(self.edits) else ""
            shown = html.escape(typed, quote=False) if typed else "&nbsp;" * 8
            sign = ""
            if self._detail is not None and index < len(self._detail):
                sign = f"&nbsp;{RIGHT_MARK if self._detail[index] else WRONG_MARK}"
            return f"<b>({number})</b>&nbsp;<u>&nbsp;{shown}&nbsp;</u>{sign}"

        prompt = to_html(str(self.item.get("prompt", "")), gap)
        return f'<div style="font-size: large">{prompt}</div>'
