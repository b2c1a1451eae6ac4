"""One function on a Python thread, its outcome delivered on the GUI thread: an
import, an export, a backup or a preview never holds the window still. The
function gets the job, to report progress and to ask whether Cancel was pressed;
it must not touch Qt widgets. Signals cross threads as queued connections."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Signal

from salesdesk.core.errors import SalesDeskError

log = logging.getLogger(__name__)


class Job(QObject):
    done = Signal(object, object)  # result, exception (one of them is None)
    progressed = Signal(int, int)  # done, total

    def __init__(
        self, work: Callable[[Job], object], name: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self.result: Any = None
        self.error: BaseException | None = None
        self.finished = False  # set on the GUI thread, with result and error
        self.done.connect(self._keep)

    def start(self) -> Job:
        self._thread.start()
        return self

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """For the work to poll (core functions take it as `should_cancel`)."""
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        """For the work to call (core functions take it as `progress`)."""
        with contextlib.suppress(RuntimeError):  # the receiver is gone: nobody watches
            self.progressed.emit(done, total)

    def is_running(self) -> bool:
        return self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> bool:
        """Blocks until the thread ends (at exit: the start backup may still run)."""
        if self._thread.is_alive():
            self._thread.join(timeout)
        return not self._thread.is_alive()

    def run_and_wait(self, exclude_input: bool = False) -> tuple[Any, BaseException | None]:
        """Starts and spins a local event loop until done: the window repaints and a
        progress dialog moves meanwhile (`exclude_input`: clicks wait till after)."""
        loop = QEventLoop()
        self.done.connect(loop.quit)
        self.start()
        if not self.finished:
            flags = (
                QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
                if exclude_input
                else QEventLoop.ProcessEventsFlag.AllEvents
            )
            loop.exec(flags)
        return self.result, self.error

    def _run(self) -> None:
        try:
            result, error = self._work(self), None
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
