"""Won and Lost drop targets, shown only while a card is being dragged."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QWidget

from salesdesk.ui.board.model import decode_ids


class DropZone(QLabel):
    dropped = Signal(list)  # deal ids

    def __init__(self, text: str, color: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAcceptDrops(True)
        self.setMinimumHeight(56)
        self._style = (
            f"QLabel {{ border: 2px dashed {color}; border-radius: 8px; color: {color};"
            " font-weight: bold; background: %s; }"
        )
        self._highlight(False)

    def _highlight(self, on: bool) -> None:
        self.setStyleSheet(self._style % ("rgba(128,128,128,40)" if on else "transparent"))

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
