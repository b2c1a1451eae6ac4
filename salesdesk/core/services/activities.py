"""Calls, meetings, emails, notes and tasks on a deal; follow-ups are open tasks with a due time."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from salesdesk.core.errors import ValidationError, translatable
from salesdesk.core.models import ACTIVITY_KINDS, Activity, Deal
from salesdesk.core.services._common import clean_text, get
from salesdesk.core.timeutil import check_time, ensure_utc, utcnow

MAX_DURATION_MINUTES = 24 * 60


def log_activity(
    session: Session,
    deal_id: int,
    kind: str,
    *,
    at: datetime | None = None,
    duration_minutes: int = 0,
    outcome: str = "",
    text: str = "",
) -> Activity:
    """Records something that happened (a call just made, a meeting just held)."""
    deal = get(session, Deal, deal_id, "deal")
    if kind not in ACTIVITY_KINDS:
        raise ValidationError("kind", translatable("Unknown activity type '{kind}'."), kind=kind)
    if (
        not isinstance(duration_minutes, int)
        or isinstance(duration_minutes, bool)
        or not 0 <= duration_minutes <= MAX_DURATION_MINUTES
    ):
        raise ValidationError(
            "duration", translatable("The duration must be between 0 and 24 hours.")
        )
    activity = Activity(
        deal_id=deal_id,
        kind=kind,
        at=check_time(at, "at") if at is not None else utcnow(),
        duration_minutes=duration_minutes,
        outcome=clean_text(outcome, "outcome").strip(),
        text=clean_text(text, "text"),
        done_at=utcnow() if kind == "task" else None,
    )
    session.add(activity)
    deal.updated_at = utcnow()
    if kind != "task":  # a task is a plan; the rest happened
        touch(deal, activity.at)
    session.add(deal)
    session.flush()
    return activity


def touch(deal: Deal, at: datetime) -> None:
    """Keeps the deal's last activity (read by the stalled rules) up to date; a call
    logged late, for last week, does not move it back."""
    at = ensure_utc(at)
    if deal.last_activity_at is None or deal.last_activity_at < at:
        deal.last_activity_at = at


def refresh_next_follow_up(session: Session, deal_id: int) -> datetime | None:
    """The deal's next follow-up is its earliest open task: kept on the deal so the
    board and Today read it without a join."""
    deal = get(session, Deal, deal_id, "deal")
    earliest = session.exec(
        select(func.min(Activity.due_at)).where(
            Activity.deal_id == deal_id,
            col(Activity.due_at).is_not(None),
            col(Activity.done_at).is_(None),
        )
    ).one()
    # SQL min() hands back the stored text; read it through the model's type.
    deal.next_follow_up_at = (
        session.exec(
            select(Activity.due_at).where(Activity.deal_id == deal_id, Activity.due_at == earliest)
        ).first()
        if earliest is not None
        else None
    )
    session.add(deal)
    session.flush()
    return deal.next_follow_up_at


def schedule_follow_up(
    session: Session, deal_id: int, due_at: datetime, *, text: str = "", kind: str = "task"
) -> Activity:
    get(session, Deal, deal_id, "deal")
    if kind not in ACTIVITY_KINDS:
        raise ValidationError("kind", translatable("Unknown activity type '{kind}'."), kind=kind)
    task = Activity(
        deal_id=deal_id,
        kind=kind,
        at=utcnow(),
        due_at=check_time(due_at, "due_at"),
        text=clean_text(text, "text"),
    )
    session.add(task)
    session.flush()
    refresh_next_follow_up(session, deal_id)
    return task


def complete_follow_up(session: Session, activity_id: int, at: datetime | None = None) -> Activity:
    task = get(session, Activity, activity_id, "follow-up")
    if task.due_at is None:
        raise ValidationError("activity", translatable("This activity is not a follow-up."))
    task.done_at = check_time(at, "at") if at is not None else utcnow()
    session.add(task)
    touch(get(session, Deal, task.deal_id, "deal"), task.done_at)
    session.flush()
    refresh_next_follow_up(session, task.deal_id)
    return task


def timeline(session: Session, deal_id: int) -> list[Activity]:
    return list(
        session.exec(
            select(Activity).where(Activity.deal_id == deal_id).order_by(col(Activity.at).desc())
        ).all()
    )


def reschedule_follow_up(session: Session, activity_id: int, due_at: datetime) -> datetime:
    """Moves an open follow-up to a new time (snooze, reschedule); returns the old
    time for undo."""
    task = get(session, Activity, activity_id, "follow-up")
    if task.due_at is None:
        raise ValidationError("activity", translatable("This activity is not a follow-up."))
    if task.done_at is not None:
        raise ValidationError("activity", translatable("This follow-up is already done."))
    previous = task.due_at
    task.due_at = check_time(due_at, "due_at")
    session.add(task)
    session.flush()
    refresh_next_follow_up(session, task.deal_id)
    return previous


def reopen_follow_up(session: Session, activity_id: int) -> Activity:
    """Undoes a completion: the follow-up is open again (the deal's last activity
    keeps the time it was done; a touch that happened is not taken back)."""
    task = get(session, Activity, activity_id, "follow-up")
    task.done_at = None
    session.add(task)
    session.flush()
    refresh_next_follow_up(session, task.deal_id)
    return task
