"""The Store's calls for organizations and contacts: lists, details, create, edit
and merge (a mixin, as store_workspace.py). Each write is one transaction and then
emits peopleChanged; a write that changes what deals show (an organization's or
a contact's name, a merge) emits dataChanged too, so the board reloads its cards."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from sqlmodel import Session

    from salesdesk.core.services.organizations import (
        MergeUndo,
        OrganizationSnapshot,
        OrgRef,
        Rename,
    )
    from salesdesk.core.services.people import (
        ContactDetail,
        ContactEdit,
        ContactSnapshot,
        OrgDetail,
    )
    from salesdesk.storage.database import Database

T = TypeVar("T")


class PeopleCalls:
    db: Database
    peopleChanged: SignalInstance  # organizations or contacts created, edited or merged
    dataChanged: SignalInstance

    def run(self, use_case: Callable[[Session], T]) -> T:  # provided by Store
        raise NotImplementedError

    # --- reads ------------------------------------------------------------------------

    def organization_detail(self, org_id: int) -> OrgDetail:
        from salesdesk.core.services import people

        with self.db.sql() as conn:
            return people.organization_detail(conn, org_id)

    def contact_detail(self, contact_id: int) -> ContactDetail:
        from salesdesk.core.services import people

        with self.db.sql() as conn:
            return people.contact_detail(conn, contact_id)

    def organization_named(self, name: str) -> int | None:
        """The organization a typed name means (None for a blank name); ValidationError
        when there is none by that name."""
        from salesdesk.core.services import people

        return self.run(lambda s: people.organization_named(s, name))

    def duplicate_organizations(self) -> list[list[OrgRef]]:
        from salesdesk.core.services import organizations

        return self.run(organizations.duplicate_groups)

    # --- organizations ----------------------------------------------------------------------

    def create_organization(self, name: str, allow_duplicate: bool = False) -> int:
        from salesdesk.core.services import organizations

        ident = self.run(
            lambda s: organizations.create_organization(s, name, allow_duplicate=allow_duplicate)
        )
        self.peopleChanged.emit()
        return ident

    def rename_organization(self, org_id: int, name: str, allow_duplicate: bool = False) -> Rename:
        from salesdesk.core.services import organizations

        rename = self.run(
            lambda s: organizations.rename_organization(
                s, org_id, name, allow_duplicate=allow_duplicate
            )
        )
        self._people_changed(deals=rename.before != rename.after)
        return rename

    def delete_organization(self, org_id: int) -> OrganizationSnapshot:
        """The undo of a create: its deals and contacts stay, without it."""
        from salesdesk.core.services import organizations

        snapshot = self.run(lambda s: organizations.delete_organization(s, org_id))
        self._people_changed(deals=bool(snapshot.deals))
        return snapshot

    def restore_organization(self, snapshot: OrganizationSnapshot) -> None:
        from salesdesk.core.services import organizations

        self.run(lambda s: organizations.restore_organization(s, snapshot))
        self._people_changed(deals=bool(snapshot.deals))

    def merge_organizations(self, merges: list[tuple[int, list[int]]]) -> list[MergeUndo]:
        """Each (keep, others) merged, all in one transaction: all or nothing."""
        from salesdesk.core.services import organizations

        undos = self.run(lambda s: [organizations.merge(s, k, o) for k, o in merges])
        self._people_changed(deals=True)
        return undos

    def unmerge_organizations(self, undos: list[MergeUndo]) -> None:
        from salesdesk.core.services import organizations

        def unmerge_all(session: Session) -> None:
            for undo in reversed(undos):
                organizations.unmerge(session, undo)

        self.run(unmerge_all)
        self._people_changed(deals=True)

    # --- contacts --------------------------------------------------------------------------

    def create_contact(self, name: str, organization_id: int | None, **fields: Any) -> int:
        """`fields`: role, phone, email, allow_duplicate."""
        from salesdesk.core.services import people

        ident = self.run(lambda s: people.create_contact(s, name, organization_id, **fields))
        self.peopleChanged.emit()
        return ident

    def edit_contact(
        self, contact_id: int, allow_duplicate: bool = False, **changes: Any
    ) -> ContactEdit:
        from salesdesk.core.services import people

        edit = self.run(
            lambda s: people.edit_contact(s, contact_id, allow_duplicate=allow_duplicate, **changes)
        )
        self._people_changed(deals="name" in edit.after)
        return edit

    def delete_contact(self, contact_id: int) -> ContactSnapshot:
        """The undo of a create: its deals stay, without a contact."""
        from salesdesk.core.services import people

        snapshot = self.run(lambda s: people.delete_contact(s, contact_id))
        self._people_changed(deals=bool(snapshot.deals))
        return snapshot

    def restore_contact(self, snapshot: ContactSnapshot) -> None:
        from salesdesk.core.services import people

        self.run(lambda s: people.restore_contact(s, snapshot))
        self._people_changed(deals=bool(snapshot.deals))

    def _people_changed(self, deals: bool) -> None:
        self.peopleChanged.emit()
        if deals:  # cards show organization and contact names
            self.dataChanged.emit()
