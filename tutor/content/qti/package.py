"""Find QTI items in what is given (one .xml file, a folder, a zip, or an IMS content package whose
imsmanifest.xml lists the item resources) and read the files they use.

Guarantees:
* nothing outside the given folder or zip is read: entry names and references with "..", absolute
  paths, backslashes or drive letters are refused, links are not followed, and http(s):, data:
  and other URLs are never fetched (the item is reported instead);
* a zip is read one entry at a time within limits (MAX_ENTRY_BYTES per entry, MAX_TOTAL_BYTES in
  all, MAX_RATIO compression), so a zip bomb is refused rather than expanded;
* item_files returns every item file to import, in a stable order, and every listed item it
  cannot use with the reason; reading problems raise PackageError (a ValueError) with a message.
"""

from __future__ import annotations

import os
import posixpath
import re
import zipfile
from pathlib import Path
from urllib.parse import unquote

from tutor.content.qti.model import Unconvertible
from tutor.content.qti.safexml import XmlError, parse_xml

MAX_ENTRY_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 200
MANIFEST = "imsmanifest.xml"
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_SAFE_NAME = re.compile(r"[^A-Za-z0-9_.-]+")


class PackageError(ValueError):
    """A file of the package cannot be read; str() says which and why."""


def normalise(path: str) -> str | None:
    """A posix path inside the package, or None if it is absolute or climbs out of it."""
    if path.startswith("/") or "\\" in path or re.match(r"[A-Za-z]:", path):
        return None
    parts: list[str] = []
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if not parts:
                return None
            parts.pop()
        else:
            parts.append(part)
    return "/".join(parts) or None


class Package:
    """Files by their posix path inside the package."""

    def names(self) -> list[str]:
        raise NotImplementedError

    def read(self, name: str) -> bytes:
        raise NotImplementedError


class FolderPackage(Package):
    """A folder; with `only`, just that file is an item, but files beside it can be read."""

    def __init__(self, root: Path, only: str | None = None) -> None:
        self.root = root
        self.only = only

    def names(self) -> list[str]:
        if self.only is not None:
            return [self.only]
        found = []
        for folder, dirs, files in os.walk(self.root):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for file in files:
                path = Path(folder, file)
                if not file.startswith(".") and not path.is_symlink():
                    found.append(path.relative_to(self.root).as_posix())
        return sorted(found)

    def read(self, name: str) -> bytes:
        safe = normalise(name)
        path = self.root / safe if safe else self.root
        if safe is None or path.is_symlink() or not path.is_file():
            raise PackageError(f"{name} is not a file of the package")
        if not path.resolve().is_relative_to(self.root.resolve()):
            raise PackageError(f"{name} is outside the package")
        if path.stat().st_size > MAX_ENTRY_BYTES:
            raise PackageError(f"{name} is larger than {MAX_ENTRY_BYTES // 2**20} MB")
        return path.read_bytes()


class ZipPackage(Package):
    def __init__(self, path: Path) -> None:
        try:
            self.zip = zipfile.ZipFile(path)
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, OSError, ValueError) as error:
            raise PackageError(f"{path} is not a readable zip: {error}") from None
        self.refused: list[tuple[str, str]] = []
        self.entries: dict[str, zipfile.ZipInfo] = {}
        seen: set[str] = set()
        for info in infos:
            name = info.filename
            if name.endswith("/") or name.startswith("__MACOSX/"):
                continue
            safe = normalise(name)
            if safe is None or safe != name.strip("/"):
                self.refused.append((name, "refused: the name leaves the package or is unsafe"))
            elif safe.lower() in seen:
                self.refused.append((name, "refused: another entry has the same name"))
            else:
                seen.add(safe.lower())
                self.entries[safe] = info
        self.total = 0

    def names(self) -> list[str]:
        return sorted(name for name in self.entries if not name.rsplit("/", 1)[-1].startswith("."))

    def read(self, name: str) -> bytes:
        info = self.entries.get(name)
        if info is None:
            raise PackageError(f"{name} is not in the zip")
        size = info.file_size
        if size > MAX_ENTRY_BYTES or size > MAX_RATIO * max(info.compress_size, 5000):
            raise PackageError(f"{name}: refused, it expands too much (a zip bomb?)")
        self.total += size
        if self.total > MAX_TOTAL_BYTES:
            raise PackageError(f"refused: the zip expands to more than {MAX_TOTAL_BYTES >> 30} GB")
        try:
            with self.zip.open(info) as handle:
                data = handle.read(size + 1)
        except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, EOFError) as error:
            raise PackageError(f"{name} cannot be read from the zip: {error}") from None
        if len(data) > size:
            raise PackageError(f"{name}: refused, it is larger than the zip says")
        return data


