from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from salesdesk.core.errors import ConflictError, ValidationError
from salesdesk.core.models import Activity, Deal, Pipeline, Stage, StageChange
from salesdesk.core.services import activities, deals
from salesdesk.storage.database import Database

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _new(db: Database, pipeline: Pipeline, stage: Stage, title: str = "Deal", **kw) -> int:
    with db.transaction() as s:
        return deals.create_deal(
            s, pipeline_id=pipeline.id, stage_id=stage.id, title=title, **kw
        ).id


def _history(db: Database, deal_id: int) -> list[tuple[int | None, int]]:
    with db.transaction() as s:
        rows = s.exec(
            select(StageChange).where(StageChange.deal_id == deal_id).order_by(StageChange.id)
        ).all()
        return [(r.from_stage_id, r.to_stage_id) for r in rows]


def _column(db: Database, stage: Stage) -> list[str]:
    with db.transaction() as s:
        rows = s.exec(
            select(Deal)
            .where(Deal.stage_id == stage.id, Deal.status == "open")
            .order_by(Deal.position)
        ).all()
        return [d.title for d in rows]


def test_create_records_entry_in_history(db, pipeline, stages):
    deal_id = _new(
        db,
        pipeline,
        stages[0],
        "Laptops",
        value_minor=120050,
        currency="eur",
        organization_name="  Acme Oy ",
        at=T0,
    )
    with db.transaction() as s:
        deal = s.get(Deal, deal_id)
        assert (deal.value_minor, deal.currency, deal.status) == (120050, "EUR", "open")
        assert deal.stage_entered_at == T0 and deal.created_at.tzinfo is not None
        assert deal.organization_id is not None
    assert _history(db, deal_id) == [(None, stages[0].id)]


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"title": "   "}, "title"),
        ({"title": "x" * 301}, "title"),
        ({"title": "bell\x07"}, "title"),
        ({"value_minor": -1}, "value"),
        ({"currency": "XYZ"}, "currency"),
    ],
)
def test_bad_input_is_refused_and_nothing_saved(db, pipeline, stages, kwargs, field):
    args = {"title": "Fine", **kwargs}
    with pytest.raises(ValidationError) as err, db.transaction() as s:
        deals.create_deal(s, pipeline_id=pipeline.id, stage_id=stages[0].id, **args)
    assert err.value.field == field
    assert str(err.value)
    with db.transaction() as s:
        assert s.exec(select(Deal)).all() == []
        assert s.exec(select(StageChange)).all() == []


def test_unknown_stage_and_end_stage_refused(db, pipeline, stages):
    with pytest.raises(ValidationError, match="Unknown stage"), db.transaction() as s:
        deals.create_deal(s, pipeline_id=pipeline.id, stage_id=9999, title="x")
    with pytest.raises(ValidationError, match="open stage"), db.transaction() as s:
        deals.create_deal(s, pipeline_id=pipeline.id, stage_id=stages[-1].id, title="x")


def test_reorder_within_column_places_before_anchor(db, pipeline, stages):
    a, b, c = (_new(db, pipeline, stages[0], t) for t in "ABC")
    with db.transaction() as s:
        result = deals.move_deal(s, c, stages[0].id, before_id=a)
    assert not result.changed_stage
    assert _column(db, stages[0]) == ["C", "A", "B"]
    with db.transaction() as s:
        deals.move_deal(s, c, stages[0].id, before_id=b)
    assert _column(db, stages[0]) == ["A", "C", "B"]
    assert _history(db, c) == [(None, stages[0].id)]  # a reorder is not a stage change


def test_move_between_stages_appends_history_and_undo_restores(db, pipeline, stages):
    a = _new(db, pipeline, stages[0], "A", at=T0)
    x = _new(db, pipeline, stages[1], "X")
    with db.transaction() as s:
        move = deals.move_deal(s, a, stages[1].id, before_id=x, at=T0 + timedelta(days=3))
    assert move.changed_stage and _column(db, stages[1]) == ["A", "X"]
    with db.transaction() as s:
        assert s.get(Deal, a).stage_entered_at == T0 + timedelta(days=3)
        deals.undo_move(s, move)
    assert _column(db, stages[0]) == ["A"] and _column(db, stages[1]) == ["X"]
    with db.transaction() as s:
        assert s.get(Deal, a).stage_entered_at == T0
    assert _history(db, a) == [
        (None, stages[0].id),
        (stages[0].id, stages[1].id),
        (stages[1].id, stages[0].id),
    ]


