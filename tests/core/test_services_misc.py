from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from salesdesk.core.errors import NotFoundError, ValidationError
from salesdesk.core.models import Deal, ExitCriterion, ObjectionEntry, StageQuestion
from salesdesk.core.services import activities, checklists, deals, objections

NOW = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)


@pytest.fixture
def deal_id(db, pipeline, stages):
    with db.transaction() as s:
        return deals.create_deal(s, pipeline_id=pipeline.id, stage_id=stages[0].id, title="D").id


def test_log_activity_validates(db, deal_id):
    with db.transaction() as s:
        call = activities.log_activity(
            s, deal_id, "call", at=NOW, duration_minutes=15, outcome="reached", text="ok"
        )
    assert call.id and call.at == NOW
    for kind, minutes in (("fax", 0), ("call", -1), ("call", 24 * 60 + 1)):
        with pytest.raises(ValidationError), db.transaction() as s:
            activities.log_activity(s, deal_id, kind, duration_minutes=minutes)
    with pytest.raises(NotFoundError), db.transaction() as s:
        activities.log_activity(s, 424242, "call")
    with pytest.raises(ValueError, match="naive"), db.transaction() as s:
        activities.log_activity(s, deal_id, "call", at=datetime(2026, 1, 1))


def test_follow_ups_keep_next_follow_up_on_deal(db, deal_id):
    with db.transaction() as s:
        later = activities.schedule_follow_up(s, deal_id, NOW + timedelta(days=7), text="call back")
        sooner = activities.schedule_follow_up(s, deal_id, NOW + timedelta(days=2))
        assert s.get(Deal, deal_id).next_follow_up_at == NOW + timedelta(days=2)
    with db.transaction() as s:
        activities.complete_follow_up(s, sooner.id)
        assert s.get(Deal, deal_id).next_follow_up_at == NOW + timedelta(days=7)
        activities.complete_follow_up(s, later.id)
        assert s.get(Deal, deal_id).next_follow_up_at is None
    with db.transaction() as s:
        assert [a.text for a in activities.timeline(s, deal_id)][:1] in (["call back"], [""])


def test_answers_and_criteria_give_evidence_probability(db, deal_id, stages):
    stage = stages[0]
    with db.transaction() as s:
        questions = s.exec(select(StageQuestion).where(StageQuestion.stage_id == stage.id)).all()
        criteria = s.exec(select(ExitCriterion).where(ExitCriterion.stage_id == stage.id)).all()
        assert sum(c.weight for c in criteria) == 100
        assert checklists.answer_question(s, deal_id, questions[0].id, "Hardware") == ""
        assert (
            checklists.answer_question(s, deal_id, questions[0].id, "Hardware & services")
            == "Hardware"
        )
        assert checklists.tick_criterion(s, deal_id, criteria[0].id) is False
        assert checklists.evidence_probability(s, deal_id, stage.id) == criteria[0].weight
        assert [c.id for c in checklists.unmet_criteria(s, deal_id, stage.id)] == [
            c.id for c in criteria[1:]
        ]
        assert checklists.tick_criterion(s, deal_id, criteria[0].id, checked=False) is True
        assert checklists.evidence_probability(s, deal_id, stage.id) == 0
        checklists.answer_question(s, deal_id, questions[0].id, "  ")
        assert checklists.answer_question(s, deal_id, questions[0].id, "x") == ""  # cleared before


def test_objections_with_library(db, deal_id, stages):
    with db.transaction() as s:
        entry = s.exec(select(ObjectionEntry)).first()
        assert entry is not None  # the playbook filled the library
        found = objections.search_library(s, entry.text[:6])
        assert entry.id in [e.id for e in found]
        raised = objections.add_objection(
            s, deal_id, entry.text, library_id=entry.id, answer_given=entry.answer
        )
        assert raised.category == entry.category and raised.stage_id == stages[0].id
        assert objections.set_resolved(s, raised.id, True) is False
        own = objections.add_library_entry(
            s, "Price", "Your rival is cheaper", "Compare total cost"
        )
        assert own.id in [e.id for e in objections.search_library(s, "rival")]
    with pytest.raises(ValidationError), db.transaction() as s:
        objections.add_objection(s, deal_id, "")
