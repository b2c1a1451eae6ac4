"""The deal workspace's Qt-free services: checklists, the exit-criteria gate,
objections and their library, contacts, details, timeline and call logging."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import col, select

from salesdesk import bootstrap
from salesdesk.core import exit_gate
from salesdesk.core import models as m
from salesdesk.core import playbook as pb
from salesdesk.core.errors import ValidationError
from salesdesk.core.services import checklists, contacts, deals, details, objections
from salesdesk.core.services.activities import schedule_follow_up
from salesdesk.core.services.interactions import CallLog, RaisedObjection, log_interaction
from salesdesk.core.timeutil import utcnow
from salesdesk.storage import schema
from salesdesk.storage.database import open_database

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _h(hours):
    return T0 + timedelta(hours=hours)


def _deal(db, pipeline, stage, title="D", **kw):
    with db.transaction() as s:
        return deals.create_deal(
            s, pipeline_id=pipeline.id, stage_id=stage.id, title=title, at=T0, **kw
        ).id


def _of_stage(s, model, stage):
    return s.exec(select(model).where(model.stage_id == stage.id).order_by(model.position)).all()


def test_checklists_show_open_stages_up_to_the_current_one(db, pipeline, stages):
    deal = _deal(db, pipeline, stages[2])
    with db.transaction() as s:
        question = _of_stage(s, m.StageQuestion, stages[0])[0]
        crit = _of_stage(s, m.ExitCriterion, stages[0])
        assert checklists.answer_question(s, deal, question.id, "Retail") == ""
        assert checklists.answer_question(s, deal, question.id, "Retail, EU") == "Retail"
        assert checklists.tick_criterion(s, deal, crit[0].id) is False
        assert checklists.tick_criterion(s, deal, crit[0].id) is True
        checklists.tick_criterion(s, deal, crit[2].id)
        lists = checklists.deal_checklists(s, deal)
    assert [c.stage_id for c in lists] == [st.id for st in stages[:3]]
    assert [c.current for c in lists] == [False, False, True]
    first = lists[0]
    assert first.questions[0].answer == "Retail, EU"
    assert [c.met for c in first.criteria] == [True, False, True]
    assert first.evidence == crit[0].weight + crit[2].weight == 70
    assert lists[2].evidence == 0 and lists[2].follow_up_days == stages[2].follow_up_days
    with db.transaction() as s:
        assert checklists.evidence_probability(s, deal, stages[0].id) == 70
        assert checklists.tick_criterion(s, deal, crit[0].id, checked=False) is True
        assert checklists.answer_question(s, deal, question.id, "  ") == "Retail, EU"
        assert s.exec(select(m.DealAnswer).where(m.DealAnswer.deal_id == deal)).all() == []
        assert checklists.evidence_probability(s, deal, stages[0].id) == 30


def test_closed_deal_shows_every_open_stage_and_other_pipeline_is_refused(db, pipeline, stages):
    won, lost = _deal(db, pipeline, stages[1], "W"), _deal(db, pipeline, stages[1], "L")
    other = bootstrap.start_pipeline(db, bootstrap.load_shipped("b2b-7-step", "en"))
    with db.transaction() as s:
        deals.win_deal(s, won)
        deals.lose_deal(s, lost, "Timing")
    with db.transaction() as s:
        for deal in (won, lost):
            lists = checklists.deal_checklists(s, deal)
            assert [c.stage_id for c in lists] == [st.id for st in stages[:7]]
            assert not any(c.current for c in lists)
        foreign = s.exec(
            select(m.StageQuestion).join(m.Stage).where(m.Stage.pipeline_id == other.id)
        ).first()
    with pytest.raises(ValidationError), db.transaction() as s:
        checklists.answer_question(s, won, foreign.id, "x")


def test_exit_gate_policy(db):
    with db.sql() as conn:
        assert exit_gate.policy(conn) == "warn"
    for value in ("block", "off", "warn"):
        with db.sql(write=True) as conn:
            exit_gate.set_policy(conn, value)
        with db.sql() as conn:
            assert exit_gate.policy(conn) == value
    with pytest.raises(ValueError), db.sql(write=True) as conn:
        exit_gate.set_policy(conn, "maybe")
    with db.sql(write=True) as conn:
        conn.execute("UPDATE setting SET value = 'junk' WHERE key = ?", (exit_gate.POLICY_KEY,))
    with db.sql() as conn:
        assert exit_gate.policy(conn) == "warn"


def test_unmet_on_move_counts_left_and_skipped_stages_only_onward(db, pipeline, stages):
    a, b = _deal(db, pipeline, stages[0], "A"), _deal(db, pipeline, stages[5], "B")
    with db.transaction() as s:
        first = _of_stage(s, m.ExitCriterion, stages[0])
        checklists.tick_criterion(s, a, first[0].id)
        second = _of_stage(s, m.ExitCriterion, stages[1])
        closing = len(_of_stage(s, m.ExitCriterion, stages[5]))
        follow = len(_of_stage(s, m.ExitCriterion, stages[6]))
    won, lost = stages[7], stages[8]
    with db.sql() as conn:
        onward = exit_gate.unmet_on_move(conn, [a], stages[2].id)
        assert [(u.stage, u.criterion) for u in onward] == [
            (stages[0].name, first[1].text),
            (stages[0].name, first[2].text),
        ] + [(stages[1].name, c.text) for c in second]
        assert {u.deal_id for u in onward} == {a} and onward[0].title == "A"
        to_won = exit_gate.unmet_on_move(conn, [b], won.id)
        assert len(to_won) == closing + follow
        assert {u.stage for u in to_won} == {stages[5].name, stages[6].name}
        both = exit_gate.unmet_on_move(conn, [b, a], stages[6].id)
        assert both[0].deal_id == a and both[-1].deal_id == b
        assert exit_gate.unmet_on_move(conn, [b], stages[3].id) == []  # backward
        assert exit_gate.unmet_on_move(conn, [b], stages[5].id) == []  # same stage
        assert exit_gate.unmet_on_move(conn, [a, b], lost.id) == []
        assert exit_gate.unmet_on_move(conn, [], won.id) == []
    with db.transaction() as s:
        for c in _of_stage(s, m.ExitCriterion, stages[0]):
            checklists.tick_criterion(s, a, c.id)
        deals.win_deal(s, b)
    with db.sql() as conn:
        assert exit_gate.unmet_on_move(conn, [a], stages[1].id) == []  # all ticked
        assert exit_gate.unmet_on_move(conn, [b], won.id) == []  # not open any more


def test_add_objection_links_or_creates_library_entries(db, pipeline, stages):
    deal = _deal(db, pipeline, stages[3])
    with db.transaction() as s:
        saved = objections.add_objection(
            s, deal, " Too slow ", answer_given="Show the plan", save_to_library=True, language="fi"
        )
        entry = s.get(m.ObjectionEntry, saved.library_id)
        assert (entry.category, entry.text, entry.language) == ("General", "Too slow", "fi")
        assert entry.answer == "Show the plan"
        assert saved.category == "General" and saved.stage_id == stages[3].id
        price = s.exec(select(m.ObjectionEntry).where(m.ObjectionEntry.category == "Price")).one()
        linked = objections.add_objection(s, deal, "Too pricey", library_id=price.id)
        assert (linked.category, linked.library_id) == ("Price", price.id)
        own = objections.add_objection(s, deal, "x", category="Cost", library_id=price.id)
        assert own.category == "Cost"
        plain = objections.add_objection(s, deal, "No link")
        assert plain.library_id is None
    for bad in ("", "   ", "bell\x07"):
        with pytest.raises(ValidationError), db.transaction() as s:
            objections.add_objection(s, deal, bad)


def test_update_delete_restore_and_ordering(db, pipeline, stages):
    deal = _deal(db, pipeline, stages[1])
    with db.transaction() as s:
        old = objections.add_objection(s, deal, "Old open", at=_h(1)).id
        done = objections.add_objection(s, deal, "Resolved", resolved=True, at=_h(3)).id
        new = objections.add_objection(s, deal, "New open", at=_h(2)).id
        assert [o.id for o in objections.deal_objections(s, deal)] == [new, old, done]
        change = objections.update_objection(s, old, resolved=True, answer_given="Done")
        assert change.before == {"resolved": False, "answer_given": ""}
        assert change.after == {"resolved": True, "answer_given": "Done"}
        assert [o.id for o in objections.deal_objections(s, deal)] == [new, done, old]
        with pytest.raises(KeyError):
            objections.update_objection(s, old, deal_id=5)
        with pytest.raises(ValidationError):
            objections.update_objection(s, old, text=" ")
    with db.transaction() as s:
        row = objections.delete_objection(s, done)
        assert s.get(m.DealObjection, done) is None
    with db.transaction() as s:
        objections.restore_objection(s, row)
    with db.transaction() as s:
        items = objections.deal_objections(s, deal)
        back = next(o for o in items if o.id == done)
        assert (back.text, back.resolved, back.raised_at) == ("Resolved", True, _h(3))
        assert back.stage == stages[1].name


@pytest.mark.parametrize(
    ("lang", "query", "expected"),
    [
        ("fa", "گران", "خیلی گران است."),
        ("fa", "خيلي", "خیلی گران است."),  # Arabic yeh typed for Persian yeh
        ("fa", "تامين كننده", "با یک تأمین‌کننده‌ی دیگر هم در حال مذاکره هستیم."),
        ("fa", "مدیرم باید", "باید با مدیرم هماهنگ کنم."),
        ("ar", "مرتفع", "السعر مرتفع جدًا."),
        ("ar", "اعرض مدیری", "يجب أن أعرض الأمر على مديري."),  # no hamza, Persian yeh
        ("zh_CN", "太贵", "太贵了。"),
        ("zh_CN", "供应商", "我们已经在和另一家供应商谈了。"),
        ("fi", "KALLIS", "Tämä on liian kallis."),
        ("fi", "kallis liian", "Tämä on liian kallis."),
        ("fi", "HINTA", "Tämä on liian kallis."),  # the category "Hinta"
        ("fi", "hinta", "Tämä on liian kallis."),
    ],
)
def test_search_library_in_every_script(db, lang, query, expected):
    bootstrap.start_pipeline(db, bootstrap.load_shipped("b2b-7-step", lang))
    with db.transaction() as s:
        found = objections.search_library(s, query)
        assert expected in [e.text for e in found]
        assert all(e.language == lang for e in found)
        assert objections.search_library(s, "zzqx-nothing") == []


def test_search_library_ranks_prefix_first_and_empty_lists(db, pipeline):
    with db.transaction() as s:
        found = [e.text for e in objections.search_library(s, "we")]
        starts = [t for t in found if t.lower().startswith("we")]
        assert len(starts) == 4 and found[:4] == starts
        assert found.index("What we have works well enough.") > 3
        assert len(objections.search_library(s, "")) == 9
        assert len(objections.search_library(s, "  ", limit=3)) == 3


def test_library_stats_count_each_deal_once(db, pipeline, stages):
    a, b, c = (_deal(db, pipeline, stages[i], t) for i, t in ((1, "A"), (2, "B"), (2, "C")))
    with db.transaction() as s:
        entry = objections.add_library_entry(s, "Risk", "What if it fails?")
        idle = objections.add_library_entry(s, "Risk", "Never raised")
        for deal in (a, a, b, c):
            objections.add_objection(s, deal, "It may fail", library_id=entry.id)
        deals.move_deal(s, a, stages[4].id)
        objections.add_objection(s, a, "Still worried", library_id=entry.id)
        deals.win_deal(s, a)
        deals.lose_deal(s, b, "Timing")
    with db.transaction() as s:
        rows = {r.id: r for r in objections.library_stats(s)}
    row = rows[entry.id]
    assert row.raised == 5
    assert dict(row.by_stage) == {stages[1].name: 2, stages[2].name: 2, stages[4].name: 1}
    assert row.by_stage[-1] == (stages[4].name, 1)  # most frequent first
    assert (row.won, row.lost, row.win_rate) == (1, 1, 0.5)
    assert (rows[idle.id].raised, rows[idle.id].by_stage, rows[idle.id].win_rate) == (0, (), None)


def test_update_and_delete_library_entry(db, pipeline, stages):
    deal = _deal(db, pipeline, stages[0])
    with db.transaction() as s:
        entry = objections.add_library_entry(s, "Risk", "Old", "Answer")
        raised = objections.add_objection(s, deal, "Old", library_id=entry.id).id
        before = objections.update_library_entry(
            s, entry.id, category="Safety", text="New", answer="Better"
        )
        assert before == {"category": "Risk", "text": "Old", "answer": "Answer"}
        assert s.get(m.ObjectionEntry, entry.id).text == "New"
        with pytest.raises(ValidationError):
            objections.update_library_entry(s, entry.id, category="", text="x", answer="")
    with db.transaction() as s:
        objections.delete_library_entry(s, entry.id)
    with db.transaction() as s:
        assert s.get(m.ObjectionEntry, entry.id) is None
        kept = s.get(m.DealObjection, raised)
        assert (kept.text, kept.library_id, kept.category) == ("Old", None, "Risk")


def test_contacts_by_name_are_scoped_and_case_insensitive(db, pipeline, stages):
    deal = _deal(db, pipeline, stages[0], organization_name="Oy Ab")
    with db.transaction() as s:
        org = deals.organization_by_name(s, "Oy Ab")
        assert s.get(m.Deal, deal).organization_id == org.id
        other = deals.organization_by_name(s, "Other Ltd")
        anni = contacts.contact_by_name(s, " Änni ", org.id)
        assert anni.name == "Änni"
        assert contacts.contact_by_name(s, "ÄNNI", org.id).id == anni.id
        there = contacts.contact_by_name(s, "Änni", other.id)
        assert there.id != anni.id
        contacts.contact_by_name(s, "Aaron", other.id)
        assert [c.name for c in contacts.list_contacts(s)] == ["Aaron", "Änni", "Änni"]
        own_first = contacts.list_contacts(s, org.id)
        assert (own_first[0].name, own_first[0].organization) == ("Änni", "Oy Ab")
        assert own_first[1].name == "Aaron"
        edit = contacts.link_contact(s, deal, "änni")
        assert (edit.before, edit.after) == ({"contact_id": None}, {"contact_id": anni.id})
        unlink = contacts.link_contact(s, deal, "  ")
        assert (unlink.before, unlink.after) == ({"contact_id": anni.id}, {"contact_id": None})
        assert s.get(m.Deal, deal).contact_id is None
        with pytest.raises(ValidationError):
            contacts.contact_by_name(s, "", org.id)


def test_same_non_ascii_organization_shares_its_contacts(db, pipeline, stages):
    """SQLite's lower() folds ASCII only; the name is matched in Python."""
    first = _deal(db, pipeline, stages[0], "A", organization_name="Äkki Oy")
    second = _deal(db, pipeline, stages[0], "B", organization_name="ÄKKI OY")
    with db.transaction() as s:
        contacts.link_contact(s, first, "Anna")
        contacts.link_contact(s, second, "Anna")
    with db.transaction() as s:
        a, b = s.get(m.Deal, first), s.get(m.Deal, second)
        assert (a.organization_id, a.contact_id) == (b.organization_id, b.contact_id)


