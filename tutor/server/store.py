"""The server's database: enrollment, device tokens and pushed answer events, on SQLite or
PostgreSQL (a SQLAlchemy URL: `sqlite:///…` or `postgresql+psycopg://…`).

Guarantees:
* open_store() brings the database to the server's newest schema in one transaction (Alembic,
  tutor/server/migrations), or changes nothing.
* Codes and tokens are never stored, only their SHA-256; a code works once, before it expires.
* push() stores a batch's new events and moves the device's high-water mark in one transaction;
  an event the server holds already is counted as a duplicate; a sequence number that already
  holds a different event is refused (PushConflictError) and nothing of the batch is stored.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.orm import Session, sessionmaker

from tutor.content.signing import PublicKey
from tutor.server.schema import EnrollmentCode, ServerDevice, ServerEvent
from tutor.sync.protocol import PushAck, PushBatch, advance_high_water
from tutor.sync.reader import OpenedBundle
from tutor.sync.records import AttemptEventRecord, DeviceRecord

MIGRATIONS_LOCATION = "tutor.server:migrations"
SERVER_SCHEMA_HEAD = "s0001"
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread
CODE_LENGTH = 12
DEFAULT_CODE_DAYS = 7


class StoreError(Exception):
    """Something the server refuses, in words for the person or program that asked."""


class EnrollmentError(StoreError):
    pass


class PushConflictError(StoreError):
    pass


class BundleRefusedError(StoreError):
    pass


@dataclass(frozen=True)
class BundleImport:
    stored: int  # answers new to the server
    duplicates: int  # answers it held already
    devices: int  # laptops whose answers the bundle carried


@dataclass(frozen=True)
class DeviceInfo:
    id: str
    name: str
    school: str
    high_water: int


def now() -> datetime:
    return datetime.now(UTC)


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def normalise_code(code: str) -> str:
    """A code as typed ("abcd-efgh-jkmn", with spaces) in its stored form ("ABCDEFGHJKMN")."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


class ServerStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()

    # --- enrollment ----------------------------------------------------------------------

    def create_enrollment_code(self, school: str, days: int = DEFAULT_CODE_DAYS) -> str:
        """A new one-time code for a laptop of `school`, valid for `days`: XXXX-XXXX-XXXX."""
        if not school.strip():
            raise EnrollmentError("Name the school the laptop belongs to.")
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        created = now()
        with self.transaction() as session:
            session.add(
                EnrollmentCode(
                    code_hash=digest(code),
                    school=school.strip(),
                    created_at=created,
                    expires_at=created + timedelta(days=days),
                )
            )
        return "-".join(code[n : n + 4] for n in range(0, CODE_LENGTH, 4))

    def enroll(
        self, code: str, device_id: str, device_name: str, public_key: str
    ) -> tuple[DeviceInfo, str]:
        """Use a one-time code: the laptop (by the device id its answers carry) and its token
        (shown once, stored as a hash)."""
        try:
            device_id = str(uuid.UUID(device_id))
        except ValueError:
            raise EnrollmentError("The laptop sent no usable device id.") from None
        name = device_name.strip()
        if not name or len(name) > 100:
            raise EnrollmentError("The laptop needs a name of 1 to 100 characters.")
        if not public_key or len(public_key) > 100:
            raise EnrollmentError("The laptop sent no usable public key.")
        token = secrets.token_urlsafe(32)
        with self.transaction() as session:
            row = session.get(EnrollmentCode, digest(normalise_code(code)), with_for_update=True)
            moment = now()
            if row is None:
                raise EnrollmentError("That enrollment code is not known. Check it and try again.")
            if row.used_at is not None:
                raise EnrollmentError("That enrollment code was used already. Ask for a new one.")
            if _aware(row.expires_at) <= moment:
                raise EnrollmentError("That enrollment code has expired. Ask for a new one.")
            if session.get(ServerDevice, device_id) is not None:
                raise EnrollmentError(
                    "This laptop is enrolled already. To enrol it again, revoke it on the "
                    "server first (tutor server admin revoke)."
                )
            device = ServerDevice(
                id=device_id,
                name=name,
                school=row.school,
                public_key=public_key,
                token_hash=digest(token),
                enrolled_at=moment,
                high_water=0,
            )
            session.add(device)
            row.used_at, row.used_by = moment, device.id
            info = DeviceInfo(device.id, device.name, device.school, 0)
        return info, token

    def device_for_token(self, token: str) -> DeviceInfo | None:
        """The enrolled, not revoked device the token belongs to, or None."""
        with self.transaction() as session:
            device = session.scalars(
                select(ServerDevice).where(ServerDevice.token_hash == digest(token))
            ).first()
            if device is None or device.revoked_at is not None:
                return None
            return DeviceInfo(device.id, device.name, device.school, device.high_water)

    def revoke(self, device_id: str) -> bool:
        """Stop the device's token from working; False if there is no such device."""
        with self.transaction() as session:
            device = session.get(ServerDevice, device_id)
            if device is None:
                return False
            device.revoked_at = device.revoked_at or now()
            return True

    # --- events --------------------------------------------------------------------------

    def push(self, device_id: str, batch: PushBatch) -> PushAck:
        """Store the batch's new events and acknowledge the device's high-water mark."""
        with self.transaction() as session:
            device = session.get(ServerDevice, device_id, with_for_update=True)
            if device is None:
                raise StoreError(f"no device {device_id}")
            stored = _store_events(session, device, batch.events, now())
            return PushAck(device_id, device.high_water, stored, len(batch.events) - stored)

    def import_bundle(self, bundle: OpenedBundle) -> BundleImport:
        """Store the answers a progress bundle carries (from a school with no network), exactly
        once, as pushes would have, in one transaction. Each device the bundle names is known by
        its key from then on: a bundle whose device record or signature names another key for a
        device the server knows is refused, and nothing of it is stored."""
        source = bundle.manifest.source
        keys = {
            source.device_id: (source.device_name, source.school_name, _key_text(bundle.signer))
        }
        for record in bundle.records.get("devices", []):
            assert isinstance(record, DeviceRecord)
            if record.id not in keys:
                key = _key_text(PublicKey.from_line(record.public_key)) if record.public_key else ""
                keys[record.id] = (record.name, record.school_name, key)
        by_device: dict[str, list[AttemptEventRecord]] = {}
        for record in bundle.records.get("attempt_events", []):
            assert isinstance(record, AttemptEventRecord)
            by_device.setdefault(record.device_id, []).append(record)
        stored = total = 0
        received = now()
        with self.transaction() as session:
            for device_id, (name, school, key) in sorted(keys.items()):
                device = session.get(ServerDevice, device_id, with_for_update=True)
                if device is None:
                    if device_id not in by_device:
                        continue
                    device = ServerDevice(
                        id=device_id,
                        name=name[:100],
                        school=school[:200],
                        public_key=key,
                        token_hash=digest(secrets.token_urlsafe(32)),  # no token: bundles only
                        enrolled_at=received,
                        high_water=0,
                    )
                    session.add(device)
                    session.flush()
                elif key and device.public_key and device.public_key != key:
                    raise BundleRefusedError(
                        f"The bundle says laptop {name} has another key than the one the server "
                        "knows it by. It may be forged; nothing was imported."
                    )
                events = sorted(by_device.get(device_id, []), key=lambda e: e.sequence)
                total += len(events)
                stored += _store_events(session, device, events, received)
        return BundleImport(stored, total - stored, len(by_device))

    def event_count(self) -> int:
        """How many answer events the server holds."""
        with self.transaction() as session:
            return int(session.scalar(select(func.count()).select_from(ServerEvent)) or 0)


