"""The objection library editor: every standard objection with how it fared on
deals, a search that works in any script, and a form to edit, add or delete."""

from __future__ import annotations

from typing import Any, TypeAlias

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core import textsearch
from salesdesk.core.errors import SalesDeskError, ValidationError
from salesdesk.core.services.objections import LibraryRow
from salesdesk.ui import msgbox
from salesdesk.ui.messages import tr_error
from salesdesk.ui.plain import first_line, plain_tooltip, quoted
from salesdesk.ui.store import Store

Index: TypeAlias = "QModelIndex | QPersistentModelIndex"
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # numbers sort as numbers, not as their text
CATEGORY, TEXT, ANSWER, RAISED, STAGES, WON = range(6)
_NUMERIC = (RAISED, WON)
_TRAILING = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter  # mirrors in RTL


class LibraryModel(QAbstractTableModel):
    """Library rows with their statistics, as read by Store.library_stats()."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[LibraryRow] = []
        self.keys: list[str] = []  # normalized search keys, one per row

    def set_rows(self, rows: list[LibraryRow]) -> None:
        # A reset is fine here: a few hundred rows, reloaded only after an edit.
        self.beginResetModel()
        self.rows = rows
        self.keys = [textsearch.normalize(f"{r.category} {r.text} {r.answer}") for r in rows]
        self.endResetModel()

    def row_of(self, entry_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == entry_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [self.tr("Category"), self.tr("Objection"), self.tr("Standard answer")]
        titles += [self.tr("Raised"), self.tr("Stages"), self.tr("Won")]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            if column == RAISED:
                return row.raised
            if column == WON:
                return -1.0 if row.win_rate is None else row.win_rate
            return self._display(row, column)  # compared with the locale's collation
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return _TRAILING
        if role == Qt.ItemDataRole.ToolTipRole and column in (TEXT, ANSWER, STAGES):
            full = row.answer if column == ANSWER else self._display(row, column)
            return plain_tooltip(full)  # cut short: the form below shows it all
        return None

    def _display(self, row: LibraryRow, column: int) -> str:
        locale = QLocale()  # counts in the rep's digits (Persian, Arabic...)
        if column == CATEGORY:
            return row.category
        if column == TEXT:
            return row.text
        if column == ANSWER:
            return first_line(row.answer, more=True)  # '…' tells there is more
        if column == RAISED:
            return locale.toString(row.raised)
        if column == STAGES:
            return ", ".join(f"{name} {locale.toString(n)}" for name, n in row.by_stage if name)
        closed = row.won + row.lost
        if not closed:
            return "—"
        return self.tr("{won} of {closed} closed").format(
            won=locale.toString(row.won), closed=locale.toString(closed)
        )


class LibraryFilter(QSortFilterProxyModel):
    """Keeps the rows holding every word typed, in any script (see core.textsearch)."""

    def __init__(self, model: LibraryModel) -> None:
        super().__init__(model)
        self._model = model
        self._needle = ""
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)

    def set_query(self, query: str) -> None:
        self._needle = textsearch.normalize(query.strip())
        # invalidateFilter() is deprecated from Qt 6.10 and its successor is missing
        # before it; invalidate() also re-sorts, which costs nothing for a few hundred rows.
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return textsearch.matches(self._needle, self._model.keys[source_row])


class LibraryDialog(QDialog):
    """Search, table and edit form; every change goes through the Store, and the
    table reloads on Store.libraryChanged (also for changes made elsewhere)."""

    def __init__(self, store: Store, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Objection library"))
        self._store = store
        self._language = language  # of the entries added here
        self._current_id: int | None = None  # None: the form holds a new entry
        self._syncing = False  # selecting rows in code must not overwrite the form

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search objections, categories and answers"))
        self.search.setClearButtonEnabled(True)
        self.model = LibraryModel(self)
        self.proxy = LibraryFilter(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CATEGORY, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (TEXT, ANSWER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # Stage lists grow long: a fixed share, the full list in the tooltip.
        header.setSectionResizeMode(STAGES, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(STAGES, 200)

        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if (line := self.category.lineEdit()) is not None:
            line.setPlaceholderText(self.tr("Choose or type a category"))
        self.text = QLineEdit()
        self.answer = QPlainTextEdit()
        self.answer.setTabChangesFocus(True)  # Tab moves on to the buttons
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #c62828")
        self.error.setWordWrap(True)
        self.error.hide()
        self.new_button = QPushButton(self.tr("&New"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.new_button, self.save_button, self.delete_button, self.close_button):
            button.setAutoDefault(False)  # Enter in a field must not press a button

        form = QFormLayout()
        form.addRow(self.tr("C&ategory:"), self.category)
        form.addRow(self.tr("&Objection:"), self.text)
        form.addRow(self.tr("Standard &answer:"), self.answer)
        form.addRow(self.error)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 3)
        layout.addLayout(form, 2)
        layout.addLayout(buttons)

        self.search.textChanged.connect(self.proxy.set_query)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.new_button.clicked.connect(self.new_entry)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.close_button.clicked.connect(self.reject)  # Esc does the same (QDialog)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_entry)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)  # Delete in a field edits text

        # The store outlives the dialog: drop the connection once the dialog is gone.
        connection = store.libraryChanged.connect(self.reload)
        self.destroyed.connect(lambda: QObject.disconnect(connection))
        self.resize(900, 600)
        self.reload()
        self.new_entry()

    # --- reading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-reads the library; the form keeps what the rep is typing."""
        rows = self._store.library_stats()
        self.model.set_rows(rows)
        typed = self.category.currentText()
        self.category.clear()
        self.category.addItems(sorted({r.category for r in rows}, key=textsearch.normalize))
        self.category.setCurrentText(typed)
        if self._current_id is not None and self.model.row_of(self._current_id) < 0:
            self.new_entry()  # deleted, here or elsewhere
        else:
            self._select(self._current_id)

    def select_entry(self, entry_id: int) -> None:
        """Selects the entry and shows it in the form (the search palette opens one)."""
        row = self.model.row_of(entry_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def _select(self, entry_id: int | None) -> None:
        row = -1 if entry_id is None else self.model.row_of(entry_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        self._syncing = True
        try:
            if index.isValid():
                self.table.selectRow(index.row())
                self.table.scrollTo(index)
            else:
                self.table.clearSelection()
        finally:
            self._syncing = False

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return  # filtered away: keep editing the same entry
        self._show(self.model.rows[self.proxy.mapToSource(current).row()])

    def _show(self, row: LibraryRow) -> None:
        self._current_id = row.id
        self.category.setCurrentText(row.category)
        self.text.setText(row.text)
        self.answer.setPlainText(row.answer)
        self.delete_button.setEnabled(True)
        self.error.hide()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- writing -------------------------------------------------------------------------

    def new_entry(self) -> None:
        self._current_id = None
        self._select(None)
        self.category.setCurrentText("")
        self.text.clear()
        self.answer.clear()
        self.delete_button.setEnabled(False)
        self.error.hide()
        self.category.setFocus()

    def save(self) -> None:
        category, text = self.category.currentText(), self.text.text()
        answer = self.answer.toPlainText()
        try:
            if self._current_id is None:
                self._current_id = self._store.add_library_entry(
                    category, text, answer, self._language
                )
            else:
                self._store.update_library_entry(self._current_id, category, text, answer)
        except SalesDeskError as exc:  # nothing was saved: say why, beside the form
            self._show_error(exc)
            field = exc.field if isinstance(exc, ValidationError) else ""
            {"category": self.category, "answer": self.answer}.get(field, self.text).setFocus()
            return
        row = self.model.row_of(self._current_id)
        if row >= 0:
            self._show(self.model.rows[row])  # the stored (trimmed) values
        self._select(self._current_id)

    def delete(self) -> None:
        row = -1 if self._current_id is None else self.model.row_of(self._current_id)
        if row < 0:
            return
        entry = self.model.rows[row]
        question = self.tr(
            "Delete “{text}” from the library?\n\n"
            "Deals where it was raised keep the objection's text."
        ).format(text=quoted(entry.text))
        if not msgbox.question(self, self.tr("Delete objection"), question):
            return
        try:
            self._store.delete_library_entry(entry.id)
        except SalesDeskError as exc:  # e.g. deleted meanwhile in another window
            self._show_error(exc)
            return
        self.new_entry()

    def _show_error(self, exc: SalesDeskError) -> None:
        self.error.setText(tr_error(exc))
        self.error.show()
