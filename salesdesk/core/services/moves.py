"""Moving deals between stages and within a column: the hot path of every drop.

Plain SQL on a DB-API connection (see core/sql.py), and no ORM models imported,
so a drop commits in about a millisecond and works before the models are loaded.
A stage change appends to the history; a reorder writes one row."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from sqlite3 import Connection

from salesdesk.core.errors import NotFoundError, ValidationError, translatable
from salesdesk.core.services._common import clean_name
from salesdesk.core.sql import scalar
from salesdesk.core.timeutil import check_time, from_storage, to_storage, utcnow

POSITION_STEP = 1024.0
_MIN_GAP = 1e-6  # below this, midpoints lose precision: renumber the column


@dataclass(frozen=True)
class MoveResult:
    deal_id: int
    from_stage_id: int
    to_stage_id: int
    from_position: float
    to_position: float
    from_status: str
    to_status: str
    from_entered_at: datetime
    from_lost_reason: str | None = None
    from_closed_at: datetime | None = None  # undo puts the original close date back

    @property
    def changed_stage(self) -> bool:
        return self.from_stage_id != self.to_stage_id


def renumber(conn: Connection, stage_id: int) -> None:
    """Spreads a column's positions out again, keeping its order, in one statement."""
    conn.execute(
        "WITH r AS (SELECT id, row_number() OVER (ORDER BY position, id) AS n FROM deal"
        " WHERE stage_id = :s AND status = 'open')"
        " UPDATE deal SET position = (SELECT n FROM r WHERE r.id = deal.id) * :step"
        " WHERE id IN (SELECT id FROM r)",
        {"s": stage_id, "step": POSITION_STEP},
    )


_OPEN_IN_STAGE = "pipeline_id = :p AND status = 'open' AND stage_id = :s AND id != :moving"


def position_before(
    conn: Connection, pipeline_id: int, stage_id: int, before_id: int | None, moving: int
) -> float:
    """A position that sorts just before deal `before_id` in the column (at the end
    when None), read from the board index."""
    args = {"p": pipeline_id, "s": stage_id, "moving": moving}
    if before_id is None:
        top = scalar(conn, f"SELECT max(position) FROM deal WHERE {_OPEN_IN_STAGE}", args)
        return float(top or 0.0) + POSITION_STEP
    for attempt in range(2):
        anchor = scalar(
            conn,
            "SELECT position FROM deal WHERE id = :b AND stage_id = :s AND status = 'open'",
            {"b": before_id, "s": stage_id},
        )
        if anchor is None:
            raise ValidationError(
                "position", translatable("The deal to place it before is not in that stage.")
            )
        prev = scalar(
            conn,
            f"SELECT max(position) FROM deal WHERE {_OPEN_IN_STAGE} AND position < :a",
            {**args, "a": anchor},
        )
        low = prev if prev is not None else anchor - 2 * POSITION_STEP
        if anchor - low > _MIN_GAP or attempt:
            return float((low + anchor) / 2)
        renumber(conn, stage_id)
    raise AssertionError("unreachable")


def move_deal(
    conn: Connection,
    deal_id: int,
    stage_id: int,
    *,
    before_id: int | None = None,
    lost_reason: str | None = None,
    at: datetime | None = None,
) -> MoveResult:
    """Moves a deal to a stage (before another deal, or to the column's end).

    Moving onto the won or lost end stage wins or loses the deal; losing needs a
    reason."""
    row = conn.execute(
        "SELECT pipeline_id, stage_id, position, status, stage_entered_at, lost_reason,"
        " closed_at FROM deal WHERE id = :id",
        {"id": deal_id},
    ).fetchone()
    if row is None:
        raise NotFoundError(translatable("The {what} no longer exists."), what=translatable("deal"))
    pipeline_id, from_stage, from_position, from_status, entered, from_reason, closed = row
    target = conn.execute(
        "SELECT end_kind FROM stage WHERE id = :s AND pipeline_id = :p",
        {"s": stage_id, "p": pipeline_id},
    ).fetchone()
    if target is None:
        raise ValidationError("stage", translatable("Unknown stage."))
    end_kind = target[0]
    when = to_storage(check_time(at, "at") if at is not None else utcnow())
    reason = (
        clean_name(lost_reason, "lost_reason", translatable("lost reason"))
        if end_kind == "lost"
        else None
    )
    position = (
        position_before(conn, pipeline_id, stage_id, before_id, deal_id)
        if end_kind is None
        else from_position
    )
    changed = from_stage != stage_id
    conn.execute(
        "UPDATE deal SET stage_id = :s, position = :pos, status = :status, lost_reason = :reason,"
        " closed_at = :closed, stage_entered_at = :entered, updated_at = :now WHERE id = :id",
        {
            "s": stage_id,
            "pos": position,
            "status": end_kind or "open",
            "reason": reason,
            # A deal won again (a bulk change from the deals table) keeps its close date.
            "closed": (closed if end_kind == from_status and closed else when)
            if end_kind
            else None,
            "entered": when if changed else entered,
            "now": when,
            "id": deal_id,
        },
    )
    if changed:
        conn.execute(
            "INSERT INTO stagechange (deal_id, from_stage_id, to_stage_id, at)"
            " VALUES (:d, :f, :t, :at)",
            {"d": deal_id, "f": from_stage, "t": stage_id, "at": when},
        )
    return MoveResult(
        deal_id=deal_id,
        from_stage_id=from_stage,
        to_stage_id=stage_id,
        from_position=from_position,
        to_position=position,
        from_status=from_status,
        to_status=end_kind or "open",
        from_entered_at=from_storage(entered),
        from_lost_reason=from_reason,
        from_closed_at=from_storage(closed) if closed else None,
    )


def move_deals(
    conn: Connection,
    deal_ids: list[int],
    stage_id: int,
    *,
    before_id: int | None = None,
    lost_reason: str | None = None,
    at: datetime | None = None,
) -> list[MoveResult]:
    """Moves several deals together, keeping their order, all or none."""
    return [
        move_deal(conn, deal_id, stage_id, before_id=before_id, lost_reason=lost_reason, at=at)
        for deal_id in deal_ids
        if deal_id != before_id
    ]
