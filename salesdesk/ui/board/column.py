"""One stage column: a header with the stage's figures over a QListView of cards."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salesdesk.ui.board.delegate import CardDelegate
from salesdesk.ui.board.model import MIME_TYPE, ColumnModel
from salesdesk.ui.formatting import format_main_total, format_totals

COLUMN_WIDTH = 270


class CardListView(QTableView):
    """A one-column table rather than a QListView: QListView re-lays out every row
    on each insert, calling the Python model twice per row (measured: 29 ms per
    move at 10,000 cards); a table's fixed-height rows cost nothing to insert."""

    dragStarted = Signal()
    dragFinished = Signal()
    neighbourRequested = Signal(int)  # -1: column visually to the left, +1: to the right

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(CardDelegate(self))
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(CardDelegate.card_height(self.font()))
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(False)

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        self.dragStarted.emit()
        try:
            super().startDrag(supportedActions)
        finally:
            self.dragFinished.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME_TYPE):
            super().dragEnterEvent(event)
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() == Qt.KeyboardModifier.NoModifier and event.key() in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
        ):
            self.neighbourRequested.emit(-1 if event.key() == Qt.Key.Key_Left else 1)
            return
        super().keyPressEvent(event)

    def focus_row(self, row: int) -> None:
        model = self.model()
        if model is None or model.rowCount() == 0:
            self.setFocus()
            return
        index = model.index(max(0, min(row, model.rowCount() - 1)), 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.scrollTo(index)
        self.setFocus()


class ColumnWidget(QFrame):
    def __init__(self, model: ColumnModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setObjectName(f"column-{model.column.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(COLUMN_WIDTH)
        self.name = QLabel(model.column.name)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        # Count and money share one label: a move repaints one widget, not two.
        self.figures = QLabel()
        self.figures.setTextFormat(Qt.TextFormat.PlainText)
        # A fixed box: new figures repaint the label without re-laying out the column.
        self.figures.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.figures.setFixedHeight(3 * self.figures.fontMetrics().lineSpacing() + 4)
        self.figures.setAutoFillBackground(True)  # opaque: its repaint stops here
        self.view = CardListView(self)
        self.view.setModel(model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.setSpacing(2)
        for label in (self.name, self.figures):
            layout.addWidget(label)
        layout.addWidget(self.view, 1)
        model.rowsInserted.connect(self.update_header)
        model.rowsRemoved.connect(self.update_header)
        model.modelReset.connect(self.update_header)
        self.update_header()

    def update_header(self) -> None:
        loc = self.locale()
        shown, total = len(self.model.visible), self.model.count
        count = loc.toString(total)
        if self.model.board.is_filtered():
            count = self.tr("{shown} of {total} deals").format(
                shown=loc.toString(shown), total=count
            )
        else:
            count = self.tr("{count} deals").format(count=count)
        prob = loc.toString(self.model.column.probability)
        totals = {c: v for c, v in self.model.totals.items() if v}
        weighted = {c: v for c, v in self.model.weighted_totals().items() if v}
        money = (
            self.tr("{total}\nweighted {weighted}").format(
                total=format_main_total(totals, self.model.currency_counts, loc),
                weighted=format_main_total(weighted, self.model.currency_counts, loc),
            )
            if totals
            else "—\n"
        )
        self.figures.setText(f"{count} · {prob}{loc.percent()}\n{money}")
        self.figures.setToolTip(
            self.tr("Total: {total}\nWeighted by win probability: {weighted}").format(
                total=format_totals(totals, loc), weighted=format_totals(weighted, loc)
            )
            if totals
            else ""
        )
