"""Practice item widgets: one widget per item type, made by widget_for(item).

See base.ItemWidget for what every widget offers (response(), has_response(), response_changed,
submit_requested, set_locked(), show_result()), and each type's module for its controls and keys.
"""

from tutor.ui.practice.base import ItemWidget, Media
from tutor.ui.practice.choice import MultipleChoiceWidget, SingleChoiceWidget
from tutor.ui.practice.factory import WIDGETS, widget_for
from tutor.ui.practice.gaps import FillGapsWidget
from tutor.ui.practice.matching import MatchingWidget
from tutor.ui.practice.ordering import OrderingWidget
from tutor.ui.practice.written import ExtendedTextWidget, NumericWidget, ShortTextWidget

__all__ = [
    "WIDGETS",
    "ExtendedTextWidget",
    "FillGapsWidget",
    "ItemWidget",
    "MatchingWidget",
    "Media",
    "MultipleChoiceWidget",
    "NumericWidget",
    "OrderingWidget",
    "ShortTextWidget",
    "SingleChoiceWidget",
    "widget_for",
]
