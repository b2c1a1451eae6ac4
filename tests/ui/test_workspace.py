"""The deal workspace beside the board: real widgets over real SQLite, every save
read back from the database in a fresh transaction."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from salesdesk.core.models import (
    Contact,
    Deal,
    DealAnswer,
    DealCriterion,
    DealObjection,
    ExitCriterion,
    ObjectionEntry,
    Organization,
    StageQuestion,
)
from salesdesk.core.services import objections
from salesdesk.core.services.interactions import CallLog
from salesdesk.ui.workspace.checklist import SAVE_DELAY_MS

PLAYBOOK = Path(__file__).parents[2] / "resources/playbooks/b2b-7-step/en.toml"
CTRL = Qt.KeyboardModifier.ControlModifier


def deal_by_title(db, title) -> Deal:  # as in test_board.py
    with db.transaction() as s:
        return s.exec(select(Deal).where(Deal.title == title)).one()


def deal_row(db, deal_id) -> Deal | None:
    with db.transaction() as s:
        return s.get(Deal, deal_id)


def money_and_date(db, deal_id) -> tuple:
    deal = deal_row(db, deal_id)
    return (deal.value_minor, deal.currency, deal.expected_close)


def open_deal(window, db, title, tab=None):
    deal_id = deal_by_title(db, title).id
    window.open_deal(deal_id)
    ws = window.workspace
    if tab is not None:
        ws.tabs.setCurrentWidget(getattr(ws, tab))
    return ws, deal_id


def retype(widget, text, finish=Qt.Key.Key_Return) -> None:
    """Selects all with Ctrl+A, types, and leaves with `finish`."""
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(widget, text)
    if finish is not None:
        QTest.keyClick(widget, finish)


def type_text(widget, text) -> None:
    """Key events carrying text: works for any script, unlike QTest.keyClicks."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def undo(window) -> None:
    window.actions_by_name["undo"].trigger()


def answer_in_db(db, deal_id, question_id) -> str | None:
    with db.transaction() as s:
        row = s.exec(
            select(DealAnswer).where(
                DealAnswer.deal_id == deal_id, DealAnswer.question_id == question_id
            )
        ).first()
        return row.text if row else None


def objection_rows(db, deal_id) -> list[DealObjection]:
    with db.transaction() as s:
        return list(s.exec(select(DealObjection).where(DealObjection.deal_id == deal_id)).all())


def click_item(tree, item) -> None:
    QTest.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center()
    )


def test_overview_fills_fields_and_saves_each_on_leaving(window, db, qtbot):
    ws, deal_id = open_deal(window, db, "A")
    ov = ws.overview
    assert ws.stack.currentIndex() == 1 and ws.title.text() == "A"
    assert (ov.title.text(), ov.value.text(), ov.currency.currentText()) == ("A", "100.00", "EUR")
    assert ov.close_date.text() == "" and ov.status.currentData() == "open"
    retype(ov.title, "Alpha")
    retype(ov.value, "2500.5", Qt.Key.Key_Tab)
    retype(ov.currency.lineEdit(), "USD")
    retype(ov.close_date, "12/31/2027")  # en_US short format
    assert deal_row(db, deal_id).title == "Alpha"
    assert money_and_date(db, deal_id) == (2500_50, "USD", date(2027, 12, 31))
    retype(ov.close_date, "2027-11-30")  # ISO is always understood
    assert deal_row(db, deal_id).expected_close == date(2027, 11, 30)
    qtbot.waitUntil(lambda: ov.close_date.text() == "11/30/2027")  # shown the local way
    assert ov.value.text() == "2500.50" and ws.title.text() == "Alpha"
    assert not any(e.isVisibleTo(ov) for e in ov.errors.values())


