"""The objection library editor, driven through its widgets over a real database."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cmp_to_key

import pytest
from PySide6.QtCore import QCollator, QEvent, QLocale, QMetaMethod, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from salesdesk.core.models import DealObjection, ObjectionEntry
from salesdesk.core.services import deals, objections
from salesdesk.ui import msgbox
from salesdesk.ui.library import ANSWER, CATEGORY, RAISED, STAGES, TEXT, WON, LibraryDialog
from salesdesk.ui.store import Store

CTRL = Qt.KeyboardModifier.ControlModifier
ASCENDING = Qt.SortOrder.AscendingOrder


@pytest.fixture
def store(db, pipeline) -> Store:
    return Store(db)


@pytest.fixture
def dialog(qtbot, store) -> Iterator[LibraryDialog]:
    dlg = LibraryDialog(store)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    yield dlg
    dlg.close()


def shown(dlg: LibraryDialog, column: int = TEXT) -> list[str]:
    """The texts in one column, top to bottom, as the table shows them."""
    proxy = dlg.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def row_of(dlg: LibraryDialog, text: str) -> int:
    return shown(dlg).index(text)


def click_row(qtbot, dlg: LibraryDialog, text: str) -> None:
    index = dlg.proxy.index(row_of(dlg, text), TEXT)
    rect = dlg.table.visualRect(index)
    qtbot.mouseClick(dlg.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dlg.text.text() == text


def type_text(widget, text: str) -> None:
    """Types text the way an input method delivers it: QTest's keyClicks knows
    ASCII only (it aborts on Persian letters)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def entries(db) -> dict[str, ObjectionEntry]:
    with db.transaction() as s:
        return {e.text: e for e in s.exec(select(ObjectionEntry)).all()}


def test_models_are_sound(dialog, qtmodeltester):
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.proxy)


def test_lists_the_playbooks_objections(dialog, db):
    assert sorted(shown(dialog)) == sorted(entries(db))
    assert "It is too expensive." in shown(dialog)
    row = row_of(dialog, "It is too expensive.")
    assert dialog.proxy.index(row, CATEGORY).data() == "Price"
    answer = dialog.proxy.index(row, ANSWER).data()
    assert answer.startswith("Agree that price matters")
    assert dialog.proxy.index(row, RAISED).data() == "0"
    assert dialog.proxy.index(row, WON).data() == "—"


def test_typing_in_the_search_narrows_the_rows(qtbot, dialog):
    everything = len(shown(dialog))
    qtbot.keyClick(dialog, Qt.Key.Key_F, CTRL)
    assert dialog.search.hasFocus()
    qtbot.keyClicks(dialog.search, "EXPENSIVE")
    assert shown(dialog) == ["It is too expensive."]
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "boss")
    assert shown(dialog) == ["I need to run this by my boss."]
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "pilot")  # only in an answer
    assert shown(dialog) == ["We have never heard of your company."]
    dialog.search.clear()
    assert len(shown(dialog)) == everything


def test_finds_persian_typed_with_arabic_letters(qtbot, dialog, store):
    store.add_library_entry("قیمت", "این خیلی گران است", "ارزش را نشان دهید", "fa")
    assert "این خیلی گران است" in shown(dialog)  # the signal reloaded the table
    type_text(dialog.search, "ي")  # Arabic yeh for Persian yeh
    assert shown(dialog) == ["این خیلی گران است"]
    dialog.search.clear()
    type_text(dialog.search, "قيمت")  # the category, Arabic yeh again
    assert shown(dialog) == ["این خیلی گران است"]
    dialog.search.clear()
    type_text(dialog.search, "ارزش")  # the answer
    assert shown(dialog) == ["این خیلی گران است"]
    dialog.search.clear()
    store.add_library_entry("کیفیت", "کیفیت پایین است", "", "fa")
    type_text(dialog.search, "كيفيت")  # Arabic kaf and yeh
    assert shown(dialog) == ["کیفیت پایین است"]


def test_stats_columns_show_how_deals_fared(dialog, db, pipeline, stages, store):
    price = entries(db)["It is too expensive."].id
    with db.transaction() as s:
        ids = [
            deals.create_deal(
                s, pipeline_id=pipeline.id, stage_id=stages[stage].id, title=f"D{n}"
            ).id
            for n, stage in enumerate((0, 0, 1, 1))
        ]
        for deal_id in ids:
            objections.add_objection(s, deal_id, "Too expensive", library_id=price)
        objections.add_objection(s, ids[0], "Still too expensive", library_id=price)
        deals.win_deal(s, ids[0])
        deals.win_deal(s, ids[2])
        deals.lose_deal(s, ids[3], "Price")
    store.libraryChanged.emit()  # these writes bypassed the Store: reload as it would
    row = row_of(dialog, "It is too expensive.")
    assert dialog.proxy.index(row, RAISED).data() == "5"
    first, second = stages[0].name, stages[1].name
    assert dialog.proxy.index(row, STAGES).data() == f"{first} 3, {second} 2"
    assert dialog.proxy.index(row, WON).data() == "2 of 3 closed"
    # Sorted by the count, most raised first: numbers, not their text.
    dialog.table.sortByColumn(RAISED, Qt.SortOrder.DescendingOrder)
    assert shown(dialog)[0] == "It is too expensive."


