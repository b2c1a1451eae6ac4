"""Typing an objection: matches from the library appear as you type (any script),
and picking one brings its category and standard answer to use or adapt."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QWidget

from salesdesk.ui.plain import plain_tooltip
from salesdesk.ui.store import Store

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class LibraryMatch:
    id: int
    category: str
    text: str
    answer: str


class ObjectionPicker(QLineEdit):
    """A line edit whose completer lists library entries matching every typed word;
    `picked` carries the chosen entry, and typing anew forgets it."""

    picked = Signal(object)  # LibraryMatch, or None when the text no longer is one

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.match: LibraryMatch | None = None
        self.setPlaceholderText(self.tr("Type an objection; matches from the library appear"))
        self.setClearButtonEnabled(True)
        self.suggestions = QStandardItemModel(self)
        self.completer_ = QCompleter(self.suggestions, self)
        # The library search already matched (accents, Persian/Arabic letters, word
        # order): the popup shows its results as they are.
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        self.textEdited.connect(self._search)

    def _search(self, text: str) -> None:
        if self.match is not None and text != self.match.text:
            self.match = None
            self.picked.emit(None)
        self.suggestions.clear()
        if not text.strip():
            self.popup().hide()
            return
        for ident, category, entry, answer in self.store.search_library(text, 12):
            item = QStandardItem(entry)
            item.setToolTip(plain_tooltip(f"{category}\n\n{answer}"))
            item.setData(LibraryMatch(ident, category, entry, answer), ENTRY_ROLE)
            item.setEditable(False)
            self.suggestions.appendRow(item)
        if self.suggestions.rowCount():
            self.completer_.complete()
        else:
            self.popup().hide()

    def _chosen(self, index: QModelIndex | QPersistentModelIndex) -> None:
        match = index.data(ENTRY_ROLE)
        if isinstance(match, LibraryMatch):
            self.match = match
            self.setText(match.text)
            self.picked.emit(match)

    def popup(self) -> QAbstractItemView:
        popup = self.completer_.popup()
        assert popup is not None  # a QCompleter always has one
        return popup

    def reset(self) -> None:
        self.clear()
        self.match = None
        self.suggestions.clear()
