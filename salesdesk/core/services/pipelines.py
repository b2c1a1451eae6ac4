"""Pipelines and their stages: which one is current, and what each stage holds."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, col, select

from salesdesk.core import board
from salesdesk.core.errors import Term, ValidationError, translatable
from salesdesk.core.models import Deal, Pipeline, Setting, Stage
from salesdesk.core.sql import dbapi

CURRENT_PIPELINE = "current_pipeline_id"


def get_setting(session: Session, key: str, default: str = "") -> str:
    row = session.get(Setting, key)
    return row.value if row is not None else default


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
        session.add(row)
    session.flush()


def current_pipeline(session: Session) -> Pipeline | None:
    """The pipeline the rep works in; the first one when none was chosen."""
    ref = board.current_pipeline(dbapi(session))
    return session.get(Pipeline, ref.id) if ref else None


def set_current_pipeline(session: Session, pipeline_id: int) -> None:
    if session.get(Pipeline, pipeline_id) is None:
        raise ValidationError("pipeline", translatable("That pipeline does not exist."))
    set_setting(session, CURRENT_PIPELINE, str(pipeline_id))


def stages(session: Session, pipeline_id: int) -> list[Stage]:
    return list(
        session.exec(
            select(Stage).where(Stage.pipeline_id == pipeline_id).order_by(col(Stage.position))
        ).all()
    )


def end_stage(session: Session, pipeline_id: int, kind: str) -> Stage:
    stage = session.exec(
        select(Stage).where(Stage.pipeline_id == pipeline_id, Stage.end_kind == kind)
    ).first()
    if stage is None:
        raise ValidationError(
            "stage", translatable("The pipeline has no '{kind}' stage."), kind=Term(kind)
        )
    return stage


@dataclass(frozen=True)
class StageSummary:
    stage_id: int
    name: str
    probability: int
    end_kind: str | None
    deals: int
    value_minor_by_currency: dict[str, int]


def stage_summaries(session: Session, pipeline_id: int) -> list[StageSummary]:
    """Deal counts and totals per stage in one grouped query."""
    rows = session.exec(
        select(Deal.stage_id, Deal.currency, func.count(), func.sum(Deal.value_minor))
        .where(Deal.pipeline_id == pipeline_id)
        .group_by(col(Deal.stage_id), col(Deal.currency))
    ).all()
    counts: dict[int, int] = {}
    totals: dict[int, dict[str, int]] = {}
    for stage_id, currency, count, total in rows:
        counts[stage_id] = counts.get(stage_id, 0) + count
        totals.setdefault(stage_id, {})[currency] = int(total or 0)
    return [
        StageSummary(
            s.id or 0,
            s.name,
            s.probability,
            s.end_kind,
            counts.get(s.id or 0, 0),
            totals.get(s.id or 0, {}),
        )
        for s in stages(session, pipeline_id)
    ]
