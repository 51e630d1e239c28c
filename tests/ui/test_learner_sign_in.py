"""The profile picker asks a learner with a PIN or picture password for it, by keyboard or mouse,
checked through the real database thread; wrong answers and waits are said in words."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from tests.sample_data import SAMPLE_SETUP
from tests.ui.pseudo import OPEN, extract_template, pseudo_translator
from tutor.facade import Tutor
from tutor.learner_secrets import PICTURE_KEYS, Secret
from tutor.paths import DataPaths
from tutor.records import LearnerProfile, SecretCheck, SignInResult
from tutor.ui.facade_thread import FacadeRunner
from tutor.ui.learner_sign_in import LearnerSignIn
from tutor.ui.profile_picker import ProfilePicker
from tutor.ui.text_scale import apply_text_scale

PIN = "4821"
PICTURES = ("fish", "sun", "fish")
UI_DIR = Path(__file__).resolve().parents[2] / "tutor" / "ui"


@pytest.fixture
def set_up_paths(data_paths: DataPaths) -> DataPaths:
    """The sample class: Ana has a PIN, ben a picture password, Wanjiru neither."""
    tutor = Tutor.open(data_paths)
    try:
        tutor.complete_first_run(SAMPLE_SETUP)
        names = {profile.display_name: profile.id for profile in tutor.learners()}
        tutor.set_learner_pin(names["Ana"], PIN)
        tutor.set_learner_picture_password(names["ben"], PICTURES)
    finally:
        tutor.close()
    return data_paths


@pytest.fixture
def runner(set_up_paths: DataPaths) -> Iterator[FacadeRunner]:
    runner = FacadeRunner(lambda: Tutor.open(set_up_paths))
    yield runner
    runner.shutdown()


def load_learners(qtbot: QtBot, runner: FacadeRunner) -> list[LearnerProfile]:
    found: list[list[LearnerProfile]] = []
    runner.submit(lambda tutor: tutor.learners(), found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=10_000)
    return found[0]


@pytest.fixture
def picker(qtbot: QtBot, runner: FacadeRunner) -> ProfilePicker:
    picker = ProfilePicker()
    picker.set_runner(runner)
    picker.set_learners(load_learners(qtbot, runner))
    qtbot.addWidget(picker)
    picker.resize(1000, 700)
    picker.show()
    qtbot.waitExposed(picker)
    picker.activateWindow()
    picker.focus_list()
    return picker


class Chosen:
    def __init__(self, picker: ProfilePicker) -> None:
        self.profiles: list[LearnerProfile] = []
        picker.learner_chosen.connect(self.profiles.append)

    @property
    def names(self) -> list[str]:
        return [profile.display_name for profile in self.profiles]


def pick(qtbot: QtBot, picker: ProfilePicker, name: str) -> None:
    picker.list.setCurrentRow(picker.learner_names().index(name))
    qtbot.keyClick(picker.list, Qt.Key.Key_Return)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def wait_until_answered(qtbot: QtBot, sign_in: LearnerSignIn) -> None:
    qtbot.waitUntil(lambda: sign_in.message.text() != sign_in.tr("Checking…"), timeout=10_000)


# -- straight through ----------------------------------------------------------------------------


def test_a_learner_without_a_secret_is_chosen_at_once(qtbot: QtBot, picker: ProfilePicker) -> None:
    chosen = Chosen(picker)
    pick(qtbot, picker, "Wanjiru")
    assert chosen.names == ["Wanjiru"]
    assert not picker.asking_secret


# -- PIN -----------------------------------------------------------------------------------------


def test_a_pin_typed_on_the_keyboard_signs_in(qtbot: QtBot, picker: ProfilePicker) -> None:
    chosen = Chosen(picker)
    pick(qtbot, picker, "Ana")
    sign_in = picker.sign_in
    assert picker.asking_secret and chosen.names == []
    assert sign_in.entry.currentWidget() is sign_in.pin_pad
    assert sign_in.name.text() == "Ana"
    assert focused() is sign_in.pin_pad

    qtbot.keyClicks(focused(), "48299")
    qtbot.keyClick(focused(), Qt.Key.Key_Backspace)
    qtbot.keyClick(focused(), Qt.Key.Key_Backspace)
    assert sign_in.pin_pad.digits == "482"
    assert sign_in.pin_pad.display.text() == "●●●"  # never the digits themselves
    qtbot.keyClick(focused(), Qt.Key.Key_1)
    with qtbot.waitSignal(picker.learner_chosen, timeout=10_000) as signal:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert signal.args[0].display_name == "Ana"
    assert chosen.names == ["Ana"]
    assert not picker.asking_secret  # ready for the next learner
    assert sign_in.pin_pad.digits == ""


def test_a_pin_pressed_with_the_mouse_signs_in(qtbot: QtBot, picker: ProfilePicker) -> None:
    listing = picker.list
    row = picker.learner_names().index("Ana")
    qtbot.mouseClick(
        listing.viewport(),
        Qt.MouseButton.LeftButton,
        pos=listing.visualItemRect(listing.item(row)).center(),
    )
    pad = picker.sign_in.pin_pad
    for digit in PIN:
        qtbot.mouseClick(pad.digit_buttons[digit], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(picker.learner_chosen, timeout=10_000) as signal:
        qtbot.mouseClick(pad.ok_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].display_name == "Ana"


def test_the_pin_pad_buttons_work_with_arrows_and_space(
    qtbot: QtBot, picker: ProfilePicker
) -> None:
    pick(qtbot, picker, "Ana")
    pad = picker.sign_in.pin_pad
    pad.digit_buttons["5"].setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Up)
    assert focused() is pad.digit_buttons["2"]
    qtbot.keyClick(focused(), Qt.Key.Key_Up)  # wraps round to the bottom row
    assert focused() is pad.digit_buttons["0"]
    qtbot.keyClick(focused(), Qt.Key.Key_Right)
    assert focused() is pad.ok_button
    qtbot.keyClick(focused(), Qt.Key.Key_Left)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    qtbot.keyClick(focused(), Qt.Key.Key_Left)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # Delete
    qtbot.keyClick(focused(), Qt.Key.Key_Up)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # 7
    assert pad.digits == "7"
    # Typed digits still go in while a button has the focus.
    qtbot.keyClicks(focused(), "12")
    assert pad.digits == "712"
    assert all(button.accessibleName() for button in pad.buttons)


def test_a_short_pin_is_explained_without_counting_as_a_try(
    qtbot: QtBot, picker: ProfilePicker
) -> None:
    pick(qtbot, picker, "Ana")
    sign_in = picker.sign_in
    qtbot.keyClicks(focused(), "48")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert "4 to 6 digits" in sign_in.message.text()
    assert sign_in.pin_pad.digits == "48"  # kept, to finish typing
    qtbot.keyClicks(focused(), "21")
    with qtbot.waitSignal(picker.learner_chosen, timeout=10_000):
        qtbot.keyClick(focused(), Qt.Key.Key_Enter)


def test_wrong_pins_are_said_in_words_then_the_learner_must_wait(
    qtbot: QtBot, picker: ProfilePicker
) -> None:
    chosen = Chosen(picker)
    pick(qtbot, picker, "Ana")
    sign_in = picker.sign_in

    qtbot.keyClicks(focused(), "1111")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    wait_until_answered(qtbot, sign_in)
    assert sign_in.message.text() == sign_in.tr("That is not right. Try again.")
    assert sign_in.pin_pad.digits == ""
    assert focused() is sign_in.pin_pad

    qtbot.keyClicks(focused(), "2222")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    wait_until_answered(qtbot, sign_in)
    assert "If the next try is wrong, you will wait" in sign_in.message.text()

    qtbot.keyClicks(focused(), "3333")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    wait_until_answered(qtbot, sign_in)
    message = sign_in.message.text()
    assert message.startswith("That is not right. Please wait ")
    assert message.endswith(" s, then try again.")
    assert sign_in.locked and not sign_in.pin_pad.isEnabled()
    qtbot.keyClicks(sign_in, "4821")  # ignored while waiting
    assert sign_in.pin_pad.digits == ""

    # "Not me" still works, and coming back does not skip the wait: the database keeps it.
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not picker.asking_secret
    assert focused() is picker.list
    pick(qtbot, picker, "Ana")
    assert not sign_in.locked and sign_in.message.text() == ""
    qtbot.keyClicks(focused(), PIN)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    wait_until_answered(qtbot, sign_in)
    assert sign_in.message.text().startswith("Too many wrong tries. Please wait ")
    assert sign_in.locked
    assert chosen.names == []


def test_the_wait_counts_down_and_then_lets_the_learner_try_again(qtbot: QtBot) -> None:
    answers = [SecretCheck(SignInResult.LOCKED, 0, 2), SecretCheck(SignInResult.OK)]
    checked: list[Secret] = []

    def checker(
        learner_id: str,
        secret: Secret,
        on_result: Callable[[SecretCheck], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        checked.append(secret)
        on_result(answers.pop(0))

    sign_in = LearnerSignIn(checker)
    qtbot.addWidget(sign_in)
    sign_in.show()
    profile = LearnerProfile("id-1", "Zawadi", "sun", True, False, None, None)
    sign_in.start(profile)
    for digit in PIN:
        sign_in.pin_pad.add_digit(digit)
    sign_in.pin_pad.submit()
    assert sign_in.message.text() == "Too many wrong tries. Please wait 2 s, then try again."
    qtbot.waitUntil(lambda: "wait 1 s" in sign_in.message.text(), timeout=2_000)
    qtbot.waitUntil(lambda: not sign_in.locked, timeout=3_000)
    assert sign_in.message.text() == "You can try again now."
    assert sign_in.pin_pad.isEnabled()
    for digit in PIN:
        sign_in.pin_pad.add_digit(digit)
    with qtbot.waitSignal(sign_in.signed_in) as signal:
        sign_in.pin_pad.submit()
    assert signal.args == [profile]
    assert checked == [PIN, PIN]


def test_minutes_are_shown_for_a_long_wait(qtbot: QtBot) -> None:
    sign_in = LearnerSignIn(
        lambda _id, _secret, on_result, _error: on_result(SecretCheck(SignInResult.WRONG, 0, 300))
    )
    qtbot.addWidget(sign_in)
    sign_in.start(LearnerProfile("id-1", "Zawadi", "sun", True, False, None, None))
    for digit in PIN:
        sign_in.pin_pad.add_digit(digit)
    sign_in.pin_pad.submit()
    assert sign_in.message.text() == "That is not right. Please wait 5 min 0 s, then try again."


def test_a_failed_check_is_explained_and_the_learner_can_try_again(qtbot: QtBot) -> None:
    sign_in = LearnerSignIn(lambda _id, _secret, _result, on_error: on_error(OSError("disk gone")))
    qtbot.addWidget(sign_in)
    sign_in.start(LearnerProfile("id-1", "Zawadi", "sun", True, False, None, None))
    for digit in PIN:
        sign_in.pin_pad.add_digit(digit)
    sign_in.pin_pad.submit()
    assert "could not check" in sign_in.message.text()
    assert sign_in.pin_pad.isEnabled() and sign_in.pin_pad.digits == ""


def test_an_answer_arriving_after_not_me_is_ignored(
    qtbot: QtBot, picker: ProfilePicker, runner: FacadeRunner
) -> None:
    chosen = Chosen(picker)
    pick(qtbot, picker, "Ana")
    qtbot.keyClicks(focused(), PIN)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert runner.busy
    qtbot.mouseClick(picker.sign_in.not_me, Qt.MouseButton.LeftButton)  # before the answer
    assert not picker.asking_secret
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)  # the right PIN's answer came
    assert chosen.names == []
    assert not picker.asking_secret


def test_a_double_click_on_a_learner_with_a_pin_asks_once(
    qtbot: QtBot, picker: ProfilePicker
) -> None:
    chosen = Chosen(picker)
    listing = picker.list
    rect = listing.visualItemRect(listing.item(picker.learner_names().index("Ana")))
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert picker.asking_secret
    assert picker.sign_in.profile is not None
    assert picker.sign_in.profile.display_name == "Ana"
    assert chosen.names == []


# -- pictures ------------------------------------------------------------------------------------


def test_pictures_chosen_with_arrows_and_enter_sign_in(qtbot: QtBot, picker: ProfilePicker) -> None:
    pick(qtbot, picker, "ben")
    sign_in = picker.sign_in
    grid = sign_in.picture_grid
    assert sign_in.entry.currentWidget() is grid
    assert focused() is grid.picture_buttons["sun"]  # the first picture, top left

    # fish is in the middle row on the right: down, left (wrapping to the right end).
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert focused() is grid.picture_buttons["heart"]
    qtbot.keyClick(focused(), Qt.Key.Key_Left)
    assert focused() is grid.picture_buttons["fish"]
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.chosen == ("fish",), timeout=1_000)
    assert grid.progress.text() == "●○○"
    qtbot.keyClick(focused(), Qt.Key.Key_Up)
    qtbot.keyClick(focused(), Qt.Key.Key_Right)  # wraps to the left end
    assert focused() is grid.picture_buttons["sun"]
    qtbot.keyClick(focused(), Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: grid.chosen == ("fish", "sun"), timeout=1_000)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Left)
    with qtbot.waitSignal(picker.learner_chosen, timeout=10_000) as signal:
        qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert signal.args[0].display_name == "ben"


def test_pictures_chosen_with_number_keys_and_backspace(
    qtbot: QtBot, picker: ProfilePicker
) -> None:
    pick(qtbot, picker, "ben")
    grid = picker.sign_in.picture_grid
    numbers = {key: str(n + 1) for n, key in enumerate(PICTURE_KEYS)}
    qtbot.keyClicks(focused(), numbers["fish"] + numbers["moon"])
    assert list(grid.chosen) == ["fish", "moon"]
    qtbot.keyClick(focused(), Qt.Key.Key_Backspace)
    assert list(grid.chosen) == ["fish"]
    qtbot.keyClick(focused(), Qt.Key.Key_0)  # not a picture
    assert list(grid.chosen) == ["fish"]
    with qtbot.waitSignal(picker.learner_chosen, timeout=10_000):
        qtbot.keyClicks(focused(), numbers["sun"] + numbers["fish"])


def test_pictures_pressed_with_the_mouse_wrong_then_right(
    qtbot: QtBot, picker: ProfilePicker
) -> None:
    chosen = Chosen(picker)
    pick(qtbot, picker, "ben")
    sign_in = picker.sign_in
    grid = sign_in.picture_grid
    for key in ("sun", "sun", "sun"):
        qtbot.mouseClick(grid.picture_buttons[key], Qt.MouseButton.LeftButton)
    wait_until_answered(qtbot, sign_in)
    assert sign_in.message.text() == sign_in.tr("That is not right. Try again.")
    assert grid.chosen == ()
    qtbot.mouseClick(grid.picture_buttons["tree"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(grid.start_again, Qt.MouseButton.LeftButton)
    assert grid.chosen == ()
    with qtbot.waitSignal(picker.learner_chosen, timeout=10_000):
        for key in PICTURES:
            qtbot.mouseClick(grid.picture_buttons[key], Qt.MouseButton.LeftButton)
    assert chosen.names == ["ben"]


def test_every_picture_has_a_name_for_screen_readers(qtbot: QtBot, picker: ProfilePicker) -> None:
    pick(qtbot, picker, "ben")
    grid = picker.sign_in.picture_grid
    names = [grid.picture_buttons[key].accessibleName() for key in PICTURE_KEYS]
    assert names == ["Sun", "Moon", "Star", "Heart", "Tree", "Fish", "House", "Flower", "Cloud"]
    assert grid.picture_buttons["star"].accessibleDescription() == "Picture 3 of 9"
    assert grid.progress.accessibleName() == "Pictures pressed: 0 of 3"
    assert not grid.picture_buttons["sun"].icon().isNull()


def test_not_me_goes_back_to_the_names(qtbot: QtBot, picker: ProfilePicker) -> None:
    pick(qtbot, picker, "ben")
    qtbot.keyClicks(focused(), "5")
    picker.sign_in.not_me.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter on "Not me" presses it
    qtbot.waitUntil(lambda: not picker.asking_secret, timeout=1_000)
    assert focused() is picker.list
    pick(qtbot, picker, "ben")
    assert picker.sign_in.picture_grid.chosen == ()  # nothing left over


def test_focus_list_forgets_a_half_entered_pin(qtbot: QtBot, picker: ProfilePicker) -> None:
    """What the main window's sign-out (and idle sign-out) calls."""
    pick(qtbot, picker, "Ana")
    qtbot.keyClicks(focused(), "48")
    picker.focus_list()
    assert not picker.asking_secret
    pick(qtbot, picker, "Ana")
    assert picker.sign_in.pin_pad.digits == ""


