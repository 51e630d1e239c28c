"""The laptop's side of network sync: enrolling with the school server and pushing this laptop's
answers to it (docs/sync.md). Standard library HTTP (urllib): the desktop app needs no web
client library.

Guarantees:
* Nothing is ever removed from the laptop: pushing only reads its answers. The server's
  acknowledged high-water mark is stored after each batch, and asked for again before each push,
  so a reply lost in transit costs a resend, never an answer.
* Only this laptop's own answers are pushed (those it received on a USB stick are pushed by the
  laptop that recorded them, or imported on the server from the same bundle).
* Every failure is a SyncError in words for the teacher (server unreachable, enrollment
  withdrawn, an older or newer server); the log has the detail.
"""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select

from tutor.content.signing import PublicKey
from tutor.paths import DataPaths
from tutor.storage.engine import Database
from tutor.storage.models import AttemptEvent
from tutor.storage.settings import get_setting, put_setting
from tutor.sync.device_key import device_signing_key, this_device
from tutor.sync.protocol import (
    MAX_BATCH_EVENTS,
    PROTOCOL_VERSIONS,
    PushAck,
    PushBatch,
    encode_push,
)
from tutor.sync.records import AttemptEventRecord
from tutor.sync.tables import record_from_row

log = logging.getLogger(__name__)

SERVER_URL = "sync.server_url"
TOKEN = "sync.token"
HIGH_WATER = "sync.high_water"
LAST_SYNC_AT = "sync.last_sync_at"
TIMEOUT_SECONDS = 30.0


class SyncError(Exception):
    """Sync did not happen, or not all of it; the message says why and what to do. `kind` is
    one of KINDS, for a screen that words it in the learner's or teacher's language."""

    KINDS = ("not_enrolled", "address", "unreachable", "withdrawn", "refused", "unreadable")

    def __init__(self, message: str, kind: str = "refused") -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class SyncStatus:
    server_url: str | None
    enrolled: bool
    high_water: int  # the server holds every answer of this laptop up to this sequence
    waiting: int  # this laptop's answers the server has not acknowledged yet
    last_sync_at: str | None


@dataclass(frozen=True)
class PushResult:
    stored: int
    duplicates: int
    high_water: int
    batches: int


