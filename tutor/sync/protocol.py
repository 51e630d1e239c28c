"""The sync protocol's messages: what a laptop and the school server send each other (docs/sync.md).

* Version negotiation: each side offers the protocol versions it speaks; negotiate() picks the
  highest both speak, or raises VersionMismatchError saying in words which side must be updated.
* Push: a laptop's new answer events, in compressed batches. A batch holds one device's events
  with consecutive sequence numbers (first_sequence..last_sequence); the server stores each by
  its id (a second copy is a duplicate, not an error) and acknowledges its high-water mark: the
  highest sequence below which it holds every event of that device. The laptop then sends only
  what lies above it (pending_batches), so a batch cut off in transit is simply sent again.
* Pull: server-authored changes by cursor, a page at a time; a change without a record is a
  tombstone (the row is gone).

Every decoder refuses, with ProtocolError naming each problem, anything that is not a well-formed
message of a version it speaks: bad compression, a body or a decompressed size over the limits
(so a small request cannot expand into gigabytes), a header that does not match its lines, or a
record that its wire type (tutor.sync.records) refuses. Standard library only: the server and the
laptop share this module.
"""

from __future__ import annotations

import gzip
import itertools
import json
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from tutor.sync.records import AttemptEventRecord
from tutor.sync.wire import RecordError, canonical_json

PROTOCOL_VERSIONS: tuple[int, ...] = (1,)  # the versions this Tutor speaks, oldest first
MAX_BATCH_EVENTS = 5_000  # events in one push batch
MAX_BODY_BYTES = 8 * 1024 * 1024  # a compressed message
MAX_DECODED_BYTES = 64 * 1024 * 1024  # the same message decompressed
MAX_PAGE_CHANGES = 5_000  # changes in one pull page
_CHUNK = 64 * 1024


class ProtocolError(ValueError):
    """A message that does not follow the protocol; `problems` names each thing wrong."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


class VersionMismatchError(ProtocolError):
    """The two sides speak no protocol version in common. `update` is "laptop" when this Tutor
    is the older one, "server" when the server is."""

    def __init__(self, update: str, message: str) -> None:
        super().__init__([message])
        self.update = update


def negotiate(
    offered: Sequence[int], supported: Sequence[int] = PROTOCOL_VERSIONS, *, we_are: str = "laptop"
) -> int:
    """The highest version both sides speak. `offered` is the other side's list; `we_are`
    ("laptop" or "server") decides how a mismatch is worded for the person who reads it."""
    common = set(offered) & set(supported)
    if common:
        return max(common)
    if not offered:
        raise ProtocolError(["the other side offered no protocol version"])
    ours_newer = min(supported) > max(offered)
    laptop_is_older = ours_newer if we_are == "server" else not ours_newer
    if laptop_is_older:
        raise VersionMismatchError(
            "laptop", "This laptop's Tutor is too old for the school server: update Tutor."
        )
    raise VersionMismatchError(
        "server",
        "The school server runs an older Tutor than this laptop: ask whoever looks after the "
        "server to update it. Answers stay on the laptop until then.",
    )


# --- push ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PushBatch:
    """One device's answer events with consecutive sequence numbers, oldest first."""

    device_id: str
    events: tuple[AttemptEventRecord, ...]

    def __post_init__(self) -> None:
        problems = _batch_problems(self.device_id, self.events)
        if problems:
            raise ProtocolError(problems)

    @property
    def first_sequence(self) -> int:
        return self.events[0].sequence

    @property
    def last_sequence(self) -> int:
        return self.events[-1].sequence


def _batch_problems(device_id: str, events: Sequence[AttemptEventRecord]) -> list[str]:
    if not events:
        return ["a push batch holds at least one event"]
    if len(events) > MAX_BATCH_EVENTS:
        return [f"a push batch holds at most {MAX_BATCH_EVENTS} events, not {len(events)}"]
    problems = []
    strangers = sorted({e.device_id for e in events if e.device_id != device_id})
    if strangers:
        problems.append(f"events of other devices in {device_id}'s batch: {', '.join(strangers)}")
    for before, after in itertools.pairwise(events):
        if after.sequence != before.sequence + 1:
            problems.append(
                f"sequence {after.sequence} follows {before.sequence}: a batch's sequence "
                "numbers are consecutive"
            )
            break
    ids = [e.id for e in events]
    if len(set(ids)) != len(ids):
        problems.append("an event id appears twice in the batch")
    return problems


