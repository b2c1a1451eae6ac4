"""The main window: the board is home. Every action has a shortcut and sits in a menu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from salesdesk import version
from salesdesk.ui import msgbox
from salesdesk.ui.board.view import BoardView
from salesdesk.ui.store import Store


class MainWindow(QMainWindow):
    def __init__(self, store: Store, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.board = BoardView(store, self.undo_stack, self)
        self.board.openDeal.connect(self.open_deal)
        self.setCentralWidget(self.board)
        self.actions_by_name: dict[str, QAction] = {}
        self._build_menus()
        store.pipelineChanged.connect(lambda _id: self.load())
        self.statusBar().showMessage(str(store.db.path))
        self.resize(1200, 760)
        geometry = settings.value("mainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.load()

    def load(self) -> None:
        pipeline = self.store.current_pipeline()
        if pipeline is None:
            self.setWindowTitle("SalesDesk")
            return
        self.setWindowTitle(self.tr("SalesDesk — {name}").format(name=pipeline.name))
        self.board.load(pipeline.id)
        QTimer.singleShot(500, Store.warm_up_in_background)  # after the first paint

    def _action(
        self,
        menu: QMenu,
        name: str,
        text: str,
        slot: Callable[[], object],
        *shortcuts: QKeySequence | QKeySequence.StandardKey | str,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.addAction(action)  # shortcuts work wherever the focus is in the window
        self.actions_by_name[name] = action
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, "quit", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action, name in ((undo, "undo"), (redo, "redo")):
            action.setObjectName(name)
            edit.addAction(action)
            self.addAction(action)
            self.actions_by_name[name] = action
        edit.addSeparator()
        self._action(
            edit,
            "find",
            self.tr("&Filter deals"),
            self.board.focus_filter,
            QKeySequence.StandardKey.Find,
        )

        deal = bar.addMenu(self.tr("&Deal"))
        self._action(
            deal, "new", self.tr("&New deal"), self.board.new_deal, QKeySequence.StandardKey.New
        )
        self._action(deal, "open", self.tr("&Open deal"), self._open_selected)
        deal.addSeparator()
        self._action(
            deal,
            "moveRight",
            self.tr("Move one stage &right"),
            lambda: self.board.move_selected_visual(1),
            "Ctrl+Shift+Right",
        )
        self._action(
            deal,
            "moveLeft",
            self.tr("Move one stage &left"),
            lambda: self.board.move_selected_visual(-1),
            "Ctrl+Shift+Left",
        )
        self._action(
            deal,
            "win",
            self.tr("Mark as &won"),
            lambda: self.board.move_deals(
                self.board.selected_ids(), self.board.end_stage_id("won"), None
            ),
            "Ctrl+Shift+W",
        )
        self._action(
            deal,
            "lose",
            self.tr("Mark as &lost…"),
            lambda: self.board.move_deals(
                self.board.selected_ids(), self.board.end_stage_id("lost"), None
            ),
            "Ctrl+Shift+L",
        )
        deal.addSeparator()
        self._action(
            deal,
            "delete",
            self.tr("&Delete"),
            self.board.delete_selected,
            QKeySequence.StandardKey.Delete,
        )

        view = bar.addMenu(self.tr("&View"))
        self._action(
            view,
            "refresh",
            self.tr("&Refresh"),
            self.board.model.reload,
            QKeySequence.StandardKey.Refresh,
        )
        for button in self.board.quick.values():
            action = QAction(button.text(), self)
            action.setCheckable(True)
            action.toggled.connect(button.setChecked)
            button.toggled.connect(action.setChecked)
            view.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, "about", self.tr("&About SalesDesk"), self._about)

    def _open_selected(self) -> None:
        ids = self.board.selected_ids()
        if ids:
            self.open_deal(ids[0])

    def open_deal(self, deal_id: int) -> None:
        self.board.edit_deal(deal_id)

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
                version=version()
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("mainWindow/geometry", self.saveGeometry())
        super().closeEvent(event)
