"""The period chooser: this or last month, quarter or year, all time, or two
days picked in a calendar. Days are the rep's own (local midnight)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from salesdesk.core.metrics import period as periods
from salesdesk.core.metrics.period import Period
from salesdesk.ui.formatting import follow_calendar, qdate_to_date

CHOICES = ("month", "last-month", "quarter", "last-quarter", "year", "last-year", "all", "custom")


class PeriodBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Period:"))
        self.combo = QComboBox()
        self.combo.setObjectName("period")
        label.setBuddy(self.combo)
        names = {
            "month": self.tr("This month"),
            "last-month": self.tr("Last month"),
            "quarter": self.tr("This quarter"),
            "last-quarter": self.tr("Last quarter"),
            "year": self.tr("This year"),
            "last-year": self.tr("Last year"),
            "all": self.tr("All time"),
            "custom": self.tr("Custom…"),
        }
        for key in CHOICES:
            self.combo.addItem(names[key], key)
        today = QDate.currentDate()
        self.first = QDateEdit(today.addDays(1 - today.day()))
        self.last = QDateEdit(today)
        for edit, name in ((self.first, "periodFirst"), (self.last, "periodLast")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            follow_calendar(edit)
            edit.setMinimumDate(QDate(1900, 1, 1))
            edit.setMaximumDate(QDate(2200, 12, 31))
            edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.dash = QLabel("–")
        for w in (label, self.combo, self.first, self.dash, self.last):
            layout.addWidget(w)
        self.combo.currentIndexChanged.connect(self._chosen)
        self._chosen()

    def key(self) -> str:
        return str(self.combo.currentData())

    def set_key(self, key: str) -> None:
        index = self.combo.findData(key)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def _chosen(self) -> None:
        custom = self.key() == "custom"
        for w in (self.first, self.dash, self.last):
            w.setVisible(custom)
        self.changed.emit()

    def period(self, today: date | None = None) -> Period:
        """The chosen period; ValidationError for custom days that end before they start."""
        day = today or date.today()
        key, zone = self.key(), periods.LOCAL
        if key == "custom":
            first, last = qdate_to_date(self.first.date()), qdate_to_date(self.last.date())
            return periods.custom(first, last, zone)
        chosen = periods.parse(key.removeprefix("last-"), day, zone)  # month, quarter, ...
        return periods.previous(chosen) if key.startswith("last-") else chosen
