"""A damaged, tampered, forged or inconsistent bundle is refused with a message that says so,
and the database is left exactly as it was."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.sync.conftest import Laptop
from tests.sync.helpers import (
    dump,
    edit_lines,
    file_digests,
    learner_id,
    members,
    practise,
    rewrite,
    write_members,
)
from tutor.content.signing import load_private_key, public_key_of
from tutor.facade import Tutor
from tutor.sync.errors import (
    BundleError,
    BundleForgedError,
    BundleInconsistentError,
    BundleTamperedError,
    BundleUnreadableError,
    BundleVersionError,
)


@dataclass
class Scene:
    source: Tutor
    target: Tutor
    bundle: Path
    folder: Path

    @property
    def key(self) -> Ed25519PrivateKey:
        return load_private_key(self.source.paths.device_key)


def new_id(document: dict[str, Any]) -> None:
    document["bundle_id"] = str(uuid.uuid4())


def flip_a_byte(data: bytes) -> bytes:
    return data[:40] + bytes([data[40] ^ 0x01]) + data[41:]


def forged(scene: Scene) -> Path:
    """Signed consistently, by a new key that claims to be the source laptop."""
    other = Ed25519PrivateKey.generate()
    line = public_key_of(other, "forged").to_line()
    source_id = scene.source.device()
    assert source_id is not None

    def claim(document: dict[str, Any]) -> None:
        new_id(document)
        document["source"]["public_key"] = line

    def device(record: dict[str, Any]) -> None:
        record["public_key"] = line

    return rewrite(
        scene.bundle,
        scene.folder / "forged.tutorbundle",
        payloads={"devices.jsonl": edit_lines(device)},
        manifest=claim,
        rehash=True,
        key=other,
    )


def truncated(scene: Scene) -> Path:
    target = scene.folder / "cut.tutorbundle"
    data = scene.bundle.read_bytes()
    target.write_bytes(data[: len(data) // 2])
    return target


def with_member(name: str, data: bytes) -> Callable[[Scene], Path]:
    def build(scene: Scene) -> Path:
        contents = members(scene.bundle)
        contents[name] = data
        target = scene.folder / "extra.tutorbundle"
        write_members(target, contents)
        return target

    return build


def edited(
    payloads: dict[str, Callable[[bytes], bytes]] | None = None,
    manifest: Callable[[dict[str, Any]], None] | None = None,
    *,
    rehash: bool = False,
    resign: bool = False,
) -> Callable[[Scene], Path]:
    def build(scene: Scene) -> Path:
        key = scene.key if resign else None
        target = scene.folder / "edited.tutorbundle"
        return rewrite(
            scene.bundle, target, payloads=payloads, manifest=manifest, rehash=rehash, key=key
        )

    return build


def other_signature(scene: Scene) -> Path:
    contents = members(scene.bundle)
    from tutor.content.signing import sign

    contents["manifest.sig"] = json.dumps(
        sign(contents["manifest.json"], Ed25519PrivateKey.generate())
    ).encode()
    target = scene.folder / "resigned.tutorbundle"
    write_members(target, contents)
    return target


def bad_records(data: bytes) -> bytes:
    lines = data.decode().splitlines()
    first, second = json.loads(lines[0]), json.loads(lines[1])
    first["score"] = 2
    first["context"] = "homework"
    second["surprise"] = True
    lines[0], lines[1] = json.dumps(first), json.dumps(second)
    return ("\n".join(lines) + "\n").encode()


def same_number_other_answer(record: dict[str, Any]) -> None:
    record["id"] = str(uuid.uuid4())


CASES: dict[str, tuple[Callable[[Scene], Path], type[BundleError], str]] = {
    "payload byte flipped": (
        edited({"attempt_events.jsonl": flip_a_byte}),
        BundleTamperedError,
        "file attempt_events.jsonl does not match its hash",
    ),
    "manifest edited": (
        edited(manifest=lambda d: d["source"].update(device_name="Laptop X")),
        BundleTamperedError,
        "its signature does not match its manifest",
    ),
    "signed by another key": (other_signature, BundleTamperedError, "not signed by the laptop"),
    "forged device key": (forged, BundleForgedError, "it may be forged"),
    "truncated": (truncated, BundleUnreadableError, "cut short"),
    "path escapes": (with_member("../evil.jsonl", b"x"), BundleUnreadableError, "outside it"),
    "unexpected member": (with_member("notes.txt", b"x"), BundleUnreadableError, "never holds"),
    "zip bomb": (
        with_member("lesson_views.jsonl", b"\n" * 20_000_000),
        BundleUnreadableError,
        "zip bomb",
    ),
    "newer format": (
        edited(manifest=lambda d: d.update(version=2)),
        BundleVersionError,
        "Update Tutor",
    ),
    "malformed records": (
        edited({"attempt_events.jsonl": bad_records}, new_id, rehash=True, resign=True),
        BundleInconsistentError,
        "score is not from 0 to 1",
    ),
    "answer number reused": (
        edited(
            {"attempt_events.jsonl": edit_lines(same_number_other_answer)},
            new_id,
            rehash=True,
            resign=True,
        ),
        BundleInconsistentError,
        "contradicts the answers already on this laptop",
    ),
}


@pytest.fixture
def scene(laptop: Laptop, usb: Path, tmp_path: Path) -> Scene:
    source = laptop("Laptop A")
    practise(source, learner_id(source, "Ana"), 6)
    bundle = source.export_bundle(usb).path
    target = laptop("Laptop B", learners=("Zawadi",))
    target.import_bundle(bundle)  # B knows A, its key and its answers
    practise(target, learner_id(target, "Zawadi"), 2)
    folder = tmp_path / "made"
    folder.mkdir()
    return Scene(source, target, bundle, folder)


@pytest.mark.parametrize("case", list(CASES))
def test_a_bad_bundle_is_refused_and_changes_nothing(scene: Scene, case: str) -> None:
    build, error_type, words = CASES[case]
    bad = build(scene)
    database = scene.target.paths.database
    before, digests = dump(database, skip=set()), file_digests(database)

    with pytest.raises(error_type) as refused:
        scene.target.verify_bundle(bad)
    assert words in str(refused.value)
    with pytest.raises(error_type) as refused:
        scene.target.import_bundle(bad)

    assert words in str(refused.value)
    assert "Traceback" not in str(refused.value)
    assert dump(database, skip=set()) == before
    assert file_digests(database) == digests


def test_every_problem_in_the_records_is_reported(scene: Scene) -> None:
    bad = edited({"attempt_events.jsonl": bad_records}, new_id, rehash=True, resign=True)(scene)
    with pytest.raises(BundleInconsistentError) as refused:
        scene.target.import_bundle(bad)
    problems = refused.value.problems
    assert any("score" in p for p in problems)
    assert any("context" in p for p in problems)
    assert any("surprise" in p and "line 2" in p for p in problems)


def test_a_missing_file_and_a_file_that_is_no_bundle_are_explained(
    scene: Scene, tmp_path: Path
) -> None:
    with pytest.raises(BundleUnreadableError, match="There is no file"):
        scene.target.import_bundle(tmp_path / "nowhere.tutorbundle")
    text = tmp_path / "notes.tutorbundle"
    text.write_text("not a zip")
    with pytest.raises(BundleUnreadableError, match="not a Tutor progress bundle"):
        scene.target.import_bundle(text)


def test_a_new_key_for_an_unknown_laptop_is_learned_on_first_import(
    laptop: Laptop, usb: Path
) -> None:
    """A laptop never seen before is trusted on first use; only a change of key is refused."""
    source = laptop("Laptop A")
    bundle = source.export_bundle(usb).path
    fresh = laptop("Laptop C")
    fresh.import_bundle(bundle)
    scene = Scene(source, fresh, bundle, usb)
    with pytest.raises(BundleForgedError):
        fresh.import_bundle(forged(scene))
