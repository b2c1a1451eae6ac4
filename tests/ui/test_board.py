"""The board through its model layer, real mouse events and the keyboard."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QModelIndex, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import event
from sqlmodel import select

from salesdesk.core.models import Deal, StageChange
from salesdesk.ui.board.model import CARD_ROLE, MIME_TYPE, decode_ids
from salesdesk.ui.dialogs import DealDialog, LostReasonDialog


def titles(column) -> list[str]:
    return [c.title for c in column.model.visible]


def deal_by_title(db, title) -> Deal:
    with db.transaction() as s:
        return s.exec(select(Deal).where(Deal.title == title)).one()


def index_of(column, title) -> QModelIndex:
    return column.model.index(titles(column).index(title), 0)


def test_columns_follow_the_pipeline_and_model_is_sound(window, stages, qtmodeltester):
    board = window.board
    assert [c.model.column.id for c in board.columns] == [
        s.id for s in stages if s.end_kind is None
    ]
    assert titles(board.columns[0]) == ["A", "B", "C"] and titles(board.columns[1]) == ["X"]
    for column in board.columns[:2]:
        qtmodeltester.check(column.model)
    header = board.columns[0]
    assert "3 deals" in header.figures.text() and "300.00" in header.figures.text()
    assert "15.00" in header.figures.text()  # weighted at 5 %


def test_drop_through_model_moves_without_reset(window, db, stages):
    first, second = window.board.columns[0], window.board.columns[1]
    resets = []
    for column in (first, second):
        column.model.modelReset.connect(lambda: resets.append(1))
    mime = first.model.mimeData([index_of(first, "B")])
    assert decode_ids(mime) == [deal_by_title(db, "B").id] and mime.hasFormat(MIME_TYPE)
    assert second.model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    second.model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert titles(first) == ["A", "C"] and titles(second) == ["B", "X"]
    assert resets == []
    b = deal_by_title(db, "B")
    assert b.stage_id == stages[1].id
    with db.transaction() as s:
        history = s.exec(select(StageChange).where(StageChange.deal_id == b.id)).all()
    assert [h.to_stage_id for h in history] == [stages[0].id, stages[1].id]
    assert "2 deals" in first.figures.text() and "2 deals" in second.figures.text()


def test_several_cards_move_together_and_undo_redo(window, db, stages):
    first, second = window.board.columns[0], window.board.columns[1]
    mime = first.model.mimeData([index_of(first, "A"), index_of(first, "C")])
    second.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert titles(first) == ["B"] and titles(second) == ["X", "A", "C"]
    window.actions_by_name["undo"].trigger()
    assert titles(first) == ["A", "B", "C"] and titles(second) == ["X"]
    assert deal_by_title(db, "A").stage_id == stages[0].id
    window.actions_by_name["redo"].trigger()
    assert titles(second) == ["X", "A", "C"] and deal_by_title(db, "C").stage_id == stages[1].id


def test_reorder_within_a_column_and_noop_drop(window, db):
    first = window.board.columns[0]
    mime = first.model.mimeData([index_of(first, "C")])
    first.model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert titles(first) == ["C", "A", "B"]
    assert window.undo_stack.count() == 1
    # Dropped back onto its own column with no row, or right where it is: nothing happens.
    first.model.dropMimeData(
        first.model.mimeData([index_of(first, "C")]), Qt.DropAction.MoveAction, -1, 0, QModelIndex()
    )
    first.model.dropMimeData(
        first.model.mimeData([index_of(first, "C")]), Qt.DropAction.MoveAction, 1, 0, QModelIndex()
    )
    assert titles(first) == ["C", "A", "B"] and window.undo_stack.count() == 1


def test_real_mouse_drag_between_columns(window, db, qtbot, stages):
    """Mouse press and move start a real drag on the source view. Offscreen Qt
    cannot route synthetic moves into the platform drag loop, so inside that loop
    the target view receives the real drag-enter/move/drop events it would get
    from the platform, and Escape then ends the (now finished) drag."""
    first, second = window.board.columns[0], window.board.columns[1]
    source = first.view
    start = source.visualRect(index_of(first, "A")).center()
    target = second.view.viewport()
    point = second.view.visualRect(second.model.index(0, 0)).center() + QPoint(
        0, -10
    )  # upper half of X
    seen = []

    def deliver() -> None:
        mime = first.model.mimeData(source.selectionModel().selectedIndexes())
        actions = Qt.DropAction.MoveAction
        buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        enter = QDragEnterEvent(point, actions, mime, buttons, mods)
        QApplication.sendEvent(target, enter)
        move = QDragMoveEvent(point, actions, mime, buttons, mods)
        QApplication.sendEvent(target, move)
        seen.append((enter.isAccepted(), move.isAccepted()))
        QApplication.sendEvent(target, QDropEvent(QPointF(point), actions, mime, buttons, mods))
        QTest.keyClick(window, Qt.Key.Key_Escape)

    started = []
    source.dragStarted.connect(lambda: started.append(True))
    QTest.mousePress(
        source.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start
    )
    QTimer.singleShot(50, deliver)  # runs inside the drag's event loop
    step = QApplication.startDragDistance() + 5
    QTest.mouseMove(source.viewport(), start + QPoint(step, step))
    qtbot.waitUntil(lambda: titles(second) == ["A", "X"], timeout=3000)
    assert started == [True] and seen == [(True, True)]
    assert deal_by_title(db, "A").stage_id == stages[1].id
    assert titles(first) == ["B", "C"]
    assert not window.board.zones.isVisible()  # the drop zones hide when the drag ends


def _answer_dialog(kind, action):
    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, handle)
            return
        action(dialog)

    QTimer.singleShot(0, handle)


def test_lost_zone_asks_reason_and_cancel_changes_nothing(window, db, stages):
    board = window.board
    a = deal_by_title(db, "A")
    _answer_dialog(LostReasonDialog, lambda d: d.reject())
    board.lost_zone.dropped.emit([a.id])
    assert deal_by_title(db, "A").status == "open" and "A" in titles(board.columns[0])

    def choose(dialog: LostReasonDialog) -> None:
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        dialog.reason.setCurrentText("Went with a rival")
        dialog.accept()

    _answer_dialog(LostReasonDialog, choose)
    board.lost_zone.dropped.emit([a.id])
    lost = deal_by_title(db, "A")
    assert (lost.status, lost.lost_reason) == ("lost", "Went with a rival")
    assert "A" not in titles(board.columns[0])
    window.actions_by_name["undo"].trigger()
    assert deal_by_title(db, "A").status == "open" and titles(board.columns[0]) == ["A", "B", "C"]


def test_won_zone(window, db):
    window.board.won_zone.dropped.emit([deal_by_title(db, "X").id])
    assert deal_by_title(db, "X").status == "won" and titles(window.board.columns[1]) == []


def test_failing_move_leaves_board_and_database_as_they_were(window, db, stages, shown_errors):
    first, second = window.board.columns[0], window.board.columns[1]
    b = deal_by_title(db, "B")
    # SQLite itself refuses every write from now on, as on a read-only disk.
    db.engine.dispose()
    event.listen(db.engine, "connect", lambda conn, _r: conn.execute("PRAGMA query_only = 1"))
    db.connection().execute("PRAGMA query_only = 1")
    second.model.dropMimeData(
        first.model.mimeData([index_of(first, "B")]), Qt.DropAction.MoveAction, 0, 0, QModelIndex()
    )
    assert len(shown_errors) == 1 and "read-only" in shown_errors[0]
    assert titles(first) == ["A", "B", "C"] and titles(second) == ["X"]
    assert window.undo_stack.count() == 0
    reader = sqlite3.connect(db.path)
    assert (
        reader.execute("SELECT stage_id FROM deal WHERE id = ?", (b.id,)).fetchone()[0]
        == stages[0].id
    )
    reader.close()


def test_keyboard_moves_and_focus(window, db, qtbot, stages):
    board = window.board
    first, second = board.columns[0], board.columns[1]
    assert board.select_deal(deal_by_title(db, "B").id)
    QTest.keyClick(
        first.view,
        Qt.Key.Key_Right,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert titles(second) == ["X", "B"] and deal_by_title(db, "B").stage_id == stages[1].id
    QTest.keyClick(
        second.view,
        Qt.Key.Key_Left,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert titles(first) == ["A", "C", "B"]
    # Plain arrows walk between columns.
    board.select_deal(deal_by_title(db, "A").id)
    QTest.keyClick(first.view, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is second.view
    QTest.keyClick(second.view, Qt.Key.Key_Left)
    assert QApplication.focusWidget() is first.view
    QTest.keyClick(first.view, Qt.Key.Key_Down)
    assert first.view.currentIndex().data(CARD_ROLE).title == "C"


def test_delete_is_undoable(window, db):
    board = window.board
    board.select_deal(deal_by_title(db, "C").id)
    QTest.keyClick(board.columns[0].view, Qt.Key.Key_Delete)
    assert titles(board.columns[0]) == ["A", "B"]
    with db.transaction() as s:
        assert s.exec(select(Deal).where(Deal.title == "C")).first() is None
    window.actions_by_name["undo"].trigger()
    assert titles(board.columns[0]) == ["A", "B", "C"] and deal_by_title(db, "C")


def test_ctrl_n_adds_a_deal_in_the_current_column(window, db, stages):
    board = window.board
    board.select_deal(deal_by_title(db, "X").id)

    def fill(dialog: DealDialog) -> None:
        dialog.title.setText("<b>Fleet</b> for شرکت")
        dialog.value.setText("-5")
        dialog._try_accept()
        assert dialog.isVisible() and "negative" in dialog.error.text()  # refused beside the field
        dialog.value.setText("1 250.50")
        dialog._try_accept()

    _answer_dialog(DealDialog, fill)
    QTest.keyClick(board.columns[1].view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    new = deal_by_title(db, "<b>Fleet</b> for شرکت")
    assert new.stage_id == stages[1].id and new.value_minor == 125050
    assert titles(board.columns[1]) == ["X", "<b>Fleet</b> for شرکت"]  # plain text, unchanged
    window.actions_by_name["undo"].trigger()
    assert titles(board.columns[1]) == ["X"]


def test_filter_narrows_every_column(window, qtbot, db):
    board = window.board
    window.store.edit_deal(deal_by_title(db, "A").id, title="Café Kiviö")
    window.store.edit_deal(deal_by_title(db, "X").id, title="شركة كيان")  # Arabic yeh and kaf
    window.actions_by_name["find"].trigger()
    assert QApplication.focusWidget() is board.filter
    qtbot.keyClicks(board.filter, "cafe kivio")
    assert titles(board.columns[0]) == ["Café Kiviö"] and titles(board.columns[1]) == []
    assert "1 of 3" in board.columns[0].figures.text()
    board.filter.setText("کیان")  # typed with Persian letters
    assert titles(board.columns[0]) == [] and titles(board.columns[1]) == ["شركة كيان"]
    board.filter.clear()
    assert titles(board.columns[0]) == ["Café Kiviö", "B", "C"]


def test_quick_filters(window, db):
    from datetime import UTC, datetime, timedelta

    from salesdesk.core.services import activities

    board = window.board
    with db.transaction() as s:
        activities.schedule_follow_up(
            s, deal_by_title(db, "B").id, datetime.now(UTC) - timedelta(days=1)
        )
    window.store.dealChanged.emit(deal_by_title(db, "B").id)
    board.quick["overdue"].setChecked(True)
    assert titles(board.columns[0]) == ["B"] and titles(board.columns[1]) == []
    board.quick["overdue"].setChecked(False)
    board.quick["stalled"].setChecked(True)
    assert titles(board.columns[0]) == []  # every deal entered its stage just now
    board.quick["stalled"].setChecked(False)
    assert titles(board.columns[0]) == ["A", "B", "C"]


def test_edits_elsewhere_show_at_once(window, db):
    first = window.board.columns[0]
    resets = []
    first.model.modelReset.connect(lambda: resets.append(1))
    window.store.edit_deal(deal_by_title(db, "B").id, title="B renamed", value_minor=999_00)
    assert titles(first) == ["A", "B renamed", "C"] and resets == []
    assert "1,199.00" in first.figures.text()


def test_right_to_left_lays_columns_from_the_right(window, qtbot):
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.wait(10)
    board = window.board
    board.strip.layout().activate()
    first, second = board.columns[0], board.columns[1]
    assert first.x() > second.x()
    # Ctrl+Shift+Left is onward (towards the next stage) in right-to-left.
    board.select_deal(first.model.visible[0].id)
    QTest.keyClick(
        first.view,
        Qt.Key.Key_Left,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(second.model.visible) == 2


def test_cancelled_new_deal_adds_nothing(window, db):
    _answer_dialog(DealDialog, lambda d: d.reject())
    assert window.board.new_deal() is None
    assert window.undo_stack.count() == 0


def test_enter_opens_the_deal_in_the_workspace_and_edits_are_undoable(window, db):
    board = window.board
    deal_id = deal_by_title(db, "B").id
    board.select_deal(deal_id)
    QTest.keyClick(board.columns[0].view, Qt.Key.Key_Return)
    assert window.dock.isVisible() and window.workspace.deal_id == deal_id
    overview = window.workspace.overview
    assert overview.title.text() == "B"
    overview.title.selectAll()
    QTest.keyClicks(overview.title, "B (renewal)")
    QTest.keyClick(overview.title, Qt.Key.Key_Return)
    overview.organization.setFocus()
    QTest.keyClicks(overview.organization, "Kivi Oy")
    QTest.keyClick(overview.organization, Qt.Key.Key_Return)
    assert titles(board.columns[0]) == ["A", "B (renewal)", "C"]
    assert board.columns[0].model.visible[1].organization == "Kivi Oy"
    window.actions_by_name["undo"].trigger()
    window.actions_by_name["undo"].trigger()
    assert titles(board.columns[0]) == ["A", "B", "C"]
    assert board.columns[0].model.visible[1].organization == ""


def test_won_zone_takes_a_real_drop_event(window, db):
    board = window.board
    board.zones.show()
    first = board.columns[0]
    mime = first.model.mimeData([index_of(first, "A")])
    zone = board.won_zone
    point = zone.rect().center()
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, Qt.DropAction.MoveAction, mime, buttons, mods)
    QApplication.sendEvent(zone, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(point), Qt.DropAction.MoveAction, mime, buttons, mods)
    QApplication.sendEvent(zone, drop)
    assert drop.dropAction() == Qt.DropAction.IgnoreAction  # the source removes nothing itself
    assert deal_by_title(db, "A").status == "won" and titles(first) == ["B", "C"]


def test_typing_on_narrows_like_a_fresh_filter(window, db, qtbot):
    """Each keystroke that extends the query filters only the shown cards; the
    result must equal filtering every card from scratch, and columns whose cards
    stay the same are not reset (nothing to redraw)."""
    board = window.board
    names = ["Laptop fleet", "Laptop fleet Aalto", "Lapland trip", "Fleet Aalto", "لپ‌تاپ"]
    for name in names:
        window.store.create_deal(board.model.pipeline_id, board.columns[0].model.column.id, name)
    resets: list[int] = []
    board.columns[1].model.modelReset.connect(lambda: resets.append(1))
    query = "laptop fleet aalto"
    for i in range(1, len(query) + 1):
        board.filter.setText(query[:i])
        narrowed = [titles(c) for c in board.columns]
        board.model._query = ""  # forget the previous query: the next change scans all
        board.model.set_query(board.filter.text() + " ")  # same key, fresh scan
        board.model._query = ""
        board.model.set_query(board.filter.text())
        assert [titles(c) for c in board.columns] == narrowed, query[:i]
    assert titles(board.columns[0]) == ["Laptop fleet Aalto"]
    assert board.columns[1].model not in board.model.changed_columns
    assert len(resets) <= 2  # "X" disappears at the first letter and stays gone
    for _ in query:  # erasing widens again
        QTest.keyClick(board.filter, Qt.Key.Key_Backspace)
    assert titles(board.columns[0]) == ["A", "B", "C", *names]
    assert titles(board.columns[1]) == ["X"]


def test_header_tooltip_lists_every_currency(window, db):
    first = window.board.columns[0]
    window.store.edit_deal(deal_by_title(db, "A").id, currency="USD")
    tip = first.figures_tooltip()
    assert "EUR" in tip or "€" in tip
    assert "USD" in tip or "$" in tip
    assert "200.00" in first.figures.text()  # the header shows the main currency


def test_columns_scroll_with_a_flat_scroll_bar(window, db):
    from salesdesk.ui.board.scrollbar import FlatScrollBar

    column = window.board.columns[0]
    bar = column.view.verticalScrollBar()
    assert isinstance(bar, FlatScrollBar)
    before = bar.maximum()
    for i in range(30):
        window.store.create_deal(window.board.model.pipeline_id, column.model.column.id, f"D{i}")
    QApplication.processEvents()
    assert bar.maximum() > before
    bar.setValue(bar.maximum())
    assert column.view.rowAt(column.view.viewport().height() - 1) == len(titles(column)) - 1
    assert not bar.grab().isNull()  # paints without error
