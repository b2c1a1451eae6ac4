"""One list tab of the page: a search box over a list, with how many rows match."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salesdesk.ui.people.lists import RowsModel
from salesdesk.ui.plain import plain_label


class ListPage(QWidget):
    def __init__(self, model: RowsModel[Any], name: str, placeholder: str) -> None:
        super().__init__()
        self.model = model
        self.search = QLineEdit()
        self.search.setObjectName(f"{name}Search")
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        label = QLabel(self.tr("Sea&rch:"))
        label.setBuddy(self.search)
        # A table, not a tree: a tree lays out every row on a reset (two Python
        # calls per row), a table with fixed row heights none of them.
        self.view = QTableView()
        self.view.setObjectName(f"{name}List")
        self.view.setModel(model)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.view.fontMetrics().height() + 6)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().resizeSection(0, 240)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.count = plain_label()
        self.count.setObjectName(f"{name}Count")
        self.count.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        self.search.returnPressed.connect(self.focus_list)

    def focus_list(self) -> None:
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.view.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Down in the search box goes on to the list.
        if event.key() == Qt.Key.Key_Down and self.search.hasFocus():
            self.focus_list()
            return
        super().keyPressEvent(event)
