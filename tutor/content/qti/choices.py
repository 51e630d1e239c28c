"""Choice-like interactions: choice, a lone inline choice, order, match, associate, extended text.

Each function takes the conversion Context and the interaction, and returns a Draft or raises
Unconvertible (see convert.py for the guarantees). Correctness comes from running the item's
response processing: every option is marked correct exactly when QTI gives it full marks.
"""

from __future__ import annotations

from itertools import combinations
from math import comb

from tutor.content.qti.convert import SCORE_EPSILON, Context, Draft, Option, blank
from tutor.content.qti.markdown import escape
from tutor.content.qti.model import Declaration, Unconvertible
from tutor.content.qti.processing import Container, Result, Scalar, Value, parse_scalar
from tutor.content.qti.safexml import Node

MAX_COMBINATIONS = 4096  # selections tried for a multiple-response choice


def close(a: float, b: float) -> bool:
    return abs(a - b) <= SCORE_EPSILON


def texts(context: Context, nodes: list[Node], what: str) -> list[tuple[str, str]]:
    """(identifier, plain text) of each choice; raises on duplicates or choices without text."""
    found: list[tuple[str, str]] = []
    for node in nodes:
        identifier = node.get("identifier")
        if any(identifier == seen for seen, _ in found):
            raise Unconvertible(f'two {what}s have the identifier "{identifier}"')
        found.append((identifier, context.plain(node, f'{what} "{identifier}"')))
    return found


def prompt_of(interaction: Node) -> Node | None:
    """What stands in the prompt for a block interaction: its own <prompt>, if any."""
    return interaction.find("prompt")


def _int(text: str, default: int) -> int:
    try:
        return int(text) if text.strip() else default
    except ValueError:
        raise Unconvertible(f'"{text}" is not a whole number') from None


def _wrap(declaration: Declaration, ids: tuple[str, ...]) -> Value:
    if declaration.cardinality in ("multiple", "ordered"):
        return Container(declaration.cardinality == "ordered", ids) if ids else None
    return ids[0] if ids else None


def choice(context: Context, interaction: Node) -> Draft:
    declaration = context.response(interaction)
    if declaration.base_type != "identifier":
        raise Unconvertible(f"a choice answered with base type {declaration.base_type}")
    options = texts(context, interaction.findall("simpleChoice"), "choice")
    prompt = context.prompt(lambda n: prompt_of(n) if n is interaction else False)
    max_choices = _int(interaction.get("maxChoices"), 1)
    if declaration.cardinality == "single" or max_choices == 1:
        return single(context, declaration, options, prompt)
    return _multiple(context, declaration, options, prompt, max_choices)


def inline_choice(context: Context, interaction: Node) -> Draft:
    declaration = context.response(interaction)
    options = texts(context, interaction.findall("inlineChoice"), "inline choice")
    prompt = context.prompt(lambda n: blank() if n is interaction else False)
    return single(context, declaration, options, prompt)


def single(
    context: Context, declaration: Declaration, options: list[tuple[str, str]], prompt: str
) -> Draft:
    """One option to pick: the one that gets full marks; each option keeps its own feedback."""
    if len(options) < 2:
        raise Unconvertible("fewer than two choices")
    name = declaration.identifier
    results = {cid: context.run({name: _wrap(declaration, (cid,))}) for cid, _ in options}
    nothing = context.run({})
    top = max(results.values(), key=lambda result: result.score)
    context.check_scored(top, nothing)
    best = [cid for cid, result in results.items() if close(result.score, top.score)]
    names = dict(options)
    if len(best) > 1:
        listed = ", ".join(f'"{names[cid]}"' for cid in best)
        raise Unconvertible(
            f"{len(best)} choices get full marks ({listed}); a single item has one correct option"
        )
    if declaration.correct and list(declaration.correct) != best:
        raise Unconvertible("the declared correct response does not get full marks")
    always = frozenset.intersection(*(result.visible for result in results.values()))
    draft = Draft("single", prompt, solution=context.feedback_text((i, top) for i in always))
    for cid, text in options:
        own = results[cid].visible - always
        draft.options.append(
            Option(text, cid == best[0], context.feedback_text((i, results[cid]) for i in own))
        )
    partial = [names[c] for c, r in results.items() if c != best[0] and r.score > nothing.score]
    if partial:
        draft.notes.append(f"partial credit not kept: marked wrong: {', '.join(partial)}")
    context.note_unused(frozenset().union(*(result.visible for result in results.values())))
    return draft


