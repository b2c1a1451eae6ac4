"""Stalled deals. A deal is stalled when it has been in its stage longer than the
stage's stalled-after days, or has had no activity for longer than the stage's
idle-after days, unless a follow-up is planned within the idle window from now.
Won and lost deals never stall.

Days are counted on the rep's local calendar: a deal that entered a stage at
23:30 is one day in it at 00:10, whatever a daylight-saving change did in
between. The board and Today read the counts from SQL (`DAYS_IN_STAGE_SQL`,
`IDLE_DAYS_SQL`, SQLite's 'localtime'); `local_days` is the same count in Python."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from functools import lru_cache

from salesdesk.core.timeutil import ensure_utc, from_storage, to_storage

# Expressions over a deal aliased `d`, with the current time bound as :now.
DAYS_IN_STAGE_SQL = (
    "CAST(julianday(date(:now, 'localtime')) "
    "- julianday(date(d.stage_entered_at, 'localtime')) AS INTEGER)"
)
# Entering a stage counts as a touch: a deal just moved on is not idle.
IDLE_DAYS_SQL = (
    "CAST(julianday(date(:now, 'localtime')) - julianday(date("
    "max(coalesce(d.last_activity_at, d.stage_entered_at), d.stage_entered_at), "
    "'localtime')) AS INTEGER)"
)


def local_days(start: datetime, end: datetime, tz: tzinfo | None = None) -> int:
    """Calendar days from `start` to `end` in `tz` (the system's zone when None)."""
    return (ensure_utc(end).astimezone(tz).date() - ensure_utc(start).astimezone(tz).date()).days


@dataclass(frozen=True)
class Stall:
    days_in_stage: int
    idle_days: int
    over_stage: bool  # longer in the stage than it allows
    over_idle: bool  # no activity for longer than the stage allows


@lru_cache(maxsize=64)
def _horizon(now_text: str, days: int) -> str:
    return to_storage(from_storage(now_text) + timedelta(days=days))


def stall(
    days_in_stage: int,
    idle_days: int,
    next_follow_up: str | None,
    now_text: str,
    stalled_after_days: int,
    idle_after_days: int,
) -> Stall | None:
    """The rule, on counts already made; times are storage text (UTC, sortable)."""
    over_stage = days_in_stage > stalled_after_days
    over_idle = idle_days > idle_after_days
    if not (over_stage or over_idle):
        return None
    if next_follow_up is not None and (
        now_text < next_follow_up <= _horizon(now_text, idle_after_days)
    ):
        return None  # the next step is near: the rep is on it
    return Stall(days_in_stage, idle_days, over_stage, over_idle)


def stall_at(
    now: datetime,
    entered_at: datetime,
    last_activity_at: datetime | None,
    next_follow_up_at: datetime | None,
    stalled_after_days: int,
    idle_after_days: int,
    status: str = "open",
    tz: tzinfo | None = None,
) -> Stall | None:
    """The same rule from times, for one deal."""
    if status != "open":
        return None
    touched = max(entered_at, last_activity_at) if last_activity_at else entered_at
    return stall(
        local_days(entered_at, now, tz),
        local_days(touched, now, tz),
        to_storage(next_follow_up_at) if next_follow_up_at else None,
        to_storage(now),
        stalled_after_days,
        idle_after_days,
    )


def describe(found: Stall, stage: str) -> str:
    """English, for the command line ("14 days in Proposal, no activity for 9 days");
    the window says the same in the rep's language."""
    text = f"{found.days_in_stage} days in {stage}"
    if found.idle_days > 0:
        text += f", no activity for {found.idle_days} days"
    return text
