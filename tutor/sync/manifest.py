"""A bundle's manifest: what it is, who wrote it, and the size and SHA-256 of every payload file.

The manifest is the one thing the device signs (manifest.sig is a detached Ed25519 signature over
its exact bytes), and it pins every other file by hash, so the signature covers the whole bundle.
from_bytes() checks the manifest as a whole and reports every problem at once; a manifest of a
newer format version is refused with BundleVersionError before anything else is looked at.
docs/bundles.md describes every field.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tutor.content.signing import PublicKey, SignatureError
from tutor.sync.errors import BundleUnreadableError, BundleVersionError, with_problems
from tutor.sync.tables import PAYLOAD_FILES
from tutor.sync.wire import format_time, parse_time

FORMAT_NAME = "tutor-progress-bundle"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
BUNDLE_SUFFIX = ".tutorbundle"
_SHA256 = re.compile(r"[0-9a-f]{64}")
_FIELDS = {"format", "version", "bundle_id", "created_at", "tutor_version", "source", "files"}
_SOURCE_FIELDS = {"device_id": 36, "device_name": 100, "school_name": 200, "public_key": 200}
_FILE_FIELDS = {"name", "size", "sha256", "records"}


@dataclass(frozen=True)
class PayloadEntry:
    name: str
    size: int
    sha256: str
    records: int


@dataclass(frozen=True)
class SourceDevice:
    device_id: str
    device_name: str
    school_name: str
    public_key: str  # tutor.content.signing.PublicKey.to_line()

    @property
    def key(self) -> PublicKey:
        return PublicKey.from_line(self.public_key)


@dataclass(frozen=True)
class Manifest:
    bundle_id: str
    created_at: datetime
    tutor_version: str
    source: SourceDevice
    files: tuple[PayloadEntry, ...]

    @property
    def counts(self) -> dict[str, int]:
        """Records per payload, by payload name ("learners", "attempt_events", ...)."""
        return {entry.name.removesuffix(".jsonl"): entry.records for entry in self.files}

    def to_bytes(self) -> bytes:
        document = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "bundle_id": self.bundle_id,
            "created_at": format_time(self.created_at),
            "tutor_version": self.tutor_version,
            "source": {
                "device_id": self.source.device_id,
                "device_name": self.source.device_name,
                "school_name": self.source.school_name,
                "public_key": self.source.public_key,
            },
            "files": [
                {"name": e.name, "size": e.size, "sha256": e.sha256, "records": e.records}
                for e in self.files
            ],
        }
        return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> Manifest:
        """Parse and check a manifest. Raises BundleVersionError for a newer format and
        BundleUnreadableError listing every problem otherwise."""
        try:
            document = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise _unreadable([f"manifest.json is not valid JSON ({error})"]) from error
        if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
            raise _unreadable(["manifest.json does not describe a Tutor progress bundle"])
        version = document.get("version")
        if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
            raise BundleVersionError(
                f"This bundle was written by a newer version of Tutor (bundle format {version}; "
                f"this Tutor reads format {FORMAT_VERSION}). Update Tutor on this laptop, then "
                "import the bundle again."
            )
        problems: list[str] = []
        if version != FORMAT_VERSION:
            problems.append(f"version is {version!r}, not {FORMAT_VERSION}")
        problems += [f"unknown field {name!r}" for name in sorted(set(document) - _FIELDS)]
        problems += [f"no field {name!r}" for name in sorted(_FIELDS - set(document))]
        bundle_id = _text(document.get("bundle_id"), "bundle_id", 36, problems)
        try:
            uuid.UUID(bundle_id)
        except ValueError:
            problems.append("bundle_id is not a UUID")
        created_at = None
        try:
            created_at = parse_time(document.get("created_at"))
        except ValueError as error:
            problems.append(f"created_at {error}")
        tutor_version = _text(document.get("tutor_version"), "tutor_version", 40, problems)
        source = _source(document.get("source"), problems)
        files = _files(document.get("files"), problems)
        if problems or created_at is None or source is None:
            raise _unreadable(problems)
        return cls(bundle_id, created_at, tutor_version, source, files)


def _unreadable(problems: list[str]) -> BundleUnreadableError:
    message = with_problems(
        "This file is not a valid Tutor progress bundle (its manifest is damaged). Export it "
        "again from the laptop it came from.",
        problems,
    )
    return BundleUnreadableError(message, problems)


def _text(value: Any, name: str, limit: int, problems: list[str], *, empty: bool = False) -> str:
    if not isinstance(value, str) or not (empty or value.strip()):
        problems.append(f"{name} is not {'text' if empty else 'non-empty text'}")
        return ""
    if len(value) > limit:
        problems.append(f"{name} is longer than {limit} characters")
    return value


def _source(value: Any, problems: list[str]) -> SourceDevice | None:
    if not isinstance(value, dict) or set(value) != set(_SOURCE_FIELDS):
        problems.append(f"source must hold exactly {', '.join(_SOURCE_FIELDS)}")
        return None
    texts = {
        name: _text(value[name], f"source.{name}", limit, problems, empty=name == "school_name")
        for name, limit in _SOURCE_FIELDS.items()
    }
    try:
        PublicKey.from_line(texts["public_key"], "source.public_key")
    except SignatureError as error:
        problems.append(str(error))
    return SourceDevice(**texts)


def _files(value: Any, problems: list[str]) -> tuple[PayloadEntry, ...]:
    if not isinstance(value, list):
        problems.append("files is not a list")
        return ()
    entries: list[PayloadEntry] = []
    for position, entry in enumerate(value):
        where = f"files[{position}]"
        if not isinstance(entry, dict) or set(entry) != _FILE_FIELDS:
            problems.append(f"{where} must hold exactly {', '.join(sorted(_FILE_FIELDS))}")
            continue
        name, size, digest, records = (entry[k] for k in ("name", "size", "sha256", "records"))
        found = []
        if name not in PAYLOAD_FILES:
            found.append(f"{where} names an unknown file {str(name)[:60]!r}")
        if not _count(size) or not _count(records):
            found.append(f"{where}: size and records must be whole numbers, 0 or more")
        if not isinstance(digest, str) or not _SHA256.fullmatch(digest):
            found.append(f"{where}: sha256 is not 64 lowercase hex digits")
        problems += found
        if not found:
            entries.append(PayloadEntry(name, size, digest, records))
    names = [entry.name for entry in entries]
    if len(set(names)) != len(names):
        problems.append("files names a file twice")
    missing = sorted(PAYLOAD_FILES - set(names))
    if missing and len(entries) == len(value):
        problems.append(f"files does not list {', '.join(missing)}")
    return tuple(entries)


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0
