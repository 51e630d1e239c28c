"""One QTI assessment item (2.1, 2.2 or 3.0) read from its element tree into plain declarations.

read_item never raises anything but Unconvertible, whose message is the reason, for the import
report, that the file cannot become an item (not an item, adaptive, templated, ...). It checks
structure only; what the item scores is worked out later by running its response processing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tutor.content.qti.safexml import Node

# Interaction elements (normalised names) the converter turns into items.
SUPPORTED_INTERACTIONS = frozenset(
    {
        "choiceInteraction",
        "orderInteraction",
        "matchInteraction",
        "associateInteraction",
        "gapMatchInteraction",
        "textEntryInteraction",
        "inlineChoiceInteraction",
        "extendedTextInteraction",
        "sliderInteraction",
    }
)
# Interactions that sit inside text and can be combined into one "gaps" item.
INLINE_INTERACTIONS = frozenset({"textEntryInteraction", "inlineChoiceInteraction"})
FEEDBACK_TAGS = frozenset({"modalFeedback", "feedbackInline", "feedbackBlock"})


class Unconvertible(Exception):  # noqa: N818 (a reason, not a failure of the program)
    """The item cannot be converted faithfully; str() is the reason, for the import report."""


@dataclass(frozen=True)
class MapEntry:
    key: str
    value: float
    case_sensitive: bool


@dataclass(frozen=True)
class Mapping:
    """A responseDeclaration's mapping (for mapResponse)."""

    entries: tuple[MapEntry, ...]
    default: float
    lower: float | None
    upper: float | None


@dataclass(frozen=True)
class Declaration:
    """A response, outcome or template variable's declaration; values as written (stripped)."""

    identifier: str
    cardinality: str
    base_type: str
    default: tuple[str, ...] = ()
    correct: tuple[str, ...] | None = None  # responses only; None when not declared
    mapping: Mapping | None = None
    has_area_mapping: bool = False


@dataclass(frozen=True)
class Feedback:
    """A modalFeedback, feedbackInline or feedbackBlock: shown depending on one outcome."""

    index: int  # document order among the item's feedback
    node: Node
    outcome: str
    identifier: str
    show: bool  # showHide="show": shown when the outcome has the identifier; "hide": when not


@dataclass
class QtiItem:
    path: str  # the file, as named in the report
    identifier: str
    title: str
    language: str
    body: Node
    responses: dict[str, Declaration]
    outcomes: dict[str, Declaration]
    processing: Node | None  # responseProcessing with rules, or None
    template: str | None  # the standard template's name (match_correct, ...) or its URL
    feedback: list[Feedback]
    interactions: list[Node] = field(default_factory=list)


def _number(text: str, default: float | None) -> float | None:
    try:
        return float(text) if text.strip() else default
    except ValueError:
        raise Unconvertible(f'"{text}" is not a number') from None


def _values(node: Node | None) -> tuple[str, ...]:
    if node is None:
        return ()
    return tuple(value.text().strip() for value in node.findall("value"))


def _declaration(node: Node) -> Declaration:
    mapping = None
    if (mapped := node.find("mapping")) is not None:
        entries = tuple(
            MapEntry(
                entry.get("mapKey").strip(),
                _number(entry.get("mappedValue"), 0.0) or 0.0,
                entry.get("caseSensitive", "true").strip() != "false",
            )
            for entry in mapped.findall("mapEntry")
        )
        mapping = Mapping(
            entries,
            _number(mapped.get("defaultValue"), 0.0) or 0.0,
            _number(mapped.get("lowerBound"), None),
            _number(mapped.get("upperBound"), None),
        )
    correct = node.find("correctResponse")
    return Declaration(
        identifier=node.get("identifier"),
        cardinality=node.get("cardinality", "single"),
        base_type=node.get("baseType"),
        default=_values(node.find("defaultValue")),
        correct=_values(correct) if correct is not None else None,
        mapping=mapping,
        has_area_mapping=node.find("areaMapping") is not None,
    )


