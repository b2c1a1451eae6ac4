"""What the board shows, read in one query that selects only the card's columns.

Rows are light tuples-with-names (no ORM objects): at 100,000 deals, building
ORM objects alone costs more than the whole board load is allowed to take."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from sqlite3 import Connection
from typing import Any

from salesdesk.core import health
from salesdesk.core.sql import scalar
from salesdesk.core.timeutil import to_storage, utcnow

_versions = itertools.count(1)


class Card:
    """One card. Mutable so a move or edit updates it in place."""

    __slots__ = (
        "contact",
        "criteria_met",
        "currency",
        "days_in_stage",
        "expected_close",
        "id",
        "idle_days",
        "next_follow_up",
        "organization",
        "position",
        "search_key",
        "stage_id",
        "texts",
        "title",
        "value_minor",
        "version",
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
            self.idle_days,
            self.next_follow_up,  # storage text (UTC, sortable) or None
            self.expected_close,  # ISO date text or None
            self.criteria_met,
        ) = row
        self.organization = self.organization or ""
        self.contact = self.contact or ""
        self.search_key = ""  # filled lazily by the filter
        self.texts: object = None  # what the UI shows, cached there by the painter
        self.version = next(_versions)  # a changed deal is a new Card with a new version

    def __repr__(self) -> str:
        return f"Card({self.id}, {self.title!r}, stage={self.stage_id})"


_CARDS = """
SELECT d.id, d.title, o.name, c.name, d.value_minor, d.currency, d.stage_id, d.position,
       {days}, {idle},
       d.next_follow_up_at, d.expected_close,
       (SELECT count(*) FROM dealcriterion dc JOIN exitcriterion ec ON ec.id = dc.criterion_id
         WHERE dc.deal_id = d.id AND ec.stage_id = d.stage_id)
FROM deal d
LEFT JOIN organization o ON o.id = d.organization_id
LEFT JOIN contact c ON c.id = d.contact_id
WHERE {where}
ORDER BY d.stage_id, d.position, d.id
{limit}
"""
_BOARD = "d.pipeline_id = :pipeline AND d.status = 'open'"

Cursor = tuple[int, float, int]  # (stage id, position, deal id): where a page ends


def _cards(
    conn: Connection, where: str, params: dict[str, Any], limit: int | None = None
) -> list[Card]:
    sql = _CARDS.format(
        where=where,
        limit=f"LIMIT {int(limit)}" if limit else "",
        days=health.DAYS_IN_STAGE_SQL,
        idle=health.IDLE_DAYS_SQL,
    )
    return list(map(Card, conn.execute(sql, {**params, "now": _now_text()})))


def load_cards(conn: Connection, pipeline_id: int) -> list[Card]:
    """Every open card of the pipeline, in (stage, position) order."""
    return _cards(conn, _BOARD, {"pipeline": pipeline_id})


def load_column_head(conn: Connection, pipeline_id: int, stage_id: int, limit: int) -> list[Card]:
    """The first cards of one column: enough to paint the board at once."""
    return _cards(
        conn,
        f"{_BOARD} AND d.stage_id = :stage",
        {"pipeline": pipeline_id, "stage": stage_id},
        limit,
    )


def load_cards_after(
    conn: Connection, pipeline_id: int, after: Cursor | None, limit: int
) -> list[Card]:
    """The next page of cards in board order (keyset paging: each page is a short
    query on the board index, so no read transaction stays open between pages)."""
    if after is None:
        return _cards(conn, _BOARD, {"pipeline": pipeline_id}, limit)
    return _cards(
        conn,
        f"{_BOARD} AND (d.stage_id, d.position, d.id) > (:s, :pos, :id)",
        {"pipeline": pipeline_id, "s": after[0], "pos": after[1], "id": after[2]},
        limit,
    )


def load_card(conn: Connection, deal_id: int) -> Card | None:
    """One card again after an edit, a move or an undo (same columns as the board)."""
    found = _cards(conn, "d.id = :deal AND d.status = 'open'", {"deal": deal_id})
    return found[0] if found else None


@dataclass(frozen=True)
class StageFigures:
    count: int
    totals: dict[str, int]  # value per currency
    counts: dict[str, int]  # deals per currency


def stage_figures(conn: Connection, pipeline_id: int) -> dict[int, StageFigures]:
    """Counts and totals per open column in one grouped query, so headers are
    right before every card has been read."""
    rows = conn.execute(
        "SELECT stage_id, currency, count(*), sum(value_minor) FROM deal"
        " WHERE pipeline_id = :p AND status = 'open' GROUP BY stage_id, currency",
        {"p": pipeline_id},
    )
    out: dict[int, StageFigures] = {}
    for stage_id, currency, count, total in rows:
        fig = out.setdefault(stage_id, StageFigures(0, {}, {}))
        fig.totals[currency] = int(total or 0)
        fig.counts[currency] = count
        out[stage_id] = StageFigures(fig.count + count, fig.totals, fig.counts)
    return out


def _now_text() -> str:
    # julianday() reads our fixed-width UTC text directly.
    return to_storage(utcnow())


@dataclass(frozen=True)
class PipelineRef:
    id: int
    name: str


def current_pipeline(conn: Connection) -> PipelineRef | None:
    """The pipeline the rep works in (the chosen one, else the first), read without
    the ORM so the window can open before the models are even imported."""
    chosen = scalar(conn, "SELECT value FROM setting WHERE key = 'current_pipeline_id'")
    row = None
    if chosen and str(chosen).isdigit():
        row = conn.execute(
            "SELECT id, name FROM pipeline WHERE id = :i", {"i": int(chosen)}
        ).fetchone()
    if row is None:
        row = conn.execute("SELECT id, name FROM pipeline ORDER BY id LIMIT 1").fetchone()
    return PipelineRef(row[0], row[1]) if row else None


@dataclass(frozen=True)
class StageColumn:
    id: int
    name: str
    probability: int
    stalled_after_days: int
    criteria_total: int
    end_kind: str | None
    idle_after_days: int = 7


def load_columns(conn: Connection, pipeline_id: int) -> list[StageColumn]:
    rows = conn.execute(
        "SELECT s.id, s.name, s.probability, s.stalled_after_days, "
        "(SELECT count(*) FROM exitcriterion e WHERE e.stage_id = s.id), s.end_kind, "
        "s.idle_after_days "
        "FROM stage s WHERE s.pipeline_id = :p ORDER BY s.position",
        {"p": pipeline_id},
    )
    return [StageColumn(*r) for r in rows]


# --- what a card says about itself --------------------------------------------------


def is_overdue(card: Card, now_text: str) -> bool:
    """Storage text is fixed-width UTC, so comparing text compares times."""
    return card.next_follow_up is not None and card.next_follow_up < now_text


def stall(card: Card, column: StageColumn, now_text: str) -> health.Stall | None:
    """The stalled rule (core/health.py) on a card of an open column."""
    return health.stall(
        card.days_in_stage,
        card.idle_days,
        card.next_follow_up,
        now_text,
        column.stalled_after_days,
        column.idle_after_days,
    )


def is_stalled(card: Card, column: StageColumn, now_text: str) -> bool:
    return stall(card, column, now_text) is not None


def closes_in_month(card: Card, year_month: str) -> bool:
    """`year_month` as 'YYYY-MM'; expected_close is ISO date text."""
    return bool(card.expected_close) and str(card.expected_close).startswith(year_month)


def now_text() -> str:
    return _now_text()
