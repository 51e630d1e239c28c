"""The lesson screen: Markdown with tables, local pictures and stacked fractions; nothing remote."""

from __future__ import annotations

import re
import socket
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextCursor, QTextDocument, QTextTable
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import CONTENT_PACKS
from tests.ui.sound import write_tone
from tutor.ui import read_aloud
from tutor.ui.lesson_markup import (
    DENOMINATOR,
    FRACTION_OBJECT,
    NUMERATOR,
    OBJECT_CHARACTER,
    Fraction,
    FractionRenderer,
    Superscript,
    Text,
    lesson_body,
    parse_maths,
    reading_text,
)
from tutor.ui.lesson_view import LessonView
from tutor.ui.text_scale import apply_text_scale

BUNDLED_LESSONS = sorted(CONTENT_PACKS.glob("*/lessons/*.md"))
ORANGE = QColor(255, 165, 0)


def no_media(_path: str) -> Path | None:
    return None


@pytest.fixture
def view(qtbot: QtBot, qapp: QApplication) -> Iterator[LessonView]:
    widget = LessonView()
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    apply_text_scale(qapp, 100)


@pytest.fixture
def picture(tmp_path: Path) -> Path:
    path = tmp_path / "media" / "oranges.png"
    path.parent.mkdir()
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(ORANGE)
    assert image.save(str(path))
    return path


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the lesson view tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def fractions_in(document: QTextDocument) -> list[tuple[str, str]]:
    found = []
    text = document.toRawText()
    for position, character in enumerate(text):
        if character == OBJECT_CHARACTER:
            cursor = QTextCursor(document)
            cursor.setPosition(position + 1)
            char_format = cursor.charFormat()
            if char_format.objectType() == FRACTION_OBJECT:
                found.append((char_format.property(NUMERATOR), char_format.property(DENOMINATOR)))
    return found


def formats_at(document: QTextDocument, character: str) -> list[Any]:
    text = document.toRawText()
    formats = []
    for position in (i for i, c in enumerate(text) if c == character):
        cursor = QTextCursor(document)
        cursor.setPosition(position + 1)
        formats.append(cursor.charFormat())
    return formats


def scale_text(qapp: QApplication, qtbot: QtBot, view: LessonView, percent: int) -> None:
    """Set the text size as the app does, and wait for the new font to reach the lesson."""
    apply_text_scale(qapp, percent)
    wanted = qapp.font().pointSizeF()
    qtbot.waitUntil(lambda: view.browser.document().defaultFont().pointSizeF() == wanted)


def has_colour(view: LessonView, colour: QColor) -> bool:
    image = view.browser.viewport().grab().toImage()
    step = 4
    return any(
        image.pixelColor(x, y) == colour
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    )


# Reading the maths in lesson text.


def test_fractions_in_prose_and_between_dollar_signs_are_stacked() -> None:
    assert parse_maths("1/4 + 2/4 = 3/4") == [
        Fraction("1", "4"),
        Text(" + "),
        Fraction("2", "4"),
        Text(" = "),
        Fraction("3", "4"),
    ]
    assert parse_maths("He has $(a+b)/2$.") == [
        Text("He has "),
        Fraction("a+b", "2"),
        Text("."),
    ]
    assert parse_maths("$x^2/4$") == [Fraction("x²", "4")]


def test_a_mixed_number_keeps_its_whole_part_beside_the_fraction() -> None:
    assert parse_maths("so 1 3/4.") == [Text("so 1\u00a0"), Fraction("3", "4"), Text(".")]


def test_exponents_are_raised() -> None:
    assert parse_maths("x^2 and 10^-3 and 2^{n+1}") == [
        Text("x"),
        Superscript("2"),
        Text(" and 10"),
        Superscript("−3"),
        Text(" and 2"),
        Superscript("n+1"),
    ]


@pytest.mark.parametrize(
    "text",
    ["on 12/05/2024", "1.5/2 metres", "a3/4", "km/h", "$5 and $10", "3 / 4", "and/or"],
)
def test_text_that_is_not_a_fraction_is_left_alone(text: str) -> None:
    assert parse_maths(text) == [Text(text)]


def test_lesson_body_drops_the_header_and_a_heading_that_repeats_the_title() -> None:
    source = '+++\nskill = "s"\ntitle = "Halves"\n+++\n# Halves\n\nA half is 1/2.\n'
    assert lesson_body(source, "Halves").strip() == "A half is 1/2."
    assert lesson_body("# Other\n\nText", "Halves").startswith("# Other")


