"""Follow-ups, the stalled rule, and Today's agenda: local-calendar day counts
across daylight-saving changes, SQL against Python, grouping, snoozing."""

from __future__ import annotations

import json
import os
import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from salesdesk.core import agenda, board, health
from salesdesk.core.errors import ValidationError
from salesdesk.core.models import Deal
from salesdesk.core.services import activities, deals
from salesdesk.core.timeutil import to_storage

HEL = ZoneInfo("Europe/Helsinki")
NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def hel(*args: int, fold: int = 0) -> datetime:
    return datetime(*args, tzinfo=HEL, fold=fold)  # type: ignore[misc]


def _system_tz(monkeypatch: pytest.MonkeyPatch, name: str):
    old = os.environ.get("TZ")
    monkeypatch.setenv("TZ", name)
    time.tzset()
    yield ZoneInfo(name)
    if old is None:
        monkeypatch.delenv("TZ", raising=False)
    else:
        monkeypatch.setenv("TZ", old)
    time.tzset()


@pytest.fixture
def helsinki_system(monkeypatch):
    yield from _system_tz(monkeypatch, "Europe/Helsinki")


@pytest.fixture
def los_angeles_system(monkeypatch):
    yield from _system_tz(monkeypatch, "America/Los_Angeles")


def _deal(db, pipeline, stage, title="Deal", at=NOW - DAY, last=None) -> int:
    with db.transaction() as s:
        deal = deals.create_deal(s, pipeline_id=pipeline.id, stage_id=stage.id, title=title, at=at)
        if last is not None:
            deal.last_activity_at = last
            s.add(deal)
        return deal.id


def _follow(db, deal_id, due, text="") -> int:
    with db.transaction() as s:
        return activities.schedule_follow_up(s, deal_id, due, text=text).id


def _get(db, deal_id) -> Deal:
    with db.transaction() as s:
        return s.get(Deal, deal_id)


# --- health: local calendar days ----------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "days"),
    [
        (hel(2026, 3, 28, 23, 30), hel(2026, 3, 29, 0, 10), 1),  # spring: 03:00 -> 04:00
        (hel(2026, 3, 28, 23, 30), hel(2026, 3, 30, 0, 10), 2),
        (hel(2026, 3, 28, 23, 30), hel(2026, 3, 29, 23, 50), 1),  # a 23-hour day
        (hel(2026, 3, 29, 2, 59), hel(2026, 3, 29, 4, 0), 0),
        (hel(2026, 10, 24, 23, 30), hel(2026, 10, 25, 0, 10), 1),  # autumn: 04:00 -> 03:00
        (hel(2026, 10, 24, 23, 30), hel(2026, 10, 25, 3, 30, fold=0), 1),
        (hel(2026, 10, 24, 23, 30), hel(2026, 10, 25, 3, 30, fold=1), 1),
        (hel(2026, 10, 24, 23, 30), hel(2026, 10, 25, 23, 50), 1),  # a 25-hour day
        (hel(2026, 10, 24, 23, 30), hel(2026, 10, 26, 0, 10), 2),
    ],
)
def test_local_days_across_dst(start, end, days):
    assert health.local_days(start, end, HEL) == days
    assert health.local_days(start.astimezone(UTC), end.astimezone(UTC), HEL) == days


def test_local_days_differ_by_zone():
    start = datetime(2026, 6, 1, 20, 0, tzinfo=UTC)
    end = datetime(2026, 6, 2, 6, 0, tzinfo=UTC)
    assert health.local_days(start, end, ZoneInfo("Asia/Tehran")) == 1  # 23:30 -> 09:30
    assert health.local_days(start, end, ZoneInfo("America/Los_Angeles")) == 0  # 13:00 -> 23:00
    now = datetime(2026, 6, 15, 6, 0, tzinfo=UTC)
    tehran = health.stall_at(now, start, None, None, 13, 30, tz=ZoneInfo("Asia/Tehran"))
    assert tehran is not None and tehran.days_in_stage == 14
    assert (
        health.stall_at(now, start, None, None, 13, 30, tz=ZoneInfo("America/Los_Angeles")) is None
    )


