"""Deals: create, edit, delete (and restore), move between stages, win, lose, reopen.

Every mutating call returns what the caller needs to undo it, so the UI's undo
stack never has to re-read the database to know the previous state."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, SQLModel, col, select

from salesdesk.core import money
from salesdesk.core.errors import ConflictError, ValidationError, translatable
from salesdesk.core.models import (
    Activity,
    Deal,
    DealAnswer,
    DealCriterion,
    DealObjection,
    Organization,
    Stage,
    StageChange,
)
from salesdesk.core.services import moves
from salesdesk.core.services._common import clean_name, get
from salesdesk.core.services.moves import POSITION_STEP, MoveResult
from salesdesk.core.services.pipelines import end_stage
from salesdesk.core.sql import dbapi
from salesdesk.core.timeutil import check_day, check_time, utcnow

EDITABLE = ("title", "organization_id", "contact_id", "value_minor", "currency", "expected_close")


def _stage_of(session: Session, pipeline_id: int, stage_id: int) -> Stage:
    stage = session.get(Stage, stage_id)
    if stage is None or stage.pipeline_id != pipeline_id:
        raise ValidationError("stage", translatable("Unknown stage."))
    return stage


def organization_by_name(session: Session, name: str) -> Organization:
    """Finds an organization by its exact (trimmed, case-insensitive) name, or creates it."""
    clean = clean_name(name, "organization", translatable("organization name"))
    found = session.exec(select(Organization).where(Organization.name == clean)).first()
    if found is None:
        # SQLite's lower() folds ASCII only: compare in Python so "ÄKKI OY" finds "Äkki Oy".
        key = clean.casefold()
        found = next(
            (o for o in session.exec(select(Organization)).all() if o.name.casefold() == key),
            None,
        )
    if found is None:
        found = Organization(name=clean)
        session.add(found)
        session.flush()
    return found


def _end_position(session: Session, stage_id: int) -> float:
    top = session.exec(
        select(func.max(Deal.position)).where(Deal.stage_id == stage_id, Deal.status == "open")
    ).one()
    return (top or 0.0) + POSITION_STEP


def create_deal(
    session: Session,
    *,
    pipeline_id: int,
    stage_id: int,
    title: str,
    value_minor: int = 0,
    currency: str = "EUR",
    organization_id: int | None = None,
    organization_name: str | None = None,
    contact_id: int | None = None,
    expected_close: date | None = None,
    at: datetime | None = None,
) -> Deal:
    stage = _stage_of(session, pipeline_id, stage_id)
    if not stage.is_open:
        raise ValidationError("stage", translatable("A new deal must start in an open stage."))
    when = check_time(at, "at") if at is not None else utcnow()
    if organization_id is None and (organization_name or "").strip():  # blank: none
        organization_id = organization_by_name(session, organization_name or "").id
    deal = Deal(
        pipeline_id=pipeline_id,
        stage_id=stage_id,
        title=clean_name(title, "title", translatable("title")),
        value_minor=money.check_minor(value_minor),
        currency=money.normalize_currency(currency),
        organization_id=organization_id,
        contact_id=contact_id,
        expected_close=check_day(expected_close, "expected_close"),
        position=_end_position(session, stage_id),
        created_at=when,
        updated_at=when,
        stage_entered_at=when,
    )
    session.add(deal)
    session.flush()
    assert deal.id is not None
    session.add(StageChange(deal_id=deal.id, from_stage_id=None, to_stage_id=stage_id, at=when))
    session.flush()
    return deal


@dataclass(frozen=True)
class DealEdit:
    deal_id: int
    before: dict[str, Any]
    after: dict[str, Any]


def edit_deal(session: Session, deal_id: int, **changes: Any) -> DealEdit:
    """Changes the given fields; returns before/after values for undo."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationError(
            sorted(unknown)[0],
            translatable("'{name}' cannot be edited."),
            name=sorted(unknown)[0],
        )
    deal = get(session, Deal, deal_id, "deal")
    clean: dict[str, Any] = {}
    for name, value in changes.items():
        if name == "title":
            value = clean_name(value, "title", translatable("title"))
        elif name == "value_minor":
            value = money.check_minor(value)
        elif name == "currency":
            value = money.normalize_currency(value)
        elif name == "expected_close":
            value = check_day(value, "expected_close")
        clean[name] = value
    before = {name: getattr(deal, name) for name in clean}
    for name, value in clean.items():
        setattr(deal, name, value)
    deal.updated_at = utcnow()
    session.add(deal)
    session.flush()
    return DealEdit(deal_id, before, clean)


def move_deal(
    session: Session,
    deal_id: int,
    stage_id: int,
    *,
    before_id: int | None = None,
    lost_reason: str | None = None,
    at: datetime | None = None,
) -> MoveResult:
    """Moves a deal to a stage (before another deal, or to the column's end); see
    services/moves.py, which the board calls directly."""
    return moves.move_deal(
        dbapi(session), deal_id, stage_id, before_id=before_id, lost_reason=lost_reason, at=at
    )