def test_overview_refuses_bad_input_beside_the_field(window, db):
    ws, deal_id = open_deal(window, db, "A")
    ov = ws.overview
    for field, text, error, good in (
        ("value", "-5", "value", "5"),
        ("currency", "XYZ", "value", "GBP"),
        ("close_date", "31.02.2026", "expected_close", "2027-12-31"),
        ("close_date", "tomorrow", "expected_close", "1/15/2028"),
    ):
        widget = ov.currency.lineEdit() if field == "currency" else getattr(ov, field)
        before, count = money_and_date(db, deal_id), window.undo_stack.count()
        retype(widget, text)
        message = ov.errors[error]
        assert message.isVisibleTo(ov) and message.text(), text
        if error == "expected_close":
            assert f"'{text}' is not a date" in message.text()
        assert money_and_date(db, deal_id) == before
        assert window.undo_stack.count() == count and widget.text() == text  # kept to fix
        retype(widget, good)
        assert not message.isVisibleTo(ov) and window.undo_stack.count() == count + 1
    assert money_and_date(db, deal_id) == (5_00, "GBP", date(2028, 1, 15))


def test_overview_undo_restores_database_and_field(window, db, qtbot):
    ws, deal_id = open_deal(window, db, "A")
    ov = ws.overview
    retype(ov.title, "Alpha")
    retype(ov.value, "42")
    assert deal_row(db, deal_id).value_minor == 42_00
    undo(window)
    assert deal_row(db, deal_id).value_minor == 100_00
    qtbot.waitUntil(lambda: ov.value.text() == "100.00")
    undo(window)
    assert deal_row(db, deal_id).title == "A"
    qtbot.waitUntil(lambda: ov.title.text() == "A")
    window.actions_by_name["redo"].trigger()
    assert deal_row(db, deal_id).title == "Alpha"
    qtbot.waitUntil(lambda: ov.title.text() == "Alpha")


def test_new_contact_is_created_at_the_deals_organization(window, db, qtbot):
    with db.transaction() as s:
        s.add(Organization(name="Acme Corp"))
        s.add(Organization(name="Kivi Oy"))
    ws, deal_id = open_deal(window, db, "A")
    ov = ws.overview
    assert set(ov.org_completer.model().stringList()) == {"Acme Corp", "Kivi Oy"}
    ov.organization.setFocus()
    QTest.keyClicks(ov.organization, "cme")  # matches anywhere, any case
    assert ov.org_completer.completionCount() == 1
    assert ov.org_completer.currentCompletion() == "Acme Corp"
    ov.org_completer.popup().hide()
    retype(ov.organization, "Acme Corp")
    with db.transaction() as s:
        acme = s.exec(select(Organization).where(Organization.name == "Acme Corp")).one()
        assert len(s.exec(select(Organization)).all()) == 2  # no duplicate made
    assert deal_row(db, deal_id).organization_id == acme.id
    retype(ov.contact.lineEdit(), "Maija Virtanen")
    with db.transaction() as s:
        contact = s.exec(select(Contact).where(Contact.name == "Maija Virtanen")).one()
    assert contact.organization_id == acme.id
    assert deal_row(db, deal_id).contact_id == contact.id
    qtbot.waitUntil(lambda: ov.contact.count() == 1)
    assert ov.contact.currentText() == "Maija Virtanen"


def playbook_weights(stage_key) -> dict[str, int]:
    data = tomllib.loads(PLAYBOOK.read_text(encoding="utf-8"))
    stage = next(s for s in data["stages"] if s["key"] == stage_key)
    return {c["text"]: c["weight"] for c in stage["criteria"]}


