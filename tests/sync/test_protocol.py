"""The sync protocol's messages: exact round trips, refusals in words, and the high-water mark."""

from __future__ import annotations

import gzip
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.sync.test_records import event
from tutor.sync import protocol
from tutor.sync.protocol import (
    MAX_BATCH_EVENTS,
    Change,
    ProtocolError,
    PullPage,
    PushAck,
    PushBatch,
    VersionMismatchError,
    advance_high_water,
    decode_pull,
    decode_push,
    encode_pull,
    encode_push,
    negotiate,
    pending_batches,
)
from tutor.sync.records import AttemptEventRecord


def run(first: int, count: int, device: str = "d1") -> tuple[AttemptEventRecord, ...]:
    return tuple(
        event(id=f"{device}-{n}", device_id=device, sequence=n) for n in range(first, first + count)
    )


def test_a_push_batch_survives_the_trip_exactly() -> None:
    batch = PushBatch("d1", run(3, 4))
    body = encode_push(batch)
    assert decode_push(body) == batch
    assert encode_push(decode_push(body)) == body  # one spelling: the same bytes again
    assert (batch.first_sequence, batch.last_sequence) == (3, 6)


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        ((), "at least one event"),
        ((event(id="a", sequence=1), event(id="b", sequence=3)), "consecutive"),
        ((event(id="a", sequence=1), event(id="a", sequence=2)), "appears twice"),
        ((event(id="a", sequence=1, device_id="d2"),), "events of other devices"),
    ],
)
def test_a_batch_that_breaks_the_rules_is_refused(
    events: tuple[AttemptEventRecord, ...], expected: str
) -> None:
    with pytest.raises(ProtocolError, match=expected):
        PushBatch("d1", events)


def test_a_batch_has_a_size_limit() -> None:
    with pytest.raises(ProtocolError, match="at most"):
        PushBatch("d1", run(1, MAX_BATCH_EVENTS + 1))


def message(*lines: object) -> bytes:
    return gzip.compress("\n".join(json.dumps(line) for line in lines).encode())


HEADER = {"protocol": 1, "kind": "push", "device_id": "d1", "count": 1}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b"", "empty"),
        (b"not gzip at all", "not gzip"),
        (gzip.compress(b"\xff\xfe"), "UTF-8"),
        (gzip.compress(b"{oops"), "line 1: not JSON"),
        (message({**HEADER, "kind": "pull"}), "not a push message"),
        (message({**HEADER, "protocol": "1"}), "no protocol version"),
        (message({**HEADER, "count": 2}, event().to_dict()), "says 2 events"),
        (message({**HEADER, "device_id": ""}, event().to_dict()), "no device_id"),
        (message(HEADER, {**event().to_dict(), "score": 7}), "line 2: score is not from 0 to 1"),
        (
            message({**HEADER, "first_sequence": 5, "last_sequence": 5}, event().to_dict()),
            "sequence range",
        ),
        (gzip.compress(b"x")[:-4], "cut short"),
    ],
)
def test_a_malformed_push_is_refused_with_the_reason(body: bytes, expected: str) -> None:
    with pytest.raises(ProtocolError, match=expected):
        decode_push(body)


def test_a_decompression_bomb_is_refused_before_it_grows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(protocol, "MAX_DECODED_BYTES", 1024 * 1024)
    bomb = gzip.compress(b" " * (20 * 1024 * 1024))  # 20 MB of spaces in about 20 KB
    assert len(bomb) < 64 * 1024
    with pytest.raises(ProtocolError, match="decompresses to over 1 MB"):
        decode_push(bomb)


def test_an_oversized_body_is_refused_unread(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(protocol, "MAX_BODY_BYTES", 100)
    with pytest.raises(ProtocolError, match="is over"):
        decode_push(bytes(101))


def test_versions_are_negotiated_and_a_mismatch_says_who_must_update() -> None:
    assert negotiate([1, 2, 3], [1, 2]) == 2
    with pytest.raises(VersionMismatchError) as old_laptop:
        negotiate([1], [2, 3], we_are="server")
    assert old_laptop.value.update == "laptop" and "update Tutor" in str(old_laptop.value)
    with pytest.raises(VersionMismatchError) as old_server:
        negotiate([1], [2, 3], we_are="laptop")
    assert old_server.value.update == "server" and "stay on the laptop" in str(old_server.value)
    with pytest.raises(VersionMismatchError) as newer_laptop:
        negotiate([4], [2, 3], we_are="server")
    assert newer_laptop.value.update == "server"
    with pytest.raises(ProtocolError, match="no protocol version"):
        negotiate([], [1])


def test_a_push_of_a_version_the_server_does_not_speak_asks_for_an_update() -> None:
    body = encode_push(PushBatch("d1", run(1, 1)), version=9)
    with pytest.raises(VersionMismatchError) as refused:
        decode_push(body, supported=(1,))
    assert refused.value.update == "server"


def test_pending_batches_send_only_what_lies_above_the_mark_and_stop_at_a_gap() -> None:
    events = run(1, 10) + run(12, 3)  # 11 is missing
    batches = list(pending_batches(reversed(events), high_water=4, size=4))
    assert [(b.first_sequence, b.last_sequence) for b in batches] == [(5, 8), (9, 10)]
    assert list(pending_batches(events, high_water=14)) == []  # all held already
    with pytest.raises(ValueError, match="1 to"):
        list(pending_batches(events, high_water=0, size=0))


@given(
    current=st.integers(min_value=0, max_value=50),
    stored=st.sets(st.integers(min_value=1, max_value=80), max_size=60),
)
def test_the_high_water_mark_moves_only_over_a_run_without_gaps(
    current: int, stored: set[int]
) -> None:
    mark = advance_high_water(current, stored)
    assert mark >= current
    assert all(n in stored for n in range(current + 1, mark + 1))
    assert mark + 1 not in stored


def test_an_acknowledgement_survives_json_and_a_bad_one_is_refused() -> None:
    ack = PushAck("d1", high_water=12, stored=5, duplicates=2)
    assert PushAck.from_dict(json.loads(json.dumps(ack.to_dict()))) == ack
    with pytest.raises(ProtocolError) as refused:
        PushAck.from_dict({"device_id": "", "high_water": -1, "stored": True})
    assert len(refused.value.problems) == 4
    with pytest.raises(ProtocolError, match="JSON object"):
        PushAck.from_dict([1])


def test_a_pull_page_with_a_tombstone_survives_the_trip() -> None:
    page = PullPage(
        cursor="c1",
        next_cursor="c2",
        changes=(
            Change("learners", {"id": "l1"}, {"id": "l1", "display_name": "Amani"}),
            Change("class_memberships", {"class_id": "k", "learner_id": "l2"}, None),
        ),
        more=True,
    )
    assert decode_pull(encode_pull(page)) == page


def test_a_malformed_pull_page_is_refused() -> None:
    header = {"protocol": 1, "kind": "pull", "cursor": "a", "next_cursor": "b", "more": False}
    body = message({**header, "count": 1}, {"table": "learners", "key": {}, "record": None})
    with pytest.raises(ProtocolError, match="names its table and its key"):
        decode_pull(body)
    with pytest.raises(ProtocolError, match="more must be"):
        decode_pull(message({**header, "more": "no", "count": 0}))
