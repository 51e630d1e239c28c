"""Practice item widgets, with the real items of the bundled packs: answered through their
controls (keys and clicks), graded by the real grading, marked, locked, laid out at large text
sizes, and translated."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.pseudo import extract_template, pseudo_translator
from tests.ui.sound import write_tone
from tutor.content.source import load_source
from tutor.engine.grading import grade
from tutor.ui import read_aloud
from tutor.ui.practice import (
    WIDGETS,
    ExtendedTextWidget,
    FillGapsWidget,
    ItemWidget,
    MatchingWidget,
    MultipleChoiceWidget,
    NumericWidget,
    OrderingWidget,
    ShortTextWidget,
    SingleChoiceWidget,
    widget_for,
)
from tutor.ui.practice.controls import ITEM_CONTENT
from tutor.ui.practice.markup import to_html, to_plain
from tutor.ui.practice.ordering import shuffled
from tutor.ui.text_scale import apply_text_scale

REPO = Path(__file__).resolve().parents[2]
PACKS = sorted(path.parent for path in (REPO / "content_packs").glob("*/pack.toml"))
Item = dict[str, Any]

# A typical item of each type, from the fractions pack.
TYPICAL = {
    "single_choice": "addsub-03",
    "multiple_choice": "addsub-04",
    "numeric": "addsub-01",
    "short_text": "addsub-05",
    "ordering": "addsub-09",
    "matching": "addsub-10",
    "fill_gaps": "cf-signes-gaps",
    "extended_text": "addsub-14",
}
ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


@cache
def all_items() -> tuple[Item, ...]:
    found: list[Item] = []
    for pack in PACKS:
        found.extend(load_source(pack).manifest["items"])
    return tuple(found)


def item(item_id: str) -> Item:
    return copy.deepcopy(next(i for i in all_items() if i["id"] == item_id))


def number_key(number: int) -> Qt.Key:
    return Qt.Key(getattr(Qt.Key, f"Key_{number}"))


@pytest.fixture
def make(qtbot: QtBot) -> Callable[..., ItemWidget]:
    def factory(source: Item, **options: Any) -> ItemWidget:
        widget = widget_for(source, **options)
        qtbot.addWidget(widget)
        widget.resize(1000, 700)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return factory


@pytest.fixture
def active(qtbot: QtBot, make: Callable[..., ItemWidget]) -> Callable[..., ItemWidget]:
    """Like make, with the widget's window active, so focus moves as for a learner."""

    def factory(source: Item, **options: Any) -> ItemWidget:
        widget = make(source, **options)
        widget.activateWindow()
        qtbot.waitUntil(widget.isActiveWindow)
        return widget

    return factory


@pytest.fixture
def text_scale(qapp: QApplication) -> Iterator[Callable[[int], int]]:
    yield lambda percent: apply_text_scale(qapp, percent)
    apply_text_scale(qapp, 100)


# --- answering through the controls ----------------------------------------------------------


def right_answer(source: Item) -> Any:
    """The answer the item takes as right, derived from the item."""
    kind = source["type"]
    if kind == "single_choice":
        return next(i for i, choice in enumerate(source["choices"]) if choice["correct"])
    if kind == "multiple_choice":
        return [i for i, choice in enumerate(source["choices"]) if choice["correct"]]
    if kind == "numeric":
        return source["answer"]["value"]
    if kind == "short_text":
        return source["accepted"][0]
    if kind == "ordering":
        return list(range(len(source["order"])))
    if kind == "matching":
        return {i: i for i in range(len(source["pairs"]))}
    if kind == "fill_gaps":
        return [gap["accepted"][0] for gap in source["gaps"]]
    return "My answer, with a story.\nAnd a second line."


def wrong_answer(source: Item) -> Any:
    kind = source["type"]
    if kind == "single_choice":
        return next(i for i, choice in enumerate(source["choices"]) if not choice["correct"])
    if kind == "multiple_choice":
        return [next(i for i, choice in enumerate(source["choices"]) if not choice["correct"])]
    if kind in ("numeric", "short_text"):
        return source["misconceptions"][0]["response"]
    if kind == "ordering":
        return list(reversed(range(len(source["order"]))))
    if kind == "matching":
        count = len(source["pairs"])
        return {i: (i + 1) % count for i in range(count)}
    if kind == "fill_gaps":
        return ["nothing like it" for _ in source["gaps"]]
    raise AssertionError(kind)