def test_clicking_a_header_sorts(qtbot, dialog):
    header = dialog.table.horizontalHeader()
    x = header.sectionViewportPosition(TEXT) + header.sectionSize(TEXT) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorSection() == TEXT
    texts = shown(dialog)
    ordered = sorted(texts, key=cmp_to_key(QCollator(QLocale()).compare))
    assert texts == (ordered if header.sortIndicatorOrder() == ASCENDING else ordered[::-1])


def test_edit_and_save_changes_the_database(qtbot, dialog, db):
    click_row(qtbot, dialog, "It is too expensive.")
    assert dialog.category.currentText() == "Price"
    dialog.text.selectAll()
    qtbot.keyClicks(dialog.text, "  It costs too much.  ")
    dialog.answer.selectAll()
    qtbot.keyClicks(dialog.answer, "Show the value.")
    qtbot.keyClick(dialog.text, Qt.Key.Key_S, CTRL)
    saved = entries(db)
    assert "It is too expensive." not in saved
    assert saved["It costs too much."].answer == "Show the value."
    assert saved["It costs too much."].category == "Price"
    assert dialog.text.text() == "It costs too much."  # the stored, trimmed text
    assert "It costs too much." in shown(dialog)
    assert dialog.error.isHidden()


def test_empty_text_shows_the_error_and_saves_nothing(qtbot, dialog, db):
    before = {t: (e.category, e.answer) for t, e in entries(db).items()}
    click_row(qtbot, dialog, "It is too expensive.")
    dialog.text.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert "objection cannot be empty" in dialog.error.text()
    assert dialog.error.textFormat() == Qt.TextFormat.PlainText
    assert dialog.text.hasFocus()
    assert {t: (e.category, e.answer) for t, e in entries(db).items()} == before


def test_new_and_save_adds_an_entry(qtbot, dialog, db):
    click_row(qtbot, dialog, "It is too expensive.")
    qtbot.keyClick(dialog.table, Qt.Key.Key_N, CTRL)
    assert dialog.text.text() == "" and dialog.category.currentText() == ""
    assert not dialog.delete_button.isEnabled()
    qtbot.keyClicks(dialog.category, "Budget")
    qtbot.keyClicks(dialog.text, "We have no budget left this year.")
    qtbot.keyClicks(dialog.answer, "Ask when the next budget opens.")
    qtbot.keyClick(dialog.answer, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.answer, "Offer a pilot.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    entry = entries(db)["We have no budget left this year."]
    assert (entry.category, entry.language) == ("Budget", "en")
    row = row_of(dialog, "We have no budget left this year.")
    assert dialog.proxy.index(row, ANSWER).data() == "Ask when the next budget opens.…"
    assert dialog.table.currentIndex().row() == row  # the new entry is selected
    assert dialog.category.findText("Budget") >= 0
    # Saving again edits the same entry, not a second one.
    qtbot.keyClicks(dialog.text, " Really.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    texts = list(entries(db))
    assert "We have no budget left this year. Really." in texts
    assert "We have no budget left this year." not in texts


def test_delete_asks_and_deals_keep_their_text(qtbot, dialog, db, pipeline, stages, monkeypatch):
    price = entries(db)["It is too expensive."].id
    with db.transaction() as s:
        deal = deals.create_deal(s, pipeline_id=pipeline.id, stage_id=stages[0].id, title="D")
        objections.add_objection(s, deal.id, "Too pricey for us", library_id=price)
    asked: list[str] = []
    answer = [False]

    def confirm(parent, title, text) -> bool:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(msgbox, "question", confirm)
    click_row(qtbot, dialog, "It is too expensive.")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)  # declined: nothing happens
    assert "It is too expensive." in entries(db)
    assert "keep" in asked[0] and "It is too expensive." in asked[0]
    answer[0] = True
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert "It is too expensive." not in entries(db)
    assert "It is too expensive." not in shown(dialog)
    assert dialog.text.text() == "" and not dialog.delete_button.isEnabled()
    with db.transaction() as s:
        kept = s.exec(select(DealObjection).where(DealObjection.deal_id == deal.id)).one()
        assert (kept.text, kept.library_id) == ("Too pricey for us", None)


def test_delete_key_in_a_field_edits_text(qtbot, dialog, db, monkeypatch):
    monkeypatch.setattr(msgbox, "question", lambda *a: pytest.fail("asked to delete"))
    click_row(qtbot, dialog, "It is too expensive.")
    dialog.text.setFocus()
    dialog.text.home(False)
    qtbot.keyClick(dialog.text, Qt.Key.Key_Delete)
    assert dialog.text.text() == "t is too expensive."


def test_escape_closes_and_the_store_lets_go(qtbot, store):
    signal = QMetaMethod.fromSignal(store.libraryChanged)
    dlg = LibraryDialog(store)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert store.isSignalConnected(signal)
    qtbot.keyClick(dlg.search, Qt.Key.Key_Escape)
    assert not dlg.isVisible()
    dlg.deleteLater()
    qtbot.waitUntil(lambda: not store.isSignalConnected(signal))
    store.add_library_entry("Price", "Another one", "", "en")  # reaches no dead dialog
