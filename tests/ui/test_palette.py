"""Search everything (Ctrl+K), driven through its widgets over the window fixture's
real database: results in any script, actions run from the palette, Esc, and
results that follow changes."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QApplication

from salesdesk.core import search
from salesdesk.core.services import activities, deals, objections
from salesdesk.ui import palette as palette_module
from salesdesk.ui.dialogs import DealDialog
from salesdesk.ui.main_window import MainWindow
from salesdesk.ui.palette import SearchPalette
from tests.helpers import drive_modal

NO = Qt.KeyboardModifier.NoModifier


def type_text(widget, text: str) -> None:
    """Types the way an input method delivers text (QTest's keyClicks knows ASCII only)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, NO, ch))


def press(qtbot, widget, key: Qt.Key) -> None:
    qtbot.keyClick(widget, key)


def open_palette(qtbot, pal: SearchPalette, wait_index: bool = True) -> None:
    pal.popup()
    qtbot.waitExposed(pal)
    if wait_index:
        qtbot.waitUntil(lambda: pal.index is not None, timeout=10_000)


def search_for(qtbot, pal: SearchPalette, text: str) -> list[tuple[str, str]]:
    pal.edit.clear()
    type_text(pal.edit, text)
    return rows(pal)


def rows(pal: SearchPalette) -> list[tuple[str, str]]:
    """(kind, title) of each row, top to bottom, as the list shows them."""
    model = pal.model
    return [
        (model.index(r).data(palette_module.KIND_ROLE), model.index(r).data())
        for r in range(model.rowCount())
    ]


def add_deal(window: MainWindow, title: str, org: str | None = None) -> int:
    with window.store.db.transaction() as s:
        stage = window.board.model.columns[0].column.id
        deal = deals.create_deal(
            s,
            pipeline_id=window.board.model.pipeline_id,
            stage_id=stage,
            title=title,
            organization_name=org,
        )
        return deal.id


@pytest.fixture
def pal(qtbot, window) -> Iterator[SearchPalette]:
    palette = SearchPalette(window.store, lambda: list(window.actions_by_name.values()), window)
    yield palette
    palette.close()


@pytest.fixture
def scripts(window) -> dict[str, int]:
    """Deals titled in Persian, Arabic, Chinese and Finnish, added before the first open."""
    return {
        "fa": add_deal(window, "قرارداد پشتیبانی کیک‌پزی", "نوین تجارت"),
        "ar": add_deal(window, "توريد أجهزة الخليج"),
        "zh": add_deal(window, "华信科技服务器升级"),
        "fi": add_deal(window, "Äänekosken öljynvaihto"),
    }


def test_model_is_sound(qtbot, pal, qtmodeltester):
    open_palette(qtbot, pal)
    type_text(pal.edit, "a")
    assert pal.model.rowCount() > 0
    qtmodeltester.check(pal.model)


def test_finds_every_script_as_typed(qtbot, pal, scripts):
    open_palette(qtbot, pal)
    assert ("Deal", "قرارداد پشتیبانی کیک‌پزی") in search_for(qtbot, pal, "كيك پشتيباني")
    assert ("Organization", "نوین تجارت") in search_for(qtbot, pal, "نوين")
    assert search_for(qtbot, pal, "اجهزه")[0] == ("Deal", "توريد أجهزة الخليج")
    assert search_for(qtbot, pal, "服务器")[0] == ("Deal", "华信科技服务器升级")
    assert search_for(qtbot, pal, "aanekosken oljy")[0] == ("Deal", "Äänekosken öljynvaihto")


def test_exact_title_first_and_enter_opens_the_deal(qtbot, pal, window):
    add_deal(window, "Acme pilot extension")
    exact = add_deal(window, "Acme pilot")
    add_deal(window, "Pilot", "Acme pilot works")
    open_palette(qtbot, pal)
    found = search_for(qtbot, pal, "acme pilot")
    assert found[0] == ("Deal", "Acme pilot")
    assert found[1] == ("Deal", "Acme pilot extension")
    assert pal.view.currentIndex().row() == 0  # Enter takes the best at once
    with qtbot.waitSignal(pal.openDeal, timeout=2000) as opened:
        press(qtbot, pal.edit, Qt.Key.Key_Return)
    assert opened.args == [exact]
    assert not pal.isVisible()


def test_arrows_choose_and_enter_opens_an_organization(qtbot, pal, window):
    add_deal(window, "Fleet", "Borealis Oy")
    open_palette(qtbot, pal)
    found = search_for(qtbot, pal, "borealis")
    assert found[:2] == [("Organization", "Borealis Oy"), ("Deal", "Fleet")]
    press(qtbot, pal.edit, Qt.Key.Key_Down)
    assert pal.view.currentIndex().row() == 1
    press(qtbot, pal.edit, Qt.Key.Key_Up)
    assert pal.view.currentIndex().row() == 0
    with window.store.db.sql() as conn:
        org_id = conn.execute("SELECT id FROM organization WHERE name = 'Borealis Oy'").fetchone()[
            0
        ]
    with qtbot.waitSignal(pal.openOrganization, timeout=2000) as opened:
        press(qtbot, pal.edit, Qt.Key.Key_Enter)
    assert opened.args == [org_id]


def test_notes_and_objections_show_a_snippet_and_open_their_deal(qtbot, pal, window):
    deal_id = add_deal(window, "Server upgrade")
    with window.store.db.transaction() as s:
        note = (
            "Long call.\n" + "Talked about many things. " * 8 + "They want <b>Kubernetes</b> next."
        )
        activities.log_activity(s, deal_id, "call", text=note)
        objections.add_objection(
            s, deal_id, "Our budget is frozen", category="Budget", answer_given="Quarterly plan"
        )
    open_palette(qtbot, pal)
    found = search_for(qtbot, pal, "kubernetes")
    assert len(found) == 1
    kind, title = found[0]
    assert kind == "Note" and "<b>Kubernetes</b> next." in title and title.startswith("…")
    detail = pal.model.index(0).data(palette_module.DETAIL_ROLE)
    assert detail.startswith("Call · ") and "Server upgrade" in detail
    with qtbot.waitSignal(pal.openDeal, timeout=2000) as opened:
        press(qtbot, pal.edit, Qt.Key.Key_Return)
    assert opened.args == [deal_id]

    open_palette(qtbot, pal)
    assert search_for(qtbot, pal, "frozen") == [("Objection", "Our budget is frozen")]
    with qtbot.waitSignal(pal.openDeal, timeout=2000) as opened:
        press(qtbot, pal.edit, Qt.Key.Key_Return)
    assert opened.args == [deal_id]


def test_library_entry_opens_the_library(qtbot, pal, window):
    open_palette(qtbot, pal)
    found = search_for(qtbot, pal, "too expensive")
    assert found[0] == ("Objection", "It is too expensive.")
    assert pal.model.index(0).data(palette_module.DETAIL_ROLE).startswith("Objection library")
    with qtbot.waitSignal(pal.openLibraryEntry, timeout=2000) as opened:
        press(qtbot, pal.edit, Qt.Key.Key_Return)
    with window.store.db.sql() as conn:
        wanted = conn.execute(
            "SELECT id FROM objectionentry WHERE text = 'It is too expensive.'"
        ).fetchone()[0]
    assert opened.args == [wanted]


def test_an_action_runs_after_the_palette_closed(qtbot, pal, window):
    open_palette(qtbot, pal)
    found = search_for(qtbot, pal, "today")
    assert found[0] == ("Action", "Today")
    shortcut = pal.model.index(0).data(palette_module.SHORTCUT_ROLE)
    assert shortcut == window.actions_by_name["today"].shortcut().toString(
        window.actions_by_name["today"].shortcut().SequenceFormat.NativeText
    )
    press(qtbot, pal.edit, Qt.Key.Key_Return)
    assert not pal.isVisible()
    qtbot.waitUntil(
        lambda: window._today is not None and window.pages.currentWidget() is window._today
    )


def test_new_deal_from_the_palette_then_found(qtbot, pal, window):
    open_palette(qtbot, pal)
    assert search_for(qtbot, pal, "new deal")[0] == ("Action", "New deal")
    seen: dict = {}
    opened: list[bool] = []

    def fill(dialog: DealDialog) -> None:
        opened.append(pal.isVisible())  # the palette is gone before the dialog shows
        dialog.title.setText("Zebra crossing")
        dialog._try_accept()

    drive_modal(DealDialog, fill, seen)
    press(qtbot, pal.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened), timeout=3000)
    assert "error" not in seen and opened == [False]
    open_palette(qtbot, pal, wait_index=False)
    qtbot.waitUntil(
        lambda: ("Deal", "Zebra crossing") in search_for(qtbot, pal, "zebra"), timeout=10_000
    )