def give(qtbot: QtBot, widget: ItemWidget, answer: Any) -> None:
    """Give `answer` the way a learner would: number keys, clicks, typing, arrow keys."""
    if isinstance(widget, SingleChoiceWidget):
        if answer < 9:
            qtbot.keyClick(widget.buttons[0], number_key(answer + 1))
        else:
            qtbot.mouseClick(widget.buttons[answer], Qt.MouseButton.LeftButton)
    elif isinstance(widget, MultipleChoiceWidget):
        for index, button in enumerate(widget.buttons):
            if button.isChecked() != (index in answer):
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    elif isinstance(widget, NumericWidget | ShortTextWidget):
        type_text(qtbot, widget.edit, answer)
    elif isinstance(widget, ExtendedTextWidget):
        for number, line in enumerate(answer.split("\n")):
            if number:
                qtbot.keyClick(widget.edit, Qt.Key.Key_Return)  # a new line, not a submit
            type_text(qtbot, widget.edit, line)
    elif isinstance(widget, OrderingWidget):
        put_in_order_by_keyboard(qtbot, widget, answer)
    elif isinstance(widget, MatchingWidget):
        for left, right in answer.items():
            choose_by_keyboard(qtbot, widget.combos[left], widget.rights[right])
    elif isinstance(widget, FillGapsWidget):
        for edit, text in zip(widget.edits, answer, strict=True):
            type_text(qtbot, edit, text)
    else:
        raise AssertionError(type(widget))


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type `text` key by key; QTest types ASCII only, so other characters arrive as a keyboard
    layout sends them, a key press carrying the character."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def put_in_order_by_keyboard(qtbot: QtBot, widget: OrderingWidget, order: list[int]) -> None:
    """Up and Down choose a step, Alt+Up moves it: a selection sort, from the keyboard alone."""
    steps = widget.list
    for position, step in enumerate(order):
        row = widget.arrangement().index(step)
        while steps.currentRow() < row:
            qtbot.keyClick(steps, Qt.Key.Key_Down)
        while steps.currentRow() > row:
            qtbot.keyClick(steps, Qt.Key.Key_Up)
        for _ in range(row - position):
            qtbot.keyClick(steps, Qt.Key.Key_Up, ALT)
    assert widget.arrangement() == order


def choose_by_keyboard(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Down and Up step through a closed combo box's entries."""
    target = combo.findText(text)
    assert target >= 0, text
    while combo.currentIndex() < target:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    while combo.currentIndex() > target:
        qtbot.keyClick(combo, Qt.Key.Key_Up)


def visible_text(widget: QWidget) -> str:
    """Every text shown in the widget, joined: labels, buttons and list entries."""
    texts = [widget.text() for widget in widget.findChildren(QLabel) if widget.isVisible()]
    for steps in widget.findChildren(QListWidget):
        texts.extend(steps.item(row).text() for row in range(steps.count()))
    return "\n".join(texts)


# --- every type, answered right and wrong ------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(TYPICAL))
def test_each_type_answered_through_its_controls_grades_right_and_wrong(
    qtbot: QtBot, make: Callable[..., ItemWidget], kind: str
) -> None:
    source = item(TYPICAL[kind])
    widget = make(source)
    assert type(widget) is WIDGETS[kind]
    assert widget.response() is None and not widget.has_response()
    changes: list[None] = []
    widget.response_changed.connect(lambda: changes.append(None))
    give(qtbot, widget, right_answer(source))
    assert changes
    assert widget.has_response()
    result = grade(source, widget.response())
    if kind == "extended_text":
        assert widget.response() == right_answer(source)
        assert not result.auto_graded
        return
    assert result.correct, (widget.response(), result)

    wrong = make(source)
    give(qtbot, wrong, wrong_answer(source))
    assert not grade(source, wrong.response()).correct


def test_number_keys_pick_single_choices(qtbot: QtBot, make: Callable[..., ItemWidget]) -> None:
    widget = make(item("addsub-03"))
    assert isinstance(widget, SingleChoiceWidget)
    qtbot.keyClick(widget.buttons[0], Qt.Key.Key_2)
    assert widget.response() == 1
    assert widget.buttons[1].hasFocus() or not widget.isActiveWindow()
    qtbot.keyClick(widget.buttons[1], Qt.Key.Key_4)
    assert widget.response() == 3
    qtbot.keyClick(widget.buttons[3], Qt.Key.Key_9)  # there is no ninth choice
    assert widget.response() == 3
    qtbot.keyClick(widget.buttons[3], Qt.Key.Key_1, Qt.KeyboardModifier.KeypadModifier)
    assert widget.response() == 0
    assert widget.buttons[0].sign.text() != widget.buttons[1].sign.text()  # not colour alone
    qtbot.mouseClick(widget.buttons[2], Qt.MouseButton.LeftButton)
    assert widget.response() == 2


def test_number_keys_toggle_multiple_choices(qtbot: QtBot, make: Callable[..., ItemWidget]) -> None:
    source = item("addsub-04")
    widget = make(source)
    for key in (Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_5, Qt.Key.Key_2, Qt.Key.Key_5):
        qtbot.keyClick(widget, key)
    assert widget.response() == [0, 1, 2]
    assert grade(source, widget.response()).correct
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3):
        qtbot.keyClick(widget, key)
    assert widget.response() is None


