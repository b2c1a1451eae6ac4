"""One read of what the figures need: a pipeline's stages, its deals with their
stage history, objections and forecast targets. Every figure is then a pure
function of this snapshot (no SQL, no Qt), so the report reads the database once:
six queries, whatever the number of figures."""

from __future__ import annotations

import bisect
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime

from salesdesk.core.errors import NotFoundError, translatable
from salesdesk.core.metrics.period import Period
from salesdesk.core.timeutil import from_storage, utcnow

# Setting key of the monthly forecast target, per currency: "forecast_target_minor/EUR"
# holds the target in minor units as decimal text ("5000000" is 50,000.00 EUR).
TARGET_KEY = "forecast_target_minor/"


@dataclass(frozen=True)
class StageInfo:
    id: int
    name: str
    position: int
    probability: int  # percent
    stalled_after_days: int
    end_kind: str | None  # None, "won" or "lost"


@dataclass
class DealInfo:
    id: int
    stage_id: int
    status: str
    value_minor: int
    currency: str
    lost_reason: str | None
    expected_close: date | None
    created_at: datetime
    # Weighted share (0..100) of its current stage's exit criteria met, for an open
    # deal in a stage that has criteria; None otherwise (the workspace's rule).
    evidence: int | None = None
    # (at, stage id) for every stage the deal entered, in time order; the first is
    # its creation.
    changes: list[tuple[datetime, int]] = field(default_factory=list)

    def probability(self, stage: StageInfo) -> int:
        """The win probability the forecast weighs it by: the evidence from its
        checklist where it has one, else its stage's probability."""
        return stage.probability if self.evidence is None else self.evidence

    def stage_at(self, at: datetime) -> int | None:
        """The stage the deal was in just before `at` (None: not created yet)."""
        # (at,) sorts before every (at, stage): the first change at or after `at`.
        i = bisect.bisect_left(self.changes, (at,))
        return self.changes[i - 1][1] if i else None


@dataclass(frozen=True)
class ObjectionInfo:
    deal_id: int
    stage_id: int | None
    category: str
    text: str
    raised_at: datetime


@dataclass
class History:
    pipeline_id: int
    stages: list[StageInfo]  # in board order (position)
    deals: list[DealInfo]
    objections: list[ObjectionInfo]
    targets: dict[str, int]  # monthly forecast target per currency, minor units
    now: datetime
    _by_id: dict[int, StageInfo] = field(default_factory=dict, repr=False)
    # closings per period (see outcomes.closings): several figures need them
    _closings: dict[Period, dict[int, str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._by_id = {s.id: s for s in self.stages}

    @property
    def open_stages(self) -> list[StageInfo]:
        return [s for s in self.stages if s.end_kind is None]

    def end_stage_ids(self, kind: str) -> set[int]:
        return {s.id for s in self.stages if s.end_kind == kind}

    def stage(self, stage_id: int | None) -> StageInfo | None:
        return self._by_id.get(stage_id) if stage_id is not None else None


def load(conn: sqlite3.Connection, pipeline_id: int, now: datetime | None = None) -> History:
    """Reads the snapshot. `now` (default: the current time) ends stints still running."""
    stages = [
        StageInfo(*row)
        for row in conn.execute(
            "SELECT id, name, position, probability, stalled_after_days, end_kind FROM stage"
            " WHERE pipeline_id = ? ORDER BY position, id",
            (pipeline_id,),
        )
    ]
    if not stages:
        exists = conn.execute("SELECT 1 FROM pipeline WHERE id = ?", (pipeline_id,)).fetchone()
        if exists is None:
            raise NotFoundError(translatable("There is no pipeline with id {id}."), id=pipeline_id)
    deals: dict[int, DealInfo] = {}
    for did, sid, status, value, cur, reason, close, created in conn.execute(
        "SELECT id, stage_id, status, value_minor, currency, lost_reason, expected_close,"
        " created_at FROM deal WHERE pipeline_id = ? ORDER BY id",
        (pipeline_id,),
    ):
        deals[did] = DealInfo(
            did,
            sid,
            status,
            int(value or 0),
            cur,
            reason,
            date.fromisoformat(close[:10]) if close else None,
            from_storage(created),
        )
    for did, sid, at in conn.execute(
        "SELECT c.deal_id, c.to_stage_id, c.at FROM stagechange c"
        " JOIN deal d ON d.id = c.deal_id WHERE d.pipeline_id = ? ORDER BY c.at, c.id",
        (pipeline_id,),
    ):
        deals[did].changes.append((from_storage(at), sid))
    for deal in deals.values():
        if not deal.changes:  # no history (an older import): it has been where it is
            deal.changes.append((deal.created_at, deal.stage_id))
    for did, evidence in conn.execute(
        # The workspace's evidence: the met criteria's weights in the current stage.
        "SELECT d.id, COALESCE(SUM(CASE WHEN m.deal_id IS NULL THEN 0 ELSE c.weight END), 0)"
        " FROM deal d JOIN exitcriterion c ON c.stage_id = d.stage_id"
        " LEFT JOIN dealcriterion m ON m.criterion_id = c.id AND m.deal_id = d.id"
        " WHERE d.pipeline_id = ? AND d.status = 'open' GROUP BY d.id",
        (pipeline_id,),
    ):
        deals[did].evidence = min(100, int(evidence))
    objections = [
        ObjectionInfo(did, sid, cat or "", text, from_storage(at))
        for did, sid, cat, text, at in conn.execute(
            "SELECT o.deal_id, o.stage_id, o.category, o.text, o.raised_at FROM dealobjection o"
            " JOIN deal d ON d.id = o.deal_id WHERE d.pipeline_id = ? ORDER BY o.id",
            (pipeline_id,),
        )
    ]
    return History(
        pipeline_id, stages, list(deals.values()), objections, read_targets(conn), now or utcnow()
    )


def read_targets(conn: sqlite3.Connection) -> dict[str, int]:
    out: dict[str, int] = {}
    for key, value in conn.execute(
        "SELECT key, value FROM setting WHERE key LIKE ?", (TARGET_KEY + "%",)
    ):
        currency = key[len(TARGET_KEY) :].strip().upper()
        try:
            target = int(value.strip())
        except ValueError:
            continue  # a hand-edited value that is not a number: no target
        if len(currency) == 3 and target > 0:
            out[currency] = target
    return out
