"""Converted QTIWorks items grade every response as the item's own QTI response processing does.

For each converted item, responses are enumerated over what a learner can give in Tutor (every
choice, every subset of choices, each gap filled with each candidate answer, pairings); each is
scored twice: by the QTI item's response processing run on the original XML (Processor), and by
tutor.engine.grading.grade on the converted item as the pack holds it. A response is right in
Tutor exactly when QTI gives it the item's full marks, and feedback Tutor shows for a wrong
answer is feedback QTI shows for that response.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from tutor.content.qti import Conversion, convert_source
from tutor.content.qti.model import QtiItem, read_item
from tutor.content.qti.processing import Container, Processor, Result, Value, format_value
from tutor.content.qti.safexml import Node, parse_xml
from tutor.engine.grading import grade

QTIWORKS = Path("/work/shared/data/qti/qtiworks")
pytestmark = pytest.mark.skipif(not QTIWORKS.is_dir(), reason=f"{QTIWORKS} is not here")


@pytest.fixture(scope="module")
def conversion() -> Conversion:
    return convert_source(QTIWORKS)


def converted(conversion: Conversion, kind: str) -> list[str]:
    return sorted(
        e.file for e in conversion.converted if conversion.items[e.item_id or ""]["type"] == kind
    )


def words(node: Node) -> str:
    return " ".join(node.text().split())


def plain(markdown: str) -> str:
    """Markdown as words: emphasis, escapes and line breaks dropped."""
    return " ".join(re.sub(r"[*_\\]", "", markdown).split())


def nodes(node: Node, tag: str) -> list[Node]:
    return [element for element in node.iter() if element.tag == tag]


def load(file: str) -> tuple[QtiItem, Processor]:
    item = read_item(parse_xml((QTIWORKS / file).read_bytes()), file)
    return item, Processor(item)


def the_item(conversion: Conversion, file: str) -> dict[str, Any]:
    (entry,) = [entry for entry in conversion.entries if entry.file == file]
    assert entry.item_id is not None, entry.reason
    return conversion.items[entry.item_id]


def rendered(node: Node | str, values: Mapping[str, Value]) -> str:
    """The text of node as a learner sees it, printedVariable showing the variable's value."""
    if isinstance(node, str):
        return node
    if node.tag == "printedVariable":
        return format_value(values.get(node.get("identifier")))
    return "".join(rendered(child, values) for child in node.children)


def shown_feedback(item: QtiItem, result: Result, responses: Mapping[str, Value]) -> str:
    values = {**responses, **result.outcomes}
    shown = [rendered(fb.node, values) for fb in item.feedback if fb.index in result.visible]
    return plain(" ".join(shown))


def check(
    processor: Processor,
    item: QtiItem,
    canonical: dict[str, Any],
    pairs: Iterator[tuple[dict[str, Value], Any]],
) -> int:
    """Grade each (QTI response, Tutor response) both ways; returns how many were compared."""
    cases = list(pairs)
    best = max(processor.run(qti).score for qti, _ in cases)
    assert best > 0
    for qti, tutor in cases:
        result = processor.run(qti)
        graded = grade(canonical, tutor)
        assert graded.correct == (result.score == best), (qti, tutor, result.score, best)
        if graded.misconception is not None:  # every line of it is feedback QTI shows here
            shown = shown_feedback(item, result, qti)
            for line in re.split(r"\\\n|\n", graded.misconception):
                assert plain(line) in shown, (qti, line, shown)
    return len(cases)


def test_single_choice_items_grade_every_choice_as_qti(conversion: Conversion) -> None:
    files = converted(conversion, "single_choice")
    assert len(files) >= 9
    for file in files:
        item, processor = load(file)
        (interaction,) = item.interactions
        rid = interaction.get("responseIdentifier")
        ids = [choice.get("identifier") for choice in nodes(interaction, "simpleChoice")]
        canonical = the_item(conversion, file)
        compared = check(
            processor, item, canonical, (({rid: i}, index) for index, i in enumerate(ids))
        )
        assert compared == len(canonical["choices"])


def test_multiple_choice_items_grade_every_selection_as_qti(conversion: Conversion) -> None:
    files = converted(conversion, "multiple_choice")
    assert files
    for file in files:
        check_multiple_choice(conversion, file)


