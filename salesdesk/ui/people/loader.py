"""Reads both lists on a worker thread with a read-only connection of its own: at
12,500 organizations and 25,000 contacts (a 100,000-deal pipeline) the counts and
search keys take about half a second, and the window must keep answering. A
result older than the latest request is dropped."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from salesdesk.core.services import people


class PeopleLoader(QObject):
    ready = Signal(object)  # people.PeopleLists
    failed = Signal(str)
    _done = Signal(int, object, str)  # generation, lists or None, error text

    def __init__(self, path: Callable[[], Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path  # asked at each read: a restore may replace the database
        self.generation = 0
        self._done.connect(self._deliver)

    def request(self) -> None:
        self.generation += 1
        threading.Thread(
            target=self._work, args=(self.generation, self.path()), name="people", daemon=True
        ).start()

    def load_now(self) -> people.PeopleLists:
        """The same, on the calling thread."""
        self.generation += 1
        return self._read(self.path())

    @staticmethod
    def _read(path: Path) -> people.PeopleLists:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            conn.execute("BEGIN")  # one moment for every count
            return people.load_lists(conn)
        finally:
            conn.close()

    def _work(self, generation: int, path: Path) -> None:
        try:
            result = self._read(path)
        except sqlite3.Error as exc:  # shown in the page; the rest of the app is unaffected
            self._emit(generation, None, str(exc))
            return
        self._emit(generation, result, "")

    def _emit(self, generation: int, result: object, error: str) -> None:
        with contextlib.suppress(RuntimeError):  # the page closed meanwhile
            self._done.emit(generation, result, error)

    def _deliver(self, generation: int, result: object, error: str) -> None:
        if generation != self.generation:
            return  # a newer request is on its way
        if result is None:
            self.failed.emit(error)
        else:
            self.ready.emit(result)
