"""File ▸ Import deals…: the import wizard, opened on demand (its module loads
the importer, which the window does not need to open)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from salesdesk.ui.imports.wizard import ImportWizard
    from salesdesk.ui.main_window import MainWindow


class ImportController(QObject):
    """Owns the import action; the wizard module loads when first used."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.wizard: ImportWizard | None = None  # the open one, for tests and focus

    def add_actions(self, menu: QMenu) -> None:
        """Adds this controller's actions to the File menu (through window._action)."""
        self.window._action(
            menu, "importDeals", self.tr("&Import deals…"), self.import_deals, "Ctrl+Shift+I"
        )

    def import_deals(self, path: Path | None = None) -> int:
        """Runs the wizard; returns how many deals were added."""
        from salesdesk.ui.imports.wizard import ImportWizard

        pipeline = self.window.store.current_pipeline()
        if pipeline is None:
            return 0
        self.wizard = ImportWizard(
            self.window.store, pipeline.id, self.window.settings, self.window, path
        )
        try:
            self.wizard.exec()
            added = self.wizard.deals_added
        finally:
            self.wizard.deleteLater()
            self.wizard = None
        if added:
            self.window.statusBar().showMessage(self.tr("Imported %Ln deal(s).", "", added), 10_000)
        return added
