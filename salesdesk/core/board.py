"""What the board shows, read in one query that selects only the card's columns.

Rows are light tuples-with-names (no ORM objects): at 100,000 deals, building
ORM objects alone costs more than the whole board load is allowed to take."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from salesdesk.core.timeutil import to_storage, utcnow


class Card:
    """One card. Mutable so a move or edit updates it in place."""

    __slots__ = (
        "contact",
        "criteria_met",
        "currency",
        "days_in_stage",
        "expected_close",
        "id",
        "next_follow_up",
        "organization",
        "position",
        "search_key",
        "stage_id",
        "title",
        "value_minor",
    )

    def __init__(self, row: Any) -> None:
        (
            self.id,
            self.title,
            self.organization,
            self.contact,
            self.value_minor,
            self.currency,
            self.stage_id,
            self.position,
            self.days_in_stage,
            self.next_follow_up,  # storage text (UTC, sortable) or None
            self.expected_close,  # ISO date text or None
            self.criteria_met,
        ) = row
        self.organization = self.organization or ""
        self.contact = self.contact or ""
        self.search_key = ""  # filled lazily by the filter

    def __repr__(self) -> str:
        return f"Card({self.id}, {self.title!r}, stage={self.stage_id})"


_CARDS = """
SELECT d.id, d.title, o.name, c.name, d.value_minor, d.currency, d.stage_id, d.position,
       CAST(julianday(:now) - julianday(d.stage_entered_at) AS INTEGER),
       d.next_follow_up_at, d.expected_close,
       (SELECT count(*) FROM dealcriterion dc JOIN exitcriterion ec ON ec.id = dc.criterion_id
         WHERE dc.deal_id = d.id AND ec.stage_id = d.stage_id)
FROM deal d
LEFT JOIN organization o ON o.id = d.organization_id
LEFT JOIN contact c ON c.id = d.contact_id
WHERE d.pipeline_id = :pipeline AND d.status = 'open' {extra}
ORDER BY d.stage_id, d.position
"""


def load_cards(session: Session, pipeline_id: int) -> list[Card]:
    rows = session.connection().execute(
        text(_CARDS.format(extra="")), {"pipeline": pipeline_id, "now": _now_text()}
    )
    return [Card(r) for r in rows]


def load_card(session: Session, deal_id: int) -> Card | None:
    """One card again after an edit, a move or an undo (same columns as the board)."""
    row = (
        session.connection()
        .execute(
            text(_CARDS.replace("d.pipeline_id = :pipeline", "d.id = :deal").format(extra="")),
            {"deal": deal_id, "now": _now_text()},
        )
        .first()
    )
    return Card(row) if row is not None else None


def _now_text() -> str:
    # julianday() reads our fixed-width UTC text directly.
    return to_storage(utcnow())


@dataclass(frozen=True)
class StageColumn:
    id: int
    name: str
    probability: int
    stalled_after_days: int
    criteria_total: int
    end_kind: str | None


def load_columns(session: Session, pipeline_id: int) -> list[StageColumn]:
    rows = session.connection().execute(
        text(
            "SELECT s.id, s.name, s.probability, s.stalled_after_days, "
            "(SELECT count(*) FROM exitcriterion e WHERE e.stage_id = s.id), s.end_kind "
            "FROM stage s WHERE s.pipeline_id = :p ORDER BY s.position"
        ),
        {"p": pipeline_id},
    )
    return [StageColumn(*r) for r in rows]


# --- what a card says about itself --------------------------------------------------


def is_overdue(card: Card, now_text: str) -> bool:
    """Storage text is fixed-width UTC, so comparing text compares times."""
    return card.next_follow_up is not None and card.next_follow_up < now_text


def is_stalled(card: Card, stalled_after_days: int, now_text: str) -> bool:
    """Longer in the stage than the stage allows, with no follow-up still ahead."""
    if card.days_in_stage <= stalled_after_days:
        return False
    return card.next_follow_up is None or card.next_follow_up < now_text


def closes_in_month(card: Card, year_month: str) -> bool:
    """`year_month` as 'YYYY-MM'; expected_close is ISO date text."""
    return bool(card.expected_close) and str(card.expected_close).startswith(year_month)


def now_text() -> str:
    return _now_text()
