"""Write a bundle file so that a reader finds the whole bundle or nothing.

write_bundle() streams every payload into a zip at a temporary name beside the destination
(same file system), hashing each payload as it goes; then writes the manifest and its detached
signature, flushes and fsyncs the file, renames it to its final name and fsyncs the directory.
If anything fails (a full disk, a USB stick pulled out: OSError) the temporary file is removed
(as far as the device still allows) and the error propagates; the final name never holds a
partial file. It does not read back; the exporter does that.
"""

from __future__ import annotations

import hashlib
import json
import logging
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tutor.content.signing import sign
from tutor.fsutil import commit_temporary, temporary_sibling
from tutor.sync.manifest import MANIFEST_NAME, SIGNATURE_NAME, Manifest, PayloadEntry
from tutor.sync.tables import Payload
from tutor.sync.wire import WireRecord

log = logging.getLogger(__name__)

ManifestMaker = Callable[[tuple[PayloadEntry, ...]], Manifest]


def open_temporary(path: Path) -> BinaryIO:
    """Create the temporary file (never an existing one). Tests replace this to simulate a
    device that fails part-way."""
    return path.open("xb")


def write_bundle(
    destination: Path,
    payloads: Iterable[tuple[Payload, Iterable[WireRecord]]],
    make_manifest: ManifestMaker,
    key: Ed25519PrivateKey,
) -> Manifest:
    """Write the bundle to `destination` (see the module docstring); return its manifest."""
    temporary = temporary_sibling(destination)
    try:
        with open_temporary(temporary) as handle:
            manifest = _write_zip(handle, payloads, make_manifest, key)
        commit_temporary(temporary, destination)
    except BaseException:
        try:
            temporary.unlink(missing_ok=True)
        except OSError as error:  # the device is gone: there is nothing left to remove
            log.warning("Could not remove %s: %s", temporary, error)
        raise
    return manifest


def _write_zip(
    handle: BinaryIO,
    payloads: Iterable[tuple[Payload, Iterable[WireRecord]]],
    make_manifest: ManifestMaker,
    key: Ed25519PrivateKey,
) -> Manifest:
    entries: list[PayloadEntry] = []
    with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for payload, records in payloads:
            digest = hashlib.sha256()
            size = count = 0
            with archive.open(payload.file_name, "w", force_zip64=True) as member:
                for record in records:
                    line = (_json_line(record.to_dict()) + "\n").encode("utf-8")
                    member.write(line)
                    digest.update(line)
                    size += len(line)
                    count += 1
            entries.append(PayloadEntry(payload.file_name, size, digest.hexdigest(), count))
        manifest = make_manifest(tuple(entries))
        manifest_bytes = manifest.to_bytes()
        archive.writestr(MANIFEST_NAME, manifest_bytes)
        signature = json.dumps(sign(manifest_bytes, key), indent=2) + "\n"
        archive.writestr(SIGNATURE_NAME, signature.encode("utf-8"))
    handle.flush()
    return manifest


def _json_line(value: dict[str, object]) -> str:
    """A record as one line of JSON: fields in the record's order, nested objects (a response)
    in the order they were stored, so they arrive exactly as they left."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