def test_many_reorders_at_one_spot_keep_order(db, pipeline, stages):
    ids = [_new(db, pipeline, stages[0], f"D{i}") for i in range(3)]
    # Repeatedly insert between the first two: forces the gap to shrink and a renumber.
    for _ in range(60):
        with db.transaction() as s:
            second = s.exec(
                select(Deal).where(Deal.stage_id == stages[0].id).order_by(Deal.position)
            ).all()[1]
            last = s.exec(
                select(Deal).where(Deal.stage_id == stages[0].id).order_by(Deal.position.desc())
            ).first()
            deals.move_deal(s, last.id, stages[0].id, before_id=second.id)
    column = _column(db, stages[0])
    assert sorted(column) == ["D0", "D1", "D2"] and len(set(column)) == 3
    assert ids


def test_lose_needs_reason_then_reopen_returns_to_last_open_stage(db, pipeline, stages):
    a = _new(db, pipeline, stages[0], "A")
    with db.transaction() as s:
        deals.move_deal(s, a, stages[2].id)
    lost_stage = next(st for st in stages if st.end_kind == "lost")
    with pytest.raises(ValidationError) as err, db.transaction() as s:
        deals.move_deal(s, a, lost_stage.id)
    assert err.value.field == "lost_reason"
    with db.transaction() as s:
        deals.lose_deal(s, a, "Chose a competitor")
        deal = s.get(Deal, a)
        assert (deal.status, deal.lost_reason, deal.stage_id) == (
            "lost",
            "Chose a competitor",
            lost_stage.id,
        )
        assert deal.closed_at is not None
    with pytest.raises(ConflictError), db.transaction() as s:
        deals.lose_deal(s, a, "again")
    with db.transaction() as s:
        deals.reopen_deal(s, a)
        deal = s.get(Deal, a)
        assert (deal.status, deal.stage_id, deal.lost_reason, deal.closed_at) == (
            "open",
            stages[2].id,
            None,
            None,
        )


def test_win_moves_to_won_stage(db, pipeline, stages):
    a = _new(db, pipeline, stages[3], "A")
    with db.transaction() as s:
        result = deals.win_deal(s, a)
        deal = s.get(Deal, a)
    won = next(st for st in stages if st.end_kind == "won")
    assert (deal.status, deal.stage_id, result.from_stage_id) == ("won", won.id, stages[3].id)
    with pytest.raises(ConflictError), db.transaction() as s:
        deals.win_deal(s, a)


def test_edit_returns_before_and_after(db, pipeline, stages):
    a = _new(db, pipeline, stages[0], "Old", value_minor=100)
    with db.transaction() as s:
        edit = deals.edit_deal(s, a, title=" New ", value_minor=500)
    assert edit.before == {"title": "Old", "value_minor": 100}
    assert edit.after == {"title": "New", "value_minor": 500}
    with pytest.raises(ValidationError), db.transaction() as s:
        deals.edit_deal(s, a, status="won")
    with pytest.raises(ValidationError), db.transaction() as s:
        deals.edit_deal(s, a, title="Newer", value_minor=-5)
    with db.transaction() as s:
        assert s.get(Deal, a).title == "New"  # the failed edit changed nothing


def test_delete_and_restore_bring_back_children(db, pipeline, stages):
    a = _new(db, pipeline, stages[0], "A")
    with db.transaction() as s:
        deals.move_deal(s, a, stages[1].id)
        activities.log_activity(s, a, "call", text="hello")
    with db.transaction() as s:
        snapshot = deals.delete_deal(s, a)
    with db.transaction() as s:
        assert s.get(Deal, a) is None
        assert s.exec(select(Activity)).all() == []
    with db.transaction() as s:
        deals.restore_deal(s, snapshot)
    with db.transaction() as s:
        assert s.get(Deal, a).title == "A"
        assert [x.text for x in s.exec(select(Activity)).all()] == ["hello"]
    assert len(_history(db, a)) == 2
