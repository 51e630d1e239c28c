"""numeric, short_text and extended_text: the learner writes the answer.

Whatever is typed is the response, as typed (grading trims, normalises and reads numbers: `3/4`,
`2 1/4`, `0.5`; it decides about anything else, such as a decimal comma). Nothing is refused.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QWidget

from tutor.engine.grading import Grade
from tutor.ui.practice.base import ItemWidget, Media, modifiers
from tutor.ui.practice.controls import (
    RIGHT_MARK,
    WRONG_MARK,
    BigLineEdit,
    mark_label,
    show_mark,
    target_height,
)


class _LineWidget(ItemWidget):
    """One line to type the answer in, with its label and a result mark beside it."""

    chars = 16  # how wide the line is, in digits

    def __init__(
        self,
        item: Mapping[str, Any],
        media: Media | None = None,
        *,
        seed: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(item, media, seed=seed, parent=parent)
        self.edit = BigLineEdit(self.chars)
        self.edit.setObjectName("answer")
        self.edit.setAccessibleName(self.tr("Your answer"))
        self.edit.setAccessibleDescription(self.prompt_plain)
        self.edit.setInputMethodHints(self._input_hints())
        self.label = QLabel(self.tr("&Your answer:"))
        self.label.setBuddy(self.edit)
        self.mark = mark_label()
        row = QHBoxLayout()
        row.addWidget(self.label)
        row.addWidget(self.edit)
        row.addWidget(self.mark)
        row.addStretch(1)
        self.answer_layout.addLayout(row)
        self.edit.textEdited.connect(lambda _text: self._changed())
        self._finish([self.edit])

    def _input_hints(self) -> Qt.InputMethodHint:
        return Qt.InputMethodHint.ImhNone

    def response(self) -> str | None:
        text = self.edit.text()
        return text if text.strip() else None

    def set_response(self, response: Any) -> None:
        self.edit.setText("" if response is None else str(response))

    def _lock_controls(self, locked: bool) -> None:
        self.edit.setReadOnly(locked)

    def _show_detail(self, grade: Grade | None) -> None:
        if grade is None:
            show_mark(self.mark, None)
        elif grade.correct:
            show_mark(self.mark, True, self.tr("{mark} Right").format(mark=RIGHT_MARK))
        else:
            show_mark(self.mark, False, self.tr("{mark} Not right").format(mark=WRONG_MARK))
        self.edit.setAccessibleDescription(
            self.mark.text() if grade is not None else self.prompt_plain
        )


class NumericWidget(_LineWidget):
    """Response: the str typed (a whole number, decimal, fraction or mixed number)."""

    chars = 12

    def _input_hints(self) -> Qt.InputMethodHint:
        return Qt.InputMethodHint.ImhPreferNumbers | Qt.InputMethodHint.ImhNoPredictiveText


class ShortTextWidget(_LineWidget):
    """Response: the str typed."""

    chars = 24

    def _input_hints(self) -> Qt.InputMethodHint:
        return Qt.InputMethodHint.ImhNoPredictiveText  # no word suggestions: it is a test


class _Writing(QPlainTextEdit):
    """Room for a few lines of writing, in lines of the current font; Tab moves on."""

    LINES = 6

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        height = self.fontMetrics().lineSpacing() * self.LINES + target_height(self) // 2
        return QSize(hint.width(), height)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        height = self.fontMetrics().lineSpacing() * 3 + target_height(self) // 2
        return QSize(hint.width(), height)


_SEND_KEYS = QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_Enter)


class ExtendedTextWidget(ItemWidget):
    """Response: the str written. Enter starts a new line; Ctrl+Enter asks to submit."""

    def __init__(
        self,
        item: Mapping[str, Any],
        media: Media | None = None,
        *,
        seed: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(item, media, seed=seed, parent=parent)
        self.edit = _Writing()
        self.edit.setObjectName("answer")
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(self.tr("Your answer"))
        self.edit.setAccessibleDescription(self.prompt_plain)
        self.label = QLabel(self.tr("&Your answer:"))
        self.label.setBuddy(self.edit)
        keys = _SEND_KEYS.toString(QKeySequence.SequenceFormat.NativeText)
        self.help = QLabel(self.tr("When you have finished, press {keys}.").format(keys=keys))
        self.help.setWordWrap(True)
        self.answer_layout.addWidget(self.label)
        self.answer_layout.addWidget(self.edit)
        self.answer_layout.addWidget(self.help)
        self.edit.textChanged.connect(self._text_changed)
        self._quiet = False
        self._finish([self.edit])

    def _text_changed(self) -> None:
        if not self._quiet:
            self._changed()

    def _enter(self, watched: QObject, event: QKeyEvent) -> bool:
        if modifiers(event) == Qt.KeyboardModifier.ControlModifier:
            self._submit()
            return True
        if watched is self.edit:
            return False  # a new line (read-only when locked)
        return super()._enter(watched, event)

    def response(self) -> str | None:
        text = self.edit.toPlainText()
        return text if text.strip() else None

    def set_response(self, response: Any) -> None:
        self._quiet = True
        try:
            self.edit.setPlainText("" if response is None else str(response))
        finally:
            self._quiet = False

    def _lock_controls(self, locked: bool) -> None:
        self.edit.setReadOnly(locked)
