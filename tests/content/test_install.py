"""Installing, updating and removing packs: all or nothing, with progress carried over."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import ColumnElement, func, select

from tests.content.conftest import write_source
from tests.sample_data import SAMPLE_SETUP
from tutor.content.build import build_pack
from tutor.content.install import (
    DowngradeError,
    InstallCancelledError,
    UnsignedPackError,
    UntrustedKeyError,
)
from tutor.content.manifest import PackError
from tutor.content.signing import generate_key_files, load_private_key
from tutor.content.source import load_source
from tutor.facade import Tutor
from tutor.paths import DataPaths
from tutor.storage.engine import Database
from tutor.storage.models import AttemptEvent, Device, InstalledPack, Item, Learner, Lesson, Skill

PACK_ID = "org.example.math.fractions"


@pytest.fixture
def tutor(tmp_path: Path) -> Iterator[Tutor]:
    opened = Tutor.open(DataPaths(tmp_path / "data"))
    opened.complete_first_run(SAMPLE_SETUP)
    yield opened
    opened.close()


@pytest.fixture
def key(tmp_path: Path) -> Path:
    path = tmp_path / "keys" / "district.key"
    path.parent.mkdir()
    generate_key_files(path, "Example District")
    return path


def build(
    tmp_path: Path,
    name: str,
    key: Path | None,
    *,
    version: str = "1.0.0",
    drop_item: str | None = None,
    source: Path | None = None,
) -> Path:
    folder = write_source(source or tmp_path / f"src-{name}")
    pack_toml = folder / "pack.toml"
    pack_toml.write_text(pack_toml.read_text().replace('"1.0.0"', f'"{version}"'))
    if drop_item:
        items = folder / "items" / "fractions.txt"
        blocks = items.read_text().split("=== ")
        items.write_text("=== ".join(b for b in blocks if not b.startswith(drop_item + "\n")))
    output = tmp_path / f"{name}.tutorpack"
    build_pack(load_source(folder), output, None if key is None else load_private_key(key))
    return output


def rows(tutor: Tutor, model: type, *where: ColumnElement[bool]) -> int:
    database = Database(tutor.paths.database)
    try:
        with database.read() as session:
            return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)
    finally:
        database.close()


def stored_files(tutor: Tutor) -> set[str]:
    return tutor.content_store.stored_hashes()


def trust(tutor: Tutor, pack: Path) -> None:
    with pytest.raises(UntrustedKeyError) as untrusted:
        tutor.install_pack(pack)
    tutor.trust_key(untrusted.value.key, untrusted.value.publisher)


def test_a_pack_from_an_untrusted_key_installs_once_its_key_is_trusted(
    tmp_path: Path, tutor: Tutor, key: Path
) -> None:
    pack = build(tmp_path, "v1", key)
    with pytest.raises(UntrustedKeyError) as untrusted:
        tutor.install_pack(pack)
    assert untrusted.value.key.fingerprint in str(untrusted.value)
    assert tutor.installed_packs() == []
    tutor.trust_key(untrusted.value.key, untrusted.value.publisher)

    progress: list[tuple[int, int]] = []

    def report(done: int, total: int) -> bool:
        progress.append((done, total))
        return True

    result = tutor.install_pack(pack, progress=report)
    assert (result.pack_id, result.version, result.previous_version) == (PACK_ID, "1.0.0", None)
    assert progress[-1][0] == progress[-1][1] > 0
    [info] = tutor.installed_packs()
    assert (info.title, info.items, info.signing_key_id) == (
        "Fractions",
        8,
        untrusted.value.key.key_id,
    )
    assert rows(tutor, Skill) == 3
    assert rows(tutor, Item, Item.id == f"{PACK_ID}/halves-1") == 1
    assert rows(tutor, Lesson) == 1
    assert len(stored_files(tutor)) == 2  # the lesson and the image


def test_an_unsigned_pack_needs_an_explicit_override(tmp_path: Path, tutor: Tutor) -> None:
    pack = build(tmp_path, "unsigned", None)
    with pytest.raises(UnsignedPackError, match="not signed"):
        tutor.install_pack(pack)
    assert rows(tutor, InstalledPack) == 0
    assert tutor.install_pack(pack, allow_unsigned=True).items == 8


def record_attempt(tutor: Tutor, item_id: str) -> None:
    database = Database(tutor.paths.database)
    try:
        with database.write() as session:
            device = session.scalars(select(Device)).one()
            learner = session.scalars(select(Learner)).first()
            assert learner is not None
            device.last_sequence += 1
            session.add(
                AttemptEvent(
                    device_id=device.id,
                    sequence=device.last_sequence,
                    learner_id=learner.id,
                    item_id=item_id,
                    skill_id=f"{PACK_ID}/equal-parts",
                    response={"choice": 0},
                    score=1.0,
                    correct=True,
                    answered_at=datetime.now(UTC),
                )
            )
    finally:
        database.close()


def test_an_update_keeps_ids_retires_dropped_items_and_keeps_their_attempts(
    tmp_path: Path, tutor: Tutor, key: Path
) -> None:
    first = build(tmp_path, "v1", key)
    trust(tutor, first)
    tutor.install_pack(first)
    record_attempt(tutor, f"{PACK_ID}/halves-1")

    second = build(tmp_path, "v2", key, version="1.1.0", drop_item="halves-1")
    result = tutor.install_pack(second)
    assert (result.previous_version, result.version, result.retired_items) == ("1.0.0", "1.1.0", 1)
    assert rows(tutor, Item) == 8
    assert rows(tutor, Item, Item.retired_at.is_not(None)) == 1
    assert tutor.installed_packs()[0].items == 7
    assert rows(tutor, AttemptEvent, AttemptEvent.item_id == f"{PACK_ID}/halves-1") == 1

    third = build(tmp_path, "v3", key, version="1.2.0")  # the item comes back
    tutor.install_pack(third)
    assert rows(tutor, Item, Item.retired_at.is_not(None)) == 0


def test_a_downgrade_is_refused_unless_forced(tmp_path: Path, tutor: Tutor, key: Path) -> None:
    newer = build(tmp_path, "v2", key, version="2.0.0")
    trust(tutor, newer)
    tutor.install_pack(newer)
    older = build(tmp_path, "v1", key, version="1.9.0")
    with pytest.raises(DowngradeError, match=r"older 1\.9\.0"):
        tutor.install_pack(older)
    assert tutor.installed_packs()[0].version == "2.0.0"
    assert tutor.install_pack(older, allow_downgrade=True).version == "1.9.0"


def test_cancelling_changes_nothing_and_leaves_no_files(
    tmp_path: Path, tutor: Tutor, key: Path
) -> None:
    pack = build(tmp_path, "v1", key)
    trust(tutor, pack)
    calls = 0

    def cancel_after_first_file(done: int, total: int) -> bool:
        nonlocal calls
        calls += 1
        return calls < 3

    with pytest.raises(InstallCancelledError):
        tutor.install_pack(pack, progress=cancel_after_first_file)
    assert rows(tutor, InstalledPack) == 0
    assert stored_files(tutor) == set()
    assert not (tutor.paths.content_store / "tmp").exists() or not any(
        (tutor.paths.content_store / "tmp").iterdir()
    )


def test_a_media_file_that_differs_from_its_signed_hash_installs_nothing(
    tmp_path: Path, tutor: Tutor, key: Path
) -> None:
    pack = build(tmp_path, "v1", key)
    trust(tutor, pack)
    tampered = tmp_path / "tampered.tutorpack"
    with zipfile.ZipFile(pack) as original, zipfile.ZipFile(tampered, "w") as copy:
        for info in original.infolist():
            data = original.read(info)
            if info.filename == "media/pizzas.png":
                data = bytes(len(data))
            copy.writestr(info, data)
    with pytest.raises(PackError, match="SHA-256 differs"):
        tutor.install_pack(tampered)
    assert rows(tutor, InstalledPack) == 0
    assert stored_files(tutor) == set()


def test_removing_a_pack_keeps_attempts_and_media_another_pack_uses(
    tmp_path: Path, tutor: Tutor, key: Path
) -> None:
    first = build(tmp_path, "v1", key)
    trust(tutor, first)
    tutor.install_pack(first)
    other_source = write_source(tmp_path / "src-other")
    pack_toml = other_source / "pack.toml"
    pack_toml.write_text(pack_toml.read_text().replace(PACK_ID, "org.example.math.other"))
    other = tmp_path / "other.tutorpack"
    build_pack(load_source(other_source), other, load_private_key(key))
    tutor.install_pack(other)
    record_attempt(tutor, f"{PACK_ID}/halves-1")
    shared = stored_files(tutor)

    tutor.remove_pack(PACK_ID)
    assert [info.id for info in tutor.installed_packs()] == ["org.example.math.other"]
    assert rows(tutor, Item, Item.pack_id == PACK_ID) == 0
    assert rows(tutor, AttemptEvent) == 1
    assert stored_files(tutor) == shared  # the other pack uses the same files

    tutor.remove_pack("org.example.math.other")
    assert stored_files(tutor) == set()


def test_leftovers_of_a_killed_install_are_cleared_at_the_next_start(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    Tutor.open(paths).close()
    partial = paths.content_store / "tmp" / "abc.part"
    partial.parent.mkdir(parents=True)
    partial.write_bytes(b"half a file")
    orphan = paths.content_store / "ab" / ("ab" + "0" * 62)
    orphan.parent.mkdir()
    orphan.write_bytes(b"complete but never referenced")

    Tutor.open(paths).close()
    assert not partial.exists()
    assert not orphan.exists()
