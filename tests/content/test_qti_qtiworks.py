"""`tutor pack import-qti` on real third-party QTI 2.1 items (the QTIWorks samples, read in place).

Every file either converts or is reported with its reason; the convertible ones are checked
against an oracle written from the QTI declarations alone (correctResponse, or the mapping as
map_response scores it), independent of the converter's own reading of response processing.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from tutor.cli import main
from tutor.content.qti import Conversion, convert_source, import_qti
from tutor.content.source import load_source

QTIWORKS = Path("/work/shared/data/qti/qtiworks")
FILES = (
    sorted(p.relative_to(QTIWORKS).as_posix() for p in QTIWORKS.rglob("*.xml"))
    if (QTIWORKS.is_dir())
    else []
)

pytestmark = pytest.mark.skipif(not QTIWORKS.is_dir(), reason=f"{QTIWORKS} is not here")

CONVERTED = {
    "language/habenprompt.xml": "fill_gaps",
    "language/pburg1g.xml": "fill_gaps",
    "language/qcyril2gV2.xml": "single_choice",
    "stomp/chc_inlineGS.xml": "fill_gaps",
    "stomp/chc_mcqS.xml": "single_choice",
    "stomp/chc_mulS.xml": "multiple_choice",
    "stomp/chc_pairingGS.xml": "matching",
    **{f"upmc/exercise{n}.xml": "single_choice" for n in range(1, 6)},
    **{f"upmc/wexercise{n}.xml": "single_choice" for n in range(1, 4)},
}
ADAPTIVE = "adaptive item"
TEMPLATE = "template item"
SKIPPED = {
    "stomp/a_mcq_dkG2.xml": ADAPTIVE,
    "stomp/adap3_3pSM.xml": ADAPTIVE,
    "stomp/binary_2GS.xml": ADAPTIVE,
    "stomp/nel1_1pg.xml": ADAPTIVE,
    "stomp/xchoiceS.xml": ADAPTIVE,
    "stomp/graphic_associate.xml": "unsupported interaction graphicAssociateInteraction",
    "stomp/graphic_gap_matchGS.xml": "unsupported interaction graphicGapMatchInteraction",
    "stomp/graphic_orderG.xml": "unsupported interaction graphicOrderInteraction",
    "stomp/hot_accel_2G.xml": "unsupported interaction selectPointInteraction",
    "stomp/hotspotsS.xml": "unsupported interaction hotspotInteraction",
    "stomp/hottext.xml": "unsupported interaction hottextInteraction",
    "stomp/slider2.xml": "2 interactions in one item (sliderInteraction)",
    **dict.fromkeys(
        [f"stomp/{name}.xml" for name in ("baseG", "digholeG", "meanGS", "precisionGS")]
        + [f"upmc/{name}.xml" for name in ("addition", "addition2entier", "carre2", "carre2g")]
        + [f"upmc/{name}.xml" for name in ("relatif3", "wexercice7", "wexercice8")]
        + [f"upmc/sexercice{n}.xml" for n in (1, 2, 6, 7, 13, 14)],
        TEMPLATE,
    ),
}


@pytest.fixture(scope="module")
def conversion() -> Conversion:
    return convert_source(QTIWORKS)


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def words(element: ET.Element) -> str:
    return " ".join("".join(element.itertext()).split())


def qti(file: str) -> ET.Element:
    data = (QTIWORKS / file).read_bytes()
    assert b"<!DOCTYPE" not in data  # so ElementTree reads it safely here
    return ET.fromstring(data)


def elements(root: ET.Element, name: str) -> list[ET.Element]:
    return [element for element in root.iter() if local(element.tag) == name]


def full_marks(root: ET.Element) -> dict[str, set[str]]:
    """Per response: the values a full-mark response holds, by match_correct (correctResponse)
    or else by map_response (the best single key; or every positive key of a container)."""
    found: dict[str, set[str]] = {}
    for declaration in elements(root, "responseDeclaration"):
        declared = elements(declaration, "correctResponse")
        correct = {words(value) for node in declared for value in elements(node, "value")}
        if not declared:
            mapped = {
                " ".join(e.get("mapKey", "").split()): float(e.get("mappedValue", "0"))
                for e in elements(declaration, "mapEntry")
            }
            if declaration.get("cardinality") == "single":
                correct = {k for k, v in mapped.items() if v == max(mapped.values())}
            else:
                correct = {k for k, v in mapped.items() if v > 0}
        found[declaration.get("identifier", "")] = correct
    return found


def item(conversion: Conversion, file: str) -> dict[str, Any]:
    (entry,) = [entry for entry in conversion.entries if entry.file == file]
    assert entry.item_id is not None, entry.reason
    return conversion.items[entry.item_id]


@pytest.mark.parametrize("file", FILES)
def test_every_file_is_converted_or_reported_with_its_reason(
    conversion: Conversion, file: str
) -> None:
    entries = [entry for entry in conversion.entries if entry.file == file]
    assert len(entries) == 1, f"{file} must be reported exactly once"
    (entry,) = entries
    if file in CONVERTED:
        assert entry.item_id is not None, entry.reason
        assert conversion.items[entry.item_id]["type"] == CONVERTED[file]
    elif file in SKIPPED:
        assert entry.item_id is None
        assert entry.reason is not None and entry.reason.startswith(SKIPPED[file]), entry.reason
    else:  # a file added to the data set later: it must still get a specific outcome
        assert entry.item_id is not None or (entry.reason and len(entry.reason) > 15)


def test_the_known_files_are_all_there() -> None:
    assert set(CONVERTED) | set(SKIPPED) <= set(FILES)


@pytest.mark.parametrize("file", sorted(f for f, kind in CONVERTED.items() if "choice" in kind))
def test_choices_marked_correct_are_exactly_those_with_full_marks(
    conversion: Conversion, file: str
) -> None:
    root = qti(file)
    (interaction,) = elements(root, "choiceInteraction")
    correct_ids = full_marks(root)[interaction.get("responseIdentifier", "")]
    texts = {c.get("identifier"): words(c) for c in elements(interaction, "simpleChoice")}
    converted = item(conversion, file)
    assert [choice["text"] for choice in converted["choices"]] == list(texts.values())
    assert {c["text"]: c["correct"] for c in converted["choices"]} == {
        text: identifier in correct_ids for identifier, text in texts.items()
    }


@pytest.mark.parametrize("file", sorted(f for f, kind in CONVERTED.items() if kind == "fill_gaps"))
def test_gap_answers_are_the_declared_full_mark_answers(conversion: Conversion, file: str) -> None:
    root = qti(file)
    marks = full_marks(root)
    interactions = [
        e
        for e in root.iter()
        if local(e.tag) in ("textEntryInteraction", "inlineChoiceInteraction")
    ]
    expected = []
    for interaction in interactions:
        values = marks[interaction.get("responseIdentifier", "")]
        if local(interaction.tag) == "inlineChoiceInteraction":
            options = {c.get("identifier"): words(c) for c in elements(interaction, "inlineChoice")}
            values = {options[value] for value in values}
        expected.append(values)
    converted = item(conversion, file)
    assert [set(gap["accepted"]) for gap in converted["gaps"]] == expected
    prompt = converted["prompt"]
    assert all(f"[[{n}]]" in prompt for n in range(1, len(expected) + 1))


def test_matching_pairs_are_the_positively_mapped_pairs(conversion: Conversion) -> None:
    file = "stomp/chc_pairingGS.xml"
    root = qti(file)
    texts = {c.get("identifier"): words(c) for c in elements(root, "simpleAssociableChoice")}
    pairs = {tuple(pair.split()) for pair in full_marks(root)["RESPONSE"]}
    expected = {(texts[left], texts[right]) for left, right in pairs}
    converted = item(conversion, file)
    assert {(pair["left"], pair["right"]) for pair in converted["pairs"]} == expected
    (entry,) = [entry for entry in conversion.entries if entry.file == file]
    assert any("thirty seven" in note for note in entry.notes)  # the distractor, named


def test_feedback_goes_with_the_choice_it_belongs_to(conversion: Conversion) -> None:
    mcq = item(conversion, "stomp/chc_mcqS.xml")
    feedback = {choice["text"]: choice["feedback"] for choice in mcq["choices"]}
    assert (
        feedback["This option is correct and scores 5."]
        == "**Yes**, you have selected the correct option."
    )
    assert (
        "looks correct, but isn't"
        in feedback["This option looks correct, but isn't, and scores 1."]
    )
    inline = item(conversion, "stomp/chc_inlineGS.xml")
    assert {
        "gap": 1,
        "response": "spring",
        "feedback": "**No**: it should be the **winter** of our discontent, not the spring.",
    } in inline["misconceptions"]
    cyril = item(conversion, "language/qcyril2gV2.xml")
    assert cyril["solution"].startswith("Here is the complete passage:")


def test_the_whole_set_imports_into_a_valid_source_folder(tmp_path: Path) -> None:
    output = tmp_path / "imported"
    conversion = import_qti(QTIWORKS, output, pack_id="org.example.qtiworks")
    source = load_source(output)
    assert len(source.manifest["items"]) == len(conversion.converted) == len(CONVERTED)
    assert len(conversion.entries) == len(FILES)
    assert {skill["id"] for skill in source.manifest["skills"]} == {"imported"}


def test_the_command_prints_each_file_and_the_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["pack", "import-qti", str(QTIWORKS), "-o", str(tmp_path / "out")])
    out = capsys.readouterr().out
    assert code == 0
    for file in FILES:
        assert file in out
    assert f"{len(CONVERTED)} converted, {len(FILES) - len(CONVERTED)} skipped." in out
    assert main(["pack", "validate", str(tmp_path / "out")]) == 0
