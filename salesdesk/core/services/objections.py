"""Objections raised on deals, and the shared library of standard answers."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from salesdesk.core import textsearch
from salesdesk.core.errors import translatable
from salesdesk.core.models import Deal, DealObjection, ObjectionEntry, Stage
from salesdesk.core.services._common import clean_name, clean_text, get
from salesdesk.core.timeutil import check_time


def add_objection(
    session: Session,
    deal_id: int,
    text: str,
    *,
    category: str = "",
    answer_given: str = "",
    library_id: int | None = None,
    resolved: bool = False,
    save_to_library: bool = False,
    language: str = "en",
    at: datetime | None = None,
) -> DealObjection:
    """Records an objection in the deal's current stage. A library entry fills in
    the category when none is given; `save_to_library` adds a new entry (with the
    answer given as its standard answer) and links the objection to it."""
    deal = get(session, Deal, deal_id, "deal")
    clean = clean_name(text, "text", translatable("objection"))
    answer = clean_text(answer_given, "answer")
    category = _category(category)
    raised_at = check_time(at, "at") if at is not None else None
    if library_id is not None:
        entry = get(session, ObjectionEntry, library_id, "library objection")
        category = category or entry.category
    elif save_to_library:
        entry = add_library_entry(session, category or _GENERAL, clean, answer, language=language)
        library_id, category = entry.id, entry.category
    objection = DealObjection(
        deal_id=deal_id,
        library_id=library_id,
        stage_id=deal.stage_id,
        category=category,
        text=clean,
        answer_given=answer,
        resolved=resolved,
    )
    if raised_at is not None:
        objection.raised_at = raised_at
    session.add(objection)
    session.flush()
    return objection


_GENERAL = "General"  # the category of a new library entry saved without one


def _category(value: str | None) -> str:
    """An objection's category may be left blank; when given it is a name."""
    text = (value or "").strip()
    return clean_name(text, "category", translatable("category")) if text else ""


@dataclass(frozen=True)
class ObjectionChange:
    objection_id: int
    before: dict[str, object]
    after: dict[str, object]


def update_objection(session: Session, objection_id: int, **changes: object) -> ObjectionChange:
    """Changes the answer given, resolved flag, category or text; returns
    before/after for undo."""
    objection = get(session, DealObjection, objection_id, "objection")
    clean: dict[str, object] = {}
    for name, value in changes.items():
        if name == "answer_given":
            clean[name] = clean_text(str(value), "answer")
        elif name == "resolved":
            clean[name] = bool(value)
        elif name == "text":
            clean[name] = clean_name(str(value), "text", "objection")
        elif name == "category":
            clean[name] = _category(str(value))
        else:
            raise KeyError(name)
    before = {name: getattr(objection, name) for name in clean}
    for name, value in clean.items():
        setattr(objection, name, value)
    session.add(objection)
    session.flush()
    return ObjectionChange(objection_id, before, clean)


def set_resolved(session: Session, objection_id: int, resolved: bool) -> bool:
    return bool(update_objection(session, objection_id, resolved=resolved).before["resolved"])


def delete_objection(session: Session, objection_id: int) -> dict[str, object]:
    """Deletes an objection; returns its row so undo can put it back."""
    objection = get(session, DealObjection, objection_id, "objection")
    row = objection.model_dump()
    session.delete(objection)
    session.flush()
    return row


def restore_objection(session: Session, row: dict[str, object]) -> DealObjection:
    objection = DealObjection.model_validate(row)
    session.add(objection)
    session.flush()
    return objection


@dataclass(frozen=True)
class ObjectionItem:
    id: int
    category: str
    stage: str
    text: str
    answer_given: str
    resolved: bool
    raised_at: datetime
    library_id: int | None


def deal_objections(session: Session, deal_id: int) -> list[ObjectionItem]:
    """The deal's objections, open ones first, then newest first."""
    rows = session.exec(
        select(DealObjection, Stage.name)
        .join(Stage, col(Stage.id) == DealObjection.stage_id, isouter=True)
        .where(DealObjection.deal_id == deal_id)
        .order_by(col(DealObjection.resolved), col(DealObjection.raised_at).desc())
    ).all()
    return [
        ObjectionItem(
            o.id or 0,
            o.category,
            stage or "",
            o.text,
            o.answer_given,
            o.resolved,
            o.raised_at,
            o.library_id,
        )
        for o, stage in rows
    ]


# --- the library -------------------------------------------------------------------------