def encode_push(batch: PushBatch, version: int = PROTOCOL_VERSIONS[-1]) -> bytes:
    """The batch as gzip-compressed JSON lines: a header line, then one line per event."""
    header = {
        "protocol": version,
        "kind": "push",
        "device_id": batch.device_id,
        "count": len(batch.events),
        "first_sequence": batch.first_sequence,
        "last_sequence": batch.last_sequence,
    }
    lines = [canonical_json(header)] + [event.canonical() for event in batch.events]
    return gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0)


def decode_push(body: bytes, supported: Sequence[int] = PROTOCOL_VERSIONS) -> PushBatch:
    """A push batch from its encoded bytes. Raises ProtocolError naming every problem."""
    header, lines = _read_message(body, "push", supported, we_are="server")
    problems: list[str] = []
    device_id = header.get("device_id")
    if not isinstance(device_id, str) or not device_id:
        problems.append("the header names no device_id")
    if header.get("count") != len(lines):
        problems.append(f"the header says {header.get('count')} events, the body has {len(lines)}")
    events: list[AttemptEventRecord] = []
    for number, line in enumerate(lines, start=2):
        try:
            events.append(AttemptEventRecord.from_dict(line))
        except RecordError as error:
            problems.extend(f"line {number}: {problem}" for problem in error.problems)
    if problems:
        raise ProtocolError(problems)
    batch = PushBatch(str(device_id), tuple(events))
    if (header.get("first_sequence"), header.get("last_sequence")) != (
        batch.first_sequence,
        batch.last_sequence,
    ):
        raise ProtocolError(["the header's sequence range does not match its events"])
    return batch


def pending_batches(
    events: Iterable[AttemptEventRecord], high_water: int, size: int = MAX_BATCH_EVENTS
) -> Iterator[PushBatch]:
    """A device's events above the server's high-water mark, in batches of at most `size`,
    oldest first. The events must be one device's; a gap in their sequence ends the batches
    there (what lies after it waits until the gap is filled, so the mark can move past it)."""
    if not 1 <= size <= MAX_BATCH_EVENTS:
        raise ValueError(f"a batch holds 1 to {MAX_BATCH_EVENTS} events")
    waiting = sorted((e for e in events if e.sequence > high_water), key=lambda e: e.sequence)
    expected = high_water + 1
    run: list[AttemptEventRecord] = []
    for event in waiting:
        if event.sequence != expected:
            break
        run.append(event)
        expected += 1
    for start in range(0, len(run), size):
        chunk = tuple(run[start : start + size])
        yield PushBatch(chunk[0].device_id, chunk)


def advance_high_water(current: int, stored: Iterable[int]) -> int:
    """The new high-water mark: from `current`, as far as the stored sequences run on without
    a gap (sequences at or below `current` change nothing)."""
    have = {sequence for sequence in stored if sequence > current}
    mark = current
    while mark + 1 in have:
        mark += 1
    return mark