def _multiple(
    context: Context,
    declaration: Declaration,
    options: list[tuple[str, str]],
    prompt: str,
    max_choices: int,
) -> Draft:
    ids = [cid for cid, _ in options]
    limit = min(max_choices or len(ids), len(ids))
    if sum(comb(len(ids), size) for size in range(1, limit + 1)) > MAX_COMBINATIONS:
        raise Unconvertible(f"{len(ids)} choices: too many selections to check what scores")
    selections = [s for size in range(1, limit + 1) for s in combinations(ids, size)]
    results = {s: context.run({declaration.identifier: _wrap(declaration, s)}) for s in selections}
    nothing = context.run({})
    top = max(results.values(), key=lambda result: result.score)
    context.check_scored(top, nothing)
    best = [s for s, result in results.items() if close(result.score, top.score)]
    if len(best) > 1:
        declared = [s for s in best if set(s) == set(declaration.correct or ())]
        if not declared:
            raise Unconvertible(f"{len(best)} different selections get full marks")
        context.notes.append(f"{len(best) - 1} other selections also get full marks in QTI")
        best = declared
    if declaration.correct and set(best[0]) != set(declaration.correct):
        raise Unconvertible("the declared correct response does not get full marks")
    always = frozenset.intersection(*(result.visible for result in results.values()))
    seen = frozenset().union(*(result.visible for result in results.values())) - always
    tied = {
        cid: frozenset(
            i for i in seen if all((i in r.visible) == (cid in s) for s, r in results.items())
        )
        for cid in ids
    }
    draft = Draft("multiple", prompt)
    for cid, text in options:
        feedback = context.feedback_text((i, results[(cid,)]) for i in tied[cid])
        draft.options.append(Option(text, cid in best[0], feedback))
    wrong = [result for s, result in results.items() if s != best[0]]
    all_tied = frozenset().union(*tied.values())
    draft.solution = context.general_feedback(results[best[0]], wrong, all_tied)
    if any(nothing.score < r.score < top.score - SCORE_EPSILON for r in wrong):
        draft.notes.append("partial credit not kept: only the full selection counts as right")
    if limit < len(ids):
        draft.notes.append(f"QTI allowed at most {limit} selections; Tutor does not limit them")
    return draft


def order(context: Context, interaction: Node) -> Draft:
    declaration = context.response(interaction)
    options = texts(context, interaction.findall("simpleChoice"), "choice")
    prompt = context.prompt(lambda n: prompt_of(n) if n is interaction else False)
    correct = list(declaration.correct or ())
    if not correct:
        raise Unconvertible("no correctResponse: the correct order is not declared")
    if sorted(correct) != sorted(cid for cid, _ in options):
        raise Unconvertible(
            "the correct order does not use every choice once; order items order all their lines"
        )

    def run(ids: list[str]) -> Result:
        return context.run({declaration.identifier: Container(True, tuple(ids))})

    reference, nothing = run(correct), context.run({})
    context.check_scored(reference, nothing)
    variations = [correct[::-1]] + [
        [*correct[:i], correct[i + 1], correct[i], *correct[i + 2 :]]
        for i in range(len(correct) - 1)
    ]
    wrong: list[Result] = []
    for variation in variations:
        if variation == correct:
            continue
        result = run(variation)
        if result.score > reference.score + SCORE_EPSILON:
            raise Unconvertible("the declared correct order does not get full marks")
        if close(result.score, reference.score):
            raise Unconvertible("several orders get full marks; an order item has one")
        wrong.append(result)
    names = dict(options)
    draft = Draft("order", prompt, [Option(names[cid], True) for cid in correct])
    draft.solution = context.general_feedback(reference, wrong)
    if any(result.score > nothing.score for result in wrong):
        draft.notes.append("partial credit not kept: only the whole order counts as right")
    return draft


