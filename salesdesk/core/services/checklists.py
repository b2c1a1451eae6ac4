"""Per-stage questions and exit criteria on a deal, and the evidence-based probability."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import Session, select

from salesdesk.core.errors import ValidationError, translatable
from salesdesk.core.models import Deal, DealAnswer, DealCriterion, ExitCriterion, StageQuestion
from salesdesk.core.services._common import clean_text, get
from salesdesk.core.timeutil import utcnow


def answer_question(session: Session, deal_id: int, question_id: int, text: str) -> str:
    """Stores the answer (empty text clears it); returns the previous answer for undo."""
    deal = get(session, Deal, deal_id, "deal")
    question = get(session, StageQuestion, question_id, "question")
    _same_pipeline(session, deal, question.stage_id)
    clean = clean_text(text, "answer")
    row = session.exec(
        select(DealAnswer).where(
            DealAnswer.deal_id == deal_id, DealAnswer.question_id == question_id
        )
    ).first()
    previous = row.text if row else ""
    if not clean.strip():
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(DealAnswer(deal_id=deal_id, question_id=question_id, text=clean))
    else:
        row.text = clean
        row.updated_at = utcnow()
        session.add(row)
    session.flush()
    return previous


def tick_criterion(session: Session, deal_id: int, criterion_id: int, checked: bool = True) -> bool:
    """Ticks or unticks an exit criterion; returns whether it was ticked before."""
    deal = get(session, Deal, deal_id, "deal")
    criterion = get(session, ExitCriterion, criterion_id, "exit criterion")
    _same_pipeline(session, deal, criterion.stage_id)
    row = session.get(DealCriterion, (deal_id, criterion_id))
    if checked and row is None:
        session.add(DealCriterion(deal_id=deal_id, criterion_id=criterion_id))
    elif not checked and row is not None:
        session.delete(row)
    session.flush()
    return row is not None


def evidence_probability(session: Session, deal_id: int, stage_id: int) -> int:
    """The weighted share (0..100) of the stage's exit criteria this deal has met."""
    met = session.exec(
        select(func.coalesce(func.sum(ExitCriterion.weight), 0))
        .join(DealCriterion, DealCriterion.criterion_id == ExitCriterion.id)  # type: ignore[arg-type]
        .where(ExitCriterion.stage_id == stage_id, DealCriterion.deal_id == deal_id)
    ).one()
    return int(met)


def unmet_criteria(session: Session, deal_id: int, stage_id: int) -> list[ExitCriterion]:
    ticked = set(
        session.exec(
            select(DealCriterion.criterion_id).where(DealCriterion.deal_id == deal_id)
        ).all()
    )
    criteria = session.exec(
        select(ExitCriterion)
        .where(ExitCriterion.stage_id == stage_id)
        .order_by(ExitCriterion.position)  # type: ignore[arg-type]
    ).all()
    return [c for c in criteria if c.id not in ticked]


def _same_pipeline(session: Session, deal: Deal, stage_id: int) -> None:
    from salesdesk.core.models import Stage

    stage = session.get(Stage, stage_id)
    if stage is None or stage.pipeline_id != deal.pipeline_id:
        raise ValidationError("stage", translatable("That question belongs to another pipeline."))
