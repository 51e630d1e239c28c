"""One lesson on screen: its title, its text (tables, pictures, stacked fractions), and Continue.

LessonView.show_lesson(title, markdown, media, audio) shows a lesson. `media` maps a picture
path written in the lesson (`../media/pizza.png`) to the local file, or None; nothing else is
ever loaded, and nothing from the internet. `audio`, a local recording of the lesson, adds a
"Read aloud" button (tutor.ui.read_aloud), which says in words when sound cannot be played.

`finished` is emitted by Continue: the button, Alt+C, or Ctrl+Enter from anywhere in the view.
The text follows the application font (the text size setting) and reflows; the reading column
is kept to a comfortable line length on wide screens, centred.
"""

from __future__ import annotations

import html
import logging
import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QMimeData, Qt, QUrl, Signal
from PySide6.QtGui import QFontMetricsF, QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tutor.ui.lesson_markup import (
    MediaResolver,
    RenderedLesson,
    lesson_body,
    render_lesson,
    selection_mime_data,
)
from tutor.ui.read_aloud import ReadAloud

log = logging.getLogger(__name__)

# A comfortable reading line: about this many average characters.
READING_COLUMN_CHARACTERS = 90
CONTINUE_KEYS = (
    QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return),
    QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Enter),
)


def _nothing(_path: str) -> Path | None:
    return None


class LessonBrowser(QTextBrowser):
    """A read-only lesson text that loads nothing it was not given and follows no link."""

    font_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refused: list[str] = []
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.anchorClicked.connect(self._anchor_clicked)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        """Refuse: the lesson's pictures are registered with the document before it is shown.

        The answer is an empty QByteArray, not None: given nothing, QTextDocument would go on to
        decode data: URLs and read local files itself.
        """
        url = name.toString() if isinstance(name, QUrl) else name
        self.refused.append(url)
        log.debug("Lesson resource refused (not from the lesson's pack): %s", url)
        return QByteArray()

    def createMimeDataFromSelection(self) -> QMimeData:
        return selection_mime_data(self.textCursor())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.font_changed.emit()

    def _anchor_clicked(self, url: QUrl) -> None:
        # Only a link to a place in the same lesson moves; other links are never opened.
        if url.hasFragment() and not url.scheme() and not url.path():
            self.scrollToAnchor(url.fragment())


class LessonView(QWidget):
    """A lesson's title and text, Read aloud when it has a recording, and Continue."""

    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonView")
        self._markdown = ""
        self._media: MediaResolver = _nothing
        self.rendered = RenderedLesson()

        self.title = QLabel()
        self.title.setObjectName("lessonTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)

        self.browser = LessonBrowser()
        self.browser.setObjectName("lessonText")
        self.browser.setAccessibleName(self.tr("Lesson text"))
        keys = CONTINUE_KEYS[0].toString(QKeySequence.SequenceFormat.NativeText)
        self.browser.setAccessibleDescription(
            self.tr(
                "Use the arrow keys or Page Up and Page Down to read. {keys} continues."
            ).format(keys=keys)
        )
        self.browser.font_changed.connect(self._font_changed)

        self.read_aloud = ReadAloud(self.tr("&Read aloud"), self.tr("Read the lesson aloud"))

        self.continue_button = QPushButton(self.tr("&Continue"))
        self.continue_button.setObjectName("continueButton")
        self.continue_button.setAccessibleName(self.tr("Continue"))
        self.continue_button.setToolTip(
            self.tr("Go on when you have read the lesson ({keys})").format(keys=keys)
        )
        self.continue_button.clicked.connect(self._continue)
        self.continue_shortcut = QShortcut(self)
        self.continue_shortcut.setKeys(list(CONTINUE_KEYS))
        self.continue_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.continue_shortcut.activated.connect(self.continue_button.click)

        buttons = QHBoxLayout()
        buttons.addWidget(self.read_aloud)
        buttons.addStretch()
        buttons.addWidget(self.continue_button)
        self.column = QWidget()
        self.column.setObjectName("lessonColumn")
        column = QVBoxLayout(self.column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.browser, 1)
        column.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.column)
        self._fit_column()
        self.setFocusProxy(self.browser)
        QWidget.setTabOrder(self.browser, self.read_aloud.button)
        QWidget.setTabOrder(self.read_aloud.button, self.continue_button)

    def show_lesson(
        self,
        title: str,
        markdown: str,
        media: MediaResolver,
        audio: Path | None = None,
    ) -> None:
        """Show a lesson; `media` resolves its pictures, `audio` is its recording (or None)."""
        self.title.setText(f"<h1>{html.escape(title)}</h1>")
        self.title.setAccessibleName(title)
        self._markdown = lesson_body(markdown, title)
        self._media = media
        self._render()
        self.browser.verticalScrollBar().setValue(0)
        self.read_aloud.set_recording(audio)

    def _render(self) -> None:
        self.rendered = render_lesson(self.browser.document(), self._markdown, self._media)

    def _fit_column(self) -> None:
        """Keep lines to a comfortable reading length on wide screens, centred."""
        metrics = QFontMetricsF(self.font())
        frame = 2 * self.browser.frameWidth() + 2 * self.browser.document().documentMargin()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = metrics.averageCharWidth() * READING_COLUMN_CHARACTERS + frame + scroll_bar
        self.column.setMaximumWidth(math.ceil(width))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_column()

    def _font_changed(self) -> None:
        # The text size changed: render again so tables and pictures fit the new size.
        if not self._markdown:
            return
        bar = self.browser.verticalScrollBar()
        where = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self._render()
        bar.setValue(round(where * bar.maximum()))

    def _stop_audio(self) -> None:
        self.read_aloud.stop()

    def _continue(self) -> None:
        self._stop_audio()
        self.finished.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        self._stop_audio()
        super().hideEvent(event)
