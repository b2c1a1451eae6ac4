"""Logging a call (Ctrl+L) end to end, and the exit-criteria gate on moves: real
widgets driven by the keyboard, real SQLite read back in fresh transactions."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from sqlmodel import col, select

from salesdesk.core.models import (
    Activity,
    Deal,
    DealAnswer,
    DealObjection,
    ExitCriterion,
    Setting,
    Stage,
)
from salesdesk.core.services import activities, checklists, objections
from salesdesk.core.services.interactions import RaisedObjection
from salesdesk.ui import msgbox
from salesdesk.ui.dialogs import LostReasonDialog
from salesdesk.ui.store import Store
from salesdesk.ui.workspace.log_dialog import LogCallDialog
from tests.helpers import drive_modal

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def _no_real_message_boxes(monkeypatch):
    """A real box would block the test; closing a dialog at teardown discards."""

    monkeypatch.setattr(msgbox, "question", lambda *_args: True)


def deal(db, title: str) -> Deal:
    with db.transaction() as s:
        return s.exec(select(Deal).where(Deal.title == title)).one()


def calls(db, deal_id: int) -> list[Activity]:
    with db.transaction() as s:
        return list(
            s.exec(
                select(Activity)
                .where(Activity.deal_id == deal_id, col(Activity.due_at).is_(None))
                .order_by(col(Activity.id))
            ).all()
        )


def follow_ups(db, deal_id: int) -> list[Activity]:
    with db.transaction() as s:
        return list(
            s.exec(
                select(Activity)
                .where(Activity.deal_id == deal_id, col(Activity.due_at).is_not(None))
                .order_by(col(Activity.id))
            ).all()
        )


def snapshot(db, deal_id: int) -> tuple:
    """Everything a log may write, as plain values."""
    with db.transaction() as s:
        rows = [
            sorted((r.id, r.done_at, r.text) for r in s.exec(select(Activity)).all()),
            sorted((r.question_id, r.text, r.updated_at) for r in s.exec(select(DealAnswer))),
            sorted((r.id, r.text) for r in s.exec(select(DealObjection)).all()),
        ]
        return (*map(tuple, rows), s.get(Deal, deal_id).next_follow_up_at)


def open_dialog(window, qtbot, deal_id: int) -> LogCallDialog:
    dialog = LogCallDialog(window.store, deal_id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def focus() -> object:
    return QApplication.focusWidget()


def test_keyboard_path_from_start_to_saved_call(window, db, qtbot):
    board = window.board
    a, b = deal(db, "A"), deal(db, "B")
    view = board.columns[0].view
    assert view.hasFocus() and board.selected_ids() == [a.id]

    def first(dialog: LogCallDialog) -> None:
        qtbot.waitUntil(lambda: focus() is dialog.notes, timeout=2000)
        seen["deal"] = dialog.deal_id
        QTest.keyClicks(dialog.notes, "Budget approved")
        names = {id(dialog.schedule): "schedule", id(dialog.next_text): "next_text"}
        names[id(dialog.next_due)] = "next_due"
        seen["order"] = []
        for _ in range(3):
            QTest.keyClick(focus(), Qt.Key.Key_Tab)
            seen["order"].append(names.get(id(focus()), type(focus()).__name__))
        dialog.notes.setFocus()
        QTest.keyClick(dialog.notes, Qt.Key.Key_Return, CTRL)
        seen["open"] = dialog.isVisible()

    seen: dict = {}
    drive_modal(LogCallDialog, first, seen)
    QTest.keyClick(view, Qt.Key.Key_L, CTRL)
    assert "error" not in seen, seen.get("error")
    assert seen["deal"] == a.id and not seen["open"]
    assert seen["order"] == ["schedule", "next_text", "next_due"]
    [call] = calls(db, a.id)
    assert (call.kind, call.text) == ("call", "Budget approved")
    [task] = follow_ups(db, a.id)
    assert task.due_at is not None and task.done_at is None
    assert deal(db, "A").next_follow_up_at == task.due_at

    # Next card, Ctrl+L again, and this time save from the next-step field.
    assert window.focusWidget() is view  # the board keeps its focus widget
    window.activateWindow()  # offscreen has no window manager to do it
    qtbot.waitUntil(lambda: focus() is view, timeout=2000)
    board.select_deal(b.id)  # not Down: see test_the_logged_card_stays_selected

    def second(dialog: LogCallDialog) -> None:
        qtbot.waitUntil(lambda: focus() is dialog.notes, timeout=2000)
        seen["deal"] = dialog.deal_id
        QTest.keyClicks(dialog.notes, "Left a voicemail")
        QTest.keyClick(dialog.notes, Qt.Key.Key_Tab)
        QTest.keyClick(focus(), Qt.Key.Key_Tab)
        seen["in_next"] = focus() is dialog.next_text
        QTest.keyClicks(focus(), "Call again")
        QTest.keyClick(focus(), Qt.Key.Key_Return, CTRL)
        seen["open"] = dialog.isVisible()

    seen = {}
    drive_modal(LogCallDialog, second, seen)
    QTest.keyClick(view, Qt.Key.Key_L, CTRL)
    assert "error" not in seen, seen.get("error")
    assert seen["deal"] == b.id and seen["in_next"] and not seen["open"]
    assert [c.text for c in calls(db, b.id)] == ["Left a voicemail"]
    [task] = follow_ups(db, b.id)
    assert task.text == "Call again" and deal(db, "B").next_follow_up_at == task.due_at
    assert len(calls(db, a.id)) == 1  # A is not logged twice


def test_next_step_defaults_to_the_stages_follow_up_days(window, db, qtbot, stages):
    with db.transaction() as s:
        s.get(Stage, stages[0].id).follow_up_days = 11
    today = QDate.currentDate()
    for title, days in (("A", 11), ("X", 3)):
        dialog = open_dialog(window, qtbot, deal(db, title).id)
        expected = QDateTime(today.addDays(days), QTime(9, 0))
        assert dialog.next_due.dateTime() == expected, title
        assert dialog.schedule.isChecked() and dialog.next_due.isEnabled()
        if title == "A":
            dialog.notes.setPlainText("Intro call")
            dialog.save()
            assert not dialog.isVisible()
            [task] = follow_ups(db, deal(db, "A").id)
            assert task.due_at == datetime.fromtimestamp(expected.toSecsSinceEpoch(), UTC)
        dialog.close()


def test_answers_and_objections_are_saved_with_the_call(window, db, qtbot, stages):
    a = deal(db, "A")
    with db.transaction() as s:
        q1, q2, *_ = [q.id for q in checklists.deal_checklists(s, a.id)[0].questions]
        checklists.answer_question(s, a.id, q1, "Retail, 200 staff")
    before = snapshot(db, a.id)[1]
    dialog = open_dialog(window, qtbot, a.id)
    assert dialog.answers[q1].toPlainText() == "Retail, 200 staff"
    assert dialog.objection_form.add_button.isEnabled() is False
    QTest.keyClicks(dialog.answers[q2], "Stock-outs every Monday")
    form = dialog.objection_form
    form.picker.setText("Too expensive for us")
    form.category.setEditText("Price")
    form.answer.setPlainText("Payback in four months")
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert [o.text for o in dialog.raised] == ["Too expensive for us"]
    assert form.picker.text() == "" and dialog.raised_list.count() == 1
    assert dialog.read().answers == {q2: "Stock-outs every Monday"}  # q1 unchanged
    form.picker.setText("Wants a longer trial")  # typed, Add not pressed: kept too
    QTest.keyClick(dialog.answers[q2], Qt.Key.Key_Return, CTRL)  # saves from an answer
    assert not dialog.isVisible() and dialog.error.isHidden()
    [call] = calls(db, a.id)
    with db.transaction() as s:
        answers = {r.question_id: r for r in s.exec(select(DealAnswer)).all()}
        objection, typed = s.exec(select(DealObjection).order_by(col(DealObjection.id))).all()
    assert answers[q2].text == "Stock-outs every Monday"
    assert (q1, "Retail, 200 staff", answers[q1].updated_at) in before  # not rewritten
    assert (objection.text, objection.category, objection.answer_given) == (
        "Too expensive for us",
        "Price",
        "Payback in four months",
    )
    assert objection.deal_id == a.id and objection.stage_id == stages[0].id
    assert objection.raised_at == call.at
    assert typed.text == "Wants a longer trial" and typed.raised_at == call.at
    assert dialog.result_ids == (call.id, objection.id, typed.id)


def test_a_failed_save_writes_nothing_and_can_be_retried(window, db, qtbot, monkeypatch):
    a = deal(db, "A")
    with db.transaction() as s:
        q1 = checklists.deal_checklists(s, a.id)[0].questions[0].id
        due = activities.schedule_follow_up(s, a.id, datetime.now(UTC) - timedelta(hours=2))
    before = snapshot(db, a.id)
    dialog = open_dialog(window, qtbot, a.id)
    assert dialog.complete_due.isVisible()
    dialog.notes.setPlainText("Agreed on a pilot")
    dialog.answers[q1].setPlainText("Logistics")
    dialog.next_text.setText("Send the pilot plan")

    # 1. The objection is refused after the activity and the answer were flushed.
    dialog._add_objection(RaisedObjection("Bad\x07 bell"))
    dialog.save()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "control characters" in dialog.error.text()
    assert focus() is dialog.objection_form.picker
    assert snapshot(db, a.id) == before

    # 2. The disk fails while the objection is written.
    dialog.raised_list.setCurrentRow(0)
    QTest.keyClick(dialog.raised_list, Qt.Key.Key_Delete)
    assert dialog.raised == [] and dialog.raised_list.isHidden()
    dialog.objection_form.picker.setText("Need a reference customer")
    real_add = objections.add_objection

    def failing_add(session, *args, **kwargs):
        real_add(session, *args, **kwargs)
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(objections, "add_objection", failing_add)
    dialog.error.clear_text()
    dialog.save()
    assert dialog.isVisible() and dialog.error.isVisible() and dialog.error.text()
    assert snapshot(db, a.id) == before

    # 3. The last step (the next follow-up) is refused: the earlier ones roll back.
    monkeypatch.setattr(objections, "add_objection", real_add)
    dialog.next_due.setDateTime(QDateTime.currentDateTime().addDays(-1))
    dialog.save()
    assert dialog.isVisible() and "after the call" in dialog.error.text()
    assert focus() is dialog.next_due
    assert snapshot(db, a.id) == before

    # Fixed, it saves everything at once.
    dialog.next_due.setDateTime(QDateTime.currentDateTime().addDays(2))
    dialog.save()
    assert not dialog.isVisible()
    [call] = calls(db, a.id)
    assert call.text == "Agreed on a pilot"
    with db.transaction() as s:
        assert [r.text for r in s.exec(select(DealAnswer)).all()] == ["Logistics"]
        assert [r.text for r in s.exec(select(DealObjection)).all()] == [
            "Need a reference customer"
        ]
    done, new = follow_ups(db, a.id)
    assert done.id == due.id and done.done_at is not None
    assert new.text == "Send the pilot plan" and new.done_at is None


def test_escape_asks_only_when_something_was_typed(window, db, qtbot, monkeypatch):
    a = deal(db, "A")
    asked: list[str] = []
    answer = [False]

    def question(parent, title, text) -> bool:
        asked.append(title)
        return answer[0]

    monkeypatch.setattr(msgbox, "question", question)
    dialog = open_dialog(window, qtbot, a.id)
    QTest.keyClick(dialog.notes, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and asked == []
    assert dialog.result() == QDialog.DialogCode.Rejected

    dialog = open_dialog(window, qtbot, a.id)
    QTest.keyClicks(dialog.notes, "Half a thought")
    QTest.keyClick(dialog.notes, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(asked) == 1
    assert dialog.notes.toPlainText() == "Half a thought"
    answer[0] = True
    QTest.keyClick(dialog.notes, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and len(asked) == 2
    assert calls(db, a.id) == [] and follow_ups(db, a.id) == []


def test_due_follow_ups_are_completed_by_the_call(window, db, qtbot):
    a, b = deal(db, "A"), deal(db, "B")
    now = datetime.now(UTC)
    with db.transaction() as s:
        overdue = activities.schedule_follow_up(s, a.id, now - timedelta(days=1)).id
        later = activities.schedule_follow_up(s, a.id, now + timedelta(days=1)).id
    dialog = open_dialog(window, qtbot, b.id)
    assert not dialog.complete_due.isVisible()  # nothing due on B
    dialog.close()
    dialog = open_dialog(window, qtbot, a.id)
    assert dialog.complete_due.isVisible() and dialog.complete_due.isChecked()
    assert "1" in dialog.complete_due.text()
    dialog.schedule.setChecked(False)
    assert not dialog.next_text.isEnabled()
    dialog.save()
    assert not dialog.isVisible()
    tasks = {t.id: t for t in follow_ups(db, a.id)}
    assert set(tasks) == {overdue, later}  # no new follow-up: none was scheduled
    assert tasks[overdue].done_at is not None and tasks[later].done_at is None
    assert deal(db, "A").next_follow_up_at == tasks[later].due_at


def test_exit_criteria_gate_on_moves(window, db, stages, shown_errors, qtbot):
    board = window.board
    a, x = deal(db, "A"), deal(db, "X")
    assert window.actions_by_name["policy-warn"].isChecked()
    board.select_deal(a.id)
    board.move_selected(1)
    assert deal(db, "A").stage_id == stages[1].id and shown_errors == []
    assert board.toast.isVisible()
    assert "Account fits our ideal customer profile" in board.toast.text
    qtbot.mouseClick(board.toast.undo_button, Qt.MouseButton.LeftButton)
    assert deal(db, "A").stage_id == stages[0].id and not board.toast.isVisible()

    window.actions_by_name["policy-block"].trigger()
    board.select_deal(a.id)
    board.move_selected(1)
    assert deal(db, "A").stage_id == stages[0].id and not board.toast.isVisible()
    assert len(shown_errors) == 1
    with db.transaction() as s:
        criteria = s.exec(select(ExitCriterion).where(ExitCriterion.stage_id == stages[0].id))
        texts = [c.text for c in criteria]
    assert all(t in shown_errors[0] for t in texts) and len(texts) == 3
    # Backward and to Lost are never gated, even when blocking.
    assert board.move_deals([x.id], stages[0].id, None)
    assert deal(db, "X").stage_id == stages[0].id
    drive_modal(LostReasonDialog, lambda d: (d.reason.setCurrentText("No budget"), d.accept()), {})
    assert board.move_deals([deal(db, "B").id], board.end_stage_id("lost"), None)
    assert deal(db, "B").status == "lost" and len(shown_errors) == 1
    # Once every criterion of the stage is ticked, the move goes through silently.
    with db.transaction() as s:
        for c in s.exec(select(ExitCriterion).where(ExitCriterion.stage_id == stages[0].id)):
            checklists.tick_criterion(s, a.id, c.id)
    board.select_deal(a.id)
    board.move_selected(1)
    assert deal(db, "A").stage_id == stages[1].id
    assert len(shown_errors) == 1 and not board.toast.isVisible()

    window.actions_by_name["policy-off"].trigger()
    assert board.move_deals([deal(db, "C").id], stages[2].id, None)
    assert deal(db, "C").stage_id == stages[2].id
    assert len(shown_errors) == 1 and not board.toast.isVisible()
    with db.transaction() as s:
        assert s.get(Setting, "exit_criteria_policy").value == "off"
    assert Store(db).exit_policy() == "off"  # a fresh start reads it back


def test_ctrl_l_in_the_workspace_logs_for_the_workspaces_deal(window, db, qtbot):
    a, x = deal(db, "A"), deal(db, "X")
    assert window.board.selected_ids() == [a.id]
    window.open_deal(x.id)
    assert window.dock.isVisible() and window.workspace.deal_id == x.id
    window.workspace.tabs.setFocus()
    qtbot.waitUntil(lambda: window.workspace.isAncestorOf(focus()), timeout=2000)
    assert window.board.selected_ids() == [a.id]  # the board still selects A
    assert window.current_deal() == x.id
    seen: dict = {}
    drive_modal(LogCallDialog, lambda d: seen.update(deal=d.deal_id), seen)
    QTest.keyClick(window.workspace.tabs, Qt.Key.Key_L, CTRL)
    assert "error" not in seen and seen["deal"] == x.id
    window.focus_board()
    assert window.current_deal() == a.id


def test_the_logged_card_stays_selected(window, db, qtbot):
    board, a = window.board, deal(db, "A")
    view = board.columns[0].view

    def log(dialog: LogCallDialog) -> None:
        qtbot.waitUntil(lambda: focus() is dialog.notes, timeout=2000)
        QTest.keyClicks(dialog.notes, "Quick check-in")
        QTest.keyClick(dialog.notes, Qt.Key.Key_Return, CTRL)

    seen: dict = {}
    drive_modal(LogCallDialog, log, seen)
    QTest.keyClick(view, Qt.Key.Key_L, CTRL)
    assert [c.text for c in calls(db, a.id)] == ["Quick check-in"]
    # The rep is still on A: Ctrl+L again would log for it, Down would go to B.
    assert board.selected_ids() == [a.id]
    assert window.current_deal() == a.id
    assert view.currentIndex().row() == 0


def test_a_stale_warning_toast_does_not_undo_another_move(window, db, stages, qtbot):
    board, a, x = window.board, deal(db, "A"), deal(db, "X")
    assert board.move_deals([a.id], stages[1].id, None)  # unmet criteria: the toast shows
    assert board.toast.isVisible() and "A" in board.toast.text
    assert board.move_deals([x.id], stages[0].id, None)  # backward: no warning of its own
    if board.toast.isVisible():  # still offering to undo A's move
        qtbot.mouseClick(board.toast.undo_button, Qt.MouseButton.LeftButton)
        assert deal(db, "A").stage_id == stages[0].id
    assert deal(db, "X").stage_id == stages[0].id
