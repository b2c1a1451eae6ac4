"""Won and Lost drop targets, shown only while a card is being dragged."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QWidget

from salesdesk.ui.board.model import decode_ids


class DropZone(QWidget):
    """Painted by hand rather than with a style sheet: style sheets cost several
    milliseconds of start-up each, and the board is built before its first paint."""

    dropped = Signal(list)  # deal ids

    def __init__(self, text: str, color: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self._color = QColor(color)
        self._hover = False
        self.setAcceptDrops(True)
        self.setMinimumHeight(56)

    def text(self) -> str:
        return self._text

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._hover:
            fill = QColor(self._color)
            fill.setAlpha(40)
            painter.setBrush(fill)
        painter.setPen(QPen(self._color, 2, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(self.rect().adjusted(2, 2, -2, -2), 8, 8)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._text)

    def _highlight(self, on: bool) -> None:
        self._hover = on
        self.update()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if decode_ids(event.mimeData()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self._highlight(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._highlight(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._highlight(False)
        ids = decode_ids(event.mimeData())
        if ids:
            # Report IgnoreAction to the source so Qt removes nothing; the
            # store's signals update the board.
            event.setDropAction(Qt.DropAction.IgnoreAction)
            event.accept()
            self.dropped.emit(ids)
