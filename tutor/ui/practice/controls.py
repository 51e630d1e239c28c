"""Small widgets the practice items share: large, font-relative targets and result marks.

Every size here is worked out from the widget's own font when Qt asks for it, never fixed in
pixels, so the 100–200 % text size of the application scales targets along with the text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QPalette, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

# How tall a target is, in lines of its own font: big enough for a child's finger or a shaky
# mouse, and growing with the text.
TARGET_LINES = 2.4
RIGHT_MARK, WRONG_MARK = "✓", "✗"
# Property set on labels that show an item's own text (not Tutor's): tests and the translation
# check tell them apart with it.
ITEM_CONTENT = "itemContent"


def target_height(widget: QWidget) -> int:
    """The least height of a control in `widget`'s font."""
    return round(widget.fontMetrics().height() * TARGET_LINES)


def em(widget: QWidget, count: float) -> int:
    """`count` widths of the letter M in the widget's font, in pixels."""
    return round(widget.fontMetrics().horizontalAdvance("M") * count)


def content_label(html_text: str) -> QLabel:
    """A word-wrapped rich-text label for an item's own text, already made safe HTML by
    tutor.ui.practice.markup."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setText(html_text)
    label.setProperty(ITEM_CONTENT, True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setOpenExternalLinks(False)
    return label


def show_mark(label: QLabel, right: bool | None, text: str = "") -> None:
    """Show `text` (which starts with ✓ or ✗) in a right or wrong colour, or hide the label for
    None. The colour only repeats what the words and the sign say."""
    if right is None:
        label.clear()
        label.setPalette(QPalette())
        label.hide()
        return
    palette = QPalette(label.palette())
    light = palette.color(QPalette.ColorRole.Window).lightness() >= 128
    colours = {(True, True): "#1b5e20", (False, True): "#b71c1c"}
    colours |= {(True, False): "#a5d6a7", (False, False): "#ef9a9a"}
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(role, QColor(colours[(right, light)]))  # a label on a button: ButtonText
    label.setPalette(palette)
    label.setText(text)
    label.show()


def mark_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setObjectName("resultMark")
    label.hide()
    return label


class BigLineEdit(QLineEdit):
    """A line edit a target's height tall, about `chars` characters wide by default."""

    def __init__(self, chars: int = 16, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chars = chars

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        width = self.fontMetrics().horizontalAdvance("0") * self.chars
        return QSize(max(hint.width(), width), max(hint.height(), target_height(self)))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), target_height(self)))


class BigComboBox(QComboBox):
    """A combo box a target's height tall, as wide as its longest entry when there is room (it
    may shrink to a few characters), whose list is wide enough for its longest entry."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        texts = [self.itemText(index) for index in range(self.count())]
        longest = max((self.fontMetrics().horizontalAdvance(text) for text in texts), default=0)
        width = max(hint.width(), longest + em(self, 3))
        return QSize(width, max(hint.height(), target_height(self)))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), target_height(self)))

    def showPopup(self) -> None:
        view = self.view()
        screen = self.screen().availableGeometry().width() if self.screen() else 0
        wanted = view.sizeHintForColumn(0) + em(self, 2)
        view.setMinimumWidth(min(wanted, screen) if screen else wanted)
        super().showPopup()


class BigButton(QPushButton):
    """A push button a target's height tall."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width() + em(self, 1), max(hint.height(), target_height(self)))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), target_height(self)))


class ChoiceButton(QPushButton):
    """A large checkable button for one choice: its key number, a sign for chosen or not (so the
    state never rests on colour), the choice's text word-wrapped, and a result mark.

    The button's own text stays empty (the labels inside show it); its accessible name carries the
    number and text for screen readers."""

    def __init__(
        self, number: int, html_text: str, signs: tuple[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.signs = signs  # (not chosen, chosen)
        self.sign = QLabel(signs[0])
        self.sign.setObjectName("choiceSign")
        self.number = QLabel(str(number) if number <= 9 else "")
        self.number.setObjectName("choiceNumber")
        font = self.number.font()
        font.setBold(True)
        self.number.setFont(font)
        self.text_label = content_label(html_text)
        self.text_label.setObjectName("choiceText")
        self.mark = mark_label()
        self.row = layout = QHBoxLayout(self)
        layout.addWidget(self.sign)
        layout.addWidget(self.number)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.mark)
        # Qt's layouts ask a widget with a layout for the layout's height, not heightForWidth():
        # this spacer holds the button at a target's height.
        self.strut = QSpacerItem(0, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout.addItem(self.strut)
        for child in (self.sign, self.number, self.text_label, self.mark):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.toggled.connect(self._show_state)
        self._set_margins()

    def _show_state(self, checked: bool) -> None:
        self.sign.setText(self.signs[1] if checked else self.signs[0])

    def _set_margins(self) -> None:
        space = em(self, 0.6)
        self.row.setContentsMargins(space, space // 2, space, space // 2)
        self.row.setSpacing(space)
        self.strut.changeSize(
            0, target_height(self), QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed
        )
        self.row.invalidate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._set_margins()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        hint = self.row.sizeHint()
        return QSize(hint.width(), max(hint.height(), target_height(self)))

    def minimumSizeHint(self) -> QSize:
        hint = self.row.minimumSize()
        return QSize(hint.width(), max(hint.height(), target_height(self)))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self.row.totalHeightForWidth(width), target_height(self))


class ImageLabel(QLabel):
    """One of an item's pictures, scaled down (never up) to fit a box measured in lines of text,
    and scaled again when the text size changes."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = QPixmap(str(path))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._scale()

    def is_null(self) -> bool:
        return self.original.isNull()

    def _scale(self) -> None:
        if self.original.isNull():
            return
        height = self.fontMetrics().height() * 12
        width = em(self, 36)
        if self.original.width() <= width and self.original.height() <= height:
            self.setPixmap(self.original)
            return
        self.setPixmap(
            self.original.scaled(
                width,
                height,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._scale()
        super().changeEvent(event)