def test_checklist_ticks_follow_the_playbook_weights(window, db, qtbot, stages):
    ws, deal_id = open_deal(window, db, "X", "checklist")
    cl, ov = ws.checklist, ws.overview
    research, prospecting = stages[0].id, stages[1].id
    assert list(cl.sections) == [research, prospecting]
    assert cl.sections[research].body.isHidden() and not cl.sections[prospecting].body.isHidden()
    with db.transaction() as s:
        questions = s.exec(select(StageQuestion).where(StageQuestion.stage_id == prospecting))
        asked = {q.id: q.text for q in questions}
        rows = s.exec(select(ExitCriterion).where(ExitCriterion.stage_id == prospecting))
        ids = {c.text: c.id for c in rows}
    assert len(asked) == 5 and {i: cl.answers[i].accessibleName() for i in asked} == asked
    weights = playbook_weights("prospecting")
    assert set(ids) == set(weights) and set(ids.values()) <= set(cl.criteria)
    assert all(cl.criteria[i].label.text().startswith(t) for t, i in ids.items())
    call, booked = sorted(weights, key=weights.get)[0], max(weights, key=weights.get)

    def shows(pct: int, met: int) -> bool:
        return (
            cl.summary.text()
            == (
                f"Evidence-based probability: {pct}% ({met} of 3 exit criteria met; "
                "stage default 10%)"
            )
            and ov.probability.text() == f"{pct}% from the exit criteria met (stage default 10%)"
        )

    assert shows(0, 0)
    QTest.mouseClick(cl.criteria[ids[call]].box, Qt.MouseButton.LeftButton)
    with db.transaction() as s:
        assert s.get(DealCriterion, (deal_id, ids[call])) is not None
    qtbot.waitUntil(lambda: shows(weights[call], 1))
    QTest.mouseClick(cl.criteria[ids[booked]].box, Qt.MouseButton.LeftButton)
    both = weights[call] + weights[booked]
    qtbot.waitUntil(lambda: shows(both, 2))
    assert cl.sections[prospecting].header.text() == f"Prospecting · {both}%"
    QTest.mouseClick(cl.criteria[ids[call]].box, Qt.MouseButton.LeftButton)  # untick
    qtbot.waitUntil(lambda: shows(weights[booked], 1))
    with db.transaction() as s:
        assert s.get(DealCriterion, (deal_id, ids[call])) is None
    undo(window)  # the untick
    qtbot.waitUntil(lambda: shows(both, 2))
    assert cl.criteria[ids[call]].box.isChecked()
    undo(window)
    undo(window)
    qtbot.waitUntil(lambda: shows(0, 0))
    with db.transaction() as s:
        assert s.exec(select(DealCriterion).where(DealCriterion.deal_id == deal_id)).all() == []


def test_answers_save_after_the_pause_and_on_leaving(window, db, qtbot):
    ws, deal_id = open_deal(window, db, "X", "checklist")
    first, second, third = list(ws.checklist.answers.values())[-3:]
    QTest.keyClicks(first, "Runs the ops team")
    assert answer_in_db(db, deal_id, first.question_id) is None  # not at every key
    qtbot.waitUntil(
        lambda: answer_in_db(db, deal_id, first.question_id) == "Runs the ops team",
        timeout=SAVE_DELAY_MS * 4,
    )
    second.setFocus()
    QTest.keyClicks(second, "Spreadsheets")
    third.setFocus()  # leaving saves at once
    assert answer_in_db(db, deal_id, second.question_id) == "Spreadsheets"
    # More typing in the same answer merges into the same undo step.
    second.setFocus()
    QTest.keyClicks(second, ", mostly")
    third.setFocus()
    assert answer_in_db(db, deal_id, second.question_id) == "Spreadsheets, mostly"
    count = window.undo_stack.count()
    undo(window)
    assert answer_in_db(db, deal_id, second.question_id) is None
    qtbot.waitUntil(lambda: second.toPlainText() == "")
    assert window.undo_stack.index() == count - 1
    assert answer_in_db(db, deal_id, first.question_id) == "Runs the ops team"


def test_closing_mid_edit_saves_answer_and_title(window, db):
    ws, deal_id = open_deal(window, db, "A", "checklist")
    edit = next(iter(ws.checklist.answers.values()))
    QTest.keyClicks(edit, "Typed, never left")
    ws.tabs.setCurrentWidget(ws.overview)
    ws.overview.title.setFocus()
    QTest.keyClick(ws.overview.title, Qt.Key.Key_End)
    QTest.keyClicks(ws.overview.title, " renewal")
    window.close()
    assert deal_row(db, deal_id).title == "A renewal"
    assert answer_in_db(db, deal_id, edit.question_id) == "Typed, never left"


