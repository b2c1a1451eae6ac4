"""Reads both lists on a worker (ui/worker.Job) with a connection of its own: at
12,500 organizations and 25,000 contacts (a 100,000-deal pipeline) the counts and
search keys take about half a second, and the window must keep answering. A
result older than the latest request is dropped."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from salesdesk.core.services import people
from salesdesk.storage.database import Database
from salesdesk.ui.worker import Job


class PeopleLoader(QObject):
    ready = Signal(object)  # people.PeopleLists
    failed = Signal(str)

    def __init__(self, database: Callable[[], Database], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database  # asked at each read: a restore may replace the database
        self.generation = 0

    def request(self) -> None:
        self.generation += 1
        generation, db = self.generation, self.database()
        job = Job(lambda _job: self._read(db), "people", self)
        job.done.connect(lambda result, error: self._deliver(generation, result, error))
        job.done.connect(job.deleteLater)
        job.start()

    def load_now(self) -> people.PeopleLists:
        """The same, on the calling thread."""
        self.generation += 1
        return self._read(self.database())

    @staticmethod
    def _read(db: Database) -> people.PeopleLists:
        conn = db.raw()
        try:
            conn.execute("BEGIN")  # one moment for every count
            return people.load_lists(conn)
        finally:
            conn.close()

    def _deliver(self, generation: int, result: object, error: object) -> None:
        if generation != self.generation:
            return  # a newer request is on its way
        if error is not None:  # shown in the page; the rest of the app is unaffected
            self.failed.emit(str(error))
        else:
            self.ready.emit(result)