# The rendered lesson.


def test_a_table_renders_as_a_table(view: LessonView) -> None:
    markdown = "| Parts | Name |\n|---|---|\n| 2 | a **half** |\n| 4 | a quarter |\n"
    view.show_lesson("Names", markdown, no_media)
    document = view.browser.document()
    [table] = [
        frame for frame in document.rootFrame().childFrames() if isinstance(frame, QTextTable)
    ]
    assert (table.rows(), table.columns()) == (3, 2)
    assert table.cellAt(0, 1).firstCursorPosition().block().text() == "Name"
    half = table.cellAt(1, 1).firstCursorPosition()
    half.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    assert half.selectedText() == "a half"
    assert table.format().border() > 0
    assert "|" not in document.toPlainText()
    assert "**" not in document.toPlainText()


def test_a_fraction_is_stacked_not_raw_markup(
    view: LessonView, qapp: QApplication, qtbot: QtBot
) -> None:
    view.show_lesson("Quarters", "Sam ate **3/4** of the loaf, not $1/2$.", no_media)
    document = view.browser.document()
    assert fractions_in(document) == [("3", "4"), ("1", "2")]
    plain = document.toPlainText()
    assert "3/4" not in plain and "$" not in plain and "**" not in plain
    three_quarters = formats_at(document, OBJECT_CHARACTER)[0]
    assert three_quarters.toolTip() == "3 over 4"
    assert three_quarters.font().bold()  # drawn in the surrounding (bold) text's font
    assert reading_text(document).strip() == "Sam ate 3/4 of the loaf, not 1/2."
    view.browser.selectAll()
    copied = view.browser.createMimeDataFromSelection().text()
    assert copied.strip() == "Sam ate 3/4 of the loaf, not 1/2."

    # Stacked: about two lines high, and it grows with the text size.
    renderer = document.findChild(FractionRenderer)
    assert renderer is not None
    line = view.browser.fontMetrics().height()
    position = document.toRawText().index(OBJECT_CHARACTER)
    size = renderer.intrinsicSize(document, position, three_quarters)
    assert size.height() > 1.5 * line
    scale_text(qapp, qtbot, view, 200)
    bigger = renderer.intrinsicSize(document, position, formats_at(document, OBJECT_CHARACTER)[0])
    assert bigger.height() > 1.6 * size.height()


def test_a_local_picture_is_shown_at_its_size(view: LessonView, picture: Path) -> None:
    asked: list[str] = []

    def media(path: str) -> Path | None:
        asked.append(path)
        return picture if path == "../media/oranges.png" else None

    view.show_lesson("Oranges", "Look:\n\n![Two oranges](../media/oranges.png)\n", media)
    document = view.browser.document()
    assert asked == ["../media/oranges.png"]
    [(url, path)] = view.rendered.images.items()
    assert path == picture
    resource = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(url))
    assert isinstance(resource, QImage)
    assert (resource.width(), resource.height()) == (120, 80)
    [image_format] = formats_at(document, OBJECT_CHARACTER)
    assert image_format.isImageFormat()
    assert image_format.toImageFormat().name() == url
    assert image_format.toolTip() == "Two oranges"
    assert has_colour(view, ORANGE)


@pytest.mark.usefixtures("no_network")
@pytest.mark.parametrize(
    "reference",
    [
        "https://example.com/oranges.png",
        "http://example.com/oranges.png",
        "//example.com/oranges.png",
        "ftp://example.com/oranges.png",
        "data:image/png;base64,iVBORw0KGgo=",
        "file:///etc/hostname",
    ],
)
def test_a_remote_picture_is_never_fetched(view: LessonView, picture: Path, reference: str) -> None:
    asked: list[str] = []

    def media(path: str) -> Path | None:
        asked.append(path)
        return picture

    view.show_lesson("Oranges", f"Look:\n\n![Two oranges]({reference})\n", media)
    document = view.browser.document()
    assert asked == []  # the resolver is not even asked about a URL
    assert view.rendered.refused == [reference]
    assert view.rendered.images == {}
    assert "[Picture not shown: Two oranges]" in document.toPlainText()
    assert not has_colour(view, ORANGE)
    # Asking the browser directly loads nothing either.
    for kind in QTextDocument.ResourceType:
        assert not document.resource(kind, QUrl(reference))
    assert not view.browser.loadResource(2, QUrl("https://example.com/oranges.png"))


