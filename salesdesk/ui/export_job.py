"""Runs an export on a worker thread with its own connection, so the window keeps
answering while 100,000 deals are written; progress, the result or the error
come back through queued signals, and Cancel sets a flag the export polls."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal, SignalInstance

from salesdesk.storage.database import Database


class ExportJob(QObject):
    progressed = Signal(int, int)  # rows done, rows in all
    succeeded = Signal(object)  # core.io.export.ExportResult
    failed = Signal(object)  # the exception

    def __init__(
        self,
        db: Database,
        fmt: str,
        path: Path,
        pipeline_id: int | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.fmt = fmt
        self.path = path
        self.pipeline_id = pipeline_id
        self._cancel = threading.Event()
        self._thread = threading.Thread(target=self._run, name="export", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, seconds: float | None = None) -> bool:
        self._thread.join(seconds)
        return not self._thread.is_alive()

    def _run(self) -> None:
        from salesdesk.core.io.export import export_data
        from salesdesk.storage.errors import classify

        try:
            conn = self.db.raw()  # made on this thread: sqlite3 ties a connection to one
            try:
                result = export_data(
                    conn,
                    self.fmt,
                    self.path,
                    pipeline_id=self.pipeline_id,
                    progress=self.progressed.emit,
                    should_cancel=self._cancel.is_set,
                )
            finally:
                conn.close()
        except BaseException as exc:  # handed to the GUI thread, which explains it
            # A database failure (disk, lock, damage) gets its calm message; a file
            # that cannot be written stays an OSError about the export's path.
            found = classify(exc, self.db.path) if isinstance(exc, sqlite3.Error) else None
            self._emit(self.failed, found or exc)
            return
        self._emit(self.succeeded, result)

    @staticmethod
    def _emit(signal: SignalInstance, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the window closed: nobody is waiting
            signal.emit(value)
