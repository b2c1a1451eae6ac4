"""A disk that fills up while the rep works: the save is refused with a message
that says so, nothing is half-saved, what was typed stays in the dialog, and
the same save works once there is room. SQLite's max_page_count stands in for
the full disk (the database cannot grow by a page)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator

import pytest

from salesdesk.ui.workspace.log_dialog import LogCallDialog
from tests.helpers import fill_the_disk


@pytest.fixture
def full_disk(window, monkeypatch) -> Iterator[Callable[[], None]]:
    """Makes the window's database unable to grow; calling the result frees it."""
    db = window.store.db
    make_room = fill_the_disk(monkeypatch)
    db.close()  # its connections reopen with the limit

    def free() -> None:
        make_room()
        db.close()  # and again without it

    yield free
    free()


def _calls(db, deal_id: int) -> list[str]:
    conn = sqlite3.connect(db.path)
    try:
        rows = conn.execute(
            "SELECT text FROM activity WHERE deal_id = ? AND kind = 'call'", (deal_id,)
        )
        return [r[0] for r in rows]
    finally:
        conn.close()


def test_a_call_logged_on_a_full_disk_is_kept_in_the_dialog_until_there_is_room(
    window, qtbot, full_disk
):
    card = window.board.columns[0].model.visible[0]
    dialog = LogCallDialog(window.store, card.id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    note = "Long visit report. " * 20_000  # ~380 KB: the database must grow
    dialog.notes.setPlainText(note)
    dialog.save()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "disk is full" in dialog.error.text() and "Nothing was saved" in dialog.error.text()
    assert dialog.notes.toPlainText() == note  # nothing the rep typed is lost
    assert _calls(window.store.db, card.id) == []
    full_disk()
    dialog.save()
    assert not dialog.isVisible()
    assert _calls(window.store.db, card.id) == [note]


def test_new_deals_on_a_filling_disk_are_whole_or_absent(window, full_disk, stages):
    """Deals are added until the disk is full: the one refused left nothing
    behind (not even its new organization), and the board shows what is saved."""
    from salesdesk.core.errors import SalesDeskError

    store = window.store
    pipeline = store.current_pipeline()
    added: list[str] = []
    refused: SalesDeskError | None = None
    for n in range(2_000):
        title = f"Deal {n} " + "x" * 280
        try:
            store.create_deal(pipeline.id, stages[0].id, title, organization_name=f"Org {n}")
        except SalesDeskError as exc:
            refused = exc
            break
        added.append(title)
    assert refused is not None and getattr(refused, "kind", "") == "disk-full"
    conn = sqlite3.connect(store.db.path)
    try:
        titles = {r[0] for r in conn.execute("SELECT title FROM deal")}
        orgs = {r[0] for r in conn.execute("SELECT name FROM organization")}
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert set(added) <= titles and f"Deal {len(added)} " + "x" * 280 not in titles
    assert orgs == {f"Org {n}" for n in range(len(added))}
    on_board = {c.title for col in window.board.columns for c in col.model.cards}
    assert set(added) <= on_board and len(on_board) == len(titles)
