"""One typed answer: a text entry (string -> text, integer/float -> numeric) or a slider
(-> numeric). Each function takes the conversion Context and the interaction, and returns a Draft
or raises Unconvertible (see convert.py for the guarantees).

Accepted answers are the candidates (answers.py) the item's response processing gives full
marks; a made-up wrong answer must score less. A numeric tolerance is read from the rules
(equal with an absolute or relative tolerance, equalRounded) and then checked by running them
just inside and just outside it; a slider's tolerance is half its step, wider only when the rules
give full marks to a range of positions around the correct one.
"""

from __future__ import annotations

import math

from tutor.content.qti.answers import (
    SENTINEL_NUMBER,
    SENTINEL_TEXT,
    as_number,
    candidates,
    declared,
    number_text,
    with_feedback,
)
from tutor.content.qti.choices import close, prompt_of
from tutor.content.qti.convert import Context, Draft, blank
from tutor.content.qti.markdown import raw
from tutor.content.qti.model import Declaration, Unconvertible
from tutor.content.qti.processing import Result, Scalar
from tutor.content.qti.safexml import Node

MAX_SLIDER_POSITIONS = 2000


def text_entry(context: Context, interaction: Node) -> Draft:
    declaration = context.response(interaction)
    if declaration.cardinality != "single":
        raise Unconvertible(f"a text entry with {declaration.cardinality} cardinality")
    prompt = context.prompt(lambda n: blank() if n is interaction else False)
    if declaration.base_type in ("integer", "float"):
        return _numeric(context, declaration, prompt)
    if declaration.base_type != "string":
        raise Unconvertible(f"a text entry of base type {declaration.base_type}")
    return _text(context, declaration, prompt)


def _text(context: Context, declaration: Declaration, prompt: str) -> Draft:
    name = declaration.identifier
    tried = candidates(context, declaration)
    results = {value: context.run({name: value}) for value in [*tried, SENTINEL_TEXT]}
    top = max(results.values(), key=lambda result: result.score)
    context.check_scored(top, context.run({}))
    if close(results[SENTINEL_TEXT].score, top.score):
        raise Unconvertible("any answer gets full marks")
    accepted = [value for value in tried if close(results[value].score, top.score)]
    if (value := declared(declaration)) is not None and value not in accepted:
        raise Unconvertible("the declared correct response does not get full marks")
    variants = {
        variant: context.run({name: variant})
        for value in accepted
        for variant in (str(value).upper(), str(value).lower(), str(value).swapcase())
        if variant != value
    }
    sensitive = any(not close(result.score, top.score) for result in variants.values())
    if sensitive:
        accepted += [
            variant
            for variant, result in variants.items()
            if close(result.score, top.score) and variant not in accepted
        ]
    wrong = [value for value in results if value not in accepted]
    draft = with_feedback(context, results, results[accepted[0]], wrong, str, SENTINEL_TEXT)
    draft.kind, draft.prompt = "text", prompt
    fields = [("answer", str(value)) for value in accepted]
    draft.fields[:0] = fields + ([("case", "sensitive")] if sensitive else [])
    return draft


def _numeric(context: Context, declaration: Declaration, prompt: str) -> Draft:
    name, integer = declaration.identifier, declaration.base_type == "integer"
    tried = candidates(context, declaration)
    if not tried:
        raise Unconvertible("no correct number is declared")
    results = {value: context.run({name: value}) for value in tried}
    top = max(results.values(), key=lambda result: result.score)
    context.check_scored(top, context.run({}))
    full = [value for value in tried if close(results[value].score, top.score)]
    reference = declared(declaration)
    if reference is not None and reference not in full:
        raise Unconvertible("the declared correct response does not get full marks")
    answer = as_number(reference if reference is not None else full[0])
    tolerance = _tolerance(context, name, answer, integer, top.score)
    apart = [number_text(as_number(v)) for v in full if abs(as_number(v) - answer) > tolerance]
    if apart:
        raise Unconvertible(f"several separate numbers get full marks ({', '.join(apart)})")
    far: Scalar = SENTINEL_NUMBER if integer else float(SENTINEL_NUMBER)
    results[far] = context.run({name: far})
    if close(results[far].score, top.score):
        raise Unconvertible("any answer gets full marks")
    wrong = [value for value in results if value not in full]
    label = lambda value: number_text(as_number(value))  # noqa: E731
    draft = with_feedback(context, results, results[full[0]], wrong, label, far)
    draft.kind, draft.prompt = "numeric", prompt
    fields = [("answer", number_text(answer))]
    if tolerance > 0:
        fields.append(("tolerance", number_text(tolerance)))
    draft.fields[:0] = fields
    return draft


