"""The app syncs in the background and says so in the status bar; "Sync Now" does it at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.sample_data import SAMPLE_SETUP
from tests.server.conftest import LiveServer, serving
from tests.teaching.helpers import learner_id, practise, skip_placement
from tests.ui.conftest import WindowFactory
from tutor.facade import Tutor
from tutor.paths import DataPaths
from tutor.server.store import open_store
from tutor.sync.schedule import SyncSchedule


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    store = open_store(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    try:
        with serving(store) as live:
            yield live
    finally:
        store.close()


def enrolled_laptop(paths: DataPaths, server: LiveServer, answers: int) -> None:
    tutor = Tutor.open(paths)
    try:
        tutor.complete_first_run(SAMPLE_SETUP)
        tutor.install_bundled_packs()
        ana = learner_id(tutor, "Ana")
        skip_placement(tutor, ana)
        practise(tutor, ana, answers, right=True)
        tutor.sync.enroll(server.url, server.store.create_enrollment_code("Hillside"))
    finally:
        tutor.close()


def test_the_app_sends_waiting_answers_and_says_when(
    qtbot: QtBot,
    open_window: WindowFactory,
    data_paths: DataPaths,
    bundled_packs: Path,
    server: LiveServer,
) -> None:
    enrolled_laptop(data_paths, server, answers=4)
    window = open_window(data_paths)
    controller = window.sync_controller
    qtbot.waitUntil(lambda: controller.enrolled, timeout=30_000)
    assert "waiting" in controller.label.text() and "Not synced yet" in controller.label.text()
    with qtbot.waitSignal(controller.attempted, timeout=30_000) as attempt:
        window.sync_now_action.trigger()
    assert attempt.args == [True]
    assert "Synced at" in controller.label.text() and "0 answers waiting" in controller.label.text()
    assert server.store.event_count() >= 4
    assert controller.timer.isActive()  # the next one is planned
    window.close()


def test_an_unreachable_server_is_said_in_words_and_retried_later_and_later(
    qtbot: QtBot,
    open_window: WindowFactory,
    data_paths: DataPaths,
    bundled_packs: Path,
    server: LiveServer,
) -> None:
    enrolled_laptop(data_paths, server, answers=2)
    tutor = Tutor.open(data_paths)
    try:
        with tutor._db.write() as session:
            from tutor.storage.settings import put_setting

            put_setting(session, "sync.server_url", "http://127.0.0.1:9")  # nothing listens
    finally:
        tutor.close()
    window = open_window(data_paths)
    controller = window.sync_controller
    qtbot.waitUntil(lambda: controller.enrolled, timeout=30_000)
    for expected_failures in (1, 2):
        with qtbot.waitSignal(controller.attempted, timeout=60_000) as attempt:
            controller.sync_now()
        assert attempt.args == [False] and controller.failures == expected_failures
    text = controller.label.text()
    assert "cannot be reached" in text and "answers waiting" in text
    assert controller.timer.isActive()
    assert controller.timer.interval() <= SyncSchedule().base_retry_s * 2 * 1000
    window.close()


def test_backoff_grows_with_jitter_and_is_capped() -> None:
    import random

    schedule = SyncSchedule(interval_s=300, base_retry_s=30, max_retry_s=3600)
    rng = random.Random(7)
    assert schedule.next_delay(0, rng) == 300
    delays = [schedule.next_delay(n, rng) for n in range(1, 12)]
    for failures, delay in enumerate(delays, start=1):
        ceiling = min(3600.0, 30.0 * 2 ** (failures - 1))
        assert ceiling / 2 <= delay <= ceiling
    assert max(delays) <= 3600
    assert len({round(schedule.next_delay(3, random.Random(seed)), 3) for seed in range(8)}) > 1
