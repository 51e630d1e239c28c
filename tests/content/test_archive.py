"""Built packs: deterministic, signed, verified — and every kind of broken pack refused clearly."""

from __future__ import annotations

import json
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tutor.content.archive import open_pack
from tutor.content.build import MANIFEST_NAME, SIGNATURE_NAME, build_pack
from tutor.content.canonical import canonical_json
from tutor.content.item_fields import TYPE_NAMES
from tutor.content.manifest import PackError
from tutor.content.signing import generate_key_files, load_private_key, sign
from tutor.content.source import load_source


@pytest.fixture
def key_path(tmp_path: Path) -> Path:
    path = tmp_path / "keys" / "district.key"
    path.parent.mkdir()
    generate_key_files(path, "Example District")
    return path


@pytest.fixture
def signed_pack(tmp_path: Path, source_folder: Path, key_path: Path) -> Path:
    output = tmp_path / "fractions.tutorpack"
    build_pack(load_source(source_folder), output, load_private_key(key_path))
    return output


def entries(pack: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(pack) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write_zip(
    path: Path, contents: dict[str, bytes], extra: list[zipfile.ZipInfo] | None = None
) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate names we add on purpose
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in contents.items():
                archive.writestr(name, data)
            for info in extra or []:
                archive.writestr(
                    info, b"x" if not info.filename.endswith("bomb") else b"\0" * 10_000_000
                )
    return path


def resigned(
    contents: dict[str, bytes], manifest: dict[str, Any], key_path: Path
) -> dict[str, bytes]:
    """The pack's entries with a changed manifest, properly signed again (to reach later checks)."""
    manifest_bytes = canonical_json(manifest)
    signature = canonical_json(sign(manifest_bytes, load_private_key(key_path)))
    return {**contents, MANIFEST_NAME: manifest_bytes, SIGNATURE_NAME: signature}


def test_a_built_pack_opens_verified_and_signed_by_its_key(
    signed_pack: Path, key_path: Path
) -> None:
    opened = open_pack(signed_pack)
    assert opened.pack_id == "org.example.math.fractions"
    assert opened.version == "1.0.0"
    assert opened.signer is not None
    assert (
        opened.signer.to_line().split()[1]
        == key_path.with_suffix(".key.pub").read_text().split()[1]
    )
    types = sorted(item["type"] for item in opened.manifest["items"])
    assert types == sorted(TYPE_NAMES.values())  # the fixture has one item of each type
    assert [f["path"] for f in opened.manifest["files"]] == [
        "lessons/what-is-a-half.md",
        "media/pizzas.png",
    ]


def test_building_twice_gives_identical_bytes(tmp_path: Path, source_folder: Path) -> None:
    first, second = tmp_path / "a.tutorpack", tmp_path / "b.tutorpack"
    build_pack(load_source(source_folder), first)
    build_pack(load_source(source_folder), second)
    assert first.read_bytes() == second.read_bytes()
    assert open_pack(first).signer is None


def test_media_is_stored_and_text_compressed(signed_pack: Path) -> None:
    with zipfile.ZipFile(signed_pack) as archive:
        kinds = {info.filename: info.compress_type for info in archive.infolist()}
    assert kinds["media/pizzas.png"] == zipfile.ZIP_STORED
    assert kinds["lessons/what-is-a-half.md"] == zipfile.ZIP_DEFLATED


Mutation = Callable[[Path, dict[str, bytes], dict[str, Any], Path], Path]


def _truncated(out: Path, contents: dict[str, bytes], manifest: dict[str, Any], key: Path) -> Path:
    data = write_zip(out, contents).read_bytes()
    out.write_bytes(data[: len(data) // 2])
    return out


def _manifest_change(change: Callable[[dict[str, Any]], object]) -> Mutation:
    def mutate(out: Path, contents: dict[str, bytes], manifest: dict[str, Any], key: Path) -> Path:
        change(manifest)
        return write_zip(out, resigned(contents, manifest, key))

    return mutate


def _entries_change(change: Callable[[dict[str, bytes]], object]) -> Mutation:
    def mutate(out: Path, contents: dict[str, bytes], manifest: dict[str, Any], key: Path) -> Path:
        change(contents)
        return write_zip(out, contents)

    return mutate


def _extra(name: str, mode: int = 0o100644) -> Mutation:
    def mutate(out: Path, contents: dict[str, bytes], manifest: dict[str, Any], key: Path) -> Path:
        info = zipfile.ZipInfo(name)
        info.external_attr = mode << 16
        info.compress_type = zipfile.ZIP_DEFLATED
        return write_zip(out, contents, [info])

    return mutate


def _cycle(manifest: dict[str, Any]) -> None:
    manifest["skills"][0]["prerequisites"] = ["adding-like"]


BROKEN: dict[str, tuple[Mutation, str]] = {
    "truncated zip": (_truncated, "cut short"),
    "invalid JSON": (
        _entries_change(lambda c: c.update({MANIFEST_NAME: b"{not json"})),
        "not valid JSON",
    ),
    "schema violation": (
        _manifest_change(lambda m: m["pack"].update(version="one")),
        "pack.version",
    ),
    "missing file": (
        _entries_change(lambda c: c.pop("media/pizzas.png")),
        "missing files its manifest lists",
    ),
    "hash mismatch": (
        _entries_change(
            lambda c: c.update({"media/pizzas.png": bytes(len(c["media/pizzas.png"]))})
        ),
        "SHA-256 differs",
    ),
    "size mismatch": (
        _entries_change(lambda c: c.update({"media/pizzas.png": b"tiny"})),
        "the manifest says",
    ),
    "wrong signature": (
        _entries_change(
            lambda c: c.update(
                {MANIFEST_NAME: c[MANIFEST_NAME].replace(b"Fractions", b"Fractionz")}
            )
        ),
        "changed after key",
    ),
    "path escape": (_extra("../../evil.sh"), "escape the pack"),
    "absolute path": (_extra("/etc/cron.d/evil"), "escape the pack"),
    "symlink": (_extra("media/link.png", 0o120777), "is a link"),
    "compression bomb": (_extra("media/bomb"), "zip bomb"),
    "duplicate names": (_extra("media/pizzas.png"), "appears twice"),
    "unlisted file": (_extra("media/extra.png"), "does not list"),
    "duplicate ids": (
        _manifest_change(lambda m: m["items"].append(dict(m["items"][0]))),
        "item id is used twice",
    ),
    "prerequisite cycle": (_manifest_change(_cycle), "go round in a circle"),
    "missing skill": (
        _manifest_change(lambda m: m["items"][0].update(skill="long-division")),
        "'long-division'",
    ),
    "future format": (_manifest_change(lambda m: m.update(format=2)), "newer Tutor"),
    "not a zip": (lambda out, c, m, k: (out.write_bytes(b"hello"), out)[1], "is not a Tutor pack"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_each_broken_pack_is_refused_with_its_own_message(
    case: str, tmp_path: Path, signed_pack: Path, key_path: Path
) -> None:
    mutate, message = BROKEN[case]
    contents = entries(signed_pack)
    manifest = json.loads(contents[MANIFEST_NAME])
    broken = mutate(tmp_path / "broken.tutorpack", contents, manifest, key_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(PackError) as refused:
        open_pack(broken)
    assert message in str(refused.value), str(refused.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing written


def test_the_broken_pack_messages_are_all_different(
    tmp_path: Path, signed_pack: Path, key_path: Path
) -> None:
    messages = set()
    for case, (mutate, _) in BROKEN.items():
        contents = entries(signed_pack)
        broken = mutate(
            tmp_path / f"{case}.tutorpack", contents, json.loads(contents[MANIFEST_NAME]), key_path
        )
        with pytest.raises(PackError) as refused:
            open_pack(broken)
        messages.add(str(refused.value).replace(broken.name, ""))
    assert len(messages) == len(BROKEN)


def test_reading_entries_directly_gives_the_same_bytes_as_zipfile(signed_pack: Path) -> None:
    from tutor.content.archive import member_reader

    with zipfile.ZipFile(signed_pack) as archive, signed_pack.open("rb") as raw:
        for name in archive.namelist():
            with member_reader(archive, raw, name) as reader:
                assert reader.read() == archive.read(name), name


def test_a_stored_entry_cut_short_is_an_error_not_a_short_read(
    tmp_path: Path, signed_pack: Path
) -> None:
    from tutor.content.archive import member_reader

    with zipfile.ZipFile(signed_pack) as archive:
        info = archive.getinfo("media/pizzas.png")
    cut = tmp_path / "cut.tutorpack"
    cut.write_bytes(signed_pack.read_bytes()[: info.header_offset + 60])
    with zipfile.ZipFile(signed_pack) as archive, cut.open("rb") as raw:
        reader = member_reader(archive, raw, "media/pizzas.png")
        with pytest.raises(EOFError):
            reader.read()
