"""USB progress bundles: this laptop's whole progress picture in one signed file, and back.

A bundle is the sync session written to a file (docs/bundles.md): a zip `*.tutorbundle` with a
manifest pinning every payload file by size and SHA-256, a detached Ed25519 signature over the
manifest's exact bytes by the writing laptop's device key, and one JSON Lines file per table.

Guarantees:

* export_bundle() writes to a temporary name in the destination folder, fsyncs, renames to the
  final name last, fsyncs the folder, then reads the file back from disk and checks it as an
  import would (hashes, signature, records). Any failure leaves no file behind and raises a
  BundleError saying what happened and what to do; the database is only read (but for the
  device key, recorded on first use).
* import_bundle() checks the whole file before touching the database (tutor.sync.reader), then
  merges in ONE transaction (tutor.sync.merge: all or nothing, the same result in whatever order
  bundles are imported), rebuilds the mastery of every learner whose answers or placement
  changed (tutor.learning.rebuild) and records the bundle; importing the same bundle again is
  recognised and changes nothing. On a BundleError the database is exactly as it was.
* verify_bundle() runs every check an import runs, changing nothing.
"""

from __future__ import annotations

import errno
import logging
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from tutor import __version__
from tutor.paths import DataPaths
from tutor.storage.engine import Database
from tutor.storage.models import ImportedBundle
from tutor.sync.device_key import device_signing_key, this_device
from tutor.sync.errors import BundleError, BundleWriteError
from tutor.sync.manifest import BUNDLE_SUFFIX, Manifest, PayloadEntry, SourceDevice
from tutor.sync.merge import merge_records, new_events, refuse_forged
from tutor.sync.reader import OpenedBundle, open_bundle
from tutor.sync.records import AttemptEventRecord, DeviceRecord
from tutor.sync.tables import PAYLOADS, read_payload
from tutor.sync.writer import write_bundle

log = logging.getLogger(__name__)

MAX_SLUG = 40


@dataclass(frozen=True)
class BundleInfo:
    """What a checked bundle is: who wrote it, when, and how many records of each kind."""

    path: Path
    bundle_id: str
    created_at: datetime
    device_id: str
    device_name: str
    school_name: str
    key_id: str
    fingerprint: str
    counts: dict[str, int]
    size: int
    sha256: str

    @classmethod
    def of(cls, opened: OpenedBundle) -> BundleInfo:
        manifest = opened.manifest
        return cls(
            path=opened.path,
            bundle_id=manifest.bundle_id,
            created_at=manifest.created_at,
            device_id=manifest.source.device_id,
            device_name=manifest.source.device_name,
            school_name=manifest.source.school_name,
            key_id=opened.signer.key_id,
            fingerprint=opened.signer.fingerprint,
            counts=manifest.counts,
            size=opened.size,
            sha256=opened.sha256,
        )


@dataclass(frozen=True)
class ExportResult:
    path: Path
    info: BundleInfo
    verified: bool  # read back from disk and every check passed


@dataclass(frozen=True)
class BundleCheck:
    """verify_bundle(): the bundle passed every check; whether it was imported here already."""

    info: BundleInfo
    imported_at: datetime | None


@dataclass(frozen=True)
class ImportResult:
    info: BundleInfo
    imported_at: datetime  # now, or when it was imported before
    already_imported: bool  # nothing was changed
    added: dict[str, int]  # payload name -> records added
    updated: dict[str, int]  # payload name -> records changed by a merge rule
    learners_changed: tuple[str, ...]  # whose answers or placement changed: mastery rebuilt


def export_bundle(
    database: Database, paths: DataPaths, destination_dir: Path, *, now: datetime | None = None
) -> ExportResult:
    """Write this laptop's progress to a new bundle in `destination_dir` (see the module
    docstring). Raises BundleWriteError, DeviceKeyError."""
    moment = now or datetime.now(UTC)
    folder = Path(destination_dir)
    if not folder.is_dir():
        raise BundleWriteError(
            f"The folder {folder} does not exist (is the USB stick plugged in?). Choose a folder "
            "that exists and try again."
        )
    with database.write() as session:
        key = device_signing_key(session, paths)
        device = _source(session)
    destination = _free_name(folder, device.device_name, moment)

    def make_manifest(entries: tuple[PayloadEntry, ...]) -> Manifest:
        return Manifest(str(uuid.uuid4()), moment, __version__, device, entries)

    try:
        with database.read() as session:
            payloads = ((payload, read_payload(session, payload)) for payload in PAYLOADS)
            manifest = write_bundle(destination, payloads, make_manifest, key)
    except OSError as error:
        log.error("Writing bundle %s failed: %r", destination, error)
        raise BundleWriteError(_write_failure(folder, error)) from error
    try:
        opened = open_bundle(destination)
        if opened.manifest.bundle_id != manifest.bundle_id:
            raise BundleError("the file read back is another bundle")
    except (BundleError, OSError) as error:
        log.error("Bundle %s did not read back: %s", destination, error)
        _remove(destination)
        raise BundleWriteError(
            f"The bundle written to {folder} could not be read back correctly, so it was "
            "deleted. The USB stick may be faulty: try again, or use another stick."
        ) from error
    info = BundleInfo.of(opened)
    log.info("Exported bundle %s to %s: %s", info.bundle_id, destination, info.counts)
    return ExportResult(destination, info, verified=True)


