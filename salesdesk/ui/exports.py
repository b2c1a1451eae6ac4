"""File ▸ Export data… (Ctrl+Shift+E): SalesDesk's JSON document or CSV files,
written on a worker thread behind a progress dialog that can cancel."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMenu, QProgressDialog

from salesdesk.core.errors import SalesDeskError
from salesdesk.ui import msgbox
from salesdesk.ui.messages import tr_error
from salesdesk.ui.worker import Job

if TYPE_CHECKING:
    from salesdesk.core.io.export import ExportResult
    from salesdesk.ui.main_window import MainWindow

LAST_FOLDER = "export/lastFolder"  # QSettings: where the last export went
LAST_FORMAT = "export/format"
SHOW_PROGRESS_AFTER_MS = 400  # a small export finishes before any dialog flashes


def _default_name(fmt: str) -> str:
    # Named by the rep's local date; the core's default_name does the same.
    stem = f"salesdesk-export-{date.today().isoformat()}"
    return f"{stem}.json" if fmt == "json" else stem


def _free_folder(parent: Path, name: str) -> Path:
    """parent/name, or name-2, name-3... when an export of that name is there."""
    path, n = parent / name, 1
    while path.exists():
        n += 1
        path = parent / f"{name}-{n}"
    return path


class ExportController(QObject):
    """Owns the data export action."""

    exported = Signal(object)  # ExportResult, once written

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.job: Job | None = None
        self.path: Path | None = None  # where the running export writes
        self.progress: QProgressDialog | None = None

    def add_actions(self, menu: QMenu) -> None:
        """Adds this controller's actions to the File menu (through window._action)."""
        self.window._action(
            menu, "exportData", self.tr("E&xport data…"), self.export_data, "Ctrl+Shift+E"
        )

    # --- asking ------------------------------------------------------------------------

    def export_data(self) -> None:
        if self.job is not None:  # one export at a time; the progress dialog is up
            return
        from salesdesk.ui.export_dialog import ExportDialog  # not needed to open the window

        settings = self.window.settings
        dialog = ExportDialog(
            self.window.store.pipelines(), str(settings.value(LAST_FORMAT, "json")), self.window
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        fmt, pipeline_id = dialog.format, dialog.pipeline_id
        dialog.deleteLater()
        if not accepted:
            return
        settings.setValue(LAST_FORMAT, fmt)
        path = self.ask_path(fmt)
        if path is not None:
            self.start(fmt, path, pipeline_id)

    def ask_path(self, fmt: str) -> Path | None:
        """The .json file, or a new folder for the CSV files inside the one chosen."""
        settings = self.window.settings
        folder = Path(str(settings.value(LAST_FOLDER, "") or Path.home()))
        if fmt == "json":
            name, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export data"),
                str(folder / _default_name(fmt)),
                self.tr("SalesDesk data (*.json)"),
            )
            if not name:
                return None
            path = Path(name)
            if not path.suffix:
                path = path.with_suffix(".json")
            chosen = path.parent
        else:
            name = QFileDialog.getExistingDirectory(
                self.window, self.tr("Choose where to put the CSV folder"), str(folder)
            )
            if not name:
                return None
            chosen = Path(name)
            path = _free_folder(chosen, _default_name(fmt))
        settings.setValue(LAST_FOLDER, str(chosen))
        return path

    # --- doing -------------------------------------------------------------------------

    def start(self, fmt: str, path: Path, pipeline_id: int | None = None) -> Job:
        db = self.window.store.db

        def work(job: Job) -> ExportResult:
            from salesdesk.core.io.export import export_data
            from salesdesk.storage.errors import classify

            try:
                conn = db.raw()  # made on this thread: sqlite3 ties a connection to one
                try:
                    return export_data(
                        conn,
                        fmt,
                        path,
                        pipeline_id=pipeline_id,
                        progress=job.report,
                        should_cancel=job.is_cancelled,
                    )
                finally:
                    conn.close()
            except sqlite3.Error as exc:
                # A database failure (disk, lock, damage) gets its calm message; a file
                # that cannot be written stays an OSError about the export's path.
                raise (classify(exc, db.path) or exc) from exc

        job = Job(work, "export", self)
        self.path = path
        progress = QProgressDialog(
            self.tr("Exporting to {path}…").format(path=path), self.tr("Cancel"), 0, 0, self.window
        )
        progress.setWindowTitle(self.tr("Export data"))
        label = progress.findChild(QLabel)
        if label is not None:
            label.setTextFormat(Qt.TextFormat.PlainText)  # a folder name is not HTML
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(job.cancel)
        job.progressed.connect(self._progressed)
        job.done.connect(self._done)
        self.job, self.progress = job, progress
        progress.setValue(0)
        job.start()
        return job

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None and not self.progress.wasCanceled():
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(min(done, total))

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.close()
            self.progress.deleteLater()
        if self.job is not None:
            self.job.deleteLater()
        self.job, self.progress, self.path = None, None, None

    def _done(self, result: object, error: object) -> None:
        if isinstance(error, BaseException):
            self._failed(error)
        else:
            self._succeeded(cast("ExportResult", result))

    def _succeeded(self, result: ExportResult) -> None:
        self._finish()
        deals = result.counts.get("deals", 0)
        if result.format == "json":
            text = self.tr("%Ln deal(s) and everything else exported to {path}", "", deals)
        else:
            text = self.tr("%Ln deal(s) exported as CSV files to {path}", "", deals)
        self.window.statusBar().showMessage(text.format(path=result.path), 15_000)
        self.exported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        from salesdesk.core.io.export_json import ExportCancelled

        path = self.path
        self._finish()
        if isinstance(exc, ExportCancelled):
            self.window.statusBar().showMessage(
                self.tr("Export cancelled; nothing was written."), 10_000
            )
            return
        if isinstance(exc, SalesDeskError):
            reason = tr_error(exc)
        elif isinstance(exc, OSError):
            reason = self.tr("{path} could not be written: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        else:
            raise exc  # a bug: the crash handler shows it
        msgbox.error(self.window, self.tr("The data was not exported"), reason)
