"""The main window. For now it lists the current pipeline's stages with their
deal counts and totals; the kanban board takes this place next."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QHeaderView, QMainWindow, QTreeWidget, QTreeWidgetItem, QWidget

from salesdesk import __version__
from salesdesk.ui import msgbox
from salesdesk.ui.formatting import format_percent, format_totals
from salesdesk.ui.store import Store


class MainWindow(QMainWindow):
    def __init__(self, store: Store, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.stages = QTreeWidget()
        self.stages.setObjectName("stageList")
        self.stages.setRootIsDecorated(False)
        self.stages.setHeaderLabels(
            [self.tr("Stage"), self.tr("Win probability"), self.tr("Deals"), self.tr("Value")]
        )
        self.stages.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setCentralWidget(self.stages)
        self._build_menus()
        store.pipelineChanged.connect(lambda _id: self.refresh())
        store.dataChanged.connect(self.refresh)
        self.statusBar().showMessage(str(store.db.path))
        self.resize(900, 600)
        geometry = settings.value("mainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.refresh()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        view_menu.addAction(refresh)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About SalesDesk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def refresh(self) -> None:
        pipeline = self.store.current_pipeline()
        self.stages.clear()
        if pipeline is None:
            self.setWindowTitle("SalesDesk")
            return
        self.setWindowTitle(self.tr("SalesDesk — {name}").format(name=pipeline.name))
        for summary in self.store.stage_summaries(pipeline.id or 0):
            item = QTreeWidgetItem(
                [
                    summary.name,
                    format_percent(summary.probability),
                    self.locale().toString(summary.deals),
                    format_totals(summary.value_minor_by_currency),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, summary.stage_id)
            for column in (1, 2):
                item.setTextAlignment(
                    column, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
                )
            self.stages.addTopLevelItem(item)

    def bring_to_front(self) -> None:
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def _about(self) -> None:
        msgbox.information(
            self,
            self.tr("About SalesDesk"),
            self.tr("SalesDesk {version}\nYour pipeline, on your laptop, offline.").format(
                version=__version__
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("mainWindow/geometry", self.saveGeometry())
        super().closeEvent(event)