def test_library_match_fills_the_form_and_is_linked(window, db, qtbot, stages):
    ws, deal_id = open_deal(window, db, "X", "objections")
    form = ws.objections.form
    picker = form.picker
    picker.setFocus()
    QTest.keyClicks(picker, "expensive")
    found = [picker.suggestions.item(r).text() for r in range(picker.suggestions.rowCount())]
    assert found == ["It is too expensive."] and picker.popup().isVisible()
    with db.transaction() as s:
        entry = s.exec(select(ObjectionEntry).where(ObjectionEntry.text == found[0])).one()
    picker._chosen(picker.suggestions.index(0, 0))
    assert picker.text() == entry.text and form.category.currentText() == "Price"
    assert form.answer.toPlainText() == entry.answer and not form.to_library.isEnabled()
    picker.popup().hide()
    QTest.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    [row] = objection_rows(db, deal_id)
    assert (row.library_id, row.stage_id, row.category) == (entry.id, stages[1].id, "Price")
    assert row.text == entry.text and row.answer_given == entry.answer
    qtbot.waitUntil(lambda: ws.objections.list.topLevelItemCount() == 1)
    assert picker.text() == "" and ws.objections.current_id() == row.id


def test_new_objection_saved_to_the_library(window, db, qtbot):
    ws, deal_id = open_deal(window, db, "A", "objections")
    form = ws.objections.form
    form.picker.setFocus()
    QTest.keyClicks(form.picker, "Your support hours are too short")
    assert form.picker.suggestions.rowCount() == 0 and form.add_button.isEnabled()
    QTest.keyClicks(form.category.lineEdit(), "Service")
    QTest.mouseClick(form.to_library, Qt.MouseButton.LeftButton)
    assert form.to_library.isChecked()
    QTest.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    with db.transaction() as s:
        entry = s.exec(
            select(ObjectionEntry).where(ObjectionEntry.text == "Your support hours are too short")
        ).one()
    assert (entry.category, entry.language) == ("Service", "en")
    [row] = objection_rows(db, deal_id)
    assert row.library_id == entry.id
    assert form.category.findText("Service") >= 0
    type_text(form.picker, "support hours")
    assert form.picker.suggestions.item(0).text() == entry.text


def test_library_is_found_in_any_script(window, db):
    entries = {
        "fa": ("قیمت", "قیمت این نرم افزار خیلی بالاست", "قيمت بالا"),  # Arabic yeh typed
        "ar": ("السعر", "السعر مرتفع جدا", "مرتفع"),
        "zh_CN": ("价格", "价格太贵了", "太贵"),
        "fi": ("Hinta", "Käyttöönotto vie liikaa aikaa", "KAYTTOONOTTO aikaa"),
    }
    with db.transaction() as s:
        for language, (category, text, _query) in entries.items():
            objections.add_library_entry(s, category, text, "", language)
    ws, _ = open_deal(window, db, "A", "objections")
    picker = ws.objections.form.picker
    for _category, text, query in entries.values():
        picker.clear()
        type_text(picker, query)
        assert picker.text() == query
        found = [picker.suggestions.item(r).text() for r in range(picker.suggestions.rowCount())]
        assert found == [text], query
        picker.popup().hide()


def add_two_objections(window, db):
    deal_id = deal_by_title(db, "A").id
    for text in ("Too slow", "Too big"):
        window.store.add_objection(deal_id, text, category="Product")
    return open_deal(window, db, "A", "objections")


def test_selected_objection_answer_resolved_and_delete(window, db, qtbot):
    ws, deal_id = add_two_objections(window, db)
    tab = ws.objections
    assert tab.list.topLevelItemCount() == 2 and not tab.detail.isEnabled()
    click_item(tab.list, tab.list.topLevelItem(0))
    ident = tab.current_id()
    assert ident and tab.detail.isEnabled()
    tab.answer.setFocus()
    QTest.keyClicks(tab.answer, "We benchmarked it")
    qtbot.waitUntil(
        lambda: (
            {o.id: o.answer_given for o in objection_rows(db, deal_id)}[ident]
            == "We benchmarked it"
        ),
        timeout=SAVE_DELAY_MS * 4,
    )
    QTest.mouseClick(tab.resolved, Qt.MouseButton.LeftButton)
    assert {o.id: o.resolved for o in objection_rows(db, deal_id)}[ident] is True
    qtbot.waitUntil(lambda: tab.list.currentItem().text(3) == "Resolved")
    QTest.mouseClick(tab.resolved, Qt.MouseButton.LeftButton)
    assert {o.id: o.resolved for o in objection_rows(db, deal_id)}[ident] is False
    qtbot.waitUntil(lambda: tab.list.currentItem().text(3) == "Open")
    QTest.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert ident not in {o.id for o in objection_rows(db, deal_id)}
    qtbot.waitUntil(lambda: tab.list.topLevelItemCount() == 1)
    undo(window)
    back = {o.id: o for o in objection_rows(db, deal_id)}
    assert back[ident].answer_given == "We benchmarked it"
    qtbot.waitUntil(lambda: tab.list.topLevelItemCount() == 2)


