"""The organizations and contacts page, driven through its widgets over a real
database: lists and details show what the database holds, search in any script,
forms refuse bad input and save nothing, merging through the dialog keeps every
deal and contact (undo restores), and phone and email open the system's handler."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QKeyEvent, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlmodel import func, select

from salesdesk.core.models import Contact, Deal, Organization
from salesdesk.core.services import activities, deals
from salesdesk.ui import msgbox
from salesdesk.ui.people.dialogs import ContactDialog, OrganizationDialog
from salesdesk.ui.people.merge import MergeDialog
from salesdesk.ui.people.view import PeopleView
from salesdesk.ui.store import Store
from tests.helpers import drive_modal
from tests.people_helpers import add_contact, add_deal, add_org

LEFT = Qt.MouseButton.LeftButton


def _state(db) -> dict:
    with db.transaction() as s:
        return {
            "orgs": sorted((o.id, o.name) for o in s.exec(select(Organization))),
            "deals": sorted((d.id, d.organization_id, d.contact_id) for d in s.exec(select(Deal))),
            "contacts": sorted(
                (c.id, c.organization_id, c.name, c.role, c.phone, c.email)
                for c in s.exec(select(Contact))
            ),
        }


def type_text(widget, text: str) -> None:
    """Types the way an input method delivers text: QTest's keyClicks knows ASCII only."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def listed(model) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


@pytest.fixture
def world(db, pipeline, stages) -> dict[str, int]:
    persian = add_org(db, "شرکت نمونه")
    akki = add_org(db, "Äkki Oy")
    reza = add_contact(db, "Reza Karimi", persian, role="CEO", phone="+98 21 1234 5678")
    anna = add_contact(
        db, "Anna Virtanen", akki, role="CFO", phone="+358 40 123 4567", email="anna@example.com"
    )
    ids = {
        "open": add_deal(db, pipeline, stages[0], "Open EUR", persian, reza, 100_00),
        "usd": add_deal(db, pipeline, stages[1], "Open USD", persian, reza, 250_00, "USD"),
        "won": add_deal(db, pipeline, stages[0], "Won EUR", persian, None, 1000_00),
        "anna_deal": add_deal(db, pipeline, stages[0], "Anna's deal", akki, anna, 5_00),
    }
    with db.transaction() as s:
        deals.win_deal(s, ids["won"])
    return {"persian": persian, "akki": akki, "reza": reza, "anna": anna, **ids}


@pytest.fixture
def undo() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def view(qtbot, db, pipeline, world, undo) -> Iterator[PeopleView]:
    page = PeopleView(Store(db), undo)
    qtbot.addWidget(page)
    page.resize(1100, 650)
    with qtbot.waitSignal(page.loader.ready, timeout=5000):
        page.show()  # the first show reads the lists on the worker
    qtbot.waitExposed(page)
    yield page
    page.close()


def test_models_are_sound(view, qtmodeltester):
    qtmodeltester.check(view.orgs)
    qtmodeltester.check(view.contacts)
    view.org_page.search.setText("oy")
    qtmodeltester.check(view.orgs)


