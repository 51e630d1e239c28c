"""The content store: lesson and media files kept by their SHA-256, shared between packs.

    content/ab/abcdef…   a file whose SHA-256 is abcdef…
    content/tmp/         files being written; emptied at every start

A file appears under its final name only once it is complete, flushed and its hash checked, so
a crash leaves at most a file in tmp/ (cleared at the next start) or a complete file no pack
references yet (removed by :meth:`ContentStore.collect_garbage`).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import IO

from tutor.fsutil import fsync_directory

CHUNK = 1 << 20
TMP_DIR = "tmp"


class HashMismatchError(ValueError):
    """A file's content is not what its manifest says."""


class ContentStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.tmp = root / TMP_DIR

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def add(
        self,
        reader: IO[bytes],
        sha256: str,
        size: int,
        on_bytes: Callable[[int], None] = lambda count: None,
    ) -> Path:
        """Copy `reader` into the store as the file with hash `sha256` and `size` bytes.

        Streams in 1 MiB pieces (never the whole file in memory), calling `on_bytes` after each.
        Raises HashMismatchError, keeping nothing, when the bytes differ from what was promised.
        A file already in the store is not written again (its bytes are still read and checked
        against the promise, so a corrupt pack is refused all the same).
        """
        final = self.path_for(sha256)
        self.tmp.mkdir(parents=True, exist_ok=True)
        temporary = self.tmp / f"{uuid.uuid4().hex}.part"
        digest = hashlib.sha256()
        written = 0
        try:
            with temporary.open("wb") as target:
                while chunk := reader.read(CHUNK):
                    digest.update(chunk)
                    written += len(chunk)
                    if written > size:
                        raise HashMismatchError(f"is larger than the {size} bytes listed")
                    target.write(chunk)
                    on_bytes(len(chunk))
                target.flush()
                os.fsync(target.fileno())
            if written != size or digest.hexdigest() != sha256:
                raise HashMismatchError(
                    "is not the file the publisher signed (its SHA-256 differs)"
                )
            if final.is_file():
                temporary.unlink()
            else:
                final.parent.mkdir(parents=True, exist_ok=True)
                temporary.replace(final)
                fsync_directory(final.parent)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        return final

    def clear_leftovers(self) -> int:
        """Remove unfinished files from an interrupted write. Returns how many were removed."""
        if not self.tmp.is_dir():
            return 0
        count = sum(1 for _ in self.tmp.iterdir())
        shutil.rmtree(self.tmp, ignore_errors=True)
        return count

    def stored_hashes(self) -> set[str]:
        if not self.root.is_dir():
            return set()
        return {
            path.name
            for folder in self.root.iterdir()
            if folder.is_dir() and len(folder.name) == 2
            for path in folder.iterdir()
            if path.is_file()
        }

    def collect_garbage(self, referenced: set[str]) -> int:
        """Delete every stored file whose hash is not in `referenced`. Returns how many."""
        removed = 0
        for sha256 in self.stored_hashes() - referenced:
            self.path_for(sha256).unlink(missing_ok=True)
            removed += 1
        return removed
