"""Contacts: people at organizations that deals are with."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from salesdesk.core.errors import translatable
from salesdesk.core.models import Contact, Deal, Organization
from salesdesk.core.services._common import clean_name, get
from salesdesk.core.services.deals import DealEdit, edit_deal


@dataclass(frozen=True)
class ContactRef:
    id: int
    name: str
    organization: str


def list_contacts(session: Session, organization_id: int | None = None) -> list[ContactRef]:
    """Contacts by name; with an organization, its own contacts first."""
    rows = session.exec(
        select(Contact, Organization.name)
        .join(Organization, col(Organization.id) == Contact.organization_id, isouter=True)
        .order_by(col(Contact.name), col(Contact.id))
    ).all()
    refs = [
        (c.organization_id != organization_id, ContactRef(c.id or 0, c.name, o or ""))
        for c, o in rows
    ]
    if organization_id is not None:
        refs.sort(key=lambda r: r[0])  # stable: keeps name order within each group
    return [ref for _, ref in refs]


def contact_by_name(session: Session, name: str, organization_id: int | None = None) -> Contact:
    """The contact with this name (trimmed, case-insensitive) at the organization,
    created there when new. Without an organization, any contact by that name: two
    Annas at two customers stay two people."""
    clean = clean_name(name, "contact", translatable("contact name"))
    query = select(Contact).order_by(col(Contact.id))
    if organization_id is not None:
        get(session, Organization, organization_id, "organization")
        query = query.where(Contact.organization_id == organization_id)
    # SQLite's lower() folds ASCII only: compare in Python so "ÄNNI" finds "Änni".
    key = clean.casefold()
    found = next((c for c in session.exec(query).all() if c.name.casefold() == key), None)
    if found is None:
        found = Contact(name=clean, organization_id=organization_id)
        session.add(found)
        session.flush()
    return found


def link_contact(session: Session, deal_id: int, name: str) -> DealEdit:
    """Links the deal to the contact with this name at the deal's organization
    (created when new); a blank name unlinks. Returns the edit, for undo."""
    deal = get(session, Deal, deal_id, "deal")
    contact_id = contact_by_name(session, name, deal.organization_id).id if name.strip() else None
    return edit_deal(session, deal_id, contact_id=contact_id)
