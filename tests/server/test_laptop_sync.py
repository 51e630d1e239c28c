"""A real laptop data folder enrolling with a live server and pushing its answers over HTTP."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.learning.conftest import data_dir
from tests.server.conftest import LiveServer, free_port
from tests.teaching.helpers import learner_id, practise, skip_placement
from tutor.facade import Tutor
from tutor.paths import DataPaths
from tutor.sync.laptop import SyncError

__all__ = ["data_dir"]


@pytest.fixture
def laptop(data_dir: Path) -> Iterator[Tutor]:
    opened = Tutor.open(DataPaths(data_dir))
    yield opened
    opened.close()


def own_answers(data_dir: Path, device_id: str) -> int:
    db = sqlite3.connect(data_dir / "tutor.sqlite3")
    try:
        return int(
            db.execute(
                "SELECT count(*) FROM attempt_events WHERE device_id = ?", (device_id,)
            ).fetchone()[0]
        )
    finally:
        db.close()


def test_a_laptop_enrolls_and_its_answers_reach_the_server_once(
    live_server: LiveServer, laptop: Tutor, data_dir: Path
) -> None:
    ana = learner_id(laptop, "Ana")
    skip_placement(laptop, ana)
    practise(laptop, ana, 7, right=True)
    device = laptop.device()
    assert device is not None
    code = live_server.store.create_enrollment_code("Hillside Primary")
    assert laptop.sync.enroll(live_server.url + "/", code) == "Hillside Primary"
    before = laptop.sync.status()
    answers = own_answers(data_dir, device.id)
    assert before.enrolled and before.waiting == answers and answers >= 7
    result = laptop.sync.push()
    assert (result.stored, result.duplicates, result.high_water) == (answers, 0, answers)
    assert live_server.store.event_count() == answers
    assert laptop.sync.status().waiting == 0 and laptop.sync.status().last_sync_at
    # Nothing new: nothing sent. New answers: only they go.
    assert laptop.sync.push().stored == 0
    practise(laptop, ana, 3, right=False)
    again = laptop.sync.push()
    assert again.stored == 3 and again.high_water == answers + 3
    assert live_server.store.event_count() == answers + 3


def test_a_lost_acknowledgement_costs_a_resend_not_an_answer(
    live_server: LiveServer, laptop: Tutor
) -> None:
    ana = learner_id(laptop, "Ana")
    skip_placement(laptop, ana)
    practise(laptop, ana, 5, right=True)
    laptop.sync.enroll(live_server.url, live_server.store.create_enrollment_code("Hillside"))
    first = laptop.sync.push()
    # The laptop forgets the mark (as if the server's reply never arrived): it asks the server.
    with laptop._db.write() as session:
        from tutor.storage.settings import put_setting

        put_setting(session, "sync.high_water", 0)
    assert laptop.sync.push().stored == 0
    assert live_server.store.event_count() == first.stored


def test_failures_are_explained_and_nothing_on_the_laptop_is_lost(
    live_server: LiveServer, laptop: Tutor, data_dir: Path
) -> None:
    with pytest.raises(SyncError, match="not enrolled"):
        laptop.sync.push()
    with pytest.raises(SyncError, match="starts with https://"):
        laptop.sync.enroll("tutor.school.lan", "CODE")
    with pytest.raises(SyncError, match="not known"):
        laptop.sync.enroll(live_server.url, "WRONG-CODE")
    nowhere = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(SyncError, match="cannot be reached"):
        laptop.sync.enroll(nowhere, "ANY")
    ana = learner_id(laptop, "Ana")
    skip_placement(laptop, ana)
    practise(laptop, ana, 2, right=True)
    device = laptop.device()
    assert device is not None
    laptop.sync.enroll(live_server.url, live_server.store.create_enrollment_code("Hillside"))
    assert live_server.store.revoke(device.id)
    with pytest.raises(SyncError, match="no longer accepts this laptop"):
        laptop.sync.push()
    assert laptop.sync.status().waiting == own_answers(data_dir, device.id) > 0


def test_the_sync_command_enrolls_sends_and_reports(
    live_server: LiveServer, data_dir: Path
) -> None:
    def tutor(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "tutor", "sync", *args, "--data-dir", str(data_dir)],
            capture_output=True,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )

    refused = tutor("now")
    assert refused.returncode == 1 and "not enrolled" in refused.stderr
    code = live_server.store.create_enrollment_code("Hillside")
    enrolled = tutor("enroll", live_server.url, code)
    assert enrolled.returncode == 0 and "Hillside" in enrolled.stdout
    sent = tutor("now")
    assert sent.returncode == 0 and "Sent 0 new answers" in sent.stdout
    status = tutor("status")
    assert live_server.url in status.stdout and "waiting to be sent: 0" in status.stdout
