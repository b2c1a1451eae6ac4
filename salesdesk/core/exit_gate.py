"""The exit-criteria gate on a move: which criteria a deal leaves unmet when it
moves onward. Plain SQL on the board's connection (see core/sql.py), so a drop
pays one small query for it and no ORM."""

from __future__ import annotations

from dataclasses import dataclass
from sqlite3 import Connection

from salesdesk.core.sql import scalar

POLICY_KEY = "exit_criteria_policy"
POLICIES = ("warn", "block", "off")
DEFAULT_POLICY = "warn"


@dataclass(frozen=True)
class Unmet:
    deal_id: int
    title: str
    stage: str  # the stage whose criterion it is
    criterion: str
    weight: int


def policy(conn: Connection) -> str:
    value = scalar(conn, "SELECT value FROM setting WHERE key = :k", {"k": POLICY_KEY})
    return value if value in POLICIES else DEFAULT_POLICY


def set_policy(conn: Connection, value: str) -> None:
    if value not in POLICIES:
        raise ValueError(value)
    conn.execute(
        "INSERT INTO setting (key, value) VALUES (:k, :v) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        {"k": POLICY_KEY, "v": value},
    )


# Onward means to a later open stage or to Won. The criteria that count are those
# of the stage the deal leaves and of every open stage it skips.
_UNMET = """
SELECT d.id, d.title, es.name, ec.text, ec.weight
FROM deal d
JOIN stage cur ON cur.id = d.stage_id
JOIN stage target ON target.id = :target
JOIN stage es ON es.pipeline_id = d.pipeline_id AND es.end_kind IS NULL
     AND es.position >= cur.position
     AND (target.end_kind = 'won' OR es.position < target.position)
JOIN exitcriterion ec ON ec.stage_id = es.id
LEFT JOIN dealcriterion dc ON dc.deal_id = d.id AND dc.criterion_id = ec.id
WHERE d.id IN ({ids}) AND d.status = 'open' AND cur.end_kind IS NULL
  AND (target.end_kind IS NULL OR target.end_kind = 'won')
  AND dc.deal_id IS NULL
ORDER BY d.id, es.position, ec.position, ec.id
"""


def unmet_on_move(conn: Connection, deal_ids: list[int], target_stage_id: int) -> list[Unmet]:
    """The exit criteria the deals would leave unmet by moving to the target
    stage; empty for a move backward, within a stage or to Lost."""
    if not deal_ids:
        return []
    marks = ", ".join("?" for _ in deal_ids)
    sql = _UNMET.replace(":target", "?").format(ids=marks)
    rows = conn.execute(sql, [target_stage_id, *deal_ids]).fetchall()
    return [Unmet(*row) for row in rows]
