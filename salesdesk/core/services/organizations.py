"""Organizations: finding the duplicates an import or two spellings left behind,
and merging them into one, every deal and contact kept (with undo)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from salesdesk.core.errors import ValidationError, translatable
from salesdesk.core.models import Organization
from salesdesk.core.services._common import get
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