def test_deal_details_and_probability(db, pipeline, stages):
    deal = _deal(db, pipeline, stages[1], organization_name="Oy Ab")
    with db.transaction() as s:
        contacts.link_contact(s, deal, "Anna")
        crit = _of_stage(s, m.ExitCriterion, stages[1])
        checklists.tick_criterion(s, deal, crit[2].id)
    with db.transaction() as s:
        got = details.deal_details(s, deal)
        assert (got.organization, got.contact, got.stage) == ("Oy Ab", "Anna", stages[1].name)
        assert got.evidence == crit[2].weight == got.probability
        assert got.probability != got.stage_probability
        for c in _of_stage(s, m.ExitCriterion, stages[2]):
            s.delete(c)
        deals.move_deal(s, deal, stages[2].id)
    with db.transaction() as s:
        bare = details.deal_details(s, deal)
        assert bare.evidence is None and bare.probability == stages[2].probability
        deals.win_deal(s, deal)
    with db.transaction() as s:
        assert details.deal_details(s, deal).probability == 100
        deals.reopen_deal(s, deal)
    with db.transaction() as s:
        deals.lose_deal(s, deal, "Timing")
    with db.transaction() as s:
        lost = details.deal_details(s, deal)
        assert (lost.probability, lost.status, lost.lost_reason) == (0, "lost", "Timing")