def test_written_answers_are_kept_as_typed(qtbot: QtBot, make: Callable[..., ItemWidget]) -> None:
    widget = make(item("addsub-01"))
    assert isinstance(widget, NumericWidget)
    qtbot.keyClicks(widget.edit, " 0,6 ")
    assert widget.response() == " 0,6 "  # grading decides about a decimal comma
    widget.edit.clear()
    qtbot.keyClicks(widget.edit, "2 1/4")
    assert widget.response() == "2 1/4"
    widget.edit.setText("   ")
    assert widget.response() is None


def test_ordering_is_solved_from_the_keyboard_alone(
    qtbot: QtBot, active: Callable[..., ItemWidget]
) -> None:
    source = item("addsub-09")
    widget = active(source)
    assert isinstance(widget, OrderingWidget)
    widget.setFocus()
    assert QApplication.focusWidget() is widget.list
    assert widget.response() is None  # nothing moved yet: the shuffle is never the answer
    assert widget.arrangement() != right_answer(source)
    steps = widget.list
    order = right_answer(source)
    for position, step in enumerate(order):
        row = widget.arrangement().index(step)
        while steps.currentRow() != row:
            key = Qt.Key.Key_Down if steps.currentRow() < row else Qt.Key.Key_Up
            qtbot.keyClick(QApplication.focusWidget(), key)
        for _ in range(row - position):
            modifier = ALT if position % 2 else CTRL  # both work
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up, modifier)
    assert QApplication.focusWidget() is widget.list
    assert widget.response() == order
    assert grade(source, widget.response()).correct
    assert steps.item(0).text().startswith("1. ")
    submitted: list[None] = []
    widget.submit_requested.connect(lambda: submitted.append(None))
    qtbot.keyClick(steps, Qt.Key.Key_Return)
    assert submitted == [None]


def test_ordering_buttons_move_the_chosen_step(
    qtbot: QtBot, active: Callable[..., ItemWidget]
) -> None:
    widget = active(item("addsub-09"))
    assert isinstance(widget, OrderingWidget)
    before = widget.arrangement()
    widget.list.setCurrentRow(0)
    assert not widget.up_button.isEnabled()
    qtbot.mouseClick(widget.down_button, Qt.MouseButton.LeftButton)
    assert widget.arrangement() == [before[1], before[0], *before[2:]]
    assert widget.list.currentRow() == 1
    qtbot.mouseClick(widget.up_button, Qt.MouseButton.LeftButton)
    assert widget.response() == before
    # at the top, Move up can do no more: focus stays in the item, on the list
    assert not widget.up_button.isEnabled()
    assert QApplication.focusWidget() is widget.list