def test_actions_found_by_words_and_object_name_disabled_ones_hidden(qtbot, pal, window):
    open_palette(qtbot, pal)
    assert ("Action", "Back up now") in search_for(qtbot, pal, "backup now")
    assert ("Action", "Log a call or meeting…") in search_for(qtbot, pal, "log a call")
    exports = [t for k, t in search_for(qtbot, pal, "export") if k == "Action"]
    assert "Export data…" in exports and "Export calendar…" in exports
    window.actions_by_name["exportData"].setEnabled(False)
    pal.reject()
    open_palette(qtbot, pal)
    exports = [t for k, t in search_for(qtbot, pal, "export") if k == "Action"]
    assert "Export data…" not in exports and "Export calendar…" in exports
    # A submenu's action says where it lives.
    search_for(qtbot, pal, "warn then move")
    assert pal.model.index(0).data(palette_module.DETAIL_ROLE) == "Deal ▸ Unmet exit criteria"


def test_empty_box_lists_the_actions(qtbot, pal, window):
    open_palette(qtbot, pal)
    pal.edit.clear()
    kinds = {kind for kind, _ in rows(pal)}
    assert kinds == {"Action"} and pal.model.rowCount() >= 10
    assert "Type to search" in pal.status.text()


def test_escape_closes_and_the_window_stays(qtbot, pal, window):
    open_palette(qtbot, pal)
    type_text(pal.edit, "a")
    press(qtbot, pal.edit, Qt.Key.Key_Escape)
    assert not pal.isVisible()
    assert window.isVisible() and window.pages.currentWidget() is window.board


