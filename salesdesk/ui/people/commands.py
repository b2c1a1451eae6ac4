"""Undo for organizations and contacts, on the window's one QUndoStack: each
command is pushed after its first run succeeded (the pattern of ui/commands.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from salesdesk.ui.commands import _Done
from salesdesk.ui.store import Store

if TYPE_CHECKING:
    from salesdesk.core.services.organizations import MergeUndo, OrganizationSnapshot, Rename
    from salesdesk.core.services.people import ContactEdit, ContactSnapshot


class CreateOrganizationCommand(_Done):
    """Undo deletes the new organization (noting what was put at it since);
    redo brings the same row back."""

    def __init__(self, store: Store, org_id: int, text: str) -> None:
        super().__init__(text)
        self.store, self.org_id = store, org_id
        self._snapshot: OrganizationSnapshot | None = None

    def undo(self) -> None:
        self._snapshot = self.store.delete_organization(self.org_id)

    def replay(self) -> None:
        if self._snapshot is not None:
            self.store.restore_organization(self._snapshot)


class RenameOrganizationCommand(_Done):
    def __init__(self, store: Store, rename: Rename, text: str) -> None:
        super().__init__(text)
        self.store, self.rename = store, rename

    def undo(self) -> None:
        # The old name was the rep's choice once: no duplicate question on the way back.
        self.store.rename_organization(
            self.rename.organization_id, self.rename.before, allow_duplicate=True
        )

    def replay(self) -> None:
        self.store.rename_organization(
            self.rename.organization_id, self.rename.after, allow_duplicate=True
        )


class CreateContactCommand(_Done):
    def __init__(self, store: Store, contact_id: int, text: str) -> None:
        super().__init__(text)
        self.store, self.contact_id = store, contact_id
        self._snapshot: ContactSnapshot | None = None

    def undo(self) -> None:
        self._snapshot = self.store.delete_contact(self.contact_id)

    def replay(self) -> None:
        if self._snapshot is not None:
            self.store.restore_contact(self._snapshot)


class EditContactCommand(_Done):
    def __init__(self, store: Store, edit: ContactEdit, text: str) -> None:
        super().__init__(text)
        self.store, self.edit = store, edit

    def _apply(self, values: dict[str, Any]) -> None:
        self.store.edit_contact(self.edit.contact_id, allow_duplicate=True, **values)

    def undo(self) -> None:
        self._apply(self.edit.before)

    def replay(self) -> None:
        self._apply(self.edit.after)


class MergeCommand(_Done):
    """One or more merges (keep, others), undone together in one transaction."""

    def __init__(
        self,
        store: Store,
        merges: list[tuple[int, list[int]]],
        undos: list[MergeUndo],
        text: str,
    ) -> None:
        super().__init__(text)
        self.store, self.merges, self.undos = store, merges, undos

    def undo(self) -> None:
        self.store.unmerge_organizations(self.undos)

    def replay(self) -> None:
        self.undos = self.store.merge_organizations(self.merges)
