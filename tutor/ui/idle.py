"""Notice when nobody has used the laptop for a while, so a learner can be signed out.

An :class:`IdleWatcher` filters every event of the application: a key press, a mouse click, move
or wheel turn, or a touch restarts its timer; when the timer runs out it emits `idle` once (and
again only after more input and another quiet period). It never consumes an event.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from tutor.idle_time import DEFAULT_IDLE_SIGN_OUT_MINUTES, clamp_idle_minutes

if TYPE_CHECKING:
    from tutor.ui.facade_thread import FacadeRunner

log = logging.getLogger(__name__)

MS_PER_MINUTE = 60_000

#: The events that mean a person is at the laptop.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    """Emits `idle` after `timeout_ms` without input to any window of the application.

    Watching starts at once unless `watching` is False (call :meth:`stop` / :meth:`start`). The
    time can be set in milliseconds (tests) or minutes (the laptop's setting, 1–120)."""

    idle = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        timeout_ms: int = DEFAULT_IDLE_SIGN_OUT_MINUTES * MS_PER_MINUTE,
        watching: bool = True,
    ) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, timeout_ms))
        self._timer.timeout.connect(self.idle)
        self._watching = False
        if watching:
            self.start()

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    def set_timeout_ms(self, milliseconds: int) -> None:
        """Use a new idle time, counted from now."""
        self._timer.setInterval(max(1, int(milliseconds)))
        self.poke()

    def set_timeout_minutes(self, minutes: int) -> None:
        self.set_timeout_ms(clamp_idle_minutes(minutes) * MS_PER_MINUTE)

    def load_setting(self, runner: FacadeRunner) -> None:
        """Read the laptop's idle sign-out time through the database thread and use it. If it
        cannot be read (the database did not open, say), the time stays as it was; no error."""
        runner.submit(
            lambda tutor: tutor.idle_sign_out_minutes(),
            self.set_timeout_minutes,
            lambda error: log.warning(
                "Idle sign-out time not read, keeping %d ms: %s", self.timeout_ms, error
            ),
        )

    def start(self) -> None:
        """Watch the application's input and count the idle time from now."""
        app = QCoreApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
            self._watching = True
        self.poke()

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
        self._watching = False
        self._timer.stop()

    @property
    def watching(self) -> bool:
        return self._watching

    def poke(self) -> None:
        """Count the idle time from now, as input does."""
        if self._watching:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._timer.start()
        return False
