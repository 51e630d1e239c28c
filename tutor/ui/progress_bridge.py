"""Progress and cancel for a facade job that runs on the database thread.

The job calls :meth:`ProgressBridge.report` (on the database thread); the bridge forwards each
report to the UI thread through a queued Qt signal, and answers False once the person pressed
Cancel, which the job takes as "stop now".
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal


class ProgressBridge(QObject):
    progressed = Signal(int, int)  # done, total (bytes)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancelled = threading.Event()

    def report(self, done: int, total: int) -> bool:
        """Called by the job on the database thread. False means: cancel."""
        self.progressed.emit(done, total)
        return not self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()
