"""Exporting: the bundle appears whole under its final name, or not at all."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any, BinaryIO

import pytest

from tests.sync.conftest import Laptop
from tests.sync.helpers import learner_id, practise
from tutor.facade import Tutor
from tutor.sync import bundle as bundle_module
from tutor.sync import writer
from tutor.sync.errors import BundleTamperedError, BundleWriteError, DeviceKeyError


class FailingFile:
    """A file on a device that fills up (or goes away) after `room` bytes."""

    def __init__(self, handle: BinaryIO, room: int, error: int) -> None:
        self._handle = handle
        self._room = room
        self._error = error

    def write(self, data: Any) -> int:
        if self._room < len(data):
            raise OSError(self._error, os.strerror(self._error))
        self._room -= len(data)
        return self._handle.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)

    def __enter__(self) -> FailingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()


@pytest.fixture
def source(laptop: Laptop) -> Tutor:
    tutor = laptop("Laptop A")
    practise(tutor, learner_id(tutor, "Ana"), 8)
    return tutor


def failing_after(room: int, error: int) -> Any:
    def open_temporary(path: Path) -> Any:
        return FailingFile(path.open("xb"), room, error)

    return open_temporary


@pytest.mark.parametrize(
    ("error", "words"),
    [(errno.ENOSPC, "not enough space"), (errno.EIO, "still plugged in")],
)
def test_a_device_that_fails_mid_write_leaves_no_file(
    source: Tutor, usb: Path, monkeypatch: pytest.MonkeyPatch, error: int, words: str
) -> None:
    monkeypatch.setattr(writer, "open_temporary", failing_after(2000, error))
    with pytest.raises(BundleWriteError) as failed:
        source.export_bundle(usb)
    assert words in str(failed.value) and str(usb) in str(failed.value)
    assert list(usb.iterdir()) == []


def test_a_failing_flush_leaves_no_file(
    source: Tutor, usb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "before").mkdir()
    source.export_bundle(tmp_path / "before")  # the device key exists from here on

    def no_fsync(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", no_fsync)
    with pytest.raises(BundleWriteError, match="still plugged in"):
        source.export_bundle(usb)
    assert list(usb.iterdir()) == []


def test_a_bundle_that_does_not_read_back_is_removed(
    source: Tutor, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def bad_read(path: Path) -> Any:
        assert path.exists()  # the bundle is on the stick when it is read back
        raise BundleTamperedError("a bit flipped on the stick")

    monkeypatch.setattr(bundle_module, "open_bundle", bad_read)
    with pytest.raises(BundleWriteError, match="could not be read back"):
        source.export_bundle(usb)
    assert list(usb.iterdir()) == []


def test_a_missing_folder_is_explained(source: Tutor, tmp_path: Path) -> None:
    with pytest.raises(BundleWriteError, match="does not exist"):
        source.export_bundle(tmp_path / "no-stick")


def test_two_exports_in_the_same_second_get_two_names(source: Tutor, usb: Path) -> None:
    first = source.export_bundle(usb)
    second = source.export_bundle(usb)
    assert first.path != second.path and first.info.bundle_id != second.info.bundle_id
    assert sorted(p.name for p in usb.iterdir()) == sorted([first.path.name, second.path.name])


def test_a_lost_device_key_is_not_silently_replaced(source: Tutor, usb: Path) -> None:
    source.export_bundle(usb)
    source.paths.device_key.unlink()
    with pytest.raises(DeviceKeyError, match=r"signing key .* is missing"):
        source.export_bundle(usb)
    assert not source.paths.device_key.exists()
    assert len(list(usb.iterdir())) == 1


def test_a_laptop_that_is_not_set_up_cannot_export(tmp_path: Path, usb: Path) -> None:
    from tutor.paths import DataPaths

    tutor = Tutor.open(DataPaths(tmp_path / "new"))
    try:
        with pytest.raises(DeviceKeyError, match="not set up"):
            tutor.export_bundle(usb)
    finally:
        tutor.close()
    assert list(usb.iterdir()) == []


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_the_device_key_is_owner_only_unless_the_folder_is_shared_by_the_laptops_accounts(
    tmp_path: Path,
) -> None:
    from tutor.paths import DataPaths
    from tutor.sync.device_key import share_with_group_if_shared_folder

    private, shared = tmp_path / "private", tmp_path / "shared"
    private.mkdir()
    shared.mkdir()
    shared.chmod(0o2775)  # the machine-wide folder of the README: group-owned, setgid
    for folder in (private, shared):
        key = DataPaths(folder).device_key
        key.write_bytes(b"key")
        key.chmod(0o600)
        share_with_group_if_shared_folder(key)
    assert DataPaths(private).device_key.stat().st_mode & 0o777 == 0o600
    assert DataPaths(shared).device_key.stat().st_mode & 0o777 == 0o640


def test_a_new_device_key_is_owner_only_in_a_private_folder(source: Tutor, usb: Path) -> None:
    source.export_bundle(usb)
    if os.name != "nt":
        assert source.paths.device_key.stat().st_mode & 0o777 == 0o600
