"""Helpers shared by the typed-answer converters (entries.py, gaps.py): candidate answers to
try, numbers as the item text format writes them, and "wrong:" lines from feedback.

A candidate is a value worth running the response processing on: the declared correct values,
the mapping's keys and the values the rules compare with. Only candidates that the rules give
full marks are ever accepted; SENTINEL answers check that a made-up answer scores less.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal

from tutor.content.qti.convert import Context, Draft
from tutor.content.qti.model import Declaration, Unconvertible
from tutor.content.qti.processing import Result, Scalar, parse_scalar

SENTINEL_TEXT = "qti-import-surely-wrong-answer"
SENTINEL_NUMBER = 1_000_000_007
MAX_CANDIDATES = 200  # answers tried per response; more and the item is reported


def number_text(number: float) -> str:
    """A number as the item text format writes it: no exponent, no needless ".0"."""
    if isinstance(number, int) or number.is_integer():
        return str(int(number))
    return format(Decimal(repr(number)), "f")


def as_number(value: Scalar) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise Unconvertible(f'"{value}" is not a number')
    return float(value)


def _rule_values(context: Context, base_types: tuple[str, ...]) -> list[str]:
    rules = context.item.processing
    if rules is None:
        return []
    return [node.text() for node in rules.iter("baseValue") if node.get("baseType") in base_types]


def candidates(context: Context, declaration: Declaration) -> list[Scalar]:
    """Values worth trying for a typed response (string, integer or float), typed as it is."""
    numeric = declaration.base_type in ("integer", "float")
    written = list(declaration.correct or ())
    written += [entry.key for entry in declaration.mapping.entries] if declaration.mapping else []
    written += _rule_values(context, ("integer", "float") if numeric else ("string",))
    found: list[Scalar] = []
    for text in written:
        try:
            value = parse_scalar("float" if numeric else "string", text)
        except Unconvertible:
            continue
        if isinstance(value, float) and declaration.base_type == "integer":
            if not value.is_integer():
                continue
            value = int(value)
        if value != "" and value not in found:
            found.append(value)
    if len(found) > MAX_CANDIDATES:
        raise Unconvertible(f"more than {MAX_CANDIDATES} answers to check for one response")
    return found


def declared(declaration: Declaration) -> Scalar | None:
    """The first declared correct value, typed (floats as float), or None."""
    if not declaration.correct:
        return None
    value = parse_scalar(declaration.base_type, declaration.correct[0])
    if declaration.base_type == "float" and isinstance(value, int):
        return float(value)
    return value


def with_feedback(
    context: Context,
    results: Mapping[Scalar, Result],
    correct: Result,
    wrong: list[Scalar],
    label: Callable[[Scalar], str],
    sentinel: Scalar,
) -> Draft:
    """A Draft with a "wrong:" line for each wrong answer that has feedback of its own, and the
    solution from the feedback tied to no answer. `sentinel` is tried but never written."""
    wrong_results = [results[value] for value in wrong]
    every_wrong = frozenset.intersection(*(r.visible for r in wrong_results))
    draft = Draft("", "")
    tied: set[int] = set()
    for value in wrong:
        own = results[value].visible - correct.visible - every_wrong
        written = label(value)
        if not own or value == sentinel or " > " in written or not written.strip():
            continue
        text = context.feedback_text((i, results[value]) for i in own)
        if text:
            draft.fields.append(("wrong", f"{written} > {text}"))
            tied |= own
    draft.solution = context.general_feedback(correct, wrong_results, frozenset(tied))
    return draft