def test_results_follow_a_rename(qtbot, pal, window):
    deal_id = add_deal(window, "Old title")
    open_palette(qtbot, pal)
    assert ("Deal", "Old title") in search_for(qtbot, pal, "old title")
    window.store.edit_deal(deal_id, title="Walrus expedition")
    qtbot.waitUntil(
        lambda: ("Deal", "Walrus expedition") in search_for(qtbot, pal, "walrus"), timeout=10_000
    )
    assert search_for(qtbot, pal, "old title") == []


def test_actions_answer_before_the_index_arrives(qtbot, pal, window, monkeypatch):
    gate = threading.Event()
    real = search.build

    def slow_build(conn):
        gate.wait(10)
        return real(conn)

    monkeypatch.setattr(palette_module.search, "build", slow_build)
    open_palette(qtbot, pal, wait_index=False)
    found = search_for(qtbot, pal, "b")
    assert found and {k for k, _ in found} == {"Action"}  # Board, Back up now...
    assert pal.status.text() == "Reading deals, notes and objections…"
    gate.set()
    qtbot.waitUntil(lambda: ("Deal", "B") in rows(pal), timeout=10_000)
    assert rows(pal)[0] == ("Deal", "B")  # the exact title, once the index is there
    assert pal.status.text() != "Reading deals, notes and objections…"


def test_user_text_is_shown_as_typed(qtbot, pal, window):
    add_deal(window, "<i>Tags</i> & Co", "R&D <b>Oy</b>")
    open_palette(qtbot, pal)
    found = search_for(qtbot, pal, "tags")
    assert found[0] == ("Deal", "<i>Tags</i> & Co")
    assert "R&D <b>Oy</b>" in pal.model.index(0).data(palette_module.DETAIL_ROLE)


def _text_columns(pal: SearchPalette, row: int, line: int) -> list[int]:
    """x positions holding text pixels on one line of a row, as painted."""
    rect = pal.view.visualRect(pal.model.index(row))
    image = pal.view.viewport().grab().toImage()
    height = rect.height() // 2
    top = rect.top() + line * height
    base = QColor(image.pixel(QPoint(rect.left() + 1, rect.bottom() - 1)))
    xs = []
    for x in range(rect.left(), rect.right()):
        for y in range(top + 2, top + height - 2, 2):
            if QColor(image.pixel(QPoint(x, y))) != base:
                xs.append(x)
                break
    return xs


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_rows_mirror_in_right_to_left(qtbot, qapp, window, direction):
    """The kind column sits on the leading side, the detail line beside it."""
    qapp.setLayoutDirection(direction)
    add_deal(window, "Mirror", "Org")
    pal = SearchPalette(window.store, lambda: [], window)
    try:
        open_palette(qtbot, pal)
        assert pal.layoutDirection() == direction
        search_for(qtbot, pal, "mirror")
        pal.view.setCurrentIndex(pal.model.index(-1))  # no selection colour
        qtbot.wait(50)
        width = pal.view.viewport().width()
        kind_w = pal.view.itemDelegate()._kind_width
        detail = _text_columns(pal, 0, 1)  # "Org · Preparation and research · Open"
        assert detail, "the detail line was not painted"
        if direction == Qt.LayoutDirection.LeftToRight:
            assert min(detail) >= kind_w and min(detail) < width // 2
        else:
            assert max(detail) <= width - kind_w and max(detail) > width // 2
    finally:
        pal.close()