def test_a_step_dragged_with_the_mouse_counts_as_moved(make: Callable[..., ItemWidget]) -> None:
    widget = make(item("addsub-09"))
    assert isinstance(widget, OrderingWidget)
    before = widget.arrangement()
    changes: list[None] = []
    widget.response_changed.connect(lambda: changes.append(None))
    # a drop in the list moves the row in its model, as this does
    assert widget.list.model().moveRow(QModelIndex(), 0, QModelIndex(), 2)
    assert widget.response() == [before[1], before[0], *before[2:]]
    assert changes == [None]
    first = widget.list.item(0)
    assert first.text() == f"1. {widget.steps[before[1]]}"
    assert first.data(Qt.ItemDataRole.AccessibleTextRole) == (
        f"Place 1 of 4: {widget.steps[before[1]]}"
    )


def test_the_shuffles_are_deterministic_and_never_the_answer(
    make: Callable[..., ItemWidget],
) -> None:
    for source in all_items():
        if source["type"] == "ordering":
            for seed in range(25):
                start = shuffled(len(source["order"]), source["order"], _rng(seed, source))
                assert [source["order"][i] for i in start] != source["order"], (source["id"], seed)
    source = item("addsub-09")
    first, second, other = (make(source, seed=s) for s in (7, 7, 8))
    assert isinstance(first, OrderingWidget) and isinstance(second, OrderingWidget)
    assert isinstance(other, OrderingWidget)
    assert first.arrangement() == second.arrangement()
    matching = item("addsub-10")
    one, two = make(matching, seed=3), make(matching, seed=3)
    assert isinstance(one, MatchingWidget) and isinstance(two, MatchingWidget)
    assert one.offered == two.offered
    assert sorted(one.offered) == list(range(len(matching["pairs"])))


def _rng(seed: int, source: Item) -> Any:
    import random

    return random.Random(f"{seed}/{source['id']}")


def test_choices_keep_the_authors_order(make: Callable[..., ItemWidget]) -> None:
    source = item("addsub-03")
    widget = make(source)
    assert isinstance(widget, SingleChoiceWidget)
    assert [b.text_label.text() for b in widget.buttons] == [c["text"] for c in source["choices"]]


