"""Insights figures against small histories worked out by hand.

Every time is at noon UTC, so a stay between two events is a whole number of days
and a stay cut at a period's midnight edge ends in .5."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from salesdesk.core import demo
from salesdesk.core.errors import NotFoundError, ValidationError
from salesdesk.core.metrics import alerts, funnel, outcomes, period, reasons
from salesdesk.core.metrics.history import load
from salesdesk.core.metrics.report import build, report
from salesdesk.core.models import ExitCriterion
from salesdesk.core.services import checklists, deals, pipelines

MARCH = period.month(date(2026, 3, 15))
NOW = datetime(2026, 4, 15, 12, tzinfo=UTC)


def at(month: int, day: int) -> datetime:
    return datetime(2026, month, day, 12, tzinfo=UTC)


def _new(s, pipeline, stage, when, value=0, currency="EUR", close=None) -> int:
    return deals.create_deal(
        s,
        pipeline_id=pipeline.id,
        stage_id=stage.id,
        title="Deal",
        value_minor=value,
        currency=currency,
        expected_close=close,
        at=when,
    ).id


@pytest.fixture
def march(db, pipeline, stages):
    """S0..S6 are the open stages (probability 5, 10, 25, ...), then won, lost.
    A: S0 (10 Feb) -> S1 (5 Mar) -> S3, skipping S2 (10 Mar) -> back to S2 (20 Mar).
    B: S0 (2 Mar) -> lost "Price" (4 Mar) -> reopened into S0 (8 Mar) -> S1 (12 Mar)
       -> won (25 Mar). USD.
    C: created in S1 (1 Feb), still there. USD.
    D: S0 (1 Jan) -> won (15 Feb): closed before March, not in play.
    E: S0 (30 Mar) -> lost "No budget" (31 Mar).
    F: created in S0 on 2 April, after March."""
    S = stages
    with db.transaction() as s:
        a = _new(s, pipeline, S[0], at(2, 10), 100_000, close=date(2026, 3, 20))
        deals.move_deal(s, a, S[1].id, at=at(3, 5))
        deals.move_deal(s, a, S[3].id, at=at(3, 10))
        deals.move_deal(s, a, S[2].id, at=at(3, 20))
        b = _new(s, pipeline, S[0], at(3, 2), 50_000, "USD")
        deals.lose_deal(s, b, "Price", at=at(3, 4))
        deals.reopen_deal(s, b, at=at(3, 8))
        deals.move_deal(s, b, S[1].id, at=at(3, 12))
        deals.win_deal(s, b, at=at(3, 25))
        c = _new(s, pipeline, S[1], at(2, 1), 20_000, "USD", close=date(2026, 3, 31))
        d = _new(s, pipeline, S[0], at(1, 1), 99_999)
        deals.win_deal(s, d, at=at(2, 15))
        e = _new(s, pipeline, S[0], at(3, 30), 0)
        deals.lose_deal(s, e, "No budget", at=at(3, 31))
        f = _new(s, pipeline, S[0], at(4, 2), 33_333, close=date(2026, 3, 15))
        pipelines.set_setting(s, "forecast_target_minor/EUR", "5000000")
    with db.sql() as conn:
        return load(conn, pipeline.id, NOW), dict(a=a, b=b, c=c, d=d, e=e, f=f)


def test_periods():
    dec = period.month(date(2026, 12, 31))
    assert (dec.start, dec.end) == (
        datetime(2026, 12, 1, tzinfo=UTC),
        datetime(2027, 1, 1, tzinfo=UTC),
    )
    q2 = period.quarter(date(2026, 5, 20))
    assert (q2.start.month, q2.end.month) == (4, 7)
    assert period.year(date(2026, 2, 1)).end == datetime(2027, 1, 1, tzinfo=UTC)
    assert period.custom(date(2026, 3, 1), date(2026, 3, 31)) == MARCH
    assert period.parse(" 2026-03-01..2026-03-31 ", date(2000, 1, 1)) == MARCH
    assert period.parse("Month", date(2026, 3, 9)) == MARCH
    assert period.parse("all", date(2026, 3, 9)) == period.all_time()
    for bad in ("week", "2026-03-01", "2026-03-31..2026-03-01", "2026-02-30..2026-03-01"):
        with pytest.raises(ValidationError):
            period.parse(bad, date(2026, 3, 9))
    with pytest.raises(ValidationError):
        period.custom(date(1800, 1, 1), date(2026, 1, 1))


def test_funnel_counts_skips_backward_moves_and_reopens_once(march, stages):
    history, _ = march
    steps = funnel.funnel(history, MARCH)
    # In play in March: A and C (open at its start), B and E (created in it); D was
    # won in February, F was created in April. Reached by the end of March:
    # A: S0..S3 (the skip to S3 passes S2; going back to S2 undoes nothing);
    # B: won, so every open stage and won, once although it was lost and reopened;
    # C: created in S1, so S0 and S1; E: S0 only.
    assert [s.stage.name for s in steps] == [st.name for st in stages[:8]]
    assert [s.reached for s in steps] == [4, 3, 2, 2, 1, 1, 1, 1]
    # Current values per currency: S0 has A 100000 + E 0 EUR, B 50000 + C 20000 USD.
    assert steps[0].value_by_currency == {"EUR": 100_000, "USD": 70_000}
    assert steps[2].value_by_currency == {"EUR": 100_000, "USD": 50_000}
    assert steps[7].value_by_currency == {"USD": 50_000}
    # 3/4, 2/3, 2/2, 1/2, then 1/1 down to won.
    assert [s.conversion_to_next for s in steps] == [0.75, 2 / 3, 1.0, 0.5, 1.0, 1.0, 1.0, None]
    # One won deal over 4, 3, 2, 2, 1, 1, 1.
    assert [s.conversion_to_won for s in steps[:7]] == [0.25, 1 / 3, 0.5, 0.5, 1.0, 1.0, 1.0]


def test_time_in_stage_and_bottleneck(march):
    history, _ = march
    times = funnel.time_in_stage(history, MARCH)
    # S0: A 10 Feb -> 5 Mar = 23, B 2 -> 4 Mar = 2, B again 8 -> 12 Mar = 4, E 30 -> 31 = 1
    #     (D's stay ended in February: not in March): mean 30/4 = 7.5, median (2+4)/2 = 3.
    # S1: A 5 -> 10 Mar = 5, B 12 -> 25 Mar = 13, C still there since 1 Feb noon, cut at
    #     1 Apr midnight = 28 + 30.5 = 58.5: mean 76.5/3 = 25.5, median 13.
    # S2: A since 20 Mar noon, cut at 1 Apr = 11.5. S3: A 10 -> 20 Mar = 10.
    got = [(t.stints, t.average_days, t.median_days) for t in times]
    assert got[:4] == [(4, 7.5, 3.0), (3, 25.5, 13.0), (1, 11.5, 11.5), (1, 10.0, 10.0)]
    assert got[4:] == [(0, None, None)] * 3
    worst = funnel.bottleneck(times)
    assert worst is not None and worst.stage.id == history.open_stages[1].id
    assert funnel.bottleneck(times[4:]) is None


def test_flows_balance(march):
    history, _ = march
    rows = {f.stage.position: f for f in funnel.flows(history, MARCH)}
    fields = ("at_start", "entered", "left_forward", "left_backward", "won", "lost", "remaining")
    got = [tuple(getattr(f, k) for k in fields) for f in funnel.flows(history, MARCH)]
    # S0: A was there on 1 Mar; B created, B reopened, E created; A and B moved on;
    #     B and E lost: 1 + 3 - 2 - 2 = 0.
    # S1: C at the start; A and B came in; A went forward (skipping to S3); B won: 1 left.
    # S2: A came back into it. S3: A came in by the skip and went back.
    assert got == [
        (1, 3, 2, 0, 0, 2, 0),
        (1, 2, 1, 0, 1, 0, 1),
        (0, 1, 0, 0, 0, 0, 1),
        (0, 1, 0, 1, 0, 0, 0),
        *[(0,) * 7] * 3,
    ]
    for f in rows.values():
        assert f.at_start + f.entered - f.left_forward - f.left_backward - f.won - f.lost == (
            f.remaining
        )


def test_outcomes_and_velocity(march):
    history, _ = march
    result = outcomes.outcomes(history, MARCH)
    # Closed in March: B won (its loss on 4 Mar was undone by the reopen), E lost.
    assert (result.won, result.lost, result.win_rate) == (1, 1, 0.5)
    assert result.average_won_value == {"USD": 50_000}
    assert result.average_cycle_days == 23.0  # B: 2 Mar -> 25 Mar
    # Open at the end of March in USD: C. 1 x 0.5 x 50000 / 23 = 1086.96 -> 1087 a day.
    # EUR has open deals (A) but no win in March: no EUR velocity.
    assert result.velocity == {"USD": 1087}
    # February: D won (1 Jan -> 15 Feb = 45 days), nothing lost.
    feb = outcomes.outcomes(history, period.month(date(2026, 2, 1)))
    assert (feb.win_rate, feb.average_won_value, feb.average_cycle_days) == (
        1.0,
        {"EUR": 99_999},
        45.0,
    )


def test_forecast_against_target(db, pipeline, stages, march):
    _, ids = march
    # The evidence rule the workspace shows: a deal whose current stage has exit
    # criteria is weighed by the share of them it has met; else by its stage.
    with db.transaction() as s:
        for c in s.exec(select(ExitCriterion).where(ExitCriterion.stage_id == stages[1].id)):
            s.delete(c)  # C's stage S1 now has no criteria: C counts at S1's 10%
        first = s.exec(
            select(ExitCriterion).where(ExitCriterion.stage_id == stages[2].id)
        ).first()
        assert first is not None and 0 < first.weight < 100
        weight = first.weight
        checklists.tick_criterion(s, ids["a"], first.id)
    with db.sql() as conn:
        history = load(conn, pipeline.id, NOW)
    (month,) = outcomes.forecast(history, MARCH)
    # Open now with a March close: A in S2 with one criterion met: 100000 x weight;
    # F in S0 (criteria, none met): 0. C in S1 (no criteria, 10%): 20000 x 10 / 100
    # = 2000 USD. B, D won and E lost do not count.
    assert month.month == "2026-03"
    assert month.weighted_by_currency == {"EUR": 1000 * weight, "USD": 2_000}
    assert month.target_by_currency == {"EUR": 5_000_000}
    assert (month.deals, month.on_evidence) == (3, 2)
    q1 = outcomes.forecast(history, period.quarter(date(2026, 3, 1)))
    assert [m.month for m in q1] == ["2026-01", "2026-02", "2026-03"]
    assert q1[0].weighted_by_currency == {} and q1[0].deals == 0
    # `all` lists only the months with deals.
    assert [m.month for m in outcomes.forecast(history, period.all_time())] == ["2026-03"]


def test_periods_in_a_time_zone():
    tehran = ZoneInfo("Asia/Tehran")  # UTC+3:30 all year since 2022
    nov = period.month(date(2026, 11, 23), tehran)
    assert nov.start == datetime(2026, 10, 31, 20, 30, tzinfo=UTC)
    assert (nov.first_day, nov.last_day) == (date(2026, 11, 1), date(2026, 11, 30))
    helsinki = ZoneInfo("Europe/Helsinki")  # summer time ends on 25 Oct 2026
    october = period.month(date(2026, 10, 1), helsinki)
    assert october.start == datetime(2026, 9, 30, 21, tzinfo=UTC)  # UTC+3
    assert october.end == datetime(2026, 10, 31, 22, tzinfo=UTC)  # UTC+2
    # A deal moved at 22:30 UTC on 31 October is in Helsinki's November.
    assert not october.contains(datetime(2026, 10, 31, 22, 30, tzinfo=UTC))
    assert period.previous(october) == period.month(date(2026, 9, 1), helsinki)
    assert period.previous(period.quarter(date(2026, 2, 1))) == period.quarter(
        date(2025, 12, 1)
    )
    assert period.previous(period.year(date(2026, 5, 5))) == period.year(date(2025, 1, 1))
    # The local zone works wherever the tests run.
    here = period.parse("month", date(2026, 11, 23), period.LOCAL)
    assert (here.first_day, here.last_day) == (date(2026, 11, 1), date(2026, 11, 30))
    assert here.to_json()["first_day"] == "2026-11-01"
    with pytest.raises(ValidationError):
        period.custom(date(2026, 3, 2), date(2026, 3, 1))


def test_objections_by_stage_and_win_rate(db, march, stages):
    history, ids = march
    rows = [
        (ids["a"], stages[1].id, "Price", "Too expensive", at(3, 6)),
        (ids["b"], stages[0].id, "price", "too expensive ", at(3, 3)),
        (ids["b"], stages[1].id, "Timing", "Not now", at(3, 13)),
        (ids["e"], stages[0].id, "Price", "Too expensive", at(3, 30)),
        (ids["c"], stages[1].id, "Trust", "Who are you?", at(2, 2)),  # February
    ]
    with db.sql(write=True) as conn:
        conn.executemany(
            "INSERT INTO dealobjection (deal_id, stage_id, category, text, answer_given,"
            " resolved, raised_at) VALUES (?, ?, ?, ?, '', 0, ?)",
            [(d, s, c, t, w.strftime("%Y-%m-%d %H:%M:%S.%f")) for d, s, c, t, w in rows],
        )
        history = load(conn, history.pipeline_id, NOW)
    price, timing = reasons.objections(history, MARCH)
    # Price raised 3 times (case and spaces aside) by A (open), B (won), E (lost): 1/2.
    assert (price.category, price.text, price.count, len(price.deals)) == (
        "Price",
        "Too expensive",
        3,
        3,
    )
    assert price.win_rate == 0.5
    assert price.by_stage == {stages[0].id: 2, stages[1].id: 1}
    assert (timing.count, timing.win_rate, timing.by_stage) == (1, 1.0, {stages[1].id: 1})


def test_lost_reasons_ranked(db, pipeline, stages):
    with db.transaction() as s:
        for reason, day in (("Price", 3), ("Budget", 4), ("Price", 5), ("Old", 0)):
            deal = _new(s, pipeline, stages[0], at(2, 1))
            when = at(3, day) if day else at(2, 20)  # "Old" was lost in February
            deals.lose_deal(s, deal, reason, at=when)
        again = _new(s, pipeline, stages[0], at(2, 1))
        deals.lose_deal(s, again, "Timing", at=at(3, 6))
        deals.reopen_deal(s, again, at=at(4, 2))  # reopened after March: no reason now
    with db.sql() as conn:
        history = load(conn, pipeline.id, NOW)
    ranked = [(r.reason, r.count, r.share) for r in reasons.lost_reasons(history, MARCH)]
    # Four deals lost in March: Price 2/4, then Budget and the reopened one 1/4 each.
    assert ranked == [("Price", 2, 0.5), ("", 1, 0.25), ("Budget", 1, 0.25)]


def test_health_warnings(db, pipeline, stages, march):
    history, _ = march
    times = funnel.time_in_stage(history, MARCH)
    flows = funnel.flows(history, MARCH)
    warnings = alerts.health(history, MARCH, flows, times)
    # S1's 25.5 days on average are more than its 14 stalled-after days. Open at the
    # end: S1 1, S2 1 (early half S0-S2: 2; late half S4-S6: 0); 2 created, 2 closed.
    assert [(w.kind, w.stage) for w in warnings] == [("bottleneck", stages[1].name)]
    assert "25.5 days" in warnings[0].message


def test_inverted_and_top_heavy(db, pipeline, stages):
    with db.transaction() as s:
        late = _new(s, pipeline, stages[0], at(2, 1))
        deals.move_deal(s, late, stages[5].id, at=at(2, 2))
        won = _new(s, pipeline, stages[0], at(2, 1))
        deals.win_deal(s, won, at=at(3, 10))
    with db.sql() as conn:
        history = load(conn, pipeline.id, NOW)
    warnings = alerts.health(
        history, MARCH, funnel.flows(history, MARCH), funnel.time_in_stage(history, MARCH)
    )
    # One open deal, in Closing (late half) against none early; no deal created in
    # March against one won; Closing: 2 Feb noon -> 1 Apr = 57.5 days > 14.
    assert [(w.kind, w.stage) for w in warnings] == [
        ("inverted_funnel", None),
        ("top_heavy", None),
        ("bottleneck", stages[5].name),
    ]


def test_empty_database_gives_zeros_and_no_data(db, pipeline):
    with db.sql() as conn:
        doc = report(conn, pipeline.id, MARCH, NOW)
        with pytest.raises(NotFoundError):
            load(conn, 999)
    assert {f["reached"] for f in doc["funnel"]} == {0}
    assert {f["conversion_to_next"] for f in doc["funnel"]} == {None}
    assert {(t["average"], t["median"]) for t in doc["time_in_stage_days"]} == {(None, None)}
    assert doc["bottleneck"] is None and doc["win_rate"] is None
    assert doc["average_cycle_days"] is None
    assert doc["average_won_value"] == doc["velocity"] == {}
    assert {v for f in doc["flows"] for k, v in f.items() if k not in ("stage", "stage_id")} == {0}
    assert doc["forecast"] == [
        {
                "month": "2026-03",
                "weighted_by_currency": {},
                "target_by_currency": {},
                "deals": 0,
                "on_evidence": 0,
            }
    ]
    assert doc["health"] == doc["objections"] == doc["lost_reasons"] == []
    json.dumps(doc)  # JSON as it is


def test_report_keys_and_rounding(march):
    history, _ = march
    doc = build(history, MARCH)
    assert list(doc) == [
        "period",
        "pipeline",
        "funnel",
        "time_in_stage_days",
        "bottleneck",
        "flows",
        "won",
        "lost",
        "win_rate",
        "average_won_value",
        "average_cycle_days",
        "velocity",
        "forecast",
        "health",
        "objections",
        "lost_reasons",
    ]
    assert doc["period"] == {
        "start": "2026-03-01T00:00:00+00:00",
        "end": "2026-04-01T00:00:00+00:00",
        "first_day": "2026-03-01",
        "last_day": "2026-03-31",
    }
    assert doc["funnel"][1]["conversion_to_next"] == 0.6667
    assert doc["health"][0]["kind"] == "bottleneck"


def test_demo_database_is_sane(db, pipeline):
    conn = db.raw()  # the generator runs its own transaction
    try:
        demo.generate(conn, pipeline.id, 400, seed=3)
        doc = report(conn, pipeline.id, period.all_time())
    finally:
        conn.close()
    assert 0 <= doc["win_rate"] <= 1
    assert doc["funnel"][0]["reached"] == 400  # everything is in play over all time
    for step in doc["funnel"][:-1]:
        assert 0 <= step["conversion_to_next"] <= 1 and 0 <= step["conversion_to_won"] <= 1
    for f in doc["flows"]:
        out = f["left_forward"] + f["left_backward"] + f["won"] + f["lost"]
        assert f["at_start"] + f["entered"] - out == f["remaining"]
    assert sum(f["remaining"] for f in doc["flows"]) == doc["funnel"][0]["reached"] - (
        doc["won"] + doc["lost"]
    )
    assert doc["average_cycle_days"] > 0
