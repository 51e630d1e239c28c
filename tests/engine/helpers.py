"""Helpers for the engine's tests."""

from __future__ import annotations

from typing import Any

from tutor.content.item_text import parse_items


def item(text: str) -> dict[str, Any]:
    """One canonical item, parsed by the content parser from the lines after its header."""
    (parsed,) = parse_items("=== test-item\nskill: s\nprompt: Q [[1]] [[2]] [[3]]\n" + text, "t")
    return parsed


class Index:
    """An int-like index that is no int, like numpy's integers."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __index__(self) -> int:
        return self.value
