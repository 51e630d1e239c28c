"""Open a `.tutorpack` and prove it can be trusted as far as the file itself can show.

:func:`open_pack` checks, before anything is unpacked:

* the zip is readable (not truncated) and holds a manifest of a format this Tutor knows;
* no entry escapes the pack (absolute paths, ``..``, backslashes), is a link, or appears twice,
  and every entry is either the manifest, the signature or a file the manifest lists;
* sizes stay within bounds: no entry over its limit, nothing compressed more than a real file
  would be (a "zip bomb"), the whole pack within the total limit;
* the manifest passes the schema and the consistency rules;
* a signature, when present, is valid for the manifest bytes (whether its key is trusted is
  for the installer to decide);
* with `check_files`, every listed file has its listed size and SHA-256 (streamed).
"""

from __future__ import annotations

import hashlib
import io
import json
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Any

from tutor.content.build import MANIFEST_NAME, SIGNATURE_NAME
from tutor.content.manifest import FORMAT_VERSION, PackError, Problem, check_manifest
from tutor.content.signing import PublicKey, SignatureError, verify
from tutor.content.source import HASH_CHUNK

MAX_MANIFEST_BYTES = 64 * 1024 * 1024
MAX_SIGNATURE_BYTES = 64 * 1024
MAX_TOTAL_BYTES = 8 * 1024 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200
_LOCAL_HEADER_SIZE = 30
#: What reading a damaged archive raises: a broken structure, a failed CRC, a cut-off file,
#: or compressed data that does not decompress.
UNREADABLE = (zipfile.BadZipFile, OSError, EOFError, zlib.error)


@dataclass(frozen=True)
class OpenedPack:
    path: Path
    manifest: dict[str, Any]
    manifest_bytes: bytes
    signer: PublicKey | None

    @property
    def pack_id(self) -> str:
        return str(self.manifest["pack"]["id"])

    @property
    def version(self) -> str:
        return str(self.manifest["pack"]["version"])


def _fail(message: str, where: str = "") -> PackError:
    return PackError([Problem(where or "pack", message)])


def open_pack(path: Path, *, check_files: bool = True) -> OpenedPack:
    """Open and check the pack at `path` (see the module docstring). Raises PackError."""
    where = path.name
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError as error:
        raise _fail("the file does not exist", where) from error
    except UNREADABLE as error:
        if _starts_like_a_zip(path):
            raise _fail(
                "was cut short (the copy is incomplete): copy the pack again from where it came "
                "from",
                where,
            ) from error
        raise _fail("is not a Tutor pack (not a .tutorpack file at all)", where) from error
    with archive:
        entries = _check_entries(archive, where)
        manifest_bytes = _read_small(archive, entries, MANIFEST_NAME, MAX_MANIFEST_BYTES, where)
        manifest = _parse_manifest(manifest_bytes, where)
        check_manifest(manifest)
        signer = None
        if SIGNATURE_NAME in entries:
            signature_bytes = _read_small(
                archive, entries, SIGNATURE_NAME, MAX_SIGNATURE_BYTES, where
            )
            try:
                signer = verify(manifest_bytes, json.loads(signature_bytes))
            except (SignatureError, ValueError) as error:
                raise _fail(f"signature: {error}", where) from error
        listed = {entry["path"]: entry for entry in manifest["files"]}
        unexpected = sorted(set(entries) - set(listed) - {MANIFEST_NAME, SIGNATURE_NAME})
        if unexpected:
            raise _fail(
                f"holds files its manifest does not list: {', '.join(unexpected[:5])}", where
            )
        missing = sorted(set(listed) - set(entries))
        if missing:
            raise _fail(f"is missing files its manifest lists: {', '.join(missing[:5])}", where)
        if check_files:
            for name, entry in listed.items():
                _check_file(archive, entries[name], entry, where)
    return OpenedPack(path, manifest, manifest_bytes, signer)


class _Window(io.RawIOBase):
    """`length` bytes of `raw` from its current position: a stored zip entry read directly."""

    def __init__(self, raw: io.BufferedReader, length: int) -> None:
        self._raw = raw
        self._left = length

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer)[: self._left]
        count: int = self._raw.readinto(view)
        if not count and self._left:
            raise EOFError("the pack ends inside a file")
        self._left -= count
        return count


