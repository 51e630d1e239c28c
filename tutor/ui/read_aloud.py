"""ReadAloud: a button that plays a lesson's or a question's recording, and says why it can't.

The recording is a local file from the pack (never a stream). QtMultimedia is imported the first
time a recording is shown, so start-up never pays for it. When sound cannot be played the learner
is told in words instead of a button that does nothing:

* this Qt has no QtMultimedia: "this laptop cannot play it";
* no speaker or headphones: "plug in headphones, then press Listen again" (checked on each press,
  so plugging them in works without leaving the screen);
* the file cannot be decoded: "could not be played" (the log has Qt's reason).

The button is checkable: pressing it again (or leaving the screen, see stop()) stops the sound.
"""

from __future__ import annotations

import logging
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from tutor.media_types import is_recording

__all__ = ["ReadAloud", "is_recording", "multimedia"]

log = logging.getLogger(__name__)


def multimedia() -> ModuleType | None:
    """PySide6's QtMultimedia, or None when this installation has none or cannot load it."""
    try:
        from PySide6 import QtMultimedia
    except ImportError as error:  # PySide6-Essentials only, or a system library missing
        log.info("Sound is not available: %s", error)
        return None
    return QtMultimedia


def has_sound_output(module: ModuleType) -> bool:
    """True when the laptop has somewhere to play sound (a speaker or headphones)."""
    return bool(module.QMediaDevices.audioOutputs())


class ReadAloud(QWidget):
    """A "Listen" toggle for one recording at a time, and a line saying what went wrong."""

    def __init__(self, label: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = label
        self._player: Any = None
        self._output: Any = None
        self._recording: Path | None = None
        self.button = QPushButton(label)
        self.button.setObjectName("readAloudButton")
        self.button.setAccessibleName(accessible_name)
        self.button.setCheckable(True)
        self.button.toggled.connect(self._toggled)
        self.note = QLabel()
        self.note.setObjectName("readAloudNote")
        self.note.setWordWrap(True)
        self.note.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.note, 1)
        layout.addStretch()  # the button keeps its own width while the note is hidden
        self.setFocusProxy(self.button)
        self.hide()

    def set_recording(self, recording: Path | None) -> None:
        """Offer `recording` (None: hide). A missing file is logged and hidden; a laptop that
        cannot play sound says so in place of the button."""
        self.stop()
        self._recording = None
        self.note.hide()
        if recording is None or not recording.is_file():
            if recording is not None:
                log.warning("Recording %s is missing", recording)
            self.hide()
            return
        if multimedia() is None:
            self._say(self.tr("There is a recording, but this laptop cannot play sound."))
            self.button.hide()
            self.show()
            return
        self._recording = recording
        self.button.show()
        self.show()

    def is_playing(self) -> bool:
        return self.button.isChecked()

    def stop(self) -> None:
        """Stop the sound, if any (leaving the screen, a new lesson, Continue)."""
        self.button.setChecked(False)

    def _toggled(self, playing: bool) -> None:
        self.button.setText(self.tr("&Stop") if playing else self._label)
        if not playing:
            if self._player is not None:
                self._player.stop()
            return
        module = multimedia()
        if module is None or self._recording is None:
            self.button.setChecked(False)
            return
        if not has_sound_output(module):
            self._say(self.tr("No speaker or headphones found. Plug some in, then press again."))
            self.button.setChecked(False)
            return
        self.note.hide()
        player = self._ensure_player(module)
        player.setSource(QUrl.fromLocalFile(str(self._recording)))
        player.play()

    def _ensure_player(self, module: ModuleType) -> Any:
        if self._player is None:
            self._player = module.QMediaPlayer(self)
            self._output = module.QAudioOutput(self)
            self._player.setAudioOutput(self._output)
            self._player.playbackStateChanged.connect(self._state_changed)
            self._player.errorOccurred.connect(self._failed)
        return self._player

    def _state_changed(self, state: object) -> None:
        if self._player is not None and state == type(self._player).PlaybackState.StoppedState:
            self.button.setChecked(False)

    def _failed(self, error: object, detail: str = "") -> None:
        log.warning("Could not play %s: %s %s", self._recording, error, detail)
        self.button.setChecked(False)
        self._say(self.tr("The recording could not be played."))

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setAccessibleName(text)
        self.note.show()