@dataclass(frozen=True)
class PushAck:
    """The server's reply to a push: the device's high-water mark after it, and how many of the
    batch's events were new and how many it already held."""

    device_id: str
    high_water: int
    stored: int
    duplicates: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "device_id": self.device_id,
            "high_water": self.high_water,
            "stored": self.stored,
            "duplicates": self.duplicates,
        }

    @classmethod
    def from_dict(cls, data: Any) -> PushAck:
        if not isinstance(data, dict):
            raise ProtocolError(["an acknowledgement is a JSON object"])
        problems = []
        device_id = data.get("device_id")
        if not isinstance(device_id, str) or not device_id:
            problems.append("device_id must be text")
        figures: dict[str, int] = {}
        for name in ("high_water", "stored", "duplicates"):
            value = data.get(name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                problems.append(f"{name} must be a whole number, 0 or more")
            else:
                figures[name] = value
        if problems:
            raise ProtocolError(problems)
        return cls(str(device_id), figures["high_water"], figures["stored"], figures["duplicates"])


# --- pull ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One server-authored change: the row's table and key, and its record as JSON, or None
    when the row is gone (a tombstone)."""

    table: str
    key: dict[str, Any]
    record: dict[str, Any] | None


@dataclass(frozen=True)
class PullPage:
    """The changes after `cursor`, in the server's order; `next_cursor` is where the next page
    starts, and `more` says whether there is one already."""

    cursor: str
    next_cursor: str
    changes: tuple[Change, ...]
    more: bool


def encode_pull(page: PullPage, version: int = PROTOCOL_VERSIONS[-1]) -> bytes:
    if len(page.changes) > MAX_PAGE_CHANGES:
        raise ProtocolError([f"a page holds at most {MAX_PAGE_CHANGES} changes"])
    header = {
        "protocol": version,
        "kind": "pull",
        "cursor": page.cursor,
        "next_cursor": page.next_cursor,
        "more": page.more,
        "count": len(page.changes),
    }
    lines = [canonical_json(header)] + [
        canonical_json({"table": c.table, "key": c.key, "record": c.record}) for c in page.changes
    ]
    return gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0)


def decode_pull(body: bytes, supported: Sequence[int] = PROTOCOL_VERSIONS) -> PullPage:
    header, lines = _read_message(body, "pull", supported, we_are="laptop")
    problems: list[str] = []
    cursor, next_cursor, more = header.get("cursor"), header.get("next_cursor"), header.get("more")
    if not isinstance(cursor, str) or not isinstance(next_cursor, str):
        problems.append("cursor and next_cursor must be text")
    if not isinstance(more, bool):
        problems.append("more must be true or false")
    if header.get("count") != len(lines):
        problems.append(f"the header says {header.get('count')} changes, the body has {len(lines)}")
    if len(lines) > MAX_PAGE_CHANGES:
        problems.append(f"a page holds at most {MAX_PAGE_CHANGES} changes")
    changes = []
    for number, line in enumerate(lines, start=2):
        table, key, record = line.get("table"), line.get("key"), line.get("record")
        if not isinstance(table, str) or not table or not isinstance(key, dict) or not key:
            problems.append(f"line {number}: a change names its table and its key")
            continue
        if record is not None and not isinstance(record, dict):
            problems.append(f"line {number}: a change's record is a JSON object or null")
            continue
        changes.append(Change(table, key, record))
    if problems:
        raise ProtocolError(problems)
    return PullPage(str(cursor), str(next_cursor), tuple(changes), bool(more))


# --- the envelope ----------------------------------------------------------------------------


def _read_message(
    body: bytes, kind: str, supported: Sequence[int], *, we_are: str
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The header and the other lines of a message, each a JSON object."""
    if len(body) > MAX_BODY_BYTES:
        raise ProtocolError([f"the message is over {MAX_BODY_BYTES // (1024 * 1024)} MB"])
    try:
        text = _gunzip(body).decode("utf-8") if body else ""
    except UnicodeDecodeError:
        raise ProtocolError(["the message is not UTF-8 text"]) from None
    rows = [row for row in text.split("\n") if row]
    if not rows:
        raise ProtocolError(["the message is empty"])
    parsed: list[dict[str, Any]] = []
    problems = []
    for number, row in enumerate(rows, start=1):
        try:
            value = json.loads(row)
        except json.JSONDecodeError as error:
            problems.append(f"line {number}: not JSON ({error.msg})")
            continue
        if not isinstance(value, dict):
            problems.append(f"line {number}: not a JSON object")
            continue
        parsed.append(value)
    if problems:
        raise ProtocolError(problems)
    header = parsed[0]
    if header.get("kind") != kind:
        raise ProtocolError([f"not a {kind} message (kind {header.get('kind')!r})"])
    version = header.get("protocol")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ProtocolError(["the header names no protocol version"])
    negotiate([version], supported, we_are=we_are)
    return header, parsed[1:]


def _gunzip(body: bytes) -> bytes:
    """Decompress, refusing bad data and anything that would grow past MAX_DECODED_BYTES."""
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    out = bytearray()
    try:
        pending = body
        while pending:
            out += inflater.decompress(pending, _CHUNK)
            if len(out) > MAX_DECODED_BYTES:
                raise ProtocolError(
                    [f"the message decompresses to over {MAX_DECODED_BYTES // (1024 * 1024)} MB"]
                )
            pending = inflater.unconsumed_tail
        out += inflater.flush()
    except zlib.error as error:
        raise ProtocolError([f"the message is not gzip data ({error})"]) from None
    if not inflater.eof:
        raise ProtocolError(["the message is cut short"])
    if len(out) > MAX_DECODED_BYTES:
        raise ProtocolError(
            [f"the message decompresses to over {MAX_DECODED_BYTES // (1024 * 1024)} MB"]
        )
    return bytes(out)
