"""Gaps: several text entries and inline choices in one item, or a gap match, become one "gaps"
item. Each function returns a Draft or raises Unconvertible (see convert.py for guarantees).

Mapping: each text entry, inline choice or gap becomes a gap [[n]] in the prompt, numbered in
document order. An inline choice's options follow its marker, "[[n]] (a / b / c)", and a gap
match's words are listed once before its text, "(a / b / c)", so the learner still sees the
choices. A gap's accepted answers are the values that get full marks there while the other gaps
are answered correctly; the gaps must be scored one by one (checked), and a made-up answer must
score less in every text gap. Feedback for one wrong value in one gap becomes a "wrong: n: ..."
line.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from tutor.content.qti.answers import (
    SENTINEL_NUMBER,
    SENTINEL_TEXT,
    as_number,
    candidates,
    declared,
    number_text,
)
from tutor.content.qti.choices import close, prompt_of, texts
from tutor.content.qti.convert import SCORE_EPSILON, Context, Draft
from tutor.content.qti.markdown import escape, raw, substitute
from tutor.content.qti.model import Declaration, Unconvertible
from tutor.content.qti.processing import Container, Result, Scalar, Value, parse_scalar
from tutor.content.qti.safexml import Node

Answers = Mapping[int, Scalar | None]


@dataclass
class _Gap:
    number: int
    node: Node  # the interaction, or the <gap> of a gap match
    declaration: Declaration
    labels: dict[Scalar, str]  # each candidate value -> how the gap answer is written
    sentinel: Scalar | None = None
    declared: Scalar | None = None
    accepted: list[Scalar] = field(default_factory=list)


def inline_gaps(context: Context, interactions: list[Node]) -> Draft:
    """Several text entries and inline choices: one gap each."""
    gaps: list[_Gap] = []
    for number, node in enumerate(interactions, start=1):
        declaration = context.response(node)
        if declaration.cardinality != "single":
            raise Unconvertible(f"gap {number} has {declaration.cardinality} cardinality")
        if node.tag == "inlineChoiceInteraction":
            options = texts(context, node.findall("inlineChoice"), "inline choice")
            gap = _Gap(number, node, declaration, dict(options))
        elif declaration.base_type == "string":
            values = candidates(context, declaration)
            gap = _Gap(number, node, declaration, {v: str(v) for v in values}, SENTINEL_TEXT)
        elif declaration.base_type in ("integer", "float"):
            values = candidates(context, declaration)
            labels = {v: number_text(as_number(v)) for v in values}
            sentinel = SENTINEL_NUMBER if declaration.base_type == "integer" else 1e9 + 7
            gap = _Gap(number, node, declaration, labels, sentinel)
        else:
            raise Unconvertible(f"gap {number} takes base type {declaration.base_type}")
        gap.declared = declared(declaration)
        gaps.append(gap)
    by_node = {id(gap.node): gap for gap in gaps}

    def marker(node: Node) -> Node | bool:
        gap = by_node.get(id(node))
        if gap is None:
            return False
        if node.tag == "textEntryInteraction":
            return raw(f"[[{gap.number}]]")
        return raw(f"[[{gap.number}]] ({' / '.join(map(escape, gap.labels.values()))})")

    def build(answers: Answers) -> dict[str, Value]:
        return {gap.declaration.identifier: answers.get(gap.number) for gap in gaps}

    return _gaps(context, gaps, build, context.prompt(marker))


def gap_match(context: Context, interaction: Node) -> Draft:
    """A gap match: each <gap> a gap of the item; its words are listed before the text."""
    declaration = context.response(interaction)
    if declaration.base_type != "directedPair":
        raise Unconvertible(f"a gap match answered with {declaration.base_type}")
    if interaction.find("gapImg") is not None:
        raise Unconvertible("a gap match with image choices (gapImg); gaps hold text only")
    words = texts(context, interaction.findall("gapText"), "word")
    pairs = [parse_scalar("directedPair", value) for value in declaration.correct or ()]
    gaps: list[_Gap] = []
    for number, node in enumerate(interaction.iter("gap"), start=1):
        gap = _Gap(number, node, declaration, dict(words))
        fills = [p[0] for p in pairs if isinstance(p, tuple) and p[1] == node.get("identifier")]
        gap.declared = fills[0] if fills else None
        gaps.append(gap)
    if not gaps:
        raise Unconvertible("a gap match without gaps")
    by_node = {id(gap.node): gap for gap in gaps}

    def marker(node: Node) -> Node | bool:
        gap = by_node.get(id(node))
        return raw(f"[[{gap.number}]]") if gap else False

    kept = [c for c in interaction.children if not isinstance(c, Node) or c.tag != "gapText"]
    content = Node("div", children=[c for c in kept if c is not prompt_of(interaction)])
    listing = raw("(" + " / ".join(escape(text) for _, text in words) + ")", block=True)
    shown = [prompt_of(interaction), listing, substitute(content, marker)]
    replacement = Node("div", children=[node for node in shown if node is not None])

    def build(answers: Answers) -> dict[str, Value]:
        chosen = tuple(
            (str(answers[gap.number]), gap.node.get("identifier"))
            for gap in gaps
            if answers.get(gap.number) is not None
        )
        return {declaration.identifier: Container(False, chosen) if chosen else None}

    prompt = context.prompt(lambda n: replacement if n is interaction else False)
    return _gaps(context, gaps, build, prompt)


def _gaps(
    context: Context, gaps: list[_Gap], build: Callable[[Answers], dict[str, Value]], prompt: str
) -> Draft:
    def run(answers: Answers) -> Result:
        return context.run(build(answers))

    answers: dict[int, Scalar | None] = {gap.number: gap.declared for gap in gaps}
    for _ in range(3):  # better one gap at a time, until no single change scores more
        improved = False
        for gap in gaps:
            for value in gap.labels:
                better = {**answers, gap.number: value}
                if run(better).score > run(answers).score + SCORE_EPSILON:
                    answers, improved = better, True
        if not improved:
            break
    correct = run(answers)
    context.check_scored(correct, context.run({}))
    variations: list[tuple[_Gap, Scalar, Result]] = []
    for gap in gaps:
        tried = [*gap.labels, *([gap.sentinel] if gap.sentinel is not None else [])]
        for value in tried:
            result = run({**answers, gap.number: value})
            if result.score > correct.score + SCORE_EPSILON:
                raise Unconvertible("the gaps are not scored one by one")
            if not close(result.score, correct.score):
                variations.append((gap, value, result))
            elif value == gap.sentinel:
                raise Unconvertible(f"gap {gap.number}: any answer gets full marks")
            else:
                gap.accepted.append(value)
        if gap.declared is not None and gap.declared not in gap.accepted:
            raise Unconvertible(f"gap {gap.number}: the declared answer does not get full marks")
        if not any(variation[0] is gap for variation in variations):
            raise Unconvertible(f"gap {gap.number} is not scored: every answer gets full marks")
    if not close(run({g.number: g.accepted[-1] for g in gaps}).score, correct.score):
        raise Unconvertible("the gaps are not scored one by one")
    all_wrong = run({gap.number: value for gap, value, _ in variations})  # last wrong of each
    wrong = [result for _, _, result in variations] + [all_wrong]
    spans: dict[int, set[int]] = {}  # feedback -> the gaps whose wrong answers show it
    for gap, _, result in variations:
        for index in result.visible - correct.visible:
            spans.setdefault(index, set()).add(gap.number)
    shared = frozenset(i for i, numbers in spans.items() if len(numbers) > 1) & all_wrong.visible
    every_wrong = frozenset.intersection(*(result.visible for result in wrong)) | shared
    draft = Draft("gaps", prompt)
    for gap in gaps:
        written = list(dict.fromkeys(gap.labels[value] for value in gap.accepted))
        if any("|" in text for text in written):
            raise Unconvertible(f'gap {gap.number}: an answer contains "|"')
        draft.fields.append((f"gap {gap.number}", " | ".join(written)))
        _note_case(context, gap, run, answers, correct.score)
    tied: set[int] = set()
    for gap, value, result in variations:
        own = result.visible - correct.visible - every_wrong
        label = gap.labels.get(value, "")
        text = context.feedback_text((i, result) for i in own) if own else None
        if text and label and " > " not in label:
            draft.fields.append(("wrong", f"{gap.number}: {label} > {text}"))
            tied |= own
    draft.solution = context.general_feedback(correct, wrong, frozenset(tied), shared)
    return draft


def _note_case(
    context: Context, gap: _Gap, run: Callable[[Answers], Result], answers: Answers, top: float
) -> None:
    """Gaps items say nothing of case: note it when QTI compared a text gap's case exactly."""
    if gap.node.tag != "textEntryInteraction" or gap.declaration.base_type != "string":
        return
    note = "QTI compared gap answers with their exact case; gaps items do not keep that"
    for value in gap.accepted:
        for variant in (str(value).upper(), str(value).lower()):
            if variant != value and not close(run({**answers, gap.number: variant}).score, top):
                if note not in context.notes:
                    context.notes.append(note)
                return