def test_timeline_newest_first_with_follow_up_at_due_time(db, pipeline, stages):
    deal = _deal(db, pipeline, stages[0])
    with db.transaction() as s:
        deals.move_deal(s, deal, stages[1].id, at=_h(1))
        call = m.Activity(deal_id=deal, kind="call", at=_h(2), outcome="reached", text="hi")
        s.add(call)
        objections.add_objection(s, deal, "Too pricey", category="Price", at=_h(3))
        task = schedule_follow_up(s, deal, _h(50), text="call back")
        items = details.timeline(s, deal)
    assert [i.kind for i in items] == ["follow-up", "objection", "call", "stage", "stage"]
    assert items[0].at == _h(50) == items[0].due_at and items[0].ident == task.id
    assert not items[0].done
    assert (items[1].summary, items[1].text) == ("Price", "Too pricey")
    assert (items[2].at, items[2].summary) == (_h(2), "reached")
    assert items[3].summary == f"{stages[0].name} → {stages[1].name}"
    assert (items[4].summary, items[4].at) == (stages[0].name, T0)


def _rows(db, deal):
    with db.transaction() as s:
        return (
            [
                (a.id, a.done_at)
                for a in s.exec(select(m.Activity).where(m.Activity.deal_id == deal))
            ],
            s.exec(select(m.DealAnswer).where(m.DealAnswer.deal_id == deal)).all(),
            s.exec(select(m.DealObjection).where(m.DealObjection.deal_id == deal)).all(),
            len(s.exec(select(m.ObjectionEntry)).all()),
            s.get(m.Deal, deal).next_follow_up_at,
        )


