"""Organizations and contacts as a rep browses them: the two lists with a search
that works in any script, an organization's and a contact's detail, and creating
and editing contacts (organizations: organizations.py).

Reads take a plain sqlite3 connection: the lists are read on a worker thread
with a connection of its own, and at 12,500 organizations and 25,000 contacts an
ORM object per row would cost more than the whole read. Writes take the caller's
session, one transaction each, and return what undo needs."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from sqlite3 import Connection
from typing import Any

from sqlmodel import Session

from salesdesk.core import textsearch
from salesdesk.core.errors import (
    ConflictError,
    NotFoundError,
    Term,
    ValidationError,
    translatable,
)
from salesdesk.core.models import Contact, Organization
from salesdesk.core.services._common import check_name, clean_name, get
from salesdesk.core.services.organizations import DuplicateNameError, cached_key, same_name
from salesdesk.core.sql import dbapi
from salesdesk.core.timeutil import from_storage

DEAL_ROWS = 1000  # an organization's deals listed in its detail; the totals count them all
CONTACT_ROWS = 1000  # its contacts listed (the list of contacts has them all)
ACTIVITY_ROWS = 100  # its latest activities
NOTE_CHARS = 400  # of an activity's notes: one line in a list, not a 1 MB note
REACHING_KINDS = ("call", "meeting", "email")
# Logged outcomes that mean the contact was not reached (keys, and imported text).
MISSED = ("no_answer", "voicemail", "no answer", "left message", "left a voicemail")
MAX_PHONE = 100
MAX_EMAIL = 254  # RFC 5321's limit for a whole address
_NOT_DIGIT = re.compile(r"[^0-9]")  # after fold(): Persian and Arabic digits are ASCII
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")


# `textsearch.normalize`, remembered: a reload folds 25,000 contacts again, and
# organization names and roles repeat.
fold = lru_cache(maxsize=200_000)(textsearch.normalize)


def _time(text: str | None) -> datetime | None:
    return from_storage(text) if text else None


# --- the lists ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OrgRow:
    id: int
    name: str
    contacts: int
    open_deals: int
    deals: int
    last_activity: datetime | None  # the latest across its deals


@dataclass(frozen=True, slots=True)
class ContactRow:
    id: int
    name: str
    organization_id: int | None
    organization: str
    role: str
    phone: str
    email: str
    deals: int


@dataclass(frozen=True)
class PeopleLists:
    """Both lists in name order, each row with its search key (same index)."""

    orgs: list[OrgRow]
    org_keys: list[str]
    contacts: list[ContactRow]
    contact_keys: list[str]


def _counts(conn: Connection, sql: str) -> dict[int, Any]:
    return {int(r[0]): r[1:] for r in conn.execute(sql)}


def load_lists(conn: Connection) -> PeopleLists:
    """Every organization and contact with their counts, read in one transaction
    by the caller (or in autocommit: each statement then sees its own moment)."""
    deals = _counts(
        conn,
        "SELECT organization_id, count(*), sum(status = 'open'), max(last_activity_at)"
        " FROM deal WHERE organization_id IS NOT NULL GROUP BY organization_id",
    )
    staff = _counts(
        conn,
        "SELECT organization_id, count(*) FROM contact"
        " WHERE organization_id IS NOT NULL GROUP BY organization_id",
    )
    orgs = []
    for ident, name in conn.execute("SELECT id, name FROM organization"):
        total, open_, last = deals.get(ident, (0, 0, None))
        orgs.append(OrgRow(ident, name, staff.get(ident, (0,))[0], open_, total, _time(last)))
    orgs.sort(key=lambda r: (fold(r.name), r.id))
    on_deals = _counts(
        conn,
        "SELECT contact_id, count(*) FROM deal WHERE contact_id IS NOT NULL GROUP BY contact_id",
    )
    contacts = [
        ContactRow(i, n, o, on or "", r, p, e, on_deals.get(i, (0,))[0])
        for i, n, o, on, r, p, e in conn.execute(
            "SELECT c.id, c.name, c.organization_id, o.name, c.role, c.phone, c.email"
            " FROM contact c LEFT JOIN organization o ON o.id = c.organization_id"
        )
    ]
    contacts.sort(key=lambda r: (fold(r.name), r.id))
    return PeopleLists(
        orgs, [fold(r.name) for r in orgs], contacts, [contact_key(r) for r in contacts]
    )


def contact_key(row: ContactRow) -> str:
    """What a contact is found by: name, organization, role, email and phone (also
    as bare digits, so "401234567" finds "+358 40 123 4567")."""
    phone = fold(row.phone)
    digits = _NOT_DIGIT.sub("", phone)
    # Field by field: organization names and roles repeat, and each is folded once.
    return " ".join(
        (fold(row.name), fold(row.organization), fold(row.role), fold(row.email), phone, digits)
    )


def search(keys: list[str], query: str, within: Iterable[int] | None = None) -> list[int]:
    """Indexes of the keys holding every word of `query` (in any script and
    spelling variant), in order; `within`: only among these (a narrowing query)."""
    words = fold(query.strip()).split()
    rows = range(len(keys)) if within is None else within
    if not words:
        return list(rows)
    if len(words) == 1:
        word = words[0]
        return [i for i in rows if word in keys[i]]
    return [i for i in rows if all(w in keys[i] for w in words)]


# --- details ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DealLine:
    id: int
    title: str
    status: str
    stage: str
    value_minor: int
    currency: str
    organization: str
    contact: str
    expected_close: date | None
    closed_at: datetime | None
    last_activity_at: datetime | None


@dataclass(frozen=True, slots=True)
class Total:
    status: str  # open, won or lost
    currency: str
    deals: int
    value_minor: int


@dataclass(frozen=True, slots=True)
class ActivityLine:
    id: int
    deal_id: int
    deal_title: str
    kind: str
    at: datetime  # when it happened; a planned follow-up or meeting: when it falls due
    outcome: str
    text: str  # the first NOTE_CHARS characters
    planned: bool
    done: bool


@dataclass(frozen=True, slots=True)
class ContactLine:
    id: int
    name: str
    role: str
    phone: str
    email: str


@dataclass(frozen=True)
class OrgDetail:
    id: int
    name: str
    created_at: datetime
    contacts: list[ContactLine]  # by name; CONTACT_ROWS at most
    contact_count: int
    deals: list[DealLine]  # open first, then closed (latest first); DEAL_ROWS at most
    deal_count: int
    totals: list[Total]  # per status and currency: money is never added across currencies
    activity: list[ActivityLine]  # newest first; ACTIVITY_ROWS at most
    activity_count: int

    def totals_of(self, status: str) -> tuple[int, dict[str, int]]:
        """(deals, {currency: value in minor units}) with this status."""
        rows = [t for t in self.totals if t.status == status]
        return sum(t.deals for t in rows), {t.currency: t.value_minor for t in rows}


@dataclass(frozen=True, slots=True)
class Reach:
    """The last time a contact was reached: a call, meeting or email on one of
    their deals, logged (or planned and done), whose outcome was not a miss."""

    at: datetime
    kind: str
    deal_id: int
    deal_title: str
    outcome: str


@dataclass(frozen=True)
class ContactDetail:
    id: int
    name: str
    role: str
    phone: str
    email: str
    organization_id: int | None
    organization: str
    deals: list[DealLine]
    deal_count: int
    last_reached: Reach | None


_DEALS = (
    "SELECT d.id, d.title, d.status, s.name, d.value_minor, d.currency, coalesce(o.name, ''),"
    " coalesce(c.name, ''), d.expected_close, d.closed_at, d.last_activity_at FROM deal d"
    " JOIN stage s ON s.id = d.stage_id"
    " LEFT JOIN organization o ON o.id = d.organization_id"
    " LEFT JOIN contact c ON c.id = d.contact_id"
    " WHERE {where} ORDER BY d.status != 'open',"
    " CASE d.status WHEN 'open' THEN coalesce(d.expected_close, '9999-12-31') END,"
    " d.closed_at DESC, d.id LIMIT ?"
)
# When an activity counts as having happened, and when a planned one falls due.
_WHEN = "CASE WHEN a.due_at IS NULL THEN a.at WHEN a.done_at IS NOT NULL THEN a.done_at ELSE a.due_at END"


def _deal_lines(conn: Connection, where: str, ident: int) -> list[DealLine]:
    return [
        DealLine(
            deal_id,
            title,
            status,
            stage,
            value,
            currency,
            org,
            contact,
            date.fromisoformat(close) if close else None,
            _time(closed),
            _time(last),
        )
        for deal_id, title, status, stage, value, currency, org, contact, close, closed, last in (
            conn.execute(_DEALS.format(where=where), (ident, DEAL_ROWS))
        )
    ]


def _row(conn: Connection, sql: str, ident: int, what: str) -> Any:
    row = conn.execute(sql, (ident,)).fetchone()
    if row is None:
        raise NotFoundError(translatable("The {what} no longer exists."), what=Term(what))
    return row


def organization_detail(conn: Connection, org_id: int) -> OrgDetail:
    name, created = _row(
        conn, "SELECT name, created_at FROM organization WHERE id = ?", org_id, "organization"
    )
    contacts = [
        ContactLine(*r)
        for r in conn.execute(
            "SELECT id, name, role, phone, email FROM contact WHERE organization_id = ?",
            (org_id,),
        )
    ]
    contacts.sort(key=lambda c: (fold(c.name), c.id))
    contact_count = len(contacts)
    del contacts[CONTACT_ROWS:]
    totals = [
        Total(*r)
        for r in conn.execute(
            "SELECT status, currency, count(*), sum(value_minor) FROM deal"
            " WHERE organization_id = ? GROUP BY status, currency ORDER BY status, currency",
            (org_id,),
        )
    ]
    activity = [
        ActivityLine(
            r[0],
            r[1],
            r[2],
            r[3],
            from_storage(r[4]),
            r[5],
            r[6],
            r[7] is not None,
            r[8] is not None,
        )
        for r in conn.execute(
            f"SELECT a.id, a.deal_id, d.title, a.kind, {_WHEN}, a.outcome,"
            f" substr(a.text, 1, {NOTE_CHARS}), a.due_at, a.done_at"
            " FROM activity a JOIN deal d ON d.id = a.deal_id"
            f" WHERE d.organization_id = ? ORDER BY {_WHEN} DESC, a.id DESC LIMIT ?",
            (org_id, ACTIVITY_ROWS),
        )
    ]
    count = conn.execute(
        "SELECT count(*) FROM activity a JOIN deal d ON d.id = a.deal_id"
        " WHERE d.organization_id = ?",
        (org_id,),
    ).fetchone()[0]
    return OrgDetail(
        org_id,
        name,
        from_storage(created),
        contacts,
        contact_count,
        _deal_lines(conn, "d.organization_id = ?", org_id),
        sum(t.deals for t in totals),
        totals,
        activity,
        int(count),
    )


def last_reached(conn: Connection, contact_id: int) -> Reach | None:
    kinds = ",".join("?" * len(REACHING_KINDS))
    misses = ",".join("?" * len(MISSED))
    row = conn.execute(
        f"SELECT {_WHEN} AS reached, a.kind, a.deal_id, d.title, a.outcome"
        " FROM activity a JOIN deal d ON d.id = a.deal_id"
        f" WHERE d.contact_id = ? AND a.kind IN ({kinds})"
        " AND (a.due_at IS NULL OR a.done_at IS NOT NULL)"
        f" AND lower(a.outcome) NOT IN ({misses}) ORDER BY reached DESC LIMIT 1",
        (contact_id, *REACHING_KINDS, *MISSED),
    ).fetchone()
    return None if row is None else Reach(from_storage(row[0]), *row[1:])


def contact_detail(conn: Connection, contact_id: int) -> ContactDetail:
    name, role, phone, email, org, org_name = _row(
        conn,
        "SELECT c.name, c.role, c.phone, c.email, c.organization_id, coalesce(o.name, '')"
        " FROM contact c LEFT JOIN organization o ON o.id = c.organization_id WHERE c.id = ?",
        contact_id,
        "contact",
    )
    deal_count = conn.execute(
        "SELECT count(*) FROM deal WHERE contact_id = ?", (contact_id,)
    ).fetchone()[0]
    return ContactDetail(
        contact_id,
        name,
        role,
        phone,
        email,
        org,
        org_name,
        _deal_lines(conn, "d.contact_id = ?", contact_id),
        int(deal_count),
        last_reached(conn, contact_id),
    )


# --- contacts: create, edit, and the delete that undoes a create ------------------------

CONTACT_FIELDS = ("name", "organization_id", "role", "phone", "email")


def _line(value: str | None, field: str, label: str, limit: int) -> str:
    """An optional one-line field: trimmed; blank is fine, control characters not."""
    text = (value or "").strip()
    return check_name(text, field, label, limit) if text else ""


def clean_email(value: str | None) -> str:
    """Blank, or something shaped like an address (name@domain.tld): checked
    lightly, as a typo guard; the rep's mail program has the last word."""
    text = _line(value, "email", translatable("email address"), MAX_EMAIL)
    if text and not _EMAIL.fullmatch(text):
        raise ValidationError(
            "email",
            translatable("'{email}' does not look like an email address (name@example.com)."),
            email=text,
        )
    return text


