from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from salesdesk.core import board
from salesdesk.core.services import activities, checklists, deals
from salesdesk.core.sql import dbapi
from salesdesk.core.textsearch import matches, normalize
from salesdesk.core.timeutil import to_storage


def test_normalize_folds_case_accents_and_script_variants():
    assert normalize("Café ÖLJY") == "cafe oljy"
    assert normalize("كيان") == normalize("کیان")  # Arabic and Persian kaf/yeh
    assert normalize("می\u200cخواهم") == normalize("میخواهم")  # half-space
    assert normalize("سَلام") == normalize("سلام")  # harakat
    assert normalize("۱۲۳") == "123"
    assert matches(normalize("kivi oy"), normalize("Oy Kivi Ab"))
    assert not matches(normalize("kivi oy"), normalize("Kivi Ab"))
    assert matches(normalize("北京"), normalize("北京华信科技"))


def test_cards_carry_what_the_card_shows(db, pipeline, stages):
    now = datetime.now(UTC)
    with db.transaction() as s:
        deal = deals.create_deal(
            s,
            pipeline_id=pipeline.id,
            stage_id=stages[0].id,
            title="T",
            organization_name="Org",
            value_minor=5,
            at=now - timedelta(days=10),
        )
        other = deals.create_deal(s, pipeline_id=pipeline.id, stage_id=stages[1].id, title="U")
        deals.create_deal(s, pipeline_id=pipeline.id, stage_id=stages[1].id, title="gone")
        criteria = checklists.unmet_criteria(s, deal.id, stages[0].id)
        checklists.tick_criterion(s, deal.id, criteria[0].id)
        activities.schedule_follow_up(s, deal.id, now - timedelta(hours=1))
        deals.win_deal(s, other.id)
    with db.transaction() as s:
        cards = board.load_cards(dbapi(s), pipeline.id)
        columns = board.load_columns(dbapi(s), pipeline.id)
    assert [c.title for c in cards] == ["T", "gone"]  # open deals only, stage order
    card = cards[0]
    assert (card.organization, card.value_minor, card.days_in_stage, card.criteria_met) == (
        "Org",
        5,
        10,
        1,
    )
    assert columns[0].criteria_total == len(criteria) and columns[-1].end_kind == "lost"
    now_text = to_storage(now)
    assert board.is_overdue(card, now_text)
    week, fortnight = (
        replace(columns[0], stalled_after_days=days, idle_after_days=30) for days in (7, 14)
    )
    assert board.is_stalled(card, week, now_text) and not board.is_stalled(
        card, fortnight, now_text
    )
    assert card.idle_days == 10  # never touched: idle since it entered the stage
    with db.transaction() as s:
        activities.schedule_follow_up(s, deal.id, now + timedelta(days=1))
        activities.complete_follow_up(s, activities.timeline(s, deal.id)[-1].id)
        again = board.load_card(dbapi(s), deal.id)
    assert again is not None and again.idle_days == 0  # the follow-up done is a touch
    assert not board.is_stalled(again, week, now_text)  # and one is planned within the window


def test_closing_this_month(db, pipeline, stages):
    with db.transaction() as s:
        deals.create_deal(
            s,
            pipeline_id=pipeline.id,
            stage_id=stages[0].id,
            title="T",
            expected_close=datetime(2026, 11, 30).date(),
        )
        card = board.load_cards(dbapi(s), pipeline.id)[0]
    assert board.closes_in_month(card, "2026-11") and not board.closes_in_month(card, "2026-12")
