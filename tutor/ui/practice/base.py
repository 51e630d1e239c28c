"""ItemWidget: what every practice item widget shares.

An item widget shows one canonical item (docs/pack-format.md): its prompt, a Listen button when
the item carries a recording, its pictures, the controls to answer it and, once graded, which
parts were right. It never grades: the caller takes response() (the exact shape
tutor.engine.grading.grade expects), grades it, and passes the Grade back to show_result().

Keys, the same for every type: Enter or Return asks to submit (submit_requested) once there is a
response, and does nothing else; the subclass decides what else keys do (number keys pick choices,
Alt+Up moves a step, Ctrl+Enter sends writing). Tab and Shift+Tab move through the controls in the
order they are shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from tutor.engine.grading import Grade
from tutor.ui.practice.controls import (
    RIGHT_MARK,
    WRONG_MARK,
    ImageLabel,
    content_label,
    em,
    mark_label,
    show_mark,
)
from tutor.ui.practice.markup import to_html, to_plain
from tutor.ui.read_aloud import ReadAloud

log = logging.getLogger(__name__)

Media = Callable[[str], Path | None]  # a media/ path of the pack -> the file, or None

W = TypeVar("W", bound=QWidget)
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_NUMBER_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}
_FOCUS_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
_PASSED_WHEN_LOCKED = (*_FOCUS_KEYS, *_ENTER_KEYS)
_INPUT_EVENTS = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
)


def modifiers(event: QKeyEvent) -> Qt.KeyboardModifier:
    """The modifiers held, without the keypad flag (keypad Enter and digits count as the keys)."""
    return event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier


class ItemWidget(QWidget):
    """One item, ready to answer. Subclasses add their controls to `answer_layout`, then call
    `_finish()`; they implement response(), _show_detail() and, if they have them, set_response()
    and the key hooks."""

    # Whether grade.detail counts parts a learner reads as answers (steps, pairs, gaps), so that
    # "2 of 3 right" makes sense; not for choices, where a choice rightly left alone is a part.
    counts_parts = False

    response_changed = Signal()  # the learner changed the response (not when set_response is used)
    submit_requested = Signal()  # Enter with a response, while not locked

    def __init__(
        self,
        item: Mapping[str, Any],
        media: Media | None = None,
        *,
        seed: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.seed = seed
        self._locked = False
        self._inputs: list[QWidget] = []
        self._spacings: list[tuple[QLayout, float]] = []
        self.setObjectName(f"item_{item.get('type', '')}")
        self.prompt_plain = to_plain(str(item.get("prompt", "")))
        self.prompt = content_label(self._prompt_html())
        self.prompt.setObjectName("itemPrompt")
        self.images = self._images(item, media)
        self.listen = ReadAloud(self.tr("&Listen"), self.tr("Listen to the question"))
        self.listen.set_recording(self._recording(item, media))
        self.answer_layout = QVBoxLayout()
        self.result_label = mark_label()
        self.result_label.setObjectName("itemResult")
        self.result_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.listen)
        for image in self.images:
            layout.addWidget(image)
        layout.addLayout(self.answer_layout)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        self._spaced(layout, 1)

    # --- the API -----------------------------------------------------------------------------

    def response(self) -> Any:
        """The response as grading.grade expects it for this item type, or None when nothing is
        answered yet."""
        raise NotImplementedError

    def has_response(self) -> bool:
        return self.response() is not None

    def set_response(self, response: Any) -> None:
        """Show `response` (of the shape response() returns) as if the learner had given it: to
        restore an answer, or to show one. Does not emit response_changed."""
        raise NotImplementedError

    def is_locked(self) -> bool:
        return self._locked

    def hideEvent(self, event: QHideEvent) -> None:
        self.listen.stop()  # the next question, or leaving the screen, ends the recording
        super().hideEvent(event)

    def set_locked(self, locked: bool) -> None:
        """Read-only (after submitting): everything stays readable and reachable with Tab, and
        nothing the learner does changes the response."""
        self._locked = locked
        self._lock_controls(locked)

    def show_result(self, grade: Grade) -> None:
        """Mark each part right or wrong from grade.detail, in words and signs (✓, ✗), and say
        how the whole went."""
        if not grade.auto_graded:
            text = self.tr("Your teacher will read your answer.")
            show_mark(self.result_label, True, text)
        elif grade.correct:
            show_mark(self.result_label, True, self.tr("{mark} Right!").format(mark=RIGHT_MARK))
        elif self.counts_parts and grade.detail and any(grade.detail):
            text = self.tr("{mark} Not quite: {right} of {total} right.").format(
                mark=WRONG_MARK, right=sum(grade.detail), total=len(grade.detail)
            )
            show_mark(self.result_label, False, text)
        elif grade.score > 0:
            show_mark(
                self.result_label, False, self.tr("{mark} Not quite.").format(mark=WRONG_MARK)
            )
        else:
            text = self.tr("{mark} Not right.").format(mark=WRONG_MARK)
            show_mark(self.result_label, False, text)
        self.result_label.setAccessibleName(self.result_label.text())
        self._show_detail(grade)

    def clear_result(self) -> None:
        """Take away the marks show_result put up."""
        show_mark(self.result_label, None)
        self._show_detail(None)

    def inputs(self) -> list[QWidget]:
        """The controls the learner answers with, in focus order."""
        return list(self._inputs)

    # --- for subclasses ------------------------------------------------------------------------

    def _prompt_html(self) -> str:
        return f'<div style="font-size: large">{to_html(str(self.item.get("prompt", "")))}</div>'

    def _show_detail(self, grade: Grade | None) -> None:
        """Mark the parts from grade.detail; None takes the marks away."""

    def _lock_controls(self, locked: bool) -> None:
        """Make line edits read-only and the like; clicks and keys on buttons and combo boxes
        are already refused while locked."""

    def _number_key(self, number: int) -> bool:
        """Number key 1–9 pressed (no modifier, not in a text field); True if used."""
        return False

    def _key(self, watched: QObject, event: QKeyEvent) -> bool:
        """Any other key press on a control; True if used."""
        return False

    def _enter(self, watched: QObject, event: QKeyEvent) -> bool:
        """Enter or Return on a control: submit when there is a response. True if used."""
        if modifiers(event) != Qt.KeyboardModifier.NoModifier:
            return False
        self._submit()
        return True

    def _focus_next_empty(
        self, watched: QObject, parts: Sequence[W], empty: Callable[[W], bool]
    ) -> bool:
        """Focus the first empty part after `watched` (or else the first empty one); False when
        no part is empty."""
        here = next((i for i, part in enumerate(parts) if part is watched), -1)
        blanks = [(i, part) for i, part in enumerate(parts) if empty(part)]
        if not blanks:
            return False
        after = next((part for i, part in blanks if i > here), blanks[0][1])
        after.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def _submit(self) -> None:
        if not self._locked and self.has_response():
            self.submit_requested.emit()

    def _changed(self) -> None:
        self.response_changed.emit()

    def _spaced(self, layout: QLayout, ems: float) -> None:
        """Space the layout's items `ems` widths of M apart, now and whenever the font changes."""
        self._spacings.append((layout, ems))
        layout.setSpacing(em(self, ems))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            for layout, ems in self._spacings:
                layout.setSpacing(em(self, ems))
        super().changeEvent(event)

    def _finish(self, inputs: Sequence[QWidget]) -> None:
        """Call once the controls are in place: `inputs` in the order Tab should visit them."""
        self._inputs = list(inputs)
        for widget in [self, *self.findChildren(QWidget)]:
            widget.installEventFilter(self)
        for first, second in zip(self._inputs, self._inputs[1:], strict=False):
            QWidget.setTabOrder(first, second)
        if self._inputs:
            self.setFocusProxy(self._inputs[0])

    def _guarded(self, watched: QObject) -> bool:
        """Whether clicks and keys on `watched` are refused while locked: buttons and combo boxes,
        which have no read-only state of their own."""
        return isinstance(watched, QAbstractButton | QComboBox)

    # --- events --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            self._locked
            and kind in _INPUT_EVENTS
            and self._guarded(watched)
            and not (isinstance(event, QKeyEvent) and event.key() in _PASSED_WHEN_LOCKED)
        ):
            return True
        if kind != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if key in _ENTER_KEYS:
            return self._enter(watched, event)
        if self._locked:
            return super().eventFilter(watched, event)
        if (
            key in _NUMBER_KEYS
            and modifiers(event) == Qt.KeyboardModifier.NoModifier
            and not _takes_text(watched)
            and self._number_key(_NUMBER_KEYS[key])
        ):
            return True
        if self._key(watched, event):
            return True
        return super().eventFilter(watched, event)

    # --- pictures ------------------------------------------------------------------------------

    @staticmethod
    def _recording(item: Mapping[str, Any], media: Media | None) -> Path | None:
        """The question's recording: its first `audio:` file that `media` finds."""
        if media is None:
            return None
        for entry in item.get("media", []):
            if isinstance(entry, Mapping) and entry.get("kind") == "audio":
                path = media(str(entry.get("path", "")))
                if path is not None:
                    return path
                log.warning("item %s: no file for %s", item.get("id"), entry.get("path"))
        return None

    def _images(self, item: Mapping[str, Any], media: Media | None) -> list[QLabel]:
        """The item's pictures that `media` finds; audio is not shown here."""
        if media is None:
            return []
        images: list[QLabel] = []
        entries = [entry for entry in item.get("media", []) if isinstance(entry, Mapping)]
        pictures = [entry for entry in entries if entry.get("kind") == "image"]
        for number, entry in enumerate(pictures, start=1):
            path = media(str(entry.get("path", "")))
            if path is None:
                log.warning("item %s: no file for %s", item.get("id"), entry.get("path"))
                continue
            label = ImageLabel(path)
            if label.is_null():
                log.warning("item %s: cannot show %s", item.get("id"), path)
                continue
            label.setObjectName("itemImage")
            if len(pictures) == 1:
                label.setAccessibleName(self.tr("Picture for the question"))
            else:
                label.setAccessibleName(
                    self.tr("Picture {number} for the question").format(number=number)
                )
            images.append(label)
        return images


def _takes_text(widget: QObject) -> bool:
    """Whether typing a digit into `widget` writes it (a text field, or a combo box that looks
    up its entries by the letters typed)."""
    return isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox | QComboBox)
