"""The French translation is complete and faithful, and the language can change while Tutor runs.

The checks of tutor_fr.ts read the source file; the language switch loads .qm files compiled from
the committed sources into a temporary folder, so the tests never depend on a stale build.
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ElementTree
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.pseudo import OPEN, pseudo_translator, qt_tool
from tutor.ui import i18n
from tutor.ui.i18n import TRANSLATIONS_DIR, remove_translators, switch_language

TEMPLATE = TRANSLATIONS_DIR / "tutor_en.ts"
FRENCH = TRANSLATIONS_DIR / "tutor_fr.ts"

# Real messages of the template, with the French the learner sees.
KNOWN = {
    ("LearnerHome", "&Continue"): "&Continuer",
    ("LearnerHome", "&Not me"): "Ce n'est &pas moi",
    ("ActivityScreen", "&Check my answer"): "&Vérifier ma réponse",
    ("ProfilePicker", "Pick your name to start."): "Choisis ton nom pour commencer.",
}

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d+|%n")
TAG = re.compile(r"</?[A-Za-z][^<>]*>")
ENTITY = re.compile(r"&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]  # one, or the numerus forms
    unfinished: bool

    @property
    def where(self) -> str:
        return f"{self.context}: {self.source!r}"


def messages(ts_file: Path) -> list[Message]:
    found = []
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = translation.findall("numerusform")
            texts = [form.text or "" for form in forms] if forms else [translation.text or ""]
            found.append(
                Message(
                    context=context.findtext("name") or "",
                    source=message.findtext("source") or "",
                    translations=tuple(texts),
                    unfinished=translation.get("type") is not None,  # unfinished, obsolete…
                )
            )
    return found


def accelerators(text: str) -> list[str]:
    """The characters marked with & (&& is a literal ampersand, &amp; an entity)."""
    return re.findall(r"&(.)", ENTITY.sub("", text).replace("&&", ""))


def signature(text: str) -> tuple[Counter[str], list[str], Counter[str], int, int]:
    """What a translation must keep from its source."""
    return (
        Counter(PLACEHOLDER.findall(text)),
        TAG.findall(text),
        Counter(ENTITY.findall(text)),
        len(accelerators(text)),
        text.count("\n"),
    )


def test_the_french_translation_has_every_message_of_the_template() -> None:
    template = {(m.context, m.source) for m in messages(TEMPLATE)}
    french = {(m.context, m.source) for m in messages(FRENCH)}
    assert french == template, (
        "run `make update-translations` and translate the new messages in tutor_fr.ts: "
        f"missing {sorted(template - french)[:5]}, stale {sorted(french - template)[:5]}"
    )


def test_every_french_message_is_translated() -> None:
    untranslated = [
        m.where
        for m in messages(FRENCH)
        if m.unfinished or not all(text.strip() for text in m.translations)
    ]
    assert untranslated == []


def test_french_keeps_placeholders_tags_entities_and_one_accelerator() -> None:
    wrong = []
    for message in messages(FRENCH):
        for text in message.translations:
            if signature(text) != signature(message.source):
                wrong.append(f"{message.where} → {text!r}")
            if any(not mark.strip() for mark in accelerators(text)):
                wrong.append(f"{message.where} → {text!r}: & before a space")
    assert wrong == []


def test_plural_messages_have_every_french_form() -> None:
    for message in messages(FRENCH):
        if "%n" in message.source:
            assert len(message.translations) == 2, message.where  # French: one, many
            assert all("%n" in text for text in message.translations), message.where


def compile_ts(ts_file: Path, folder: Path) -> tuple[Path, str]:
    compiled = folder / ts_file.with_suffix(".qm").name
    result = subprocess.run(
        [qt_tool("lrelease"), str(ts_file), "-qm", str(compiled)],
        check=True,
        capture_output=True,
        text=True,
    )
    return compiled, result.stdout + result.stderr


def test_the_french_translation_compiles(tmp_path: Path) -> None:
    compiled, report = compile_ts(FRENCH, tmp_path)
    count = len(messages(FRENCH))
    assert f"Generated {count} translation(s) ({count} finished and 0 unfinished)" in report
    assert "warning" not in report.lower() and "error" not in report.lower(), report
    assert QTranslator().load(str(compiled))


@pytest.fixture
def app(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[QApplication]:
    """The application with Tutor's translations compiled afresh; afterwards as it was."""
    for ts_file in TRANSLATIONS_DIR.glob("tutor_*.ts"):
        compile_ts(ts_file, tmp_path)
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)
    yield qapp
    remove_translators(qapp)
    qapp.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)


def translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def test_switching_to_french_and_back_to_english(app: QApplication) -> None:
    translators = switch_language(app, "fr")
    assert len(translators) == 3  # English plural forms beneath, Qt's own and Tutor's
    for (context, source), french in KNOWN.items():
        assert translate(context, source) == french
    assert translate("LessonView", "&Continue") == "&Continuer"

    switch_language(app, "en")
    for context, source in KNOWN:
        assert translate(context, source) == source


def count(context: str, source: str, n: int) -> str:
    return QCoreApplication.translate(context, source, "", n)


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("en", "1 answer", "2 answers"),
        ("C", "1 answer", "2 answers"),  # a laptop with no locale set still says it right
        ("fr", "1 réponse", "2 réponses"),
        ("sw", "1 answer", "2 answers"),  # no Swahili yet: English, with English plurals
    ],
)
def test_counts_take_the_singular_or_plural_of_the_language(
    app: QApplication, language: str, one: str, two: str
) -> None:
    switch_language(app, language)
    assert count("DaysChart", "%n answer(s)", 1) == one
    assert count("DaysChart", "%n answer(s)", 2) == two


def test_french_says_zero_in_the_singular(app: QApplication) -> None:
    switch_language(app, "fr")
    assert count("LearnerHome", "%n-day streak", 0) == "0 jour de suite"
    assert count("LearnerHome", "%n-day streak", 3) == "3 jours de suite"
    switch_language(app, "en")
    assert count("ClassesTab", "%n learner(s) archived; their answers are kept.", 1) == (
        "1 learner archived; their answers are kept."
    )


def test_a_region_variant_finds_the_french_translation(app: QApplication) -> None:
    switch_language(app, "fr_CA")
    assert translate("LearnerHome", "&Not me") == "Ce n'est &pas moi"


def test_switching_replaces_the_translators_instead_of_piling_them_up(
    app: QApplication,
) -> None:
    for language in ("fr", "en", "fr", "fr", None, "fr"):
        switch_language(app, language)
    ours = [t for t in app.findChildren(QTranslator) if t.objectName().startswith("tutor.i18n")]
    assert len(ours) == 3
    assert translate("LearnerHome", "&Not me") == "Ce n'est &pas moi"


def test_switching_leaves_other_translators_alone(app: QApplication, tmp_path: Path) -> None:
    pseudo = pseudo_translator(TEMPLATE, tmp_path)
    app.installTranslator(pseudo)
    try:
        switch_language(app, "fr")
        assert translate("LearnerHome", "&Not me") == "Ce n'est &pas moi"  # latest wins
        switch_language(app, "en")  # English has no translations: the pseudo one answers
        assert translate("LearnerHome", "&Not me").startswith(OPEN)
    finally:
        app.removeTranslator(pseudo)


class LanguageProbe(QWidget):
    """Records what a widget would retranslate to when told that the language changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seen: list[str] = []

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.seen.append(translate("LearnerHome", "&Not me"))
        super().changeEvent(event)


def test_widgets_are_told_once_that_the_language_changed(app: QApplication, qtbot: QtBot) -> None:
    window = LanguageProbe()
    child = LanguageProbe(window)
    qtbot.addWidget(window)
    window.show()
    switch_language(app, "fr")
    qtbot.waitUntil(lambda: bool(child.seen))
    app.processEvents()
    assert window.seen == child.seen == ["Ce n'est &pas moi"]

    switch_language(app, "en")
    qtbot.waitUntil(lambda: len(child.seen) == 2)
    assert window.seen[-1] == child.seen[-1] == "&Not me"


def test_a_right_to_left_language_turns_the_layout_around(app: QApplication, qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    switch_language(app, "ar")
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert translate("LearnerHome", "&Not me") == "&Not me"  # no Arabic yet: English

    switch_language(app, "en")
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert widget.layoutDirection() == Qt.LayoutDirection.LeftToRight

    switch_language(app, "fr")
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
