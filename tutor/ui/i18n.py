"""Qt translation set-up. Every user-visible string goes through tr() / translate().

Translations live in tutor/ui/translations/tutor_<language>.ts (sources, committed) and are
compiled to .qm by `make translations`. `make update-translations` re-extracts the strings.

`install_translators` loads a language once at start-up; `switch_language` changes it while the
app runs (each learner can have their own language).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).parent / "translations"
SOURCE_LANGUAGE = "en"

# The object names that mark the translators this module installed, so that switch_language
# removes exactly these (never a translator somebody else installed, such as a test's).
_QT_TRANSLATOR = "tutor.i18n.qtbase"
_TUTOR_TRANSLATOR = "tutor.i18n.tutor"
_PLURALS_TRANSLATOR = "tutor.i18n.english-plurals"
_OURS = (_QT_TRANSLATOR, _TUTOR_TRANSLATOR, _PLURALS_TRANSLATOR)


def _locale(language: str | None) -> QLocale:
    return QLocale(language) if language else QLocale.system()


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Load Qt's own and Tutor's translations for `language` (default: the system's).

    Returns the installed translators; the caller keeps them alive as long as the app runs.
    Missing translations fall back to the source text (English) and are logged, not fatal.
    Translators already installed stay installed (use switch_language to replace them).
    """
    locale = _locale(language)
    installed: list[QTranslator] = []
    # English first, so asked last: the singular and plural of every count ("1 answer",
    # "2 answers") whatever the language, and whenever a translation lacks a string.
    plurals = QTranslator(app)
    if plurals.load(str(TRANSLATIONS_DIR / f"tutor_{SOURCE_LANGUAGE}.qm")):
        plurals.setObjectName(_PLURALS_TRANSLATOR)
        app.installTranslator(plurals)
        installed.append(plurals)
    else:
        plurals.deleteLater()
        log.warning("No compiled English strings in %s (run make translations)", TRANSLATIONS_DIR)
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(locale, "qtbase", "_", qt_dir):
        qt_translator.setObjectName(_QT_TRANSLATOR)
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    else:
        qt_translator.deleteLater()
    tutor_translator = QTranslator(app)
    if locale.language() == QLocale.Language.English:
        tutor_translator.deleteLater()  # the English strings are installed already, above
    elif tutor_translator.load(locale, "tutor", "_", str(TRANSLATIONS_DIR)):
        tutor_translator.setObjectName(_TUTOR_TRANSLATOR)
        app.installTranslator(tutor_translator)
        installed.append(tutor_translator)
    else:
        tutor_translator.deleteLater()
        if locale.name().split("_")[0] != SOURCE_LANGUAGE:
            log.info("No Tutor translation for %s; showing English", locale.name())
    return installed


def switch_language(app: QGuiApplication, language: str | None) -> list[QTranslator]:
    """Show the whole UI in `language` from now on, e.g. when a learner with their own language
    signs in. `language` is a QLocale name ("fr", "fr_FR", "ar"); None means the laptop's default
    (the system locale), as at start-up.

    Guarantees, once it returns:
    - The translators that install_translators or an earlier switch_language installed (Qt's
      own and Tutor's) are removed from `app` and scheduled for deletion (remove_translators):
      do not use translators returned earlier. Translators anyone else installed stay, and
      Tutor's new ones take precedence over them (Qt asks the latest installed first).
    - Qt's and Tutor's translators for `language` are installed, and returned as with
      install_translators (parented to `app`, so they live as long as it does). A language
      without a Tutor translation shows the English source text; this is logged, not an error.
    - tr() and QCoreApplication.translate() answer in the new language right away.
    - QEvent.LanguageChange: `app` has received it (synchronously, once per translator removed
      or installed). Qt posts it to every top-level window and compresses the copies, so each
      widget gets it (changeEvent) once, the next time the event loop runs; tr() then answers
      in the new language. Widgets that set their text once in __init__ must retranslate there
      to show the new language.
    - QLocale() (the default locale) is `language`'s, so dates and numbers formatted with it
      read as that language writes them.
    - The layout direction is set explicitly: Qt.RightToLeft when the language is written right
      to left (QLocale(language).textDirection(), e.g. Arabic, Hebrew, Persian, Urdu), otherwise
      Qt.LeftToRight. Existing widgets that did not set their own direction follow at once
      (QEvent.LayoutDirectionChange, synchronously), and new widgets start with it.
    - Calling it again, with the same language or another, leaves exactly one Qt translator, one
      Tutor translator and the English plural forms of this module installed (fewer when a
      language has none).
    """
    remove_translators(app)
    translators = install_translators(app, language)
    QLocale.setDefault(_locale(language))  # dates and numbers in QLocale() follow the language
    app.setLayoutDirection(_locale(language).textDirection())
    return translators


def remove_translators(app: QCoreApplication) -> None:
    """Remove the translators install_translators and switch_language installed (each sends
    QEvent.LanguageChange) and schedule them for deletion; others' translators stay."""
    for translator in app.findChildren(QTranslator):
        if translator.objectName() in _OURS:
            app.removeTranslator(translator)
            translator.setObjectName("")
            translator.deleteLater()


def available_languages() -> list[str]:
    """The languages Tutor can show: English (the source) and every compiled tutor_<xx>.qm."""
    compiled = {path.stem.removeprefix("tutor_") for path in TRANSLATIONS_DIR.glob("tutor_*.qm")}
    return sorted(compiled | {SOURCE_LANGUAGE})
