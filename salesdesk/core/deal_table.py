"""What the deals table shows: every deal of a pipeline, open, won and lost, read in
one plain-SQL query (no ORM objects: 100,000 rows must read in well under a second).

A row is a board `Card` with the closed deal's extras, so the board's quick-filter
rules (stalled, overdue, closing this month) apply to it unchanged."""

from __future__ import annotations

from sqlite3 import Connection
from typing import Any

from salesdesk.core import health
from salesdesk.core.board import Card, StageColumn, now_text
from salesdesk.core.textsearch import normalize

_ROWS = """
SELECT d.id, d.title, o.name, c.name, d.value_minor, d.currency, d.stage_id, d.position,
       {days}, {idle}, d.next_follow_up_at, d.expected_close, 0,
       d.status, d.last_activity_at, d.closed_at
FROM deal d
LEFT JOIN organization o ON o.id = d.organization_id
LEFT JOIN contact c ON c.id = d.contact_id
WHERE {where}
"""


class Row(Card):
    """One deal in the table. `search_key` is filled when read (on the worker)."""

    __slots__ = ("closed_at", "last_activity", "status")

    def __init__(self, row: Any) -> None:
        super().__init__(row[:13])
        self.status: str = row[13]
        self.last_activity: str | None = row[14]  # storage text (UTC) or None
        self.closed_at: str | None = row[15]

    @property
    def is_open(self) -> bool:
        return self.status == "open"


def _rows(conn: Connection, where: str, params: dict[str, Any]) -> list[Row]:
    sql = _ROWS.format(where=where, days=health.DAYS_IN_STAGE_SQL, idle=health.IDLE_DAYS_SQL)
    rows = list(map(Row, conn.execute(sql, {**params, "now": now_text()})))
    # What the filter box matches, as on the board. Names repeat across deals (an
    # organization has several), so each is normalised once.
    names: dict[str, str] = {}
    for row in rows:
        org, contact = row.organization, row.contact
        if org not in names:
            names[org] = normalize(org)
        if contact not in names:
            names[contact] = normalize(contact)
        row.search_key = f"{normalize(row.title)} {names[org]} {names[contact]}"
    return rows


def load_rows(conn: Connection, pipeline_id: int) -> list[Row]:
    """Every deal of the pipeline, in id order, search keys prepared."""
    return _rows(conn, "d.pipeline_id = :p ORDER BY d.id", {"p": pipeline_id})


def load_row(conn: Connection, deal_id: int) -> Row | None:
    """One deal again after a change (None once deleted)."""
    found = _rows(conn, "d.id = :d", {"d": deal_id})
    return found[0] if found else None


def probability(row: Row, stage: StageColumn | None) -> int:
    """Percent: the stage's for an open deal (as the board's weighted totals),
    100 for won, 0 for lost."""
    if row.status == "won":
        return 100
    if row.status == "lost" or stage is None:
        return 0
    return stage.probability
