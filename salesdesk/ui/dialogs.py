"""Small dialogs: the lost reason asked on a drop onto Lost, and the deal form
used for a new deal and for quick edits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core import money
from salesdesk.core.errors import ValidationError, translatable
from salesdesk.ui.formatting import delocalize_amount, follow_calendar, format_amount, qdate_to_date
from salesdesk.ui.messages import tr_error


class LostReasonDialog(QDialog):
    """A reason from the list, or typed freely; OK only once there is one."""

    def __init__(self, reasons: list[str], count: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark as lost"))
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(reasons)
        self.reason.setCurrentIndex(-1)
        if (line := self.reason.lineEdit()) is not None:
            line.setPlaceholderText(self.tr("Choose or type a reason"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.currentTextChanged.connect(self._update)
        prompt = QLabel(
            self.tr("Why was this deal lost?")
            if count == 1
            else self.tr("Why were these %Ln deals lost?", "", count)
        )
        prompt.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.chosen()))

    def chosen(self) -> str:
        return self.reason.currentText().strip()


@dataclass
class DealInput:
    title: str
    organization: str
    value_minor: int
    currency: str
    expected_close: date | None


class DealDialog(QDialog):
    """Title, organization, value, currency, expected close. Each bad value is
    explained beside its field and the dialog stays open."""

    def __init__(
        self,
        title: str,
        initial: DealInput | None = None,
        default_currency: str = "EUR",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.title = QLineEdit()
        self.organization = QLineEdit()
        self.value = QLineEdit()
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(money.known_currencies())
        self.currency.setCurrentText(default_currency)
        self._show_decimals(default_currency)
        self.currency.currentTextChanged.connect(self._show_decimals)
        self.has_close = QCheckBox(self.tr("Expected close:"))
        self.close_date = QDateEdit(QDate.currentDate().addMonths(1))
        self.close_date.setCalendarPopup(True)
        follow_calendar(self.close_date)
        self.close_date.setEnabled(False)
        self.has_close.toggled.connect(self.close_date.setEnabled)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #c62828")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Organization:"), self.organization)
        form.addRow(self.tr("&Value:"), self.value)
        form.addRow(self.tr("C&urrency:"), self.currency)
        form.addRow(self.has_close, self.close_date)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.result_input: DealInput | None = None
        if initial is not None:
            self.title.setText(initial.title)
            self.organization.setText(initial.organization)
            self.currency.setCurrentText(initial.currency)
            self.value.setText(str(money.Money(initial.value_minor, initial.currency).as_decimal()))
            if initial.expected_close:
                self.has_close.setChecked(True)
                d = initial.expected_close
                self.close_date.setDate(QDate(d.year, d.month, d.day))

    def _try_accept(self) -> None:
        try:
            self.result_input = self.read()
        except ValidationError as exc:
            self.error.setText(tr_error(exc))
            self.error.show()
            {"title": self.title, "value": self.value, "currency": self.currency}.get(
                exc.field, self.title
            ).setFocus()
            return
        self.accept()

    def _show_decimals(self, currency: str) -> None:
        """The placeholder shows the currency's decimals in the locale's digits: "۰٫۰۰"."""
        code = currency.strip().upper()
        known = code in money.known_currencies()
        self.value.setPlaceholderText(format_amount(0, code if known else "EUR"))

    def read(self) -> DealInput:
        title = self.title.text().strip()
        if not title:
            raise ValidationError(
                "title", translatable("The {label} cannot be empty."), label=translatable("title")
            )
        currency = money.normalize_currency(self.currency.currentText())
        text = self.value.text().strip() or "0"
        return DealInput(
            title=title,
            organization=self.organization.text().strip(),
            value_minor=money.parse_amount(delocalize_amount(self.locale(), text), currency),
            currency=currency,
            expected_close=qdate_to_date(self.close_date.date())
            if self.has_close.isChecked()
            else None,
        )


class ExpectedCloseDialog(QDialog):
    """One expected close date for several deals (the deals table), or none."""

    def __init__(self, count: int, start: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Expected close"))
        self.day = QDateEdit(
            QDate(start.year, start.month, start.day) if start else QDate.currentDate()
        )
        self.day.setCalendarPopup(True)
        follow_calendar(self.day)
        self.none = QCheckBox(self.tr("&No expected close date"))
        self.none.toggled.connect(lambda on: self.day.setEnabled(not on))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        prompt = QLabel(self.tr("Expected close for %Ln deal(s):", "", count))
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.day)
        layout.addWidget(self.none)
        layout.addWidget(buttons)

    def chosen(self) -> date | None:
        return None if self.none.isChecked() else qdate_to_date(self.day.date())