def test_a_picture_the_pack_does_not_hold_shows_a_placeholder(view: LessonView) -> None:
    markdown = "![](../media/missing.png) and ![A map](https://example.com/map.png)"
    view.show_lesson("Oranges", markdown, no_media)
    assert view.rendered.refused == ["../media/missing.png", "https://example.com/map.png"]
    plain = view.browser.document().toPlainText()
    assert "[Picture not shown] and [Picture not shown: A map]" in plain


def test_a_picture_without_a_description_is_shown(view: LessonView, picture: Path) -> None:
    markdown = "![](media/oranges.png)\n\n`![](media/oranges.png)`\n\n```\n![](x.png)\n```\n"
    view.show_lesson("Oranges", markdown, lambda path: picture)
    assert list(view.rendered.images.values()) == [picture]
    assert has_colour(view, ORANGE)
    plain = view.browser.document().toPlainText()
    assert "`" not in plain
    assert plain.count("![](") == 2  # code shows the Markdown as written


def test_links_are_not_followed(view: LessonView, qtbot: QtBot) -> None:
    view.show_lesson("Links", "See [the fractions site](https://example.com/1/2).", no_media)
    assert view.browser.openLinks() is False
    assert view.browser.openExternalLinks() is False
    view.browser.anchorClicked.emit(QUrl("https://example.com/1/2"))
    assert view.browser.source().isEmpty()
    assert fractions_in(view.browser.document()) == []  # a link's text is never rewritten


def test_code_is_shown_as_written(view: LessonView) -> None:
    view.show_lesson("Code", "`0 |----| 1/4` and `x^2`", no_media)
    assert "0 |----| 1/4" in view.browser.document().toPlainText()
    assert "x^2" in view.browser.document().toPlainText()


# Keyboard, buttons, accessibility.


def test_continue_emits_finished_by_click(view: LessonView, qtbot: QtBot) -> None:
    view.show_lesson("Halves", "A half.", no_media)
    with qtbot.waitSignal(view.finished, timeout=1000):
        qtbot.mouseClick(view.continue_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier),
    ],
)
def test_continue_emits_finished_by_keyboard(
    view: LessonView, qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier
) -> None:
    view.show_lesson("Halves", "A half.", no_media)
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(lambda: view.browser.hasFocus())
    with qtbot.waitSignal(view.finished, timeout=1000):
        qtbot.keyClick(view.browser, key, modifier)


