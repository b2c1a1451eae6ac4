"""One running SalesDesk per data folder: a QLockFile guards the folder, and a
QLocalServer (a local socket, never a network one) lets a second launch hand over
to the first, which brings its window to the front."""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_ACTIVATE = b"activate\n"


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir).encode("utf-8")).hexdigest()[:16]
    return f"salesdesk-{digest}"


class SingleInstance(QObject):
    """Holds the folder's lock while the app runs; emits `activated` when a second
    launch asks the running window to come forward."""

    activated = Signal()

    def __init__(self, data_dir: Path, lock_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = server_name(data_dir)
        self._lock_path = lock_file
        self._lock = QLockFile(str(lock_file))
        self._lock.setStaleLockTime(0)  # a lock is stale only when its process is gone
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process now owns the folder."""
        if not self._lock.tryLock(100):
            return False
        with contextlib.suppress(OSError):  # it names our process and host: keep it private
            os.chmod(self._lock_path, 0o600)
        QLocalServer.removeServer(self._name)  # a socket left behind by a crash
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(self._name)
        return True

    def ask_running_to_activate(self, timeout_ms: int = 1000) -> bool:
        """From a second launch: asks the running one to come forward."""
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(_ACTIVATE)
        ok = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return ok

    def lock_error(self) -> QLockFile.LockError:
        return self._lock.error()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            # Later, not now: a connection's slot may still be on the stack.
            self._server.deleteLater()
            self._server = None
        self._lock.unlock()

    def _on_connection(self) -> None:
        assert self._server is not None
        socket = self._server.nextPendingConnection()
        if socket is None:
            return

        def read() -> None:
            if bytes(socket.readAll().data()).startswith(_ACTIVATE):
                self.activated.emit()
            socket.readyRead.disconnect(read)
            socket.abort()
            socket.deleteLater()

        socket.readyRead.connect(read)