def template_name(url: str) -> str:
    """`.../rptemplates/match_correct(.xml)` -> `match_correct`; other URLs unchanged."""
    name = url.strip().rstrip("/").rsplit("/", 1)[-1].removesuffix(".xml")
    return name if name in ("match_correct", "map_response", "map_response_point") else url


def read_item(root: Node, path: str) -> QtiItem:
    """The item's declarations, body, processing and feedback. Raises Unconvertible."""
    if root.tag != "assessmentItem":
        kind = root.tag if root.tag in ("assessmentTest", "manifest") else f"<{root.tag}>"
        raise Unconvertible(f"not an assessment item (the file holds {kind})")
    if root.get("adaptive").strip() == "true":
        raise Unconvertible(
            "adaptive item (its content and scoring change over several attempts); "
            "the item format holds one attempt"
        )
    if root.find("templateDeclaration") is not None or root.find("templateProcessing") is not None:
        raise Unconvertible(
            "template item (templateProcessing gives it randomised values); "
            "the item format holds fixed values only"
        )
    body = root.find("itemBody")
    if body is None:
        raise Unconvertible("no itemBody: the item has no question")
    responses = {d.identifier: d for d in map(_declaration, root.findall("responseDeclaration"))}
    outcomes = {d.identifier: d for d in map(_declaration, root.findall("outcomeDeclaration"))}
    processing = root.find("responseProcessing")
    template = None
    if processing is not None:
        url = processing.get("template")
        if processing.elements():
            template = None
        elif url:
            template = template_name(url)
        else:
            processing = None
    feedback_nodes = [
        node for node in body.iter(*FEEDBACK_TAGS) if node.tag != "modalFeedback"
    ] + root.findall("modalFeedback")
    feedback = [
        Feedback(
            index,
            node,
            node.get("outcomeIdentifier"),
            node.get("identifier"),
            node.get("showHide", "show").strip() != "hide",
        )
        for index, node in enumerate(feedback_nodes)
    ]
    item = QtiItem(
        path=path,
        identifier=root.get("identifier"),
        title=root.get("title"),
        language=root.get("lang"),
        body=body,
        responses=responses,
        outcomes=outcomes,
        processing=processing,
        template=template,
        feedback=feedback,
    )
    item.interactions = _interactions(item)
    return item


def _interactions(item: QtiItem) -> list[Node]:
    """The body's interactions, after the checks that do not depend on their type."""
    found: list[Node] = []
    inside_feedback = {
        id(node) for fb in item.feedback for node in fb.node.iter() if node is not fb.node
    }
    for node in item.body.iter():
        if not node.tag.endswith("Interaction"):
            continue
        if id(node) in inside_feedback:
            raise Unconvertible(
                f"{node.tag} inside {_feedback_holder(item, node)}: it appears only for "
                "some responses, which the item format cannot do"
            )
        if node.tag not in SUPPORTED_INTERACTIONS:
            raise Unconvertible(
                f"unsupported interaction {node.tag} (the item format has no equivalent)"
            )
        if node.get("responseIdentifier") not in item.responses:
            raise Unconvertible(
                f'{node.tag} answers "{node.get("responseIdentifier")}", which has no '
                "responseDeclaration"
            )
        found.append(node)
    if not found:
        raise Unconvertible("no interaction: nothing for the learner to answer")
    kinds = sorted({node.tag for node in found})
    if len(found) > 1 and not set(kinds) <= INLINE_INTERACTIONS:
        raise Unconvertible(
            f"{len(found)} interactions in one item ({', '.join(kinds)}); the item format "
            "holds one question, or several gaps of text entry and inline choice"
        )
    for node in item.body.iter("printedVariable"):
        if id(node) not in inside_feedback:
            raise Unconvertible("the question prints variables (printedVariable) into its text")
    return found


def _feedback_holder(item: QtiItem, node: Node) -> str:
    for fb in item.feedback:
        if any(inner is node for inner in fb.node.iter()):
            return fb.node.tag
    return "feedback"
