"""File ▸ Export playbook… / Import playbook…, and View ▸ Pipeline to switch pipelines."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from salesdesk.core.errors import SalesDeskError
from salesdesk.ui import msgbox
from salesdesk.ui.messages import tr_error
from salesdesk.ui.plain import elide, no_mnemonic, quoted

if TYPE_CHECKING:
    from sqlmodel import Session

    from salesdesk.ui.main_window import MainWindow

SWITCH_KEYS = 9  # Ctrl+1 … Ctrl+9 switch to the first nine pipelines
STATUS_MS = 10_000


class PlaybookController(QObject):
    """Owns the playbook actions and the pipeline switcher."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.pipeline_menu: QMenu | None = None
        self._group: QActionGroup | None = None
        self._switch_actions: list[QAction] = []

    def add_actions(self, menu: QMenu) -> None:
        """Adds the playbook actions to the File menu (through window._action)."""
        self.window._action(
            menu,
            "exportPlaybook",
            self.tr("E&xport playbook…"),
            self.export_playbook,
            "Ctrl+Shift+X",
        )
        self.window._action(
            menu,
            "importPlaybook",
            self.tr("Import &playbook…"),
            self.import_playbook,
            "Ctrl+Shift+P",
        )

    def add_view_actions(self, menu: QMenu) -> None:
        """Adds the pipeline switcher to the View menu."""
        self.pipeline_menu = menu.addMenu(self.tr("&Pipeline"))
        self.pipeline_menu.setObjectName("pipelineMenu")
        self._group = QActionGroup(self)
        self.rebuild_pipeline_menu()
        self.window.store.pipelineChanged.connect(lambda _id: self.rebuild_pipeline_menu())

    # --- the switcher ------------------------------------------------------------------

    def rebuild_pipeline_menu(self) -> None:
        """One checkable entry per pipeline, the current one checked."""
        if self.pipeline_menu is None or self._group is None:
            return
        for action in self._switch_actions:
            self._group.removeAction(action)
            self.window.removeAction(action)
            self.window.actions_by_name.pop(action.objectName(), None)
            action.deleteLater()
        self.pipeline_menu.clear()
        self._switch_actions = []
        current = self.window.store.current_pipeline()
        for number, (pipeline_id, name) in enumerate(self.window.store.pipelines(), start=1):
            action = QAction(no_mnemonic(elide(name)), self)  # "R&D" is not a mnemonic
            action.setObjectName(f"pipeline-{pipeline_id}")
            action.setCheckable(True)
            action.setChecked(current is not None and current.id == pipeline_id)
            if number <= SWITCH_KEYS:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _c=False, p=pipeline_id: self.switch_to(p))
            self._group.addAction(action)
            self.pipeline_menu.addAction(action)
            self.window.addAction(action)  # the shortcut works wherever the focus is
            self.window.actions_by_name[action.objectName()] = action
            self._switch_actions.append(action)

    def switch_to(self, pipeline_id: int) -> bool:
        from salesdesk.core.services import pipelines

        current = self.window.store.current_pipeline()
        if current is not None and current.id == pipeline_id:
            self.rebuild_pipeline_menu()  # keeps the check on the current one
            return True
        try:
            self.window.store.run(lambda s: pipelines.set_current_pipeline(s, pipeline_id))
        except SalesDeskError as exc:
            msgbox.error(self.window, self.tr("Cannot switch pipelines"), tr_error(exc))
            self.rebuild_pipeline_menu()
            return False
        self.window.undo_stack.clear()  # undo steps refer to the other pipeline's board
        self.window.store.pipelineChanged.emit(pipeline_id)  # the window reloads
        return True

    # --- export and import -------------------------------------------------------------

    def export_playbook(self) -> Path | None:
        """Writes the current pipeline as a playbook file the rep chooses."""
        from salesdesk.core import playbook_export as px

        current = self.window.store.current_pipeline()
        if current is None:
            return None
        default = Path.home() / f"{px.slug(current.name)}.toml"
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export playbook"), str(default), self.tr("Playbooks (*.toml)")
        )
        if not name:
            return None
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".toml")
        try:
            exported = self.window.store.run(lambda s: px.export(s, current.id))
            px.write(path, exported.text)
        except SalesDeskError as exc:
            msgbox.error(self.window, self.tr("The playbook was not exported"), tr_error(exc))
            return None
        except OSError as exc:
            msgbox.error(
                self.window,
                self.tr("The playbook was not exported"),
                self.tr("{path} could not be written: {reason}").format(
                    path=path, reason=exc.strerror or exc
                ),
            )
            return None
        message = self.tr("Playbook written to {path}").format(path=path)
        if exported.skipped_objections:
            message += " " + self.tr(
                "(%Ln objection(s) with no answer left out)", "", exported.skipped_objections
            )
        self.window.statusBar().showMessage(message, STATUS_MS)
        return path

    def import_playbook(self) -> int | None:
        """Creates a pipeline from a playbook file and switches the board to it;
        returns the new pipeline's id."""
        from salesdesk.core import playbook_export as px
        from salesdesk.core.services import pipelines

        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import playbook"), str(Path.home()), self.tr("Playbooks (*.toml)")
        )
        if not name:
            return None

        def create(session: Session) -> tuple[int, str, int]:
            pipeline = px.import_playbook(session, Path(name))
            pid = pipeline.id or 0
            return pid, pipeline.name, len(pipelines.stages(session, pid))

        try:
            pipeline_id, title, stages = self.window.store.run(create)
        except SalesDeskError as exc:
            msgbox.error(self.window, self.tr("The playbook was not imported"), tr_error(exc))
            return None
        self.window.undo_stack.clear()  # undo steps refer to the other pipeline's board
        self.window.store.pipelineChanged.emit(pipeline_id)  # the window reloads
        self.window.statusBar().showMessage(
            self.tr("Imported “{name}” with %Ln stage(s)", "", stages).format(name=quoted(title)),
            STATUS_MS,
        )
        return pipeline_id