def test_the_text_scrolls_with_the_keyboard_and_tab_reaches_continue(
    view: LessonView, qtbot: QtBot
) -> None:
    markdown = "\n\n".join(f"Paragraph {number}: one half is 1/2." for number in range(80))
    view.show_lesson("Long", markdown, no_media)
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(lambda: view.browser.hasFocus())
    bar = view.browser.verticalScrollBar()
    assert bar.value() == 0 and bar.maximum() > 0
    qtbot.keyClick(view.browser, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    qtbot.keyClick(view.browser, Qt.Key.Key_Tab)
    assert view.continue_button.hasFocus()


def test_widgets_have_accessible_names(view: LessonView) -> None:
    view.show_lesson("What is a half?", "A half.", no_media)
    assert view.title.accessibleName() == "What is a half?"
    assert view.browser.accessibleName()
    assert view.continue_button.accessibleName()
    assert view.read_aloud.button.accessibleName()
    assert view.browser.isReadOnly()
    assert view.browser.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_the_title_is_not_repeated_in_the_text(view: LessonView) -> None:
    view.show_lesson("Halves", "# Halves\n\nA half is one of 2 equal parts.", no_media)
    assert "Halves" in view.title.text()
    assert "Halves" not in view.browser.document().toPlainText()


# Reading aloud (the player itself: tests/ui/test_read_aloud.py).


def test_a_lesson_with_a_recording_offers_read_aloud_and_continue_stops_it(
    view: LessonView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    monkeypatch.setattr(read_aloud, "has_sound_output", lambda _module: True)
    recording = write_tone(tmp_path / "halves.wav", seconds=5.0)
    view.show_lesson("Halves", "A half.", no_media, audio=recording)
    assert view.read_aloud.button.isVisible()
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(lambda: view.browser.hasFocus())
    qtbot.keyClick(view.browser, Qt.Key.Key_Tab)  # the text, then Read aloud, then Continue
    assert view.read_aloud.button.hasFocus()
    qtbot.keyClick(view.read_aloud.button, Qt.Key.Key_Space)
    assert view.read_aloud.is_playing()
    with qtbot.waitSignal(view.finished, timeout=1000):
        qtbot.mouseClick(view.continue_button, Qt.MouseButton.LeftButton)
    assert not view.read_aloud.is_playing()


def test_without_a_recording_there_is_no_read_aloud(view: LessonView) -> None:
    view.show_lesson("Halves", "A half.", no_media)
    assert view.read_aloud.isHidden()


# Text size and screen sizes.


@pytest.mark.parametrize("scale", [100, 150, 200])
@pytest.mark.parametrize("screen", [(1280, 720), (1366, 768)])
def test_the_text_reflows_at_every_text_size(
    view: LessonView, qapp: QApplication, qtbot: QtBot, scale: int, screen: tuple[int, int]
) -> None:
    scale_text(qapp, qtbot, view, scale)
    view.resize(*screen)
    lesson = CONTENT_PACKS / "science" / "lessons" / "is-it-alive.md"
    fractions = CONTENT_PACKS / "fractions" / "lessons" / "mixed-numbers.md"
    for path in (lesson, fractions):
        view.show_lesson(lesson_title(path), path.read_text(encoding="utf-8"), no_media)
        qtbot.wait(10)
        assert view.width() <= screen[0]
        assert view.browser.horizontalScrollBar().maximum() == 0, path.name
        assert view.continue_button.isVisible()
        assert view.continue_button.geometry().bottom() <= view.height()
    body = view.browser.document().defaultFont().pointSizeF()
    assert body == pytest.approx(qapp.font().pointSizeF())


def test_changing_the_text_size_reflows_a_shown_lesson(
    view: LessonView, qapp: QApplication, qtbot: QtBot
) -> None:
    path = CONTENT_PACKS / "fractions" / "lessons" / "equal-parts.md"
    view.show_lesson(lesson_title(path), path.read_text(encoding="utf-8"), no_media)
    height = view.browser.document().size().height()
    scale_text(qapp, qtbot, view, 200)
    assert view.browser.document().size().height() > 1.5 * height
    assert view.browser.horizontalScrollBar().maximum() == 0


# Every bundled lesson.


def lesson_title(path: Path) -> str:
    header = path.read_text(encoding="utf-8").split("+++")[1]
    return str(tomllib.loads(header)["title"])


def prose_text(document: QTextDocument) -> str:
    """The document's text outside code (which shows markup as written, on purpose)."""
    parts = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if not fragment.charFormat().fontFixedPitch():
                parts.append(fragment.text())
            iterator += 1
        parts.append("\n")
        block = block.next()
    return "".join(parts)


@pytest.mark.usefixtures("no_network")
@pytest.mark.parametrize("path", BUNDLED_LESSONS, ids=lambda path: f"{path.parts[-3]}/{path.stem}")
def test_every_bundled_lesson_renders_without_raw_markup(view: LessonView, path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    view.show_lesson(lesson_title(path), source, no_media)
    document = view.browser.document()
    text = prose_text(document)
    assert text.strip()
    leftover = re.search(r"\*\*|__|\$|\^|\+\+\+|\]\(|^#+ |^\||^[-*] ", text, re.MULTILINE)
    assert leftover is None, (path.name, leftover)
    assert not re.search(r"\d/\d", text), path.name
    assert view.rendered.refused == []
    expected = len(re.findall(r"(?<![\w/.,])\d+/\d+(?![\w/])", source))
    assert len(fractions_in(document)) == expected == view.rendered.fractions
    assert document.toPlainText().count(OBJECT_CHARACTER) == expected
    assert view.browser.horizontalScrollBar().maximum() == 0
    assert view.browser.refused == []


def test_the_fraction_object_is_registered_once(view: LessonView) -> None:
    for _ in range(3):
        view.show_lesson("Halves", "1/2", no_media)
    assert len(view.browser.document().findChildren(FractionRenderer)) == 1
    assert fractions_in(view.browser.document()) == [("1", "2")]
