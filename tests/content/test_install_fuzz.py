"""Mutated packs give a clear refusal or a valid install: never a crash, never a half install."""

from __future__ import annotations

import io
import json
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.content.conftest import write_source
from tutor.content.build import MANIFEST_NAME, SIGNATURE_NAME, build_pack
from tutor.content.canonical import canonical_json
from tutor.content.install import InstallError
from tutor.content.manifest import PackError
from tutor.content.signing import generate_key_files, load_private_key, load_public_key, sign
from tutor.content.source import load_source
from tutor.facade import Tutor
from tutor.paths import DataPaths


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path, bytes]]:
    root = tmp_path_factory.mktemp("fuzz")
    key = root / "k"
    generate_key_files(key, "Fuzz")
    pack = root / "valid.tutorpack"
    build_pack(load_source(write_source(root / "src")), pack, load_private_key(key))
    yield root, key, pack.read_bytes()


def fresh_data_dir(root: Path, key: Path) -> Path:
    """A new data folder copied from a migrated one that already trusts the key (fast)."""
    template = root / "template"
    if not template.exists():
        tutor = Tutor.open(DataPaths(template))
        tutor.trust_key(load_public_key(key.with_name(key.name + ".pub")), "Fuzz")
        tutor.close()
    target = Path(tempfile.mkdtemp(dir=root, prefix="data-"))
    shutil.copytree(template, target, dirs_exist_ok=True)
    return target


def attempt_install(root: Path, key: Path, data: bytes) -> None:
    """Install `data` into a fresh data folder; check the outcome is all or nothing."""
    data_dir = fresh_data_dir(root, key)
    candidate = data_dir / "candidate.tutorpack"
    candidate.write_bytes(data)
    tutor = Tutor.open(DataPaths(data_dir))
    try:
        try:
            result = tutor.install_pack(candidate)
        except (PackError, InstallError) as refused:
            assert str(refused).strip()
            assert tutor.installed_packs() == []
            assert tutor.content_store.stored_hashes() == set()
        else:
            [info] = tutor.installed_packs()
            assert info.items == result.items
    finally:
        tutor.close()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_flipped_or_cut_bytes_never_crash_the_installer(
    material: tuple[Path, Path, bytes], data: st.DataObject
) -> None:
    root, key, valid = material
    mutated = bytearray(valid)
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(mutated) - 1))
        mutated[position] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        mutated = mutated[: data.draw(st.integers(0, len(mutated)))]
    attempt_install(root, key, bytes(mutated))


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_signed_but_mutated_manifests_are_refused_clearly_or_install_whole(
    material: tuple[Path, Path, bytes], data: st.DataObject
) -> None:
    """The publisher's own key signs a manifest with a random change: only the checks stand
    between it and the database."""
    root, key, valid = material
    with zipfile.ZipFile(io.BytesIO(valid)) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(entries[MANIFEST_NAME])
    target = manifest
    path = data.draw(st.lists(st.integers(0, 9), min_size=1, max_size=4))
    for step in path[:-1]:
        children = list(target.values()) if isinstance(target, dict) else target
        containers = [c for c in children if isinstance(c, dict | list) and c]
        if not containers:
            break
        target = containers[step % len(containers)]
    if isinstance(target, dict) and target:
        field = sorted(target)[path[-1] % len(target)]
        target[field] = data.draw(JSON_VALUES)
    elif isinstance(target, list) and target:
        target[path[-1] % len(target)] = data.draw(JSON_VALUES)
    manifest_bytes = canonical_json(manifest)
    entries[MANIFEST_NAME] = manifest_bytes
    entries[SIGNATURE_NAME] = canonical_json(sign(manifest_bytes, load_private_key(key)))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    attempt_install(root, key, buffer.getvalue())
