"""Enrollment and pushing answers, over real HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.server.conftest import LiveServer
from tests.sync.test_records import event
from tutor.server.store import EnrollmentError, ServerStore, open_store
from tutor.sync.protocol import PushBatch, encode_push, pending_batches
from tutor.sync.records import AttemptEventRecord

PUBLIC_KEY = "Fkq0wQ7bFqJ0VfX0ZyX4d3l9c0tYQk1mZ0hOa2p3c0E"  # a device key, base64


def enroll(server: LiveServer, name: str = "Laptop 1") -> tuple[str, str]:
    code = server.store.create_enrollment_code("Hillside Primary")
    device_id = str(uuid.uuid4())
    reply = server.client().post(
        "/api/v1/enroll",
        json={
            "code": code.lower(),
            "device_id": device_id,
            "device_name": name,
            "public_key": PUBLIC_KEY,
            "protocols": [1],
        },
    )
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["school"] == "Hillside Primary" and body["protocol"] == 1
    assert body["device_id"] == device_id
    return device_id, str(body["token"])


def answers(device: str, first: int, count: int) -> tuple[AttemptEventRecord, ...]:
    return tuple(
        event(id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"{device}/{n}")), device_id=device, sequence=n)
        for n in range(first, first + count)
    )


def push(server: LiveServer, token: str, batch: PushBatch) -> dict[str, int]:
    reply = server.client(token).post("/api/v1/push", content=encode_push(batch))
    assert reply.status_code == 200, reply.text
    return dict(reply.json())


def test_health_and_the_openapi_description_need_no_token(live_server: LiveServer) -> None:
    client = live_server.client()
    assert client.get("/api/health").json()["protocols"] == [1]
    assert "/api/v1/push" in client.get("/openapi.json").json()["paths"]


def test_a_code_enrolls_one_laptop_once(live_server: LiveServer) -> None:
    device_id, token = enroll(live_server)
    status = live_server.client(token).get("/api/v1/status").json()
    assert status == {
        "device_id": device_id,
        "name": "Laptop 1",
        "school": "Hillside Primary",
        "high_water": 0,
    }
    code = live_server.store.create_enrollment_code("Hillside Primary")
    request = {
        "code": code,
        "device_id": str(uuid.uuid4()),
        "device_name": "L2",
        "public_key": PUBLIC_KEY,
        "protocols": [1],
    }
    assert live_server.client().post("/api/v1/enroll", json=request).status_code == 200
    again = live_server.client().post("/api/v1/enroll", json=request)
    assert again.status_code == 400 and "used already" in again.json()["error"]
    unknown = live_server.client().post("/api/v1/enroll", json={**request, "code": "NOPE"})
    assert unknown.status_code == 400 and "not known" in unknown.json()["error"]
    fresh = live_server.store.create_enrollment_code("Hillside Primary")
    twice = live_server.client().post("/api/v1/enroll", json={**request, "code": fresh})
    assert twice.status_code == 400 and "enrolled already" in twice.json()["error"]
    bad_id = live_server.client().post(
        "/api/v1/enroll", json={**request, "code": fresh, "device_id": "laptop-1"}
    )
    assert bad_id.status_code == 400 and "device id" in bad_id.json()["error"]


def test_an_expired_code_is_refused(store: ServerStore) -> None:
    code = store.create_enrollment_code("Hillside", days=0)
    with pytest.raises(EnrollmentError, match="expired"):
        store.enroll(code, str(uuid.uuid4()), "Laptop", PUBLIC_KEY)


def test_a_laptop_from_a_newer_protocol_is_told_who_must_update(live_server: LiveServer) -> None:
    code = live_server.store.create_enrollment_code("Hillside")
    reply = live_server.client().post(
        "/api/v1/enroll",
        json={
            "code": code,
            "device_id": str(uuid.uuid4()),
            "device_name": "L",
            "public_key": PUBLIC_KEY,
            "protocols": [7],
        },
    )
    assert reply.status_code == 426 and reply.json()["update"] == "server"


def test_pushes_are_stored_once_and_the_high_water_mark_follows(live_server: LiveServer) -> None:
    device_id, token = enroll(live_server)
    events = answers(device_id, 1, 25)
    batches = list(pending_batches(events, high_water=0, size=10))
    assert push(live_server, token, batches[0]) == {
        "device_id": device_id,
        "high_water": 10,
        "stored": 10,
        "duplicates": 0,
    }
    # The same batch again (its reply was lost, say): nothing new, the mark stays.
    assert push(live_server, token, batches[0])["duplicates"] == 10
    # A later batch arrives before the one in between: stored, but the mark waits for the gap.
    late = push(live_server, token, batches[2])
    assert (late["stored"], late["high_water"]) == (5, 10)
    filled = push(live_server, token, batches[1])
    assert (filled["stored"], filled["high_water"]) == (10, 25)
    assert live_server.store.event_count() == 25
    assert live_server.client(token).get("/api/v1/status").json()["high_water"] == 25


def test_what_the_server_refuses_it_names_and_stores_nothing(live_server: LiveServer) -> None:
    device_id, token = enroll(live_server)
    other_id, other_token = enroll(live_server, "Laptop 2")
    batch = PushBatch(device_id, answers(device_id, 1, 3))
    client = live_server.client(token)
    assert live_server.client().post("/api/v1/push", content=encode_push(batch)).status_code == 401
    assert live_server.client("forged").post("/api/v1/push", content=b"").status_code == 401
    # Another laptop's answers, under this laptop's token.
    stolen = live_server.client(other_token).post("/api/v1/push", content=encode_push(batch))
    assert stolen.status_code == 403
    broken = client.post("/api/v1/push", content=gzip.compress(b'{"protocol": 1, "kind": "push"}'))
    assert broken.status_code == 400 and broken.json()["problems"]
    newer = client.post("/api/v1/push", content=encode_push(batch, version=5))
    assert newer.status_code == 426 and newer.json()["update"] == "server"
    assert push(live_server, token, batch)["stored"] == 3
    # The same sequence numbers holding different answers: a conflict, nothing stored.
    forged = PushBatch(
        device_id, tuple(event(id=f"x{n}", device_id=device_id, sequence=n) for n in (3, 4))
    )
    conflict = client.post("/api/v1/push", content=encode_push(forged))
    assert conflict.status_code == 409 and "sequence 3" in conflict.json()["error"]
    assert live_server.store.event_count() == 3
    assert other_id != device_id


def test_a_revoked_laptop_is_refused(live_server: LiveServer) -> None:
    device_id, token = enroll(live_server)
    assert live_server.store.revoke(device_id)
    assert live_server.client(token).get("/api/v1/status").status_code == 401


def test_an_oversized_push_is_refused_before_it_is_read(
    live_server: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tutor.server import app

    monkeypatch.setattr(app, "MAX_BODY_BYTES", 1000)
    _, token = enroll(live_server)
    reply = live_server.client(token).post("/api/v1/push", content=bytes(5000))
    assert reply.status_code == 413 and "smaller batches" in reply.json()["error"]


def test_laptops_pushing_at_once_each_get_every_answer_stored_once(
    live_server: LiveServer,
) -> None:
    laptops = [enroll(live_server, f"Laptop {n}") for n in range(6)]

    def sync(device: tuple[str, str]) -> int:
        device_id, token = device
        events = answers(device_id, 1, 120)
        for batch in pending_batches(events, high_water=0, size=40):
            for _ in range(2):  # every batch twice, as after a lost reply
                push(live_server, token, batch)
        status = live_server.client(token).get("/api/v1/status").json()
        return int(status["high_water"])

    with ThreadPoolExecutor(max_workers=6) as pool:
        marks = list(pool.map(sync, laptops))
    assert marks == [120] * 6
    assert live_server.store.event_count() == 6 * 120
    assert json.loads(json.dumps(marks)) == marks


def test_the_server_command_makes_codes_that_enroll_and_revokes(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    env = {**os.environ, "TUTOR_SERVER_DATABASE_URL": url}
    made = subprocess.run(
        [sys.executable, "-m", "tutor", "server", "admin", "create-code", "--school", "Hillside"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    code = made.stdout.strip().rsplit(" ", 1)[-1]
    store = open_store(url)
    try:
        device, _token = store.enroll(code, str(uuid.uuid4()), "Laptop 9", PUBLIC_KEY)
        assert device.school == "Hillside"
    finally:
        store.close()
    revoked = subprocess.run(
        [sys.executable, "-m", "tutor", "server", "admin", "revoke", device.id],
        capture_output=True,
        text=True,
        env=env,
    )
    assert revoked.returncode == 0 and "can no longer sync" in revoked.stdout
    unknown = subprocess.run(
        [sys.executable, "-m", "tutor", "server", "admin", "revoke", "nope"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert unknown.returncode == 1 and "no laptop nope" in unknown.stderr
