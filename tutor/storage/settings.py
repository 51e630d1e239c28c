"""Device-wide settings stored as JSON values in the `settings` table."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from tutor.storage.models import Setting

SETUP_COMPLETED_AT = "setup_completed_at"
TEXT_SCALE = "text_scale"
HIGH_CONTRAST = "high_contrast"


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    return default if row is None else row.value


def put_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
