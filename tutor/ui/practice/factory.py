"""widget_for: the widget for an item, by its type."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QWidget

from tutor.ui.practice.base import ItemWidget, Media
from tutor.ui.practice.choice import MultipleChoiceWidget, SingleChoiceWidget
from tutor.ui.practice.gaps import FillGapsWidget
from tutor.ui.practice.matching import MatchingWidget
from tutor.ui.practice.ordering import OrderingWidget
from tutor.ui.practice.written import ExtendedTextWidget, NumericWidget, ShortTextWidget

WIDGETS: dict[str, type[ItemWidget]] = {
    "single_choice": SingleChoiceWidget,
    "multiple_choice": MultipleChoiceWidget,
    "numeric": NumericWidget,
    "short_text": ShortTextWidget,
    "ordering": OrderingWidget,
    "matching": MatchingWidget,
    "fill_gaps": FillGapsWidget,
    "extended_text": ExtendedTextWidget,
}


def widget_for(
    item: Mapping[str, Any],
    media: Media | None = None,
    seed: int = 0,
    parent: QWidget | None = None,
) -> ItemWidget:
    """The widget that presents `item` (a canonical item dict).

    `media(path)` gives the file of one of the item's media/ paths, or None (no pictures shown
    without it). `seed` fixes the shuffles (ordering steps, matching rights) together with the
    item's id: the same seed shows the same item the same way. Raises ValueError for an unknown
    item type, and tutor.engine.items.ItemError (a ValueError) for an item missing a field its
    type needs.
    """
    kind = item.get("type") if isinstance(item, Mapping) else None
    widget = WIDGETS.get(kind) if isinstance(kind, str) else None
    if widget is None:
        raise ValueError(
            f"no practice widget for item type {kind!r} (item {item.get('id')!r}); "
            f"the types are {', '.join(WIDGETS)}"
        )
    return widget(item, media, seed=seed, parent=parent)
