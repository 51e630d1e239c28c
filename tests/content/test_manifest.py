"""Rules across a manifest that a schema cannot express."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tutor.content.manifest import PackError, check_manifest, find_cycle

SHA = "0" * 64


def minimal_manifest() -> dict[str, Any]:
    return {
        "format": 1,
        "pack": {
            "id": "org.example.test",
            "version": "1.0.0",
            "language": "en",
            "grade_band": "3-5",
            "licence": "CC0-1.0",
            "publisher": "P",
            "title": {"en": "T"},
            "description": {},
        },
        "skills": [
            {"id": "a", "title": "A", "description": "", "prerequisites": []},
            {"id": "b", "title": "B", "description": "", "prerequisites": ["a"]},
        ],
        "lessons": [{"id": "l1", "skill": "a", "title": "L", "body": "lessons/l1.md", "media": []}],
        "items": [
            {
                "id": "i1",
                "type": "extended_text",
                "skill": "b",
                "prompt": "Why?",
                "hints": [],
                "solution": None,
                "difficulty": None,
                "media": [{"kind": "image", "path": "media/x.png"}],
            }
        ],
        "files": [
            {"path": "lessons/l1.md", "sha256": SHA, "size": 1},
            {"path": "media/x.png", "sha256": SHA, "size": 1},
        ],
    }


def problems_of(manifest: dict[str, Any]) -> str:
    with pytest.raises(PackError) as refused:
        check_manifest(manifest)
    return str(refused.value)


def test_a_minimal_manifest_is_accepted() -> None:
    check_manifest(minimal_manifest())


def test_cycles_are_found_and_shown_as_a_path() -> None:
    assert find_cycle({"a": [], "b": ["a"]}) == []
    assert find_cycle({"a": ["c"], "b": ["a"], "c": ["b"]}) == ["a", "c", "b", "a"]
    assert find_cycle({"a": ["a"]}) == ["a", "a"]
    manifest = minimal_manifest()
    manifest["skills"][0]["prerequisites"] = ["b"]
    assert "go round in a circle: a → b → a" in problems_of(manifest)


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (lambda m: m["skills"][1]["prerequisites"].append("zzz"), "prerequisite 'zzz'"),
        (lambda m: m["items"][0].update(skill="nope"), "skill 'nope' is not in skills.toml"),
        (lambda m: m["lessons"][0].update(skill="nope"), "skill 'nope'"),
        (lambda m: m["files"].pop(), "media/x.png is missing"),
        (lambda m: m["files"].pop(0), "lessons/l1.md is missing"),
        (lambda m: m["skills"].append(copy.deepcopy(m["skills"][0])), "skill id is used twice"),
        (lambda m: m["items"].append(copy.deepcopy(m["items"][0])), "item id is used twice"),
        (
            lambda m: m["files"].append({"path": "media/X.png", "sha256": SHA, "size": 1}),
            "listed twice",
        ),
    ],
)
def test_consistency_problems_are_named(change: Any, complaint: str) -> None:
    manifest = minimal_manifest()
    change(manifest)
    assert complaint in problems_of(manifest)


@pytest.mark.parametrize(
    ("change", "place"),
    [
        (lambda m: m["pack"].update(id="Not An Id"), "pack.id"),
        (lambda m: m["pack"].update(version="1.0"), "pack.version"),
        (lambda m: m["items"][0].update(difficulty=9), "items[0].difficulty"),
        (lambda m: m["items"][0].update(type="essay"), "items[0].type"),
        (lambda m: m["files"][0].update(path="../../etc/passwd"), "files[0].path"),
        (lambda m: m["items"][0].update(choices=[]), "items[0]"),
        (lambda m: m.update(extra=1), "top level"),
    ],
)
def test_schema_problems_name_the_place_in_the_manifest(change: Any, place: str) -> None:
    manifest = minimal_manifest()
    change(manifest)
    assert f"manifest.json: {place}" in problems_of(manifest)


def test_every_problem_is_reported_at_once() -> None:
    manifest = minimal_manifest()
    manifest["items"][0]["skill"] = "nope"
    manifest["skills"][1]["prerequisites"] = ["zzz"]
    message = problems_of(manifest)
    assert "skill 'nope'" in message and "prerequisite 'zzz'" in message
