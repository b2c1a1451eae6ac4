"""Settings the rep chooses for the whole app: the language and the calendar.
Both are read once at start (translators and layout direction are installed
before any window exists), so a change applies at the next start."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from salesdesk.ui import formatting, i18n

LANGUAGE = "ui/language"  # "" follows the system
CALENDAR = "ui/calendar"  # "" is the language's usual calendar


@dataclass(frozen=True)
class Preferences:
    language: str  # "" = the system's
    calendar: str  # "" = the usual one for the language

    @classmethod
    def read(cls, settings: QSettings) -> Preferences:
        return cls(str(settings.value(LANGUAGE, "") or ""), str(settings.value(CALENDAR, "") or ""))

    def write(self, settings: QSettings) -> None:
        settings.setValue(LANGUAGE, self.language)
        settings.setValue(CALENDAR, self.calendar)
        settings.sync()

    def calendar_for(self, language: str) -> str:
        """The Solar Hijri calendar is what Persian-speaking reps use day to day."""
        if self.calendar in formatting.CALENDARS:
            return self.calendar
        return "jalali" if language.split("_")[0] == "fa" else "gregorian"


class PreferencesDialog(QDialog):
    """Edit ▸ Settings: language and calendar, applied at the next start."""

    def __init__(self, current: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        system = i18n.language_name(i18n.choose_language(None))
        self.language.addItem(self.tr("System language ({name})").format(name=system), "")
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        self.calendar = QComboBox()
        self.calendar.setObjectName("calendar")
        self.calendar.addItem(self.tr("The language's usual calendar"), "")
        self.calendar.addItem(self.tr("Gregorian"), "gregorian")
        self.calendar.addItem(self.tr("Solar Hijri (Jalali)"), "jalali")
        self.calendar.setCurrentIndex(max(0, self.calendar.findData(current.calendar)))

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Calendar:"), self.calendar)
        note = QLabel(self.tr("Changes apply the next time SalesDesk starts."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen(self) -> Preferences:
        return Preferences(
            str(self.language.currentData() or ""), str(self.calendar.currentData() or "")
        )
