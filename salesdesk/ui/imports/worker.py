"""Long work off the GUI thread: one core function, its progress and its result
brought back as signals, and a cancel flag the function polls (DESIGN.md: one
small adapter between a core function that yields progress and the window)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QThread, Signal

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class Task(QThread):
    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)
    failed = Signal(object)  # the exception

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            self.result = self._work(self.progressed.emit, self._cancel.is_set)
        except BaseException as exc:  # handed to the GUI thread, which decides
            self.error = exc
            self.failed.emit(exc)
        else:
            self.succeeded.emit(self.result)

    def wait_responsive(self) -> Any:
        """Starts the task and keeps the window painting until it ends; returns its
        result or raises its error. For short work (reading and checking a file)."""
        loop = QEventLoop()
        self.finished.connect(loop.quit)
        self.start()
        if not self.isFinished():
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        self.wait()
        if self.error is not None:
            raise self.error
        return self.result
