"""The UI-side facade: widgets call services only through here. Each call runs one
transaction and then emits a signal, so every view that cares updates itself."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from sqlmodel import Session

from salesdesk.core.models import Pipeline
from salesdesk.core.services import pipelines
from salesdesk.storage.database import Database

T = TypeVar("T")


class Store(QObject):
    pipelineChanged = Signal(int)  # pipeline id
    dataChanged = Signal()  # anything else changed (coarse; finer signals come with the board)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db

    def run(self, use_case: Callable[[Session], T]) -> T:
        """Runs one use case in one transaction; errors propagate to the caller."""
        with self.db.transaction() as session:
            return use_case(session)

    def current_pipeline(self) -> Pipeline | None:
        return self.run(pipelines.current_pipeline)

    def stage_summaries(self, pipeline_id: int) -> list[pipelines.StageSummary]:
        return self.run(lambda s: pipelines.stage_summaries(s, pipeline_id))
