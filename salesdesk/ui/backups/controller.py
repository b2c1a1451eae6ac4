"""Backups from the window: automatic (start, daily, exit), now, restore, second folder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from salesdesk.ui.main_window import MainWindow


class BackupController(QObject):
    """Owns the backup actions and the automatic schedule."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def add_actions(self, menu: QMenu) -> None:
        """Adds this controller's actions to the File menu (through window._action)."""

    def start(self) -> None:
        """Called once the board has painted: the start backup and the daily timer."""

    def at_exit(self) -> None:
        """Called when the window closes: the exit backup."""
