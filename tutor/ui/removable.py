"""Where a USB stick is: the folder a file dialog for packs and bundles opens on."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path, PureWindowsPath

from PySide6.QtCore import QStorageInfo

#: Where Linux desktops and macOS mount removable drives.
POSIX_REMOVABLE_PREFIXES = ("/media/", "/run/media/", "/Volumes/", "/mnt/")


def removable_roots(roots: Iterable[str], platform: str, system_drive: str = "C:") -> list[str]:
    """The mount points in `roots` that look like removable drives on `platform`."""
    if platform == "win32":
        system = system_drive.rstrip("\\/").upper()
        return [root for root in roots if PureWindowsPath(root).drive.upper() not in ("", system)]
    return [root for root in roots if root.startswith(POSIX_REMOVABLE_PREFIXES)]


def removable_drive_folders() -> list[Path]:
    """Mounted, ready removable drives, in mount order."""
    roots = [
        volume.rootPath()
        for volume in QStorageInfo.mountedVolumes()
        if volume.isValid() and volume.isReady()
    ]
    return [Path(root) for root in removable_roots(roots, sys.platform)]


def default_open_folder() -> Path:
    """The first removable drive, or the home folder when none is plugged in."""
    drives = removable_drive_folders()
    return drives[0] if drives else Path.home()
