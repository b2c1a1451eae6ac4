"""Board models. `BoardModel` owns every card of the pipeline and one
`ColumnModel` per open stage; store signals update the affected rows in place
(beginInsertRows / beginRemoveRows), never with a model reset for a move."""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import Any, TypeAlias

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from salesdesk.core import board as core_board
from salesdesk.core.board import Card, StageColumn
from salesdesk.core.card_filter import CardFilter, prepare_search_key
from salesdesk.ui.formatting import format_stall
from salesdesk.ui.plain import plain_tooltip
from salesdesk.ui.store import Store

MIME_TYPE = "application/x-salesdesk-deal-ids"
HEAD_ROWS = 30  # cards per column read before the first paint (a tall screen shows ~12)
PAGE_ROWS = 4000  # cards per page read afterwards, one page per event-loop turn
KEY_SLICE = 200  # search keys prepared per event-loop turn (a few ms)
PAGE_DELAY_MS = 500  # pages start at the first paint, or after this if none comes
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
DEAL_ID_ROLE = Qt.ItemDataRole.UserRole + 2

_CARD_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
)
_BACKGROUND_FLAGS = Qt.ItemFlag.ItemIsDropEnabled

Index: TypeAlias = "QModelIndex | QPersistentModelIndex"
Predicate = Callable[[Card], bool]