def test_stall_at_across_dst():
    entered = hel(2026, 3, 28, 23, 30)
    # 14 local days at 23:50 on 11 April (but 14 UTC days only from 21:30 UTC then)
    assert health.stall_at(hel(2026, 4, 11, 23, 50), entered, None, None, 14, 30, tz=HEL) is None
    found = health.stall_at(hel(2026, 4, 12, 0, 10), entered, None, None, 14, 30, tz=HEL)
    assert found == health.Stall(15, 15, True, False)
    autumn = health.stall_at(
        hel(2026, 11, 8, 0, 10), hel(2026, 10, 24, 23, 30), None, None, 14, 30, tz=HEL
    )
    assert autumn == health.Stall(15, 15, True, False)


# --- health: the stalled rule -------------------------------------------------------


@pytest.mark.parametrize(
    ("entered", "last", "follow", "expected"),
    [
        (20, 1, None, health.Stall(20, 1, True, False)),  # over the stage limit only
        (10, None, None, health.Stall(10, 10, False, True)),  # over the idle limit only
        (20, 9, None, health.Stall(20, 9, True, True)),  # both
        (3, None, None, None),
        (14, 1, None, None),  # at the limit is not over it
        (9, 8, None, health.Stall(9, 8, False, True)),  # 8 idle days > 7
        (3, 30, None, None),  # activity before entering the stage: entry counts
        (20, 9, 3, None),  # a follow-up within the idle window excuses
        (20, 9, 7, None),  # ... up to the window's end
        (20, 9, 8, health.Stall(20, 9, True, True)),  # beyond the window does not
        (20, 9, -1, health.Stall(20, 9, True, True)),  # an overdue one does not
    ],
)
def test_stalled_rule(entered, last, follow, expected):
    found = health.stall_at(
        NOW,
        NOW - entered * DAY,
        NOW - last * DAY if last is not None else None,
        NOW + follow * DAY if follow is not None else None,
        14,
        7,
        tz=UTC,
    )
    assert found == expected


@pytest.mark.parametrize("status", ["won", "lost"])
def test_closed_deals_never_stall(status):
    assert health.stall_at(NOW, NOW - 90 * DAY, None, None, 14, 7, status=status, tz=UTC) is None
    assert health.stall_at(NOW, NOW - 90 * DAY, None, None, 14, 7, status="open", tz=UTC)


def test_describe():
    found = health.stall_at(NOW, NOW - 14 * DAY, NOW - 9 * DAY, None, 10, 7, tz=UTC)
    assert health.describe(found, "Proposal") == "14 days in Proposal, no activity for 9 days"
    fresh = health.Stall(15, 0, True, False)
    assert health.describe(fresh, "Closing") == "15 days in Closing"


# --- SQL (SQLite 'localtime') agrees with Python -----------------------------------


def test_sql_day_counts_agree_with_python(db, pipeline, stages, helsinki_system, monkeypatch):
    stage = stages[1]  # Prospecting: 14 days in stage, 7 idle
    entries = [
        hel(2026, 3, 14, 23, 30),
        hel(2026, 3, 15, 0, 10),
        hel(2026, 3, 21, 23, 59),
        hel(2026, 3, 28, 23, 30),
        hel(2026, 3, 29, 2, 59),
        hel(2026, 3, 29, 4, 0),
        hel(2026, 10, 10, 23, 30),
        hel(2026, 10, 17, 23, 30),
        hel(2026, 10, 24, 23, 30),
        hel(2026, 10, 25, 3, 30, fold=1),
    ]
    made = {}
    for n, entered in enumerate(entries):
        last = entered + timedelta(hours=20) if n % 2 else None
        made[_deal(db, pipeline, stage, f"D{n}", at=entered, last=last)] = (entered, last)
    nows = [
        hel(2026, 3, 29, 0, 10),
        hel(2026, 3, 29, 23, 50),
        hel(2026, 3, 30, 0, 10),
        hel(2026, 4, 4, 23, 50),
        hel(2026, 4, 5, 0, 10),
        hel(2026, 4, 11, 23, 50),
        hel(2026, 4, 12, 0, 10),
        hel(2026, 10, 25, 0, 10),
        hel(2026, 10, 31, 23, 50),
        hel(2026, 11, 1, 0, 10),
        hel(2026, 11, 8, 0, 10),
    ]
    differs = 0
    for now in nows:
        monkeypatch.setattr(board, "utcnow", lambda now=now: now.astimezone(UTC))
        with db.sql() as conn:
            cards = {c.id: c for c in board.load_cards(conn, pipeline.id)}
            column = next(c for c in board.load_columns(conn, pipeline.id) if c.id == stage.id)
            stalled = {i.deal_id: i.stall for i in agenda.build(conn, now, HEL).stalled}
        expected = {}
        for deal_id, (entered, last) in made.items():
            touched = max(entered, last) if last else entered
            card = cards[deal_id]
            assert (card.days_in_stage, card.idle_days) == (
                health.local_days(entered, now, HEL),
                health.local_days(touched, now, HEL),
            ), (now, entered)
            differs += health.local_days(entered, now, HEL) != health.local_days(entered, now, UTC)
            if entered <= now:
                found = health.stall_at(now, entered, last, None, 14, 7, tz=HEL)
                if found:
                    expected[deal_id] = found
                assert board.is_stalled(card, column, to_storage(now)) == (found is not None)
        assert stalled == expected, now
    assert differs  # the grid does tell local days from UTC days


