"""Reads the figures off the GUI thread: one snapshot of the history in its own
connection (a read transaction, so every figure sees the same moment), then the
pure figures. The page stays responsive while a 100,000-deal pipeline is read."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from salesdesk.core import board
from salesdesk.core.metrics import History, build, load
from salesdesk.core.metrics.period import Period
from salesdesk.core.timeutil import utcnow
from salesdesk.storage.database import Database


@dataclass(frozen=True)
class Loaded:
    pipeline_id: int
    doc: dict[str, Any]
    currency: str  # the currency most deals use: the forecast's default
    history: History  # kept by the page for the next period (see `read`)
    pipelines: list[tuple[int, str]]  # every pipeline (id, name), for the chooser


def read(
    db: Database, pipeline_id: int | None, period: Period, kept: Loaded | None = None
) -> Loaded | None:
    """None when there is no pipeline at all. `kept`: the last answer for the same
    pipeline, while nothing has changed since; its snapshot does not depend on the
    period, so choosing another period only recomputes the figures."""
    if kept is not None and kept.pipeline_id == pipeline_id:
        kept.history.now = utcnow()  # stays still running are counted up to now
        doc = build(kept.history, period)
        return Loaded(pipeline_id, doc, kept.currency, kept.history, kept.pipelines)
    conn: sqlite3.Connection = db.raw()
    try:
        conn.execute("BEGIN")
        if pipeline_id is None:
            current = board.current_pipeline(conn)
            if current is None:
                return None
            pipeline_id = current.id
        history = load(conn, pipeline_id)
        row = conn.execute(
            "SELECT currency FROM deal WHERE pipeline_id = ? GROUP BY currency"
            " ORDER BY count(*) DESC, currency LIMIT 1",
            (pipeline_id,),
        ).fetchone()
        pipelines = [
            (int(i), str(n)) for i, n in conn.execute("SELECT id, name FROM pipeline ORDER BY id")
        ]
        conn.execute("COMMIT")
    finally:
        conn.close()
    currency = str(row[0]) if row else "EUR"
    return Loaded(pipeline_id, build(history, period), currency, history, pipelines)
