"""What the deal workspace reads: a deal with its names resolved, and its timeline
of activities, stage changes and objections. Plain dataclasses, so the UI never
holds ORM objects past the session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, select

from salesdesk.core.models import (
    Activity,
    Contact,
    Deal,
    DealObjection,
    ExitCriterion,
    Organization,
    Stage,
    StageChange,
)
from salesdesk.core.services._common import get
from salesdesk.core.services.checklists import evidence_probability


@dataclass(frozen=True)
class DealDetails:
    id: int
    pipeline_id: int
    title: str
    organization_id: int | None
    organization: str
    contact_id: int | None
    contact: str
    value_minor: int
    currency: str
    expected_close: date | None
    stage_id: int
    stage: str
    stage_probability: int
    follow_up_days: int
    status: str
    lost_reason: str | None
    evidence: int | None  # weighted share of the stage's exit criteria met; None without any
    stage_entered_at: datetime
    next_follow_up_at: datetime | None

    @property
    def probability(self) -> int:
        """The win probability shown: the evidence when the stage has criteria."""
        if self.status != "open":
            return 100 if self.status == "won" else 0
        return self.evidence if self.evidence is not None else self.stage_probability


def deal_details(session: Session, deal_id: int) -> DealDetails:
    deal = get(session, Deal, deal_id, "deal")
    stage = get(session, Stage, deal.stage_id, "stage")
    org = session.get(Organization, deal.organization_id) if deal.organization_id else None
    contact = session.get(Contact, deal.contact_id) if deal.contact_id else None
    has_criteria = (
        session.exec(select(ExitCriterion.id).where(ExitCriterion.stage_id == stage.id)).first()
        is not None
    )
    return DealDetails(
        id=deal.id or 0,
        pipeline_id=deal.pipeline_id,
        title=deal.title,
        organization_id=deal.organization_id,
        organization=org.name if org else "",
        contact_id=deal.contact_id,
        contact=contact.name if contact else "",
        value_minor=deal.value_minor,
        currency=deal.currency,
        expected_close=deal.expected_close,
        stage_id=stage.id or 0,
        stage=stage.name,
        stage_probability=stage.probability,
        follow_up_days=stage.follow_up_days,
        status=deal.status,
        lost_reason=deal.lost_reason,
        evidence=evidence_probability(session, deal_id, stage.id or 0) if has_criteria else None,
        stage_entered_at=deal.stage_entered_at,
        next_follow_up_at=deal.next_follow_up_at,
    )


@dataclass(frozen=True)
class TimelineItem:
    at: datetime
    kind: str  # an activity kind, "follow-up", "stage" or "objection"
    summary: str  # the stage names, the outcome, the objection's category
    text: str  # notes, the objection itself; may be long
    ident: int  # the activity, stage change or objection id
    due_at: datetime | None = None
    done: bool = False


def timeline(session: Session, deal_id: int) -> list[TimelineItem]:
    """Everything that happened on the deal, newest first. A planned follow-up is
    dated by when it falls due."""
    get(session, Deal, deal_id, "deal")
    names = dict(session.exec(select(Stage.id, Stage.name)).all())
    items: list[TimelineItem] = []
    for a in session.exec(select(Activity).where(Activity.deal_id == deal_id)).all():
        planned = a.due_at is not None
        items.append(
            TimelineItem(
                a.due_at if planned and a.due_at else a.at,
                "follow-up" if planned else a.kind,
                a.outcome,
                a.text,
                a.id or 0,
                a.due_at,
                a.done_at is not None,
            )
        )
    for c in session.exec(select(StageChange).where(StageChange.deal_id == deal_id)).all():
        before = names.get(c.from_stage_id, "") if c.from_stage_id else ""
        after = names.get(c.to_stage_id, "")
        summary = f"{before} → {after}" if before else after
        items.append(TimelineItem(c.at, "stage", summary, "", c.id or 0))
    for o in session.exec(select(DealObjection).where(DealObjection.deal_id == deal_id)).all():
        items.append(TimelineItem(o.raised_at, "objection", o.category, o.text, o.id or 0))
    items.sort(key=lambda i: (i.at, i.kind == "stage"), reverse=True)
    return items