# --- Enter ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(TYPICAL))
def test_enter_submits_only_when_there_is_a_response(
    qtbot: QtBot, active: Callable[..., ItemWidget], kind: str
) -> None:
    source = item(TYPICAL[kind])
    widget = active(source)
    submitted: list[None] = []
    widget.submit_requested.connect(lambda: submitted.append(None))
    first = widget.inputs()[0]
    qtbot.keyClick(first, Qt.Key.Key_Return)
    qtbot.keyClick(first, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert submitted == []
    give(qtbot, widget, right_answer(source))
    focused = QApplication.focusWidget() or first
    if kind == "extended_text":
        text = widget.response()
        qtbot.keyClick(widget.inputs()[0], Qt.Key.Key_Return)
        assert submitted == [] and widget.response() == f"{text}\n"  # Enter: a new line
        qtbot.keyClick(widget.inputs()[0], Qt.Key.Key_Return, CTRL)
    else:
        qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert submitted == [None]


def test_enter_in_gaps_goes_to_the_next_empty_gap_first(
    qtbot: QtBot, active: Callable[..., ItemWidget]
) -> None:
    source = item("cf-signes-gaps")
    widget = active(source)
    assert isinstance(widget, FillGapsWidget)
    submitted: list[None] = []
    widget.submit_requested.connect(lambda: submitted.append(None))
    widget.setFocus()
    assert QApplication.focusWidget() is widget.edits[0]
    for edit, text in zip(widget.edits, right_answer(source), strict=True):
        assert QApplication.focusWidget() is edit
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert submitted == [None]
    assert grade(source, widget.response()).correct
    assert "(1)" in widget.prompt.text() and "&gt;" in widget.prompt.text()  # typed, shown


def test_enter_in_matching_goes_to_the_next_left_without_a_match(
    qtbot: QtBot, active: Callable[..., ItemWidget]
) -> None:
    source = item("addsub-10")
    widget = active(source)
    assert isinstance(widget, MatchingWidget)
    submitted: list[None] = []
    widget.submit_requested.connect(lambda: submitted.append(None))
    widget.setFocus()
    for left, combo in enumerate(widget.combos):
        assert QApplication.focusWidget() is combo
        choose_by_keyboard(qtbot, combo, widget.rights[left])
        qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert submitted == [None]
    assert grade(source, widget.response()).correct


# --- results -------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(set(TYPICAL) - {"extended_text"}))
def test_show_result_marks_wrong_parts_in_words_and_signs(
    qtbot: QtBot, make: Callable[..., ItemWidget], kind: str
) -> None:
    source = item(TYPICAL[kind])
    widget = make(source)
    give(qtbot, widget, wrong_answer(source))
    result = grade(source, widget.response())
    widget.show_result(result)
    assert widget.result_label.isVisible()
    assert "✗" in widget.result_label.text() and "✓" not in widget.result_label.text()
    shown = visible_text(widget)
    if result.detail:
        wrong_parts = result.detail.count(False)
        marks = shown.count("✗ Wrong") + shown.count("✗ Not right") + shown.count("✗ Missed")
        assert marks >= min(wrong_parts, 1)
    if isinstance(widget, SingleChoiceWidget):
        chosen = widget.buttons[wrong_answer(source)]
        assert chosen.mark.text() == "✗ Wrong"
        assert chosen.accessibleDescription() == "✗ Wrong"
        right = widget.buttons[right_answer(source)]
        assert right.mark.text() == "✓ This is the right answer"
    if isinstance(widget, OrderingWidget):
        rows = [widget.list.item(row).text() for row in range(widget.list.count())]
        assert all(("✓ Right place" in r) != ("✗ Wrong place" in r) for r in rows)
        assert sum("✗ Wrong place" in r for r in rows) == result.detail.count(False)
    if isinstance(widget, MatchingWidget | FillGapsWidget):
        assert [("✗" in mark.text()) for mark in widget.marks] == [not d for d in result.detail]
    widget.clear_result()
    assert not widget.result_label.isVisible()
    assert "✗" not in visible_text(widget)


@pytest.mark.parametrize("kind", sorted(TYPICAL))
def test_show_result_of_a_right_answer(
    qtbot: QtBot, make: Callable[..., ItemWidget], kind: str
) -> None:
    source = item(TYPICAL[kind])
    widget = make(source)
    give(qtbot, widget, right_answer(source))
    widget.show_result(grade(source, widget.response()))
    if kind == "extended_text":
        assert "teacher" in widget.result_label.text()
    else:
        assert widget.result_label.text().startswith("✓")
        assert "✗" not in visible_text(widget)


def test_marks_are_coloured_but_not_only_coloured(
    qtbot: QtBot, make: Callable[..., ItemWidget]
) -> None:
    source = item("addsub-01")
    widget = make(source)
    assert isinstance(widget, NumericWidget)
    qtbot.keyClicks(widget.edit, "3/10")
    widget.show_result(grade(source, widget.response()))
    assert widget.mark.text().startswith("✗") and "right" in widget.mark.text()
    colour = widget.mark.palette().color(widget.mark.foregroundRole())
    assert colour != QColor(Qt.GlobalColor.black)


# --- locked --------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(TYPICAL))
def test_locked_widgets_ignore_input(
    qtbot: QtBot, make: Callable[..., ItemWidget], kind: str
) -> None:
    source = item(TYPICAL[kind])
    widget = make(source)
    if kind == "ordering":
        give(qtbot, widget, wrong_answer(source))
    before = widget.response()
    widget.set_locked(True)
    assert widget.is_locked()
    changes: list[None] = []
    submitted: list[None] = []
    widget.response_changed.connect(lambda: changes.append(None))
    widget.submit_requested.connect(lambda: submitted.append(None))
    for control in widget.inputs():
        qtbot.keyClick(control, Qt.Key.Key_1)
        qtbot.keyClick(control, Qt.Key.Key_Space)
        qtbot.keyClick(control, Qt.Key.Key_Down)
        qtbot.keyClick(control, Qt.Key.Key_Up, ALT)
        qtbot.keyClicks(control, "x")
        qtbot.keyClick(control, Qt.Key.Key_Return)
        if control.isEnabled():
            qtbot.mouseClick(control, Qt.MouseButton.LeftButton)
    if isinstance(widget, OrderingWidget):
        assert not widget.up_button.isEnabled() and not widget.down_button.isEnabled()
    assert widget.response() == before
    assert changes == [] and submitted == []
    assert all(control.isEnabled() for control in widget.inputs()[:1])  # still readable
    widget.set_locked(False)
    give(qtbot, widget, right_answer(source))
    assert widget.response() != before


# --- accessibility, focus, layout ----------------------------------------------------------------


def test_every_control_has_an_accessible_name_and_the_tab_order_follows_the_layout(
    qtbot: QtBot, active: Callable[..., ItemWidget]
) -> None:
    for item_id in TYPICAL.values():
        widget = active(item(item_id))
        controls = [
            child
            for child in widget.findChildren(QWidget)
            if isinstance(
                child, QAbstractButton | QLineEdit | QComboBox | QListWidget | QPlainTextEdit
            )
        ]
        assert controls, item_id
        for control in controls:
            assert control.accessibleName().strip(), (item_id, control.objectName())
        inputs = [control for control in widget.inputs() if control.isEnabled()]
        widget.setFocus()
        assert QApplication.focusWidget() is inputs[0], item_id
        # One choice of a single choice is a stop for Tab, as for radio buttons; arrows move on.
        key = Qt.Key.Key_Down if isinstance(widget, SingleChoiceWidget) else Qt.Key.Key_Tab
        for following in inputs[1:]:
            qtbot.keyClick(QApplication.focusWidget(), key)
            assert QApplication.focusWidget() is following, (item_id, following.objectName())
        assert widget.prompt.accessibleName() == "" and widget.prompt.text()  # read as text
        widget.close()


def test_inputs_describe_the_question_for_screen_readers(make: Callable[..., ItemWidget]) -> None:
    numeric = make(item("addsub-01"))
    assert isinstance(numeric, NumericWidget)
    assert (
        numeric.edit.accessibleDescription()
        == "Work out 2/5 + 1/5. Write the answer as a fraction."
    )
    gaps = make(item("cf-signes-gaps"))
    assert isinstance(gaps, FillGapsWidget)
    assert gaps.edits[1].accessibleName() == "Gap 2"
    assert gaps.edits[1].accessibleDescription() == "1/2 (1) 1/4 ; 3/5 ___ 2/5 ; 1/2 (3) 2/4"
    matching = make(item("addsub-10"))
    assert isinstance(matching, MatchingWidget)
    assert matching.combos[0].accessibleName() == "Match for 1/5 + 2/5"


def in_window(widget: ItemWidget, size: tuple[int, int], qtbot: QtBot) -> QMainWindow:
    """A window of `size` showing the widget in a scroll area, as a practice screen would."""
    window = QMainWindow()
    qtbot.addWidget(window)
    area = QScrollArea()
    area.setObjectName("page")
    area.setWidgetResizable(True)
    area.setWidget(widget)
    window.setCentralWidget(area)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    QCoreApplication.processEvents()
    return window


def scrolls_across(window: QMainWindow) -> bool:
    area = window.centralWidget()
    assert isinstance(area, QScrollArea)
    widget = area.widget()
    assert widget is not None
    return area.horizontalScrollBar().isVisible() or widget.width() > window.width()


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_typical_items_fit_the_screen_at_150_percent_text(
    qtbot: QtBot, text_scale: Callable[[int], int], size: tuple[int, int]
) -> None:
    text_scale(150)
    for kind, item_id in TYPICAL.items():
        widget = widget_for(item(item_id))
        window = in_window(widget, size, qtbot)
        assert not scrolls_across(window), kind
        if kind != "ordering":  # seven long steps need the page to scroll down, not across
            assert widget.height() <= size[1], kind
        for control in widget.inputs():
            assert control.height() >= control.fontMetrics().height() * 2, (kind, control)


def test_every_item_fits_1280_wide_at_150_and_200_percent_text(
    qtbot: QtBot, text_scale: Callable[[int], int]
) -> None:
    for percent in (150, 200):
        text_scale(percent)
        for source in all_items():
            window = in_window(widget_for(source), (1280, 720), qtbot)
            assert not scrolls_across(window), (percent, source["id"])
            window.close()
            window.deleteLater()


def test_text_size_changes_reach_the_controls(
    qtbot: QtBot, make: Callable[..., ItemWidget], text_scale: Callable[[int], int]
) -> None:
    widget = make(item("addsub-03"))
    assert isinstance(widget, SingleChoiceWidget)
    small = widget.buttons[0].sizeHint().height()
    text_scale(200)
    QCoreApplication.processEvents()
    assert widget.buttons[0].sizeHint().height() > small * 1.5


# --- pictures, errors, and the walk through every pack -----------------------------------------


def test_pictures_come_only_from_the_media_resolver(
    qtbot: QtBot, make: Callable[..., ItemWidget], tmp_path: Path
) -> None:
    picture = tmp_path / "pizzas.png"
    image = QImage(4000, 2000, QImage.Format.Format_RGB32)
    image.fill(QColor("orange"))
    assert image.save(str(picture))
    source = item("addsub-03")
    source["media"] = [
        {"kind": "image", "path": "media/pizzas.png"},
        {"kind": "audio", "path": "media/pizzas.ogg"},
    ]
    asked: list[str] = []

    def media(path: str) -> Path | None:
        asked.append(path)
        return picture if path == "media/pizzas.png" else None

    widget = make(source, media=media)
    assert asked == ["media/pizzas.png", "media/pizzas.ogg"]  # the pictures, then the recording
    assert widget.listen.isHidden()  # the recording has no file
    assert len(widget.images) == 1
    pixmap = widget.images[0].pixmap()
    assert not pixmap.isNull() and pixmap.width() < 1280  # scaled down to fit
    assert widget.images[0].accessibleName() == "Picture for the question"
    assert make(source).images == []  # no resolver, no pictures
    assert make(source, media=lambda path: None).images == []
    assert make(source, media=lambda path: tmp_path / "missing.png").images == []


def test_a_question_with_a_recording_can_be_listened_to_and_stops_when_hidden(
    qtbot: QtBot, make: Callable[..., ItemWidget], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(read_aloud, "has_sound_output", lambda _module: True)
    recording = write_tone(tmp_path / "question.wav", seconds=20)
    source = item("addsub-01")
    source["media"] = [{"kind": "audio", "path": "media/question.wav"}]
    widget = make(source, media=lambda path: recording if path == "media/question.wav" else None)
    assert widget.listen.isVisible()
    assert widget.listen.button.accessibleName() == "Listen to the question"
    qtbot.mouseClick(widget.listen.button, Qt.MouseButton.LeftButton)
    assert widget.listen.is_playing()
    widget.hide()  # the next question, or leaving the screen
    assert not widget.listen.is_playing()
    assert make(item("addsub-01")).listen.isHidden()  # no recording, no button


def test_an_unknown_type_is_refused_by_name() -> None:
    source = item("addsub-03")
    source["type"] = "essay"
    with pytest.raises(ValueError, match="no practice widget for item type 'essay'"):
        widget_for(source)


def test_every_item_of_every_bundled_pack_is_shown_and_answered_right(
    qtbot: QtBot,
) -> None:
    assert {source["type"] for source in all_items()} == set(WIDGETS)
    for seed, source in enumerate(all_items()):
        widget = widget_for(source, seed=seed)
        qtbot.addWidget(widget)
        assert widget.prompt.text(), source["id"]
        assert not widget.has_response(), source["id"]
        answer = right_answer(source)
        give(qtbot, widget, answer)
        result = grade(source, widget.response())
        if source["type"] == "extended_text":
            assert widget.response() == answer and not result.auto_graded
        else:
            assert result.correct, (source["id"], widget.response())
        widget.show_result(result)
        restored = widget_for(source, seed=seed)
        qtbot.addWidget(restored)
        restored.set_response(widget.response())
        assert restored.response() == widget.response(), source["id"]
        widget.deleteLater()
        restored.deleteLater()


# --- prompt text -------------------------------------------------------------------------------


def test_prompts_are_escaped_and_only_simple_markdown_becomes_markup() -> None:
    rendered = to_html('<img src="http://x/y.png"> & <a href="x">**bold**</a> *it* `0 |--| 1`')
    assert "<img" not in rendered and "<a " not in rendered
    assert "&lt;img" in rendered and "&amp;" in rendered
    assert "<b>bold</b>" in rendered and "<i>it</i>" in rendered
    assert '<code style="white-space: pre">0 |--| 1</code>' in rendered
    assert to_html("![a pizza](media/p.png) [see](http://e.org)") == "a pizza see"
    assert to_html("called ______ fractions, snake_case, 2 * 3 * 4") == (
        "called ______ fractions, snake_case, 2 * 3 * 4"
    )
    assert to_html(r"\*not italic\* and \[[1]]") == "*not italic* and [[1]]"
    assert to_html("gap [[2]] here", lambda n: f"<u>{n}</u>") == "gap <u>2</u> here"


def test_author_line_breaks_are_kept_and_source_wraps_joined() -> None:
    # a break the author meant: after a sentence, around a sum or a number line
    assert to_plain("Eat 1/4.\nHow much?") == "Eat 1/4.\nHow much?"
    assert to_plain("Fill in.\n3/7 [[1]] 5/7\n1/4 [[2]] 1/6") == (
        "Fill in.\n3/7 [[1]] 5/7\n1/4 [[2]] 1/6"
    )
    assert to_plain("this line:\n`0 |--| 1`\nWhat?") == "this line:\n0 |--| 1\nWhat?"
    # a wrap in the source file, inside a sentence
    assert to_plain("Quelle part : 1/3 de\nla tarte ?") == "Quelle part : 1/3 de la tarte ?"
    assert to_html("sont **plus\ngrandes** que") == "sont <b>plus grandes</b> que"
    assert to_plain("a gas called\n[[2]] dioxide") == "a gas called [[2]] dioxide"
    # a hard break and list items
    assert to_plain("One\\\ntwo") == "One\ntwo"
    assert to_plain("Pick:\n- red\n- blue") == "Pick:\n• red\n• blue"


# --- translation -------------------------------------------------------------------------------


@pytest.fixture
def pseudo_translated(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    """Every string of the practice widgets, extracted by lupdate, translated as ⟦…⟧."""
    sources = sorted(str(path) for path in (REPO / "tutor/ui/practice").glob("*.py"))
    template = extract_template(sources, tmp_path / "practice.ts")
    translator = pseudo_translator(template, tmp_path)
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def own_texts(widget: ItemWidget) -> dict[str, str]:
    """What Tutor itself says in the widget: not the item's text, numbers or signs."""
    found: dict[str, str] = {}
    for child in [widget, *widget.findChildren(QWidget)]:
        where = f"{type(child).__name__}:{child.objectName()}"
        texts = {"name": child.accessibleName(), "tooltip": child.toolTip()}
        if child.accessibleDescription() != widget.prompt_plain:
            texts["description"] = child.accessibleDescription()
        if isinstance(child, QLabel | QAbstractButton) and not child.property(ITEM_CONTENT):
            texts["text"] = child.text()
        if isinstance(child, QComboBox):
            texts["first entry"] = child.itemText(0)
        if isinstance(child, QListWidget):
            texts |= {f"row {row}": child.item(row).text() for row in range(child.count())}
        for what, text in texts.items():
            if any(char.isalpha() for char in text):
                found[f"{where} {what}"] = text
    return found


def test_every_text_of_the_widgets_goes_through_translation(
    qtbot: QtBot, pseudo_translated: None, make: Callable[..., ItemWidget]
) -> None:
    for kind, item_id in TYPICAL.items():
        source = item(item_id)
        widget = make(source)
        texts = own_texts(widget)
        if kind != "extended_text":
            give(qtbot, widget, wrong_answer(source))
        widget.show_result(grade(source, widget.response() or right_answer(source)))
        texts |= {f"{where} (marked)": text for where, text in own_texts(widget).items()}
        untranslated = {where: text for where, text in texts.items() if "⟦" not in text}
        assert untranslated == {}, kind