def match(context: Context, interaction: Node) -> Draft:
    """matchInteraction (left = first set) or associateInteraction (left = first in the text)."""
    declaration = context.response(interaction)
    directed = declaration.base_type == "directedPair"
    if declaration.base_type not in ("pair", "directedPair"):
        raise Unconvertible(f"a {interaction.tag} answered with {declaration.base_type}")
    if interaction.tag == "matchInteraction":
        sets = interaction.findall("simpleMatchSet")
        if len(sets) != 2:
            raise Unconvertible("a matchInteraction without exactly two sets")
        left = texts(context, sets[0].findall("simpleAssociableChoice"), "choice")
        right = texts(context, sets[1].findall("simpleAssociableChoice"), "choice")
    else:
        left = right = texts(context, interaction.findall("simpleAssociableChoice"), "choice")
    names = dict(left + right)
    place = {cid: index for index, (cid, _) in enumerate(left + right)}
    prompt = context.prompt(lambda n: prompt_of(n) if n is interaction else False)
    declared = [parse_scalar(declaration.base_type, value) for value in declaration.correct or ()]
    mapping = declaration.mapping.entries if declaration.mapping else ()
    mapped = [parse_scalar(declaration.base_type, e.key) for e in mapping if e.value > 0]
    pairs = list(dict.fromkeys(declared or mapped))
    if not pairs:
        raise Unconvertible("no correct pairs are declared")

    def run(chosen: list[Scalar]) -> Result:
        value = Container(False, tuple(chosen)) if chosen else None
        return context.run({declaration.identifier: value})

    reference, nothing = run(pairs), context.run({})
    context.check_scored(reference, nothing)
    for extra in mapped:
        if extra not in pairs and run([*pairs, extra]).score > reference.score + SCORE_EPSILON:
            pairs.append(extra)
            reference = run(pairs)
    for pair in list(pairs):
        fewer = run([p for p in pairs if p != pair])
        if fewer.score >= reference.score - SCORE_EPSILON:
            pairs.remove(pair)
            reference = fewer
            written = " ".join(_orient(pair, directed, place, names))
            context.notes.append(f"the pair {written} is not needed for full marks: left out")
    oriented = [_orient(pair, directed, place, names) for pair in pairs]
    wrong = [run([p for p in pairs if p != pair]) for pair in pairs]
    rotated = [_swap(pairs[i], pairs[(i + 1) % len(pairs)], directed) for i in range(len(pairs))]
    if len(pairs) > 1 and all(pair is not None for pair in rotated):
        wrong.append(run([pair for pair in rotated if pair is not None]))
    draft = Draft("match", prompt)
    draft.fields = _pair_fields(interaction, oriented, names)
    draft.solution = context.general_feedback(reference, wrong)
    unused = [names[cid] for cid in names if all(cid not in pair for pair in oriented)]
    if unused:
        draft.notes.append(f"not in any correct pair, left out: {', '.join(unused)}")
    return draft


def _orient(
    pair: Scalar, directed: bool, place: dict[str, int], names: dict[str, str]
) -> tuple[str, str]:
    ids: list[str] = []
    if isinstance(pair, tuple):
        ids = list(pair)
    elif isinstance(pair, frozenset):
        ids = sorted(pair, key=lambda cid: place.get(cid, -1))
    if len(ids) != 2 or any(cid not in names for cid in ids):
        raise Unconvertible(f"the pair {' '.join(map(str, ids))} names an unknown choice")
    if not directed and place[ids[1]] < place[ids[0]]:
        ids.reverse()
    return ids[0], ids[1]


def _swap(a: Scalar, b: Scalar, directed: bool) -> tuple[str, str] | None:
    if not (directed and isinstance(a, tuple) and isinstance(b, tuple)):
        return None
    return (a[0], b[1])


def _pair_fields(
    interaction: Node, pairs: list[tuple[str, str]], names: dict[str, str]
) -> list[tuple[str, str]]:
    lefts = [left for left, _ in pairs]
    associate = interaction.tag == "associateInteraction"
    for cid in names:
        uses = lefts.count(cid) + (sum(r == cid for _, r in pairs) if associate else 0)
        if uses > 1:
            raise Unconvertible(
                f'"{names[cid]}" is in several correct pairs; a match item pairs each once'
            )
    if len(pairs) < 2:
        raise Unconvertible("fewer than two correct pairs; a match item needs at least two")
    fields = []
    for left, right in pairs:
        if " = " in names[left]:
            raise Unconvertible(f'"{names[left]}" contains " = ", which a pair line cannot hold')
        fields.append(("pair", f"{names[left]} = {names[right]}"))
    return fields


def extended(context: Context, interaction: Node) -> Draft:
    """Free writing, not scored: the prompt, and any model answer or feedback as the solution."""
    declaration = context.response(interaction)
    prompt = context.prompt(lambda n: prompt_of(n) if n is interaction else False)
    parts = [escape(value) for value in declaration.correct or () if value]
    draft = Draft("extended", prompt)
    feedback = None
    if context.item.processing is not None or context.item.template is not None:
        try:
            result = context.run({declaration.identifier: "-"})
            feedback = context.feedback_text((i, result) for i in result.visible)
            context.note_unused(result.visible)
        except Unconvertible as error:
            draft.notes.append(f"response processing ignored (extended text is unscored): {error}")
    draft.solution = "\\\n".join(parts + ([feedback] if feedback else [])) or None
    return draft