def test_answer_typed_then_other_objection_selected_is_kept(window, db):
    ws, deal_id = add_two_objections(window, db)
    tab = ws.objections
    click_item(tab.list, tab.list.topLevelItem(0))
    first = tab.current_id()
    tab.answer.setFocus()
    QTest.keyClicks(tab.answer, "Answered quickly")
    click_item(tab.list, tab.list.topLevelItem(1))
    assert tab.current_id() != first
    window.close()  # flushes whatever is pending
    assert {o.id: o.answer_given for o in objection_rows(db, deal_id)}[first] == (
        "Answered quickly"
    )


def test_activity_lists_the_call_newest_first_as_plain_text(window, db, qtbot, stages):
    ws, deal_id = open_deal(window, db, "A", "activity")
    notes = "<b>bold</b> pricing talk\nSecond line with details"
    window.store.log_interaction(deal_id, CallLog(outcome="reached", notes=notes))
    act = ws.activity
    qtbot.waitUntil(lambda: act.list.topLevelItemCount() == 2)
    call, stage = act.list.topLevelItem(0), act.list.topLevelItem(1)
    assert (call.text(1), call.text(2)) == ("Call", "Reached · <b>bold</b> pricing talk")
    assert (stage.text(1), stage.text(2)) == ("Stage", stages[0].name)
    click_item(act.list, call)
    assert act.text.toPlainText() == notes and act.text.isReadOnly()
    QTest.keyClicks(act.text, "x")
    assert act.text.toPlainText() == notes


def test_status_combo_wins_and_reopens(window, db, qtbot, stages):
    ws, deal_id = open_deal(window, db, "A")
    status = ws.overview.status
    status.setFocus()
    QTest.keyClick(status, Qt.Key.Key_Down)  # Open -> Won
    deal = deal_row(db, deal_id)
    assert deal.status == "won" and deal.closed_at is not None
    qtbot.waitUntil(lambda: status.currentData() == "won")
    assert not ws.overview.stage.isEnabled() and ws.overview.probability.text() == "100%"
    status.activated.emit(status.findData("open"))
    deal = deal_row(db, deal_id)
    assert (deal.status, deal.stage_id) == ("open", stages[0].id)
    qtbot.waitUntil(lambda: status.currentData() == "open" and ws.overview.stage.isEnabled())


def test_deleted_deal_says_so_and_undo_brings_it_back(window, db, qtbot):
    ws, deal_id = open_deal(window, db, "B")
    assert window.board.select_deal(deal_id)
    window.actions_by_name["delete"].trigger()
    assert deal_row(db, deal_id) is None
    qtbot.waitUntil(lambda: ws.stack.currentWidget() is ws.empty)
    assert "deleted" in ws.empty.text()
    undo(window)
    assert deal_row(db, deal_id) is not None
    qtbot.waitUntil(lambda: ws.stack.currentIndex() == 1)
    assert ws.overview.title.text() == "B"


def test_enter_opens_the_dock_and_escape_returns_to_the_board(window, db):
    board = window.board
    deal_id = deal_by_title(db, "C").id
    assert not window.dock.isVisible()
    board.select_deal(deal_id)
    QTest.keyClick(board.columns[0].view, Qt.Key.Key_Return)
    ws = window.workspace
    assert window.dock.isVisible() and ws.deal_id == deal_id and ws.title.text() == "C"
    assert ws.isAncestorOf(QApplication.focusWidget())
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is board.columns[0].view
