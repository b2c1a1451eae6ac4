"""The deal workspace beside the board: a header and four tabs. It follows the
Store's signals, so a move on the board, an undo or a logged call shows here at
once; what the rep is typing is never overwritten."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core.errors import NotFoundError
from salesdesk.ui.formatting import format_money, format_percent
from salesdesk.ui.plain import plain_label
from salesdesk.ui.store import Store
from salesdesk.ui.workspace.activity_tab import ActivityTab
from salesdesk.ui.workspace.checklist import ChecklistTab
from salesdesk.ui.workspace.objections_tab import ObjectionsTab
from salesdesk.ui.workspace.overview import Mover, OverviewTab


class DealWorkspace(QWidget):
    logRequested = Signal(int)  # deal id
    statusRequested = Signal(int, str)  # deal id, "open" | "won" | "lost"

    def __init__(
        self,
        store: Store,
        undo: QUndoStack,
        move: Mover,
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.deal_id = 0
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = plain_label("")
        self.log_button = QPushButton(self.tr("&Log a call or meeting…"))
        self.log_button.setToolTip(self.tr("Ctrl+L"))
        self.log_button.clicked.connect(lambda: self.logRequested.emit(self.deal_id))

        self.overview = OverviewTab(store, undo, move)
        self.overview.statusRequested.connect(self.statusRequested)
        self.checklist = ChecklistTab(store, undo)
        self.objections = ObjectionsTab(store, undo, language)
        self.activity = ActivityTab()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("workspaceTabs")
        self.tabs.addTab(self.overview, self.tr("&Overview"))
        self.tabs.addTab(self.checklist, self.tr("&Checklist"))
        self.tabs.addTab(self.objections, self.tr("O&bjections"))
        self.tabs.addTab(self.activity, self.tr("&Activity"))

        page = QWidget()
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.log_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(page)
        layout.addLayout(head)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tabs, 1)
        self.empty = plain_label(
            self.tr("Open a deal (Enter or double-click a card) to see it here.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        # One action can emit several signals (an edit, a move): refresh once after.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        store.dealChanged.connect(self._maybe_refresh)
        store.dealAdded.connect(self._maybe_refresh)
        store.activityLogged.connect(self._maybe_refresh)
        store.objectionsChanged.connect(self._maybe_refresh)
        store.dealMoved.connect(lambda deal_id, _a, _b: self._maybe_refresh(deal_id))
        store.dealRemoved.connect(lambda deal_id, _s: self._maybe_refresh(deal_id))
        store.libraryChanged.connect(self.objections.form.refresh_categories)

    def open_deal(self, deal_id: int) -> None:
        if deal_id != self.deal_id:
            self.flush()
        self.deal_id = deal_id
        self.refresh()

    def _maybe_refresh(self, deal_id: int) -> None:
        if deal_id == self.deal_id and deal_id:
            self._refresh_timer.start()

    def refresh(self) -> None:
        self._refresh_timer.stop()
        if not self.deal_id:
            self.stack.setCurrentWidget(self.empty)
            return
        try:
            details = self.store.deal_details(self.deal_id)
        except NotFoundError:
            self.empty.setText(self.tr("This deal was deleted. Ctrl+Z brings it back."))
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentIndex(1)
        self.title.setText(details.title)
        parts = [details.organization, details.stage]
        if details.status != "open":
            parts[-1] = self.tr("Won") if details.status == "won" else self.tr("Lost")
        parts.append(format_money(details.value_minor, details.currency))
        parts.append(format_percent(details.probability))
        # Each part isolated: a Persian name must not reorder its English neighbours.
        self.subtitle.setText(" · ".join(f"\u2068{p}\u2069" for p in parts if p))
        self.overview.show_deal(details, self.store.open_stages(details.pipeline_id))
        self.checklist.show_deal(self.deal_id, self.store.checklists(self.deal_id))
        self.objections.show_deal(self.deal_id, self.store.objections(self.deal_id))
        self.activity.show_timeline(self.store.timeline(self.deal_id))

    def flush(self) -> None:
        """Saves everything typed and not yet saved: before another deal opens, and
        when the window closes."""
        if not self.deal_id:
            return
        self.overview.flush()
        self.checklist.flush()
        self.objections.flush()
