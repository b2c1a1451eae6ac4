"""The organizations and contacts page: two searchable lists (tabs), the detail of
what is chosen beside them, and New organization, New contact, Edit (F2) and
Merge duplicates… Lists are read on a worker and filtered in memory; the page
follows the Store's signals, once shown (while hidden it only notes it is stale).

Public API for the main window: openDeal(int), show_organization(id),
show_contact(id), focus_search(), reload()."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core.errors import NotFoundError, SalesDeskError
from salesdesk.core.services.people import PeopleLists
from salesdesk.ui.messages import tr_error
from salesdesk.ui.people.detail import ContactPane, OrganizationPane
from salesdesk.ui.people.editing import CONTACTS, ORGS, PeopleEditing
from salesdesk.ui.people.list_page import ListPage
from salesdesk.ui.people.lists import ContactListModel, OrgListModel
from salesdesk.ui.people.loader import PeopleLoader
from salesdesk.ui.plain import plain_label
from salesdesk.ui.store import Store

REFRESH_MS = 300  # changes come in bursts (an import, an undo): read once after


class PeopleView(PeopleEditing):
    openDeal = Signal(int)

    def __init__(self, store: Store, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.undo = store, undo
        self.lists: PeopleLists | None = None
        self.current: tuple[str, int] | None = None  # what the detail pane shows
        self._stale = True  # read again when next shown
        self._selecting = False  # a selection made in code does not re-read the detail

        self.orgs = OrgListModel(self)
        self.contacts = ContactListModel(self)
        self.org_page = ListPage(self.orgs, "org", self.tr("Name, in any script or spelling"))
        self.contact_page = ListPage(
            self.contacts, "contact", self.tr("Name, organization, role, email or phone")
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.org_page, self.tr("Or&ganizations"))
        self.tabs.addTab(self.contact_page, self.tr("Co&ntacts"))
        self.tabs.currentChanged.connect(self._tab_changed)
        for kind, page in ((ORGS, self.org_page), (CONTACTS, self.contact_page)):
            page.search.textChanged.connect(lambda text, k=kind: self._search(k, text))
            page.view.selectionModel().currentRowChanged.connect(
                lambda current, _previous, k=kind: self._row_chosen(k, current)
            )
            page.view.activated.connect(lambda _index: self._focus_detail())
            page.view.customContextMenuRequested.connect(
                lambda pos, k=kind: self._list_menu(k, pos)
            )

        self.new_org_button = QPushButton(self.tr("Ne&w organization…"))
        self.new_org_button.clicked.connect(self.new_organization)
        self.new_contact_button = QPushButton(self.tr("New conta&ct…"))
        self.new_contact_button.clicked.connect(lambda: self.new_contact())  # not `checked`
        self.edit_button = QPushButton(self.tr("Ed&it… (F2)"))
        self.edit_button.clicked.connect(self.edit)
        self.merge_button = QPushButton(self.tr("&Merge duplicates…"))
        self.merge_button.clicked.connect(self.merge_duplicates)
        for button in (
            self.new_org_button,
            self.new_contact_button,
            self.edit_button,
            self.merge_button,
        ):
            button.setAutoDefault(False)
        shortcut = QShortcut(QKeySequence("F2"), self, self.edit)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.org_pane = OrganizationPane()
        self.contact_pane = ContactPane()
        for pane in (self.org_pane, self.contact_pane):
            pane.openDeal.connect(self.openDeal)
        self.org_pane.openContact.connect(self.show_contact)
        self.contact_pane.openOrganization.connect(self.show_organization)
        self.placeholder = plain_label()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setEnabled(False)
        self.detail = QStackedWidget()
        for widget in (self.placeholder, self.org_pane, self.contact_pane):
            self.detail.addWidget(widget)

        left = QWidget()
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_org_button)
        buttons.addWidget(self.new_contact_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.tabs, 1)
        column.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)  # mirrors in right-to-left
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.loader = PeopleLoader(lambda: self.store.db, self)
        self.loader.ready.connect(self.show_lists)
        self.loader.failed.connect(self._failed)
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self.reload)
        for signal in (
            store.peopleChanged,
            store.dataChanged,
            store.dealAdded,
            store.dealChanged,
            store.dealMoved,
            store.dealRemoved,
            store.activityLogged,
        ):
            signal.connect(self._changed)
        self._show_placeholder(self.tr("Reading organizations and contacts…"))
        self._update_buttons()

    # --- public -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Reads both lists again (on a worker) and the detail shown."""
        self._refresh.stop()
        self._stale = False
        self.loader.request()
        self._refresh_detail()

    def reload_now(self) -> None:
        """The same on this thread (tests)."""
        self._refresh.stop()
        self._stale = False
        self.show_lists(self.loader.load_now())
        self._refresh_detail()

    def focus_search(self) -> None:
        page = self._page()
        page.search.setFocus()
        page.search.selectAll()

    def show_organization(self, org_id: int) -> None:
        self._show(ORGS, org_id)

    def show_contact(self, contact_id: int) -> None:
        self._show(CONTACTS, contact_id)

    # --- keeping current ------------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        if self.isVisible():
            self._refresh.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def event(self, event: QEvent) -> bool:
        # Delete is the window's "delete the selected deals": never from this page.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Delete)
        ):
            event.accept()
            return True
        return super().event(event)

    def show_lists(self, lists: PeopleLists) -> None:
        self.lists = lists
        for kind, page, rows, keys in (
            (ORGS, self.org_page, lists.orgs, lists.org_keys),
            (CONTACTS, self.contact_page, lists.contacts, lists.contact_keys),
        ):
            keep = self.current[1] if self.current and self.current[0] == kind else None
            keep = keep or page.model.id_at(page.view.currentIndex().row())
            page.model.set_rows(rows, keys)
            self._select_row(page, keep)
        self._update_counts()
        if self.current is None:
            self._choose_first()

    def _failed(self, error: str) -> None:
        self._show_placeholder(self.tr("The lists could not be read: {error}").format(error=error))

    # --- lists ----------------------------------------------------------------------------------

    def _page(self, kind: str | None = None) -> ListPage:
        if kind is None:
            return self.org_page if self.tabs.currentIndex() == 0 else self.contact_page
        return self.org_page if kind == ORGS else self.contact_page

    def _kind(self) -> str:
        return ORGS if self.tabs.currentIndex() == 0 else CONTACTS

    def _search(self, kind: str, text: str) -> None:
        page = self._page(kind)
        if not page.model.set_query(text):
            return
        shown = self.current[1] if self.current and self.current[0] == kind else 0
        if not self._select_row(page, shown) and page.model.rowCount():
            page.view.setCurrentIndex(page.model.index(0, 0))  # the best match, shown
        self._update_counts()

    def _select_row(self, page: ListPage, ident: int | None) -> bool:
        """Selects the row of `ident` without re-reading the detail; False when absent."""
        row = page.model.row_of(ident) if ident else -1
        if row < 0:
            return False
        self._selecting = True
        try:
            index = page.model.index(row, 0)
            page.view.setCurrentIndex(index)
            page.view.scrollTo(index)
        finally:
            self._selecting = False
        return True

    def _row_chosen(self, kind: str, index: QModelIndex) -> None:
        if self._selecting or not index.isValid():
            return
        ident = self._page(kind).model.id_at(index.row())
        if ident and self.current != (kind, ident):
            self._show_detail(kind, ident)

    def _tab_changed(self, _index: int) -> None:
        page = self._page()
        ident = page.model.id_at(page.view.currentIndex().row())
        if ident:
            self._show_detail(self._kind(), ident)
        elif page.model.rowCount():
            page.view.setCurrentIndex(page.model.index(0, 0))
        else:
            self._show_placeholder(self._empty_text())
        self._update_buttons()

    def _choose_first(self) -> None:
        page = self._page()
        if page.model.rowCount():
            page.view.setCurrentIndex(page.model.index(0, 0))
        else:
            self._show_placeholder(self._empty_text())

    def _empty_text(self) -> str:
        if self._kind() == ORGS:
            return self.tr("No organizations yet: New organization adds one, and so does a deal.")
        return self.tr("No contacts yet: New contact adds one.")

    def _update_counts(self) -> None:
        loc = QLocale()
        for page, what in (
            (self.org_page, self.tr("%Ln organization(s)", "", len(self.orgs.rows))),
            (self.contact_page, self.tr("%Ln contact(s)", "", len(self.contacts.rows))),
        ):
            shown, total = page.model.rowCount(), len(page.model.rows)
            page.count.setText(
                what
                if shown == total
                else self.tr("{shown} of {all}").format(shown=loc.toString(shown), all=what)
            )

    def _show(self, kind: str, ident: int) -> None:
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(0 if kind == ORGS else 1)
        self.tabs.blockSignals(False)
        page = self._page(kind)
        if page.model.rows and page.model.row_of(ident) < 0 and page.model.item(ident):
            page.search.clear()  # it is there, but the search hides it
        self._select_row(page, ident)
        self._show_detail(kind, ident)
        self._update_buttons()

    # --- the detail -----------------------------------------------------------------------------

    def _show_detail(self, kind: str, ident: int) -> None:
        try:
            if kind == ORGS:
                self.org_pane.show_detail(self.store.organization_detail(ident))
                self.detail.setCurrentWidget(self.org_pane)
            else:
                self.contact_pane.show_detail(self.store.contact_detail(ident))
                self.detail.setCurrentWidget(self.contact_pane)
        except NotFoundError:
            self.current = None
            self._show_placeholder(self.tr("It no longer exists (merged or undone)."))
            return
        except SalesDeskError as exc:
            self.current = None
            self._show_placeholder(tr_error(exc))
            return
        self.current = (kind, ident)
        self._update_buttons()

    def _refresh_detail(self) -> None:
        if self.current is not None:
            self._show_detail(*self.current)

    def _show_placeholder(self, text: str) -> None:
        self.placeholder.setText(text)
        self.detail.setCurrentWidget(self.placeholder)
        self._update_buttons()

    def _focus_detail(self) -> None:
        pane = self.detail.currentWidget()
        if pane is self.org_pane:
            tab = self.org_pane.tabs.currentWidget()
            target = tab.findChild(QTreeView) if tab is not None else None
            (target or tab or pane).setFocus()
        elif pane is self.contact_pane:
            self.contact_pane.deals.tree.setFocus()

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.current is not None)

    # --- create and edit ------------------------------------------------------------------------
