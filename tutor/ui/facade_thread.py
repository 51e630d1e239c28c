"""Run facade calls on one database thread and deliver results to the UI thread by Qt signals.

Guarantees:

* every call runs on the same single worker thread, in submission order (one writer, no locks);
* the Tutor is opened by the first call; if opening fails, that error is handed to every later
  call too, without trying again (a second attempt would make another backup, and could not
  succeed where the first failed);
* `shutdown` runs every job already submitted, then closes the database, then stops the thread;
* `on_done` / `on_error` run on the thread that owns the runner (the UI thread), never the worker;
* an exception in a call is logged with its traceback and handed to `on_error` (or to the
  runner's `failed` signal when no `on_error` was given); the worker keeps running.

A job must not keep the Tutor object it receives, and the UI thread must never call it.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QThread, Signal, Slot

if TYPE_CHECKING:
    from tutor.facade import Tutor

log = logging.getLogger(__name__)

T = TypeVar("T")
Job = Callable[["Tutor"], Any]


@dataclass
class _Pending:
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None


class _Worker(QObject):
    finished = Signal(int, object)
    errored = Signal(int, object)

    def __init__(self, opener: Callable[[], Tutor]) -> None:
        super().__init__()
        self._opener = opener
        self._tutor: Tutor | None = None
        self._open_error: Exception | None = None

    def _open(self) -> Tutor:
        if self._open_error is not None:
            raise self._open_error
        if self._tutor is None:
            threading.current_thread().name = "tutor-database"
            try:
                self._tutor = self._opener()
            except Exception as error:
                self._open_error = error
                raise
        return self._tutor

    @Slot(int, object)
    def run(self, job_id: int, job: Job) -> None:
        try:
            result = job(self._open())
        except Exception as error:
            log.exception("Database job %d failed", job_id)
            self.errored.emit(job_id, error)
        else:
            self.finished.emit(job_id, result)

    @Slot()
    def close(self) -> None:
        """Runs after every job queued before it (queued calls are delivered in order)."""
        try:
            if self._tutor is not None:
                self._tutor.close()
                self._tutor = None
        finally:
            QThread.currentThread().quit()


class FacadeRunner(QObject):
    """Owns the database thread. The Tutor is opened there by the first job (with `opener`)."""

    failed = Signal(object)
    _request = Signal(int, object)
    _close_request = Signal()

    def __init__(self, opener: Callable[[], Tutor], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._thread = QThread()
        self._thread.setObjectName("tutor-database")
        self._worker = _Worker(opener)
        self._worker.moveToThread(self._thread)
        self._request.connect(self._worker.run)
        self._close_request.connect(self._worker.close)
        self._worker.finished.connect(self._deliver_result)
        self._worker.errored.connect(self._deliver_error)
        self._thread.start()

    def submit(
        self,
        job: Callable[[Tutor], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Queue `job(tutor)` on the database thread; its result goes to `on_done`."""
        job_id = next(self._ids)
        self._pending[job_id] = _Pending(on_done, on_error)
        self._request.emit(job_id, job)

    @property
    def busy(self) -> bool:
        """True while a submitted job has not reported back."""
        return bool(self._pending)

    def shutdown(self) -> None:
        """Finish queued jobs, close the database on its own thread, and stop the thread."""
        if not self._thread.isRunning():
            return
        self._close_request.emit()
        self._thread.wait()

    @Slot(int, object)
    def _deliver_result(self, job_id: int, result: object) -> None:
        pending = self._pending.pop(job_id, None)
        if pending is not None and pending.on_done is not None:
            pending.on_done(result)

    @Slot(int, object)
    def _deliver_error(self, job_id: int, error: BaseException) -> None:
        pending = self._pending.pop(job_id, None)
        if pending is not None and pending.on_error is not None:
            pending.on_error(error)
        else:
            self.failed.emit(error)