def test_lists_and_details_show_the_database(view, db, world, qtbot):
    assert sorted(listed(view.orgs)) == sorted(["شرکت نمونه", "Äkki Oy"])
    assert listed(view.contacts) == ["Anna Virtanen", "Reza Karimi"]
    assert view.org_page.count.text() == "2 organizations"

    view.show_organization(world["persian"])
    pane = view.org_pane
    assert view.detail.currentWidget() is pane and pane.heading.text() == "شرکت نمونه"
    assert pane.totals["open"].text() == "2 deals · €100.00; $250.00"
    assert pane.totals["won"].text() == "1 deal · €1,000.00"
    assert pane.totals["lost"].text() == "0 deals"
    with db.transaction() as s:
        own = {
            d.title for d in s.exec(select(Deal).where(Deal.organization_id == world["persian"]))
        }
    shown = {pane.deals.model.item(r, 0).text() for r in range(pane.deals.model.rowCount())}
    assert shown == own
    assert [pane.contact_model.item(r, 0).text() for r in range(pane.contact_model.rowCount())] == [
        "Reza Karimi"
    ]

    # Enter on a deal in the detail opens it.
    pane.tabs.setCurrentWidget(pane.deals)
    tree = pane.deals.tree
    row = next(
        r
        for r in range(pane.deals.model.rowCount())
        if pane.deals.model.item(r, 0).text() == "Open USD"
    )
    tree.setCurrentIndex(pane.deals.model.index(row, 0))
    tree.setFocus()
    with qtbot.waitSignal(view.openDeal, timeout=1000) as opened:
        QTest.keyClick(tree, Qt.Key.Key_Return)
    assert opened.args == [world["usd"]]

    # A contact from the organization's list: its detail, with the deals they are on.
    with qtbot.waitSignal(pane.openContact) as chosen:
        pane.contacts.setCurrentIndex(pane.contact_model.index(0, 0))
        pane.contacts.doubleClicked.emit(pane.contact_model.index(0, 0))
        pane.contacts.activated.emit(pane.contact_model.index(0, 0))
    assert chosen.args == [world["reza"]]
    assert view.current == ("contact", world["reza"])
    assert view.contact_pane.heading.text() == "Reza Karimi"
    assert view.contact_pane.role.text() == "CEO"
    deal_titles = {
        view.contact_pane.deals.model.item(r, 0).text()
        for r in range(view.contact_pane.deals.model.rowCount())
    }
    assert deal_titles == {"Open EUR", "Open USD"}
    assert view.tabs.currentWidget() is view.contact_page


def test_last_reached_is_shown(view, db, world):
    from datetime import UTC, datetime, timedelta

    with db.transaction() as s:
        activities.log_activity(
            s, world["usd"], "call", at=datetime.now(UTC) - timedelta(days=1), outcome="reached"
        )
    view.show_contact(world["reza"])
    assert (
        "Call" in view.contact_pane.reached.text()
        and "Open USD" in view.contact_pane.reached.text()
    )
    view.show_contact(world["anna"])
    assert view.contact_pane.reached.text().startswith("Not yet")


@pytest.mark.parametrize(
    "query", ["شركت", "شرکت", "نمونة", "\u0634\u0631\u0643\u062a \u0646\u0645\u0648\u0646\u0647"]
)
def test_search_finds_persian_and_arabic_spellings(view, query):
    view.org_page.search.setFocus()
    type_text(view.org_page.search, query)
    assert listed(view.orgs) == ["شرکت نمونه"]
    assert view.org_page.count.text() == "1 of 2 organizations"
    assert view.current is not None and view.org_pane.heading.text() == "شرکت نمونه"


def test_contact_search_by_organization_phone_and_role(view):
    view.tabs.setCurrentWidget(view.contact_page)
    search = view.contact_page.search
    for query, expected in (
        ("شركت", ["Reza Karimi"]),
        ("401234567", ["Anna Virtanen"]),
        ("cfo", ["Anna Virtanen"]),
        ("ÄKKI", ["Anna Virtanen"]),
        ("", ["Anna Virtanen", "Reza Karimi"]),
    ):
        search.setText(query)
        assert listed(view.contacts) == expected, query


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_new_organization_refuses_bad_input_and_saves_nothing(view, db, undo, monkeypatch):
    before = _state(db)
    asked: list[str] = []
    monkeypatch.setattr(msgbox, "question", lambda parent, title, text: asked.append(text) or False)
    seen: dict = {}

    def fill(dialog: OrganizationDialog) -> None:
        for bad in ("   ", "x" * 301):
            dialog.name.setText(bad)
            _ok(dialog)
            assert dialog.isVisible() and dialog.error.isVisible()
            assert _state(db) == before
        dialog.name.setText("AKKI  oy")  # the same name as "Äkki Oy": asked, No
        _ok(dialog)
        assert asked and "Äkki Oy" in asked[0]
        assert dialog.isVisible() and _state(db) == before
        dialog.name.setText("  Borealis Ab ")
        _ok(dialog)
        seen["closed"] = not dialog.isVisible()

    drive_modal(OrganizationDialog, fill, seen)
    view.new_org_button.click()
    assert "error" not in seen, seen.get("error")
    assert seen["closed"]
    after = _state(db)
    added = [o for o in after["orgs"] if o not in before["orgs"]]
    assert [name for _, name in added] == ["Borealis Ab"]
    assert view.current == ("org", added[0][0]) and view.org_pane.heading.text() == "Borealis Ab"
    undo.undo()
    assert _state(db) == before
    undo.redo()
    assert _state(db) == after  # the same row, the same id


