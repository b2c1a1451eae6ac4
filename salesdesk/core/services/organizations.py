"""Organizations: finding the duplicates an import or two spellings left behind,
and merging them into one, every deal and contact kept (with undo); creating and
renaming them without making new duplicates unasked."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from sqlmodel import Session, col, select

from salesdesk.core.errors import ConflictError, ValidationError, translatable
from salesdesk.core.models import Organization
from salesdesk.core.services._common import clean_name, get
from salesdesk.core.sql import dbapi
from salesdesk.core.textsearch import normalize


@dataclass(frozen=True)
class OrgRef:
    id: int
    name: str
    deals: int
    contacts: int


def name_key(name: str) -> str:
    """Names that are one organization to a rep: case, accents, Persian and Arabic
    letter variants and runs of spaces aside ("Äkki  Oy" = "akki oy")."""
    return re.sub(r"\s+", " ", normalize(name)).strip()


def duplicate_groups(session: Session) -> list[list[OrgRef]]:
    """Organizations whose names differ only as `name_key` ignores, oldest first in
    each group (the one to keep, by default); groups by their first name."""
    deals = _counts(session, "deal")
    contacts = _counts(session, "contact")
    groups: dict[str, list[OrgRef]] = {}
    for org in session.exec(select(Organization).order_by(col(Organization.id))).all():
        ident = org.id or 0
        ref = OrgRef(ident, org.name, deals.get(ident, 0), contacts.get(ident, 0))
        groups.setdefault(name_key(org.name), []).append(ref)
    found = [g for g in groups.values() if len(g) > 1]
    return sorted(found, key=lambda g: name_key(g[0].name))


def _counts(session: Session, table: str) -> dict[int, int]:
    """organization id -> rows of `table` (deal or contact) at it."""
    rows = dbapi(session).execute(
        f"SELECT organization_id, count(*) FROM {table}"
        " WHERE organization_id IS NOT NULL GROUP BY organization_id"
    )
    return {int(o): int(n) for o, n in rows}


@dataclass(frozen=True)
class MergeUndo:
    """What `merge` changed, for `unmerge`."""

    keep_id: int
    removed: tuple[tuple[int, str, datetime], ...]  # (id, name, created_at)
    deals: tuple[tuple[int, int], ...]  # (deal id, its organization before)
    contacts: tuple[tuple[int, int], ...]  # (contact id, its organization before)


def merge(session: Session, keep_id: int, other_ids: list[int]) -> MergeUndo:
    """Moves every deal and contact of `other_ids` to `keep_id` and deletes the
    others, in the caller's transaction (all or nothing). Contacts stay separate
    people even when two share a name; their deals keep pointing at them."""
    get(session, Organization, keep_id, "organization")
    others = sorted(set(other_ids))
    if not others:
        raise ValidationError("organization", translatable("Choose organizations to merge."))
    if keep_id in others:
        raise ValidationError(
            "organization", translatable("An organization cannot be merged into itself.")
        )
    rows = [get(session, Organization, i, "organization") for i in others]
    conn, marks = dbapi(session), ",".join("?" * len(others))
    moved: dict[str, tuple[tuple[int, int], ...]] = {}
    for table in ("deal", "contact"):
        moved[table] = tuple(
            (int(i), int(o))
            for i, o in conn.execute(
                f"SELECT id, organization_id FROM {table}"
                f" WHERE organization_id IN ({marks}) ORDER BY id",
                others,
            )
        )
        conn.execute(
            f"UPDATE {table} SET organization_id = ? WHERE organization_id IN ({marks})",
            [keep_id, *others],
        )
    session.expire_all()  # deals and contacts the ORM holds were moved under it
    removed = tuple((o.id or 0, o.name, o.created_at) for o in rows)
    for org in rows:
        session.delete(org)
    session.flush()
    return MergeUndo(keep_id, removed, moved["deal"], moved["contact"])


def unmerge(session: Session, undo: MergeUndo) -> None:
    """Undoes `merge`: the organizations come back with their ids, and each deal and
    contact still at the kept organization goes back to its own."""
    for ident, name, created in undo.removed:
        if session.get(Organization, ident) is not None:
            raise ValidationError(
                "organization", translatable("The merge can no longer be undone.")
            )
        session.add(Organization(id=ident, name=name, created_at=created))
    session.flush()
    conn = dbapi(session)
    for table, moves in (("deal", undo.deals), ("contact", undo.contacts)):
        conn.executemany(
            f"UPDATE {table} SET organization_id = ? WHERE id = ? AND organization_id = ?",
            [(before, ident, undo.keep_id) for ident, before in moves],
        )
    session.expire_all()  # the ORM's copies of those rows are out of date


# --- create, rename, and the delete that undoes a create ---------------------------------


class DuplicateNameError(ConflictError):
    """The name is one another organization (or a contact at the same organization)
    already has, as `name_key` sees names. The caller may ask the rep and try again
    with `allow_duplicate=True`."""

    def __init__(self, field: str, template: str, existing_id: int, **params: object) -> None:
        self.field = field
        self.existing_id = existing_id
        super().__init__(template, **params)


# `name_key`, remembered: a duplicate check reads every organization's name.
cached_key = lru_cache(maxsize=100_000)(name_key)


def same_name(session: Session, name: str, exclude_id: int | None = None) -> tuple[int, str] | None:
    """(id, name) of the oldest other organization whose name is `name` to a rep."""
    key = cached_key(name)
    rows = dbapi(session).execute("SELECT id, name FROM organization ORDER BY id")
    return next(
        ((int(i), str(n)) for i, n in rows if i != exclude_id and cached_key(n) == key), None
    )


def _check_unique(session: Session, name: str, exclude_id: int | None) -> None:
    found = same_name(session, name, exclude_id)
    if found is not None:
        raise DuplicateNameError(
            "organization",
            translatable("There is already an organization named {existing}."),
            found[0],
            existing=found[1],
        )


def create_organization(session: Session, name: str, *, allow_duplicate: bool = False) -> int:
    """A new organization (name trimmed, not blank); DuplicateNameError when another
    has the same name, unless `allow_duplicate`."""
    clean = clean_name(name, "organization", translatable("organization name"))
    if not allow_duplicate:
        _check_unique(session, clean, None)
    org = Organization(name=clean)
    session.add(org)
    session.flush()
    return org.id or 0


@dataclass(frozen=True)
class Rename:
    organization_id: int
    before: str
    after: str


def rename_organization(
    session: Session, org_id: int, name: str, *, allow_duplicate: bool = False
) -> Rename:
    """Renames; returns the names before and after, for undo."""
    org = get(session, Organization, org_id, "organization")
    clean = clean_name(name, "organization", translatable("organization name"))
    if not allow_duplicate and cached_key(clean) != cached_key(org.name):
        _check_unique(session, clean, org_id)
    before, org.name = org.name, clean
    session.add(org)
    session.flush()
    return Rename(org_id, before, clean)


@dataclass(frozen=True)
class OrganizationSnapshot:
    """A deleted organization with the deals and contacts that were at it."""

    id: int
    name: str
    created_at: datetime
    deals: tuple[int, ...]
    contacts: tuple[int, ...]


def delete_organization(session: Session, org_id: int) -> OrganizationSnapshot:
    """Deletes (the undo of a create); its deals and contacts stay, without it.
    Returns what `restore_organization` needs to put everything back."""
    org = get(session, Organization, org_id, "organization")
    conn = dbapi(session)
    linked = {
        table: tuple(
            int(r[0])
            for r in conn.execute(
                f"SELECT id FROM {table} WHERE organization_id = ? ORDER BY id", (org_id,)
            )
        )
        for table in ("deal", "contact")
    }
    snapshot = OrganizationSnapshot(
        org_id, org.name, org.created_at, linked["deal"], linked["contact"]
    )
    session.delete(org)
    session.flush()
    session.expire_all()  # SQLite set their organization to NULL under the ORM
    return snapshot


def restore_organization(session: Session, snapshot: OrganizationSnapshot) -> None:
    if session.get(Organization, snapshot.id) is not None:
        raise ConflictError(translatable("The organization already exists."))
    session.add(Organization(id=snapshot.id, name=snapshot.name, created_at=snapshot.created_at))
    session.flush()
    conn = dbapi(session)
    for table, ids in (("deal", snapshot.deals), ("contact", snapshot.contacts)):
        conn.executemany(
            f"UPDATE {table} SET organization_id = ? WHERE id = ? AND organization_id IS NULL",
            [(snapshot.id, i) for i in ids],
        )
    session.expire_all()
