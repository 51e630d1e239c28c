"""A lesson's Markdown as a QTextDocument: tables, local pictures, stacked fractions, exponents.

Qt reads the Markdown (CommonMark with GitHub tables; raw HTML is shown as text, never run).
The document is then finished here:

* **Fractions** are drawn stacked, the numerator above a bar above the denominator, by a text
  object (`FractionRenderer`) that paints with the surrounding font, so it follows the text
  size, bold and headings. The pack format (docs/pack-format.md) defines no maths syntax, and
  lessons write fractions as plain text (`3/4`, mixed numbers `1 3/4`), so two forms are read:

  - in prose, a whole number over a whole number: `3/4`, `12/16`. Not inside code or links,
    and not when part of something longer (`12/05/2024`, `1.5/2`, `a3/4`);
  - between dollar signs, for formulas: `$3/4$`, `$(a+b)/2$` (outer brackets are dropped
    when stacked, as on paper), `$x^2/4$`, `$2*3 - 1$` (`*` is shown as ×, `-` as −).
    A `$` pair opens before a non-space and closes after one (`$5 and $10` is money).

* **Exponents**: `x^2`, `10^-3`, `2^n`, `x^{n+1}` become superscripts, in prose and formulas.
* **Pictures** are shown only when `media(path)` resolves them to a local file. Anything else
  (http, ftp, data: and other URLs, unknown paths, files that are not images) is replaced by a
  placeholder text; nothing is ever fetched. `LessonBrowser.loadResource` refuses everything
  that is not already registered here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, QRect, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
    QTextLength,
    QTextTable,
)

MediaResolver = Callable[[str], Path | None]

FRACTION_OBJECT = int(QTextFormat.ObjectTypes.UserObject) + 1
NUMERATOR = int(QTextFormat.Property.UserProperty) + 1
DENOMINATOR = int(QTextFormat.Property.UserProperty) + 2
MEDIA_SCHEME = "tutor-media"
OBJECT_CHARACTER = "\ufffc"
NO_BREAK_SPACE = "\u00a0"
ZERO_WIDTH_SPACE = "\u200b"

MARKDOWN_FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)
FRONT_MATTER = "+++"

# Stacked parts are a little smaller than the text; the bar and gaps are in ems of that size.
PART_SCALE = 0.9
SIDE_PADDING_EM = 0.12
GAP_EM = 0.08

_REMOTE = re.compile(r"^[a-z][a-z0-9+.-]*:|^//", re.IGNORECASE)
_MATH_SPAN = re.compile(r"(?<![\\\w$])\$(?=\S)([^$\n]*?\S)\$(?![\w$])")
_PROSE_FRACTION = re.compile(r"(?<![\w/.,^])(\d+)/(\d+)(?![\w/]|[.,]\d)")
_EXPONENT = r"\^(?:\{([^{}]*)\}|([-−]?\w+))"
_BASE_EXPONENT = re.compile(r"(?<=[\w)\]])" + _EXPONENT)
_ATOM = r"(?:\([^()]*\)|\{[^{}]*\}|\d+(?:[.,]\d+)?|[A-Za-z]\w*)(?:\^(?:\{[^{}]*\}|[-−]?\w+))?"
_MATH_FRACTION = re.compile(rf"(?P<numerator>{_ATOM})\s*/\s*(?P<denominator>{_ATOM})")
_SUPERSCRIPTS = dict(zip("0123456789+-−=()n", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿ", strict=True))


# Pieces of text: what a run of lesson text becomes.


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Fraction:
    numerator: str
    denominator: str


@dataclass(frozen=True)
class Superscript:
    text: str


Piece = Text | Fraction | Superscript


def parse_maths(text: str) -> list[Piece]:
    """`text` split into plain text, stacked fractions and superscripts (see the module doc)."""
    pieces: list[Piece] = []
    position = 0
    for match in _MATH_SPAN.finditer(text):
        pieces += _prose(text[position : match.start()])
        pieces += _formula(match.group(1))
        position = match.end()
    pieces += _prose(text[position:])
    return _merge(pieces)


def _prose(text: str) -> list[Piece]:
    pieces: list[Piece] = []
    position = 0
    for match in _PROSE_FRACTION.finditer(text):
        before = text[position : match.start()]
        if re.search(r"\d $", before):  # a mixed number: keep the whole and the fraction together
            before = before[:-1] + NO_BREAK_SPACE
        pieces += _exponents(before)
        pieces.append(Fraction(match.group(1), match.group(2)))
        position = match.end()
    pieces += _exponents(text[position:])
    return pieces


def _formula(text: str) -> list[Piece]:
    pieces: list[Piece] = []
    position = 0
    for match in _MATH_FRACTION.finditer(text):
        pieces += _exponents(_symbols(text[position : match.start()]))
        pieces.append(Fraction(_part(match["numerator"]), _part(match["denominator"])))
        position = match.end()
    pieces += _exponents(_symbols(text[position:]))
    return pieces


def _exponents(text: str) -> list[Piece]:
    pieces: list[Piece] = []
    position = 0
    for match in _BASE_EXPONENT.finditer(text):
        pieces.append(Text(text[position : match.start()]))
        pieces.append(Superscript(_symbols(match.group(1) or match.group(2))))
        position = match.end()
    pieces.append(Text(text[position:]))
    return pieces


def _part(atom: str) -> str:
    """A numerator or denominator as drawn: grouping brackets dropped, exponents raised."""
    if atom[:1] in "({" and atom[-1:] in ")}" and not re.search(r"[({]", atom[1:-1]):
        atom = atom[1:-1]

    def raise_exponent(match: re.Match[str]) -> str:
        # Drawn as one string, so only exponents Unicode has superscripts for are raised.
        exponent = match.group(1) or match.group(2)
        if exponent and all(character in _SUPERSCRIPTS for character in exponent):
            return "".join(_SUPERSCRIPTS[character] for character in exponent)
        return "^" + exponent

    return _symbols(re.sub(_EXPONENT, raise_exponent, atom.strip()))


def _symbols(text: str) -> str:
    return text.replace("*", "×").replace("-", "−")


def _merge(pieces: list[Piece]) -> list[Piece]:
    merged: list[Piece] = []
    for piece in pieces:
        if isinstance(piece, Text):
            if not piece.text:
                continue
            if merged and isinstance(merged[-1], Text):
                merged[-1] = Text(merged[-1].text + piece.text)
                continue
        merged.append(piece)
    return merged


def spoken_fraction(numerator: str, denominator: str) -> str:
    """How a fraction is read out: "3 over 4"."""
    return QCoreApplication.translate("LessonMarkup", "{numerator} over {denominator}").format(
        numerator=numerator, denominator=denominator
    )


# Preparing the Markdown.


def lesson_body(markdown: str, title: str = "") -> str:
    """The Markdown to show: without a `+++` header, nor a first heading that repeats `title`."""
    lines = markdown.replace("\r\n", "\n").split("\n")
    if lines and lines[0].strip() == FRONT_MATTER:
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == FRONT_MATTER), None)
        if end is not None:
            lines = lines[end + 1 :]
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None and title:
        heading = re.fullmatch(r" {0,3}# +(.*?)(?: +#+)? *", lines[first])
        if heading and _same_words(heading.group(1), title):
            lines = lines[first + 1 :]
    return "\n".join(lines)


def _with_alt_text(markdown: str) -> str:
    """`markdown` with an invisible description for pictures that have none.

    Qt's Markdown reader drops a picture whose description is empty (`![](a.png)`).
    Code (fenced blocks and `spans`) is left as written.
    """
    lines = markdown.split("\n")
    fence: str | None = None
    for number, line in enumerate(lines):
        opening = re.match(r" {0,3}(`{3,}|~{3,})", line)
        if fence is not None:
            if opening and opening.group(1).startswith(fence) and not line.strip(" `~"):
                fence = None
        elif opening:
            fence = opening.group(1)
        elif "![]" in line:
            parts = re.split(r"(`+[^`]*?`+)", line)
            lines[number] = "".join(
                part if part.startswith("`") else part.replace("![](", f"![{ZERO_WIDTH_SPACE}](")
                for part in parts
            )
    return "\n".join(lines)


def _same_words(left: str, right: str) -> bool:
    return " ".join(left.split()).casefold() == " ".join(right.split()).casefold()


# Building the document.


@dataclass
class RenderedLesson:
    """What render_lesson() put in the document."""

    images: dict[str, Path] = field(default_factory=dict)  # resource URL: local file shown
    refused: list[str] = field(default_factory=list)  # picture references not shown
    fractions: int = 0


def render_lesson(document: QTextDocument, markdown: str, media: MediaResolver) -> RenderedLesson:
    """Fill `document` with the lesson `markdown` (its body, see lesson_body())."""
    install_fraction_renderer(document)
    document.clear()
    document.setMarkdown(_with_alt_text(markdown), MARKDOWN_FEATURES)
    rendered = RenderedLesson()
    _finish_fragments(document, media, rendered)
    rendered.refused.reverse()  # found from the end; listed in reading order
    _style_tables(document)
    return rendered


def install_fraction_renderer(document: QTextDocument) -> FractionRenderer:
    """Let `document` draw stacked fractions (once per document)."""
    existing = document.findChild(FractionRenderer)
    if existing is not None:
        return existing
    renderer = FractionRenderer(document)
    document.documentLayout().registerHandler(FRACTION_OBJECT, renderer)
    return renderer


@dataclass(frozen=True)
class _Run:
    """A fragment of the document as it was before any edit."""

    position: int
    length: int
    text: str
    char_format: QTextCharFormat


def _runs(document: QTextDocument) -> list[_Run]:
    found: list[_Run] = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid():
                found.append(
                    _Run(
                        fragment.position(),
                        fragment.length(),
                        fragment.text(),
                        fragment.charFormat(),
                    )
                )
            iterator += 1
        block = block.next()
    return found


def _finish_fragments(
    document: QTextDocument, media: MediaResolver, rendered: RenderedLesson
) -> None:
    # Edited from the end, so the runs before the one being edited keep their positions.
    for run in reversed(_runs(document)):
        if run.char_format.isImageFormat():
            for offset in reversed(range(run.length)):
                _finish_image(document, run.position + offset, media, rendered)
        elif not (run.char_format.fontFixedPitch() or run.char_format.isAnchor()):
            pieces = parse_maths(run.text)
            if pieces != [Text(run.text)]:
                _replace(document, run.position, run.length, pieces, run.char_format)
                rendered.fractions += sum(isinstance(piece, Fraction) for piece in pieces)


def _replace(
    document: QTextDocument, start: int, length: int, pieces: list[Piece], base: QTextCharFormat
) -> None:
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    for piece in pieces:
        if isinstance(piece, Text):
            cursor.insertText(piece.text, base)
        elif isinstance(piece, Superscript):
            raised = QTextCharFormat(base)
            raised.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
            cursor.insertText(piece.text, raised)
        else:
            cursor.insertText(OBJECT_CHARACTER, fraction_format(piece, base))


def fraction_format(fraction: Fraction, base: QTextCharFormat) -> QTextCharFormat:
    stacked = QTextCharFormat(base)
    stacked.setObjectType(FRACTION_OBJECT)
    stacked.setProperty(NUMERATOR, fraction.numerator)
    stacked.setProperty(DENOMINATOR, fraction.denominator)
    stacked.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
    stacked.setToolTip(spoken_fraction(fraction.numerator, fraction.denominator))
    return stacked


def _finish_image(
    document: QTextDocument, position: int, media: MediaResolver, rendered: RenderedLesson
) -> None:
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
    image_format = cursor.charFormat().toImageFormat()
    reference = image_format.name()
    alt = str(image_format.property(QTextFormat.Property.ImageAltText) or "")
    alt = alt.replace(ZERO_WIDTH_SPACE, "").strip()
    image = _local_image(reference, media)
    if image is None:
        rendered.refused.append(reference)
        placeholder = QTextCharFormat()
        placeholder.setFontItalic(True)
        placeholder.setToolTip(reference)
        text = (
            QCoreApplication.translate("LessonMarkup", "[Picture not shown: {description}]").format(
                description=alt
            )
            if alt
            else QCoreApplication.translate("LessonMarkup", "[Picture not shown]")
        )
        cursor.insertText(text, placeholder)
        return
    path, picture = image
    url = f"{MEDIA_SCHEME}:{len(rendered.images)}"
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), picture)
    rendered.images[url] = path
    shown = QTextImageFormat(image_format)
    shown.setName(url)
    shown.setMaximumWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    if alt and not shown.toolTip():
        shown.setToolTip(alt)
    cursor.insertImage(shown)


def _local_image(reference: str, media: MediaResolver) -> tuple[Path, QImage] | None:
    """The picture `reference` names, when the resolver knows it as a local image file."""
    if not reference or _REMOTE.match(reference):
        return None
    path = media(reference.split("#")[0].split("?")[0])
    if path is None or not path.is_file():
        return None
    picture = QImage(str(path))
    return None if picture.isNull() else (path, picture)


def _style_tables(document: QTextDocument) -> None:
    for frame in document.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            table_format = frame.format()
            table_format.setBorder(1)
            table_format.setBorderCollapse(True)
            table_format.setCellSpacing(0)
            table_format.setCellPadding(max(2.0, document.defaultFont().pointSizeF() / 3))
            frame.setFormat(table_format)


def reading_text(document: QTextDocument, start: int = 0, end: int | None = None) -> str:
    """The document's text from `start` to `end`, with each fraction written `3/4`."""
    cursor = QTextCursor(document)
    last = document.characterCount() - 1 if end is None else end
    cursor.setPosition(start)
    cursor.setPosition(max(start, last), QTextCursor.MoveMode.KeepAnchor)
    return selection_text(cursor)


