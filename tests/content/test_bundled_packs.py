"""The bundled packs are real teaching material: complete, consistent and signed.

Checks the requirements of the content-pack issue: a fractions pack (grades 3–5) with at least
8 skills in a prerequisite graph and 120 items using every item type; a second subject with at
least 60 items; a pack in another language; every auto-graded item with hints, a worked solution
and feedback for a wrong answer.
"""

from __future__ import annotations

from collections import Counter
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import pack_source_folders
from tutor.content.archive import open_pack
from tutor.content.bundled import DEMO_PUBLISHER_KEY, bundled_pack_files
from tutor.content.item_fields import TYPE_NAMES
from tutor.content.item_text import parse_number
from tutor.content.signing import load_public_key
from tutor.content.source import load_source

ALL_TYPES = set(TYPE_NAMES.values())


def manifest_of(name: str) -> dict[str, Any]:
    return load_source(Path(__file__).resolve().parents[2] / "content_packs" / name).manifest


def has_wrong_answer_feedback(item: dict[str, Any]) -> bool:
    if item["type"] in ("single_choice", "multiple_choice"):
        return any(choice["feedback"] for choice in item["choices"] if not choice["correct"])
    if item["type"] in ("numeric", "short_text", "fill_gaps"):
        return bool(item["misconceptions"])
    return True  # ordering and matching: the solution explains the right arrangement


@pytest.mark.parametrize("folder", pack_source_folders(), ids=lambda path: path.name)
def test_every_graded_item_teaches_hints_solution_and_feedback(folder: Path) -> None:
    manifest = load_source(folder).manifest
    for item in manifest["items"]:
        assert item["hints"], f"{folder.name}: {item['id']} has no hint"
        assert item["solution"], f"{folder.name}: {item['id']} has no worked solution"
        assert has_wrong_answer_feedback(item), f"{folder.name}: {item['id']} has no feedback"


def test_the_fractions_pack_covers_grades_three_to_five() -> None:
    manifest = manifest_of("fractions")
    assert manifest["pack"]["grade_band"] == "3-5"
    assert len(manifest["skills"]) >= 8
    assert sum(1 for skill in manifest["skills"] if skill["prerequisites"]) >= 7
    assert len(manifest["items"]) >= 120
    assert {item["type"] for item in manifest["items"]} == ALL_TYPES
    per_skill = Counter(item["skill"] for item in manifest["items"])
    assert all(per_skill[skill["id"]] >= 5 for skill in manifest["skills"]), per_skill
    lessons_for = {lesson["skill"] for lesson in manifest["lessons"]}
    assert lessons_for == {skill["id"] for skill in manifest["skills"]}


def test_numeric_answers_in_simplest_form_are_in_lowest_terms() -> None:
    for folder in pack_source_folders():
        for item in load_source(folder).manifest["items"]:
            if item["type"] == "numeric" and item["answer"]["simplest_form"]:
                value = item["answer"]["value"]
                written = value.split()[-1]
                if "/" in written:
                    top, bottom = (int(part) for part in written.lstrip("-").split("/"))
                    fraction = Fraction(top, bottom)
                    assert (fraction.numerator, fraction.denominator) == (top, bottom), (
                        f"{folder.name}: {item['id']}: {value} is not in lowest terms"
                    )
                parse_number(value)


def test_a_second_subject_has_at_least_sixty_items() -> None:
    manifest = manifest_of("science")
    assert len(manifest["items"]) >= 60
    assert len({item["type"] for item in manifest["items"]}) == len(ALL_TYPES)


def test_one_pack_is_in_another_language() -> None:
    languages = {
        load_source(folder).manifest["pack"]["language"] for folder in pack_source_folders()
    }
    assert languages & {"fr", "es", "sw"}


def test_every_bundled_pack_is_signed_by_the_demo_publisher(built_bundled_packs: Path) -> None:
    demo = load_public_key(DEMO_PUBLISHER_KEY)
    files = bundled_pack_files(built_bundled_packs)
    assert len(files) == len(pack_source_folders()) >= 3
    for path in files:
        signer = open_pack(path).signer
        assert signer is not None and signer.key_id == demo.key_id, path.name
