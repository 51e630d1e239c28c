"""A right and a wrong response to any canonical item, in the shape grading.grade() takes.

right_response() is the answer the item's own data gives (first accepted answer, correct choices,
the order as written, the pairs as written); wrong_response() is a response that grades wrong
(for extended_text, which is never auto-graded, a short text). Used by the walkthroughs that
render screenshots and by tests; standard library only."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def right_response(item: Mapping[str, Any]) -> Any:
    kind = item["type"]
    if kind == "single_choice":
        return next(n for n, choice in enumerate(item["choices"]) if choice["correct"])
    if kind == "multiple_choice":
        return [n for n, choice in enumerate(item["choices"]) if choice["correct"]]
    if kind == "numeric":
        return item["answer"]["value"]
    if kind == "short_text":
        return item["accepted"][0]
    if kind == "ordering":
        return list(range(len(item["order"])))
    if kind == "matching":
        return {n: n for n in range(len(item["pairs"]))}
    if kind == "fill_gaps":
        return [gap["accepted"][0] for gap in item["gaps"]]
    return "I think it is because the pieces are the same size."  # extended_text


def wrong_response(item: Mapping[str, Any]) -> Any:
    kind = item["type"]
    if kind == "single_choice":
        return next(n for n, choice in enumerate(item["choices"]) if not choice["correct"])
    if kind == "multiple_choice":
        return [next(n for n, choice in enumerate(item["choices"]) if not choice["correct"])]
    if kind in ("numeric", "short_text"):
        return "no idea"
    if kind == "ordering":
        return list(reversed(range(len(item["order"]))))
    if kind == "matching":
        count = len(item["pairs"])
        return {n: (n + 1) % count for n in range(count)}
    if kind == "fill_gaps":
        return ["no idea" for _ in item["gaps"]]
    return "I don't know."
