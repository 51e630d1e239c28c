"""`tutor pack import-qti` on small QTI 2.2 and 3.0 items, one per interaction type, and on IMS
content packages (zip with imsmanifest.xml), through to a valid source folder and the command."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.content.conftest import png_bytes
from tutor.cli import main
from tutor.content.qti import Conversion, convert_source, import_qti
from tutor.content.source import load_source

FIXTURES = Path(__file__).parent / "qti_fixtures"


@pytest.fixture(scope="module")
def fixtures(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("qti") / "fixtures"
    shutil.copytree(FIXTURES, folder)
    (folder / "images").mkdir()
    (folder / "images" / "my shape.png").write_bytes(png_bytes())
    return folder


@pytest.fixture(scope="module")
def conversion(fixtures: Path) -> Conversion:
    return convert_source(fixtures)


def item(conversion: Conversion, file: str) -> dict[str, Any]:
    (entry,) = [entry for entry in conversion.entries if entry.file == file]
    assert entry.item_id is not None, entry.reason
    return conversion.items[entry.item_id]


def test_every_fixture_converts(conversion: Conversion) -> None:
    assert [entry.reason for entry in conversion.skipped] == []
    assert len(conversion.converted) == len(list(FIXTURES.glob("*.xml")))


def test_order(conversion: Conversion) -> None:
    converted = item(conversion, "order.xml")
    assert converted["type"] == "ordering"
    assert converted["order"] == ["Mercury", "Venus", "Earth", "Mars"]
    assert converted["prompt"] == (
        "The inner planets of the *solar system*.\\\nPut them in order, nearest to the Sun first."
    )


def test_associate_pairs_keep_the_order_of_the_text(conversion: Conversion) -> None:
    converted = item(conversion, "associate.xml")
    assert converted["type"] == "matching"
    assert converted["pairs"] == [
        {"left": "hot", "right": "cold"},
        {"left": "up", "right": "down"},
        {"left": "big", "right": "small"},
    ]


def test_gap_match_lists_the_words_and_ties_feedback_to_a_wrong_word(
    conversion: Conversion,
) -> None:
    converted = item(conversion, "gap_match.xml")
    assert converted["type"] == "fill_gaps"
    assert converted["gaps"] == [{"accepted": ["evaporates"]}, {"accepted": ["rain"]}]
    assert "(evaporates / freezes / rain / snow)" in converted["prompt"]
    assert "Water in the sea [[1]], forms clouds and falls back as [[2]]." in converted["prompt"]
    assert converted["misconceptions"] == [
        {
            "gap": 1,
            "response": "freezes",
            "feedback": "Sea water is too warm to freeze: it is heated by the Sun.",
        }
    ]
    assert converted["solution"] == "The Sun heats the water; it rises and cools into clouds."


def test_extended_text_keeps_lists_and_gives_the_model_answer(conversion: Conversion) -> None:
    converted = item(conversion, "extended.xml")
    assert converted["type"] == "extended_text"
    assert converted["prompt"] == (
        "Explain why we have **seasons**. Use these words:\n- axis\n- tilt\n  1. summer\n"
        "  2. winter"
    )
    assert converted["solution"] == "The Earth's axis is tilted."


def test_slider_becomes_numeric_with_half_a_step(conversion: Conversion) -> None:
    converted = item(conversion, "slider.xml")
    assert converted["type"] == "numeric"
    assert converted["answer"] == {"value": "100", "tolerance": 5.0, "simplest_form": False}
    assert converted["prompt"].endswith("(0 – 200)")


def test_numeric_entry_reads_the_tolerance_and_a_misconception(conversion: Conversion) -> None:
    converted = item(conversion, "numeric.xml")
    assert converted["answer"] == {"value": "3.14", "tolerance": 0.005, "simplest_form": False}
    assert converted["prompt"] == "Give π to two decimal places: \\_\\_\\_"
    assert converted["misconceptions"] == [
        {"response": "22", "feedback": "22 is the top of 22/7: divide by 7."}
    ]


def test_text_entry_accepts_every_positively_mapped_answer(conversion: Conversion) -> None:
    converted = item(conversion, "text_mapping.xml")
    assert converted["type"] == "short_text"
    assert converted["accepted"] == ["Paris", "Paname"]  # not Lyon, mapped to 0
    assert converted["case_sensitive"] is False  # caseSensitive="false" in the mapping


def test_qti3_text_entry_is_case_sensitive_with_a_misconception(conversion: Conversion) -> None:
    converted = item(conversion, "qti3_text_entry.xml")
    assert converted["accepted"] == ["blue", "azure"]
    assert converted["case_sensitive"] is True
    assert converted["misconceptions"] == [
        {"response": "grey", "feedback": "Grey is a cloudy sky."}
    ]


def test_qti3_choice_with_several_correct_is_multiple(conversion: Conversion) -> None:
    converted = item(conversion, "qti3_choice.xml")
    assert converted["type"] == "multiple_choice"
    assert converted["prompt"] == "Which numbers are **prime**?"
    assert [(c["text"], c["correct"]) for c in converted["choices"]] == [
        ("2", True),
        ("3", True),
        ("4", False),
    ]


def test_a_lone_inline_choice_is_a_single_choice_with_a_blank(conversion: Conversion) -> None:
    converted = item(conversion, "inline_single.xml")
    assert converted["id"] == "verb-form"  # from "Verb Form!"
    assert converted["prompt"] == "They \\_\\_\\_ happy."
    assert [(c["text"], c["correct"]) for c in converted["choices"]] == [
        ("is", False),
        ("are", True),
        ("am", False),
    ]


def test_images_are_copied_and_inline_feedback_stays_with_its_choice(
    conversion: Conversion,
) -> None:
    converted = item(conversion, "image_choice.xml")
    assert converted["media"] == [{"kind": "image", "path": "media/my-shape.png"}]
    assert conversion.media["media/my-shape.png"] == png_bytes()
    assert converted["prompt"] == "Which shape is this?"
    feedback = {choice["text"]: choice["feedback"] for choice in converted["choices"]}
    assert feedback == {
        "a square": None,
        "a circle": "A circle has no corners.",
        "a triangle": None,
    }
    assert converted["solution"] == "A square has four equal sides."  # shown whatever the answer


def test_the_fixtures_import_into_a_valid_source_folder(fixtures: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    conversion = import_qti(fixtures, output, pack_id="org.example.fixtures", skill="science-1")
    source = load_source(output)
    assert len(source.manifest["items"]) == len(conversion.converted)
    assert {item["skill"] for item in source.manifest["items"]} == {"science-1"}
    assert [f["path"] for f in source.manifest["files"]] == ["media/my-shape.png"]
    assert source.manifest["pack"]["id"] == "org.example.fixtures"
    assert source.manifest["pack"]["language"] == "en"


def manifest(*hrefs: str) -> str:
    resources = "".join(
        f'<resource identifier="R{n}" type="imsqti_item_xmlv2p2" href="{href}">'
        f'<file href="{href}"/></resource>'
        for n, href in enumerate(hrefs)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="M">'
        f"<organizations/><resources>{resources}"
        '<resource identifier="T" type="imsqti_test_xmlv2p2" href="test.xml"/>'
        "</resources></manifest>"
    )


def test_a_content_package_zip_imports_the_items_its_manifest_lists(tmp_path: Path) -> None:
    package = tmp_path / "package.zip"
    with zipfile.ZipFile(package, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "imsmanifest.xml", manifest("items/order.xml", "items/shapes.xml", "gone.xml")
        )
        archive.write(FIXTURES / "order.xml", "items/order.xml")
        archive.write(FIXTURES / "image_choice.xml", "items/shapes.xml")
        archive.writestr("items/images/my shape.png", png_bytes())
        archive.write(FIXTURES / "slider.xml", "items/not-listed.xml")
    output = tmp_path / "out"
    conversion = import_qti(package, output)
    assert [(entry.file, entry.item_id, entry.reason) for entry in conversion.entries] == [
        ("items/order.xml", "planets-order", None),
        ("items/shapes.xml", "shapes", None),
        ("gone.xml", None, "listed in imsmanifest.xml but not in the package"),
    ]
    source = load_source(output)
    assert source.manifest["pack"]["id"] == "org.example.qti.package"
    assert (output / "media" / "my-shape.png").read_bytes() == png_bytes()


def test_a_single_item_file_imports(tmp_path: Path) -> None:
    conversion = import_qti(FIXTURES / "qti3_choice.xml", tmp_path / "out")
    assert [entry.item_id for entry in conversion.entries] == ["q3-multiple"]
    load_source(tmp_path / "out")


def test_ids_are_sanitised_and_made_unique(tmp_path: Path) -> None:
    for n in range(3):
        shutil.copy(FIXTURES / "order.xml", tmp_path / f"copy{n}.xml")
    text = (FIXTURES / "order.xml").read_text(encoding="utf-8")
    (tmp_path / "odd.xml").write_text(text.replace("Planets-Order", "Ünï côdé/" + "x" * 120))
    (tmp_path / "blank.xml").write_text(text.replace('identifier="Planets-Order"', ""))
    ids = [entry.item_id for entry in convert_source(tmp_path).entries]
    assert ids == [
        "blank",
        "planets-order",
        "planets-order-2",
        "planets-order-3",
        "n-c-d-" + "x" * 94,
    ]


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


HOTSPOT = """<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="h">
<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"/>
<itemBody><hotspotInteraction responseIdentifier="RESPONSE"/></itemBody></assessmentItem>"""


def test_the_command_writes_nothing_and_fails_when_nothing_converts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "hot.xml").write_text(HOTSPOT, encoding="utf-8")
    code, out, err = run(capsys, "pack", "import-qti", tmp_path / "in", "-o", tmp_path / "out")
    assert code == 1
    assert "skipped    hot.xml: unsupported interaction hotspotInteraction" in out
    assert "0 converted, 1 skipped." in out
    assert "Nothing converted; nothing written." in err
    assert not (tmp_path / "out").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["in"]  # no staging folder left behind


def test_the_command_refuses_a_folder_that_is_not_empty_or_a_bad_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "out"
    output.mkdir()
    (output / "mine.txt").write_text("keep me", encoding="utf-8")
    code, _, err = run(capsys, "pack", "import-qti", FIXTURES, "-o", output)
    assert code == 1 and "already exists and is not empty" in err
    assert [p.name for p in output.iterdir()] == ["mine.txt"]
    code, _, err = run(capsys, "pack", "import-qti", FIXTURES, "-o", tmp_path / "x", "--id", "Bad")
    assert code == 1 and '--id "Bad"' in err
    code, _, err = run(capsys, "pack", "import-qti", FIXTURES, "-o", tmp_path / "x", "--skill", "A")
    assert code == 1 and '--skill "A"' in err
    code, _, err = run(capsys, "pack", "import-qti", tmp_path / "nowhere", "-o", tmp_path / "x")
    assert code == 1 and "does not exist" in err


def test_the_command_reports_notes_and_writes_a_pack_that_validates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "out"
    code, out, _ = run(capsys, "pack", "import-qti", FIXTURES, "-o", output, "--skill", "mixed")
    assert code == 0
    assert "converted  order.xml -> planets-order (order)" in out
    assert "skipped    image_choice.xml: the image images/my%20shape.png cannot be copied" in out
    assert f"Check it with: tutor pack validate {output}" in out
    assert 'id = "mixed"' in (output / "skills.toml").read_text(encoding="utf-8")
    code, out, _ = run(capsys, "pack", "validate", output)
    assert code == 0 and "10 items" in out