@pytest.fixture
def call_setup(db, pipeline, stages):
    deal = _deal(db, pipeline, stages[0])
    now = utcnow()
    with db.transaction() as s:
        due = schedule_follow_up(s, deal, now - timedelta(minutes=30)).id
        question = _of_stage(s, m.StageQuestion, stages[0])[0].id
    return deal, due, question, now


def test_log_interaction_writes_everything(db, call_setup):
    deal, due, question, now = call_setup
    at, nxt = now - timedelta(hours=1), now + timedelta(days=3)
    objection = RaisedObjection("Too slow", save_to_library=True)
    log = CallLog(at=at, outcome="reached", answers={question: "Retail"}, objections=[objection])
    log.next_step, log.next_due = "Send proposal", nxt
    with db.transaction() as s:
        result = log_interaction(s, deal, log)
    with db.transaction() as s:
        activity = s.get(m.Activity, result.activity_id)
        assert (activity.kind, activity.at, activity.outcome) == ("call", at, "reached")
        answer = s.exec(select(m.DealAnswer).where(m.DealAnswer.deal_id == deal)).one()
        assert (answer.question_id, answer.text) == (question, "Retail")
        raised = s.get(m.DealObjection, result.objection_ids[0])
        assert raised.raised_at == at and raised.library_id is not None
        assert result.completed_ids == (due,) and s.get(m.Activity, due).done_at is not None
        task = s.get(m.Activity, result.follow_up_id)
        assert (task.due_at, task.text) == (nxt, "Send proposal")
        assert s.get(m.Deal, deal).next_follow_up_at == nxt