def clean_phone(value: str | None) -> str:
    """Kept as typed (spaces, dashes, '+', an extension), trimmed; it needs a digit."""
    text = _line(value, "phone", translatable("phone number"), MAX_PHONE)
    if text and not any(ch.isdigit() for ch in text):
        raise ValidationError(
            "phone", translatable("'{phone}' is not a phone number: it has no digits."), phone=text
        )
    return text


_EXTENSION = re.compile(r"(?:ext\.?|x|#)\s*(\d+)\s*$", re.IGNORECASE)


def tel_uri(phone: str) -> str | None:
    """The number as a tel: URI (RFC 3966) for the system's phone handler: '+' and
    the digits (Persian and Arabic digits read as such), spaces, dashes and
    brackets dropped, an extension ("ext. 12", "x12") kept. None without digits."""
    text = fold(phone.strip())
    extension = ""
    found = _EXTENSION.search(text)
    if found and any(ch.isdigit() for ch in text[: found.start()]):
        extension, text = f";ext={found.group(1)}", text[: found.start()]
    digits = "".join(ch for ch in text if ch.isascii() and ch.isdigit())
    if not digits:
        return None
    plus = "+" if text.lstrip().startswith("+") else ""
    return f"tel:{plus}{digits}{extension}"


def _clean_contact(session: Session, values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(CONTACT_FIELDS)
    if unknown:
        raise ValueError(f"not contact fields: {sorted(unknown)}")  # a caller's bug
    clean = dict(values)
    if "name" in clean:
        clean["name"] = clean_name(clean["name"], "name", translatable("contact name"))
    if "role" in clean:
        clean["role"] = _line(clean["role"], "role", translatable("role"), 300)
    if "phone" in clean:
        clean["phone"] = clean_phone(clean["phone"])
    if "email" in clean:
        clean["email"] = clean_email(clean["email"])
    if clean.get("organization_id") is not None:
        get(session, Organization, clean["organization_id"], "organization")
    return clean


def _check_colleague(
    session: Session, name: str, organization_id: int | None, exclude_id: int | None
) -> None:
    """A second contact of the same name at the same organization is most often the
    same person typed twice: DuplicateNameError, for the caller to ask about."""
    if organization_id is None:
        return
    key = cached_key(name)
    for ident, other in dbapi(session).execute(
        "SELECT id, name FROM contact WHERE organization_id = ? ORDER BY id", (organization_id,)
    ):
        if ident != exclude_id and cached_key(other) == key:
            raise DuplicateNameError(
                "name",
                translatable("There is already a contact named {existing} at this organization."),
                int(ident),
                existing=other,
            )


def organization_named(session: Session, name: str) -> int | None:
    """The organization a name typed in a contact's form means: the oldest whose
    name is this one to a rep (case, accents, spelling variants aside). None for a
    blank name; ValidationError when there is no such organization."""
    if not name.strip():
        return None
    found = same_name(session, name.strip())
    if found is None:
        raise ValidationError(
            "organization",
            translatable(
                "There is no organization named {name}. Add it first with New organization."
            ),
            name=name.strip(),
        )
    return found[0]


def create_contact(
    session: Session,
    name: str,
    organization_id: int | None = None,
    *,
    role: str = "",
    phone: str = "",
    email: str = "",
    allow_duplicate: bool = False,
) -> int:
    values = _clean_contact(
        session,
        {
            "name": name,
            "organization_id": organization_id,
            "role": role,
            "phone": phone,
            "email": email,
        },
    )
    if not allow_duplicate:
        _check_colleague(session, values["name"], organization_id, None)
    contact = Contact(**values)
    session.add(contact)
    session.flush()
    return contact.id or 0


@dataclass(frozen=True)
class ContactEdit:
    contact_id: int
    before: dict[str, Any]
    after: dict[str, Any]


def edit_contact(
    session: Session, contact_id: int, *, allow_duplicate: bool = False, **changes: Any
) -> ContactEdit:
    """Changes the given fields (CONTACT_FIELDS); returns before and after, for undo.
    The contact's deals stay where they are when the contact changes organization."""
    contact = get(session, Contact, contact_id, "contact")
    clean = _clean_contact(session, changes)
    before = {k: getattr(contact, k) for k in clean}
    after = {k: v for k, v in clean.items() if before[k] != v}
    name = after.get("name", contact.name)
    org = after.get("organization_id", contact.organization_id)
    moved = "organization_id" in after or cached_key(contact.name) != cached_key(name)
    if moved and not allow_duplicate:
        _check_colleague(session, name, org, contact_id)
    for key, value in after.items():
        setattr(contact, key, value)
    session.add(contact)
    session.flush()
    return ContactEdit(contact_id, {k: before[k] for k in after}, after)


@dataclass(frozen=True)
class ContactSnapshot:
    values: dict[str, Any]  # every column, id and created_at included
    deals: tuple[int, ...]  # deals that had the contact


def delete_contact(session: Session, contact_id: int) -> ContactSnapshot:
    """Deletes (the undo of a create); its deals stay, without a contact."""
    contact = get(session, Contact, contact_id, "contact")
    values = contact.model_dump()
    deals = tuple(
        int(r[0])
        for r in dbapi(session).execute(
            "SELECT id FROM deal WHERE contact_id = ? ORDER BY id", (contact_id,)
        )
    )
    session.delete(contact)
    session.flush()
    session.expire_all()  # SQLite cleared the deals' contact under the ORM
    return ContactSnapshot(values, deals)


def restore_contact(session: Session, snapshot: ContactSnapshot) -> None:
    values = dict(snapshot.values)
    if session.get(Contact, values["id"]) is not None:
        raise ConflictError(translatable("The contact already exists."))
    if (
        values["organization_id"] is not None
        and session.get(Organization, values["organization_id"]) is None
    ):
        values["organization_id"] = None  # its organization went meanwhile
    session.add(Contact(**values))
    session.flush()
    dbapi(session).executemany(
        "UPDATE deal SET contact_id = ? WHERE id = ? AND contact_id IS NULL",
        [(values["id"], d) for d in snapshot.deals],
    )
    session.expire_all()
