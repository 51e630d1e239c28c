"""Progress bundles from schools without a network, imported on the server: every answer once."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.sample_data import SAMPLE_SETUP
from tests.teaching.helpers import learner_id, practise, skip_placement
from tutor.facade import Tutor
from tutor.paths import DataPaths
from tutor.server.store import BundleRefusedError, ServerStore
from tutor.sync.reader import open_bundle


def laptop_with_answers(folder: Path, answers: int) -> Tutor:
    tutor = Tutor.open(DataPaths(folder))
    tutor.complete_first_run(SAMPLE_SETUP)
    tutor.install_bundled_packs()
    ana = learner_id(tutor, "Ana")
    skip_placement(tutor, ana)
    practise(tutor, ana, answers, right=True)
    return tutor


def stick(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def answers_of(tutor: Tutor) -> int:
    with tutor._db.read() as session:
        from sqlalchemy import func, select

        from tutor.storage.models import AttemptEvent

        return int(session.scalar(select(func.count()).select_from(AttemptEvent)) or 0)


def test_a_bundle_carrying_two_laptops_answers_is_stored_once(
    store: ServerStore, tmp_path: Path, bundled_packs: Path
) -> None:
    first = laptop_with_answers(tmp_path / "a", 4)
    second = laptop_with_answers(tmp_path / "b", 3)
    try:
        second.import_bundle(
            first.export_bundle(stick(tmp_path / "usb-a")).path
        )  # A's answers on B
        practise(second, learner_id(second, "ben"), 2, right=False)
        carried = answers_of(second)
        bundle = open_bundle(second.export_bundle(stick(tmp_path / "usb-b")).path)
    finally:
        first.close()
        second.close()
    result = store.import_bundle(bundle)
    assert (result.stored, result.duplicates, result.devices) == (carried, 0, 2)
    assert store.event_count() == carried
    again = store.import_bundle(bundle)  # the same stick, brought twice
    assert (again.stored, again.duplicates) == (0, carried)
    assert store.event_count() == carried


def test_a_bundle_from_a_laptop_the_server_knows_by_another_key_is_refused(
    store: ServerStore, tmp_path: Path, bundled_packs: Path
) -> None:
    laptop = laptop_with_answers(tmp_path / "a", 2)
    try:
        device = laptop.device()
        assert device is not None
        bundle = open_bundle(laptop.export_bundle(stick(tmp_path / "usb")).path)
    finally:
        laptop.close()
    code = store.create_enrollment_code("Hillside")
    other_key = "A" * 43 + "="
    store.enroll(code, device.id, device.name, other_key)
    with pytest.raises(BundleRefusedError, match="may be forged"):
        store.import_bundle(bundle)
    assert store.event_count() == 0


def test_the_server_command_imports_a_bundle_and_refuses_a_damaged_one(
    tmp_path: Path, bundled_packs: Path
) -> None:
    laptop = laptop_with_answers(tmp_path / "a", 2)
    try:
        path = laptop.export_bundle(stick(tmp_path / "usb")).path
        answers = answers_of(laptop)
    finally:
        laptop.close()
    env = {
        **os.environ,
        "TUTOR_SERVER_DATABASE_URL": f"sqlite:///{tmp_path / f'{uuid.uuid4().hex}.sqlite3'}",
    }

    def server(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "tutor", "server", "admin", *args]
        return subprocess.run(command, capture_output=True, text=True, env=env)

    imported = server("import-bundle", str(path))
    assert imported.returncode == 0, imported.stderr
    assert f"{answers} new answers from 1 laptop(s)" in imported.stdout
    damaged = tmp_path / "damaged.tutorbundle"
    damaged.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    refused = server("import-bundle", str(damaged))
    assert refused.returncode == 1 and "cut short or damaged" in refused.stderr
