"""One stage column: a header with the stage's figures over a QListView of cards."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, QObject, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStyle,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from salesdesk.ui.board.delegate import CardDelegate
from salesdesk.ui.board.model import MIME_TYPE, ColumnModel
from salesdesk.ui.board.scrollbar import FlatScrollBar
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
        self.setVerticalScrollBar(FlatScrollBar(self))
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


def _line_height(font: QFont) -> int:
    """A line's height with the locale's digits and script: Persian, Arabic or
    Chinese glyphs come from fallback fonts whose lines are taller than the
    widget font's own line spacing."""
    loc = QLocale()
    sample = f"Ag{loc.toString(9876543210)}{loc.percent()}{loc.nativeLanguageName()}"
    layout = QTextLayout(sample, font)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    return max(QFontMetrics(font).lineSpacing(), math.ceil(line.height()))


class FiguresLabel(QWidget):
    """The header's figures: fixed lines of plain text. Unlike a QLabel, new text
    repaints this box only: a QLabel asks its column to lay out again on every
    setText, which cost a move about a millisecond."""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # its repaint stops here
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(lines * _line_height(self.font()) + 4)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.setLayoutDirection(self.layoutDirection())
        align = QStyle.visualAlignment(
            self.layoutDirection(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        )
        painter.drawText(self.rect().adjusted(0, 2, 0, -2), align, self._text)
        painter.end()


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
        self.figures = FiguresLabel(3)
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
        self.figures.installEventFilter(self)
        self._header_key: object = None
        self.update_header()

    def update_header(self) -> None:
        """Shows the column's figures. A move reaches here up to twice per column
        (row signal and column signal): the second call finds nothing new."""
        model = self.model
        filtered = model.board.is_filtered()
        key = (
            len(model.visible),
            model.count,
            filtered,
            tuple(model.totals.items()),
            tuple(model.currency_counts.items()),
        )
        if key == self._header_key:
            return
        self._header_key = key
        loc = self.locale()
        shown, total = key[0], model.count
        if filtered:
            count = self.tr("{shown} of %Ln deal(s)", "", total).format(shown=loc.toString(shown))
        else:
            count = self.tr("%Ln deal(s)", "", total)
        prob = loc.toString(model.column.probability)
        totals = {c: v for c, v in model.totals.items() if v}
        weighted = {c: v for c, v in model.weighted_totals().items() if v}
        money = (
            self.tr("{total}\nweighted {weighted}").format(
                total=format_main_total(totals, model.currency_counts, loc),
                weighted=format_main_total(weighted, model.currency_counts, loc),
            )
            if totals
            else "—\n"
        )
        self.figures.setText(f"{count} · {prob}{loc.percent()}\n{money}")

    def figures_tooltip(self) -> str:
        """Every currency's total; built when the rep hovers, not on every move."""
        loc = self.locale()
        totals = {c: v for c, v in self.model.totals.items() if v}
        if not totals:
            return ""
        weighted = {c: v for c, v in self.model.weighted_totals().items() if v}
        return self.tr("Total: {total}\nWeighted by win probability: {weighted}").format(
            total=format_totals(totals, loc), weighted=format_totals(weighted, loc)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.figures and event.type() == QEvent.Type.ToolTip:
            tip = self.figures_tooltip()
            if tip and isinstance(event, QHelpEvent):
                QToolTip.showText(event.globalPos(), tip, self.figures)
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)
