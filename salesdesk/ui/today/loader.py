"""Builds the agenda on a worker thread with its own read-only connection: at
100,000 deals the stalled scan takes a few hundred milliseconds, and the window
must keep answering meanwhile. Results arrive through a queued signal; a result
older than the latest request is dropped."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from salesdesk.core import agenda

ROWS_PER_GROUP = 200  # a day's work; the counts stay whole


class AgendaLoader(QObject):
    ready = Signal(object)  # agenda.Agenda
    failed = Signal(str)
    _done = Signal(int, object, str)  # generation, agenda or None, error text

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.generation = 0
        self._done.connect(self._deliver)

    def request(self) -> None:
        self.generation += 1
        threading.Thread(
            target=self._work, args=(self.generation,), name="agenda", daemon=True
        ).start()

    def load_now(self) -> agenda.Agenda:
        """The same, on the calling thread (tests, and the command line's twin)."""
        self.generation += 1
        return self._build()

    def _build(self) -> agenda.Agenda:
        conn = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True)
        try:
            return agenda.build(conn, limit=ROWS_PER_GROUP)
        finally:
            conn.close()

    def _work(self, generation: int) -> None:
        try:
            result = self._build()
        except sqlite3.Error as exc:  # shown in the view; the board is unaffected
            self._done.emit(generation, None, str(exc))
            return
        self._done.emit(generation, result, "")

    def _deliver(self, generation: int, result: object, error: str) -> None:
        if generation != self.generation:
            return  # a newer request is on its way
        if result is None:
            self.failed.emit(error)
        else:
            self.ready.emit(result)