def add_library_entry(
    session: Session, category: str, text: str, answer: str = "", language: str = "en"
) -> ObjectionEntry:
    entry = ObjectionEntry(
        category=clean_name(category, "category", translatable("category")),
        text=clean_name(text, "text", translatable("objection")),
        answer=clean_text(answer, "answer"),
        language=language,
    )
    session.add(entry)
    session.flush()
    return entry


def update_library_entry(
    session: Session, entry_id: int, *, category: str, text: str, answer: str
) -> dict[str, str]:
    """Rewrites an entry; returns its previous values for undo."""
    entry = get(session, ObjectionEntry, entry_id, "library objection")
    before = {"category": entry.category, "text": entry.text, "answer": entry.answer}
    entry.category = clean_name(category, "category", translatable("category"))
    entry.text = clean_name(text, "text", translatable("objection"))
    entry.answer = clean_text(answer, "answer")
    session.add(entry)
    session.flush()
    return before


def delete_library_entry(session: Session, entry_id: int) -> None:
    """Objections already raised on deals keep their text; they lose the link."""
    entry = get(session, ObjectionEntry, entry_id, "library objection")
    for objection in session.exec(
        select(DealObjection).where(DealObjection.library_id == entry_id)
    ).all():
        objection.library_id = None
        session.add(objection)
    session.delete(entry)
    session.flush()


def search_library(session: Session, query: str, limit: int = 20) -> list[ObjectionEntry]:
    """Entries whose text, category or answer holds every word of the query, in any
    script: case, accents and Persian/Arabic letter variants do not matter (SQL LIKE
    folds ASCII case only). Entries whose text starts with the query come first.
    The library is a few hundred rows, so matching in Python is instant."""
    needle = textsearch.normalize(query.strip())
    entries = session.exec(
        select(ObjectionEntry).order_by(col(ObjectionEntry.category), col(ObjectionEntry.id))
    ).all()
    if not needle:
        return list(entries[:limit])
    ranked: list[tuple[int, int, ObjectionEntry]] = []
    for index, entry in enumerate(entries):
        text = textsearch.normalize(entry.text)
        if textsearch.matches(needle, text):
            rank = 0 if text.startswith(needle) else 1
        elif textsearch.matches(needle, textsearch.normalize(f"{entry.category} {entry.answer}")):
            rank = 2
        else:
            continue
        ranked.append((rank, index, entry))
    ranked.sort(key=lambda r: (r[0], r[1]))
    return [entry for _, _, entry in ranked[:limit]]


@dataclass(frozen=True)
class LibraryRow:
    """A library entry with how it fared: how often it came up, in which stages,
    and how the deals that raised it ended."""

    id: int
    category: str
    text: str
    answer: str
    language: str
    raised: int
    by_stage: tuple[tuple[str, int], ...]  # stage name, times, most frequent first
    won: int
    lost: int

    @property
    def win_rate(self) -> float | None:
        """Won share of the closed deals that raised it; None when none closed yet."""
        closed = self.won + self.lost
        return self.won / closed if closed else None


def library_stats(session: Session) -> list[LibraryRow]:
    entries = session.exec(
        select(ObjectionEntry).order_by(col(ObjectionEntry.category), col(ObjectionEntry.id))
    ).all()
    raised = session.exec(
        select(DealObjection.library_id, DealObjection.deal_id, Stage.name, Deal.status)
        .join(Deal, col(Deal.id) == DealObjection.deal_id)
        .join(Stage, col(Stage.id) == DealObjection.stage_id, isouter=True)
        .where(col(DealObjection.library_id).is_not(None))
    ).all()
    times: Counter[int] = Counter()
    stages: dict[int, Counter[str]] = {}
    outcomes: dict[int, dict[int, str]] = {}  # entry -> deal -> status (a deal counts once)
    for library_id, deal_id, stage, status in raised:
        assert library_id is not None
        times[library_id] += 1
        stages.setdefault(library_id, Counter())[stage or ""] += 1
        outcomes.setdefault(library_id, {})[deal_id] = status
    rows = []
    for e in entries:
        ident = e.id or 0
        statuses = list(outcomes.get(ident, {}).values())
        rows.append(
            LibraryRow(
                ident,
                e.category,
                e.text,
                e.answer,
                e.language,
                times[ident],
                tuple(stages.get(ident, Counter()).most_common()),
                statuses.count("won"),
                statuses.count("lost"),
            )
        )
    return rows