def encode_ids(ids: list[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_TYPE, QByteArray(json.dumps(ids).encode("ascii")))
    return mime


def decode_ids(mime: QMimeData) -> list[int]:
    if not mime.hasFormat(MIME_TYPE):
        return []
    try:
        ids = json.loads(bytes(mime.data(MIME_TYPE).data()).decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        return []
    return [i for i in ids if isinstance(i, int)] if isinstance(ids, list) else []


def _order(card: Card) -> tuple[float, int]:
    return (card.position, card.id)


class ColumnModel(QAbstractListModel):
    """The visible cards of one stage, in column order."""

    def __init__(self, column: StageColumn, board: BoardModel) -> None:
        super().__init__(board)
        self.column = column
        self.board = board
        self.cards: list[Card] = []  # the stage's cards read so far, sorted by (position, id)
        self.visible: list[Card] = []  # the ones the filter lets through, same order
        self.count = 0  # every deal in the stage, read or not yet
        self.totals: dict[str, int] = {}  # value per currency of every deal in the stage
        self.currency_counts: dict[str, int] = {}  # deals per currency, to pick the header's

    # --- Qt model API ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.visible)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.visible):
            return None
        card = self.visible[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.title
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [t for t in (card.title, card.organization, card.contact) if t]
            stall = core_board.stall(card, self.column, core_board.now_text())
            if stall is not None:
                reason = format_stall(stall, self.column.name)
                lines.append(
                    QCoreApplication.translate("board", "Stalled: {reason}").format(reason=reason)
                )
            return plain_tooltip("\n".join(lines))  # a title may look like HTML
        if role == CARD_ROLE:
            return card
        if role == DEAL_ID_ROLE:
            return card.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Called for every painted card: constants, not enum arithmetic per call.
        return _CARD_FLAGS if index.isValid() else _BACKGROUND_FLAGS

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_ids([self.visible[r].id for r in rows])

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return bool(decode_ids(data)) and self.column.end_kind is None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        ids = decode_ids(data)
        if not ids or action == Qt.DropAction.IgnoreAction:
            return False
        if parent.isValid():  # dropped onto a card: place before it
            row = parent.row()
        before = self.visible[row].id if 0 <= row < len(self.visible) else None
        self.board.request_move(ids, self.column.id, before, row_given=row >= 0)
        # The store's signals move the rows; returning False keeps Qt from also
        # removing the dragged rows from the source column.
        return False

    # --- incremental updates ---------------------------------------------------------

    def _visible_row(self, card: Card) -> int:
        i = bisect_left(self.visible, _order(card), key=_order)
        return i if i < len(self.visible) and self.visible[i] is card else -1

    def insert(self, card: Card, counted: bool = True) -> None:
        """Adds a card in column order; `counted` is False for a card that the
        header figures already include (one read in a later page)."""
        self.cards.insert(bisect_left(self.cards, _order(card), key=_order), card)
        if counted:
            self.count += 1
            self.totals[card.currency] = self.totals.get(card.currency, 0) + card.value_minor
            self.currency_counts[card.currency] = self.currency_counts.get(card.currency, 0) + 1
        if self.board.accepts(card, self.column):
            row = bisect_left(self.visible, _order(card), key=_order)
            self.beginInsertRows(QModelIndex(), row, row)
            self.visible.insert(row, card)
            self.endInsertRows()

    def remove(self, card: Card) -> None:
        i = bisect_left(self.cards, _order(card), key=_order)
        if i < len(self.cards) and self.cards[i] is card:
            del self.cards[i]
        else:  # position changed under us: fall back to a search
            self.cards.remove(card)
        self.count -= 1
        self.totals[card.currency] -= card.value_minor
        self.currency_counts[card.currency] -= 1
        row = self._visible_row(card)
        if row < 0 and card in self.visible:
            row = self.visible.index(card)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.visible[row]
            self.endRemoveRows()

    def replace(self, old: Card, new: Card) -> bool:
        """Swaps in the re-read card where it stands (an edit that keeps its place
        and its visibility): one dataChanged, so the view keeps its selection.
        False when the card must move instead."""
        if _order(old) != _order(new) or old.stage_id != new.stage_id:
            return False
        row = self._visible_row(old)
        if (row >= 0) != self.board.accepts(new, self.column):
            return False
        i = bisect_left(self.cards, _order(old), key=_order)
        if not (i < len(self.cards) and self.cards[i] is old):
            return False
        self.cards[i] = new
        self.totals[old.currency] -= old.value_minor
        self.currency_counts[old.currency] -= 1
        self.totals[new.currency] = self.totals.get(new.currency, 0) + new.value_minor
        self.currency_counts[new.currency] = self.currency_counts.get(new.currency, 0) + 1
        if row >= 0:
            self.visible[row] = new
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)
        return True

    def refilter(self, narrowing: bool = False) -> bool:
        """A filter change re-selects the visible rows (the one reset there is).
        A narrowing filter (more typed) only needs to look at what is shown now.
        Returns False, and leaves the view alone, when the rows stay the same."""
        source = self.visible if narrowing else self.cards
        accepts, column = self.board.accepts, self.column
        shown = [c for c in source if accepts(c, column)]
        if len(shown) == len(self.visible) and all(
            a is b for a, b in zip(shown, self.visible, strict=True)
        ):
            return False
        self.beginResetModel()
        self.visible = shown
        self.endResetModel()
        return True

    def set_cards(self, cards: list[Card], figures: core_board.StageFigures) -> None:
        self.beginResetModel()
        self.cards = cards
        self.count = figures.count
        self.totals = dict(figures.totals)
        self.currency_counts = dict(figures.counts)
        self.visible = [c for c in cards if self.board.accepts(c, self.column)]
        self.endResetModel()

    def append_page(self, cards: list[Card]) -> None:
        """Cards read in a later page (already counted in the header figures).
        They normally all sort after what is shown: one insert of many rows."""
        if self.cards and _order(cards[0]) < _order(self.cards[-1]):
            for card in cards:  # the rep moved cards in meanwhile: place one by one
                self.insert(card, counted=False)
            return
        self.cards.extend(cards)
        shown = [c for c in cards if self.board.accepts(c, self.column)]
        if shown:
            start = len(self.visible)
            self.beginInsertRows(QModelIndex(), start, start + len(shown) - 1)
            self.visible.extend(shown)
            self.endInsertRows()

    def weighted_totals(self) -> dict[str, int]:
        return {cur: v * self.column.probability // 100 for cur, v in self.totals.items()}

    def row_of(self, deal_id: int) -> int:
        for row, card in enumerate(self.visible):
            if card.id == deal_id:
                return row
        return -1


class BoardModel(QObject):
    """All columns of the current pipeline, kept in step with the store."""

    columnChanged = Signal(int)  # stage id: header figures changed (0: the stages changed)
    loaded = Signal()  # every card of the pipeline has been read
    keysReady = Signal()  # ...and every card's search key prepared: the board is idle
    moveRequested = Signal(list, int, object, bool)  # deal ids, stage id, before id, explicit row
    filterChanged = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.pipeline_id = 0
        self.columns: list[ColumnModel] = []
        self.end_stages: dict[str, StageColumn] = {}
        self.by_id: dict[int, Card] = {}
        self.fully_loaded = False
        self.keys_ready = False  # every card's search key prepared (the board is idle)
        self._paging = False
        self._generation = 0
        self.filter = CardFilter()
        # Called per card by the columns' refilter: the filter's own method, no hop.
        self.accepts: Callable[[Card, StageColumn], bool] = self.filter.accepts
        self.changed_columns: list[ColumnModel] = []  # what the last filter change redrew
        store.dealAdded.connect(self._on_added)
        store.dealChanged.connect(self._on_changed)
        store.dealMoved.connect(self._on_moved)
        store.dealRemoved.connect(self._on_removed)
        store.dataChanged.connect(self.reload)
        store.pipelineChanged.connect(lambda _id: self.reload())

    # --- loading ------------------------------------------------------------------------

    def load(self, pipeline_id: int) -> None:
        """Paints fast at any size: each column gets its first cards and the right
        header figures now; the rest arrives in pages from the event loop."""
        self.pipeline_id = pipeline_id
        self._generation += 1
        self.keys_ready = False
        columns, heads, figures = self.store.load_board_head(pipeline_id, HEAD_ROWS)
        self.end_stages = {c.end_kind: c for c in columns if c.end_kind}
        if [c.id for c in columns if c.end_kind is None] != [m.column.id for m in self.columns]:
            for model in self.columns:
                model.deleteLater()
            self.columns = [ColumnModel(c, self) for c in columns if c.end_kind is None]
        self.by_id = {}
        for model in self.columns:
            cards = heads.get(model.column.id, [])
            self.by_id.update((c.id, c) for c in cards)
            model.set_cards(
                cards, figures.get(model.column.id) or core_board.StageFigures(0, {}, {})
            )
        self.fully_loaded = all(len(m.cards) == m.count for m in self.columns)
        self._paging = False
        if not self.fully_loaded:
            # The view starts the pages once the board is on screen; this timer is
            # for a board that is not shown (a minimised start, a test).
            QTimer.singleShot(PAGE_DELAY_MS, self, self.start_paging)
        else:
            self._finish_loading()

    def start_paging(self) -> None:
        """Reads the rest of the cards, a page per event-loop turn (once per load)."""
        if self.fully_loaded or self._paging:
            return
        self._paging = True
        generation = self._generation
        # With `self` as context, Qt drops the call if the board is gone (window closed).
        QTimer.singleShot(0, self, lambda: self._load_page(generation, None))

    def _load_page(self, generation: int, after: core_board.Cursor | None) -> None:
        if generation != self._generation:
            return  # a newer load replaced this one
        page = self.store.load_board_page(self.pipeline_id, after, PAGE_ROWS)
        by_stage: dict[int, list[Card]] = {}
        for card in page:
            if card.id not in self.by_id:  # skip heads and cards the rep touched meanwhile
                self.by_id[card.id] = card
                by_stage.setdefault(card.stage_id, []).append(card)
        for stage_id, cards in by_stage.items():
            if model := self.column_for(stage_id):
                model.append_page(cards)
        if len(page) == PAGE_ROWS:
            last = page[-1]
            cursor = (last.stage_id, last.position, last.id)
            QTimer.singleShot(0, self, lambda: self._load_page(generation, cursor))
        else:
            self._finish_loading()

    def _finish_loading(self) -> None:
        self.fully_loaded = True
        self.loaded.emit()
        generation = self._generation
        pending = [c for c in self.by_id.values() if not c.search_key]
        QTimer.singleShot(0, self, lambda: self._prepare_keys(generation, pending))

    def _prepare_keys(self, generation: int, cards: list[Card]) -> None:
        """Search keys for every card, a slice per event-loop turn while the rep
        looks at the board, so the first keystroke does not normalise them all."""
        if generation != self._generation:
            return
        if not cards:
            self.keys_ready = True
            self.keysReady.emit()
            return
        for card in cards[-KEY_SLICE:]:
            if not card.search_key:
                prepare_search_key(card)
        del cards[-KEY_SLICE:]
        QTimer.singleShot(0, self, lambda: self._prepare_keys(generation, cards))

    def reload(self) -> None:
        pipeline = self.store.current_pipeline()
        if pipeline is None:
            return
        before = [m.column.id for m in self.columns]
        self.load(pipeline.id)
        if [m.column.id for m in self.columns] != before:
            self.columnChanged.emit(0)
        else:
            for model in self.columns:
                self.columnChanged.emit(model.column.id)

    def column_for(self, stage_id: int) -> ColumnModel | None:
        for model in self.columns:
            if model.column.id == stage_id:
                return model
        return None

    # --- filtering ------------------------------------------------------------------------

    def set_query(self, text: str) -> None:
        narrowing = self.filter.set_query(text)
        if narrowing is not None:
            self._refilter(narrowing)

    def set_quick_filter(self, name: str, on: bool) -> None:
        """`stalled`, `overdue` or `closing` (closing this month)."""
        if self.filter.set_quick(name, on):
            self._refilter()

    def is_filtered(self) -> bool:
        return self.filter.is_active()

    def _refilter(self, narrowing: bool = False) -> None:
        narrowing = self.filter.tick(narrowing)
        self.changed_columns = [m for m in self.columns if m.refilter(narrowing)]
        self.filterChanged.emit()

    # --- moves ------------------------------------------------------------------------------

    def request_move(
        self, ids: list[int], stage_id: int, before: int | None, row_given: bool = True
    ) -> None:
        """Asks the board's owner to move (it shows dialogs, errors and pushes undo)."""
        ids = [i for i in ids if i in self.by_id]
        if not ids:
            return
        same_column = all(self.by_id[i].stage_id == stage_id for i in ids)
        if same_column and (not row_given or before in ids or self._already_before(ids, before)):
            return  # dropped where it already is: nothing to do
        self.moveRequested.emit(ids, stage_id, before, row_given)

    def _already_before(self, ids: list[int], before: int | None) -> bool:
        """True when the dragged cards already sit, in order, right before `before`."""
        model = self.column_for(self.by_id[ids[0]].stage_id)
        if model is None:
            return False
        rows = [model.row_of(i) for i in ids]
        if -1 in rows or rows != list(range(rows[0], rows[0] + len(rows))):
            return False
        after = rows[-1] + 1
        next_id = model.visible[after].id if after < len(model.visible) else None
        return next_id == before

    # --- store signals -----------------------------------------------------------------------

    def _refresh(self, deal_id: int) -> Card | None:
        card = self.store.card(deal_id)
        if card is None:
            return None
        self.by_id[deal_id] = card
        return card

    def _on_added(self, deal_id: int) -> None:
        card = self._refresh(deal_id)
        if card is not None and (model := self.column_for(card.stage_id)):
            model.insert(card)
            self.columnChanged.emit(card.stage_id)

    def _on_changed(self, deal_id: int) -> None:
        old = self.by_id.get(deal_id)
        model = self.column_for(old.stage_id) if old is not None else None
        if old is None or model is None:
            self._on_added(deal_id)
            return
        new = self.store.card(deal_id)
        if new is not None and model.replace(old, new):
            self.by_id[deal_id] = new
            self.columnChanged.emit(new.stage_id)
            return
        model.remove(old)
        if new is not None:
            self.by_id[deal_id] = new
            if (target := self.column_for(new.stage_id)) is not None:
                target.insert(new)
                self.columnChanged.emit(new.stage_id)

    def _on_moved(self, deal_id: int, from_stage: int, to_stage: int) -> None:
        old = self.by_id.pop(deal_id, None)
        if old is not None and (model := self.column_for(old.stage_id)):
            model.remove(old)
            self.columnChanged.emit(old.stage_id)
        if self.column_for(to_stage) is not None:
            self._on_added(deal_id)

    def _on_removed(self, deal_id: int, stage_id: int) -> None:
        old = self.by_id.pop(deal_id, None)
        if old is not None and (model := self.column_for(old.stage_id)):
            model.remove(old)
            self.columnChanged.emit(old.stage_id)
