"""This laptop's Ed25519 key pair: it signs the progress bundles the laptop writes.

Guarantees: the private key lives in DataPaths.device_key, created on first need (atomically,
owner-only permissions, by tutor.content.signing.generate_key_files; group-readable in a data
folder shared by the laptop's OS accounts) and never replaced; the
public key line is recorded in this device's `devices.public_key`, which is what other laptops
learn from its bundles and check every later bundle against. A key file that is missing or does
not match the recorded public key is refused (DeviceKeyError), never silently replaced: a new key
would make every other laptop refuse this laptop's bundles as forged.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from tutor.content.signing import (
    PublicKey,
    SignatureError,
    generate_key_files,
    load_private_key,
    public_key_of,
    public_key_path,
)
from tutor.paths import DataPaths
from tutor.storage.models import Device
from tutor.sync.errors import DeviceKeyError

log = logging.getLogger(__name__)


def this_device(session: Session) -> Device:
    """This laptop's device row. Raises DeviceKeyError before the first-run set-up."""
    device = session.scalars(select(Device).where(Device.is_this_device)).first()
    if device is None:
        raise DeviceKeyError("This laptop is not set up yet. Finish the first-run set-up first.")
    return device


def device_signing_key(session: Session, paths: DataPaths) -> Ed25519PrivateKey:
    """This laptop's private key, made on first need; records its public key line on the
    device row (the caller's write session commits it)."""
    device = this_device(session)
    path = paths.device_key
    if path.exists():
        try:
            private = load_private_key(path)
        except (OSError, SignatureError) as error:
            log.error("Cannot load the device key %s: %s", path, error)
            raise DeviceKeyError(
                f"This laptop's signing key ({path}) cannot be read, so it cannot sign bundles. "
                "Restore the file from a backup of the data folder, or ask for support."
            ) from error
        public = public_key_of(private, device.name)
        if device.public_key is None:
            device.public_key = public.to_line()
        elif PublicKey.from_line(device.public_key).raw != public.raw:
            log.error("The device key %s is not the key recorded for this device", path)
            raise DeviceKeyError(
                f"This laptop's signing key ({path}) is not the one it signed bundles with "
                "before. Restore the original file from a backup of the data folder, or ask "
                "for support."
            )
        return private
    if device.public_key is not None:
        log.error(
            "The device key %s is missing; the device has public key %s", path, device.public_key
        )
        raise DeviceKeyError(
            f"This laptop's signing key ({path}) is missing. Restore it from a backup of the data "
            "folder, or ask for support: other laptops only accept bundles signed with it."
        )
    public_key_path(path).unlink(missing_ok=True)  # a stale copy of a key never recorded
    try:
        public = generate_key_files(path, device.name)
    except OSError as error:
        log.error("Cannot create the device key %s: %s", path, error)
        raise DeviceKeyError(
            f"Tutor cannot create this laptop's signing key in {path.parent} "
            f"({error.strerror or error}). Check that the data folder is writable."
        ) from error
    share_with_group_if_shared_folder(path)
    device.public_key = public.to_line()
    log.info("Created the device key %s (key id %s)", path, public.key_id)
    return load_private_key(path)


def share_with_group_if_shared_folder(path: Path) -> None:
    """In a machine-wide data folder that every OS account of the laptop uses (group-owned with
    the setgid bit, as the README sets it up), the teacher may sign in under any account, so the
    key is made readable by that group (0640); anywhere else it stays owner-only (0600)."""
    if os.name != "nt" and path.parent.stat().st_mode & stat.S_ISGID:
        path.chmod(0o640)
