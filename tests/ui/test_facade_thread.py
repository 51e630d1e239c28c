"""FacadeRunner: one database thread, results on the UI thread, errors reported not raised."""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from tutor.facade import Tutor
from tutor.paths import DataPaths
from tutor.ui.facade_thread import FacadeRunner


@pytest.fixture
def runner(data_paths: DataPaths) -> Iterator[FacadeRunner]:
    runner = FacadeRunner(lambda: Tutor.open(data_paths))
    yield runner
    runner.shutdown()


def test_jobs_run_in_order_on_one_worker_thread_and_report_on_the_ui_thread(
    qtbot: QtBot, runner: FacadeRunner
) -> None:
    job_threads: list[int] = []
    results: list[int] = []
    delivery_threads: list[QThread] = []

    def job(index: int) -> object:
        def run(tutor: Tutor) -> int:
            job_threads.append(threading.get_ident())
            return index

        return run

    def done(value: int) -> None:
        delivery_threads.append(QThread.currentThread())
        results.append(value)

    for index in range(20):
        runner.submit(job(index), done)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: len(results) == 20, timeout=10_000)

    assert results == list(range(20))
    assert len(set(job_threads)) == 1
    assert job_threads[0] != threading.get_ident()
    main_thread = QThread.currentThread()
    assert all(thread is main_thread for thread in delivery_threads)
    assert not runner.busy


def test_a_failing_job_goes_to_on_error_and_the_worker_keeps_going(
    qtbot: QtBot, runner: FacadeRunner
) -> None:
    errors: list[BaseException] = []
    answers: list[bool] = []

    def broken(tutor: Tutor) -> None:
        raise ValueError("boom")

    runner.submit(broken, on_error=errors.append)
    runner.submit(lambda tutor: tutor.is_set_up(), answers.append)
    qtbot.waitUntil(lambda: bool(errors) and bool(answers), timeout=10_000)
    assert isinstance(errors[0], ValueError)
    assert answers == [False]


def test_an_error_without_a_handler_is_announced_by_the_failed_signal(
    qtbot: QtBot, runner: FacadeRunner
) -> None:
    def broken(tutor: Tutor) -> None:
        raise KeyError("missing")

    with qtbot.waitSignal(runner.failed, timeout=10_000) as failure:
        runner.submit(broken)
    assert isinstance(failure.args[0], KeyError)


def test_an_open_failure_is_reported_to_the_first_job(qtbot: QtBot, data_paths: DataPaths) -> None:
    data_paths.database.write_bytes(b"this is not a database at all" * 100)
    runner = FacadeRunner(lambda: Tutor.open(data_paths))
    errors: list[BaseException] = []
    try:
        runner.submit(lambda tutor: tutor.is_set_up(), on_error=errors.append)
        qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    finally:
        runner.shutdown()
    assert "not a Tutor database" in str(errors[0])


def test_shutdown_runs_every_queued_job_then_closes_the_database(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed: list[bool] = []
    original_close = Tutor.close

    def recording_close(tutor: Tutor) -> None:
        closed.append(True)
        original_close(tutor)

    monkeypatch.setattr(Tutor, "close", recording_close)
    runner = FacadeRunner(lambda: Tutor.open(data_paths))
    runner.submit(lambda tutor: time.sleep(0.3))
    for percent in (110, 120, 130, 140, 150):
        runner.submit(functools.partial(Tutor.set_text_scale, percent=percent))
    runner.shutdown()

    assert closed == [True]
    reopened = Tutor.open(data_paths)
    try:
        assert reopened.text_scale() == 150
    finally:
        reopened.close()


def test_a_failed_open_is_not_retried_by_later_jobs(qtbot: QtBot, data_paths: DataPaths) -> None:
    data_paths.database.write_bytes(b"not a database" * 100)
    attempts: list[int] = []

    def opener() -> Tutor:
        attempts.append(1)
        return Tutor.open(data_paths)

    runner = FacadeRunner(opener)
    errors: list[BaseException] = []
    try:
        for _ in range(3):
            runner.submit(lambda tutor: tutor.is_set_up(), on_error=errors.append)
        qtbot.waitUntil(lambda: len(errors) == 3, timeout=10_000)
    finally:
        runner.shutdown()
    assert len(attempts) == 1
    assert all("not a Tutor database" in str(error) for error in errors)
    assert list(data_paths.backups.iterdir()) == []
