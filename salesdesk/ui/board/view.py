"""The board: filter bar, one column per open stage (laid out from the right in
right-to-left languages by the layout itself), and Won/Lost drop zones."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core.errors import SalesDeskError
from salesdesk.ui import msgbox
from salesdesk.ui.board.column import CardListView, ColumnWidget
from salesdesk.ui.board.dropzone import DropZone
from salesdesk.ui.board.filter_bar import FilterBar
from salesdesk.ui.board.model import DEAL_ID_ROLE, BoardModel
from salesdesk.ui.board.toast import Toast
from salesdesk.ui.commands import AddCommand, DeleteCommand, MoveCommand
from salesdesk.ui.messages import tr_error
from salesdesk.ui.plain import isolate
from salesdesk.ui.store import Store

if TYPE_CHECKING:
    from salesdesk.core.exit_gate import Unmet
    from salesdesk.ui.dialogs import DealInput


class BoardView(QWidget):
    openDeal = Signal(int)
    firstPainted = Signal()  # the cards are on screen: slower work may start
    warnedElsewhere = Signal(str)  # a warning about a move made while the board is hidden

    def __init__(self, store: Store, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo = undo
        self.model = BoardModel(store, self)
        self.model.moveRequested.connect(self.move_deals)
        self.model.columnChanged.connect(self._on_column_changed)
        self.columns: list[ColumnWidget] = []

        bar = FilterBar("boardFilter", self.model.set_query, self.model.set_quick_filter)
        self.filter, self.quick = bar.filter, bar.quick

        self.strip = QWidget()
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setContentsMargins(4, 4, 4, 4)
        self.strip_layout.setSpacing(8)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(self.strip)

        self.won_zone = DropZone(self.tr("Won"), "#2e7d32")
        self.lost_zone = DropZone(self.tr("Lost"), "#c62828")
        self.won_zone.dropped.connect(
            lambda ids: self.move_deals(ids, self.end_stage_id("won"), None, True)
        )
        self.lost_zone.dropped.connect(
            lambda ids: self.move_deals(ids, self.end_stage_id("lost"), None, True)
        )
        self.zones = QWidget()
        zones = QHBoxLayout(self.zones)
        zones.setContentsMargins(4, 0, 4, 4)
        zones.addWidget(self.won_zone)
        zones.addWidget(self.lost_zone)
        self.zones.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self.zones)

        self._toast: Toast | None = None  # made on the first warning
        self._toast_index = -1
        undo.indexChanged.connect(self._on_undo_index)

        # Days in stage and "overdue" move with the clock; repaint every minute.
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()

    # --- building -----------------------------------------------------------------------

    def load(self, pipeline_id: int) -> None:
        self.model.load(pipeline_id)
        self._build_columns()
        if self.columns:
            # The rest of the pipeline, Today and reminders wait for the first cards.
            self.columns[0].view.viewport().installEventFilter(self)
        else:
            QTimer.singleShot(0, self.firstPainted.emit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            watched.removeEventFilter(self)
            if not self.model.fully_loaded:
                QTimer.singleShot(0, self.model.start_paging)
            QTimer.singleShot(0, self.firstPainted.emit)
        return False

    def _build_columns(self) -> None:
        for column in self.columns:
            column.setParent(None)
            column.deleteLater()
        self.columns = []
        while self.strip_layout.count():
            self.strip_layout.takeAt(0)
        for model in self.model.columns:
            widget = ColumnWidget(model, self.strip)
            widget.view.dragStarted.connect(self.zones.show)
            widget.view.dragFinished.connect(self.zones.hide)
            widget.view.neighbourRequested.connect(
                lambda step, v=widget.view: self._focus_neighbour(v, step)
            )
            widget.view.activated.connect(
                lambda index: self.openDeal.emit(index.data(DEAL_ID_ROLE))
            )
            self.columns.append(widget)
            self.strip_layout.addWidget(widget)
        self.strip_layout.addStretch(1)

    def _on_column_changed(self, stage_id: int) -> None:
        if stage_id == 0:  # the stages themselves changed
            self._build_columns()
            return
        for column in self.columns:
            if column.model.column.id == stage_id:
                column.update_header()

    def _tick(self) -> None:
        for column in self.columns:
            delegate = column.view.itemDelegate()
            if hasattr(delegate, "tick"):
                delegate.tick()
            column.view.viewport().update()

    # --- where the rep is ---------------------------------------------------------------

    def current_view(self) -> CardListView | None:
        focus = self.focusWidget()
        for column in self.columns:
            if focus is column.view:
                return column.view
        for column in self.columns:  # else the column with a current card
            if column.view.currentIndex().isValid():
                return column.view
        return self.columns[0].view if self.columns else None

    def current_stage_id(self) -> int:
        view = self.current_view()
        for column in self.columns:
            if column.view is view:
                return column.model.column.id
        return 0

    def selected_ids(self) -> list[int]:
        view = self.current_view()
        if view is None:
            return []
        rows = sorted(i.row() for i in view.selectionModel().selectedIndexes())
        return [view.model().index(r, 0).data(DEAL_ID_ROLE) for r in rows]

    def select_deal(self, deal_id: int) -> bool:
        for column in self.columns:
            row = column.model.row_of(deal_id)
            if row >= 0:
                index = column.model.index(row, 0)
                column.view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                column.view.scrollTo(index)
                column.view.setFocus()
                return True
        return False

    def _focus_neighbour(self, view: CardListView, step: int) -> None:
        index = next(i for i, c in enumerate(self.columns) if c.view is view)
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            step = -step  # visual left is the next stage in right-to-left
        target = index + step
        if 0 <= target < len(self.columns):
            self.columns[target].view.focus_row(max(view.currentIndex().row(), 0))

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    # --- actions ----------------------------------------------------------------------------

    def end_stage_id(self, kind: str) -> int:
        stage = self.model.end_stages.get(kind)
        return stage.id if stage else 0

    def move_deals(
        self, ids: list[int], stage_id: int, before: int | None, _row_given: bool = True
    ) -> bool:
        """Moves deals (asking for a reason when the target is Lost); a failure leaves
        the board as it was and says why. Returns True when the deals moved."""
        unmet = self._gate(ids, stage_id)
        if unmet is None:
            return False
        reason = None
        if stage_id == self.end_stage_id("lost"):
            from salesdesk.ui.dialogs import LostReasonDialog  # not needed to open the window

            dialog = LostReasonDialog(self.store.lost_reasons(), len(ids), self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            reason = dialog.chosen()
        try:
            moves = self.store.move_deals(ids, stage_id, before, reason)
        except SalesDeskError as exc:
            msgbox.error(self, self.tr("The deal was not moved"), tr_error(exc))
            return False
        if moves:
            self.undo.push(
                MoveCommand(self.store, moves, self._describe_move(len(moves), stage_id))
            )
            if unmet:
                self._warn_unmet(unmet)
        return True

    def _gate(self, ids: list[int], stage_id: int) -> list[Unmet] | None:
        """The exit criteria a move onward leaves unmet, per the rep's setting: None
        when the move is blocked (after saying why), else what to warn about."""
        policy = self.store.exit_policy()
        if policy == "off":
            return []
        unmet = self.store.unmet_on_move(ids, stage_id)
        if unmet and policy == "block":
            msgbox.error(
                self,
                self.tr("The deal was not moved"),
                self.tr(
                    "These exit criteria are not met yet:\n{list}\n\nTick them in the deal's "
                    "checklist first, or change the rule in Deal > Unmet exit criteria."
                ).format(list=_unmet_lines(unmet)),
            )
            return None
        return unmet

    def _warn_unmet(self, unmet: list[Unmet]) -> None:
        deals = {u.deal_id for u in unmet}
        if len(deals) == 1:
            text = self.tr("“{title}” moved on with exit criteria unmet: {list}").format(
                title=isolate(unmet[0].title), list="; ".join(isolate(u.criterion) for u in unmet)
            )
        else:
            text = self.tr("%Ln deals moved on with exit criteria unmet.", "", len(deals))
        # The toast's Undo is for this move only: once anything else lands on the undo
        # stack (or this move is undone), the toast goes.
        if not self.isVisible():  # moved from the deals table: the toast would go unseen
            self.warnedElsewhere.emit(text)
            return
        self._toast_index = self.undo.index()
        self.toast.show_message(text, _unmet_lines(unmet), self._undo_warned_move)

    def _undo_warned_move(self) -> None:
        if self.undo.index() == self._toast_index:
            self.undo.undo()

    def _on_undo_index(self, index: int) -> None:
        if index != self._toast_index and self._toast is not None:
            self._toast.hide()

    @property
    def toast(self) -> Toast:
        if self._toast is None:
            self._toast = Toast(self)
        return self._toast

    def select_first(self) -> None:
        """At start: the first card of the first column is the selected deal, and
        the board has the keyboard."""
        for column in self.columns:
            if column.model.rowCount():
                column.view.focus_row(0)
                return
        if self.columns:
            self.columns[0].view.setFocus()

    def _describe_move(self, count: int, stage_id: int) -> str:
        name = next(
            (c.model.column.name for c in self.columns if c.model.column.id == stage_id),
            next((s.name for s in self.model.end_stages.values() if s.id == stage_id), ""),
        )
        return self.tr("Move %Ln deal(s) to {stage}", "", count).format(stage=isolate(name))

    def move_selected(self, step: int) -> None:
        """One stage onward (+1) or back (-1) in pipeline order."""
        ids = self.selected_ids()
        stage_ids = [c.model.column.id for c in self.columns]
        current = self.current_stage_id()
        if not ids or current not in stage_ids:
            return
        target = stage_ids.index(current) + step
        if 0 <= target < len(stage_ids):
            self.move_deals(ids, stage_ids[target], None)
            self.select_deal(ids[0])

    def move_selected_visual(self, visual_step: int) -> None:
        """Ctrl+Shift+Left/Right follow the screen: leftward is onward in right-to-left."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.move_selected(-visual_step if rtl else visual_step)

    def delete_selected(self) -> None:
        self.delete_deals(self.selected_ids())

    def delete_deals(self, ids: list[int]) -> bool:
        """Deletes the deals with everything they own, as one undo step."""
        if not ids:
            return False
        try:
            snapshots = self.store.delete_deals(ids)
        except SalesDeskError as exc:
            msgbox.error(self, self.tr("The deal was not deleted"), tr_error(exc))
            return False
        self.undo.push(
            DeleteCommand(self.store, snapshots, self.tr("Delete %Ln deal(s)", "", len(ids)))
        )
        return True

    def new_deal(self) -> int | None:
        stage_id = self.current_stage_id()
        if not stage_id:
            return None
        from salesdesk.ui.dialogs import DealDialog

        dialog = DealDialog(self.tr("New deal"), parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_input is None:
            return None
        return self.create_deal(stage_id, dialog.result_input)

    def create_deal(self, stage_id: int, data: DealInput) -> int | None:
        try:
            deal_id = self.store.create_deal(
                self.model.pipeline_id,
                stage_id,
                data.title,
                value_minor=data.value_minor,
                currency=data.currency,
                organization_name=data.organization or None,
                expected_close=data.expected_close,
            )
        except SalesDeskError as exc:
            msgbox.error(self, self.tr("The deal was not saved"), tr_error(exc))
            return None
        self.undo.push(AddCommand(self.store, deal_id, self.tr("New deal")))
        self.select_deal(deal_id)
        return deal_id


def _unmet_lines(unmet: list[Unmet]) -> str:
    # Each name isolated: a right-to-left title must not reorder the rest of its line.
    return "\n".join(
        f"• {isolate(u.title)} — {isolate(u.stage)}: {isolate(u.criterion)}" for u in unmet
    )