def member_reader(archive: zipfile.ZipFile, raw: io.BufferedReader, name: str) -> IO[bytes]:
    """A reader of entry `name`.

    A stored (uncompressed) entry — media, most of a pack's bytes — is read straight from the
    file, skipping zipfile's per-chunk CRC bookkeeping; the caller checks its SHA-256, which is
    the stronger check. Other entries go through zipfile.
    """
    info = archive.getinfo(name)
    if info.compress_type != zipfile.ZIP_STORED or info.flag_bits & 0x1:
        return archive.open(info)
    raw.seek(info.header_offset)
    header = raw.read(_LOCAL_HEADER_SIZE)
    if len(header) != _LOCAL_HEADER_SIZE or header[:4] != b"PK\x03\x04":
        raise zipfile.BadZipFile(f"the entry {name} has no valid header")
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    raw.seek(info.header_offset + _LOCAL_HEADER_SIZE + name_length + extra_length)
    return io.BufferedReader(_Window(raw, info.compress_size), buffer_size=1 << 20)


def _starts_like_a_zip(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def _check_entries(archive: zipfile.ZipFile, where: str) -> dict[str, zipfile.ZipInfo]:
    entries: dict[str, zipfile.ZipInfo] = {}
    folded: set[str] = set()  # names that collide on Windows and macOS count as the same
    total = 0
    for info in archive.infolist():
        name = info.filename
        if info.is_dir():
            continue
        if (
            "\\" in name
            or name.startswith("/")
            or PurePosixPath(name).is_absolute()
            or any(part in ("..", ".", "") for part in name.split("/"))
        ):
            raise _fail(f"an entry tries to escape the pack: {name!r}", where)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise _fail(f"{name} is a link; packs hold only plain files", where)
        if name.casefold() in folded:
            raise _fail(f"{name} appears twice in the pack", where)
        folded.add(name.casefold())
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise _fail("unpacks to more than 8 GB, more than any real pack", where)
        if info.compress_size and info.file_size / info.compress_size > MAX_COMPRESSION_RATIO:
            raise _fail(
                f"{name} is compressed {info.file_size // info.compress_size}× — "
                "far more than real content, so it is refused as a zip bomb",
                where,
            )
        entries[name] = info
    if MANIFEST_NAME not in entries:
        raise _fail("has no manifest.json: it is not a Tutor pack", where)
    return entries


def _read_small(
    archive: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo], name: str, limit: int, where: str
) -> bytes:
    if entries[name].file_size > limit:
        raise _fail(f"{name} is larger than {limit // 1024} KiB", where)
    try:
        with archive.open(entries[name]) as handle:
            data = handle.read(limit + 1)
    except UNREADABLE as error:
        raise _fail(f"{name} cannot be read ({error}); copy the pack again", where) from error
    if len(data) > limit:
        raise _fail(f"{name} is larger than {limit // 1024} KiB", where)
    return data


def _parse_manifest(data: bytes, where: str) -> dict[str, Any]:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise _fail(f"manifest.json is not valid JSON: {error}", where) from error
    if not isinstance(manifest, dict):
        raise _fail("manifest.json is not a JSON object", where)
    version = manifest.get("format")
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise _fail(
            f"was made for a newer Tutor (pack format {version}; this Tutor reads "
            f"format {FORMAT_VERSION}). Update Tutor to install it.",
            where,
        )
    return manifest


def _check_file(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, entry: dict[str, Any], where: str
) -> None:
    name = entry["path"]
    if info.file_size != entry["size"]:
        raise _fail(
            f"{name} has {info.file_size} bytes, but the manifest says {entry['size']}", where
        )
    digest = hashlib.sha256()
    size = 0
    try:
        with archive.open(info) as handle:
            while chunk := handle.read(HASH_CHUNK):
                digest.update(chunk)
                size += len(chunk)
    except UNREADABLE as error:
        raise _fail(f"{name} cannot be read ({error}); copy the pack again", where) from error
    if size != entry["size"] or digest.hexdigest() != entry["sha256"]:
        raise _fail(f"{name} is not the file the publisher signed (its SHA-256 differs)", where)