def undo_move(session: Session, move: MoveResult, at: datetime | None = None) -> MoveResult:
    """Puts the deal back where `move` found it. History stays append-only: the way
    back is recorded as a change too, but the deal keeps its original entry time."""
    deal = get(session, Deal, move.deal_id, "deal")
    when = check_time(at, "at") if at is not None else utcnow()
    result = MoveResult(
        deal_id=deal.id or 0,
        from_stage_id=deal.stage_id,
        to_stage_id=move.from_stage_id,
        from_position=deal.position,
        to_position=move.from_position,
        from_status=deal.status,
        to_status=move.from_status,
        from_entered_at=deal.stage_entered_at,
        from_lost_reason=deal.lost_reason,
        from_closed_at=deal.closed_at,
    )
    if deal.stage_id != move.from_stage_id:
        session.add(
            StageChange(
                deal_id=deal.id or 0,
                from_stage_id=deal.stage_id,
                to_stage_id=move.from_stage_id,
                at=when,
            )
        )
    deal.stage_id = move.from_stage_id
    deal.position = move.from_position
    deal.status = move.from_status
    deal.lost_reason = move.from_lost_reason
    if move.from_status == "open":
        deal.closed_at = None
    else:  # closed again: on the day it first closed, where that is known
        deal.closed_at = move.from_closed_at or deal.closed_at or when
    deal.stage_entered_at = move.from_entered_at
    deal.updated_at = when
    session.add(deal)
    session.flush()
    return result


def win_deal(session: Session, deal_id: int, at: datetime | None = None) -> MoveResult:
    deal = get(session, Deal, deal_id, "deal")
    if deal.status == "won":
        raise ConflictError(translatable("The deal is already won."))
    return move_deal(session, deal_id, end_stage(session, deal.pipeline_id, "won").id or 0, at=at)


def lose_deal(
    session: Session, deal_id: int, reason: str, at: datetime | None = None
) -> MoveResult:
    deal = get(session, Deal, deal_id, "deal")
    if deal.status == "lost":
        raise ConflictError(translatable("The deal is already lost."))
    lost = end_stage(session, deal.pipeline_id, "lost")
    return move_deal(session, deal_id, lost.id or 0, lost_reason=reason, at=at)


def reopen_deal(session: Session, deal_id: int, at: datetime | None = None) -> MoveResult:
    """Back on the board, in the last open stage the deal was in."""
    deal = get(session, Deal, deal_id, "deal")
    if deal.status == "open":
        raise ConflictError(translatable("The deal is already open."))
    last_open = session.exec(
        select(StageChange.from_stage_id)
        .join(Stage, col(Stage.id) == StageChange.from_stage_id)
        .where(StageChange.deal_id == deal_id, col(Stage.end_kind).is_(None))
        .order_by(col(StageChange.at).desc(), col(StageChange.id).desc())
    ).first()
    if last_open is None:
        last_open = session.exec(
            select(Stage.id)
            .where(Stage.pipeline_id == deal.pipeline_id, col(Stage.end_kind).is_(None))
            .order_by(col(Stage.position))
        ).first()
    return move_deal(session, deal_id, last_open or 0, at=at)


@dataclass
class DealSnapshot:
    """Everything a deleted deal owned, so undo brings all of it back."""

    deal: dict[str, Any]
    children: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


_CHILDREN: tuple[type[SQLModel], ...] = (
    StageChange,
    Activity,
    DealAnswer,
    DealCriterion,
    DealObjection,
)


def delete_deal(session: Session, deal_id: int) -> DealSnapshot:
    deal = get(session, Deal, deal_id, "deal")
    snapshot = DealSnapshot(deal.model_dump())
    for model in _CHILDREN:
        rows = session.exec(select(model).where(model.deal_id == deal_id)).all()  # type: ignore[attr-defined]
        snapshot.children[model.__name__] = [r.model_dump() for r in rows]
        for r in rows:
            session.delete(r)
    session.delete(deal)
    session.flush()
    return snapshot


def restore_deal(session: Session, snapshot: DealSnapshot) -> Deal:
    if session.get(Deal, snapshot.deal["id"]) is not None:
        raise ConflictError(translatable("The deal already exists."))
    deal = Deal(**snapshot.deal)
    session.add(deal)
    session.flush()
    by_name = {m.__name__: m for m in _CHILDREN}
    for name, rows in snapshot.children.items():
        session.add_all(by_name[name](**row) for row in rows)
    session.flush()
    return deal


def move_deals(
    session: Session,
    deal_ids: list[int],
    stage_id: int,
    *,
    before_id: int | None = None,
    lost_reason: str | None = None,
    at: datetime | None = None,
) -> list[MoveResult]:
    """Moves several deals together, keeping their order, all or none."""
    return moves.move_deals(
        dbapi(session), deal_ids, stage_id, before_id=before_id, lost_reason=lost_reason, at=at
    )