def test_a_click_elsewhere_closes_it(qtbot, pal, window):
    open_palette(qtbot, pal)
    qtbot.waitUntil(pal.isActiveWindow)
    window.activateWindow()
    qtbot.waitUntil(lambda: not pal.isVisible())


def test_a_click_on_a_row_opens_it(qtbot, pal, window):
    deal_id = add_deal(window, "Clickable deal")
    open_palette(qtbot, pal)
    search_for(qtbot, pal, "clickable")
    rect = pal.view.visualRect(pal.model.index(0))
    with qtbot.waitSignal(pal.openDeal, timeout=2000) as opened:
        qtbot.mouseClick(pal.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [deal_id]
    assert not pal.isVisible()


def test_typing_on_selects_the_best_result_again(qtbot, pal, window):
    open_palette(qtbot, pal)
    search_for(qtbot, pal, "b")
    press(qtbot, pal.edit, Qt.Key.Key_Down)
    press(qtbot, pal.edit, Qt.Key.Key_Down)
    assert pal.view.currentIndex().row() == 2
    type_text(pal.edit, "o")
    assert pal.view.currentIndex().row() == 0
    assert rows(pal)[0] == ("Action", "Board")


def test_an_unreadable_database_leaves_the_actions(qtbot, pal, window, tmp_path):
    pal.loader._path = lambda: tmp_path / "missing" / "salesdesk.sqlite"
    open_palette(qtbot, pal, wait_index=False)
    type_text(pal.edit, "today")
    qtbot.waitUntil(lambda: bool(pal.error), timeout=5000)
    assert pal.index is None
    assert pal.status.text().startswith("Only actions can be searched")
    assert rows(pal)[0] == ("Action", "Today")


def test_a_slow_index_is_read_again_on_the_next_open_only(qtbot, pal, window):
    """At 100,000 deals a build takes seconds of CPU: not after every change while
    the palette is closed, but when it opens (the last index answers meanwhile)."""
    deal_id = add_deal(window, "Slow old")
    open_palette(qtbot, pal)
    pal.reject()
    first = pal.index
    pal.loader.seconds = 5.0  # as a big database's build would take
    window.store.edit_deal(deal_id, title="Slow new")
    qtbot.wait(palette_module.REBUILD_MS + 500)
    assert pal.index is first and not pal.loader.running
    open_palette(qtbot, pal, wait_index=False)
    assert ("Deal", "Slow old") in search_for(qtbot, pal, "slow")  # the last index, at once
    qtbot.waitUntil(lambda: pal.index is not first, timeout=10_000)
    assert ("Deal", "Slow new") in search_for(qtbot, pal, "slow")


def test_ctrl_k_in_the_window_opens_results_where_they_live(qtbot, window):
    """The window's own palette: an organization opens on the organizations and
    contacts page, a library entry in the library, a deal in the workspace."""
    deal_id = add_deal(window, "Pilot ردیابی", org="Kivi Oy")
    with window.store.db.transaction() as s:
        entry = objections.add_library_entry(s, "price", "Liian kallis", "ROI first")
        entry_id = entry.id
    window.actions_by_name["searchEverything"].trigger()
    pal = window.search_palette
    qtbot.waitExposed(pal)
    qtbot.waitUntil(lambda: pal.index is not None, timeout=10_000)
    assert "Search everything…" not in [t for _, t in rows(pal)]  # it cannot reopen itself
    found = search_for(qtbot, pal, "kivi oy")
    assert found[0] == ("Organization", "Kivi Oy")
    press(qtbot, pal.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.people)
    qtbot.waitUntil(lambda: window.people.org_pane.heading.text() == "Kivi Oy")

    window.search()
    search_for(qtbot, pal, "ردیابی")
    press(qtbot, pal.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace.deal_id == deal_id)

    from salesdesk.ui.library import LibraryDialog

    seen: dict = {}
    chosen: list[str] = []
    drive_modal(LibraryDialog, lambda d: chosen.append(d.text.text()), seen)
    window.search()
    search_for(qtbot, pal, "liian kallis")
    press(qtbot, pal.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(chosen) or "error" in seen, timeout=5000)
    assert "error" not in seen and chosen == ["Liian kallis"]
    assert entry_id
