"""Qt translation set-up. Every user-visible string goes through tr() / translate().

Translations live in tutor/ui/translations/tutor_<language>.ts (sources, committed) and are
compiled to .qm by `make translations`. `make update-translations` re-extracts the strings.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).parent / "translations"
SOURCE_LANGUAGE = "en"


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Load Qt's own and Tutor's translations for `language` (default: the system's).

    Returns the installed translators; the caller keeps them alive as long as the app runs.
    Missing translations fall back to the source text (English) and are logged, not fatal.
    """
    locale = QLocale(language) if language else QLocale.system()
    installed: list[QTranslator] = []
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    tutor_translator = QTranslator(app)
    if tutor_translator.load(locale, "tutor", "_", str(TRANSLATIONS_DIR)):
        app.installTranslator(tutor_translator)
        installed.append(tutor_translator)
    elif locale.name().split("_")[0] != SOURCE_LANGUAGE:
        log.info("No Tutor translation for %s; showing English", locale.name())
    return installed