def test_agenda_stalled_follows_the_tz_argument(db, pipeline, stages, los_angeles_system):
    last = hel(2026, 4, 11, 23, 0)  # idle 0 days: only the days in the stage count
    deal_id = _deal(db, pipeline, stages[1], at=hel(2026, 3, 28, 23, 30), last=last)
    with db.sql() as conn:
        stalled = agenda.build(conn, hel(2026, 4, 12, 0, 10), HEL).stalled
    assert [i.deal_id for i in stalled] == [deal_id]  # 15 days in Helsinki (14 in LA)


# --- last activity -----------------------------------------------------------------


def test_last_activity_is_kept_by_activities(db, pipeline, stages):
    deal_id = _deal(db, pipeline, stages[0], at=NOW - 10 * DAY)
    assert _get(db, deal_id).last_activity_at is None
    with db.transaction() as s:
        activities.log_activity(s, deal_id, "call", at=NOW - DAY)
    assert _get(db, deal_id).last_activity_at == NOW - DAY
    with db.transaction() as s:
        activities.log_activity(s, deal_id, "call", at=NOW - 7 * DAY)  # logged late
    assert _get(db, deal_id).last_activity_at == NOW - DAY
    with db.transaction() as s:
        activities.log_activity(s, deal_id, "task", at=NOW, text="plan")
        task = activities.schedule_follow_up(s, deal_id, NOW + 2 * DAY, text="call back")
    assert _get(db, deal_id).last_activity_at == NOW - DAY  # plans are not touches
    with db.transaction() as s:
        activities.complete_follow_up(s, task.id, at=NOW + DAY)
    assert _get(db, deal_id).last_activity_at == NOW + DAY


# --- reschedule, complete, reopen --------------------------------------------------


def test_reschedule_complete_reopen(db, pipeline, stages):
    deal_id = _deal(db, pipeline, stages[0])
    first = _follow(db, deal_id, NOW + DAY)
    second = _follow(db, deal_id, NOW + 3 * DAY)
    assert _get(db, deal_id).next_follow_up_at == NOW + DAY
    with db.transaction() as s:
        old = activities.reschedule_follow_up(s, first, NOW + 5 * DAY)
    assert old == NOW + DAY
    assert _get(db, deal_id).next_follow_up_at == NOW + 3 * DAY
    with db.transaction() as s:
        activities.complete_follow_up(s, second, at=NOW)
    assert _get(db, deal_id).next_follow_up_at == NOW + 5 * DAY
    with pytest.raises(ValidationError, match="already done"), db.transaction() as s:
        activities.reschedule_follow_up(s, second, NOW + 9 * DAY)
    with db.transaction() as s:
        activities.complete_follow_up(s, first, at=NOW + DAY)
    deal = _get(db, deal_id)
    assert (deal.next_follow_up_at, deal.last_activity_at) == (None, NOW + DAY)
    with db.transaction() as s:
        activities.reopen_follow_up(s, second)
    deal = _get(db, deal_id)
    assert (deal.next_follow_up_at, deal.last_activity_at) == (NOW + 3 * DAY, NOW + DAY)


