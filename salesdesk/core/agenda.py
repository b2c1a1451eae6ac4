"""Today: what the rep should do, in the order a morning goes. Overdue follow-ups,
those due today, the coming week, open deals with no next step, and stalled
deals with the reason. Plain SQL on one connection; Qt-free, so `salesdesk
agenda` prints exactly what the window shows."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, time, timedelta, tzinfo
from sqlite3 import Connection
from typing import Any

from salesdesk.core import health
from salesdesk.core.timeutil import ensure_utc, from_storage, to_storage, utcnow

GROUPS = ("overdue", "today", "week", "no_next_step", "stalled")
TOUCH_GOAL = 5  # many sales come only after the fifth touch; most reps stop after two
WEEK_DAYS = 7
MORNING = time(9, 0)  # snoozed "tomorrow" or "next week": at the start of the working day
SNOOZES = ("hour", "tomorrow", "next_week")

_DEAL_COLUMNS = "d.id, d.title, coalesce(o.name, '') AS org, s.name AS stage"
_FROM = (
    "FROM deal d JOIN stage s ON s.id = d.stage_id "
    "LEFT JOIN organization o ON o.id = d.organization_id"
)


@dataclass(frozen=True)
class AgendaItem:
    deal_id: int
    title: str
    organization: str
    stage: str
    touches: int  # calls, meetings and emails since the deal entered its stage
    follow_up_id: int | None = None
    due: datetime | None = None  # aware UTC
    text: str = ""  # what the follow-up is for
    kind: str = ""  # of the follow-up: task, call, meeting...
    stall: health.Stall | None = None

    @property
    def reason(self) -> str:
        return health.describe(self.stall, self.stage) if self.stall else ""


@dataclass
class Agenda:
    now: datetime
    overdue: list[AgendaItem] = field(default_factory=list)
    today: list[AgendaItem] = field(default_factory=list)
    week: list[AgendaItem] = field(default_factory=list)
    no_next_step: list[AgendaItem] = field(default_factory=list)
    stalled: list[AgendaItem] = field(default_factory=list)
    counts: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(GROUPS, 0)
    )  # whole groups, also when the lists were cut

    GROUPS = GROUPS

    def groups(self) -> list[tuple[str, list[AgendaItem]]]:
        return [(name, getattr(self, name)) for name in self.GROUPS]

    def to_json(self) -> dict[str, Any]:
        """Stable snake_case keys; times as ISO 8601 in UTC."""

        def item(i: AgendaItem) -> dict[str, Any]:
            data = asdict(i)
            data["due"] = i.due.isoformat() if i.due else None
            data["stall"] = asdict(i.stall) if i.stall else None
            data["reason"] = i.reason
            return data

        return {"now": self.now.isoformat(), "counts": dict(self.counts)} | {
            name: [item(i) for i in items] for name, items in self.groups()
        }


def day_start(now: datetime, tz: tzinfo | None = None, days: int = 0) -> datetime:
    """Midnight `days` after today on the local calendar, as an aware UTC time."""
    local = ensure_utc(now).astimezone(tz).date() + timedelta(days=days)
    return _local(datetime.combine(local, time(0)), tz)


def _local(naive: datetime, tz: tzinfo | None) -> datetime:
    # A naive time read as the system's local time follows its daylight-saving
    # rules for that date (a fixed offset taken from today would not).
    return (naive.replace(tzinfo=tz) if tz else naive.astimezone()).astimezone(
        ensure_utc(utcnow()).tzinfo
    )


def snooze_until(preset: str, now: datetime, tz: tzinfo | None = None) -> datetime:
    """An hour from now, tomorrow morning, or next Monday morning (local time)."""
    now = ensure_utc(now)
    if preset == "hour":
        return now + timedelta(hours=1)
    today = now.astimezone(tz).date()
    if preset == "tomorrow":
        day = today + timedelta(days=1)
    elif preset == "next_week":
        day = today + timedelta(days=7 - today.weekday())
    else:
        raise ValueError(preset)
    return _local(datetime.combine(day, MORNING), tz)


def build(
    conn: Connection,
    now: datetime | None = None,
    tz: tzinfo | None = None,
    pipeline_id: int | None = None,
    limit: int | None = None,
) -> Agenda:
    """Every group in full, or its first `limit` rows (counts stay whole): a window
    shows a day's work, not 5,000 stalled deals."""
    now = ensure_utc(now) if now else utcnow()
    agenda = Agenda(now)
    now_text = to_storage(now)
    tomorrow = to_storage(day_start(now, tz, 1))
    week_end = to_storage(day_start(now, tz, 1 + WEEK_DAYS))
    scope = "d.status = 'open'" + (" AND d.pipeline_id = :pipeline" if pipeline_id else "")
    params = {"now": now_text, "end": week_end, "pipeline": pipeline_id}
    kept: dict[str, list[tuple[Any, dict[str, Any]]]] = {name: [] for name in agenda.GROUPS}

    def keep(group: str, row: Any, **extra: Any) -> None:
        agenda.counts[group] += 1
        if limit is None or len(kept[group]) < limit:
            kept[group].append((row, extra))

    for row in conn.execute(
        f"SELECT {_DEAL_COLUMNS}, a.id, a.due_at, a.text, a.kind {_FROM} "
        "JOIN activity a ON a.deal_id = d.id "
        f"WHERE {scope} AND a.due_at IS NOT NULL AND a.done_at IS NULL AND a.due_at < :end "
        "ORDER BY a.due_at, a.id",
        params,
    ):
        follow_id, due, text, kind = row[4:]
        group = "overdue" if due < now_text else "today" if due < tomorrow else "week"
        keep(group, row, follow_up_id=follow_id, due=from_storage(due), text=text, kind=kind)
    for row in conn.execute(
        f"SELECT {_DEAL_COLUMNS} {_FROM} WHERE {scope} AND d.next_follow_up_at IS NULL "
        "ORDER BY d.updated_at, d.id",
        params,
    ):
        keep("no_next_step", row)
    # SQL keeps the deals past either limit; the rule (a near follow-up excuses
    # them) is applied by health.stall, as on the board. SQL counts days in the
    # system's zone; for another zone it keeps a margin and Python counts exactly.
    days, idle = health.DAYS_IN_STAGE_SQL, health.IDLE_DAYS_SQL
    slack = 0 if tz is None else 2
    for row in conn.execute(
        f"SELECT * FROM (SELECT {_DEAL_COLUMNS}, {days} AS days, {idle} AS idle, "
        f"d.next_follow_up_at, s.stalled_after_days AS stalled, s.idle_after_days AS idle_max, "
        f"d.stage_entered_at, d.last_activity_at {_FROM} WHERE {scope}) "
        f"WHERE days + {slack} > stalled OR idle + {slack} > idle_max "
        "ORDER BY days DESC, id",
        params,
    ):
        stage_days, idle_days, follow, stalled_after, idle_after, entered, touched = row[4:]
        if tz is not None:
            start = from_storage(entered)
            last = max(start, from_storage(touched)) if touched else start
            stage_days = health.local_days(start, now, tz)
            idle_days = health.local_days(last, now, tz)
        found = health.stall(stage_days, idle_days, follow, now_text, stalled_after, idle_after)
        if found is not None:
            keep("stalled", row, stall=found)
    touches = _touches(conn, {row[0] for rows in kept.values() for row, _ in rows})
    for name, rows in kept.items():
        setattr(
            agenda,
            name,
            [
                AgendaItem(row[0], row[1], row[2], row[3], touches.get(row[0], 0), **extra)
                for row, extra in rows
            ],
        )
    return agenda


def _touches(conn: Connection, deal_ids: set[int]) -> dict[int, int]:
    """Calls, meetings and emails since each deal entered its stage, for the deals
    shown only."""
    out: dict[int, int] = {}
    ids = sorted(deal_ids)
    for start in range(0, len(ids), 500):  # SQLite's limit on bound parameters
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        out.update(
            conn.execute(
                "SELECT d.id, count(t.id) FROM deal d JOIN activity t ON t.deal_id = d.id "
                "AND t.due_at IS NULL AND t.kind IN ('call', 'meeting', 'email') "
                f"AND t.at >= d.stage_entered_at WHERE d.id IN ({marks}) GROUP BY d.id",
                chunk,
            ).fetchall()
        )
    return out
