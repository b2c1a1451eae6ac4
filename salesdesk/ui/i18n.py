"""Languages: our own translations plus Qt's qtbase_<lang>.qm, so standard dialogs
speak the rep's language and Persian and Arabic turn the layout right-to-left."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from salesdesk.paths import resources_dir

RTL_LANGUAGES = {"fa", "ar", "he", "ur"}


def choose_language(requested: str | None) -> str:
    """The requested language, else the system's; the bare "C" locale (no LANG
    set) means English with grouping, not raw digits."""
    name = requested or QLocale.system().name()
    return "en_US" if name in ("C", "", "POSIX") else name


def install(app: QApplication, language: str) -> list[QTranslator]:
    """Loads translators for `language`; returns them (they must stay referenced)."""
    QLocale.setDefault(QLocale(language))
    loaded: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = str(resources_dir() / "translations")
    for name, folder in (("qtbase", qt_dir), ("salesdesk", ours)):
        translator = QTranslator(app)
        if translator.load(QLocale(language), name, "_", folder):
            app.installTranslator(translator)
            loaded.append(translator)
    base = language.split("_")[0]
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if base in RTL_LANGUAGES else Qt.LayoutDirection.LeftToRight
    )
    return loaded
