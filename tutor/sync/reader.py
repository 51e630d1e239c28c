"""Open a `.tutorbundle` and prove it is intact before anything in it is used.

open_bundle() reads the file and checks, in this order, raising a BundleError subclass at the
first check that fails (so nothing is ever half-read):

* the file is a readable zip (not cut short), no bigger than any real bundle;
* it holds exactly the manifest, the signature and the payload files of this format: no other
  member, no directory, no path that could escape (``..``, absolute, backslashes), no member
  twice; no member over its size limit or compressed more than real data is (a zip bomb);
* the manifest is of a format this Tutor reads (a newer one: "update Tutor") and is well formed;
* manifest.sig is a valid Ed25519 signature over the exact manifest bytes, by the key the
  manifest names as its source device's;
* every payload file has the size and SHA-256 the manifest lists;
* every record is well formed and the records agree with each other (tutor.sync.checks).

It never touches a database; what the bundle means to this laptop is for the importer.
"""

from __future__ import annotations

import hashlib
import json
import logging
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from tutor.content.signing import PublicKey, SignatureError, verify
from tutor.sync.checks import check_records
from tutor.sync.errors import (
    BundleInconsistentError,
    BundleTamperedError,
    BundleUnreadableError,
    with_problems,
)
from tutor.sync.manifest import MANIFEST_NAME, SIGNATURE_NAME, Manifest
from tutor.sync.tables import PAYLOAD_FILES, PAYLOADS
from tutor.sync.wire import RecordError, WireRecord

log = logging.getLogger(__name__)

MAX_BUNDLE_BYTES = 2 * 1024**3
MAX_MANIFEST_BYTES = 1024**2
MAX_SIGNATURE_BYTES = 64 * 1024
MAX_PAYLOAD_BYTES = 2 * 1024**3
MAX_TOTAL_BYTES = 4 * 1024**3
MAX_COMPRESSION_RATIO = 200
EXPECTED_MEMBERS = PAYLOAD_FILES | {MANIFEST_NAME, SIGNATURE_NAME}
_UNREADABLE = (zipfile.BadZipFile, OSError, EOFError, zlib.error)
_AGAIN = "export it again from the laptop it came from."


@dataclass(frozen=True)
class OpenedBundle:
    """A bundle that passed every check of open_bundle()."""

    path: Path
    sha256: str  # of the whole file
    size: int
    manifest: Manifest
    signer: PublicKey
    records: dict[str, list[WireRecord]]  # payload name -> its records, in file order


def open_bundle(path: Path) -> OpenedBundle:
    """Open and check the bundle at `path` (see the module docstring)."""
    name = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise BundleUnreadableError(f"There is no file {path}.") from None
    except OSError as error:
        log.warning("Cannot read %s: %s", path, error)
        raise BundleUnreadableError(
            f"The file {name} cannot be read ({error.strerror or error}). Check that the USB "
            "stick is still plugged in, then try again."
        ) from error
    if size > MAX_BUNDLE_BYTES:
        raise BundleUnreadableError(f"{name} is larger than any Tutor bundle; it is not one.")
    try:
        digest = _file_sha256(path)
        with zipfile.ZipFile(path) as archive:
            members = _check_members(archive, name)
            manifest_bytes = _read(archive, members[MANIFEST_NAME], MAX_MANIFEST_BYTES, name)
            manifest = Manifest.from_bytes(manifest_bytes)
            signature = _read(archive, members[SIGNATURE_NAME], MAX_SIGNATURE_BYTES, name)
            signer = _check_signature(manifest, manifest_bytes, signature, name)
            payloads = {
                entry.name: _read_payload(archive, members[entry.name], entry.size, entry.sha256)
                for entry in manifest.files
            }
    except _UNREADABLE as error:
        log.warning("Cannot read bundle %s: %r", path, error)
        if _starts_like_a_zip(path):
            raise BundleUnreadableError(
                f"{name} was cut short or damaged (the copy is incomplete). Copy it again from "
                f"the USB stick, or {_AGAIN}"
            ) from error
        raise BundleUnreadableError(
            f"{name} is not a Tutor progress bundle (not a .tutorbundle file at all)."
        ) from error
    records = _parse(manifest, payloads, name)
    return OpenedBundle(path, digest, size, manifest, signer, records)


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _starts_like_a_zip(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def _refuse(name: str, what: str) -> BundleUnreadableError:
    return BundleUnreadableError(f"{name} is not a valid Tutor progress bundle: {what}.")


def _check_members(archive: zipfile.ZipFile, name: str) -> dict[str, zipfile.ZipInfo]:
    members: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in archive.infolist():
        member = info.filename
        parts = member.replace("\\", "/").split("/")
        if PurePosixPath(member).is_absolute() or "\\" in member or ".." in parts:
            raise _refuse(name, f"it holds a file that would be written outside it ({member!r})")
        if member not in EXPECTED_MEMBERS:
            raise _refuse(name, f"it holds a file a bundle never holds ({member[:80]!r})")
        if member in members:
            raise _refuse(name, f"it holds {member} twice")
        limit = MAX_MANIFEST_BYTES if member == MANIFEST_NAME else MAX_PAYLOAD_BYTES
        if info.file_size > limit:
            raise _refuse(name, f"{member} is larger than any real bundle's")
        if info.compress_size and info.file_size / info.compress_size > MAX_COMPRESSION_RATIO:
            raise _refuse(name, f"{member} is compressed far more than real data (a zip bomb)")
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise _refuse(name, "it unpacks to more than any real bundle")
        members[member] = info
    missing = sorted(EXPECTED_MEMBERS - set(members))
    if missing:
        raise _refuse(name, f"it has no {', '.join(missing)}")
    return members


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, name: str) -> bytes:
    with archive.open(info) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise _refuse(name, f"{info.filename} is larger than any real bundle's")
    return data


