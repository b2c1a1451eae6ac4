"""The deals table page: every deal of the pipeline, open, won and lost, with the
board's filter box and quick filters, a status chooser, remembered columns, and
bulk changes on the selection (stage, expected close, reopen, delete, export)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core.errors import SalesDeskError
from salesdesk.ui import msgbox
from salesdesk.ui.board.filter_bar import FilterBar
from salesdesk.ui.commands import BulkEditCommand, MoveCommand
from salesdesk.ui.messages import tr_error
from salesdesk.ui.plain import isolate
from salesdesk.ui.store import Store
from salesdesk.ui.table.model import HIDDEN_BY_DEFAULT, KEYS, DealTableModel

HEADER_KEY = "dealsTable/header"  # QSettings: column choice, order, widths and sort
STATUS_KEY = "dealsTable/status"  # QSettings: the status chooser's choice
ASK_OVER = 1000  # deals: a bulk change this big asks first (about 5 ms a deal, measured)

MoveDeals = Callable[[list[int], int], bool]  # ids, stage id -> moved (asks, gates, undo)
DeleteDeals = Callable[[list[int]], bool]


class DealsTableView(QWidget):
    openDeal = Signal(int)

    def __init__(
        self,
        store: Store,
        undo: QUndoStack,
        settings: QSettings,
        move: MoveDeals,
        delete: DeleteDeals,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.undo, self.settings = store, undo, settings
        self._move, self._delete = move, delete
        self.model = DealTableModel(store, self)
        self.model.countsChanged.connect(self._show_count)
        self.model.loaded.connect(self._show_count)
        self.model.failed.connect(self._failed)

        bar = FilterBar("tableFilter", self.model.set_query, self.model.set_quick_filter)
        self.filter, self.quick = bar.filter, bar.quick
        self.status = QComboBox()
        self.status.setObjectName("tableStatus")
        for text, statuses in (
            (self.tr("All deals"), "open,won,lost"),
            (self.tr("Open"), "open"),
            (self.tr("Won"), "won"),
            (self.tr("Lost"), "lost"),
            (self.tr("Won and lost"), "won,lost"),
        ):
            self.status.addItem(text, statuses)
        kept = self.status.findData(settings.value(STATUS_KEY, "open,won,lost"))
        self.status.setCurrentIndex(max(kept, 0))
        self.model.set_statuses(set(str(self.status.currentData()).split(",")))
        self.status.currentIndexChanged.connect(self._status_chosen)
        bar.addWidget(self.status)
        self.count = QLabel()
        bar.addWidget(self.count)
        self.actions_button = QToolButton()
        self.actions_button.setText(self.tr("&Selection"))
        self.actions_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.actions_button.setMenu(QMenu(self.actions_button))
        self.actions_button.menu().aboutToShow.connect(
            lambda: self._fill_menu(self.actions_button.menu())
        )
        bar.addWidget(self.actions_button)
        self.columns_button = QToolButton()
        self.columns_button.setText(self.tr("C&olumns"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_button.setMenu(QMenu(self.columns_button))
        self.columns_button.menu().aboutToShow.connect(
            lambda: self._fill_columns(self.columns_button.menu())
        )
        bar.addWidget(self.columns_button)

        self.table = QTableView()
        self.table.setObjectName("dealsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Every row one line high: no per-row size hints at 100,000 rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self._fill_columns(QMenu(self)).exec(header.mapToGlobal(pos))
        )
        self._restore_header()
        self.table.setSortingEnabled(True)
        for signal in (header.sectionMoved, header.sortIndicatorChanged, header.sectionResized):
            signal.connect(self._schedule_save)
        self.table.doubleClicked.connect(lambda index: self._open(index))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table, self.open_current)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        # Down or Enter in the filter box goes on to the rows it left.
        for key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.filter, self.focus_rows)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(300)
        self._save_timer.timeout.connect(self.save_header)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._show_count()

    # --- state ----------------------------------------------------------------

    def _restore_header(self) -> None:
        header = self.table.horizontalHeader()
        state = self.settings.value(HEADER_KEY)
        if state is None or not header.restoreState(state):
            for key in HIDDEN_BY_DEFAULT:
                header.setSectionHidden(KEYS.index(key), True)
            for key, width in (("title", 260), ("organization", 180), ("stage", 170)):
                header.resizeSection(KEYS.index(key), width)
            header.resizeSection(KEYS.index("value"), 150)  # "1,710,000,000.00 IRR"
            header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)

    def _schedule_save(self, *_args: object) -> None:
        self._save_timer.start()

    def save_header(self) -> None:
        self.settings.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())

    def _status_chosen(self) -> None:
        statuses = str(self.status.currentData())
        self.settings.setValue(STATUS_KEY, statuses)
        self.model.set_statuses(set(statuses.split(",")))

    def _show_count(self) -> None:
        model = self.model
        if model.loading and not model.by_id:
            self.count.setText(self.tr("Reading…"))
            return
        total, shown = len(model.by_id), len(model.shown)
        text = (
            self.tr("%Ln deal(s)", "", total)
            if shown == total
            else self.tr("{shown} of %Ln deal(s)", "", total).format(
                shown=self.locale().toString(shown)
            )
        )
        self.count.setText(text)

    def _failed(self, error: str) -> None:
        self.count.setText(self.tr("The deals could not be read: {error}").format(error=error))

    def focus_rows(self) -> None:
        self.table.setFocus()
        if not self.table.selectionModel().hasSelection() and self.model.rowCount():
            self.table.selectRow(0)

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    # --- columns ------------------------------------------------------------------------------

    def _fill_columns(self, menu: QMenu) -> QMenu:
        menu.clear()
        header = self.table.horizontalHeader()
        for section, key in enumerate(KEYS):
            action = menu.addAction(self.model.headerData(section, Qt.Orientation.Horizontal))
            action.setObjectName(f"column-{key}")
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(section))
            action.setEnabled(key != "title")  # a row needs its title
            action.toggled.connect(lambda on, s=section: self.show_column(s, on))
        return menu

    def show_column(self, section: int, on: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(section, not on)
        self.save_header()

    # --- selection ----------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        """The chosen deals, in the table's order."""
        model, count = self.model, self.model.rowCount()
        # From the selection's ranges: selectedRows() asks the model for every cell,
        # seconds after Ctrl+A at 100,000 rows.
        rows: set[int] = set()
        selection = self.table.selectionModel().selection()
        for n in range(selection.count()):
            part = selection.at(n)
            rows.update(range(part.top(), min(part.bottom(), count - 1) + 1))
        return [model.row_at(r).id for r in sorted(rows)]

    def select_ids(self, ids: list[int]) -> None:
        """Selects these deals where they now stand (after a bulk change moved them)."""
        rows = sorted(r for r in (self.model.view_row(i) for i in ids) if r >= 0)
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        start = prev = -2
        for row in [*rows, -2]:
            if row != prev + 1:
                if start >= 0:
                    selection.select(self.model.index(start, 0), self.model.index(prev, last))
                start = row
            prev = row
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().select(selection, flags)
        if rows:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.table.scrollTo(self.model.index(rows[0], 0))

    def _reselect_later(self, ids: list[int]) -> None:
        # The model applies store changes once the event loop turns; select after it.
        QTimer.singleShot(0, self, lambda: self.select_ids(ids))

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openDeal.emit(self.model.row_at(index.row()).id)

    def open_current(self) -> None:
        self._open(self.table.currentIndex())

    # --- bulk changes -----------------------------------------------------------------------

    def _context_menu(self, pos: QPoint) -> None:
        self._fill_menu(QMenu(self)).exec(self.table.viewport().mapToGlobal(pos))

    def _fill_menu(self, menu: QMenu) -> QMenu:
        menu.clear()
        ids = self.selected_ids()
        closed = [i for i in ids if not self.model.by_id[i].is_open]

        def add(name: str, text: str, slot: Callable[[], object], enabled: bool) -> QAction:
            action = menu.addAction(text)
            action.setObjectName(name)
            action.setEnabled(enabled)
            action.triggered.connect(lambda _c=False: slot())
            return action

        add("open", self.tr("&Open deal"), lambda: self.openDeal.emit(ids[0]), bool(ids))
        stages = menu.addMenu(self.tr("Move to &stage"))
        stages.setEnabled(bool(ids))
        for stage in self.model.stages.values():
            action = stages.addAction(isolate(stage.name).replace("&", "&&"))
            action.setObjectName(f"stage-{stage.id}")
            action.triggered.connect(lambda _c=False, s=stage.id: self.move_selected(s))
        add("expectedClose", self.tr("&Expected close…"), self.set_expected_close, bool(ids))
        add("reopen", self.tr("&Reopen"), self.reopen_selected, bool(closed))
        menu.addSeparator()
        add("exportSelection", self.tr("E&xport to CSV…"), self.export_selected, bool(ids))
        menu.addSeparator()
        add("delete", self.tr("&Delete"), self.delete_selected, bool(ids))
        return menu

    def move_selected(self, stage_id: int) -> bool:
        """Moves the chosen deals not already in that stage: a won deal won again
        would only be re-dated."""
        chosen = self.selected_ids()
        ids = [i for i in chosen if self.model.by_id[i].stage_id != stage_id]
        if not ids or not self._confirm_many(len(ids)):
            return False
        with self._busy():
            moved = self._move(ids, stage_id)
        if not moved:
            return False
        self._reselect_later(chosen)
        return True

    def set_expected_close(self) -> bool:
        ids = self.selected_ids()
        if not ids:
            return False
        from salesdesk.ui.dialogs import ExpectedCloseDialog

        first = self.model.by_id[ids[0]].expected_close
        dialog = ExpectedCloseDialog(len(ids), date.fromisoformat(first) if first else None, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        day = dialog.chosen()
        dialog.deleteLater()
        if not accepted:
            return False
        if not self._confirm_many(len(ids)):
            return False
        try:
            with self._busy():
                edits = self.store.edit_deals(ids, expected_close=day)
        except SalesDeskError as exc:
            msgbox.error(self, self.tr("The deals were not changed"), tr_error(exc))
            return False
        self.undo.push(
            BulkEditCommand(
                self.store, edits, self.tr("Change expected close of %Ln deal(s)", "", len(ids))
            )
        )
        self._reselect_later(ids)
        return True

    def reopen_selected(self) -> bool:
        ids = [i for i in self.selected_ids() if not self.model.by_id[i].is_open]
        if not ids:
            return False
        if not self._confirm_many(len(ids)):
            return False
        try:
            with self._busy():
                moves = self.store.reopen_deals(ids)
        except SalesDeskError as exc:
            msgbox.error(self, self.tr("The deal was not reopened"), tr_error(exc))
            return False
        self.undo.push(MoveCommand(self.store, moves, self.tr("Reopen %Ln deal(s)", "", len(ids))))
        self._reselect_later(ids)
        return True

    def delete_selected(self) -> bool:
        ids = self.selected_ids()
        if not ids or not self._confirm_many(len(ids)):
            return False
        with self._busy():
            return self._delete(ids)

    def _confirm_many(self, count: int) -> bool:
        """A change to thousands of deals holds the window for a while (each deal is
        one checked change, undoable): say so first."""
        if count <= ASK_OVER:
            return True
        return msgbox.question(
            self,
            self.tr("Change %Ln deals?", "", count),
            self.tr(
                "This changes {count} deals at once and may take a minute or more; the "
                "window waits until it is done. It can be undone with Ctrl+Z."
            ).format(count=self.locale().toString(count)),
        )

    @contextmanager
    def _busy(self) -> Iterator[None]:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            yield
        finally:
            QApplication.restoreOverrideCursor()

    def export_selected(self, path: Path | None = None) -> int:
        """The selection as a deals.csv (SalesDesk's own CSV format). Returns rows written."""
        ids = self.selected_ids()
        if not ids:
            return 0
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the selected deals"),
                str(Path.home() / "deals.csv"),
                self.tr("CSV files (*.csv)"),
            )
            if not name:
                return 0
            path = Path(name)
        from salesdesk.core.io.export import export_deals
        from salesdesk.ui.worker import Job

        db = self.store.db

        def write(_job: Job) -> int:
            conn = db.raw()
            try:
                return export_deals(conn, path, ids)
            finally:
                conn.close()

        self.setCursor(Qt.CursorShape.BusyCursor)
        try:
            written, error = Job(write, "export-selection", self).run_and_wait(exclude_input=True)
        finally:
            self.unsetCursor()
        if isinstance(error, OSError):
            msgbox.error(
                self,
                self.tr("The deals were not exported"),
                self.tr("{path} could not be written: {reason}").format(
                    path=path, reason=error.strerror or error
                ),
            )
            return 0
        if isinstance(error, SalesDeskError):
            msgbox.error(self, self.tr("The deals were not exported"), tr_error(error))
            return 0
        if error is not None:
            raise error  # a bug: the crash handler reports it
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                self.tr("%Ln deal(s) written to {path}", "", written).format(path=path), 10_000
            )
        return int(written)

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_header()
        super().hideEvent(event)
