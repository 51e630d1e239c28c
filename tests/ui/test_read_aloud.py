"""Read aloud: a real recording played through QtMultimedia, or words saying why it cannot be."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.sound import write_tone
from tutor.ui import read_aloud
from tutor.ui.read_aloud import ReadAloud, is_recording


@pytest.fixture
def listen(qtbot: QtBot, qapp: QApplication) -> Iterator[ReadAloud]:
    widget = ReadAloud("&Listen", "Listen to the question")
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.stop()


@pytest.fixture
def speakers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Test machines have no sound card; playback still decodes and runs to the end."""
    monkeypatch.setattr(read_aloud, "has_sound_output", lambda _module: True)


def test_this_installation_can_play_sound() -> None:
    assert read_aloud.multimedia() is not None, "QtMultimedia (PySide6-Addons) must load"


def test_a_recording_plays_to_its_end(
    listen: ReadAloud, tmp_path: Path, speakers: None, qtbot: QtBot
) -> None:
    listen.set_recording(write_tone(tmp_path / "question.wav", seconds=0.3))
    assert listen.button.isVisible() and listen.note.isHidden()
    qtbot.mouseClick(listen.button, Qt.MouseButton.LeftButton)
    assert listen.is_playing() and listen.button.text() == "&Stop"
    qtbot.waitUntil(lambda: not listen.is_playing(), timeout=10_000)  # the end of the tone
    assert listen.button.text() == "&Listen"
    assert listen.note.isHidden()


def test_pressing_again_stops_the_sound(
    listen: ReadAloud, tmp_path: Path, speakers: None, qtbot: QtBot
) -> None:
    listen.set_recording(write_tone(tmp_path / "long.wav", seconds=30))
    listen.button.setFocus()
    qtbot.keyClick(listen.button, Qt.Key.Key_Space)
    assert listen.is_playing()
    qtbot.keyClick(listen.button, Qt.Key.Key_Space)
    assert not listen.is_playing()
    player = listen._player
    assert player is not None
    qtbot.waitUntil(
        lambda: player.playbackState() == type(player).PlaybackState.StoppedState, timeout=5000
    )


def test_a_broken_recording_is_explained_in_words(
    listen: ReadAloud, tmp_path: Path, speakers: None, qtbot: QtBot
) -> None:
    broken = tmp_path / "broken.ogg"
    broken.write_bytes(b"OggS" + bytes(2000))
    listen.set_recording(broken)
    qtbot.mouseClick(listen.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(listen.note.isVisible, timeout=10_000)
    assert "could not be played" in listen.note.text()
    assert not listen.is_playing()


def test_without_speakers_the_learner_is_told_to_plug_some_in(
    listen: ReadAloud, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    monkeypatch.setattr(read_aloud, "has_sound_output", lambda _module: False)
    listen.set_recording(write_tone(tmp_path / "question.wav"))
    qtbot.mouseClick(listen.button, Qt.MouseButton.LeftButton)
    assert not listen.is_playing()
    assert "headphones" in listen.note.text() and listen.note.isVisible()
    monkeypatch.setattr(read_aloud, "has_sound_output", lambda _module: True)
    qtbot.mouseClick(listen.button, Qt.MouseButton.LeftButton)  # plugged in: works now
    assert listen.is_playing() and listen.note.isHidden()


def test_without_qtmultimedia_the_recording_is_announced_not_offered(
    listen: ReadAloud, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(read_aloud, "multimedia", lambda: None)
    listen.set_recording(write_tone(tmp_path / "question.wav"))
    assert listen.isVisible() and listen.button.isHidden()
    assert "cannot play sound" in listen.note.text()


def test_a_missing_file_hides_the_button(listen: ReadAloud, tmp_path: Path) -> None:
    listen.set_recording(tmp_path / "gone.ogg")
    assert listen.isHidden()
    listen.set_recording(None)
    assert listen.isHidden()


@pytest.mark.parametrize(
    ("name", "expected"),
    [("media/a.OGG", True), ("media/a.mp3", True), ("a.wav", True), ("media/a.png", False)],
)
def test_recordings_are_known_by_their_suffix(name: str, expected: bool) -> None:
    assert is_recording(name) is expected
