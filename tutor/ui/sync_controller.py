"""Background sync in the app: a laptop enrolled with a school server sends its answers soon after
start, every few minutes, and on "Sync Now"; after a failure it waits longer and longer
(tutor.sync.schedule). A line in the status bar says when it last synced, how many answers wait,
or why it could not, in words.

The network call runs on its own thread, never the UI thread and never the database thread the
learners' answers go through, so no one waits for the network. A laptop that is not enrolled
shows nothing and tries nothing.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from tutor.sync.schedule import FIRST_DELAY_S, SyncSchedule
from tutor.ui.facade_thread import FacadeRunner

if TYPE_CHECKING:
    from tutor.sync.laptop import LaptopSync, SyncStatus

log = logging.getLogger(__name__)


class SyncController(QObject):
    attempted = Signal(bool)  # after each attempt: whether it worked (tests wait on it)
    _done = Signal(object, object)  # (status, error text) from the sync thread

    def __init__(self, runner: FacadeRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._sync: LaptopSync | None = None
        self.schedule = SyncSchedule()
        self.failures = 0
        self.busy = False
        self.enrolled = False
        self.label = QLabel()
        self.label.setObjectName("syncStatus")
        self.label.hide()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)
        self._done.connect(self._finished)

    def start(self, first_delay_s: float = FIRST_DELAY_S) -> None:
        """Find out (on the database thread) whether this laptop is enrolled; if so, show its
        state and sync after `first_delay_s`."""

        def job(tutor: Any) -> tuple[LaptopSync, SyncStatus]:
            return tutor.sync, tutor.sync.status()

        def ready(found: tuple[LaptopSync, SyncStatus]) -> None:
            self._sync, status = found
            self.enrolled = status.enrolled
            if self.enrolled:
                self._show(status, None)
                self.timer.start(int(first_delay_s * 1000))

        self._runner.submit(job, ready, lambda error: log.info("No sync: %s", error))

    def sync_now(self) -> None:
        """Sync at once, off the UI thread (nothing happens if not enrolled or already busy)."""
        sync = self._sync
        if sync is None or not self.enrolled or self.busy:
            return
        self.busy = True
        self.timer.stop()
        self.label.setText(self.tr("Syncing…"))
        threading.Thread(target=self._work, args=(sync,), name="tutor-sync", daemon=True).start()

    def _work(self, sync: LaptopSync) -> None:
        from tutor.sync.laptop import SyncError

        error: object = None
        try:
            sync.push()
        except SyncError as failure:
            error = failure.kind
        except Exception:  # the log has it; the laptop keeps working and tries again later
            log.exception("Sync failed")
            error = "refused"
        try:
            status = sync.status()
        except Exception:
            log.exception("Sync status unreadable")
            status = None
        self._done.emit(status, error)

    def _finished(self, status: SyncStatus | None, error: str | None) -> None:
        self.busy = False
        self.failures = 0 if error is None else self.failures + 1
        if status is not None:
            self._show(status, error)
        self.timer.start(int(self.schedule.next_delay(self.failures) * 1000))
        self.attempted.emit(error is None)

    def _show(self, status: SyncStatus, error: str | None) -> None:
        waiting = self.tr("%n answer(s) waiting", "", status.waiting)
        if error is not None:
            text = self.tr("Not synced: {reason} {waiting}.").format(
                reason=self._reason(error), waiting=waiting
            )
        elif status.last_sync_at:
            when = datetime.fromisoformat(status.last_sync_at).astimezone().strftime("%H:%M")
            text = self.tr("Synced at {time} · {waiting}").format(time=when, waiting=waiting)
        else:
            text = self.tr("Not synced yet · {waiting}").format(waiting=waiting)
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.label.show()

    def _reason(self, kind: str) -> str:
        reasons = {
            "unreachable": self.tr("the school server cannot be reached; answers wait here."),
            "withdrawn": self.tr("the server no longer accepts this laptop; ask for a new code."),
            "not_enrolled": self.tr("this laptop is not enrolled with a server."),
            "unreadable": self.tr("the server's reply cannot be read."),
        }
        return reasons.get(kind, self.tr("the server refused; the log has the detail."))

    def stop(self) -> None:
        self.timer.stop()
