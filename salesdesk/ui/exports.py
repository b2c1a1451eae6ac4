"""File ▸ Export data… (JSON or CSV)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from salesdesk.ui.main_window import MainWindow


class ExportController(QObject):
    """Owns the data export action."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def add_actions(self, menu: QMenu) -> None:
        """Adds this controller's actions to the File menu (through window._action)."""
