"""Run an item's response processing on a candidate response, to learn what QTI would score.

The converter never guesses what is correct from the declarations alone: it runs the item's own
rules (or the standard template they name) on candidate responses and keeps what gets full marks.

Guarantees: Processor evaluates a well-defined subset of QTI response processing exactly as
QTI 2.1/2.2/3.0 define it (NULL propagation included): responseCondition, setOutcomeValue,
exitResponse, the templates match_correct and map_response, and the expressions in _OPERATORS.
Anything else raises Unconvertible naming the construct; nothing is ever approximated.
Evaluation is a walk over a finite tree (QTI rules have no loops), so it always terminates.
"""

from __future__ import annotations

import contextlib
import math
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from tutor.content.qti.model import Declaration, Feedback, MapEntry, QtiItem, Unconvertible
from tutor.content.qti.safexml import Node, parse_xml
from tutor.content.qti.values import (
    Container,
    Scalar,
    Value,
    declared,
    format_value,
    items_of,
    parse_scalar,
)

__all__ = ["Container", "Processor", "Result", "Scalar", "Value", "format_value", "parse_scalar"]

TEMPLATES = {
    "match_correct": """<responseProcessing><responseCondition><responseIf><match>
        <variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>
        <setOutcomeValue identifier="SCORE"><baseValue baseType="float">1</baseValue>
        </setOutcomeValue></responseIf><responseElse><setOutcomeValue identifier="SCORE">
        <baseValue baseType="float">0</baseValue></setOutcomeValue></responseElse>
        </responseCondition></responseProcessing>""",
    "map_response": """<responseProcessing><responseCondition><responseIf><isNull>
        <variable identifier="RESPONSE"/></isNull><setOutcomeValue identifier="SCORE">
        <baseValue baseType="float">0</baseValue></setOutcomeValue></responseIf><responseElse>
        <setOutcomeValue identifier="SCORE"><mapResponse identifier="RESPONSE"/>
        </setOutcomeValue></responseElse></responseCondition></responseProcessing>""",
}


@dataclass(frozen=True)
class Result:
    """What response processing gave for one response."""

    score: float
    outcomes: Mapping[str, Value]
    visible: frozenset[int]  # indexes of the item's feedback shown


class _Exit(Exception):  # noqa: N818 (control flow: exitResponse)
    pass


def _score_identifier(item: QtiItem, templated: bool) -> str:
    if templated or "SCORE" in item.outcomes:
        return "SCORE"
    numeric = [
        o.identifier
        for o in item.outcomes.values()
        if o.base_type in ("float", "integer") and o.cardinality == "single"
    ]
    named = [identifier for identifier in numeric if "SCORE" in identifier.upper()]
    if len(named) == 1:
        return named[0]
    if len(numeric) == 1:
        return numeric[0]
    raise Unconvertible("no SCORE outcome: cannot tell which outcome is the score")


