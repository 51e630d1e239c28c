"""The server's own tables (SQLite or PostgreSQL), apart from the laptop's schema.

* enrollment_codes: one-time codes a teacher or admin hands to a laptop; only a hash is kept.
* devices: each enrolled laptop, its public key, the hash of its token (revocable), and the
  high-water mark of its answer events the server has acknowledged.
* attempt_events: every answer pushed, exactly once (by id, and by device and sequence).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

ID = 36  # a UUID as text
CONTENT_ID = 255


class ServerBase(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: DateTime(timezone=True),
        dict[str, Any]: JSON,
    }


class EnrollmentCode(ServerBase):
    __tablename__ = "enrollment_codes"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    school: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column()
    expires_at: Mapped[datetime] = mapped_column()
    used_at: Mapped[datetime | None] = mapped_column()
    used_by: Mapped[str | None] = mapped_column(String(ID))


class ServerDevice(ServerBase):
    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    school: Mapped[str] = mapped_column(String(200))
    public_key: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    enrolled_at: Mapped[datetime] = mapped_column()
    revoked_at: Mapped[datetime | None] = mapped_column()
    last_seen_at: Mapped[datetime | None] = mapped_column()
    high_water: Mapped[int] = mapped_column(Integer, default=0)


class ServerEvent(ServerBase):
    __tablename__ = "attempt_events"

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id", ondelete="RESTRICT"))
    sequence: Mapped[int] = mapped_column(Integer)
    learner_id: Mapped[str] = mapped_column(String(ID), index=True)
    item_id: Mapped[str] = mapped_column(String(CONTENT_ID))
    skill_id: Mapped[str] = mapped_column(String(CONTENT_ID))
    answered_at: Mapped[datetime] = mapped_column()
    received_at: Mapped[datetime] = mapped_column()
    record: Mapped[dict[str, Any]] = mapped_column()  # the wire record, exactly as pushed

    __table_args__ = (UniqueConstraint("device_id", "sequence"),)
