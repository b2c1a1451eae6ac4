"""The main window: the board is home. Every action has a shortcut and sits in a menu."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QDate, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QDialog, QDockWidget, QMainWindow, QMenu, QStackedWidget, QWidget

from salesdesk import version
from salesdesk.core.errors import SalesDeskError
from salesdesk.ui import msgbox
from salesdesk.ui.backups.controller import BackupController
from salesdesk.ui.board.view import BoardView
from salesdesk.ui.commands import MoveCommand
from salesdesk.ui.exports import ExportController
from salesdesk.ui.imports.controller import ImportController
from salesdesk.ui.messages import tr_error
from salesdesk.ui.plain import TITLE_LIMIT, elide, isolate
from salesdesk.ui.playbooks import PlaybookController
from salesdesk.ui.preferences import Preferences, PreferencesDialog
from salesdesk.ui.store import Store

if TYPE_CHECKING:
    from salesdesk.ui.insights.view import InsightsView
    from salesdesk.ui.palette import SearchPalette
    from salesdesk.ui.people.view import PeopleView
    from salesdesk.ui.reminders import Reminders
    from salesdesk.ui.table.view import DealsTableView
    from salesdesk.ui.today.view import TodayView
    from salesdesk.ui.workspace.panel import DealWorkspace

Page = TypeVar("Page", bound=QWidget)

TODAY_SHOWN = "today/lastShown"  # QSettings: the date Today was last shown
REMINDERS_AFTER_MS = 1500  # the overdue summary waits until the window has settled


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: Store,
        settings: QSettings,
        parent: QWidget | None = None,
        language: str = "en",
        morning: bool = False,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.language = language
        self.undo_stack = QUndoStack(self)
        self.board = BoardView(store, self.undo_stack, self)
        self.board.openDeal.connect(self.open_deal)
        self.board.warnedElsewhere.connect(
            lambda text: self.statusBar().showMessage(
                self.tr("{warning} Ctrl+Z undoes the move.").format(warning=text), 15_000
            )
        )
        self.pages = QStackedWidget()
        self.pages.addWidget(self.board)
        self.setCentralWidget(self.pages)
        self._today: TodayView | None = None  # built when first shown
        self._insights: InsightsView | None = None  # built when first shown (QtCharts)
        self._table: DealsTableView | None = None  # built when first shown
        self._people: PeopleView | None = None  # built when first shown
        self._palette: SearchPalette | None = None  # built on the first Ctrl+K
        if morning:  # the first start of the day opens on Today, once the board is up
            self.board.firstPainted.connect(self.show_today)
        self.reminders: Reminders | None = None
        self.board.firstPainted.connect(
            lambda: QTimer.singleShot(REMINDERS_AFTER_MS, self.start_reminders)
        )
        self._workspace: DealWorkspace | None = None  # built on first use: it needs the ORM
        self.dock = QDockWidget(self.tr("Deal"), self)
        self.dock.setObjectName("dealWorkspace")
        # Beside the board on the trailing side: dock areas do not mirror themselves.
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        area = (
            Qt.DockWidgetArea.LeftDockWidgetArea if rtl else Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.addDockWidget(area, self.dock)
        self.dock.hide()
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.dock, self.focus_board)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.actions_by_name: dict[str, QAction] = {}
        self.importer = ImportController(self)
        self.exporter = ExportController(self)
        self.playbooks = PlaybookController(self)
        self.backups = BackupController(self)
        self._build_menus()
        self.board.firstPainted.connect(self.backups.start)
        store.pipelineChanged.connect(lambda _id: self.load())
        self.statusBar().showMessage(str(store.db.path))
        self.resize(1200, 760)
        geometry = settings.value("mainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("mainWindow/state")
        if state is not None:
            self.restoreState(state)
            self.dock.hide()  # its size is kept; it shows again with the next deal opened
        self.load()

    def load(self) -> None:
        pipeline = self.store.current_pipeline()
        if pipeline is None:
            self.setWindowTitle("SalesDesk")
            return
        name = isolate(elide(pipeline.name, TITLE_LIMIT))  # a pipeline name is typed text
        self.setWindowTitle(self.tr("SalesDesk — {name}").format(name=name))
        self.board.load(pipeline.id)
        self.board.select_first()
        QTimer.singleShot(500, Store.warm_up_in_background)  # after the first paint

    def _action(
        self,
        menu: QMenu,
        name: str,
        text: str,
        slot: Callable[[], object],
        *shortcuts: QKeySequence | QKeySequence.StandardKey | str,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.addAction(action)  # shortcuts work wherever the focus is in the window
        self.actions_by_name[name] = action
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.importer.add_actions(file_menu)
        file_menu.addSeparator()
        self.exporter.add_actions(file_menu)
        self.playbooks.add_actions(file_menu)
        file_menu.addSeparator()
        self.backups.add_actions(file_menu)
        file_menu.addSeparator()
        self._action(
            file_menu, "exportCalendar", self.tr("Export &calendar…"), self.export_calendar
        )
        self._action(
            file_menu,
            "exportDealCalendar",
            self.tr("Export the deal's ca&lendar…"),
            lambda: self.export_calendar(self.current_deal()),
        )
        file_menu.addSeparator()
        self._action(file_menu, "quit", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action, name in ((undo, "undo"), (redo, "redo")):
            action.setObjectName(name)
            edit.addAction(action)
            self.addAction(action)
            self.actions_by_name[name] = action
        edit.addSeparator()
        self._action(
            edit, "searchEverything", self.tr("&Search everything…"), self.search, "Ctrl+K"
        )
        self._action(
            edit,
            "find",
            self.tr("&Filter deals"),
            self.focus_filter,
            QKeySequence.StandardKey.Find,
        )
        edit.addSeparator()
        self._action(edit, "settings", self.tr("Se&ttings…"), self.open_settings, "Ctrl+,")

        deal = bar.addMenu(self.tr("&Deal"))
        self._action(
            deal, "new", self.tr("&New deal"), self.board.new_deal, QKeySequence.StandardKey.New
        )
        self._action(deal, "open", self.tr("&Open deal"), self._open_selected)
        self._action(deal, "logCall", self.tr("&Log a call or meeting…"), self.log_call, "Ctrl+L")
        deal.addSeparator()
        self._action(
            deal,
            "moveRight",
            self.tr("Move one stage &right"),
            lambda: self.board.move_selected_visual(1),
            "Ctrl+Shift+Right",
        )
        self._action(
            deal,
            "moveLeft",
            self.tr("Move one stage &left"),
            lambda: self.board.move_selected_visual(-1),
            "Ctrl+Shift+Left",
        )
        self._action(
            deal,
            "win",
            self.tr("Mark as &won"),
            lambda: self.close_selected("won"),
            "Ctrl+Shift+W",
        )
        self._action(
            deal,
            "lose",
            self.tr("Mark as &lost…"),
            lambda: self.close_selected("lost"),
            "Ctrl+Shift+L",
        )
        deal.addSeparator()
        self._policy_menu(deal)
        self._action(
            deal, "library", self.tr("Objection &library…"), self.open_library, "Ctrl+Shift+O"
        )
        deal.addSeparator()
        self._action(
            deal,
            "delete",
            self.tr("&Delete"),
            self.delete_selected,
            QKeySequence.StandardKey.Delete,
        )

        view = bar.addMenu(self.tr("&View"))
        self._action(view, "today", self.tr("&Today"), self.show_today, "Ctrl+T")
        self._action(view, "board", self.tr("&Board"), self.show_board, "Ctrl+B")
        self._action(view, "dealsTable", self.tr("&Deals table"), self.show_table, "Ctrl+D")
        self._action(
            view, "people", self.tr("&Organizations and contacts"), self.show_people, "Ctrl+P"
        )
        self._action(view, "insights", self.tr("&Insights"), self.show_insights, "Ctrl+G")
        view.addSeparator()
        self.playbooks.add_view_actions(view)
        toggle = self.dock.toggleViewAction()
        toggle.setText(self.tr("Deal &workspace"))
        toggle.setShortcut(QKeySequence("Ctrl+I"))
        view.addAction(toggle)
        self.addAction(toggle)
        self._action(
            view,
            "refresh",
            self.tr("&Refresh"),
            self.refresh,
            QKeySequence.StandardKey.Refresh,
        )
        for button in self.board.quick.values():
            action = QAction(button.text(), self)
            action.setCheckable(True)
            action.toggled.connect(button.setChecked)
            button.toggled.connect(action.setChecked)
            view.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, "about", self.tr("&About SalesDesk"), self._about)

    def _open_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.open_deal(ids[0])

    def _shown(self, page: Page | None) -> Page | None:
        """`page` when it is the page on screen (built and current), else None."""
        return page if page is not None and self.pages.currentWidget() is page else None

    def selected_ids(self) -> list[int]:
        """The deals chosen on the page shown: the table's selection or the board's
        (none on the organizations and contacts page: its rows are not deals)."""
        if (table := self._shown(self._table)) is not None:
            return table.selected_ids()
        return [] if self._shown(self._people) else self.board.selected_ids()

    def focus_filter(self) -> None:
        if (table := self._shown(self._table)) is not None:
            table.focus_filter()
        elif (people := self._shown(self._people)) is not None:
            people.focus_search()
        else:
            self.board.focus_filter()

    def close_selected(self, kind: str) -> None:
        """Marks the chosen deals won or lost (Lost asks why)."""
        stage_id = self.board.end_stage_id(kind)
        if (table := self._shown(self._table)) is not None:
            table.move_selected(stage_id)  # skips deals already there, keeps the selection
        elif ids := self.selected_ids():
            self.board.move_deals(ids, stage_id, None)

    def refresh(self) -> None:
        """F5: the board, and the table when it is the page shown."""
        self.board.model.reload()
        if (table := self._shown(self._table)) is not None:
            table.model.reload()

    def delete_selected(self) -> None:
        if (table := self._shown(self._table)) is not None:
            table.delete_selected()
        elif not self._shown(self._people):  # the hidden board's selection is not what the rep sees
            self.board.delete_selected()

    def _policy_menu(self, menu: QMenu) -> None:
        sub = menu.addMenu(self.tr("Unmet e&xit criteria"))
        group = QActionGroup(self)
        current = self.store.exit_policy()
        for key, text in (
            ("warn", self.tr("&Warn, then move")),
            ("block", self.tr("&Block the move")),
            ("off", self.tr("&Allow without a word")),
        ):
            action = QAction(text, self)
            action.setObjectName(f"policy-{key}")
            action.setCheckable(True)
            action.setChecked(key == current)
            action.triggered.connect(lambda _c=False, k=key: self.store.set_exit_policy(k))
            group.addAction(action)
            sub.addAction(action)
            self.actions_by_name[f"policy-{key}"] = action

    @property
    def workspace(self) -> DealWorkspace:
        if self._workspace is None:
            from salesdesk.ui.workspace.panel import DealWorkspace

            self._workspace = DealWorkspace(
                self.store,
                self.undo_stack,
                lambda deal_id, stage_id: self.board.move_deals([deal_id], stage_id, None),
                self.language,
            )
            self._workspace.logRequested.connect(self.log_call)
            self._workspace.statusRequested.connect(self.set_status)
            self.dock.setWidget(self._workspace)
        return self._workspace

    @property
    def today(self) -> TodayView:
        if self._today is None:
            from salesdesk.ui.today.view import TodayView

            self._today = TodayView(self.store, self.undo_stack)
            self._today.openDeal.connect(self.open_deal)
            self.pages.addWidget(self._today)
        return self._today

    @property
    def insights(self) -> InsightsView:
        if self._insights is None:
            from salesdesk.ui.insights.view import InsightsView

            self._insights = InsightsView(self.store, self.settings)
            self.pages.addWidget(self._insights)
        return self._insights

    @property
    def table(self) -> DealsTableView:
        if self._table is None:
            from salesdesk.ui.table.view import DealsTableView

            self._table = DealsTableView(
                self.store,
                self.undo_stack,
                self.settings,
                lambda ids, stage_id: self.board.move_deals(ids, stage_id, None),
                self.board.delete_deals,
            )
            self._table.openDeal.connect(self.open_deal)
            self.pages.addWidget(self._table)
            self._table.model.reload()
        return self._table

    @property
    def people(self) -> PeopleView:
        if self._people is None:
            from salesdesk.ui.people.view import PeopleView

            self._people = PeopleView(self.store, self.undo_stack)
            self._people.openDeal.connect(self.open_deal)
            self.pages.addWidget(self._people)
        return self._people

    def show_people(self) -> None:
        self.pages.setCurrentWidget(self.people)
        self.people.focus_search()

    def show_organization(self, org_id: int) -> None:
        self.show_people()
        self.people.show_organization(org_id)

    def show_contact(self, contact_id: int) -> None:
        self.show_people()
        self.people.show_contact(contact_id)

    @property
    def search_palette(self) -> SearchPalette:
        if self._palette is None:
            from salesdesk.ui.palette import SearchPalette

            def actions() -> list[QAction]:  # every menu action but the palette's own
                return [a for n, a in self.actions_by_name.items() if n != "searchEverything"]

            self._palette = SearchPalette(self.store, actions, self)
            self._palette.openDeal.connect(self.open_deal)
            self._palette.openOrganization.connect(self.show_organization)
            self._palette.openContact.connect(self.show_contact)
            self._palette.openLibraryEntry.connect(self.open_library)
        return self._palette

    def search(self) -> None:
        """Ctrl+K: one box for deals, organizations, contacts, notes, objections and actions."""
        self.search_palette.popup()

    def show_table(self) -> None:
        self.pages.setCurrentWidget(self.table)
        self.table.table.setFocus()

    def show_insights(self) -> None:
        self.pages.setCurrentWidget(self.insights)
        self.insights.periods.combo.setFocus()

    def show_today(self) -> None:
        self.pages.setCurrentWidget(self.today)
        self.today.tree.setFocus()
        self.settings.setValue(TODAY_SHOWN, QDate.currentDate().toString(Qt.DateFormat.ISODate))

    def start_reminders(self) -> None:
        if self.reminders is not None:
            return
        from salesdesk.ui.reminders import Reminders

        self.reminders = Reminders(self.store, self, self.undo_stack)
        self.reminders.openRequested.connect(self.show_follow_up)
        self.reminders.start()

    def show_follow_up(self, activity_id: int) -> None:
        """From a reminder: the window in front, Today showing, the follow-up selected."""
        self.bring_to_front()
        self.today.pending_select = activity_id
        self.show_today()
        self.today.reload()

    def show_board(self) -> None:
        self.pages.setCurrentWidget(self.board)
        self.focus_board()

    def open_deal(self, deal_id: int) -> None:
        first_time = not self.dock.isVisible() and self.settings.value("mainWindow/state") is None
        self.dock.show()
        if first_time:  # a third of the window: enough for the checklist to read well
            self.resizeDocks([self.dock], [max(420, self.width() // 3)], Qt.Orientation.Horizontal)
        self.workspace.open_deal(deal_id)
        self.workspace.tabs.setFocus()

    def focus_board(self) -> None:
        view = self.board.current_view()
        if view is not None:
            view.setFocus()

    def current_deal(self) -> int:
        """The deal an action is about: the workspace's when the rep is in it, else
        the selected card."""
        focus, workspace = self.focusWidget(), self._workspace
        in_workspace = workspace is not None and focus is not None and workspace.isAncestorOf(focus)
        if workspace is not None and in_workspace and workspace.deal_id:
            return workspace.deal_id
        if (today := self._shown(self._today)) is not None and (found := today.current()):
            return found[1].deal_id
        ids = self.selected_ids()
        return ids[0] if ids else (workspace.deal_id if workspace else 0)

    def log_call(self, deal_id: int = 0) -> bool:
        deal_id = deal_id or self.current_deal()
        if not deal_id:
            return False
        from salesdesk.ui.workspace.log_dialog import LogCallDialog

        if self._workspace is not None:
            self._workspace.flush()  # the dialog shows the answers typed so far
        try:
            dialog = LogCallDialog(self.store, deal_id, self.language, self)
        except SalesDeskError as exc:
            msgbox.error(self, self.tr("Cannot log a call"), tr_error(exc))
            return False
        saved = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return saved

    def set_status(self, deal_id: int, status: str) -> None:
        if status in ("won", "lost"):
            self.board.move_deals([deal_id], self.board.end_stage_id(status), None)
            return
        try:
            moves = self.store.reopen_deal(deal_id)
        except SalesDeskError as exc:
            msgbox.error(self, self.tr("The deal was not reopened"), tr_error(exc))
            return
        self.undo_stack.push(MoveCommand(self.store, moves, self.tr("Reopen deal")))

    def export_calendar(self, deal_id: int | None = None) -> Path | None:
        """Follow-ups and planned meetings as an .ics file, for all deals or one."""
        from PySide6.QtWidgets import QFileDialog

        from salesdesk.core.io import ics

        if deal_id == 0:
            return None  # no deal selected
        default = Path.home() / ("salesdesk.ics" if deal_id is None else f"deal-{deal_id}.ics")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export calendar"), str(default), self.tr("Calendar (*.ics)")
        )
        if not name:
            return None
        path = Path(name)
        try:
            with self.store.db.sql() as conn:
                events = ics.write(path, ics.calendar(conn, deal_id))
        except OSError as exc:
            msgbox.error(
                self,
                self.tr("The calendar was not saved"),
                self.tr("{path} could not be written: {reason}").format(
                    path=path, reason=exc.strerror or exc
                ),
            )
            return None
        self.statusBar().showMessage(
            self.tr("%Ln event(s) written to {path}", "", events).format(path=path), 10_000
        )
        return path

    def open_library(self, entry_id: int = 0) -> None:
        from salesdesk.ui.library import LibraryDialog

        dialog = LibraryDialog(self.store, self.language, self)
        if entry_id:
            dialog.select_entry(entry_id)
        dialog.exec()
        dialog.deleteLater()

    def bring_to_front(self) -> None:
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def open_settings(self) -> None:
        current = Preferences.read(self.settings)
        dialog = PreferencesDialog(current, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() == current:
            return
        dialog.chosen().write(self.settings)
        msgbox.information(
            self,
            self.tr("Settings"),
            self.tr("SalesDesk will use the new language and calendar the next time it starts."),
        )

    def _about(self) -> None:
        msgbox.information(
            self,
            self.tr("About SalesDesk"),
            self.tr("SalesDesk {version}\nYour pipeline, on your laptop, offline.").format(
                version=version()
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._workspace is not None:
            self._workspace.flush()  # closing mid-edit loses nothing
        self.settings.setValue("mainWindow/geometry", self.saveGeometry())
        self.settings.setValue("mainWindow/state", self.saveState())
        super().closeEvent(event)
        if event.isAccepted():
            self.backups.at_exit()
