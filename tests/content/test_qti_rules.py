"""QTI import: which items are reported rather than converted, and why; how response processing
is evaluated; how text survives the trip to Markdown and the item text format."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.content.qti import Conversion, convert_source
from tutor.content.qti.model import read_item
from tutor.content.qti.processing import Container, Processor
from tutor.content.qti.safexml import parse_xml

MATCH_CORRECT = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"
MAP_RESPONSE = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/map_response.xml"


def item_xml(
    declarations: str, body: str, processing: str = "", extra: str = "", template: str = ""
) -> str:
    rules = f"<responseProcessing>{processing}</responseProcessing>" if processing else ""
    if template:
        rules = f'<responseProcessing template="{template}"/>'
    return (
        '<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="t" '
        f'title="T" adaptive="false">{declarations}'
        '<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>'
        f'<outcomeDeclaration identifier="FB" cardinality="single" baseType="identifier"/>'
        f"{extra}<itemBody>{body}</itemBody>{rules}</assessmentItem>"
    )


def response(
    base: str = "identifier", card: str = "single", correct: str = "", rid: str = "R"
) -> str:
    values = "".join(f"<value>{v}</value>" for v in correct.split(",") if v)
    declared = f"<correctResponse>{values}</correctResponse>" if correct else ""
    return (
        f'<responseDeclaration identifier="{rid}" cardinality="{card}" baseType="{base}">'
        f"{declared}</responseDeclaration>"
    )


def choices(rid: str = "R", max_choices: int = 1, extra: str = "") -> str:
    return (
        f'<choiceInteraction responseIdentifier="{rid}" maxChoices="{max_choices}">'
        '<simpleChoice identifier="A">apple</simpleChoice>'
        '<simpleChoice identifier="B">banana</simpleChoice>'
        f'<simpleChoice identifier="C">cherry{extra}</simpleChoice></choiceInteraction>'
    )


def score(rid: str, condition: str, value: str = "1") -> str:
    return (
        f'<responseCondition><responseIf>{condition}<setOutcomeValue identifier="SCORE">'
        f'<baseValue baseType="float">{value}</baseValue></setOutcomeValue></responseIf>'
        "</responseCondition>"
    )


def convert(tmp_path: Path, xml: str) -> Conversion:
    (tmp_path / "item.xml").write_text(xml, encoding="utf-8")
    return convert_source(tmp_path / "item.xml")


def skipped(tmp_path: Path, xml: str) -> str:
    (entry,) = convert(tmp_path, xml).entries
    assert entry.item_id is None, "converted, but should be reported"
    assert entry.reason is not None
    return entry.reason


IS_B = '<match><variable identifier="R"/><baseValue baseType="identifier">B</baseValue></match>'


@pytest.mark.parametrize(
    ("xml", "expected"),
    [
        (
            item_xml(response("file"), '<uploadInteraction responseIdentifier="R"/>'),
            "unsupported interaction uploadInteraction",
        ),
        (
            item_xml(response("file"), '<drawingInteraction responseIdentifier="R"/>'),
            "unsupported interaction drawingInteraction",
        ),
        (
            item_xml(response("string"), '<customInteraction responseIdentifier="R"/>'),
            "unsupported interaction customInteraction",
        ),
        (
            item_xml(
                response(correct="A") + response(correct="A", rid="S"), choices() + choices("S")
            ),
            "2 interactions in one item (choiceInteraction)",
        ),
        (
            item_xml(
                response(correct="A"),
                choices(),
                extra='<templateDeclaration identifier="X" cardinality="single"/>',
            ),
            "template item",
        ),
        (
            item_xml(response(correct="A"), "<p>nothing to answer</p>", template=MATCH_CORRECT),
            "no interaction: nothing for the learner to answer",
        ),
        (
            item_xml(response(correct="A"), choices(), template=MATCH_CORRECT),
            "the match_correct template scores the response RESPONSE, which is not declared",
        ),
        (
            item_xml(
                response("string", correct="x"),
                '<textEntryInteraction responseIdentifier="R"/>',
                score("R", '<patternMatch pattern="x+"><variable identifier="R"/></patternMatch>'),
            ),
            "response processing uses <patternMatch>, not supported",
        ),
        (
            item_xml(response(correct="A"), choices(), score("R", IS_B)),
            "the declared correct response does not get full marks",
        ),
        (
            item_xml(
                response(),
                choices(),
                '<setOutcomeValue identifier="FB"><variable identifier="R"/></setOutcomeValue>',
            ),
            "no response gets more marks than no answer at all",
        ),
        (
            item_xml(
                response(),
                choices(),
                score("R", '<not><isNull><variable identifier="R"/></isNull></not>'),
            ),
            '3 choices get full marks ("apple", "banana", "cherry")',
        ),
        (
            item_xml(response(), choices()),
            "no response processing and no correct response: the item is not scored",
        ),
        (
            item_xml(
                response("string", correct="x"),
                '<textEntryInteraction responseIdentifier="R"/>',
                score("R", '<not><isNull><variable identifier="R"/></isNull></not>'),
            ),
            "any answer gets full marks",
        ),
        (
            item_xml(
                response(correct="A"),
                '<p>You have <printedVariable identifier="SCORE"/> marks.</p>' + choices(),
                template=MATCH_CORRECT,
            ),
            "the question prints variables",
        ),
        (
            item_xml(
                response(correct="A"),
                '<feedbackBlock outcomeIdentifier="FB" identifier="X">'
                + choices()
                + "</feedbackBlock>",
                template=MATCH_CORRECT,
            ),
            "choiceInteraction inside feedbackBlock",
        ),
        (
            item_xml(
                response(correct="A"), choices(extra='<img src="c.png"/>'), template=MATCH_CORRECT
            ),
            "an image (c.png) inside an answer option; options are text only",
        ),
        (
            item_xml(
                response("identifier", "ordered"),
                '<orderInteraction responseIdentifier="R">'
                '<simpleChoice identifier="A">a</simpleChoice>'
                '<simpleChoice identifier="B">b</simpleChoice></orderInteraction>',
                template=MATCH_CORRECT,
            ),
            "no correctResponse: the correct order is not declared",
        ),
        (
            item_xml(
                response("directedPair", "multiple", "A X,A Y"),
                '<matchInteraction responseIdentifier="R"><simpleMatchSet>'
                '<simpleAssociableChoice identifier="A">a</simpleAssociableChoice>'
                '<simpleAssociableChoice identifier="B">b</simpleAssociableChoice></simpleMatchSet>'
                '<simpleMatchSet><simpleAssociableChoice identifier="X">x</simpleAssociableChoice>'
                '<simpleAssociableChoice identifier="Y">y</simpleAssociableChoice></simpleMatchSet>'
                "</matchInteraction>",
                score("R", '<match><variable identifier="R"/><correct identifier="R"/></match>'),
            ),
            '"a" is in several correct pairs',
        ),
        (
            item_xml(
                response("integer")
                + '<responseDeclaration identifier="N" cardinality="single" baseType="integer">'
                '<mapping><mapEntry mapKey="3" mappedValue="1"/>'
                '<mapEntry mapKey="5" mappedValue="1"/></mapping></responseDeclaration>',
                '<textEntryInteraction responseIdentifier="N"/>',
                '<setOutcomeValue identifier="SCORE"><mapResponse identifier="N"/>'
                "</setOutcomeValue>",
            ),
            "several separate numbers get full marks (5)",
        ),
        (
            '<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="a" '
            'adaptive="true"><itemBody/></assessmentItem>',
            "adaptive item",
        ),
    ],
)
def test_items_that_cannot_be_converted_faithfully_are_reported(
    tmp_path: Path, xml: str, expected: str
) -> None:
    assert skipped(tmp_path, xml).startswith(expected)


def test_without_response_processing_the_declared_answer_is_used_and_noted(
    tmp_path: Path,
) -> None:
    (entry,) = convert(tmp_path, item_xml(response(correct="B"), choices())).entries
    assert entry.kind == "single"
    assert entry.notes == ("no response processing: scored by the declared correct responses",)


def processor(xml: str) -> Processor:
    return Processor(read_item(parse_xml(xml.encode()), "t.xml"))


def test_conditions_follow_qti_null_rules() -> None:
    rules = score(
        "R",
        '<or><isNull><variable identifier="R"/></isNull>'
        '<and><match><variable identifier="R"/><baseValue baseType="identifier">A</baseValue>'
        "</match><null/></and></or>",
    )
    run = processor(item_xml(response(), choices(), rules)).run
    assert run({}).score == 1  # NULL response: isNull is true
    assert run({"R": "A"}).score == 0  # true and NULL is NULL, which is not true
    assert run({"R": "B"}).score == 0


def test_map_response_counts_each_value_once_bounds_and_case() -> None:
    declaration = (
        '<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="string">'
        '<mapping defaultValue="-1" lowerBound="0" upperBound="2.5">'
        '<mapEntry mapKey="Red" mappedValue="1" caseSensitive="false"/>'
        '<mapEntry mapKey="Blue" mappedValue="1"/><mapEntry mapKey="Green" mappedValue="1"/>'
        "</mapping></responseDeclaration>"
    )
    body = '<textEntryInteraction responseIdentifier="RESPONSE"/>'
    run = processor(item_xml(declaration, body, template=MAP_RESPONSE)).run

    def colours(*names: str) -> float:
        return run({"RESPONSE": Container(False, names)}).score

    assert colours("RED") == colours("Red", "Red") == 1  # case-insensitive; counted once
    assert colours("blue") == 0  # case-sensitive entry: unmapped, -1, bounded below by 0
    assert colours("Red", "Blue", "Green") == 2.5  # bounded above


def test_equal_tolerances_and_rounding() -> None:
    entry = '<textEntryInteraction responseIdentifier="R"/>'
    relative = '<equal toleranceMode="relative" tolerance="10">'
    rounded = '<equalRounded roundingMode="decimalPlaces" figures="2">'

    def runner(test: str, value: str) -> Processor:
        # QTI: the range is around the first expression, here the correct value
        condition = f'{test}<baseValue baseType="float">{value}</baseValue>'
        closing = "</equal>" if "equal " in test else "</equalRounded>"
        rules = score("R", f'{condition}<variable identifier="R"/>{closing}')
        return processor(item_xml(response("float"), entry, rules))

    run = runner(relative, "50").run
    assert [run({"R": v}).score for v in (44.0, 45.0, 55.0, 55.1)] == [0, 1, 1, 0]
    run = runner(rounded, "3.14159").run
    assert [run({"R": v}).score for v in (3.14, 3.144, 3.145, 3.1)] == [1, 1, 0, 0]


def test_awkward_text_survives_markdown_and_the_item_format(tmp_path: Path) -> None:
    body = (
        "<p>&gt; not a quote [[1]] *star* _under_ &lt;b&gt; `tick` \\back</p>"
        "<p>=== not a header</p><p># not a heading</p><p>- not a list</p><p>12. not a list</p>"
        "<table><tr><th>x</th><th>y</th></tr><tr><td>1</td><td>2</td></tr></table>"
        "<p>x<sup>2</sup> + H<sub>2</sub>O, <b> bold </b> and <i></i></p>"
        '<choiceInteraction responseIdentifier="R" maxChoices="1">'
        '<simpleChoice identifier="A">&gt; a = b | c</simpleChoice>'
        '<simpleChoice identifier="B">=== b</simpleChoice>'
        '<simpleChoice identifier="C"># c</simpleChoice></choiceInteraction>'
    )
    declared = response(correct="A", rid="RESPONSE")
    body = body.replace('responseIdentifier="R"', 'responseIdentifier="RESPONSE"')
    conversion = convert(tmp_path, item_xml(declared, body, template=MATCH_CORRECT))
    (converted,) = conversion.items.values()
    assert converted["prompt"] == (
        "\\> not a quote \\[\\[1\\]\\] \\*star\\* \\_under\\_ \\<b> \\`tick\\` \\\\back\\\n"
        "=== not a header\\\n\\# not a heading\\\n\\- not a list\\\n12\\. not a list\\\n"
        "x | y\\\n1 | 2\\\nx² + H₂O, **bold** and"
    )
    assert [c["text"] for c in converted["choices"]] == ["> a = b | c", "=== b", "# c"]