def check_multiple_choice(conversion: Conversion, file: str) -> None:
    item, processor = load(file)
    (interaction,) = item.interactions
    rid = interaction.get("responseIdentifier")
    ids = [choice.get("identifier") for choice in nodes(interaction, "simpleChoice")]
    selections = [
        chosen
        for size in range(len(ids) + 1)
        for chosen in itertools.combinations(range(len(ids)), size)
    ]

    def both(chosen: tuple[int, ...]) -> tuple[dict[str, Value], Any]:
        value = Container(False, tuple(ids[i] for i in chosen)) if chosen else None
        return {rid: value}, list(chosen)

    compared = check(processor, item, the_item(conversion, file), map(both, selections))
    assert compared == 2 ** len(ids)


def test_gap_items_grade_each_answer_in_each_gap_as_qti(conversion: Conversion) -> None:
    files = converted(conversion, "fill_gaps")
    assert len(files) >= 3
    for file in files:
        check_gaps(conversion, file)


def check_gaps(conversion: Conversion, file: str) -> None:
    item, processor = load(file)
    canonical = the_item(conversion, file)
    gaps = [
        i for i in item.interactions if i.tag in ("textEntryInteraction", "inlineChoiceInteraction")
    ]
    assert len(gaps) == len(canonical["gaps"])
    # Each gap's candidates as (QTI value, what the learner types): for an inline choice, its
    # options; for a text entry, every answer the item declares or maps, and nonsense.
    candidates: list[list[tuple[str, str]]] = []
    for gap in gaps:
        declaration = item.responses[gap.get("responseIdentifier")]
        if gap.tag == "inlineChoiceInteraction":
            options = [(c.get("identifier"), words(c)) for c in nodes(gap, "inlineChoice")]
        else:
            texts = list(declaration.correct or ())
            if declaration.mapping is not None:
                texts += [entry.key for entry in declaration.mapping.entries]
            options = [(text, text) for text in dict.fromkeys(texts)] + [("zzz", "zzz")]
        candidates.append(options)
    # Other gaps' answers are wrong answers here (they are the likeliest slips).
    everything = {text for options in candidates for _, text in options}
    rids = [gap.get("responseIdentifier") for gap in gaps]
    # The converted item's first accepted answer in each gap; QTI must give it full marks.
    right = [
        next(option for option in options if option[1] == gap["accepted"][0])
        for options, gap in zip(candidates, canonical["gaps"], strict=True)
    ]

    def both(answers: list[tuple[str, str]]) -> tuple[dict[str, Value], Any]:
        return {rid: q for rid, (q, _) in zip(rids, answers, strict=True)}, [t for _, t in answers]

    def responses() -> Iterator[tuple[dict[str, Value], Any]]:
        rng = random.Random(file)
        for n, options in enumerate(candidates):
            extra = [] if gaps[n].tag == "inlineChoiceInteraction" else [(t, t) for t in everything]
            for option in options + extra:
                answers = [*right]
                answers[n] = option
                yield both(answers)
        for _ in range(200):
            yield both([rng.choice(options) for options in candidates])

    assert check(processor, item, canonical, responses()) > 200


def test_matching_items_grade_pairings_as_qti(conversion: Conversion) -> None:
    files = converted(conversion, "matching")
    assert files
    for file in files:
        check_matching(conversion, file)


def check_matching(conversion: Conversion, file: str) -> None:
    item, processor = load(file)
    canonical = the_item(conversion, file)
    (interaction,) = item.interactions
    rid = interaction.get("responseIdentifier")
    sources, targets = (
        {words(c): c.get("identifier") for c in nodes(match_set, "simpleAssociableChoice")}
        for match_set in nodes(interaction, "simpleMatchSet")
    )
    lefts = [sources[pair["left"]] for pair in canonical["pairs"]]
    rights = [targets[pair["right"]] for pair in canonical["pairs"]]

    def both(choice: list[int | None]) -> tuple[dict[str, Value], Any]:
        chosen = [(left, right) for left, right in enumerate(choice) if right is not None]
        value = tuple((lefts[left], rights[right]) for left, right in chosen)
        return {rid: Container(False, value) if value else None}, dict(chosen)

    def responses() -> Iterator[tuple[dict[str, Value], Any]]:
        whole: list[int | None] = list(range(len(lefts)))
        yield both(whole)
        for left in range(len(lefts)):
            for right in [None, *range(len(rights))]:
                changed = [*whole]
                changed[left] = right
                yield both(changed)
        rng = random.Random(file)
        for _ in range(300):
            yield both([rng.choice([None, *range(len(rights))]) for _ in lefts])

    assert check(processor, item, canonical, responses()) > 300
