"""Creating and editing organizations and contacts from the page, merging
duplicates, and the lists' context menus (a mixin of PeopleView: the view holds
the layout, this the actions). Every change goes through the Store and lands on
the window's undo stack."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from salesdesk.core.errors import SalesDeskError
from salesdesk.ui import msgbox
from salesdesk.ui.messages import tr_error
from salesdesk.ui.people.commands import (
    CreateContactCommand,
    CreateOrganizationCommand,
    EditContactCommand,
    RenameOrganizationCommand,
)
from salesdesk.ui.people.detail import ContactPane
from salesdesk.ui.people.dialogs import ContactDialog, OrganizationDialog
from salesdesk.ui.people.links import email_link, phone_link
from salesdesk.ui.people.lists import ContactListModel, OrgListModel
from salesdesk.ui.plain import no_mnemonic
from salesdesk.ui.store import Store

if TYPE_CHECKING:
    from salesdesk.ui.people.list_page import ListPage

ORGS, CONTACTS = "org", "contact"


class PeopleEditing(QWidget):
    """The actions; PeopleView provides the attributes and `_show`/`_page`."""

    store: Store
    undo: QUndoStack
    current: tuple[str, int] | None
    orgs: OrgListModel
    contacts: ContactListModel
    contact_pane: ContactPane

    def _show(self, kind: str, ident: int) -> None:
        raise NotImplementedError

    def _page(self, kind: str | None = None) -> ListPage:
        raise NotImplementedError

    def show_organization(self, org_id: int) -> None:
        raise NotImplementedError

    def edit(self) -> None:
        if self.current is None:
            return
        kind, ident = self.current
        if kind == ORGS:
            self.edit_organization(ident)
        else:
            self.edit_contact(ident)

    def new_organization(self) -> int | None:
        dialog = OrganizationDialog(self.tr("New organization"), parent=self)

        def save(allow_duplicate: bool) -> int:
            ident = self.store.create_organization(dialog.name.text(), allow_duplicate)
            self.undo.push(
                CreateOrganizationCommand(self.store, ident, self.tr("Add organization"))
            )
            return ident

        dialog.on_save = save
        return self._run(dialog, ORGS)

    def edit_organization(self, org_id: int) -> bool:
        try:
            detail = self.store.organization_detail(org_id)
        except SalesDeskError as exc:
            msgbox.error(self, self.tr("The organization was not changed"), tr_error(exc))
            return False
        dialog = OrganizationDialog(self.tr("Edit organization"), detail.name, parent=self)

        def save(allow_duplicate: bool) -> int:
            rename = self.store.rename_organization(org_id, dialog.name.text(), allow_duplicate)
            if rename.before != rename.after:
                self.undo.push(
                    RenameOrganizationCommand(self.store, rename, self.tr("Rename organization"))
                )
            return org_id

        dialog.on_save = save
        return self._run(dialog, ORGS) is not None

    def new_contact(self, organization_id: int | None = None) -> int | None:
        org_id = organization_id if organization_id is not None else self._current_org()
        org_name = ""
        if org_id is not None:
            row = self.orgs.item(org_id)
            org_name = row.name if row else self._org_name(org_id)
        dialog = ContactDialog(
            self.tr("New contact"),
            self._org_names(),
            {"organization": org_name},
            org_id if org_name else None,
            parent=self,
        )

        def save(allow_duplicate: bool) -> int:
            ident = self.store.create_contact(
                dialog.value("name"),
                self._dialog_org(dialog),
                role=dialog.value("role"),
                phone=dialog.value("phone"),
                email=dialog.value("email"),
                allow_duplicate=allow_duplicate,
            )
            self.undo.push(CreateContactCommand(self.store, ident, self.tr("Add contact")))
            return ident

        dialog.on_save = save
        return self._run(dialog, CONTACTS)

    def edit_contact(self, contact_id: int) -> bool:
        try:
            detail = self.store.contact_detail(contact_id)
        except SalesDeskError as exc:
            msgbox.error(self, self.tr("The contact was not changed"), tr_error(exc))
            return False
        values = {
            "name": detail.name,
            "organization": detail.organization,
            "role": detail.role,
            "phone": detail.phone,
            "email": detail.email,
        }
        dialog = ContactDialog(
            self.tr("Edit contact"),
            self._org_names(),
            values,
            detail.organization_id,
            parent=self,
        )

        def save(allow_duplicate: bool) -> int:
            edit = self.store.edit_contact(
                contact_id,
                allow_duplicate,
                name=dialog.value("name"),
                organization_id=self._dialog_org(dialog),
                role=dialog.value("role"),
                phone=dialog.value("phone"),
                email=dialog.value("email"),
            )
            if edit.after:
                self.undo.push(EditContactCommand(self.store, edit, self.tr("Edit contact")))
            return contact_id

        dialog.on_save = save
        return self._run(dialog, CONTACTS) is not None

    def _run(self, dialog: OrganizationDialog | ContactDialog, kind: str) -> int | None:
        """Shows the form; on save, shows what was saved. Returns its id."""
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or not isinstance(dialog.saved, int):
                return None
            ident = dialog.saved
        finally:
            dialog.deleteLater()
        self._show(kind, ident)
        return ident

    def _dialog_org(self, dialog: ContactDialog) -> int | None:
        if dialog.kept_organization():
            return dialog.organization_id
        return self.store.organization_named(dialog.value("organization"))

    def _current_org(self) -> int | None:
        if self.current is None:
            return None
        kind, ident = self.current
        if kind == ORGS:
            return ident
        detail = self.contact_pane.detail
        return detail.organization_id if detail is not None and detail.id == ident else None

    def _org_name(self, org_id: int) -> str:
        try:
            return self.store.organization_detail(org_id).name
        except SalesDeskError:
            return ""

    def _org_names(self) -> list[str]:
        return [r.name for r in self.orgs.rows]

    def merge_duplicates(self) -> None:
        from salesdesk.ui.people.merge import MergeDialog

        dialog = MergeDialog(self.store, self.undo, self)
        dialog.exec()
        merged = list(dialog.merged)
        dialog.deleteLater()
        if merged:
            self.show_organization(merged[-1])

    # --- context menus --------------------------------------------------------------------------

    def _list_menu(self, kind: str, pos: QPoint) -> None:
        page = self._page(kind)
        index = page.view.indexAt(pos)
        if not index.isValid():
            return
        ident = page.model.id_at(index.row())
        menu = QMenu(self)
        links: list[QObject] = []
        if kind == ORGS:
            menu.addAction(self.tr("Edit…\tF2"), lambda: self.edit_organization(ident))
            menu.addAction(
                self.tr("New contact at this organization…"), lambda: self.new_contact(ident)
            )
            menu.addSeparator()
            menu.addAction(self.tr("Merge duplicates…"), self.merge_duplicates)
        else:
            row = self.contacts.item(ident)
            menu.addAction(self.tr("Edit…\tF2"), lambda: self.edit_contact(ident))
            if row is not None:
                phone, email = phone_link(self), email_link(self)
                phone.set_value(row.phone)
                email.set_value(row.email)
                links = [phone, email]
                if phone.url() is not None:
                    label = self.tr("Call {phone}").format(phone=no_mnemonic(row.phone))
                    menu.addAction(label, phone.open)
                if email.url() is not None:
                    label = self.tr("Email {email}").format(email=no_mnemonic(row.email))
                    menu.addAction(label, email.open)
                if row.organization_id is not None:
                    org = row.organization_id
                    menu.addAction(
                        self.tr("Show organization"), lambda: self.show_organization(org)
                    )
        menu.exec(page.view.viewport().mapToGlobal(pos))
        for link in links:
            link.deleteLater()
        menu.deleteLater()
