"""One function on a Python thread, its outcome delivered on the GUI thread: a
backup, a preview or a restore never holds the window still. The function must
not touch Qt; the `done` signal crosses threads as a queued connection."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, Signal

from salesdesk.core.errors import SalesDeskError

log = logging.getLogger(__name__)


class Job(QObject):
    done = Signal(object, object)  # result, exception (one of them is None)

    def __init__(self, work: Callable[[], object], name: str, parent: QObject | None = None):
        super().__init__(parent)
        self._work = work
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self.result: object = None
        self.error: BaseException | None = None
        self.finished = False
        self.done.connect(self._keep)

    def start(self) -> Job:
        self._thread.start()
        return self

    def wait(self, timeout: float) -> bool:
        """Blocks until the thread ends (at exit: the start backup may still run)."""
        if self._thread.is_alive():
            self._thread.join(timeout)
        return not self._thread.is_alive()

    def run_and_wait(self) -> tuple[object, BaseException | None]:
        """Starts and spins a local event loop until done: the window repaints and
        a progress dialog moves meanwhile."""
        loop = QEventLoop()
        self.done.connect(loop.quit)
        self.start()
        if not self.finished:
            loop.exec()
        return self.result, self.error

    def _run(self) -> None:
        try:
            result, error = self._work(), None
        except Exception as exc:  # handed to the GUI thread, shown there
            result, error = None, exc
            if not isinstance(exc, SalesDeskError):  # not the rep's environment: a bug
                log.exception("background job %s failed", self._thread.name)
        try:
            self.done.emit(result, error)
        except RuntimeError:  # the receiver is gone: the window closed meanwhile
            log.info("job %s finished after its window closed", self._thread.name)

    def _keep(self, result: object, error: object) -> None:
        self.result = result
        self.error = error if isinstance(error, BaseException) else None
        self.finished = True