def _tolerance(context: Context, name: str, answer: float, integer: bool, top: float) -> float:
    """The tolerance the rules allow around answer, checked by running them on either side."""
    found: dict[float, str] = {}
    rules = context.item.processing
    for node in rules.iter("equal", "equalRounded") if rules is not None else ():
        if all(v.get("identifier") != name for v in node.iter("variable", "correct")):
            continue
        try:
            if node.tag == "equal" and node.get("toleranceMode") in ("absolute", "relative"):
                low = min(float(t) for t in node.get("tolerance", "0").split() or ["0"])
                relative = node.get("toleranceMode") == "relative"
                found.setdefault(abs(answer) * low / 100 if relative else low, node.tag)
            elif node.tag == "equalRounded":
                figures = int(node.get("figures", "1"))
                if node.get("roundingMode", "significantFigures") == "decimalPlaces":
                    found.setdefault(0.5 * 10.0**-figures, node.tag)
                elif answer != 0:
                    exponent = math.floor(math.log10(abs(answer))) - figures + 1
                    found.setdefault(0.5 * 10.0**exponent, node.tag)
        except (ValueError, OverflowError):
            continue

    def full(value: float) -> bool:
        return close(context.run({name: round(value) if integer else value}).score, top)

    for tolerance in [*sorted(found, reverse=True), 0.0]:
        if integer:
            inside, outside = float(math.floor(tolerance)), float(math.floor(tolerance) + 1)
        else:
            inside = tolerance * 0.999
            outside = tolerance * 1.01 + max(abs(answer) * 1e-9, 1e-9)
        within = full(answer - inside) and full(answer + inside)
        if within and not full(answer - outside) and not full(answer + outside):
            if found.get(tolerance) == "equalRounded":
                context.notes.append("equalRounded kept as a tolerance of half a last digit")
            return inside if integer else tolerance
    raise Unconvertible("the numbers that get full marks are not one value with a tolerance")


def slider(context: Context, interaction: Node) -> Draft:
    """A slider: numeric, the correct position, a tolerance of half a step."""
    declaration = context.response(interaction)
    integer = declaration.base_type == "integer"
    if declaration.base_type not in ("integer", "float") or declaration.cardinality != "single":
        raise Unconvertible(f"a slider answered with {declaration.base_type}")
    try:
        lower, upper = float(interaction.get("lowerBound")), float(interaction.get("upperBound"))
        step = float(interaction.get("step") or (1 if integer else 0))
    except ValueError:
        raise Unconvertible("a slider without numeric bounds and step") from None
    if not lower < upper or step < 0 or not math.isfinite(upper - lower):
        raise Unconvertible("a slider whose bounds or step make no range")
    count = int((upper - lower) / step) + 1 if step else 2
    if count > MAX_SLIDER_POSITIONS:
        raise Unconvertible(f"a slider with more than {MAX_SLIDER_POSITIONS} positions")
    positions = [lower + k * step for k in range(count)] if step else [lower, upper]
    reference = declared(declaration)
    if reference is not None and as_number(reference) not in positions:
        positions.append(as_number(reference))

    def run(value: float) -> Result:
        return context.run({declaration.identifier: round(value) if integer else value})

    results = {position: run(position) for position in positions}
    top = max(results.values(), key=lambda result: result.score)
    context.check_scored(top, context.run({}))
    full = sorted(p for p, r in results.items() if close(r.score, top.score))
    answer = as_number(reference) if reference is not None else full[len(full) // 2]
    if not close(run(answer).score, top.score):
        raise Unconvertible("the declared correct response does not get full marks")
    reach = max(abs(p - answer) for p in full)
    if full != [p for p in sorted(positions) if abs(p - answer) <= reach]:
        raise Unconvertible("the positions that get full marks are not a range around one value")
    if reach:
        context.notes.append(f"full marks for {number_text(answer)} ± {number_text(reach)}")
    tolerance = reach + step / 2
    shown = [prompt_of(interaction), raw(f"({number_text(lower)} – {number_text(upper)})")]
    prompt = context.prompt(
        lambda n: Node("div", children=[x for x in shown if x]) if n is interaction else False
    )
    wrong = [results[p] for p in positions if p not in full]
    draft = Draft("numeric", prompt, solution=context.general_feedback(run(answer), wrong))
    draft.fields = [("answer", number_text(answer))]
    if tolerance:
        draft.fields.append(("tolerance", number_text(tolerance)))
    return draft