# --- snooze ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("preset", "now", "until"),
    [
        ("hour", hel(2026, 3, 29, 2, 30), hel(2026, 3, 29, 4, 30)),  # one real hour
        ("tomorrow", hel(2026, 3, 28, 12, 0), hel(2026, 3, 29, 9, 0)),  # EET -> EEST
        ("tomorrow", hel(2026, 3, 29, 1, 30), hel(2026, 3, 30, 9, 0)),  # local day, not UTC
        ("next_week", hel(2026, 3, 28, 12, 0), hel(2026, 3, 30, 9, 0)),  # Saturday
        ("next_week", hel(2026, 3, 29, 1, 30), hel(2026, 3, 30, 9, 0)),  # Sunday
        ("next_week", hel(2026, 3, 23, 12, 0), hel(2026, 3, 30, 9, 0)),  # Monday: a week on
        ("tomorrow", hel(2026, 10, 24, 12, 0), hel(2026, 10, 25, 9, 0)),  # EEST -> EET
        ("next_week", hel(2026, 10, 21, 12, 0), hel(2026, 10, 26, 9, 0)),
    ],
)
def test_snooze_until(preset, now, until):
    got = agenda.snooze_until(preset, now.astimezone(UTC), HEL)
    assert got == until and got.utcoffset() == timedelta(0)


def test_snooze_in_the_system_zone(helsinki_system):
    got = agenda.snooze_until("tomorrow", datetime(2026, 3, 28, 10, 0, tzinfo=UTC))
    assert got == datetime(2026, 3, 29, 6, 0, tzinfo=UTC)  # 09:00 EEST
    got = agenda.snooze_until("next_week", datetime(2026, 10, 24, 10, 0, tzinfo=UTC))
    assert got == datetime(2026, 10, 26, 7, 0, tzinfo=UTC)  # 09:00 EET
    with pytest.raises(ValueError):
        agenda.snooze_until("someday", NOW)


# --- agenda ------------------------------------------------------------------------

AG_NOW = hel(2026, 3, 27, 12, 0)  # a Friday; Helsinki changes to summer time on Sunday


def test_agenda_groups(db, pipeline, stages):
    a = _deal(db, pipeline, stages[0], "Overdue", at=AG_NOW - DAY)
    b = _deal(db, pipeline, stages[0], "Today", at=AG_NOW - DAY)
    c = _deal(db, pipeline, stages[0], "Week", at=AG_NOW - DAY)
    d = _deal(db, pipeline, stages[0], "Far", at=AG_NOW - DAY)
    e = _deal(db, pipeline, stages[0], "Nothing", at=AG_NOW - DAY)
    won = _deal(db, pipeline, stages[0], "Won", at=AG_NOW - DAY)
    lost = _deal(db, pipeline, stages[0], "Lost", at=AG_NOW - DAY)
    over2 = _follow(db, a, AG_NOW - timedelta(minutes=5))
    over1 = _follow(db, a, AG_NOW - 2 * DAY, "first")
    today2 = _follow(db, b, hel(2026, 3, 27, 23, 30))
    today1 = _follow(db, b, AG_NOW + timedelta(minutes=1))
    week1 = _follow(db, b, hel(2026, 3, 28, 0, 30))  # 22:30 UTC: tomorrow, locally
    week2 = _follow(db, c, hel(2026, 4, 3, 23, 59))  # the 7th day's end (EEST by then)
    _follow(db, d, hel(2026, 4, 4, 0, 0))  # beyond the week
    _follow(db, won, AG_NOW - DAY)
    with db.transaction() as s:
        deals.win_deal(s, won, at=AG_NOW - DAY)
        deals.lose_deal(s, lost, "budget", at=AG_NOW - DAY)
    with db.sql() as conn:
        today = agenda.build(conn, AG_NOW, HEL)
    ids = {name: [i.follow_up_id for i in items] for name, items in today.groups()}
    assert ids["overdue"] == [over1, over2]
    assert ids["today"] == [today1, today2]
    assert ids["week"] == [week1, week2]
    assert [i.deal_id for i in today.no_next_step] == [e]
    assert today.stalled == []
    assert today.overdue[0].text == "first" and today.overdue[0].kind == "task"
    assert today.overdue[0].due == AG_NOW - 2 * DAY
    assert (today.overdue[0].title, today.overdue[0].stage) == ("Overdue", stages[0].name)
    everywhere = {i.deal_id for _, items in today.groups() for i in items}
    assert {won, lost, d}.isdisjoint(everywhere)


