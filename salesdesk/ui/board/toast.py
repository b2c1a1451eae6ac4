"""A passing message over the bottom of the board, with an Undo button. It floats
(no layout) and paints its own text at a fixed size, so showing it after a move
re-lays out nothing: neither the columns under it nor a label inside it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from salesdesk.ui.plain import plain_tooltip

SHOW_MS = 12_000
LINES = 2  # the full list is in the tooltip


class Toast(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.host = parent
        self.setObjectName("toast")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.text = ""
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.close_button = QPushButton("✕")
        self.close_button.setFlat(True)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.addStretch(1)
        row.addWidget(self.undo_button)
        row.addWidget(self.close_button)
        self._undo: Callable[[], object] | None = None
        self.undo_button.clicked.connect(self._run_undo)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)
        parent.installEventFilter(self)
        self.hide()

    def show_message(
        self, text: str, details: str = "", undo: Callable[[], object] | None = None
    ) -> None:
        self.text = text
        self.setToolTip(plain_tooltip(details))  # titles and criteria, never HTML
        self.setAccessibleDescription(text)
        self._undo = undo
        self.undo_button.setVisible(undo is not None)
        if not self.isVisible():
            self._place()
            self.show()
            self.raise_()
        else:
            self.update()
        self.timer.start(SHOW_MS)

    def _run_undo(self) -> None:
        self.hide()
        if self._undo is not None:
            self._undo()

    def _place(self) -> None:
        width = max(min(self.host.width() - 24, 720), 240)
        height = self.fontMetrics().lineSpacing() * LINES + 20
        self.setGeometry(
            (self.host.width() - width) // 2, self.host.height() - height - 12, width, height
        )

    def text_rect(self) -> QRect:
        buttons = self.undo_button.width() + self.close_button.width() + 36
        rect = self.rect().adjusted(10, 8, -10, -8)
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            return rect.adjusted(buttons, 0, 0, 0)
        return rect.adjusted(0, 0, -buttons, 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#fff8e1"))
        painter.setPen(QColor("#f9a825"))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.setPen(QColor("#3e2723"))  # dark on the light box, in dark mode too
        painter.setLayoutDirection(self.layoutDirection())  # leading edge in Persian
        # Plain text, wrapped and cut to the box: a title is never interpreted.
        flags = (
            int(Qt.TextFlag.TextWordWrap)
            | int(Qt.AlignmentFlag.AlignVCenter)
            | int(Qt.AlignmentFlag.AlignLeading)
        )
        painter.drawText(self.text_rect(), flags, self.text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False
