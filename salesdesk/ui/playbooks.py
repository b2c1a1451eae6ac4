"""File ▸ Export playbook… / Import playbook…, and View ▸ Pipeline to switch pipelines."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from salesdesk.ui.main_window import MainWindow


class PlaybookController(QObject):
    """Owns the playbook actions and the pipeline switcher."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def add_actions(self, menu: QMenu) -> None:
        """Adds the playbook actions to the File menu (through window._action)."""

    def add_view_actions(self, menu: QMenu) -> None:
        """Adds the pipeline switcher to the View menu."""
