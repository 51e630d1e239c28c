"""Convert one read QTI item into a Draft: the fields of one item in the item text format.

Guarantees of convert_item:
* it returns a Draft or raises Unconvertible with the reason; never anything else for bad input;
* what a Draft marks correct (options, answers, pairs, order, gaps) is exactly what the item's own
  response processing gives full marks, found by running it (processing.py) on candidate
  responses; when that cannot be pinned down (several different full-mark responses, nothing
  scored, rules it cannot evaluate) the item is Unconvertible, never guessed;
* feedback tied to one specific response goes with it (an option's "> feedback", a "wrong:" line);
  feedback shown whatever the answer, for the correct answer, or for every wrong answer goes into
  the solution; any other feedback is left out and named in the Draft's notes;
* everything lossy but still faithful to the scoring (partial credit, distractors) is in notes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from tutor.content.qti.markdown import MediaSink, Renderer, escape, raw, substitute
from tutor.content.qti.model import Declaration, QtiItem, Unconvertible
from tutor.content.qti.processing import Processor, Result, Value
from tutor.content.qti.safexml import Node

SCORE_EPSILON = 1e-9


@dataclass
class Option:
    text: str
    correct: bool
    feedback: str | None = None


@dataclass
class Draft:
    """One item, ready to be written in the item text format (type names as written there)."""

    kind: str
    prompt: str
    options: list[Option] = field(default_factory=list)
    fields: list[tuple[str, str]] = field(default_factory=list)  # answer, pair, gap n, wrong, ...
    solution: str | None = None
    media: list[tuple[str, str]] = field(default_factory=list)  # (image|audio, media/ path)
    notes: list[str] = field(default_factory=list)


class _DroppingSink:
    """Media inside feedback: feedback is text only, so the file is left out, with a note."""

    def __init__(self, notes: list[str]) -> None:
        self.notes = notes

    def add(self, source: str, kind: str) -> str:
        note = f"an {kind} in feedback ({source}) is left out: feedback is text only"
        if note not in self.notes:
            self.notes.append(note)
        return ""


class Context:
    """One item being converted: its processor, renderers, media and notes."""

    def __init__(self, item: QtiItem, media: MediaSink) -> None:
        self.item = item
        self.sink = media
        self.notes: list[str] = []
        self.media: list[tuple[str, str]] = []
        self._processor: Processor | None = None

    @property
    def processor(self) -> Processor:
        if self._processor is None:
            if self.item.processing is None and self.item.template is None:
                self.item.processing = self._scoring_by_correct_responses()
            self._processor = Processor(self.item)
        return self._processor

    def _scoring_by_correct_responses(self) -> Node:
        """No responseProcessing: score each declared correct response, as match_correct does."""
        missing = [d.identifier for d in self.item.responses.values() if d.correct is None]
        if missing:
            raise Unconvertible(
                "no response processing and no correct response: the item is not scored"
            )
        self.notes.append("no response processing: scored by the declared correct responses")
        self.item.outcomes.setdefault("SCORE", Declaration("SCORE", "single", "float"))
        rules = [
            _element(
                "responseCondition",
                _element(
                    "responseIf",
                    _element("match", _variable(name), _element("correct", identifier=name)),
                    _element(
                        "setOutcomeValue",
                        _element("sum", _variable("SCORE"), _float(1)),
                        identifier="SCORE",
                    ),
                ),
            )
            for name in self.item.responses
        ]
        return _element("responseProcessing", *rules)

    def run(self, responses: Mapping[str, Value]) -> Result:
        return self.processor.run(responses)

    def response(self, interaction: Node) -> Declaration:
        return self.item.responses[interaction.get("responseIdentifier")]

    def plain(self, node: Node, what: str) -> str:
        text = Renderer(None).plain(node)
        if not text:
            raise Unconvertible(f"{what} has no text")
        return text

    def prompt(self, replace: Callable[[Node], Node | bool | None]) -> str:
        """The item body as Markdown, with interactions replaced as replace() says."""
        renderer = Renderer(self.sink)
        text = renderer.markdown(substitute(self.item.body, replace))
        for entry in renderer.media:
            if entry not in self.media:
                self.media.append(entry)
        if text.strip():
            return text
        if self.item.title.strip():
            return escape(" ".join(self.item.title.split()))
        raise Unconvertible("the question has no text")

    def feedback_text(self, shown: Iterable[tuple[int, Result]]) -> str | None:
        """The feedback given by index, in document order, each printed with its result."""
        texts: list[str] = []
        for index, result in sorted(shown, key=lambda pair: pair[0]):
            node = self.item.feedback[index].node
            text = Renderer(_DroppingSink(self.notes), result.outcomes).markdown(node).strip()
            if text and text not in texts:
                texts.append(text)
        lines: list[str] = []
        for text in texts:
            last = lines[-1].rsplit("\n", 1)[-1] if lines else ""
            if last and not last.startswith(("- ", "|")) and not last[:1].isdigit():
                lines[-1] += "\\"  # a hard break: the item format has no blank lines
            lines.append(text)
        return "\n".join(lines) or None

    def general_feedback(
        self,
        correct: Result,
        wrong: list[Result],
        tied: frozenset[int] = frozenset(),
        shared: frozenset[int] = frozenset(),
    ) -> str | None:
        """Solution text from the feedback tied to no one response: shown whatever the answer,
        for the correct answer, for every wrong answer, or (`shared`) for wrong answers the
        caller found unspecific. Notes how much feedback is left out."""
        every = [correct, *wrong]
        always = frozenset.intersection(*(result.visible for result in every))
        correct_only = correct.visible - always - tied
        every_wrong = frozenset.intersection(*(r.visible for r in wrong)) if wrong else frozenset()
        every_wrong = (every_wrong | shared) - always - correct_only - tied
        self.note_unused(always | correct_only | every_wrong | tied)
        shown = [(index, correct) for index in always | correct_only]
        for index in every_wrong:
            shown.append((index, next(r for r in wrong if index in r.visible)))
        return self.feedback_text(shown)

    def note_unused(self, used: frozenset[int]) -> None:
        unused = len(self.item.feedback) - len(used)
        if unused > 0:
            self.notes.append(
                f"{unused} feedback text{'s' if unused > 1 else ''} left out: shown only for "
                "no answer or for combinations of answers the item format cannot hold"
            )

    def check_scored(self, top: Result, nothing: Result) -> None:
        if top.score <= nothing.score + SCORE_EPSILON:
            raise Unconvertible("no response gets more marks than no answer at all")


def _element(tag: str, *children: Node, **attrs: str) -> Node:
    return Node(tag, dict(attrs), list(children))


def _variable(name: str) -> Node:
    return _element("variable", identifier=name)


def _float(number: float) -> Node:
    return Node("baseValue", {"baseType": "float"}, [str(number)])


def blank() -> Node:
    """Where a single inline interaction stood in the prompt."""
    return raw("\\_\\_\\_")


def convert_item(item: QtiItem, media: MediaSink) -> Draft:
    """The item as a Draft. Raises Unconvertible with the reason it cannot be converted."""
    from tutor.content.qti import choices, entries, gaps

    context = Context(item, media)
    interactions = item.interactions
    tag = interactions[0].tag
    converters: dict[str, Callable[[Context, Node], Draft]] = {
        "choiceInteraction": choices.choice,
        "orderInteraction": choices.order,
        "matchInteraction": choices.match,
        "associateInteraction": choices.match,
        "extendedTextInteraction": choices.extended,
        "inlineChoiceInteraction": choices.inline_choice,
        "textEntryInteraction": entries.text_entry,
        "sliderInteraction": entries.slider,
        "gapMatchInteraction": gaps.gap_match,
    }
    if len(interactions) > 1:
        draft = gaps.inline_gaps(context, interactions)
    else:
        draft = converters[tag](context, interactions[0])
    draft.media = context.media
    draft.notes = context.notes + draft.notes
    return draft