def test_duplicate_name_saved_when_the_rep_says_yes(view, db, monkeypatch):
    monkeypatch.setattr(msgbox, "question", lambda parent, title, text: True)
    seen: dict = {}

    def fill(dialog: OrganizationDialog) -> None:
        dialog.name.setText("äkki OY")
        _ok(dialog)

    drive_modal(OrganizationDialog, fill, seen)
    view.new_organization()
    assert "error" not in seen, seen.get("error")
    names = [n for _, n in _state(db)["orgs"]]
    assert sorted(names) == sorted(["شرکت نمونه", "Äkki Oy", "äkki OY"])


def test_edit_contact_refuses_bad_input_then_saves_with_undo(view, db, world, undo, qtbot):
    view.show_contact(world["anna"])
    before = _state(db)
    seen: dict = {}

    def fill(dialog: ContactDialog) -> None:
        for field, bad in (
            ("email", "anna-at-example"),
            ("phone", "soon"),
            ("name", " "),
            ("organization", "No Such Company"),
        ):
            good = dialog.inputs[field].text()
            dialog.inputs[field].setText(bad)
            _ok(dialog)
            assert dialog.isVisible() and dialog.error.isVisible(), field
            assert dialog.focusWidget() is dialog.inputs[field], field  # where the fault is
            assert _state(db) == before
            dialog.inputs[field].setText(good)
        dialog.inputs["role"].setText("Chief financial officer")
        dialog.inputs["phone"].setText("+358 (40) 765-4321")
        dialog.inputs["organization"].setText("شركت نمونه")  # a variant spelling finds it
        _ok(dialog)

    drive_modal(ContactDialog, fill, seen)
    QTest.keyClick(view.contact_page.view, Qt.Key.Key_F2)  # F2 edits what is shown
    assert "error" not in seen, seen.get("error")
    with db.transaction() as s:
        anna = s.get(Contact, world["anna"])
        assert (anna.role, anna.phone, anna.organization_id) == (
            "Chief financial officer",
            "+358 (40) 765-4321",
            world["persian"],
        )
    assert view.contact_pane.role.text() == "Chief financial officer"
    # Her deal stays at its organization.
    assert _state(db)["deals"] == before["deals"]
    undo.undo()
    assert _state(db) == before
    qtbot.waitUntil(lambda: view.contact_pane.role.text() == "CFO", timeout=2000)


def test_new_contact_at_the_organization_shown(view, db, world, undo):
    view.show_organization(world["akki"])
    before = _state(db)
    seen: dict = {}

    def fill(dialog: ContactDialog) -> None:
        assert dialog.inputs["organization"].text() == "Äkki Oy"
        dialog.inputs["name"].setText("Mika")
        dialog.inputs["email"].setText("mika@example.fi")
        _ok(dialog)

    drive_modal(ContactDialog, fill, seen)
    view.new_contact_button.click()
    assert "error" not in seen, seen.get("error")
    with db.transaction() as s:
        mika = s.exec(select(Contact).where(Contact.name == "Mika")).one()
    assert (mika.organization_id, mika.email) == (world["akki"], "mika@example.fi")
    assert view.current == ("contact", mika.id)
    undo.undo()
    assert _state(db) == before


