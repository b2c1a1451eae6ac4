"""Today (Ctrl+T) and the reminders: real widgets driven by the keyboard over real
SQLite, every change read back in a fresh transaction."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, QSettings, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QDialog
from sqlmodel import select

from salesdesk.core import agenda
from salesdesk.core.models import Activity, Deal
from salesdesk.core.services import activities, deals
from salesdesk.ui.board import model as board_model
from salesdesk.ui.main_window import TODAY_SHOWN, MainWindow
from salesdesk.ui.reminders import Reminders
from salesdesk.ui.store import Store
from salesdesk.ui.workspace.log_dialog import LogCallDialog
from tests.helpers import drive_modal

CTRL = Qt.KeyboardModifier.ControlModifier
STAGE = "Preparation and research"  # the first stage of the b2b-7-step playbook


def deal_id(db, title: str) -> int:
    with db.transaction() as s:
        return s.exec(select(Deal).where(Deal.title == title)).one().id


def task(db, activity_id: int) -> tuple[datetime | None, datetime | None, datetime | None]:
    """(due, done, the deal's next follow-up), read fresh."""
    with db.transaction() as s:
        row = s.get(Activity, activity_id)
        return row.due_at, row.done_at, s.get(Deal, row.deal_id).next_follow_up_at


def schedule(db, title: str, due: datetime, text: str = "") -> int:
    with db.transaction() as s:
        return activities.schedule_follow_up(s, deal_id(db, title), due, text=text).id


def groups(view) -> dict[str, list[tuple[str, str]]]:
    """Group label -> [(deal, why)] as the tree shows them."""
    out = {}
    for row in range(view.model.rowCount()):
        group = view.model.item(row)
        out[group.text()] = [
            (group.child(r, 1).text(), group.child(r, 3).text()) for r in range(group.rowCount())
        ]
    return out


def near(a: datetime | None, b: datetime, seconds: float = 60) -> bool:
    return a is not None and abs((a - b).total_seconds()) < seconds


def show_today(window, qtbot):
    """Ctrl+T from the board; waits for the agenda read on the worker thread."""
    view = window.today  # built now, shown by the shortcut
    with qtbot.waitSignal(view.loader.ready, timeout=3000):
        QTest.keyClick(window.board.columns[0].view, Qt.Key.Key_T, CTRL)
    assert window.pages.currentWidget() is view and view.isVisible()
    return view


@pytest.fixture
def day(window, db, pipeline, stages) -> dict[str, int]:
    """A overdue, B later today, C in three days; X and "Old" without a next step,
    "Old" 40 days in the first stage."""
    now = datetime.now(UTC)
    midnight = agenda.day_start(now, None, 1)
    with db.transaction() as s:
        deals.create_deal(
            s, pipeline_id=pipeline.id, stage_id=stages[0].id, title="Old", at=now - timedelta(40)
        )
    return {
        "A": schedule(db, "A", now - timedelta(hours=1), "Send the quote"),
        "B": schedule(db, "B", now + min(timedelta(hours=1), (midnight - now) / 2), "Call"),
        "C": schedule(db, "C", now + timedelta(days=3), "Demo"),
    }


def test_ctrl_t_shows_today_grouped_and_ctrl_b_returns(window, day, qtbot):
    assert window.pages.currentWidget() is window.board
    view = show_today(window, qtbot)
    shown = groups(view)
    assert list(shown) == [
        "Overdue (1)",
        "Due today (1)",
        "Coming week (1)",
        "No next step (2)",
        "Stalled (1)",
    ]
    assert shown["Overdue (1)"] == [("A", "Send the quote")]
    assert shown["Due today (1)"] == [("B", "Call")]
    assert shown["Coming week (1)"] == [("C", "Demo")]
    assert sorted(t for t, _ in shown["No next step (2)"]) == ["Old", "X"]
    [(title, why)] = shown["Stalled (1)"]
    assert title == "Old" and why.startswith(f"40 days in {STAGE}")
    assert view.summary.text().startswith("1 overdue · 1 due today · 1 this week")
    assert view.current() is not None and view.current()[1].title == "A"  # first row
    view.reload_now()  # the synchronous path reads the same
    assert groups(view) == shown

    QTest.keyClick(view.tree, Qt.Key.Key_B, CTRL)
    assert window.pages.currentWidget() is window.board
    window.actions_by_name["today"].trigger()
    assert window.pages.currentWidget() is view


def test_done_snooze_and_reschedule_from_the_keyboard(window, db, day, qtbot):
    view = show_today(window, qtbot)
    a = day["A"]
    due_before = task(db, a)[0]
    assert view.select_follow_up(a) and view.tree.hasFocus()

    QTest.keyClick(view.tree, Qt.Key.Key_D)
    assert task(db, a)[1] is not None
    view.reload_now()
    assert "Overdue (0)" in groups(view) and not view.select_follow_up(a)
    window.actions_by_name["undo"].trigger()
    assert task(db, a)[1] is None and task(db, a)[2] == due_before
    view.reload_now()
    assert groups(view)["Overdue (1)"] == [("A", "Send the quote")]

    assert view.select_follow_up(a)
    QTest.keyClick(view.tree, Qt.Key.Key_2)
    tomorrow = agenda.snooze_until("tomorrow", datetime.now(UTC))
    due, done, deal_next = task(db, a)
    assert near(due, tomorrow) and done is None and deal_next == due
    QTest.keyClick(view.tree, Qt.Key.Key_1)  # the same row is still selected
    assert near(task(db, a)[0], datetime.now(UTC) + timedelta(hours=1))
    window.actions_by_name["undo"].trigger()
    assert task(db, a)[0] == due
    window.actions_by_name["undo"].trigger()
    assert task(db, a)[0] == due_before and task(db, a)[2] == due_before

    view.reload_now()
    assert view.select_follow_up(a)
    when = QDateTime(QDate.currentDate().addDays(5), QTime(14, 30))
    seen: dict = {}

    def pick(dialog: QDialog) -> None:
        edit = dialog.findChild(QDateTimeEdit)
        seen["shown"] = edit.dateTime().toSecsSinceEpoch()
        edit.setDateTime(when)
        dialog.accept()

    drive_modal(QDialog, pick, seen)
    QTest.keyClick(view.tree, Qt.Key.Key_R)
    assert "error" not in seen, seen.get("error")
    assert seen["shown"] == int(due_before.timestamp())
    expected = datetime.fromtimestamp(when.toSecsSinceEpoch(), UTC)
    assert task(db, a)[0] == expected and task(db, a)[2] == expected
    window.actions_by_name["undo"].trigger()
    assert task(db, a)[0] == due_before


def test_enter_opens_the_deal_and_ctrl_l_logs_for_the_selected_row(window, db, day, qtbot):
    view = show_today(window, qtbot)
    assert view.select_follow_up(day["B"])
    QTest.keyClick(view.tree, Qt.Key.Key_Return)
    assert window.dock.isVisible() and window.workspace.deal_id == deal_id(db, "B")

    view.tree.setFocus()
    assert view.select_follow_up(day["C"])
    assert window.current_deal() == deal_id(db, "C")  # the row, not the board's card A
    seen: dict = {}
    drive_modal(LogCallDialog, lambda d: seen.update(deal=d.deal_id), seen)
    QTest.keyClick(view.tree, Qt.Key.Key_L, CTRL)
    assert "error" not in seen and seen["deal"] == deal_id(db, "C")


def test_today_keys_act_only_from_the_tree(window, db, day, qtbot):
    view = show_today(window, qtbot)
    assert view.select_follow_up(day["A"])
    QTest.keyClick(view.tree, Qt.Key.Key_Return)  # opens A; the workspace takes the focus
    tabs = window.workspace.tabs
    qtbot.waitUntil(lambda: window.workspace.isAncestorOf(QApplication.focusWidget()))
    QTest.keyClick(tabs, Qt.Key.Key_D)
    assert task(db, day["A"])[1] is None  # a D typed in the workspace completes nothing


def morning_window(db, qtbot, tmp_path, morning: bool) -> tuple[MainWindow, QSettings]:
    settings = QSettings(str(tmp_path / f"m{morning}.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Store(db), settings, morning=morning)
    qtbot.addWidget(win)
    assert win.pages.currentWidget() is win.board  # not before the board is up
    win.show()
    return win, settings


def test_morning_opens_on_today_after_the_first_paint(window, db, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(board_model, "HEAD_ROWS", 1)  # a board bigger than its first read
    win, settings = morning_window(db, qtbot, tmp_path, True)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win._today, timeout=2000)
    assert settings.value(TODAY_SHOWN) == QDate.currentDate().toString(Qt.DateFormat.ISODate)

    later, settings = morning_window(db, qtbot, tmp_path, False)
    with qtbot.waitSignal(later.board.firstPainted, timeout=2000):
        pass
    qtbot.wait(20)
    assert later.pages.currentWidget() is later.board and later._today is None
    assert settings.value(TODAY_SHOWN) is None


def test_morning_opens_on_today_with_a_small_pipeline(window, db, qtbot, tmp_path):
    win, settings = morning_window(db, qtbot, tmp_path, True)
    qtbot.wait(700)  # past the board model's 500 ms fallback for a board never painted
    assert win.board.model.fully_loaded  # four deals: the first read held them all
    assert win.pages.currentWidget() is win._today
    assert settings.value(TODAY_SHOWN) is not None


def test_reminders_tell_once_per_follow_up_and_snooze(window, db, qtbot, stages):
    t0 = datetime.now(UTC).replace(microsecond=0)
    a = schedule(db, "A", t0 + timedelta(minutes=1), "Send the quote")
    done = schedule(db, "B", t0 + timedelta(minutes=1))
    won = schedule(db, "X", t0 + timedelta(minutes=1))
    with db.transaction() as s:
        activities.complete_follow_up(s, done)
        deals.win_deal(s, deal_id(db, "X"))
    reminders = Reminders(window.store, window, window.undo_stack)
    told: list[tuple[str, str]] = []
    reminders.notified.connect(lambda title, message: told.append((title, message)))
    reminders.last_check = t0
    with qtbot.waitSignal(reminders.notified) as blocker:
        due = reminders.check(now=t0 + timedelta(minutes=2))
    assert [d[0] for d in due] == [a] and won not in [d[0] for d in due]
    assert blocker.args == ["Follow-up due", "A: Send the quote"]
    assert "A: Send the quote" in window.statusBar().currentMessage()  # offscreen: no tray
    assert reminders.check(now=t0 + timedelta(minutes=3)) == [] and len(told) == 1

    count = window.undo_stack.count()
    assert reminders.snooze("hour") == 1
    assert near(task(db, a)[0], datetime.now(UTC) + timedelta(hours=1))
    assert window.undo_stack.count() == count + 1
    window.actions_by_name["undo"].trigger()
    assert task(db, a)[0] == t0 + timedelta(minutes=1)
    assert reminders.snooze("hour") == 0  # nothing reminded since

    # The start: a summary of what is overdue, then the timer checks.
    reminders.start(now=t0 + timedelta(minutes=5))
    assert len(told) == 2 and "1 follow-up overdue" in told[-1][1]
    assert "1 follow-up overdue" in window.statusBar().currentMessage()
    assert reminders.timer.isActive()
    later = schedule(db, "C", datetime.now(UTC) - timedelta(seconds=1), "Demo")
    reminders.last_check = datetime.now(UTC) - timedelta(minutes=1)
    with qtbot.waitSignal(reminders.notified) as blocker:
        reminders.timer.timeout.emit()
    assert blocker.args == ["Follow-up due", "C: Demo"] and reminders.last[0][0] == later
    reminders.timer.stop()


def test_the_agenda_model_is_a_sound_qt_model(window, day, qtbot, qtmodeltester):
    view = show_today(window, qtbot)
    view.reload_now()
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 5 and view.model.columnCount() == 5


def test_calendar_export_from_the_file_menu(window, db, day, tmp_path, monkeypatch, shown_errors):
    import icalendar
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "mine.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_by_name["exportCalendar"].trigger()
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    with db.transaction() as s:
        open_ones = s.exec(
            select(Activity).where(Activity.due_at.is_not(None), Activity.done_at.is_(None))
        ).all()
    assert len(calendar.walk("VEVENT")) == len(open_ones) > 0
    assert "written to" in window.statusBar().currentMessage()

    blocked = tmp_path / "missing" / "x.ics"  # no such folder: refused, nothing left behind
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(blocked), ""))
    assert window.export_calendar() is None
    assert shown_errors and not blocked.parent.exists()
