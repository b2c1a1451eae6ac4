"""The deal's overview: every field saves as the rep leaves it (Enter, Tab or a
click elsewhere), each save one undoable step; a bad value is explained beside
its field and nothing is saved."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from salesdesk.core import money
from salesdesk.core.errors import SalesDeskError, ValidationError
from salesdesk.core.services.details import DealDetails
from salesdesk.ui.commands import EditCommand
from salesdesk.ui.formatting import (
    date_format,
    delocalize_amount,
    format_date,
    format_percent,
)
from salesdesk.ui.formatting import parse_local_date as parse_date
from salesdesk.ui.messages import tr_error
from salesdesk.ui.plain import isolate, quoted
from salesdesk.ui.store import Store
from salesdesk.ui.workspace.errors import FieldError

Mover = Callable[[int, int], bool]  # deal id, stage id -> moved


class OverviewTab(QWidget):
    statusRequested = Signal(int, str)  # deal id, "open" | "won" | "lost"

    def __init__(
        self, store: Store, undo: QUndoStack, move: Mover, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.undo, self.mover = store, undo, move
        self.details: DealDetails | None = None
        self._shown: dict[str, str] = {}  # what each text field showed when loaded

        self.title = QLineEdit()
        self.organization = QLineEdit()
        self.org_completer = QCompleter([], self.organization)
        self.org_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.org_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organization.setCompleter(self.org_completer)
        self.contact = QComboBox()
        self.contact.setEditable(True)
        self.contact.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.value = QLineEdit()
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency.addItems(money.known_currencies())
        self.close_date = QLineEdit()
        self.close_date.setPlaceholderText(date_format(self.locale()))
        self.stage = QComboBox()
        self.status = QComboBox()
        for key, label in (
            ("open", self.tr("Open")),
            ("won", self.tr("Won")),
            ("lost", self.tr("Lost")),
        ):
            self.status.addItem(label, key)
        self.probability = QLabel()
        self.probability.setTextFormat(Qt.TextFormat.PlainText)
        self.probability.setWordWrap(True)

        self.errors = {
            name: FieldError()
            for name in ("title", "organization", "contact", "value", "expected_close")
        }
        money_row = QHBoxLayout()
        money_row.addWidget(self.value, 1)
        money_row.addWidget(self.currency)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field, buddy, error in (
            (self.tr("&Title:"), self.title, self.title, "title"),
            (self.tr("&Organization:"), self.organization, self.organization, "organization"),
            (self.tr("&Contact:"), self.contact, self.contact, "contact"),
            (self.tr("&Value:"), money_row, self.value, "value"),
            (self.tr("E&xpected close:"), self.close_date, self.close_date, "expected_close"),
        ):
            caption = QLabel(text)
            caption.setBuddy(buddy)  # Alt+letter jumps to the field
            form.addRow(caption, field)
            form.addRow("", self.errors[error])
        form.addRow(self.tr("&Stage:"), self.stage)
        form.addRow(self.tr("Stat&us:"), self.status)
        form.addRow(self.tr("Win probability:"), self.probability)

        self.title.editingFinished.connect(self.save_title)
        self.organization.editingFinished.connect(self.save_organization)
        if (line := self.contact.lineEdit()) is not None:
            line.editingFinished.connect(self.save_contact)
            line.setPlaceholderText(self.tr("Pick or type a new name"))
        self.contact.activated.connect(lambda _i: self.save_contact())
        self.value.editingFinished.connect(self.save_value)
        self.currency.activated.connect(lambda _i: self.save_value())
        if (line := self.currency.lineEdit()) is not None:
            line.editingFinished.connect(self.save_value)
        self.close_date.editingFinished.connect(self.save_close_date)
        self.stage.activated.connect(self._stage_chosen)
        self.status.activated.connect(self._status_chosen)

    # --- showing ----------------------------------------------------------------------

    def show_deal(self, details: DealDetails, stages: list[tuple[int, str]]) -> None:
        """Fills the fields; a field the rep is typing in keeps what they typed."""
        same_deal = self.details is not None and self.details.id == details.id
        self.details = details
        loc = self.locale()
        texts = {
            "title": details.title,
            "organization": details.organization,
            "contact": details.contact,
            "value": loc.toString(
                float(money.Money(details.value_minor, details.currency).as_decimal()),
                "f",
                money.exponent(details.currency),
            ).replace(loc.groupSeparator(), ""),
            "currency": details.currency,
            "expected_close": format_date(details.expected_close, loc),
        }
        for name, text in texts.items():
            if same_deal and self._is_dirty(name):
                continue
            self._set_text(name, text)
            self._shown[name] = text
        if not same_deal:
            for error in self.errors.values():
                error.clear_text()
            names = self.store.organization_names()
            self.org_completer.setModel(QStringListModel(names, self.org_completer))
        self._fill_contacts(details)
        self.stage.clear()
        for stage_id, name in stages:
            self.stage.addItem(name, stage_id)
        self.stage.setCurrentIndex(max(self.stage.findData(details.stage_id), 0))
        self.stage.setEnabled(details.status == "open")
        self.status.setCurrentIndex(self.status.findData(details.status))
        self.probability.setText(self._probability_text(details))

    def _fill_contacts(self, details: DealDetails) -> None:
        typed = self.contact.currentText() if self._is_dirty("contact") else details.contact
        self.contact.blockSignals(True)
        self.contact.clear()
        for ref in self.store.contacts(details.organization_id):
            label = (
                f"{isolate(ref.name)} ({isolate(ref.organization)})"
                if ref.organization
                else ref.name
            )
            self.contact.addItem(label, ref.name)
        self.contact.setCurrentIndex(-1)
        self.contact.setEditText(typed)
        self.contact.blockSignals(False)

    def _probability_text(self, d: DealDetails) -> str:
        if d.status != "open" or d.evidence is None:
            return format_percent(d.probability)
        return self.tr("{evidence} from the exit criteria met (stage default {stage})").format(
            evidence=format_percent(d.evidence), stage=format_percent(d.stage_probability)
        )

    def _field_text(self, name: str) -> str:
        widget = self._widget(name)
        return widget.currentText() if isinstance(widget, QComboBox) else widget.text()

    def _set_text(self, name: str, text: str) -> None:
        widget = self._widget(name)
        if isinstance(widget, QComboBox):
            widget.setEditText(text) if name == "contact" else widget.setCurrentText(text)
        else:
            widget.setText(text)
            widget.setCursorPosition(0)

    def _widget(self, name: str) -> QLineEdit | QComboBox:
        widgets: dict[str, QLineEdit | QComboBox] = {
            "title": self.title,
            "organization": self.organization,
            "contact": self.contact,
            "value": self.value,
            "currency": self.currency,
            "expected_close": self.close_date,
        }
        return widgets[name]

    def _is_dirty(self, name: str) -> bool:
        return name in self._shown and self._field_text(name) != self._shown[name]

    # --- saving -----------------------------------------------------------------------

    def flush(self) -> None:
        """Saves whatever was typed and not yet saved (closing the app, another deal)."""
        for name, save in (
            ("title", self.save_title),
            ("organization", self.save_organization),
            ("contact", self.save_contact),
            ("value", self.save_value),
            ("currency", self.save_value),
            ("expected_close", self.save_close_date),
        ):
            if self._is_dirty(name):
                save()

    def _edit(self, field: str, label: str, **changes: Any) -> bool:
        if self.details is None:
            return False
        try:
            edit = self.store.edit_deal(self.details.id, **changes)
        except SalesDeskError as exc:
            self._refuse(field, exc)
            return False
        self.errors[field].clear_text()
        self.undo.push(EditCommand(self.store, edit, label))
        return True

    def _refuse(self, field: str, exc: SalesDeskError) -> None:
        self.errors.get(field, self.errors["title"]).show_text(tr_error(exc))

    def save_title(self) -> None:
        if self._is_dirty("title") and self._edit(
            "title", self.tr("Edit title"), title=self.title.text()
        ):
            self._shown["title"] = self.title.text()

    def save_organization(self) -> None:
        if not self._is_dirty("organization") or self.details is None:
            return
        name = self.organization.text()
        try:
            org_id = self.store.organization_id(name)
        except SalesDeskError as exc:
            self._refuse("organization", exc)
            return
        if self._edit("organization", self.tr("Edit organization"), organization_id=org_id):
            self._shown["organization"] = name

    def save_contact(self) -> None:
        if self.details is None:
            return
        index = self.contact.currentIndex()
        text = self.contact.currentText()
        if index >= 0 and self.contact.itemText(index) == text:
            text = str(self.contact.itemData(index))  # a picked row: its plain name
        if text.strip() == self.details.contact:
            self.contact.setEditText(self.details.contact)
            self._shown["contact"] = self.details.contact
            return
        try:
            edit = self.store.set_contact(self.details.id, text)
        except SalesDeskError as exc:
            self._refuse("contact", exc)
            return
        self.errors["contact"].clear_text()
        self._shown["contact"] = text.strip()
        self.undo.push(EditCommand(self.store, edit, self.tr("Edit contact")))

    def save_value(self) -> None:
        if not (self._is_dirty("value") or self._is_dirty("currency")) or self.details is None:
            return
        try:
            currency = money.normalize_currency(self.currency.currentText())
            text = self.value.text().strip() or "0"
            minor = money.parse_amount(delocalize_amount(self.locale(), text), currency)
        except ValidationError as exc:
            self._refuse("value", exc)
            return
        if self._edit("value", self.tr("Edit value"), value_minor=minor, currency=currency):
            self._shown["value"] = self.value.text()
            self._shown["currency"] = self.currency.currentText()

    def save_close_date(self) -> None:
        if not self._is_dirty("expected_close"):
            return
        text = self.close_date.text().strip()
        when: date | None = None
        if text:
            when = parse_date(text, self.locale())
            if when is None:
                self.errors["expected_close"].show_text(
                    self.tr("'{text}' is not a date. Type it as {format} or 2026-12-31.").format(
                        text=quoted(text), format=date_format(self.locale())
                    )
                )
                return
        if self._edit("expected_close", self.tr("Edit expected close"), expected_close=when):
            self._shown["expected_close"] = text

    def _stage_chosen(self, index: int) -> None:
        if self.details is None:
            return
        stage_id = self.stage.itemData(index)
        if stage_id != self.details.stage_id and not self.mover(self.details.id, stage_id):
            self.stage.setCurrentIndex(self.stage.findData(self.details.stage_id))

    def _status_chosen(self, index: int) -> None:
        if self.details is None:
            return
        status = self.status.itemData(index)
        # Put the combo back; the deal's refresh shows the status it really has.
        self.status.setCurrentIndex(self.status.findData(self.details.status))
        if status != self.details.status:
            self.statusRequested.emit(self.details.id, status)