def test_merge_dialog_keeps_every_deal_and_contact_and_undo_restores(
    view, db, pipeline, stages, world, undo, qtbot
):
    dup = add_org(db, "AKKI  OY")  # from an import: newer than "Äkki Oy"
    pekka = add_contact(db, "Pekka", dup)
    anna_too = add_contact(db, "Anna Virtanen", dup)  # maybe the same person: both kept
    moved = [add_deal(db, pipeline, stages[0], f"Import {i}", dup, pekka) for i in range(3)]
    moved.append(add_deal(db, pipeline, stages[1], "Anna again", dup, anna_too))
    before = _state(db)
    seen: dict = {}

    def merge(dialog: MergeDialog) -> None:
        qtbot.waitUntil(lambda: dialog.group_list.count() == 1, timeout=5000)
        assert dialog.keep.currentData() == world["akki"]  # the oldest, by default
        assert dialog.chosen() == (world["akki"], [dup])
        dialog.merge_button.click()
        assert dialog.group_list.count() == 0
        seen["merged"] = list(dialog.merged)

    drive_modal(MergeDialog, merge, seen)
    view.merge_button.click()
    assert "error" not in seen, seen.get("error")
    assert seen["merged"] == [world["akki"]]
    after = _state(db)
    assert [o for o, _ in after["orgs"]] == sorted([world["persian"], world["akki"]])
    # Every deal kept, with its contact; the import's now at the kept organization.
    assert [(d, c) for d, _, c in after["deals"]] == [(d, c) for d, _, c in before["deals"]]
    assert all(org == world["akki"] for d, org, _ in after["deals"] if d in moved)
    assert [c[0] for c in after["contacts"]] == [c[0] for c in before["contacts"]]
    assert {c[1] for c in after["contacts"] if c[0] in (pekka, anna_too)} == {world["akki"]}
    assert view.current == ("org", world["akki"])
    assert view.org_pane.totals["open"].text().startswith("5 deals")
    assert undo.count() == 1
    undo.undo()
    assert _state(db) == before
    undo.redo()
    assert _state(db) == after


def test_merge_choosing_which_to_keep_and_leaving_one_out(view, db, world, qtbot, undo):
    second = add_org(db, "äkki oy")
    third = add_org(db, "ÄKKI OY")
    seen: dict = {}

    def merge(dialog: MergeDialog) -> None:
        qtbot.waitUntil(lambda: dialog.group_list.count() == 1, timeout=5000)
        dialog.keep.setCurrentIndex(dialog.keep.findData(third))
        for n in range(dialog.members.topLevelItemCount()):
            item = dialog.members.topLevelItem(n)
            if item.data(0, Qt.ItemDataRole.UserRole + 1) == world["akki"]:
                item.setCheckState(0, Qt.CheckState.Unchecked)
        assert dialog.chosen() == (third, [second])
        dialog.merge_button.click()
        # Two remain with the same name: still a group, the kept one's figures summed.
        assert dialog.group_list.count() == 1

    drive_modal(MergeDialog, merge, seen)
    view.merge_duplicates()
    assert "error" not in seen, seen.get("error")
    ids = [o for o, _ in _state(db)["orgs"]]
    assert third in ids and world["akki"] in ids and second not in ids


