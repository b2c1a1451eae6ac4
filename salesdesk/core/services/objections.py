"""Objections raised on deals, and the shared library of standard answers."""

from __future__ import annotations

from sqlmodel import Session, col, or_, select

from salesdesk.core.models import Deal, DealObjection, ObjectionEntry
from salesdesk.core.services._common import clean_name, clean_text, get


def add_objection(
    session: Session,
    deal_id: int,
    text: str,
    *,
    category: str = "",
    answer_given: str = "",
    library_id: int | None = None,
    resolved: bool = False,
) -> DealObjection:
    """Records an objection in the deal's current stage; a library entry fills in
    the category when none is given."""
    deal = get(session, Deal, deal_id, "deal")
    if library_id is not None:
        entry = get(session, ObjectionEntry, library_id, "library objection")
        category = category or entry.category
    objection = DealObjection(
        deal_id=deal_id,
        library_id=library_id,
        stage_id=deal.stage_id,
        category=category.strip(),
        text=clean_name(text, "text", "objection"),
        answer_given=clean_text(answer_given, "answer"),
        resolved=resolved,
    )
    session.add(objection)
    session.flush()
    return objection


def set_resolved(session: Session, objection_id: int, resolved: bool) -> bool:
    objection = get(session, DealObjection, objection_id, "objection")
    previous = objection.resolved
    objection.resolved = resolved
    session.add(objection)
    session.flush()
    return previous


def add_library_entry(
    session: Session, category: str, text: str, answer: str = "", language: str = "en"
) -> ObjectionEntry:
    entry = ObjectionEntry(
        category=clean_name(category, "category", "category"),
        text=clean_name(text, "text", "objection"),
        answer=clean_text(answer, "answer"),
        language=language,
    )
    session.add(entry)
    session.flush()
    return entry


def search_library(session: Session, query: str, limit: int = 20) -> list[ObjectionEntry]:
    """Library entries whose text, category or answer contains the query."""
    pattern = f"%{query.strip()}%"
    return list(
        session.exec(
            select(ObjectionEntry)
            .where(
                or_(
                    col(ObjectionEntry.text).ilike(pattern),
                    col(ObjectionEntry.category).ilike(pattern),
                    col(ObjectionEntry.answer).ilike(pattern),
                )
            )
            .order_by(col(ObjectionEntry.category), col(ObjectionEntry.id))
            .limit(limit)
        ).all()
    )
