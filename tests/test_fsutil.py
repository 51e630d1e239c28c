"""Crash-safe file writing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.fsutil import atomic_path, atomic_write_bytes, temporary_sibling


def test_atomic_write_creates_a_new_file(tmp_path: Path) -> None:
    destination = tmp_path / "settings.json"
    atomic_write_bytes(destination, b'{"a": 1}')
    assert destination.read_bytes() == b'{"a": 1}'
    assert sorted(tmp_path.iterdir()) == [destination]


def test_atomic_write_replaces_the_content(tmp_path: Path) -> None:
    destination = tmp_path / "settings.json"
    destination.write_bytes(b"old content that is longer than the new one")
    atomic_write_bytes(destination, b"new")
    assert destination.read_bytes() == b"new"
    assert sorted(tmp_path.iterdir()) == [destination]


def test_temporary_name_is_a_hidden_sibling(tmp_path: Path) -> None:
    destination = tmp_path / "tutor.sqlite3"
    temporary = temporary_sibling(destination)
    assert temporary.parent == destination.parent
    assert temporary.name.startswith(".")
    assert temporary != destination


def test_atomic_path_commits_on_success(tmp_path: Path) -> None:
    destination = tmp_path / "report.txt"
    destination.write_bytes(b"old")
    with atomic_path(destination) as temporary:
        assert temporary != destination
        temporary.write_bytes(b"first part, ")
        with temporary.open("ab") as handle:
            handle.write(b"second part")
        assert destination.read_bytes() == b"old"  # nothing visible until the block ends
    assert destination.read_bytes() == b"first part, second part"
    assert sorted(tmp_path.iterdir()) == [destination]


def test_exception_keeps_the_old_content(tmp_path: Path) -> None:
    destination = tmp_path / "report.txt"
    destination.write_bytes(b"old")
    with pytest.raises(RuntimeError, match="disk full"), atomic_path(destination) as temporary:
        temporary.write_bytes(b"half of the new cont")
        raise RuntimeError("disk full")
    assert destination.read_bytes() == b"old"
    assert sorted(tmp_path.iterdir()) == [destination]


def test_exception_before_anything_is_written(tmp_path: Path) -> None:
    destination = tmp_path / "report.txt"
    with pytest.raises(KeyboardInterrupt), atomic_path(destination):
        raise KeyboardInterrupt
    assert not destination.exists()
    assert list(tmp_path.iterdir()) == []


def test_failure_to_write_keeps_the_old_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    destination = tmp_path / "report.txt"
    destination.write_bytes(b"old")

    def flush_fails(path: Path) -> None:  # the new bytes are written, then the flush fails
        assert path.read_bytes() == b"new"
        raise OSError("device not ready")

    monkeypatch.setattr("tutor.fsutil.fsync_file", flush_fails)
    with pytest.raises(OSError, match="device not ready"):
        atomic_write_bytes(destination, b"new")
    assert destination.read_bytes() == b"old"
    assert sorted(tmp_path.iterdir()) == [destination]