def selection_text(cursor: QTextCursor) -> str:
    """The text `cursor` selects, fractions written `3/4` and pictures left out."""
    document = cursor.document()
    text: list[str] = []
    for offset, character in enumerate(cursor.selectedText()):
        if character == OBJECT_CHARACTER:
            probe = QTextCursor(document)
            probe.setPosition(cursor.selectionStart() + offset + 1)
            char_format = probe.charFormat()
            if char_format.objectType() == FRACTION_OBJECT:
                text.append(
                    f"{char_format.property(NUMERATOR)}/{char_format.property(DENOMINATOR)}"
                )
        elif character in "\u2029\u2028":
            text.append("\n")
        else:
            text.append(character.replace(NO_BREAK_SPACE, " "))
    return "".join(text)


def selection_mime_data(cursor: QTextCursor) -> QMimeData:
    data = QMimeData()
    data.setText(selection_text(cursor))
    return data


# Drawing a stacked fraction.


class FractionRenderer(QPyTextObject):
    """Draws a FRACTION_OBJECT: numerator, bar, denominator, in the surrounding font."""

    def intrinsicSize(self, doc: QTextDocument, position: int, text_format: QTextFormat) -> QSizeF:
        layout = _FractionLayout(doc, text_format)
        return QSizeF(layout.width, layout.height)

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        position: int,
        text_format: QTextFormat,
    ) -> None:
        rect = QRectF(rect)
        layout = _FractionLayout(doc, text_format)
        char_format = text_format.toCharFormat()
        colour = (
            char_format.foreground().color()
            if char_format.hasProperty(QTextFormat.Property.ForegroundBrush)
            else painter.pen().color()
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(layout.font)
        painter.setPen(colour)
        top = rect.top()
        centre = rect.left() + rect.width() / 2
        ascent = layout.metrics.ascent()
        numerator_width = layout.metrics.horizontalAdvance(layout.numerator)
        painter.drawText(QPointF(centre - numerator_width / 2, top + ascent), layout.numerator)
        bar_top = top + layout.row + layout.gap
        painter.fillRect(
            QRectF(
                rect.left() + layout.padding / 2, bar_top, rect.width() - layout.padding, layout.bar
            ),
            QColor(colour),
        )
        denominator_width = layout.metrics.horizontalAdvance(layout.denominator)
        denominator_top = bar_top + layout.bar + layout.gap
        painter.drawText(
            QPointF(centre - denominator_width / 2, denominator_top + ascent), layout.denominator
        )
        painter.restore()


class _FractionLayout:
    """Sizes of a stacked fraction in the font of its format."""

    def __init__(self, doc: QTextDocument, text_format: QTextFormat) -> None:
        char_format = text_format.toCharFormat()
        base = char_format.font()
        self.font = QFont(base)
        if base.pointSizeF() > 0:
            self.font.setPointSizeF(base.pointSizeF() * PART_SCALE)
        elif base.pixelSize() > 0:
            self.font.setPixelSize(max(1, round(base.pixelSize() * PART_SCALE)))
        device = doc.documentLayout().paintDevice()
        self.metrics = (
            QFontMetricsF(self.font, device) if device is not None else QFontMetricsF(self.font)
        )
        self.numerator = str(char_format.property(NUMERATOR) or "")
        self.denominator = str(char_format.property(DENOMINATOR) or "")
        em = self.metrics.height()
        self.padding = 2 * SIDE_PADDING_EM * em
        self.gap = GAP_EM * em
        self.bar = max(1.0, self.metrics.lineWidth())
        self.row = self.metrics.ascent() + self.metrics.descent() / 2
        widest = max(
            self.metrics.horizontalAdvance(self.numerator),
            self.metrics.horizontalAdvance(self.denominator),
        )
        self.width = widest + self.padding
        self.height = 2 * self.row + 2 * self.gap + self.bar
