"""The organization and contact forms. OK saves through `on_save` (the page's
call into the Store); a refusal is shown in red under the form and the dialog
stays open with what was typed, nothing saved. A name another organization (or
a colleague at the same organization) already has is asked about first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core.errors import SalesDeskError, ValidationError
from salesdesk.core.services.organizations import DuplicateNameError
from salesdesk.ui import msgbox
from salesdesk.ui.messages import tr_error
from salesdesk.ui.plain import plain_label

Save = Callable[[bool], object]  # allow_duplicate -> anything; raises SalesDeskError


class _Form(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.on_save: Save | None = None
        self.saved: object = None  # what on_save returned
        self.form = QFormLayout()
        self.error = plain_label()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #c62828")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def fields(self) -> dict[str, QLineEdit]:
        """Error field name -> the input to put the cursor in."""
        raise NotImplementedError

    def duplicate_question(self) -> str:
        raise NotImplementedError

    def save(self) -> bool:
        if self.on_save is None:
            return False
        try:
            self.saved = self.on_save(False)
        except DuplicateNameError as exc:
            text = tr_error(exc) + "\n\n" + self.duplicate_question()
            if not msgbox.question(self, self.windowTitle(), text):
                self.show_error(exc)
                return False
            try:
                self.saved = self.on_save(True)
            except SalesDeskError as again:
                self.show_error(again)
                return False
        except SalesDeskError as exc:
            self.show_error(exc)
            return False
        self.accept()
        return True

    def show_error(self, exc: SalesDeskError) -> None:
        self.error.setText(tr_error(exc))
        self.error.show()
        fields = self.fields()
        field = exc.field if isinstance(exc, ValidationError | DuplicateNameError) else ""
        target = fields.get(field) or next(iter(fields.values()))
        target.setFocus()
        target.selectAll()


class OrganizationDialog(_Form):
    def __init__(self, title: str, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.name = QLineEdit(name)
        self.name.setObjectName("name")
        self.form.addRow(self.tr("&Name:"), self.name)
        self.name.setFocus()

    def fields(self) -> dict[str, QLineEdit]:
        return {"organization": self.name}

    def duplicate_question(self) -> str:
        return self.tr(
            "Save it anyway, as a second organization? (Merge duplicates… joins two into one.)"
        )


class ContactDialog(_Form):
    """Name, organization (completed from the names there are), role, phone and
    email. `organization_id` is kept while the organization's name is untouched, so
    of two organizations with the same name, the contact stays at its own."""

    def __init__(
        self,
        title: str,
        organizations: list[str],
        values: dict[str, str] | None = None,
        organization_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        values = values or {}
        self.organization_id = organization_id
        self.organization_name = values.get("organization", "")
        self.inputs: dict[str, QLineEdit] = {}
        for key, label in (
            ("name", self.tr("&Name:")),
            ("organization", self.tr("&Organization:")),
            ("role", self.tr("&Role:")),
            ("phone", self.tr("&Phone:")),
            ("email", self.tr("&Email:")),
        ):
            edit = QLineEdit(values.get(key, ""))
            edit.setObjectName(key)
            self.inputs[key] = edit
            self.form.addRow(label, edit)
        self.inputs["phone"].setPlaceholderText(
            self.tr("as you would dial it, e.g. +358 40 123 4567")
        )
        self.inputs["email"].setPlaceholderText(self.tr("name@example.com"))
        self.inputs["organization"].setPlaceholderText(self.tr("none"))
        # The completer filters in C++: 12,500 names cost nothing per keystroke.
        completer = QCompleter(QStringListModel(organizations, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.inputs["organization"].setCompleter(completer)
        self.inputs["name"].setFocus()

    def value(self, key: str) -> str:
        return self.inputs[key].text()

    def kept_organization(self) -> bool:
        """The organization field still names the organization the form opened with."""
        return (
            self.organization_id is not None
            and self.value("organization").strip() == self.organization_name.strip()
        )

    def fields(self) -> dict[str, QLineEdit]:
        return {
            "name": self.inputs["name"],
            "organization": self.inputs["organization"],
            "role": self.inputs["role"],
            "phone": self.inputs["phone"],
            "email": self.inputs["email"],
        }

    def duplicate_question(self) -> str:
        return self.tr("Save it anyway, as a second person of that name?")
