"""Logging a call or meeting right after it happened: the activity, the questions
answered in it, the objections raised and the next step, saved together or not at
all (the caller's one transaction; any refusal rolls all of it back)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from salesdesk.core.errors import ValidationError, translatable
from salesdesk.core.models import Activity
from salesdesk.core.services import activities, checklists, objections
from salesdesk.core.services._common import clean_text
from salesdesk.core.timeutil import check_time, ensure_utc, utcnow

CLOCK_SLACK = timedelta(minutes=5)
LOGGED_KINDS = ("call", "meeting", "email", "note")
# Stored as keys (the UI shows them translated), so metrics can count them.
OUTCOMES = ("reached", "no_answer", "voicemail", "meeting_held", "rescheduled", "not_interested")


@dataclass
class RaisedObjection:
    text: str
    category: str = ""
    answer_given: str = ""
    library_id: int | None = None
    resolved: bool = False
    save_to_library: bool = False


@dataclass
class CallLog:
    kind: str = "call"
    at: datetime | None = None  # when it happened; now when None
    duration_minutes: int = 0
    outcome: str = ""
    notes: str = ""
    answers: dict[int, str] = field(default_factory=dict)  # question id -> answer
    objections: list[RaisedObjection] = field(default_factory=list)
    next_step: str = ""
    next_due: datetime | None = None  # no follow-up when None
    complete_due: bool = True  # mark follow-ups already due as done: this was the call
    language: str = "en"  # of objections saved to the library


@dataclass(frozen=True)
class LogResult:
    activity_id: int
    follow_up_id: int | None
    objection_ids: tuple[int, ...]
    completed_ids: tuple[int, ...]


def due_follow_ups(session: Session, deal_id: int, by: datetime) -> list[Activity]:
    return list(
        session.exec(
            select(Activity)
            .where(
                Activity.deal_id == deal_id,
                col(Activity.due_at).is_not(None),
                col(Activity.done_at).is_(None),
                col(Activity.due_at) <= ensure_utc(by),
            )
            .order_by(col(Activity.due_at))
        ).all()
    )


def log_interaction(session: Session, deal_id: int, entry: CallLog) -> LogResult:
    if entry.kind not in LOGGED_KINDS:
        raise ValidationError(
            "kind", translatable("Unknown activity type '{kind}'."), kind=entry.kind
        )
    if entry.outcome and entry.outcome not in OUTCOMES:
        raise ValidationError(
            "outcome", translatable("Unknown outcome '{outcome}'."), outcome=entry.outcome
        )
    now = utcnow()
    at = check_time(entry.at, "at") if entry.at is not None else now
    if at > now + CLOCK_SLACK:  # a dialog opened at "now" may be saved a minute later
        raise ValidationError("at", translatable("A call is logged after it happened, not before."))
    clean_text(entry.notes, "notes")  # refused here, the error names the notes field
    activity = activities.log_activity(
        session,
        deal_id,
        entry.kind,
        at=at,
        duration_minutes=entry.duration_minutes,
        outcome=entry.outcome,
        text=entry.notes,
    )
    for question_id, text in entry.answers.items():
        checklists.answer_question(session, deal_id, question_id, text)
    raised = [
        objections.add_objection(
            session,
            deal_id,
            o.text,
            category=o.category,
            answer_given=o.answer_given,
            library_id=o.library_id,
            resolved=o.resolved,
            save_to_library=o.save_to_library,
            language=entry.language,
            at=at,
        ).id
        or 0
        for o in entry.objections
    ]
    completed: list[int] = []
    if entry.complete_due:
        for task in due_follow_ups(session, deal_id, now):
            activities.complete_follow_up(session, task.id or 0, at=now)
            completed.append(task.id or 0)
    follow_up = None
    if entry.next_due is not None:
        if check_time(entry.next_due, "next_due") <= at:
            raise ValidationError(
                "next_due", translatable("The next step must come after the call.")
            )
        follow_up = activities.schedule_follow_up(
            session, deal_id, entry.next_due, text=entry.next_step.strip()
        ).id
    return LogResult(activity.id or 0, follow_up, tuple(raised), tuple(completed))