def verify_bundle(database: Database, path: Path) -> BundleCheck:
    """Every check an import makes, without changing anything: the file, and (unless it was
    imported here already) the device keys and answers it shares with this database. Raises a
    BundleError."""
    opened = open_bundle(path)
    with database.read() as session:
        previous = session.get(ImportedBundle, opened.manifest.bundle_id)
        imported_at = None if previous is None else previous.imported_at
        if previous is None:
            _refuse_forged(session, opened)
            events = opened.records["attempt_events"]
            new_events(session, [e for e in events if isinstance(e, AttemptEventRecord)])
    return BundleCheck(BundleInfo.of(opened), imported_at)


def import_bundle(database: Database, path: Path, *, now: datetime | None = None) -> ImportResult:
    """Check and merge a bundle (see the module docstring). Raises a BundleError; the database
    is then unchanged."""
    from tutor.learning.rebuild import rebuild_mastery

    opened = open_bundle(path)
    info = BundleInfo.of(opened)
    moment = now or datetime.now(UTC)
    with database.read() as session:
        previous = session.get(ImportedBundle, info.bundle_id)
        imported_before = None if previous is None else previous.imported_at
    if imported_before is not None:
        log.info("Bundle %s was imported on %s already", info.bundle_id, imported_before)
        return ImportResult(info, imported_before, True, {}, {}, ())
    try:
        with database.write() as session:
            if session.get(ImportedBundle, info.bundle_id) is not None:  # imported meanwhile
                raise BundleError("This bundle was imported a moment ago; nothing was changed.")
            merged = merge_records(session, opened.records)
            rows = rebuild_mastery(session, merged.learners_changed)
            added = {name: count for name, count in merged.added.items() if count}
            updated = {name: count for name, count in merged.updated.items() if count}
            summary = {
                "added": added,
                "updated": updated,
                "learners_changed": len(merged.learners_changed),
                "mastery_rows": rows,
            }
            session.add(
                ImportedBundle(
                    id=info.bundle_id,
                    source_device_id=info.device_id,
                    sha256=info.sha256,
                    imported_at=moment,
                    summary=summary,
                )
            )
    except SQLAlchemyError as error:
        log.exception("Importing bundle %s failed in the database", path)
        raise BundleError(
            "Tutor could not store this bundle's records, so nothing was imported. Make sure no "
            "other Tutor window is busy and the laptop's disk is not full, then try again; if it "
            "happens again, ask for support and send the log."
        ) from error
    log.info("Imported bundle %s from %s: %s", info.bundle_id, info.device_name, summary)
    changed = tuple(sorted(merged.learners_changed))
    return ImportResult(info, moment, False, added, updated, changed)


def _source(session: Session) -> SourceDevice:
    device = this_device(session)
    assert device.public_key is not None
    return SourceDevice(device.id, device.name, device.school_name, device.public_key)


def _refuse_forged(session: Session, opened: OpenedBundle) -> None:
    refuse_forged(session, [r for r in opened.records["devices"] if isinstance(r, DeviceRecord)])


def slug(name: str) -> str:
    """A laptop name as a safe part of a file name: ASCII letters, digits and dashes."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    words = "".join(ch.lower() if ch.isalnum() else " " for ch in ascii_name).split()
    return "-".join(words)[:MAX_SLUG].strip("-") or "laptop"


def _free_name(folder: Path, device_name: str, moment: datetime) -> Path:
    stem = f"tutor-{slug(device_name)}-{moment.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    candidate = folder / f"{stem}{BUNDLE_SUFFIX}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{BUNDLE_SUFFIX}"
        number += 1
    return candidate


def _write_failure(folder: Path, error: OSError) -> str:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return (
            f"There is not enough space in {folder} for the bundle. Free some space on the USB "
            "stick (or use another one) and export again. No file was left behind."
        )
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"Tutor may not write to {folder} (it is read-only or belongs to someone else). "
            "Choose another folder, or unlock the USB stick, and export again."
        )
    return (
        f"Writing the bundle to {folder} failed ({error.strerror or error}). Check that the USB "
        "stick is still plugged in, then export again. No file was left behind."
    )


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        log.warning("Could not remove %s: %s", path, error)
