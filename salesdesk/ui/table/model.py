"""The deals table's model: every deal of the pipeline, open, won and lost.

Rows are read on a worker thread. `ordered` holds every row sorted by the current
column and `shown` the ones the filter lets through, in the same order: a filter
change is one pass with no sort, a sort is one `list.sort`, and a changed deal is
found and placed by bisection, one row inserted or removed (no model reset)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from datetime import date
from typing import Any, TypeAlias

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from salesdesk.core import board as core_board
from salesdesk.core import deal_table
from salesdesk.core.board import StageColumn
from salesdesk.core.card_filter import CardFilter
from salesdesk.core.deal_table import Row
from salesdesk.core.money import exponent
from salesdesk.core.timeutil import from_storage
from salesdesk.ui.formatting import format_date, format_money, format_percent
from salesdesk.ui.plain import TITLE_LIMIT, elide, plain_tooltip
from salesdesk.ui.store import Store
from salesdesk.ui.worker import Job

Index: TypeAlias = "QModelIndex | QPersistentModelIndex"
SortKey = Callable[[Row], Any]

DEAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RELOAD_OVER = 2000  # more changed deals than this at once: read the table again
STATUSES = ("open", "won", "lost")
_STATUS_ORDER = {s: i for i, s in enumerate(STATUSES)}

# (key, header): the order of the columns; "contact" is hidden by default.
COLUMNS: tuple[tuple[str, Any], ...] = (
    ("title", QT_TRANSLATE_NOOP("dealsTable", "Title")),
    ("organization", QT_TRANSLATE_NOOP("dealsTable", "Organization")),
    ("contact", QT_TRANSLATE_NOOP("dealsTable", "Contact")),
    ("stage", QT_TRANSLATE_NOOP("dealsTable", "Stage")),
    ("status", QT_TRANSLATE_NOOP("dealsTable", "Status")),
    ("value", QT_TRANSLATE_NOOP("dealsTable", "Value")),
    ("probability", QT_TRANSLATE_NOOP("dealsTable", "Probability")),
    ("expected_close", QT_TRANSLATE_NOOP("dealsTable", "Expected close")),
    ("days_in_stage", QT_TRANSLATE_NOOP("dealsTable", "Days in stage")),
    ("last_activity", QT_TRANSLATE_NOOP("dealsTable", "Last activity")),
    ("next_follow_up", QT_TRANSLATE_NOOP("dealsTable", "Next follow-up")),
)
KEYS = tuple(k for k, _ in COLUMNS)
HIDDEN_BY_DEFAULT = ("contact",)
_NUMBERS = {"value", "probability", "days_in_stage"}
_STATUS_COLOURS = {"won": QColor("#2e7d32"), "lost": QColor("#c62828")}


def status_text(status: str) -> str:
    return {
        "open": QCoreApplication.translate("dealsTable", "Open"),
        "won": QCoreApplication.translate("dealsTable", "Won"),
        "lost": QCoreApplication.translate("dealsTable", "Lost"),
    }[status]


def _local_day(text: str | None) -> date | None:
    """A stored UTC time as the rep's local day."""
    return None if text is None else from_storage(text).astimezone().date()


def _value(key: str, stages: dict[int, StageColumn]) -> Callable[[Row], Any]:
    """Ascending sort value per column; None for an empty cell."""
    if key in ("title", "organization", "contact"):
        return lambda r: getattr(r, key).casefold() or None
    if key == "stage":
        order = {stage_id: i for i, stage_id in enumerate(stages)}  # board order
        return lambda r: order.get(r.stage_id, len(order))
    if key == "status":
        return lambda r: _STATUS_ORDER[r.status]
    if key == "value":  # in major units: 1,000 EUR above 900 JPY
        scale: dict[str, int] = {}

        def major(r: Row) -> float:
            if r.currency not in scale:
                scale[r.currency] = 10 ** exponent(r.currency)
            return r.value_minor / scale[r.currency]

        return major
    if key == "probability":
        return lambda r: deal_table.probability(r, stages.get(r.stage_id))
    if key == "days_in_stage":
        return lambda r: r.days_in_stage if r.is_open else None
    if key == "next_follow_up":
        return lambda r: r.next_follow_up if r.is_open else None
    return lambda r: getattr(r, key)  # expected_close, last_activity: sortable text


def sort_key(column: int, order: Qt.SortOrder, stages: dict[int, StageColumn]) -> SortKey:
    """(empty flag, value, id): a total order, with empty cells last in either
    direction. Pure, so the worker can sort what it read."""
    value = _value(KEYS[column], stages)
    empty_flag = 1 if order == Qt.SortOrder.AscendingOrder else 0

    def key(row: Row) -> tuple[int, Any, int]:
        v = value(row)
        return (empty_flag, 0, row.id) if v is None else (1 - empty_flag, v, row.id)

    return key


