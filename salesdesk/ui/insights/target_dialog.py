"""The monthly forecast target, one per currency: typed in the rep's own number
format; an empty amount removes the target."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core import money
from salesdesk.core.errors import SalesDeskError
from salesdesk.core.metrics.history import read_targets
from salesdesk.ui.formatting import delocalize_amount, format_amount
from salesdesk.ui.messages import tr_error
from salesdesk.ui.store import Store


class TargetDialog(QDialog):
    def __init__(self, store: Store, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Monthly target"))
        self.targets = self._read()
        self.currency = QComboBox()
        self.currency.setObjectName("targetCurrency")
        self.currency.setEditable(True)
        self.currency.addItems(sorted({currency, *self.targets, *money.known_currencies()}))
        self.currency.setCurrentText(currency)
        self.amount = QLineEdit()
        self.amount.setObjectName("targetAmount")
        self.amount.setPlaceholderText(self.tr("no target"))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Currency:"), self.currency)
        form.addRow(self.tr("&Amount a month:"), self.amount)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("The weighted forecast is set against this target each month."))
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.currency.currentTextChanged.connect(self._show_current)
        self._show_current()
        self.amount.setFocus()

    def _read(self) -> dict[str, int]:
        with self.store.db.sql() as conn:
            return read_targets(conn)

    def _show_current(self) -> None:
        code = self.currency.currentText().strip().upper()
        minor = self.targets.get(code)
        if minor is None:
            self.amount.clear()
            return
        text = format_amount(minor, code)
        self.amount.setText(text)
        self.amount.selectAll()

    def save(self) -> None:
        code = self.currency.currentText().strip().upper()
        typed = self.amount.text().strip()
        try:
            minor = money.parse_amount(delocalize_amount(QLocale(), typed), code) if typed else None
            self.store.set_forecast_target(code, minor)
        except SalesDeskError as exc:
            self.error.setText(tr_error(exc))
            self.error.show()
            return
        self.accept()
