"""Build a `.tutorpack` from a checked source folder, optionally signing it.

The archive is deterministic (same source, same bytes): entries in sorted order with fixed
timestamps and modes; text compressed, media stored as it is (already compressed). Files are
streamed, never read whole, and hashed again while they are written, so a file changed after
checking fails the build. The archive is written to a temporary name and renamed.
"""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tutor import media_types
from tutor.content.canonical import canonical_json
from tutor.content.manifest import PackError, Problem
from tutor.content.signing import sign
from tutor.content.source import HASH_CHUNK, PackSource
from tutor.fsutil import atomic_path

MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "signature.json"
PACK_SUFFIX = ".tutorpack"
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def _entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
    info.external_attr = 0o100644 << 16  # a regular file, rw-r--r--
    compressed = media_types.suffix(name) in media_types.COMPRESSED_SUFFIXES
    info.compress_type = zipfile.ZIP_STORED if compressed else zipfile.ZIP_DEFLATED
    return info


def write_pack(
    output: Path,
    manifest_bytes: bytes,
    files: dict[str, Path],
    signature_bytes: bytes | None,
    expected: dict[str, str],
) -> None:
    """Write the archive: manifest, signature, then each file in sorted order."""
    with atomic_path(output) as temporary, zipfile.ZipFile(temporary, "w") as archive:
        archive.writestr(_entry(MANIFEST_NAME), manifest_bytes)
        if signature_bytes is not None:
            archive.writestr(_entry(SIGNATURE_NAME), signature_bytes)
        for name in sorted(files):
            digest = hashlib.sha256()
            with files[name].open("rb") as source, archive.open(_entry(name), "w") as target:
                while chunk := source.read(HASH_CHUNK):
                    digest.update(chunk)
                    target.write(chunk)
            if digest.hexdigest() != expected[name]:
                raise PackError(
                    [Problem(name, "changed while the pack was being built; build again")]
                )


def build_pack(source: PackSource, output: Path, key: Ed25519PrivateKey | None = None) -> bytes:
    """Write `source` as a pack at `output`, signed with `key` when given; return the manifest
    bytes (what the signature covers)."""
    manifest_bytes = canonical_json(source.manifest)
    signature = None if key is None else canonical_json(sign(manifest_bytes, key))
    expected = {entry["path"]: entry["sha256"] for entry in source.manifest["files"]}
    write_pack(output, manifest_bytes, source.files, signature, expected)
    return manifest_bytes


def resign_pack(
    source: Path, manifest_bytes: bytes, listed: list[str], key: Ed25519PrivateKey, output: Path
) -> None:
    """Copy the pack at `source` to `output` with a new signature over `manifest_bytes`.

    The caller has checked the pack (tutor.content.archive.open_pack). `output` may be `source`:
    the new archive replaces it only once complete.
    """
    signature = canonical_json(sign(manifest_bytes, key))
    with (
        zipfile.ZipFile(source) as original,
        atomic_path(output) as temporary,
        zipfile.ZipFile(temporary, "w") as archive,
    ):
        archive.writestr(_entry(MANIFEST_NAME), manifest_bytes)
        archive.writestr(_entry(SIGNATURE_NAME), signature)
        for name in sorted(listed):
            with original.open(name) as reader, archive.open(_entry(name), "w") as target:
                while chunk := reader.read(HASH_CHUNK):
                    target.write(chunk)