def test_touches_count_this_stages_conversations(db, pipeline, stages):
    deal_id = _deal(db, pipeline, stages[0], at=NOW - 10 * DAY)
    with db.transaction() as s:
        activities.log_activity(s, deal_id, "call", at=NOW - 9 * DAY)  # earlier stage
        deals.move_deal(s, deal_id, stages[1].id, at=NOW - 5 * DAY)
        for kind, days in (("call", 4), ("meeting", 3), ("email", 2), ("note", 1)):
            activities.log_activity(s, deal_id, kind, at=NOW - days * DAY)
        activities.log_activity(s, deal_id, "task", at=NOW)
        follow = activities.schedule_follow_up(s, deal_id, NOW + DAY, kind="call")
        done = activities.schedule_follow_up(s, deal_id, NOW - DAY, kind="call")
        activities.complete_follow_up(s, done.id, at=NOW - DAY)
    with db.sql() as conn:
        today = agenda.build(conn, NOW, UTC)
    assert [(i.follow_up_id, i.touches, i.kind) for i in today.week] == [(follow.id, 3, "call")]


def test_stalled_items_and_json(db, pipeline, stages):
    stale = _deal(db, pipeline, stages[1], "Stale, old", at=NOW - 20 * DAY, last=NOW - 9 * DAY)
    _follow(db, stale, NOW + 30 * DAY)  # too far off to excuse it
    excused = _deal(db, pipeline, stages[1], "Excused", at=NOW - 20 * DAY)
    _follow(db, excused, NOW + 2 * DAY, "call")
    with db.sql() as conn:
        today = agenda.build(conn, NOW, UTC)
    assert [i.deal_id for i in today.stalled] == [stale]
    item = today.stalled[0]
    assert item.reason == f"20 days in {stages[1].name}, no activity for 9 days"
    data = json.loads(json.dumps(today.to_json(), ensure_ascii=False))
    groups = {"overdue", "today", "week", "no_next_step", "stalled"}
    assert set(data) == {"now", "counts", *groups}
    assert data["counts"] == {name: len(data[name]) for name in groups}
    assert datetime.fromisoformat(data["now"]) == NOW
    got = data["stalled"][0]
    assert set(got) == {
        "deal_id", "title", "organization", "stage", "touches", "follow_up_id",
        "due", "text", "kind", "stall", "reason",
    }  # fmt: skip
    assert got["stall"] == {
        "days_in_stage": 20,
        "idle_days": 9,
        "over_stage": True,
        "over_idle": True,
    }
    assert (got["title"], got["due"], got["reason"]) == ("Stale, old", None, item.reason)
    week = data["week"][0]
    assert week["text"] == "call" and week["deal_id"] == excused
    due = datetime.fromisoformat(week["due"])
    assert due == NOW + 2 * DAY and due.utcoffset() == timedelta(0)


def test_agenda_pipeline_scope(db, pipeline, stages):
    from salesdesk import bootstrap
    from salesdesk.core.services import pipelines

    other = bootstrap.start_pipeline(db, bootstrap.load_shipped("six-stage-cycle", "en"))
    with db.transaction() as s:
        other_stage = pipelines.stages(s, other.id)[0]
    mine = _deal(db, pipeline, stages[0], "Mine")
    theirs = _deal(db, other, other_stage, "Theirs")
    with db.sql() as conn:
        scoped = agenda.build(conn, NOW, UTC, pipeline_id=pipeline.id)
        others = agenda.build(conn, NOW, UTC, pipeline_id=other.id)
        both = agenda.build(conn, NOW, UTC)
    assert [i.deal_id for i in scoped.no_next_step] == [mine]
    assert [i.deal_id for i in others.no_next_step] == [theirs]
    assert {i.deal_id for i in both.no_next_step} == {mine, theirs}


def test_agenda_limit_keeps_whole_counts(db, pipeline, stages):
    ids = [_deal(db, pipeline, stages[0], f"D{n}") for n in range(3)]
    for n, deal_id in enumerate(ids):
        _follow(db, deal_id, NOW - (3 - n) * DAY)
    with db.sql() as conn:
        cut = agenda.build(conn, NOW, UTC, limit=2)
    assert [i.deal_id for i in cut.overdue] == ids[:2]
    assert cut.counts["overdue"] == 3 and cut.counts["no_next_step"] == 0
