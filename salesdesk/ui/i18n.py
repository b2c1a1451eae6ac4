"""Languages: our own translations plus Qt's qtbase_<lang>.qm, so standard dialogs
speak the rep's language and Persian and Arabic turn the layout right-to-left."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from salesdesk.paths import resources_dir

log = logging.getLogger(__name__)
RTL_LANGUAGES = {"fa", "ar", "he", "ur"}
LANGUAGES = ("en", "fa", "ar", "zh_CN", "fi")  # English is the source; the rest are .ts files
# Each language in its own script, so a rep can find theirs whatever is shown.
_NAMES = {"en": "English", "fa": "فارسی", "ar": "العربية", "zh_CN": "简体中文", "fi": "Suomi"}


def language_name(code: str) -> str:
    """'fa_IR' -> 'فارسی'; a language we do not ship is named by Qt."""
    if code in _NAMES:
        return _NAMES[code]
    base = code.split("_")[0]
    return _NAMES.get(base) or QLocale(code).nativeLanguageName() or code


def choose_language(requested: str | None) -> str:
    """The requested language, else the system's; the bare "C" locale (no LANG
    set) means English with grouping, not raw digits."""
    name = (requested or QLocale.system().name()).replace("-", "_")  # fa-IR is fa_IR
    return "en_US" if name in ("C", "", "POSIX") else name


_installed: list[QTranslator] = []  # referenced here: a collected translator stops working


def install(app: QApplication, language: str) -> list[QTranslator]:
    """Loads translators for `language` in place of any installed before; a
    language SalesDesk does not ship gets English with its plural forms."""
    for old in _installed:
        app.removeTranslator(old)
        old.deleteLater()
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = str(resources_dir() / "translations")
    for name, folder in (("qtbase", qt_dir), ("salesdesk", ours)):
        translator = QTranslator(app)
        if translator.load(QLocale(language), name, "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)
        elif name == "salesdesk" and translator.load("salesdesk_en", ours):
            # No translation for this language: English, with its plural forms.
            log.info("no SalesDesk translation for %s in %s: English it is", language, ours)
            app.installTranslator(translator)
            _installed.append(translator)
    base = language.split("_")[0]
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if base in RTL_LANGUAGES else Qt.LayoutDirection.LeftToRight
    )
    return list(_installed)
