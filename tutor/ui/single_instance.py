"""One app instance per data directory.

The first instance holds a lock file in the data directory and listens on a local socket. A second
launch finds the lock held, asks the first instance to come to the front, and exits. A lock left
by a crashed instance (its process is gone) is taken over automatically.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal, Slot

from tutor.paths import DataPaths

if TYPE_CHECKING:  # QtNetwork is imported once the first screen is up (see listen())
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

ACTIVATE_MESSAGE = b"activate\n"
CONNECT_TIMEOUT_MS = 1000


def server_name(paths: DataPaths) -> str:
    import hashlib

    digest = hashlib.sha256(str(paths.root.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"tutor-{digest}"


class SingleInstance(QObject):
    """Emits `activation_requested` when a second launch for the same data directory happens."""

    activation_requested = Signal()

    def __init__(self, paths: DataPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._lock = QLockFile(str(paths.lock_file))
        # Never treat a live instance's lock as stale, however long it has been open.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the lock and start listening. False when another live instance holds it."""
        if not self.acquire_lock():
            return False
        self.listen()
        return True

    def acquire_lock(self) -> bool:
        """Take the lock only (start-up listens once the first screen is painted). False when
        another live instance holds it."""
        self._paths.root.mkdir(parents=True, exist_ok=True)
        return bool(self._lock.tryLock(100))

    def listen(self) -> None:
        """Answer later launches for the same data directory (after acquire_lock)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return
        name = server_name(self._paths)
        QLocalServer.removeServer(name)
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_connection)
        if not self._server.listen(name):
            log.warning("Cannot listen on %s: %s", name, self._server.errorString())

    def release(self) -> None:
        """Stop listening and give up the lock (the next launch may take it)."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        self._lock.unlock()

    @Slot()
    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    @Slot()
    def _on_ready_read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(ACTIVATE_MESSAGE.strip()):
            self.activation_requested.emit()


def ask_running_instance_to_activate(paths: DataPaths) -> bool:
    """Tell the instance holding `paths` to come to the front. True when it was reached."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(paths))
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(ACTIVATE_MESSAGE)
    delivered = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return delivered
