"""Per-stage questions and exit criteria on a deal, and the evidence-based probability."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, col, select

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


# --- what the deal workspace shows -------------------------------------------------------


@dataclass(frozen=True)
class QuestionItem:
    id: int
    text: str
    answer: str


@dataclass(frozen=True)
class CriterionItem:
    id: int
    text: str
    weight: int
    met: bool


@dataclass(frozen=True)
class StageChecklist:
    stage_id: int
    name: str
    probability: int  # the stage's own win probability
    follow_up_days: int
    questions: tuple[QuestionItem, ...]
    criteria: tuple[CriterionItem, ...]
    current: bool

    @property
    def evidence(self) -> int:
        """Weighted share of this stage's exit criteria met (0..100)."""
        return sum(c.weight for c in self.criteria if c.met)


def deal_checklists(session: Session, deal_id: int) -> list[StageChecklist]:
    """The open stages up to the deal's current one, earliest first, each with its
    questions (and the deal's answers) and exit criteria (and which are met). A won
    or lost deal shows every open stage it could have passed."""
    from salesdesk.core.models import Stage

    deal = get(session, Deal, deal_id, "deal")
    current = get(session, Stage, deal.stage_id, "stage")
    stages = session.exec(
        select(Stage)
        .where(Stage.pipeline_id == deal.pipeline_id, col(Stage.end_kind).is_(None))
        .order_by(col(Stage.position))
    ).all()
    if current.end_kind is None:
        stages = [s for s in stages if s.position <= current.position]
    stage_ids = [s.id for s in stages]
    answers = dict(
        session.exec(
            select(DealAnswer.question_id, DealAnswer.text).where(DealAnswer.deal_id == deal_id)
        ).all()
    )
    met = set(
        session.exec(
            select(DealCriterion.criterion_id).where(DealCriterion.deal_id == deal_id)
        ).all()
    )
    questions = session.exec(
        select(StageQuestion)
        .where(col(StageQuestion.stage_id).in_(stage_ids))
        .order_by(col(StageQuestion.position), col(StageQuestion.id))
    ).all()
    criteria = session.exec(
        select(ExitCriterion)
        .where(col(ExitCriterion.stage_id).in_(stage_ids))
        .order_by(col(ExitCriterion.position), col(ExitCriterion.id))
    ).all()
    return [
        StageChecklist(
            stage_id=s.id or 0,
            name=s.name,
            probability=s.probability,
            follow_up_days=s.follow_up_days,
            questions=tuple(
                QuestionItem(q.id or 0, q.text, answers.get(q.id or 0, ""))
                for q in questions
                if q.stage_id == s.id
            ),
            criteria=tuple(
                CriterionItem(c.id or 0, c.text, c.weight, c.id in met)
                for c in criteria
                if c.stage_id == s.id
            ),
            current=s.id == deal.stage_id,
        )
        for s in stages
    ]
