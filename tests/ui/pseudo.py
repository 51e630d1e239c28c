"""Pseudo-translations for tests: every string of a .ts template translated as ⟦source⟧, so a
test can tell text that went through Qt's translation machinery from text that did not."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from PySide6.QtCore import QTranslator

OPEN, CLOSE = "⟦", "⟧"


def qt_tool(name: str) -> str:
    return str(Path(sys.executable).parent / f"pyside6-{name}")


def extract_template(sources: list[str], template: Path) -> Path:
    """Run lupdate over the sources into a fresh template."""
    subprocess.run(
        [qt_tool("lupdate"), "-locations", "none", *sources, "-ts", str(template)],
        check=True,
        capture_output=True,
    )
    return template


def pseudo_translator(template: Path, folder: Path) -> QTranslator:
    """A loaded translator that renders every message of `template` as ⟦source⟧."""
    tree = ElementTree.parse(template)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        text = f"{OPEN}{message.findtext('source')}{CLOSE}"
        forms = translation.findall("numerusform")
        if forms:  # a count: every form of it
            for form in forms:
                form.text = text
        else:
            translation.text = text
    source = folder / "pseudo_xx.ts"
    tree.write(source, encoding="utf-8", xml_declaration=True)
    compiled = folder / "pseudo_xx.qm"
    subprocess.run(
        [qt_tool("lrelease"), "-silent", str(source), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    translator = QTranslator()
    assert translator.load(str(compiled))
    return translator
