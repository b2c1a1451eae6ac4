"""Search everything (Ctrl+K): one box over deals, organizations, contacts, notes,
objections and the app's own actions. Enter opens the result or runs the action.

The index (core.search) is read on a worker thread with its own read-only
connection the first time the palette opens, kept, and read again in the
background after the Store reports a change (when a build is slow, seconds at
100,000 deals, only once the palette opens again); until it arrives the palette
answers for the actions, or from the last index. A query costs a few
milliseconds at 10,000 deals, so it runs on every keystroke, on the GUI thread."""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeAlias

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core import search
from salesdesk.core.timeutil import from_storage
from salesdesk.ui.formatting import format_datetime
from salesdesk.ui.plain import first_line, isolate, plain_tooltip
from salesdesk.ui.store import Store
from salesdesk.ui.worker import Job

Index: TypeAlias = "QModelIndex | QPersistentModelIndex"
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "Deal", "Note", "Action"...
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2  # the secondary line
SHORTCUT_ROLE = Qt.ItemDataRole.UserRole + 3
REBUILD_MS = 1000  # changes come in bursts (an import, a bulk edit): read once after
# A build that took longer than this (100,000 deals: seconds of CPU) is not redone
# after every change while the palette is closed, but when it opens next.
EAGER_BUILD_S = 1.0
ACTION = -1  # the kind of a row that is an action
_MNEMONIC = re.compile(r"&(.)")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
SEP = " · "


def plain_text(text: str) -> str:
    """A menu text without its mnemonic marks ('&New deal' -> 'New deal', '&&' -> '&')."""
    return _MNEMONIC.sub(r"\1", text)


class Row:
    """One line of the result list: an index entry or an action. What it shows is
    worked out when the view first asks (a keystroke builds up to ~100 rows; a
    dozen are on screen)."""

    __slots__ = (
        "action",
        "detail",
        "entry",
        "kind",
        "query",
        "rank",
        "ready",
        "shortcut",
        "source",
        "tip",
        "title",
    )

    def __init__(
        self,
        rank: int,
        entry: search.Entry | None = None,
        action: ActionItem | None = None,
        query: search.Query | None = None,
        source: search.SearchIndex | None = None,
    ) -> None:
        self.rank, self.entry, self.action = rank, entry, action
        self.query, self.source = query, source  # what a snippet is made from
        self.kind = ACTION if entry is None else entry.kind
        self.ready = False
        self.title = self.detail = self.shortcut = self.tip = ""


class ActionItem:
    """An action as the palette searches it: its text, object name and menu path."""

    def __init__(self, action: QAction) -> None:
        self.action = action
        self.title = plain_text(action.text())
        self.path = _menu_path(action)
        name = action.objectName()
        self.head, self.key = search.item_keys(self.title, _CAMEL.sub(" ", name), name, self.path)
        self.shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def _menu_path(action: QAction) -> str:
    """'Deal ▸ Unmet exit criteria' for an action in that submenu (the arrow
    points the way the text reads)."""
    names: list[str] = []
    menu = next((o for o in action.associatedObjects() if isinstance(o, QMenu)), None)
    while menu is not None and len(names) < 5:
        names.insert(0, plain_text(menu.title()))
        owners = menu.menuAction().associatedObjects()
        menu = next((o for o in owners if isinstance(o, QMenu)), None)
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return (" ◂ " if rtl else " ▸ ").join(n for n in names if n)


def _timed_build(path: Path) -> tuple[search.SearchIndex, float]:
    """The index from a read-only connection (a missing file is an error, never
    created), and the seconds it took."""
    start = time.perf_counter()
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return search.build(conn), time.perf_counter() - start
    finally:
        conn.close()