def open_package(path: Path) -> Package:
    """The package at path: a folder, a zip, or a single item file. Raises PackageError."""
    if path.is_dir():
        return FolderPackage(path)
    if not path.is_file():
        raise PackageError(f"{path} does not exist")
    if zipfile.is_zipfile(path):
        return ZipPackage(path)
    return FolderPackage(path.parent, only=path.name)


def item_files(package: Package) -> tuple[list[str], list[tuple[str, str]]]:
    """The item files to convert, and (file, reason) for those listed that cannot be used."""
    names = package.names()
    problems = list(getattr(package, "refused", []))
    manifest = next((name for name in names if name.lower() == MANIFEST), None)
    if manifest is None:
        return [name for name in names if name.lower().endswith(".xml")], problems
    try:
        root = parse_xml(package.read(manifest))
    except XmlError as error:
        raise PackageError(f"{manifest}: {error}") from None
    files: list[str] = []
    for resources in root.iter("resources"):
        for resource in resources.findall("resource"):
            if not resource.get("type").startswith("imsqti_item"):
                continue
            first = resource.find("file")
            href = resource.get("href") or (first.get("href") if first is not None else "")
            joined = posixpath.join(resources.get("base"), resource.get("base"), unquote(href))
            path = normalise(joined) if href and not _URL.match(href) else None
            if path is None:
                problems.append((href or "(no href)", "refused: not a file inside the package"))
            elif path not in names:
                problems.append((path, f"listed in {MANIFEST} but not in the package"))
            elif path not in files:
                files.append(path)
    if not files and not problems:
        problems.append((manifest, "lists no QTI item resources (type imsqti_item_...)"))
    return files, problems


def resolve(item: str, reference: str) -> str:
    """The package path a reference in `item` names. Raises Unconvertible if it cannot be used."""
    written = reference.strip()
    if written.lower().startswith("data:"):
        raise Unconvertible("a file embedded as a data: URL; put the file in the package")
    if _URL.match(written) or written.startswith("//"):
        raise Unconvertible(f"{written} is on the internet; packs work offline")
    path = normalise(posixpath.join(posixpath.dirname(item), unquote(re.split("[?#]", written)[0])))
    if path is None:
        raise Unconvertible(f"{written} points outside the package")
    return path


class MediaStore:
    """The media files items use, named for the pack's media folder (unique, safe names)."""

    def __init__(self, package: Package) -> None:
        self.package = package
        self.files: dict[str, bytes] = {}  # media/ path -> contents
        self.by_source: dict[str, str] = {}  # package path -> media/ path
        self.taken: set[str] = set()  # lower-case names in use

    def sink(self, item: str) -> _ItemMedia:
        return _ItemMedia(self, item)

    def add(self, item: str, reference: str, kind: str) -> str:
        path = resolve(item, reference)
        if path in self.by_source:
            return self.by_source[path]
        try:
            data = self.package.read(path)
        except PackageError as error:
            raise Unconvertible(f"the {kind} {reference} cannot be copied: {error}") from None
        stem, dot, extension = posixpath.basename(path).rpartition(".")
        stem, extension = (stem, extension) if dot else (extension, "")
        stem = _SAFE_NAME.sub("-", stem).strip(".-")[:80] or kind
        extension = _SAFE_NAME.sub("", extension)[:10]
        name, number = f"{stem}.{extension}" if extension else stem, 1
        while name.lower() in self.taken:
            number += 1
            name = f"{stem}-{number}.{extension}" if extension else f"{stem}-{number}"
        self.taken.add(name.lower())
        self.files[f"media/{name}"] = data
        self.by_source[path] = f"media/{name}"
        return f"media/{name}"


class _ItemMedia:
    """The MediaSink of one item: references are relative to the item's file."""

    def __init__(self, store: MediaStore, item: str) -> None:
        self.store = store
        self.item = item

    def add(self, source: str, kind: str) -> str:
        return self.store.add(self.item, source, kind)
