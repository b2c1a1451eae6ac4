"""The deals table (issue 9): every deal, open, won and lost; sorting, filtering,
bulk changes with undo, export of the selection, remembered columns."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QSettings, Qt

from salesdesk.core.io.export_csv import DEAL_COLUMNS
from salesdesk.core.models import Deal
from salesdesk.core.services import deals
from salesdesk.ui.dialogs import ExpectedCloseDialog
from salesdesk.ui.table.model import KEYS
from salesdesk.ui.table.view import DealsTableView
from tests.helpers import drive_modal, read_only_folder


def _titles(table: DealsTableView) -> list[str]:
    model = table.model
    return [model.row_at(r).title for r in range(model.rowCount())]


def _select(table: DealsTableView, *titles: str) -> list[int]:
    ids = [r.id for r in table.model.by_id.values() if r.title in titles]
    table.select_ids(ids)
    return ids


def _cell(table: DealsTableView, title: str, key: str) -> str:
    model = table.model
    for r in range(model.rowCount()):
        if model.row_at(r).title == title:
            return str(model.index(r, KEYS.index(key)).data())
    raise AssertionError(f"{title} is not shown")


@pytest.fixture
def table(qtbot, window) -> DealsTableView:
    with window.store.db.transaction() as s:
        ids = {d.title: d.id for d in s.exec(deals.select(Deal)).all()}
        deals.edit_deal(s, ids["A"], value_minor=300_00, expected_close=date(2026, 12, 5))
        deals.edit_deal(s, ids["C"], value_minor=50, currency="JPY")  # 50 yen
        deals.win_deal(s, ids["B"])
    window.board.model.reload()
    window.actions_by_name["dealsTable"].trigger()
    view = window.table
    qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() == 4)
    return view


def test_every_deal_won_and_lost_included_and_the_model_is_sound(table, qtmodeltester):
    assert sorted(_titles(table)) == ["A", "B", "C", "X"]
    assert _cell(table, "B", "status") == "Won"
    assert _cell(table, "B", "probability").startswith("100")
    assert _cell(table, "A", "value").startswith("€")
    qtmodeltester.check(table.model)


def test_sorting_by_value_and_empty_cells_last_both_ways(table):
    header = table.table.horizontalHeader()
    table.table.sortByColumn(KEYS.index("value"), Qt.SortOrder.DescendingOrder)
    # 300 EUR, 100 EUR, 100 EUR, 50 JPY (in major units: yen have no cents)
    assert _titles(table)[0] == "A" and _titles(table)[-1] == "C"
    assert header.sortIndicatorSection() == KEYS.index("value")
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        table.table.sortByColumn(KEYS.index("expected_close"), order)
        # Only A has an expected close: it is first in either order.
        assert _titles(table)[0] == "A"
    table.table.sortByColumn(KEYS.index("title"), Qt.SortOrder.DescendingOrder)
    assert _titles(table) == ["X", "C", "B", "A"]


def test_filter_box_status_chooser_and_quick_filters(table, window):
    deal_id = next(r.id for r in table.model.by_id.values() if r.title == "X")
    window.store.edit_deal(deal_id, title="قرارداد كيان")  # Arabic kaf and yeh
    table.model._apply_pending()
    table.filter.setText("کیان")  # typed with Persian keheh and yeh
    assert _titles(table) == ["قرارداد كيان"]
    assert table.count.text() == "1 of 4 deals"
    table.filter.clear()
    table.status.setCurrentIndex(table.status.findData("won,lost"))
    assert _titles(table) == ["B"]
    table.status.setCurrentIndex(table.status.findData("open,won,lost"))
    with window.store.db.transaction() as s:
        deals.edit_deal(s, deal_id, expected_close=date.today())
    window.store.dealChanged.emit(deal_id)
    table.quick["closing"].setChecked(True)
    table.model._apply_pending()
    assert _titles(table) == ["قرارداد كيان"]


def test_bulk_stage_change_with_undo(table, window, stages, qtbot):
    ids = _select(table, "A", "C")
    target = stages[2]
    window.store.set_exit_policy("off")
    assert table.move_selected(target.id)
    qtbot.waitUntil(lambda: _cell(table, "A", "stage") == target.name)
    assert _cell(table, "C", "stage") == target.name
    assert sorted(table.selected_ids()) == sorted(ids)  # still chosen where they went
    assert window.board.model.column_for(target.id).row_of(ids[0]) >= 0
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: _cell(table, "A", "stage") == stages[0].name)
    assert _cell(table, "C", "stage") == stages[0].name
    with window.store.db.transaction() as s:
        assert {s.get(Deal, i).stage_id for i in ids} == {stages[0].id}
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: _cell(table, "C", "stage") == target.name)


def test_bulk_expected_close_with_undo(table, window, qtbot):
    ids = _select(table, "A", "X")
    seen: dict = {}

    def choose(dialog: ExpectedCloseDialog) -> None:
        dialog.none.setChecked(True)
        dialog.accept()

    drive_modal(ExpectedCloseDialog, choose, seen)
    assert table.set_expected_close()
    assert "error" not in seen
    with window.store.db.transaction() as s:
        assert [s.get(Deal, i).expected_close for i in ids] == [None, None]
    qtbot.waitUntil(lambda: _cell(table, "A", "expected_close") == "")
    window.undo_stack.undo()
    with window.store.db.transaction() as s:
        assert s.get(Deal, ids[0]).expected_close == date(2026, 12, 5)
    qtbot.waitUntil(lambda: _cell(table, "A", "expected_close") != "")


def test_reopen_puts_a_won_deal_back_on_the_board(table, window, qtbot):
    (won,) = _select(table, "B")
    assert window.board.model.by_id.get(won) is None
    assert table.reopen_selected()
    qtbot.waitUntil(lambda: _cell(table, "B", "status") == "Open")
    assert won in window.board.model.by_id
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: _cell(table, "B", "status") == "Won")
    assert won not in window.board.model.by_id


def test_delete_key_deletes_the_tables_selection_with_undo(table, window, qtbot):
    (won,) = _select(table, "B")
    table.table.setFocus()
    window.actions_by_name["delete"].trigger()
    qtbot.waitUntil(lambda: table.model.rowCount() == 3)
    assert "B" not in _titles(table)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: table.model.rowCount() == 4)
    assert table.model.by_id[won].status == "won"


def test_export_of_the_selection(table, tmp_path, shown_errors):
    table.table.sortByColumn(KEYS.index("title"), Qt.SortOrder.DescendingOrder)
    _select(table, "A", "X")
    out = tmp_path / "chosen.csv"
    assert table.export_selected(out) == 2
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == list(DEAL_COLUMNS)
    assert [r[1] for r in rows[1:]] == ["X", "A"]  # the table's order
    assert rows[2][DEAL_COLUMNS.index("expected_close")] == "2026-12-05"
    with read_only_folder(tmp_path / "locked") as locked:
        assert table.export_selected(locked / "x.csv") == 0
        assert not list(locked.iterdir())
    assert shown_errors and "could not be written" in shown_errors[0]


def test_column_choice_is_remembered(table, window, qtbot):
    section = KEYS.index("probability")
    assert not table.table.horizontalHeader().isSectionHidden(section)
    table.show_column(section, False)
    settings = QSettings(window.settings.fileName(), QSettings.Format.IniFormat)
    again = DealsTableView(
        window.store, window.undo_stack, settings, lambda *_: True, lambda _: True
    )
    qtbot.addWidget(again)
    assert again.table.horizontalHeader().isSectionHidden(section)
    assert again.table.horizontalHeader().isSectionHidden(KEYS.index("contact"))


def test_a_deal_added_on_the_board_appears_in_place(table, window, stages, qtbot):
    table.table.sortByColumn(KEYS.index("title"), Qt.SortOrder.AscendingOrder)
    window.store.create_deal(window.board.model.pipeline_id, stages[0].id, "Bb")
    qtbot.waitUntil(lambda: table.model.rowCount() == 5)
    assert _titles(table) == ["A", "B", "Bb", "C", "X"]


def test_down_in_the_filter_box_goes_to_the_first_row(table, qtbot):
    table.focus_filter()
    qtbot.keyClicks(table.filter, "x")
    qtbot.keyClick(table.filter, Qt.Key.Key_Down)
    assert table.table.hasFocus()
    assert table.selected_ids() == [table.model.row_at(0).id]
    assert table.model.row_at(0).title == "X"


def test_won_again_from_the_table_keeps_its_close_date_and_undo_restores_it(table, window, qtbot):
    """Ctrl+Shift+W on open and already-won deals: only the open one is won; the
    won one keeps the day it was won, and undo leaves it so."""
    won_on = datetime(2025, 1, 15, 10, tzinfo=UTC)
    with window.store.db.transaction() as s:
        ids = {d.title: d.id for d in s.exec(deals.select(Deal)).all()}
        s.get(Deal, ids["B"]).closed_at = won_on
    window.store.set_exit_policy("off")
    _select(table, "A", "B")
    table.table.setFocus()
    window.actions_by_name["win"].trigger()
    qtbot.waitUntil(lambda: table.model.by_id[ids["A"]].status == "won")
    assert sorted(table.selected_ids()) == sorted([ids["A"], ids["B"]])  # still chosen
    with window.store.db.transaction() as s:
        assert s.get(Deal, ids["B"]).closed_at == won_on
    window.undo_stack.undo()
    with window.store.db.transaction() as s:
        assert s.get(Deal, ids["A"]).status == "open"
        assert s.get(Deal, ids["B"]).closed_at == won_on


def test_reopen_then_undo_puts_back_the_original_close_date(table, window, qtbot):
    won_on = datetime(2025, 1, 15, 10, tzinfo=UTC)
    (won,) = _select(table, "B")
    with window.store.db.transaction() as s:
        s.get(Deal, won).closed_at = won_on
    assert table.reopen_selected()
    window.undo_stack.undo()
    with window.store.db.transaction() as s:
        deal = s.get(Deal, won)
        assert (deal.status, deal.closed_at) == ("won", won_on)
    window.undo_stack.redo()
    window.undo_stack.undo()
    with window.store.db.transaction() as s:
        assert s.get(Deal, won).closed_at == won_on


def test_selection_survives_a_move_in_descending_order(table, window, stages, qtbot):
    window.store.set_exit_policy("off")
    table.table.sortByColumn(KEYS.index("stage"), Qt.SortOrder.DescendingOrder)
    ids = _select(table, "A", "C")
    assert table.move_selected(stages[3].id)
    qtbot.waitUntil(lambda: table.model.by_id[ids[0]].stage_id == stages[3].id)
    qtbot.waitUntil(lambda: sorted(table.selected_ids()) == sorted(ids))


def test_a_new_contact_leaves_the_tables_selection_alone(table, window, qtbot):
    ids = _select(table, "A", "X")
    window.store.create_contact("Someone", None)
    qtbot.wait(50)
    assert not table.model.loading
    assert sorted(table.selected_ids()) == sorted(ids)


def test_a_very_large_bulk_change_asks_first(table, window, stages, monkeypatch):
    from salesdesk.ui import msgbox
    from salesdesk.ui.table import view as table_view

    asked: list[str] = []
    monkeypatch.setattr(table_view, "ASK_OVER", 1)
    monkeypatch.setattr(msgbox, "question", lambda _p, title, _t: asked.append(title) or False)
    ids = _select(table, "A", "C")
    assert not table.move_selected(stages[2].id)
    assert not table.delete_selected()
    assert asked == ["Change 2 deals?", "Change 2 deals?"]
    with window.store.db.transaction() as s:
        assert {s.get(Deal, i).stage_id for i in ids} == {stages[0].id}  # nothing changed


def test_unmet_exit_criteria_warning_shows_on_the_table_page(table, window, stages, qtbot):
    window.store.set_exit_policy("warn")
    _select(table, "A")
    assert table.move_selected(stages[1].id)  # onward, nothing ticked in the first stage
    assert "exit criteria unmet" in window.statusBar().currentMessage()
    assert not window.board.toast.isVisible()
