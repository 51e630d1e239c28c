"""Crash-safe file writing: every file Tutor writes goes to a temporary name, is flushed to disk,
then renamed over its final name, so a reader sees either the old file or the whole new one."""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path

TEMP_SUFFIX = ".tmp"


def temporary_sibling(destination: Path) -> Path:
    """A temporary name in the destination's directory (same file system, so rename is atomic)."""
    return destination.with_name(f".{destination.name}.{os.getpid()}{TEMP_SUFFIX}")


def fsync_directory(directory: Path) -> None:
    """Make a rename inside `directory` durable. A no-op where directories cannot be opened."""
    if os.name == "nt":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as error:
        # Some filesystems of USB sticks (FAT over certain drivers) cannot sync a directory;
        # the file itself was synced before its rename, so this is not a failure.
        if error.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def commit_temporary(temporary: Path, destination: Path) -> None:
    """Flush `temporary` to disk and rename it over `destination` atomically."""
    fsync_file(temporary)
    temporary.replace(destination)
    fsync_directory(destination.parent)


@contextlib.contextmanager
def atomic_path(destination: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces `destination` atomically.

    On any exception the temporary file is removed and `destination` is left as it was.
    """
    temporary = temporary_sibling(destination)
    try:
        yield temporary
        commit_temporary(temporary, destination)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def atomic_write_bytes(destination: Path, data: bytes) -> None:
    """Write `data` to `destination` so that a crash leaves either the old or the new file."""
    with atomic_path(destination) as temporary:
        temporary.write_bytes(data)