class IndexLoader(QObject):
    """Builds the search index on a worker (ui/worker.Job). One build at a time: a
    request while one runs is served by one more build after."""

    ready = Signal(object)  # core.search.SearchIndex
    failed = Signal(str)

    def __init__(self, path: Callable[[], Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self.running = False
        self.seconds = 0.0  # how long the last build took
        self._again = False

    def request(self) -> None:
        if self.running:
            self._again = True
            return
        self.running = True
        path = self._path()  # read now: a restore may have replaced the database
        job = Job(lambda _job: _timed_build(path), "search-index", self)
        job.done.connect(self._deliver)
        job.done.connect(job.deleteLater)
        job.start()

    def _deliver(self, result: object, error: object) -> None:
        self.running = False
        index = None
        if isinstance(result, tuple):
            index, self.seconds = result
        if self._again:
            self._again = False
            self.request()
        if isinstance(index, search.SearchIndex):
            self.ready.emit(index)
        else:  # shown in the palette; its actions still work
            self.failed.emit(str(error))


class ResultModel(QAbstractListModel):
    """The rows shown; replaced whole on each keystroke (at most ~100 rows)."""

    def __init__(self, describe: Callable[[Row], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self._describe = describe
        self.kinds: dict[int, str] = {}  # kind -> its label, set by the palette

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if not row.ready:
            self._describe(row)
            row.ready = True
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == KIND_ROLE:
            return self.kinds.get(row.kind, "")
        if role == DETAIL_ROLE:
            return row.detail
        if role == SHORTCUT_ROLE:
            return row.shortcut
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(row.tip) if row.tip else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            kind = self.kinds.get(row.kind, "")
            return f"{kind}: {row.title}. {row.detail} {row.shortcut}".strip()
        return None


PAD = 6


class ResultDelegate(QStyledItemDelegate):
    """Two lines per row: the kind and the title (an action's shortcut at the
    trailing edge), the detail below. Rects and alignment are logical and mirrored
    through QStyle, so right-to-left layouts read from the right."""

    def __init__(self, kinds: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kinds = kinds
        self._font_key = ""
        self._kind_width = 0

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(200, 2 * QFontMetrics(option.font).height() + 3 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # the style paints background, selection and focus; we paint text
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        fm = QFontMetrics(opt.font)
        if opt.font.key() != self._font_key:
            self._font_key = opt.font.key()
            self._kind_width = max(map(fm.horizontalAdvance, self._kinds)) + 2 * PAD
        direction, outer = opt.direction, opt.rect.adjusted(PAD, PAD, -PAD, -PAD)
        line = fm.height()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = opt.palette.currentColorGroup()
        text = opt.palette.color(
            group,
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text,
        )
        dim = text if selected else opt.palette.color(group, QPalette.ColorRole.PlaceholderText)
        lead = QStyle.visualAlignment(direction, Qt.AlignmentFlag.AlignLeading)
        trail = QStyle.visualAlignment(direction, Qt.AlignmentFlag.AlignTrailing)
        middle = Qt.AlignmentFlag.AlignVCenter

        def draw(logical: QRect, align: Qt.AlignmentFlag, value: str, bold: bool = False) -> None:
            rect = QStyle.visualRect(direction, outer, logical)
            font = QFont(opt.font)
            if bold:
                font.setBold(True)
            painter.setFont(font)
            metrics = QFontMetrics(font)
            elided = metrics.elidedText(value, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(rect, align | middle, elided)

        painter.save()
        left, top, width = outer.left(), outer.top(), outer.width()
        painter.setPen(dim)
        draw(QRect(left, top, self._kind_width, line), lead, index.data(KIND_ROLE) or "")
        shortcut = index.data(SHORTCUT_ROLE) or ""
        short_w = fm.horizontalAdvance(shortcut) + PAD if shortcut else 0
        if shortcut:
            draw(QRect(left + width - short_w, top, short_w, line), trail, shortcut)
        body = left + self._kind_width
        painter.setPen(text)
        title_w = width - self._kind_width - short_w
        draw(QRect(body, top, title_w, line), lead, index.data() or "", bold=True)
        painter.setPen(dim)
        detail_rect = QRect(body, top + line + PAD, width - self._kind_width, line)
        draw(detail_rect, lead, index.data(DETAIL_ROLE) or "")
        painter.restore()


class SearchPalette(QDialog):
    """The search box and its results, above the window. `actions` gives the
    window's actions when the palette opens (disabled ones are left out)."""

    openDeal = Signal(int)
    openOrganization = Signal(int)
    openContact = Signal(int)
    openLibraryEntry = Signal(int)

    def __init__(self, store: Store, actions: Callable[[], list[QAction]], parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("searchPalette")
        self.setWindowTitle(self.tr("Search everything"))
        self.store = store
        self._actions_of = actions
        self.action_items: list[ActionItem] = []
        self.index: search.SearchIndex | None = None
        self.error = ""  # why the index could not be read
        self._dirty = False  # a change since the index was read
        self.results: search.Results | None = None

        self.edit = QLineEdit()
        self.edit.setObjectName("searchPaletteEdit")
        self.edit.setPlaceholderText(
            self.tr("Search deals, organizations, contacts, notes, objections and actions")
        )
        self.edit.setClearButtonEnabled(True)
        self.edit.installEventFilter(self)
        self.model = ResultModel(self._describe, self)
        self._labels()
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the box
        self.view.setItemDelegate(ResultDelegate(list(self.model.kinds.values()), self.view))
        self.view.clicked.connect(self.run_index)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setEnabled(False)  # dimmed: a hint, not content
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAD, PAD, PAD, PAD)
        layout.addWidget(self.edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.edit.textChanged.connect(self._typed)

        self.loader = IndexLoader(lambda: self.store.db.path, self)
        self.loader.ready.connect(self._index_ready)
        self.loader.failed.connect(self._index_failed)
        self._rebuild = QTimer(self)
        self._rebuild.setSingleShot(True)
        self._rebuild.setInterval(REBUILD_MS)
        self._rebuild.timeout.connect(self._read_index)
        for signal in (
            store.dealAdded,
            store.dealChanged,
            store.dealMoved,
            store.dealRemoved,
            store.dataChanged,
            store.activityLogged,
            store.objectionsChanged,
            store.libraryChanged,
            store.peopleChanged,
            store.pipelineChanged,
        ):
            signal.connect(self._changed)

    # --- opening and closing ---------------------------------------------------------------

    def popup(self) -> None:
        """Shows the palette at once over its window; the index is read in the
        background the first time and after changes (until it arrives, the last
        one answers)."""
        self.action_items = [ActionItem(a) for a in self._actions_of() if _usable(a)]
        if (self.index is None and not self.loader.running) or self._dirty:
            self._read_index()
        self._place()
        self.show()
        self.raise_()
        self.activateWindow()
        self.edit.setFocus()
        self.edit.selectAll()  # the last search stays; typing replaces it
        self.refresh()

    def open(self) -> None:
        """The same as popup() (QDialog.open would make it window-modal)."""
        self.popup()

    def forget(self) -> None:
        """Drops the index (after a restore replaced the database): read anew."""
        self.index = None
        self._dirty = True
        if self.isVisible():
            self._read_index()

    def _place(self) -> None:
        host = self.parentWidget()
        if host is None:
            self.resize(640, 440)
            return
        area = host.window().geometry()
        width = min(max(520, area.width() * 3 // 5), max(area.width() - 40, 320))
        height = min(460, max(area.height() - 80, 240))
        x = area.x() + (area.width() - width) // 2
        self.setGeometry(x, area.y() + min(60, area.height() // 10), width, height)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A click elsewhere (or another window taking over) closes the palette.
        if (
            event.type() == QEvent.Type.ActivationChange
            and self.isVisible()
            and not self.isActiveWindow()
        ):
            self.reject()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                QCoreApplication.sendEvent(self.view, event)  # moves the current row
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.run_index(self.view.currentIndex())
                return True
        return super().eventFilter(watched, event)

    # --- the index ---------------------------------------------------------------------------

    def _changed(self, *_: object) -> None:
        if self.index is None and not self.loader.running:
            return  # never read yet: the first popup reads it
        self._dirty = True
        if self.isVisible() or self.loader.seconds < EAGER_BUILD_S:
            self._rebuild.start()

    def _read_index(self) -> None:
        self._rebuild.stop()
        self._dirty = False
        self.loader.request()
        self._update_status()

    def _index_ready(self, index: search.SearchIndex) -> None:
        self.index, self.error = index, ""
        if self.isVisible():
            self.refresh(keep=True)

    def _index_failed(self, error: str) -> None:
        self.error = error
        if self.isVisible():
            self._update_status()

    # --- searching ---------------------------------------------------------------------------

    def _typed(self, _text: str) -> None:
        self.refresh()

    def refresh(self, keep: bool = False) -> None:
        """Runs the query in the box and selects the best result; with `keep` (new
        data for the same query) a row the rep moved to stays selected."""
        row = self.view.currentIndex().row()
        current = self._identity(row) if keep and row > 0 else None
        query = search.Query.parse(self.edit.text())
        rows: list[Row] = []
        for item in self.action_items:
            rank = query.rank(item.head, item.key) if query else search.EXACT
            if rank is not None:
                rows.append(Row(rank, action=item))
        self.results = None
        if query and self.index is not None:
            self.results = self.index.search(query)
            rows += [Row(h.rank, h.entry, None, query, self.index) for h in self.results.hits]
        rows.sort(key=lambda r: r.rank)  # stable: actions first within a rank
        self.model.set_rows(rows)
        found = next((i for i, r in enumerate(rows) if current and self._key(r) == current), 0)
        if rows:
            self.view.setCurrentIndex(self.model.index(found))
        self._update_status()

    def _update_status(self) -> None:
        locale = QLocale()
        if not self.edit.text().strip():
            text = self.tr("Type to search · Enter opens or runs · Esc closes")
        elif self.error:
            text = self.tr("Only actions can be searched: {error}").format(error=self.error)
        elif self.index is None:
            text = self.tr("Reading deals, notes and objections…")
        elif self.results is not None and len(self.results.hits) < self.results.total:
            text = self.tr("The best {shown} of {total} results").format(
                shown=locale.toString(len(self.results.hits)),
                total=locale.toString(self.results.total),
            )
        elif not self.model.rows:
            text = self.tr("Nothing found")
        else:
            text = self.tr("%Ln result(s)", "", len(self.model.rows))
        self.status.setText(text)

    def _identity(self, row: int) -> object:
        return self._key(self.model.rows[row]) if 0 <= row < len(self.model.rows) else None

    @staticmethod
    def _key(row: Row) -> object:
        if row.action is not None:
            return row.action.action
        return (row.entry.kind, row.entry.id) if row.entry is not None else None

    def _labels(self) -> None:
        """Kinds, statuses and activity types in the rep's language, once."""
        self.model.kinds = {
            search.DEAL: self.tr("Deal"),
            search.ORGANIZATION: self.tr("Organization"),
            search.CONTACT: self.tr("Contact"),
            search.LIBRARY: self.tr("Objection"),
            search.OBJECTION: self.tr("Objection"),
            search.NOTE: self.tr("Note"),
            ACTION: self.tr("Action"),
        }
        self._statuses = {"open": self.tr("Open"), "won": self.tr("Won"), "lost": self.tr("Lost")}
        self._activities = {
            "call": self.tr("Call"),
            "meeting": self.tr("Meeting"),
            "email": self.tr("Email"),
            "note": self.tr("Note"),
            "task": self.tr("Follow-up"),
        }

    def _describe(self, row: Row) -> None:
        """Fills in what a row shows (called by the model when the view asks)."""
        if row.action is not None:
            row.title, row.shortcut = row.action.title, row.action.shortcut
            row.detail = row.action.path or self.model.kinds[ACTION]
            return
        entry, source = row.entry, row.source
        if entry is None or source is None or row.query is None:
            return
        if entry.kind in (search.NOTE, search.OBJECTION, search.LIBRARY):
            row.title = source.snippet(entry, row.query)
            row.tip = entry.text
        else:
            row.title = first_line(entry.title) or "—"
        row.detail = self._detail(entry)

    def _detail(self, entry: search.Entry) -> str:
        """The secondary line; the rep's texts isolated, so a right-to-left name
        cannot reorder the separators around it."""
        parts: list[str] = []
        if entry.kind == search.DEAL:
            status = self._statuses.get(entry.status, "")
            parts = [_user(entry.context), _user(entry.extra), status]
        elif entry.kind == search.ORGANIZATION:
            parts = [self.tr("%Ln deal(s)", "", entry.count)]
        elif entry.kind == search.CONTACT:
            parts = [_user(entry.context), _user(entry.extra)]
        elif entry.kind == search.LIBRARY:
            parts = [self.tr("Objection library"), _user(entry.context)]
        elif entry.kind == search.OBJECTION:
            resolved = self.tr("Resolved") if entry.status == "resolved" else ""
            parts = [_user(entry.context), _user(entry.extra), resolved]
        elif entry.kind == search.NOTE:
            when = format_datetime(from_storage(entry.at)) if entry.at else ""
            parts = [self._activities.get(entry.extra, entry.extra), when, _user(entry.context)]
        return SEP.join(p for p in parts if p)

    # --- running -----------------------------------------------------------------------------

    def run_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid() and 0 <= index.row() < len(self.model.rows):
            self.run_row(self.model.rows[index.row()])

    def run_row(self, row: Row) -> None:
        """Closes the palette, then opens the result or runs the action from the
        event loop, so a dialog the action opens is not stacked on the palette."""
        self.accept()
        if row.action is not None:
            action = row.action.action
            QTimer.singleShot(0, action, action.trigger)
            return
        entry = row.entry
        if entry is None:
            return
        signal, target = {
            search.DEAL: (self.openDeal, entry.id),
            search.ORGANIZATION: (self.openOrganization, entry.id),
            search.CONTACT: (self.openContact, entry.id),
            search.LIBRARY: (self.openLibraryEntry, entry.id),
        }.get(entry.kind, (self.openDeal, entry.deal_id or 0))
        QTimer.singleShot(0, self, lambda: signal.emit(target))


def _user(text: str) -> str:
    """A piece of the rep's text on one line, isolated."""
    return isolate(first_line(text)) if text else ""


def _usable(action: QAction) -> bool:
    return (
        action.isEnabled()
        and action.isVisible()
        and not action.isSeparator()
        and action.menu() is None
        and bool(plain_text(action.text()).strip())
    )