@pytest.mark.parametrize(
    "late",
    [
        {"objections": [RaisedObjection("fine"), RaisedObjection("ring\x07")]},
        {"objections": [RaisedObjection("")]},
        {"next_due": "before"},
    ],
)
def test_log_interaction_is_all_or_nothing(db, call_setup, late):
    deal, _due, question, now = call_setup
    at = now - timedelta(hours=1)
    fields = {"at": at, "answers": {question: "Retail"}, "next_due": at + timedelta(days=2)}
    fields["objections"] = [RaisedObjection("Too slow", save_to_library=True)]
    fields.update(late)
    if fields["next_due"] == "before":
        fields["next_due"] = at - timedelta(minutes=1)
    before = _rows(db, deal)
    with pytest.raises(ValidationError), db.transaction() as s:
        log_interaction(s, deal, CallLog(outcome="reached", **fields))
    assert _rows(db, deal) == before
    assert before[1] == [] and before[2] == [] and before[4] is not None


def test_log_interaction_refuses_bad_input_and_leaves_next_due_to_caller(db, call_setup):
    deal, due, _question, now = call_setup
    future = CallLog(at=now + timedelta(minutes=10))
    for log in (CallLog(outcome="shouted"), CallLog(kind="task"), CallLog(kind="sms"), future):
        with pytest.raises(ValidationError), db.transaction() as s:
            log_interaction(s, deal, log)
    with db.transaction() as s:
        result = log_interaction(
            s, deal, CallLog(at=utcnow() + timedelta(minutes=2), complete_due=False)
        )
    assert result.follow_up_id is None and result.completed_ids == ()
    with db.transaction() as s:
        tasks = s.exec(select(m.Activity).where(col(m.Activity.due_at).is_not(None))).all()
        assert [t.id for t in tasks] == [due] and tasks[0].done_at is None