# -- text: translated, and large text fits -------------------------------------------------------


def sign_in_texts(sign_in: LearnerSignIn) -> dict[str, str]:
    """Every text a person can read or hear on the sign-in screen, but for the learner's name,
    the digits and the dots (the same in every language)."""
    symbols = {
        sign_in.name,
        sign_in.pin_pad.display,
        sign_in.picture_grid.progress,
        *sign_in.pin_pad.digit_buttons.values(),
    }
    texts: dict[str, str] = {}
    for widget in [sign_in, *sign_in.findChildren(QWidget)]:
        where = f"{type(widget).__name__}:{widget.objectName()}"
        if widget not in symbols:
            if isinstance(widget, QLabel | QAbstractButton) and widget.text():
                texts[f"{where} text"] = widget.text()
            if widget.accessibleName():
                texts[f"{where} accessible name"] = widget.accessibleName()
        if widget.toolTip():
            texts[f"{where} tooltip"] = widget.toolTip()
        if widget.accessibleDescription():
            texts[f"{where} description"] = widget.accessibleDescription()
    return texts


def test_every_text_of_the_sign_in_screens_is_translated_and_follows_a_language_change(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    sign_in = LearnerSignIn(
        lambda _id, _secret, on_result, _error: on_result(SecretCheck(SignInResult.WRONG, 0, 5))
    )
    qtbot.addWidget(sign_in)
    sign_in.start(LearnerProfile("id-1", "Zawadi", "sun", True, False, None, None))
    for digit in PIN:
        sign_in.pin_pad.add_digit(digit)
    sign_in.pin_pad.submit()  # a wait message, counting down
    assert sign_in.message.text().startswith("That is not right.")

    template = extract_template(
        sorted(str(path) for path in UI_DIR.rglob("*.py")), tmp_path / "fresh.ts"
    )
    translator = pseudo_translator(template, tmp_path)
    qapp.installTranslator(translator)  # as switch_language does: QEvent.LanguageChange
    try:
        qtbot.waitUntil(lambda: OPEN in sign_in.not_me.text(), timeout=2_000)
        texts = sign_in_texts(sign_in)
        assert len(texts) > 10
        assert "That is not right." in sign_in.message.text()  # the English inside ⟦…⟧
        assert {where: text for where, text in texts.items() if OPEN not in text} == {}

        sign_in.start(LearnerProfile("id-2", "Zawadi", "sun", False, True, None, None))
        texts = sign_in_texts(sign_in)
        assert {where: text for where, text in texts.items() if OPEN not in text} == {}
    finally:
        qapp.removeTranslator(translator)
    qtbot.waitUntil(lambda: OPEN not in sign_in.not_me.text(), timeout=2_000)
    assert sign_in.picture_grid.picture_buttons["sun"].text() == "Sun"


def test_the_picker_follows_a_language_change(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    picker = ProfilePicker()
    qtbot.addWidget(picker)
    template = extract_template(
        sorted(str(path) for path in UI_DIR.rglob("*.py")), tmp_path / "fresh.ts"
    )
    translator = pseudo_translator(template, tmp_path)
    qapp.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: OPEN in picker.heading.text(), timeout=2_000)
        assert OPEN in picker.subheading.text()
        assert OPEN in picker.empty.text()
        assert OPEN in picker.list.accessibleName()
    finally:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize("percent", [150, 200])
def test_the_sign_in_screens_fit_a_small_laptop_with_large_text(
    qtbot: QtBot, qapp: QApplication, runner: FacadeRunner, percent: int
) -> None:
    window = QMainWindow()
    window.menuBar().addMenu("&View")
    window.statusBar().showMessage("status")
    picker = ProfilePicker()
    picker.set_runner(runner)
    picker.set_learners(load_learners(qtbot, runner))
    window.setCentralWidget(picker)
    qtbot.addWidget(window)
    window.show()
    try:
        apply_text_scale(qapp, percent)
        for name in ("Ana", "ben"):
            picker.focus_list()
            pick(qtbot, picker, name)
            qtbot.wait(20)
            hint = window.minimumSizeHint()
            assert hint.width() <= 1280 and hint.height() <= 720, (name, hint)
            if percent == 150:  # fits without scrolling
                assert picker.sign_in.minimumSizeHint().height() <= 720 - 80, name
    finally:
        apply_text_scale(qapp, 100)