def _store_events(
    session: Session,
    device: ServerDevice,
    events: Sequence[AttemptEventRecord],
    received: datetime,
) -> int:
    """Store the device's events the server does not hold yet and move its high-water mark;
    returns how many were new. Raises PushConflictError (the caller's transaction then stores
    nothing) when a sequence already holds another event, or an id another place."""
    if not events:
        return 0
    ids = [e.id for e in events]
    sequences = [e.sequence for e in events]
    held = dict(
        session.execute(
            select(ServerEvent.sequence, ServerEvent.id).where(
                ServerEvent.device_id == device.id,
                ServerEvent.sequence.between(min(sequences), max(sequences)),
            )
        ).all()
    )
    placed = {
        event_id: (owner, sequence)
        for event_id, owner, sequence in session.execute(
            select(ServerEvent.id, ServerEvent.device_id, ServerEvent.sequence).where(
                ServerEvent.id.in_(ids)
            )
        )
    }
    problems = [
        f"sequence {e.sequence} already holds another event"
        for e in events
        if e.sequence in held and held[e.sequence] != e.id
    ] + [
        f"event {e.id} is stored already as another device's or another sequence's"
        for e in events
        if e.id in placed and placed[e.id] != (device.id, e.sequence)
    ]
    if problems:
        raise PushConflictError("; ".join(problems))
    new = [e for e in events if e.sequence not in held]
    session.add_all(
        ServerEvent(
            id=e.id,
            device_id=device.id,
            sequence=e.sequence,
            learner_id=e.learner_id,
            item_id=e.item_id,
            skill_id=e.skill_id,
            answered_at=e.answered_at,
            received_at=received,
            record=e.to_dict(),
        )
        for e in new
    )
    session.flush()
    above = session.scalars(
        select(ServerEvent.sequence)
        .where(ServerEvent.device_id == device.id, ServerEvent.sequence > device.high_water)
        .order_by(ServerEvent.sequence)
    ).all()
    device.high_water = advance_high_water(device.high_water, above)
    device.last_seen_at = received
    return len(new)


def _key_text(key: PublicKey) -> str:
    """A device key as the server keeps it: its base64 text (the part enrollment sends)."""
    return key.to_line().split()[1]


def _aware(moment: datetime) -> datetime:
    """SQLite hands times back without their zone; the server writes them in UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def create_server_engine(url: str) -> Engine:
    """An engine for `url`; SQLite gets WAL, full sync and foreign keys, like the laptop."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 15})

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            try:
                cursor.execute("PRAGMA journal_mode=WAL")
                cursor.execute("PRAGMA synchronous=FULL")
                cursor.execute("PRAGMA foreign_keys=ON")
            finally:
                cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


def open_store(url: str) -> ServerStore:
    """The store at `url`, migrated to the server's newest schema."""
    from alembic import command
    from alembic.config import Config

    engine = create_server_engine(url)
    with engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", MIGRATIONS_LOCATION)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return ServerStore(engine)