_BOOK = """schema = 1
stages = [{open}
  {{ key = "won", name = "Won", end = "won", probability = 100 }},
  {{ key = "lost", name = "Lost", end = "lost", probability = 0 }},
]
[playbook]
id = "cadence"
kind = "pipeline"
language = "en"
name = "Cadence"
"""
_STAGE = (
    '\n  {{ key = "{key}", name = "{key}", probability = 10, stalled_after_days = {days},{extra}'
    ' questions = ["Why?"], criteria = [{{ text = "Done", weight = 100 }}] }},'
)


def _book(tmp_path, *specs):
    body = "".join(_STAGE.format(key=k, days=d, extra=e) for k, d, e in specs)
    path = tmp_path / "cadence.toml"
    path.write_text(_BOOK.format(open=body), encoding="utf-8")
    return path


def test_playbook_follow_up_days_default_and_explicit(db, tmp_path, stages):
    path = _book(tmp_path, ("slow", 30, ""), ("quick", 2, ""), ("set", 30, " follow_up_days = 2,"))
    book = pb.load(path)
    assert [s.follow_up_days for s in book.open_stages] == [7, 1, 2]
    pipe = bootstrap.start_pipeline(db, book)
    with db.transaction() as s:
        rows = s.exec(select(m.Stage).where(m.Stage.pipeline_id == pipe.id)).all()
        assert [r.follow_up_days for r in rows if r.end_kind is None] == [7, 1, 2]
    shipped = [(s.stalled_after_days, s.follow_up_days) for s in stages[:7]]
    assert all(f == max(1, d // 4) for d, f in shipped) and {f for _, f in shipped} == {3, 5, 7}
    with pytest.raises(pb.PlaybookError, match="follow_up_days"):
        pb.load(_book(tmp_path, ("x", 9, " follow_up_days = 0,")))


def test_old_database_migrates_follow_up_days(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "schema-0001.sqlite", path)
    conn = sqlite3.connect(path)  # make the expected values differ from the column default
    conn.executescript(
        "UPDATE stage SET stalled_after_days = 30 WHERE key = 'first';"
        "UPDATE stage SET stalled_after_days = 2 WHERE key = 'won';"
    )
    conn.close()
    db = open_database(path, tmp_path / "backups")
    try:
        with db.sql() as c:
            assert c.execute("SELECT version_num FROM alembic_version").fetchone()[0] == schema.HEAD
            rows = c.execute("SELECT key, stalled_after_days, follow_up_days FROM stage").fetchall()
    finally:
        db.close()
    assert sorted(rows) == [("first", 30, 7), ("lost", 14, 3), ("won", 2, 1)]
    assert all(f == max(1, d // 4) for _, d, f in rows)
