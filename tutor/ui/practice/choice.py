"""single_choice and multiple_choice: one large button per choice, in the order the author wrote
(authors may rely on it: "all of the above"; the item format has no shuffle).

Keys: 1–9 pick choice n (single) or turn it on and off (multiple); Tab, arrow keys and Space
work as for any group of buttons.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from PySide6.QtWidgets import QButtonGroup, QLabel, QVBoxLayout, QWidget

from tutor.engine import items
from tutor.engine.grading import Grade
from tutor.ui.practice.base import ItemWidget, Media
from tutor.ui.practice.controls import RIGHT_MARK, WRONG_MARK, ChoiceButton, show_mark
from tutor.ui.practice.markup import plain_html


class _ChoiceWidget(ItemWidget):
    exclusive = True
    signs = ("○", "●")  # not chosen, chosen: the state in a sign, not only in colour

    def __init__(
        self,
        item: Mapping[str, Any],
        media: Media | None = None,
        *,
        seed: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(item, media, seed=seed, parent=parent)
        items.choices(item, f'{item.get("type")} item "{item.get("id")}"')  # checks the item
        texts = [str(choice.get("text", "")) for choice in item["choices"]]
        self._quiet = False
        self.instructions = QLabel(self._instructions())
        self.instructions.setWordWrap(True)
        # A single choice's buttons are a group, as radio buttons are: Tab stops at one of them
        # and the arrow keys move between them. A multiple choice's are apart, as check boxes
        # are, and Tab stops at each (Qt lets Tab stop at one button of any group).
        self.group = QButtonGroup(self) if self.exclusive else None
        self.box = QWidget()
        self.box.setObjectName("choices")
        self.box.setAccessibleName(self.tr("Answers"))
        self.box.setAccessibleDescription(self.prompt_plain)
        box_layout = QVBoxLayout(self.box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        self._spaced(box_layout, 0.5)
        self.buttons: list[ChoiceButton] = []
        for index, text in enumerate(texts):
            number = index + 1
            button = ChoiceButton(number, plain_html(text), self.signs)
            button.setObjectName(f"choice{number}")
            button.setAccessibleName(
                self.tr("{number}: {text}").format(number=number, text=text)
                if number <= 9
                else text
            )
            button.setAccessibleDescription(
                self.tr("Choice {number} of {count}").format(number=number, count=len(texts))
            )
            if self.group is not None:
                self.group.addButton(button, index)
            button.toggled.connect(self._toggled)
            box_layout.addWidget(button)
            self.buttons.append(button)
        self.answer_layout.addWidget(self.instructions)
        self.answer_layout.addWidget(self.box)
        self._finish(self.buttons)

    def _instructions(self) -> str:
        raise NotImplementedError

    def _toggled(self, checked: bool) -> None:
        # In a single choice, choosing another turns the old one off first: one change, not two.
        if not self._quiet and (checked or not self.exclusive):
            self._changed()

    def _number_key(self, number: int) -> bool:
        if number > len(self.buttons):
            return False
        button = self.buttons[number - 1]
        button.setFocus()
        if self.exclusive:
            button.setChecked(True)
        else:
            button.toggle()
        return True

    def _show_detail(self, grade: Grade | None) -> None:
        for index, button in enumerate(self.buttons):
            if grade is None or index >= len(grade.detail):
                show_mark(button.mark, None)
                button.setAccessibleDescription(
                    self.tr("Choice {number} of {count}").format(
                        number=index + 1, count=len(self.buttons)
                    )
                )
                continue
            chosen, right = button.isChecked(), grade.detail[index]
            if chosen and right:
                show_mark(button.mark, True, self.tr("{mark} Right").format(mark=RIGHT_MARK))
            elif chosen:
                show_mark(button.mark, False, self.tr("{mark} Wrong").format(mark=WRONG_MARK))
            elif not right:
                show_mark(button.mark, self.exclusive, self._missed())
            else:
                show_mark(button.mark, None)
            if button.mark.isVisibleTo(button):
                button.setAccessibleDescription(button.mark.text())

    def _missed(self) -> str:
        raise NotImplementedError

    def _set_checked(self, chosen: Collection[int]) -> None:
        self._quiet = True
        try:
            if self.group is not None:
                self.group.setExclusive(False)  # lets every button go off
            for index, button in enumerate(self.buttons):
                button.setChecked(index in chosen)
        finally:
            if self.group is not None:
                self.group.setExclusive(True)
            self._quiet = False


class SingleChoiceWidget(_ChoiceWidget):
    """Response: the int index of the chosen choice."""

    exclusive = True
    signs = ("○", "●")

    def _instructions(self) -> str:
        return self.tr("Choose one answer. You can also press its number.")

    def _missed(self) -> str:
        return self.tr("{mark} This is the right answer").format(mark=RIGHT_MARK)

    def response(self) -> int | None:
        return next((i for i, button in enumerate(self.buttons) if button.isChecked()), None)

    def set_response(self, response: Any) -> None:
        self._set_checked(set() if response is None else {int(response)})


class MultipleChoiceWidget(_ChoiceWidget):
    """Response: the sorted list of the chosen indices (None while none is chosen)."""

    exclusive = False
    signs = ("☐", "☑")

    def _instructions(self) -> str:
        return self.tr("Choose every right answer. You can also press their numbers.")

    def _missed(self) -> str:
        return self.tr("{mark} Missed: this one is right too").format(mark=WRONG_MARK)

    def response(self) -> list[int] | None:
        chosen = [index for index, button in enumerate(self.buttons) if button.isChecked()]
        return chosen or None

    def set_response(self, response: Any) -> None:
        self._set_checked(set() if response is None else {int(index) for index in response})
