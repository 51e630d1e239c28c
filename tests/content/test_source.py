"""Source folders: read into a manifest, or refused with every problem named by file and line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tutor.content.manifest import PackError
from tutor.content.source import load_source


def problems(folder: Path) -> str:
    with pytest.raises(PackError) as refused:
        load_source(folder)
    return str(refused.value)


def test_a_complete_source_folder_becomes_a_manifest(source_folder: Path) -> None:
    source = load_source(source_folder)
    manifest = source.manifest
    assert manifest["pack"]["title"] == {"en": "Fractions", "fr": "Les fractions"}
    assert [skill["id"] for skill in manifest["skills"]] == [
        "equal-parts",
        "unit-fractions",
        "adding-like",
    ]
    lesson = manifest["lessons"][0]
    assert lesson == {
        "id": "what-is-a-half",
        "skill": "equal-parts",
        "title": "What is a half?",
        "body": "lessons/what-is-a-half.md",
        "media": ["media/pizzas.png"],
    }
    assert len(manifest["items"]) == 8
    assert all("line" not in item for item in manifest["items"])
    assert set(source.files) == {"lessons/what-is-a-half.md", "media/pizzas.png"}
    sizes = {entry["path"]: entry["size"] for entry in manifest["files"]}
    assert sizes["media/pizzas.png"] == (source_folder / "media" / "pizzas.png").stat().st_size


def test_a_missing_pack_file_is_named(source_folder: Path) -> None:
    (source_folder / "pack.toml").unlink()
    assert "pack.toml: is missing" in problems(source_folder)


def test_broken_toml_is_named_with_its_position(source_folder: Path) -> None:
    (source_folder / "skills.toml").write_text("[[skill]\nid = 1", encoding="utf-8")
    assert "skills.toml: " in problems(source_folder)


def test_a_bad_pack_id_is_named_in_pack_toml(source_folder: Path) -> None:
    path = source_folder / "pack.toml"
    path.write_text(
        path.read_text().replace('"org.example.math.fractions"', '"Fractions!"'), encoding="utf-8"
    )
    assert "pack.toml: id: " in problems(source_folder)


def test_a_lesson_without_its_header_is_named_at_line_one(source_folder: Path) -> None:
    (source_folder / "lessons" / "bare.md").write_text("Just text.\n", encoding="utf-8")
    assert "lessons/bare.md:1: a lesson starts with a +++ header" in problems(source_folder)


def test_a_lesson_loading_from_the_internet_is_refused_at_its_line(source_folder: Path) -> None:
    lesson = source_folder / "lessons" / "what-is-a-half.md"
    lesson.write_text(
        lesson.read_text() + "\n![cat](https://example.com/cat.png)\n", encoding="utf-8"
    )
    message = problems(source_folder)
    assert "lessons/what-is-a-half.md:9: https://example.com/cat.png is outside the pack" in message


def test_an_item_with_an_unknown_skill_is_named_at_its_header_line(source_folder: Path) -> None:
    items = source_folder / "items" / "fractions.txt"
    items.write_text(
        items.read_text().replace(
            "skill: adding-like\nprompt: What is 1/4", "skill: nope\nprompt: What is 1/4"
        ),
        encoding="utf-8",
    )
    header_line = items.read_text().splitlines().index("=== add-quarters") + 1
    assert f"items/fractions.txt:{header_line}: skill 'nope' is not in skills.toml" in problems(
        source_folder
    )


def test_a_prerequisite_cycle_is_named_in_skills_toml(source_folder: Path) -> None:
    path = source_folder / "skills.toml"
    text = path.read_text().replace(
        'description = "Split a whole into parts of the same size."',
        'description = "Split."\nprerequisites = ["adding-like"]',
    )
    path.write_text(text, encoding="utf-8")
    message = problems(source_folder)
    assert "skills.toml: skill 'adding-like': prerequisites go round in a circle" in message or (
        "skills.toml" in message and "go round in a circle" in message
    )


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_a_link_in_the_media_folder_is_refused(source_folder: Path) -> None:
    (source_folder / "media" / "link.png").symlink_to(source_folder / "media" / "pizzas.png")
    assert "media/link.png: is a link" in problems(source_folder)


def test_a_missing_image_is_named_where_it_is_used(source_folder: Path) -> None:
    (source_folder / "media" / "pizzas.png").unlink()
    message = problems(source_folder)
    assert "lessons/what-is-a-half.md:" in message
    assert "../media/pizzas.png is not a file of this pack" in message


def test_several_problems_in_several_files_are_reported_together(source_folder: Path) -> None:
    (source_folder / "pack.toml").unlink()
    (source_folder / "lessons" / "bare.md").write_text("x", encoding="utf-8")
    (source_folder / "items" / "more.txt").write_text("=== x\ntype: riddle\n", encoding="utf-8")
    message = problems(source_folder)
    assert "pack.toml" in message
    assert "lessons/bare.md:1" in message
    assert "items/more.txt:" in message


def test_a_pack_may_set_the_practice_target_within_bounds(source_folder: Path) -> None:
    assert "practice_target" not in load_source(source_folder).manifest["pack"]
    path = source_folder / "pack.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("[title]", "practice_target = 0.8\n\n[title]"), encoding="utf-8")
    assert load_source(source_folder).manifest["pack"]["practice_target"] == 0.8
    path.write_text(text.replace("[title]", "practice_target = 0.99\n\n[title]"), encoding="utf-8")
    assert "pack.toml: practice_target" in problems(source_folder)


def _with_recording(source_folder: Path, header_line: str) -> Path:
    lesson = source_folder / "lessons" / "what-is-a-half.md"
    lesson.write_text(
        lesson.read_text().replace(
            'title = "What is a half?"\n', f'title = "What is a half?"\n{header_line}\n'
        ),
        encoding="utf-8",
    )
    return lesson


def test_a_lesson_recording_named_in_its_header_is_carried_as_its_media(
    source_folder: Path,
) -> None:
    (source_folder / "media" / "half.ogg").write_bytes(b"OggS" + bytes(64))
    _with_recording(source_folder, 'audio = "../media/half.ogg"')
    source = load_source(source_folder)
    lesson = source.manifest["lessons"][0]
    assert lesson["media"] == ["media/pizzas.png", "media/half.ogg"]
    assert "media/half.ogg" in source.files


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            'audio = "../media/nope.ogg"',
            "the recording ../media/nope.ogg is not a file of this pack",
        ),
        ('audio = "../media/pizzas.png"', "a recording is a .ogg, .opus, .mp3, .m4a, .wav file"),
        ('audio = "https://example.com/half.mp3"', "is outside the pack"),
        ("audio = 3", "audio names a recording in quotes"),
    ],
)
def test_a_bad_lesson_recording_is_named(source_folder: Path, header: str, expected: str) -> None:
    _with_recording(source_folder, header)
    message = problems(source_folder)
    assert "lessons/what-is-a-half.md:" in message and expected in message
