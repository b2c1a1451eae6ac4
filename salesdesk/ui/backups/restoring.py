"""Restoring in a running window: the database is closed, replaced on a worker
thread under a progress dialog, reopened (and migrated when the backup is older),
and every view reads again. On failure the old database stays in use."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from salesdesk.core.errors import SalesDeskError
from salesdesk.storage import backups
from salesdesk.storage.database import open_database
from salesdesk.ui import msgbox
from salesdesk.ui.backups.controller import EXIT_WAIT_S, describe
from salesdesk.ui.worker import Job

if TYPE_CHECKING:
    from salesdesk.storage.backup import RotationPolicy
    from salesdesk.ui.backups.controller import BackupController
    from salesdesk.ui.store import Store


def _t(text: str) -> str:
    return QCoreApplication.translate("restoring", text)


def restore_into_window(controller: BackupController, backup: Path) -> bool:
    window = controller.window
    store = window.store
    if controller.job is not None:  # a backup still reading the database
        controller.job.wait(EXIT_WAIT_S)
    if window._workspace is not None:
        window._workspace.flush()  # what was typed goes into the safety backup
    live, folder, policy = store.db.path, controller.folder, controller.settings().policy
    store.db.close()
    safety, error = restore_with_progress(window, live, backup, folder, policy)
    if error is not None:
        # Nothing changed: the store's database reconnects to the same file.
        msgbox.error(window, _t("The backup was not restored"), describe(error))
        return False
    try:
        db = open_database(live, folder)
    except SalesDeskError as exc:
        kept = _t("Your database as it was is kept in {path}.").format(path=safety)
        msgbox.error(
            window, _t("The restored database cannot be opened"), f"{describe(exc)}\n\n{kept}"
        )
        return False
    store.replace_database(db)
    window.undo_stack.clear()  # its steps refer to rows of the database that was
    window.load()
    if window._today is not None:
        window._today.reload()
    if window._insights is not None:
        window._insights.forget()  # its snapshot was of the database replaced
    if window._palette is not None:
        window._palette.forget()  # its index too
    if window._table is not None:
        window._table.model.reload()
    if window._people is not None:
        window._people.reload()
    workspace = window._workspace
    if workspace is not None and workspace.deal_id:
        if not _deal_exists(store, workspace.deal_id):
            workspace.deal_id = 0
            window.dock.hide()
        workspace.refresh()
    message = _t("Restored {file}.").format(file=backup.name)
    if isinstance(safety, Path):
        message += " " + _t("Your database as it was is kept in {path}.").format(path=safety)
    window.statusBar().showMessage(message, 30_000)
    return True


def restore_with_progress(
    parent: QWidget | None,
    live: Path,
    backup: Path,
    folder: Path,
    policy: RotationPolicy | None = None,
) -> tuple[object, BaseException | None]:
    """backups.restore on a worker thread under a progress dialog; its result
    (the safety backup of what was there) or the error."""
    progress = QProgressDialog(_t("Restoring the backup…"), "", 0, 0, parent)
    progress.setCancelButton(None)  # half a restore is not an option; it is quick
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.show()
    job = Job(lambda _job: backups.restore(live, backup, folder, policy=policy), "restore", parent)
    result, error = job.run_and_wait(exclude_input=True)
    job.deleteLater()
    progress.close()
    progress.deleteLater()
    return result, error


def _deal_exists(store: Store, deal_id: int) -> bool:
    with store.db.sql() as conn:
        return conn.execute("SELECT 1 FROM deal WHERE id = ?", (deal_id,)).fetchone() is not None
