"""The deal's timeline: calls, meetings, emails, notes, follow-ups, objections and
stage changes, newest first; the selected entry's full text shows below."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core.services.details import TimelineItem
from salesdesk.ui.formatting import format_datetime
from salesdesk.ui.plain import first_line, isolate
from salesdesk.ui.reader import TextReader
from salesdesk.ui.workspace.outcomes import kind_labels, outcome_label

TEXT_ROLE = Qt.ItemDataRole.UserRole + 1


class ActivityTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Details")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.text = TextReader()  # plain text, a 1 MB note whole and without a freeze
        self.text.setPlaceholderText(self.tr("Select an entry to read it in full"))
        self.list.currentItemChanged.connect(self._show)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(self.text)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def _kind(self, item: TimelineItem) -> str:
        if item.kind == "follow-up":
            return self.tr("Follow-up (done)") if item.done else self.tr("Follow-up")
        if item.kind == "stage":
            return self.tr("Stage")
        if item.kind == "objection":
            return self.tr("Objection")
        return kind_labels().get(item.kind, item.kind)

    def _details(self, item: TimelineItem) -> str:
        summary = item.summary
        if item.kind in kind_labels():
            summary = outcome_label(summary)
        parts = (first_line(summary), first_line(item.text))  # a note's start, on one line
        return " · ".join(isolate(part) for part in parts if part)

    def show_timeline(self, items: list[TimelineItem]) -> None:
        self.list.clear()
        self.text.clear()
        loc = self.locale()
        for entry in items:
            row = QTreeWidgetItem(
                [format_datetime(entry.at, loc), self._kind(entry), self._details(entry)]
            )
            row.setData(0, TEXT_ROLE, entry.text)
            self.list.addTopLevelItem(row)
        self.list.resizeColumnToContents(0)
        self.list.resizeColumnToContents(1)

    def _show(self, current: QTreeWidgetItem | None) -> None:
        self.text.show_text(str(current.data(0, TEXT_ROLE) or "") if current else "")