class LaptopSync:
    def __init__(self, database: Database, paths: DataPaths) -> None:
        self._db = database
        self._paths = paths

    def status(self) -> SyncStatus:
        with self._db.read() as session:
            device = this_device(session)
            mark = int(get_setting(session, HIGH_WATER, 0))
            waiting = session.scalar(
                select(func.count())
                .select_from(AttemptEvent)
                .where(AttemptEvent.device_id == device.id, AttemptEvent.sequence > mark)
            )
            return SyncStatus(
                server_url=get_setting(session, SERVER_URL),
                enrolled=get_setting(session, TOKEN) is not None,
                high_water=mark,
                waiting=int(waiting or 0),
                last_sync_at=get_setting(session, LAST_SYNC_AT),
            )

    def enroll(self, server_url: str, code: str) -> str:
        """Enrol this laptop with a one-time code from the server's admin. Returns the school
        the server knows the laptop by."""
        url = server_url.rstrip("/")
        if not url.startswith(("http://", "https://")):
            raise SyncError("The server's address starts with https:// (or http://).", "address")
        with self._db.write() as session:
            device = this_device(session)
            device_signing_key(session, self._paths)  # made now if it was not: enrollment sends it
            assert device.public_key is not None
            key = PublicKey.from_line(device.public_key)
            request = {
                "code": code,
                "device_id": device.id,
                "device_name": device.name,
                "public_key": key.to_line().split()[1],
                "protocols": list(PROTOCOL_VERSIONS),
            }
        reply = _call(url, "POST", "/api/v1/enroll", json.dumps(request).encode(), None, "json")
        with self._db.write() as session:
            put_setting(session, SERVER_URL, url)
            put_setting(session, TOKEN, reply["token"])
            put_setting(session, HIGH_WATER, 0)
        log.info("Enrolled with %s as %s (%s)", url, reply["device_id"], reply["school"])
        return str(reply["school"])

    def push(self) -> PushResult:
        """Send the server every answer of this laptop it does not hold yet."""
        url, token, device_id = self._enrollment()
        server = _call(url, "GET", "/api/v1/status", None, token, "json")
        mark = int(server["high_water"])
        stored = duplicates = batches = 0
        while True:
            events = self._own_events_above(device_id, mark)
            if not events:
                break
            batch = PushBatch(device_id, events)
            reply = _call(url, "POST", "/api/v1/push", encode_push(batch), token, "gzip")
            ack = PushAck.from_dict(reply)
            batches += 1
            stored, duplicates = stored + ack.stored, duplicates + ack.duplicates
            self._remember(ack.high_water)
            if ack.high_water < batch.last_sequence:  # a gap the server waits for: stop here
                log.warning(
                    "Server's mark %d stops short of %d", ack.high_water, batch.last_sequence
                )
                mark = ack.high_water
                break
            mark = ack.high_water
        self._remember(mark)
        return PushResult(stored, duplicates, mark, batches)

    def _enrollment(self) -> tuple[str, str, str]:
        with self._db.read() as session:
            url, token = get_setting(session, SERVER_URL), get_setting(session, TOKEN)
            device_id = this_device(session).id
        if not url or not token:
            raise SyncError("This laptop is not enrolled with a school server yet.", "not_enrolled")
        return str(url), str(token), device_id

    def _own_events_above(self, device_id: str, mark: int) -> tuple[AttemptEventRecord, ...]:
        with self._db.read() as session:
            rows = session.scalars(
                select(AttemptEvent)
                .where(AttemptEvent.device_id == device_id, AttemptEvent.sequence > mark)
                .order_by(AttemptEvent.sequence)
                .limit(MAX_BATCH_EVENTS)
            ).all()
            run: list[AttemptEventRecord] = []
            for row in rows:
                if row.sequence != mark + len(run) + 1:
                    break  # a laptop's own sequence has no gaps; stop at one if it ever does
                run.append(record_from_row(AttemptEventRecord, row))
            return tuple(run)

    def _remember(self, mark: int) -> None:
        with self._db.write() as session:
            put_setting(session, HIGH_WATER, mark)
            put_setting(session, LAST_SYNC_AT, datetime.now(UTC).isoformat(timespec="seconds"))


def _call(
    base: str, method: str, path: str, body: bytes | None, token: str | None, kind: str
) -> dict[str, Any]:
    """One request; the reply's JSON object, or SyncError in words."""
    headers = {"Accept": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if body is not None:
        headers["Content-Type"] = "application/json" if kind == "json" else "application/gzip"
    request = urllib.request.Request(base + path, data=body, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            reply = json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as error:
        detail = _error_text(error)
        log.warning("%s %s: %s %s", method, path, error.code, detail)
        if error.code == 401:
            raise SyncError(
                "The school server no longer accepts this laptop (its enrollment was withdrawn). "
                "Ask for a new enrollment code.",
                "withdrawn",
            ) from None
        raise SyncError(f"The school server refused: {detail}") from None
    except (TimeoutError, urllib.error.URLError, ConnectionError) as error:
        log.warning("%s %s: %s", method, base + path, error)
        raise SyncError(
            f"The school server at {base} cannot be reached. Answers wait safely on this laptop "
            "and go the next time it can.",
            "unreachable",
        ) from None
    except (ValueError, UnicodeDecodeError) as error:
        raise SyncError(
            f"The school server's reply cannot be read ({error}).", "unreadable"
        ) from None
    if not isinstance(reply, dict):
        raise SyncError("The school server's reply cannot be read.", "unreadable")
    return reply


def _error_text(error: urllib.error.HTTPError) -> str:
    try:
        body = json.loads(error.read().decode("utf-8"))
    except (ValueError, UnicodeDecodeError, OSError):
        return str(error.reason)
    if isinstance(body, dict):
        text = body.get("error") or body.get("detail") or error.reason
        return str(text)
    return str(error.reason)