class DealTableModel(QAbstractTableModel):
    loaded = Signal()  # a (re)read has arrived
    failed = Signal(str)
    countsChanged = Signal()  # shown or total rows changed

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.pipeline_id = 0
        self.stages: dict[int, StageColumn] = {}
        self.by_id: dict[int, Row] = {}
        self.ordered: list[Row] = []  # every row, sorted by the current key
        self.shown: list[Row] = []  # the accepted rows, same order
        self.sort_column = 0
        self.sort_order = Qt.SortOrder.AscendingOrder
        self._key: SortKey = sort_key(0, Qt.SortOrder.AscendingOrder, {})
        self.loading = False
        self._generation = 0
        self._pending: set[int] = set()  # deals changed while a read or a batch is under way
        self.filter = CardFilter()  # rows come with their search keys made
        self.statuses: set[str] = set(STATUSES)
        for signal in (store.dealAdded, store.dealChanged, store.activityLogged):
            signal.connect(self._changed)
        store.dealMoved.connect(lambda deal_id, _a, _b: self._changed(deal_id))
        store.dealRemoved.connect(lambda deal_id, _stage: self._changed(deal_id))
        # A rename or merge of organizations or contacts comes with dataChanged too.
        store.dataChanged.connect(self.reload)
        store.pipelineChanged.connect(lambda _id: self.reload())

    # --- reading ------------------------------------------------------------------------

    def reload(self) -> None:
        pipeline = self.store.current_pipeline()
        if pipeline is not None:
            self.load(pipeline.id)

    def load(self, pipeline_id: int) -> None:
        """Reads every deal of the pipeline on a worker; the rows arrive in `_arrive`."""
        self.pipeline_id = pipeline_id
        self._generation += 1
        generation, db = self._generation, self.store.db
        self.loading = True
        self._pending.clear()

        order = (self.sort_column, self.sort_order)

        def read(_job: Job) -> tuple[list[StageColumn], list[Row], tuple[int, Qt.SortOrder]]:
            conn = db.raw()
            try:
                conn.execute("BEGIN")  # stages and deals from the same moment
                stages = core_board.load_columns(conn, pipeline_id)
                rows = deal_table.load_rows(conn, pipeline_id)
            finally:
                conn.close()
            # Sorted here too: at 100,000 rows a sort is a few hundred milliseconds.
            rows.sort(key=sort_key(*order, {s.id: s for s in stages}))
            return stages, rows, order

        job = Job(read, "deals-table", self)
        job.done.connect(lambda result, error: self._arrive(generation, result, error))
        job.done.connect(job.deleteLater)  # it holds every row read: let them go
        job.start()

    def _arrive(self, generation: int, result: Any, error: object) -> None:
        if generation != self._generation:
            return  # a newer read is on its way
        self.loading = False
        if error is not None:
            self._pending.clear()  # the next read (F5, a change) takes them in
            self.failed.emit(str(error))
            return
        stages, rows, order = result
        self.beginResetModel()
        self._set_stages(stages)
        self.by_id = {r.id: r for r in rows}
        if order != (self.sort_column, self.sort_order):
            rows.sort(key=self._key)  # the rep sorted otherwise while it was read
        self.ordered = rows
        self._select_shown()
        self.endResetModel()
        self.loaded.emit()
        self.countsChanged.emit()
        if self._pending:  # changed while being read: read those again
            QTimer.singleShot(0, self, self._apply_pending)

    def _set_stages(self, stages: list[StageColumn]) -> None:
        self.stages = {s.id: s for s in stages}
        self._key = sort_key(self.sort_column, self.sort_order, self.stages)

    # --- Qt model API -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("dealsTable", str(COLUMNS[section][1]))
        if role == Qt.ItemDataRole.TextAlignmentRole and KEYS[section] in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row_at(self, view_row: int) -> Row:
        """The row the view shows at `view_row` (descending order reads `shown` backwards)."""
        if self.sort_order == Qt.SortOrder.DescendingOrder:
            return self.shown[len(self.shown) - 1 - view_row]
        return self.shown[view_row]

    def view_row(self, deal_id: int) -> int:
        """Where the deal is shown, or -1."""
        row = self.by_id.get(deal_id)
        i = self._find(self.shown, row) if row is not None else -1
        return -1 if i < 0 else self._to_view(i, len(self.shown))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.shown):
            return None
        row = self.row_at(index.row())
        key = KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == DEAL_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key == "status":
            return _STATUS_COLOURS.get(row.status)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("title", "organization", "contact"):
            return plain_tooltip(getattr(row, key))  # typed text may look like HTML
        return None

    def _display(self, row: Row, key: str) -> str:
        if key in ("title", "organization", "contact"):
            return elide(getattr(row, key), TITLE_LIMIT)  # one line, however long it was typed
        if key == "stage":
            stage = self.stages.get(row.stage_id)
            return elide(stage.name, TITLE_LIMIT) if stage else ""
        if key == "status":
            return status_text(row.status)
        if key == "value":
            return format_money(row.value_minor, row.currency)
        if key == "probability":
            return format_percent(deal_table.probability(row, self.stages.get(row.stage_id)))
        if key == "expected_close":
            return format_date(date.fromisoformat(row.expected_close)) if row.expected_close else ""
        if key == "days_in_stage":  # the header says what the number counts
            return QLocale().toString(row.days_in_stage) if row.is_open else ""
        if key == "last_activity":
            return format_date(_local_day(row.last_activity))
        if key == "next_follow_up":
            return format_date(_local_day(row.next_follow_up)) if row.is_open else ""
        return ""

    # --- sorting ------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or (column, order) == (self.sort_column, self.sort_order):
            return  # the rows are kept in order as they change: nothing to redo
        self.layoutAboutToBeChanged.emit()
        # Persistent indexes (the selection, the current cell) follow their deals.
        old = self.persistentIndexList()
        count = len(self.shown)
        ids = [self.row_at(i.row()).id if 0 <= i.row() < count else 0 for i in old]
        self.sort_column, self.sort_order = column, order
        self._key = sort_key(column, order, self.stages)
        self.ordered.sort(key=self._key)
        self._select_shown()
        if old:
            rows = [self.view_row(d) for d in ids]
            self.changePersistentIndexList(
                old,
                [
                    self.index(r, i.column()) if r >= 0 else QModelIndex()
                    for i, r in zip(old, rows, strict=True)
                ],
            )
        self.layoutChanged.emit()

    # --- filtering ----------------------------------------------------------------------

    def set_query(self, text: str) -> None:
        narrowing = self.filter.set_query(text)
        if narrowing is not None:
            self._refilter(narrowing)

    def set_quick_filter(self, name: str, on: bool) -> None:
        if self.filter.set_quick(name, on):
            self._refilter()

    def set_statuses(self, statuses: set[str]) -> None:
        if statuses != self.statuses:
            self.statuses = set(statuses)
            self._refilter()

    def accepts(self, row: Row) -> bool:
        if row.status not in self.statuses:
            return False
        if self.filter.quick and not row.is_open:  # the quick filters are about deals in play
            return False
        return self.filter.accepts(row, self.stages.get(row.stage_id))

    def _select_shown(self) -> None:
        self.shown = self._accepted(self.ordered)

    def _accepted(self, rows: list[Row]) -> list[Row]:
        """`accepts` over many rows; the common cases (typed words only) as one
        comprehension each: at 100,000 rows a call per row doubles the time."""
        if self.filter.quick or self.statuses != set(STATUSES):
            return [r for r in rows if self.accepts(r)]
        words = self.filter.words
        if not words:
            return list(rows)
        if len(words) == 1:
            word = words[0]
            return [r for r in rows if word in r.search_key]
        return [r for r in rows if all(w in r.search_key for w in words)]

    def _refilter(self, narrowing: bool = False) -> None:
        narrowing = self.filter.tick(narrowing)
        shown = self._accepted(self.shown if narrowing else self.ordered)
        if len(shown) == len(self.shown) and all(
            a is b for a, b in zip(shown, self.shown, strict=True)
        ):
            return
        self.beginResetModel()
        self.shown = shown
        self.endResetModel()
        self.countsChanged.emit()

    # --- one deal changed -------------------------------------------------------------------

    def _changed(self, deal_id: int) -> None:
        """Store signals arrive one per deal; a bulk change sends thousands. They are
        gathered and applied once the event loop turns."""
        if not self._pending and not self.loading:
            QTimer.singleShot(0, self, self._apply_pending)
        self._pending.add(deal_id)

    def _apply_pending(self) -> None:
        if self.loading:
            return  # `_arrive` comes back here
        ids, self._pending = self._pending, set()
        if len(ids) > RELOAD_OVER:
            self.load(self.pipeline_id)
            return
        for deal_id in sorted(ids):
            self.update_deal(deal_id)
        if ids:
            self.countsChanged.emit()

    def update_deal(self, deal_id: int) -> None:
        """Reads the deal again and puts it where it now belongs (or takes it out)."""
        new = self.store.table_row(deal_id)
        if new is not None and new.stage_id not in self.stages:
            new = None  # another pipeline's (moved there, or added there)
        old = self.by_id.pop(deal_id, None)
        if old is not None:
            i = self._find(self.ordered, old)
            if i >= 0:
                del self.ordered[i]
            self._take_shown(old)
        if new is None:
            return
        self.by_id[deal_id] = new
        self.ordered.insert(bisect_left(self.ordered, self._key(new), key=self._key), new)
        if self.accepts(new):
            i = bisect_left(self.shown, self._key(new), key=self._key)
            at = self._to_view(i, len(self.shown) + 1)
            self.beginInsertRows(QModelIndex(), at, at)
            self.shown.insert(i, new)
            self.endInsertRows()

    def _take_shown(self, old: Row) -> None:
        i = self._find(self.shown, old)
        if i < 0:
            return
        at = self._to_view(i, len(self.shown))
        self.beginRemoveRows(QModelIndex(), at, at)
        del self.shown[i]
        self.endRemoveRows()

    def _find(self, rows: list[Row], row: Row) -> int:
        i = bisect_left(rows, self._key(row), key=self._key)
        return i if i < len(rows) and rows[i] is row else -1

    def _to_view(self, i: int, count: int) -> int:
        return count - 1 - i if self.sort_order == Qt.SortOrder.DescendingOrder else i
