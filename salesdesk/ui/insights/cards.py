"""One Insights card: a title, a line about what it shows, the chart, and the
table of figures behind it. Right-click the chart to save it as PNG."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QContextMenuEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core.io import atomic
from salesdesk.ui.insights.charts import Figures
from salesdesk.ui.plain import first_line, plain_label, plain_tooltip

CHART_HEIGHT = 260
EXPORT_SIZE = QSize(1200, 700)  # a PNG reads well on a slide whatever the window size
TABLE_ROWS_SHOWN = 8


class _ChartView(QChartView):
    def __init__(self, card: ChartCard) -> None:
        super().__init__()
        self._card = card
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(CHART_HEIGHT)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Save chart as PNG…"), self._card.save_requested)
        menu.exec(event.globalPos())


class ChartCard(QFrame):
    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key  # names the PNG file: "funnel", "time-in-stage", ...
        self.title = title
        self.setObjectName(f"card-{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        layout.addWidget(heading)
        self.note = plain_label()
        self.note.setObjectName("note")
        layout.addWidget(self.note)
        self.view = _ChartView(self)
        layout.addWidget(self.view)
        self.empty = QLabel(self.tr("Nothing to show for this period."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMinimumHeight(CHART_HEIGHT // 2)
        self.empty.hide()
        layout.addWidget(self.empty)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("{title}: figures").format(title=title))
        layout.addWidget(self.table)
        self.figures: Figures | None = None
        self.on_save: Callable[[], object] = lambda: None  # the page's: asks where, saves

    def save_requested(self) -> None:
        self.on_save()

    def show_figures(self, figures: Figures) -> None:
        self.figures = figures
        self.note.setText(first_line(figures.note))
        self.note.setVisible(bool(figures.note))
        old = self.view.chart()
        if figures.chart is not None:
            self.view.setChart(figures.chart)  # the view owns it from now on
            self.view.show()
            self.empty.hide()
        else:
            self.view.setChart(QChart())
            self.view.hide()
            self.empty.show()
        if old is not None and old is not self.view.chart():
            old.deleteLater()
        self._fill_table(figures)

    def _fill_table(self, figures: Figures) -> None:
        table = self.table
        table.setUpdatesEnabled(False)
        table.clear()
        table.setColumnCount(len(figures.headers))
        table.setHorizontalHeaderLabels(figures.headers)
        table.setRowCount(len(figures.rows))
        for r, row in enumerate(figures.rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(first_line(text))  # item text is never HTML
                if c and text[:1].isdigit():  # numbers line up; text reads from its start
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignTrailing
                    )
                if len(text) > 40:
                    item.setToolTip(plain_tooltip(text))
                table.setItem(r, c, item)
        table.setUpdatesEnabled(True)
        header = table.horizontalHeader().height()
        rows = min(len(figures.rows), TABLE_ROWS_SHOWN)
        table.setFixedHeight(header + rows * table.verticalHeader().defaultSectionSize() + 4)

    def has_chart(self) -> bool:
        return self.figures is not None and self.figures.chart is not None

    def png(self, size: QSize = EXPORT_SIZE) -> bytes:
        """The chart drawn at `size` (not the window's), as PNG bytes."""
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.white)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        old = self.view.size()
        self.view.resize(size)
        self.view.render(painter)
        painter.end()
        self.view.resize(old)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        pixmap.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())

    def save_png(self, path: Path) -> None:
        """The whole file or none (OSError when it cannot be written)."""
        atomic.write_bytes(path, self.png())