class Processor:
    """Runs one item's response processing. Raises Unconvertible on what it cannot evaluate."""

    def __init__(self, item: QtiItem) -> None:
        self.item = item
        template = item.template
        if template is not None and template not in TEMPLATES:
            raise Unconvertible(f"response processing template {template} is not supported")
        if template is not None and "RESPONSE" not in item.responses:
            raise Unconvertible(
                f"the {template} template scores the response RESPONSE, which is not declared"
            )
        self.rules = parse_xml(TEMPLATES[template].encode()) if template else item.processing
        self.score_id = _score_identifier(item, template is not None)
        self.cache: dict[tuple[tuple[str, Value], ...], Result] = {}
        self.responses: dict[str, Value] = {}
        self.outcomes: dict[str, Value] = {}
        self.operators: dict[str, Callable[[Node], Value]] = {
            name: getattr(self, method) for name, method in _OPERATORS.items()
        }

    def run(self, responses: Mapping[str, Value]) -> Result:
        """Score and visible feedback for responses (missing response variables are NULL)."""
        key = tuple(sorted((name, responses.get(name)) for name in self.item.responses))
        if key not in self.cache:
            self.cache[key] = self._run(dict(key))
        return self.cache[key]

    def _run(self, responses: dict[str, Value]) -> Result:
        self.responses, self.outcomes = responses, {}
        for outcome in self.item.outcomes.values():
            value = declared(outcome, outcome.default)
            if value is None and outcome.base_type in ("float", "integer"):
                value = 0.0 if outcome.base_type == "float" else 0
            self.outcomes[outcome.identifier] = value
        self.outcomes.setdefault(self.score_id, 0.0)
        if self.rules is not None:
            with contextlib.suppress(_Exit):
                self._rules(self.rules.elements())
        score = self.outcomes.get(self.score_id)
        if isinstance(score, bool) or not isinstance(score, int | float):
            score = 0.0
        visible = frozenset(fb.index for fb in self.item.feedback if self._visible(fb))
        return Result(float(score), dict(self.outcomes), visible)

    def _visible(self, feedback: Feedback) -> bool:
        value = self.outcomes.get(feedback.outcome)
        shown = any(format_value(item) == feedback.identifier for item in items_of(value))
        return shown == feedback.show

    # Rules

    def _rules(self, rules: list[Node]) -> None:
        for rule in rules:
            if rule.tag == "responseCondition":
                for branch in rule.elements():
                    parts = branch.elements()
                    if branch.tag == "responseElse":
                        self._rules(parts)
                        break
                    if not parts:
                        raise Unconvertible(f"{branch.tag} without a condition")
                    if self.evaluate(parts[0]) is True:
                        self._rules(parts[1:])
                        break
            elif rule.tag == "setOutcomeValue":
                self._set(rule)
            elif rule.tag == "exitResponse":
                raise _Exit
            elif rule.tag == "responseProcessingFragment":
                self._rules(rule.elements())
            else:
                raise Unconvertible(f"response processing uses <{rule.tag}>, not supported")

    def _set(self, rule: Node) -> None:
        identifier, parts = rule.get("identifier"), rule.elements()
        if len(parts) != 1:
            raise Unconvertible("setOutcomeValue needs exactly one expression")
        value = self.evaluate(parts[0])
        declaration = self.item.outcomes.get(identifier)
        is_int = isinstance(value, int) and not isinstance(value, bool)
        if declaration is not None and declaration.base_type == "float" and is_int:
            value = float(value)  # type: ignore[arg-type]
        if declaration is not None and declaration.cardinality == "single":
            value = value.items[0] if isinstance(value, Container) else value
        self.outcomes[identifier] = value

    # Expressions

    def evaluate(self, node: Node) -> Value:
        operator = self.operators.get(node.tag)
        if operator is None:
            raise Unconvertible(f"response processing uses <{node.tag}>, not supported")
        return operator(node)

    def _args(self, node: Node, count: int | None = None) -> list[Value]:
        parts = node.elements()
        if count is not None and len(parts) != count:
            raise Unconvertible(f"<{node.tag}> needs {count} expressions")
        return [self.evaluate(part) for part in parts]

    def _numbers(self, node: Node, count: int | None = None) -> list[int | float] | None:
        values = self._args(node, count)
        if any(value is None for value in values):
            return None
        numbers: list[int | float] = []
        for value in values:
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise Unconvertible(f"<{node.tag}> is given a value that is not a number")
            numbers.append(value)
        return numbers

    def base_value(self, node: Node) -> Value:
        return parse_scalar(node.get("baseType"), node.text())

    def variable(self, node: Node) -> Value:
        name = node.get("identifier")
        if name in self.responses:
            return self.responses[name]
        if name in self.outcomes:
            return self.outcomes[name]
        if name == "numAttempts":
            return 1
        if name in ("duration", "completionStatus"):
            return 0.0 if name == "duration" else "unknown"
        raise Unconvertible(f'response processing reads "{name}", which is not declared')

    def correct(self, node: Node) -> Value:
        declaration = self._response(node)
        return declared(declaration, declaration.correct or ())

    def default(self, node: Node) -> Value:
        declaration = self.item.responses.get(node.get("identifier"))
        declaration = declaration or self.item.outcomes.get(node.get("identifier"))
        if declaration is None:
            raise Unconvertible(f'<default> of "{node.get("identifier")}", which is undeclared')
        return declared(declaration, declaration.default)

    def _response(self, node: Node) -> Declaration:
        declaration = self.item.responses.get(node.get("identifier"))
        if declaration is None:
            raise Unconvertible(f'<{node.tag}> of "{node.get("identifier")}", not a response')
        return declaration

    def map_response(self, node: Node) -> Value:
        declaration = self._response(node)
        mapping = declaration.mapping
        if mapping is None:
            raise Unconvertible(f'mapResponse of "{declaration.identifier}", which has no mapping')
        total = 0.0
        for value in dict.fromkeys(items_of(self.responses.get(declaration.identifier))):
            total += next(
                (
                    entry.value
                    for entry in mapping.entries
                    if _same(parse_scalar(declaration.base_type, entry.key), value, entry)
                ),
                mapping.default,
            )
        if mapping.lower is not None:
            total = max(total, mapping.lower)
        if mapping.upper is not None:
            total = min(total, mapping.upper)
        return total

    def null(self, node: Node) -> Value:
        return None

    def container(self, node: Node) -> Value:
        items = tuple(item for value in self._args(node) for item in items_of(value))
        return Container(node.tag == "ordered", items) if items else None

    def is_null(self, node: Node) -> Value:
        (value,) = self._args(node, 1)
        return value is None or value == ""

    def match(self, node: Node) -> Value:
        first, second = self._args(node, 2)
        if first is None or second is None:
            return None
        if isinstance(first, Container) or isinstance(second, Container):
            ordered = any(isinstance(v, Container) and v.ordered for v in (first, second))
            a, b = items_of(first), items_of(second)
            return a == b if ordered else Counter(a) == Counter(b)
        return first == second

    def logic(self, node: Node) -> Value:
        values = self._args(node)
        if node.tag == "not":
            if len(values) != 1:
                raise Unconvertible("<not> needs one expression")
            return None if values[0] is None else not values[0]
        decisive = node.tag == "or"  # the value that settles it: True for or, False for and
        if any(value is decisive for value in values):
            return decisive
        return None if any(value is None for value in values) else not decisive

    def equal(self, node: Node) -> Value:
        numbers = self._numbers(node, 2)
        if numbers is None:
            return None
        x, y = numbers
        mode = node.get("toleranceMode", "exact")
        if mode == "exact":
            return x == y
        try:
            tolerance = [float(part) for part in node.get("tolerance", "0").split()] or [0.0]
        except ValueError:
            raise Unconvertible(f'equal with tolerance "{node.get("tolerance")}"') from None
        low, high = tolerance[0], tolerance[-1]
        if mode == "relative":
            low, high = abs(x) * low / 100, abs(x) * high / 100
        elif mode != "absolute":
            raise Unconvertible(f'equal with toleranceMode "{mode}" is not supported')
        above = y > x - low or (node.get("includeLowerBound") != "false" and y == x - low)
        below = y < x + high or (node.get("includeUpperBound") != "false" and y == x + high)
        return above and below

    def equal_rounded(self, node: Node) -> Value:
        numbers = self._numbers(node, 2)
        if numbers is None:
            return None
        try:
            figures = int(node.get("figures", "1"))
        except ValueError:
            raise Unconvertible(f'equalRounded with figures "{node.get("figures")}"') from None
        significant = node.get("roundingMode", "significantFigures") == "significantFigures"
        first, second = (_rounded(number, figures, significant) for number in numbers)
        return first == second

    def compare(self, node: Node) -> Value:
        numbers = self._numbers(node, 2)
        if numbers is None:
            return None
        x, y = numbers
        return {"lt": x < y, "gt": x > y, "lte": x <= y, "gte": x >= y}[node.tag]

    def arithmetic(self, node: Node) -> Value:
        numbers = self._numbers(node)
        if numbers is None or not numbers:
            return None
        result: int | float
        if node.tag == "sum":
            result = sum(numbers)
        elif node.tag == "product":
            result = math.prod(numbers)
        elif node.tag in ("min", "max"):
            result = min(numbers) if node.tag == "min" else max(numbers)
        elif len(numbers) != 2:
            raise Unconvertible(f"<{node.tag}> needs 2 expressions")
        elif node.tag == "subtract":
            result = numbers[0] - numbers[1]
        elif numbers[1] == 0:
            return None
        elif node.tag == "divide":
            result = numbers[0] / numbers[1]
        else:
            result = int(numbers[0] // numbers[1])
        if all(isinstance(n, int) for n in numbers) and node.tag != "divide":
            return int(result)
        return float(result)

    def member(self, node: Node) -> Value:
        value, container = self._args(node, 2)
        if value is None or container is None:
            return None
        return value in items_of(container)

    def contains(self, node: Node) -> Value:
        whole, part = self._args(node, 2)
        if whole is None or part is None:
            return None
        return not Counter(items_of(part)) - Counter(items_of(whole))

    def string_match(self, node: Node) -> Value:
        first, second = self._args(node, 2)
        if first is None or second is None:
            return None
        if not isinstance(first, str) or not isinstance(second, str):
            raise Unconvertible(f"<{node.tag}> is given a value that is not a string")
        if node.get("caseSensitive", "true") == "false":
            first, second = first.casefold(), second.casefold()
        if node.tag == "substring" or node.get("substring") == "true":
            return first in second
        return first == second


def _same(key: Scalar, value: Scalar, entry: MapEntry) -> bool:
    if isinstance(key, str) and isinstance(value, str) and not entry.case_sensitive:
        return key.casefold() == value.casefold()
    return key == value


def _rounded(number: float, figures: int, significant: bool) -> Decimal | None:
    try:
        value = Decimal(repr(number))
        if significant:
            if value == 0:
                return value
            exponent = value.adjusted() - figures + 1
        else:
            exponent = -figures
        return value.quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_UP)
    except InvalidOperation:
        return None


_OPERATORS = {  # expression element -> Processor method
    "baseValue": "base_value",
    "variable": "variable",
    "correct": "correct",
    "default": "default",
    "mapResponse": "map_response",
    "null": "null",
    "isNull": "is_null",
    "match": "match",
    "equal": "equal",
    "equalRounded": "equal_rounded",
    "member": "member",
    "contains": "contains",
    **dict.fromkeys(("multiple", "ordered"), "container"),
    **dict.fromkeys(("and", "or", "not"), "logic"),
    **dict.fromkeys(("lt", "gt", "lte", "gte"), "compare"),
    **dict.fromkeys(("sum", "product", "subtract", "divide", "integerDivide"), "arithmetic"),
    **dict.fromkeys(("min", "max"), "arithmetic"),
    **dict.fromkeys(("stringMatch", "substring"), "string_match"),
}