def _check_signature(
    manifest: Manifest, manifest_bytes: bytes, signature: bytes, name: str
) -> PublicKey:
    try:
        signer = verify(manifest_bytes, json.loads(signature.decode("utf-8")))
    except (SignatureError, UnicodeDecodeError, json.JSONDecodeError) as error:
        log.warning("Bundle %s: signature check failed: %s", name, error)
        raise BundleTamperedError(
            f"This bundle was changed after it was written (its signature does not match its "
            f"manifest). Do not import it; {_AGAIN}"
        ) from error
    if signer.raw != manifest.source.key.raw:
        log.warning("Bundle %s: signed by key %s, not its source's key", name, signer.key_id)
        raise BundleTamperedError(
            f"This bundle was not signed by the laptop it names ({manifest.source.device_name}"
            f"): it was changed or forged. Do not import it; {_AGAIN}"
        )
    return signer


def _read_payload(archive: zipfile.ZipFile, info: zipfile.ZipInfo, size: int, sha256: str) -> bytes:
    with archive.open(info) as handle:
        data = handle.read(size + 1)
    if len(data) != size or hashlib.sha256(data).hexdigest() != sha256:
        log.warning("Bundle payload %s: size %d, manifest says %d", info.filename, len(data), size)
        raise BundleTamperedError(
            f"This bundle was changed after it was written (file {info.filename} does not match "
            f"its hash). Do not import it; {_AGAIN}"
        )
    return data


def _parse(
    manifest: Manifest, payloads: dict[str, bytes], name: str
) -> dict[str, list[WireRecord]]:
    problems: list[str] = []
    records: dict[str, list[WireRecord]] = {}
    listed = {entry.name: entry for entry in manifest.files}
    for payload in PAYLOADS:
        parsed: list[WireRecord] = []
        lines = payloads[payload.file_name].decode("utf-8", errors="replace").splitlines()
        for number, line in enumerate(lines, start=1):
            where = f"{payload.file_name} line {number}"
            try:
                parsed.append(payload.record.from_dict(json.loads(line)))
            except json.JSONDecodeError:
                problems.append(f"{where} is not JSON")
            except RecordError as error:
                problems += [f"{where}: {problem}" for problem in error.problems]
        if len(lines) != listed[payload.file_name].records:
            problems.append(f"{payload.file_name} does not hold as many records as listed")
        records[payload.name] = parsed
    if not problems:
        problems = check_records(manifest, records)
    if problems:
        log.warning("Bundle %s refused: %s", name, "; ".join(problems))
        raise BundleInconsistentError(
            with_problems(
                f"{name} holds records this Tutor cannot use, so nothing was imported. "
                f"{_AGAIN.capitalize()}",
                problems,
            ),
            problems,
        )
    return records