class _Catcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def capture(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def handlers() -> Iterator[_Catcher]:
    catcher = _Catcher()
    for scheme in ("tel", "mailto"):
        QDesktopServices.setUrlHandler(scheme, catcher, "capture")
    try:
        yield catcher
    finally:
        for scheme in ("tel", "mailto"):
            QDesktopServices.unsetUrlHandler(scheme)


def test_phone_and_email_open_the_system_handler(view, world, handlers, qtbot):
    view.show_contact(world["anna"])
    pane = view.contact_pane
    # Shown as typed, kept left to right in a right-to-left layout too.
    assert pane.email.text() == "\u2066anna@example.com\u2069"
    assert pane.phone.text() == "\u2066+358 40 123 4567\u2069"
    qtbot.mouseClick(pane.email, LEFT)
    qtbot.mouseClick(pane.phone, LEFT)
    assert handlers.urls == ["mailto:anna@example.com", "tel:+358401234567"]
    # No email: nothing to click.
    view.show_contact(world["reza"])
    assert not pane.email.isEnabled()
    qtbot.mouseClick(pane.email, LEFT)
    assert handlers.urls == ["mailto:anna@example.com", "tel:+358401234567"]


def test_follows_changes_while_shown_and_catches_up_when_shown_again(view, db, qtbot):
    store = view.store
    store.create_organization("Lumo Oy")
    qtbot.waitUntil(lambda: "Lumo Oy" in listed(view.orgs), timeout=3000)
    view.hide()
    store.create_organization("Saimaa Oy")
    qtbot.wait(400)  # longer than the refresh delay: a hidden page does not read
    assert "Saimaa Oy" not in listed(view.orgs)
    with qtbot.waitSignal(view.loader.ready, timeout=3000):
        view.show()
    assert "Saimaa Oy" in listed(view.orgs)


def test_delete_key_never_deletes_deals_from_this_page(window, db, qtbot):
    def count() -> int:
        with db.transaction() as s:
            return s.exec(select(func.count()).select_from(Deal)).one()

    page = PeopleView(window.store, window.undo_stack)
    window.pages.addWidget(page)
    with qtbot.waitSignal(page.loader.ready, timeout=5000):
        window.pages.setCurrentWidget(page)
    add_org(db, "Focus Oy")
    page.reload_now()
    assert window.board.selected_ids()  # the board still has a selection Delete would take
    before = count()
    for widget in (page.org_page.view, page.edit_button):
        widget.setFocus()
        QTest.keyClick(widget, Qt.Key.Key_Delete)
    assert count() == before


def test_public_api_keys_and_right_to_left(view, world, qtbot):
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.focus_search()
    assert view.org_page.search.hasFocus()
    QTest.keyClick(view.org_page.search, Qt.Key.Key_Down)  # on to the list
    assert view.org_page.view.hasFocus()
    alt = Qt.KeyboardModifier.AltModifier
    QTest.keyClick(view, Qt.Key.Key_R, alt)  # Sea&rch
    assert view.org_page.search.hasFocus()
    QTest.keyClick(view, Qt.Key.Key_N, alt)  # Co&ntacts
    assert view.tabs.currentWidget() is view.contact_page
    QTest.keyClick(view, Qt.Key.Key_R, alt)  # the search of the tab shown
    assert view.contact_page.search.hasFocus()
    QTest.keyClick(view, Qt.Key.Key_G, alt)  # Or&ganizations
    assert view.tabs.currentWidget() is view.org_page
    QTest.keyClick(view, Qt.Key.Key_Y, alt)  # the organization's Activit&y
    assert view.org_pane.tabs.currentIndex() == 2
    QTest.keyClick(view, Qt.Key.Key_L, alt)  # its Dea&ls
    assert view.org_pane.tabs.currentWidget() is view.org_pane.deals
    view.show_contact(world["anna"])
    view.focus_search()
    assert view.contact_page.search.hasFocus()
    view.show_organization(world["akki"])
    assert view.tabs.currentWidget() is view.org_page
    assert view.orgs.id_at(view.org_page.view.currentIndex().row()) == world["akki"]
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.waitUntil(lambda: view.detail.x() < view.tabs.parentWidget().x())
    view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_empty_database_says_how_to_start(qtbot, db, pipeline):
    page = PeopleView(Store(db), QUndoStack())
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loader.ready, timeout=5000):
        page.show()
    assert page.detail.currentWidget() is page.placeholder
    assert page.placeholder.text().startswith("No organizations yet")
    assert not page.edit_button.isEnabled()
    page.tabs.setCurrentWidget(page.contact_page)
    assert page.placeholder.text().startswith("No contacts yet")


def test_sorting_keeps_the_shown_organization_highlighted(window, qtbot):
    for name in ("Alpha", "Beta", "Gamma"):
        window.store.create_organization(name)
    window.actions_by_name["people"].trigger()
    view = window.people
    view.reload_now()
    page = view.org_page
    alpha = next(r.id for r in view.orgs.rows if r.name == "Alpha")
    view.show_organization(alpha)
    page.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert page.model.id_at(page.view.currentIndex().row()) == alpha == view.current[1]
