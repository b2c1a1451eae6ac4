"""A passing message over the bottom of the board, with an Undo button. It floats
(no layout), so showing it never re-lays out the columns under it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

SHOW_MS = 12_000


class Toast(QFrame):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.host = parent
        self.setObjectName("toast")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#toast { background: #fff8e1; border: 1px solid #f9a825; border-radius: 4px; }"
        )
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # quotes criteria and titles
        self.label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.close_button = QPushButton("✕")
        self.close_button.setFlat(True)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
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
        self.label.setText(text)
        self.setToolTip(details)
        self._undo = undo
        self.undo_button.setVisible(undo is not None)
        self._place()
        self.show()
        self.raise_()
        self.timer.start(SHOW_MS)

    def _run_undo(self) -> None:
        self.hide()
        if self._undo is not None:
            self._undo()

    def _place(self) -> None:
        parent = self.host
        width = min(parent.width() - 24, 720)
        self.setFixedWidth(max(width, 200))
        self.adjustSize()
        self.move((parent.width() - self.width()) // 2, parent.height() - self.height() - 12)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False
