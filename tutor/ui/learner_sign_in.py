"""A learner proves who they are: a PIN pad, or a 3×3 grid of pictures pressed in order.

Shown by the profile picker after a learner with a PIN or picture password picks their name.
Everything works from the keyboard as well as by mouse or touch:

* PIN pad: type digits (or press the big digit buttons: arrow keys move, Space presses),
  Backspace deletes the last digit, Enter signs in;
* pictures: arrow keys move, Enter or Space presses a picture, or 1–9 press the picture in that
  place (top row 1 2 3), Backspace takes the last picture back; the third picture signs in;
* Escape, or "Not me", goes back to the names.

Every text follows a change of language (QEvent.LanguageChange) and sizes follow the text size.

The secret is checked on the database thread (through a :data:`SecretChecker`). A wrong answer
says so in words; after too many the learner waits, and the screen counts the wait down.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tutor.learner_secrets import (
    PICTURE_KEYS,
    PICTURE_PASSWORD_LENGTH,
    PIN_MAX_LENGTH,
    PIN_MIN_LENGTH,
    Secret,
)
from tutor.records import LearnerProfile, SecretCheck, SignInResult
from tutor.ui.avatar_icons import avatar_pixmap
from tutor.ui.picture_icons import picture_icon
from tutor.ui.secret_checker import SecretChecker

log = logging.getLogger(__name__)

DIGIT_KEYS: dict[int, str] = {int(Qt.Key.Key_0) + digit: str(digit) for digit in range(10)}
ENTER_KEYS: tuple[int, ...] = (int(Qt.Key.Key_Return), int(Qt.Key.Key_Enter))
ARROWS: dict[int, tuple[int, int]] = {
    int(Qt.Key.Key_Left): (0, -1),
    int(Qt.Key.Key_Right): (0, 1),
    int(Qt.Key.Key_Up): (-1, 0),
    int(Qt.Key.Key_Down): (1, 0),
}
TICK_MS = 1000
BIG_TEXT = 1.6  # digits, dots and the learner's name, relative to the app's text size
ERROR_STYLE = "color: #b00020; font-weight: bold;"


def line_height(widget: QWidget) -> int:
    return max(1, widget.fontMetrics().height())


class GridNavigator(QObject):
    """Arrow keys move the focus between buttons laid out in rows (an event filter on each),
    wrapping at the edges and mirrored in right-to-left layouts; with `enter_presses`,
    Enter/Return presses the focused button too."""

    def __init__(
        self, rows: Sequence[Sequence[QAbstractButton]], parent: QObject, *, enter_presses: bool
    ) -> None:
        super().__init__(parent)
        self._rows = [list(row) for row in rows]
        self._enter_presses = enter_presses
        self._where: dict[QObject, tuple[int, int]] = {}
        for r, row in enumerate(self._rows):
            for c, button in enumerate(row):
                self._where[button] = (r, c)
                button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or watched not in self._where:
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if key in ENTER_KEYS and self._enter_presses and isinstance(watched, QAbstractButton):
            watched.animateClick()
            return True
        step = ARROWS.get(key)
        if step is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        row, column = self._where[watched]
        row = (row + step[0]) % len(self._rows)
        column = min(column, len(self._rows[row]) - 1)
        across = step[1]
        if isinstance(watched, QWidget) and watched.isRightToLeft():
            across = -across  # the grid is mirrored: Left goes to the next column
        if across:
            column = (column + across) % len(self._rows[row])
        self._rows[row][column].setFocus(Qt.FocusReason.TabFocusReason)
        return True


def big_font(widget: QWidget, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(widget.font().pointSizeF() * BIG_TEXT)
    font.setBold(bold)
    return font


class _SecretEntry(QWidget):
    """What the PIN pad and the picture grid share: their own keys first, and sizes and words
    that follow the text size and the language."""

    def handle_key(self, event: QKeyEvent) -> bool:
        """Act on a key of this entry; False for keys it leaves to its parent."""
        return False

    def _apply_sizes(self) -> None:
        pass

    def _retranslate(self) -> None:
        pass

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_sizes()
        elif event.type() == QEvent.Type.LanguageChange:
            self._retranslate()


class PinPad(_SecretEntry):
    """Big digit buttons, Delete and OK, and the typed digits shown as dots."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinPad")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Digits read left to right in every language, as on a phone or a cash machine.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._digits = ""
        self.display = QLabel()
        self.display.setObjectName("pinDisplay")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digit_buttons: dict[str, QPushButton] = {}
        for digit in "0123456789":
            button = QPushButton(digit)
            button.setObjectName(f"pinDigit{digit}")
            button.setAccessibleName(digit)
            button.clicked.connect(lambda _checked=False, d=digit: self.add_digit(d))
            self.digit_buttons[digit] = button
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("pinDelete")
        self.delete_button.clicked.connect(self.delete_digit)
        self.ok_button = QPushButton()
        self.ok_button.setObjectName("pinOk")
        self.ok_button.clicked.connect(self.submit)
        rows: list[list[QAbstractButton]] = [
            [self.digit_buttons[d] for d in "123"],
            [self.digit_buttons[d] for d in "456"],
            [self.digit_buttons[d] for d in "789"],
            [self.delete_button, self.digit_buttons["0"], self.ok_button],
        ]
        grid = QGridLayout()
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                grid.addWidget(cell, r, c)
        self.buttons: list[QAbstractButton] = [b for row in rows for b in row]
        self._navigator = GridNavigator(rows, self, enter_presses=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.display)
        layout.addLayout(grid)
        layout.addStretch()
        self._apply_sizes()
        self._retranslate()

    @property
    def digits(self) -> str:
        return self._digits

    def add_digit(self, digit: str) -> None:
        if self.isEnabled() and len(self._digits) < PIN_MAX_LENGTH:
            self._digits += digit
            self._show_digits()

    def delete_digit(self) -> None:
        if self.isEnabled():
            self._digits = self._digits[:-1]
            self._show_digits()

    def clear(self) -> None:
        self._digits = ""
        self._show_digits()

    def submit(self) -> None:
        if self.isEnabled():
            self.submitted.emit(self._digits)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Digits, Backspace and Enter typed anywhere on the sign-in screen."""
        key = event.key()
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if key in DIGIT_KEYS:
            self.add_digit(DIGIT_KEYS[key])
        elif key == Qt.Key.Key_Backspace:
            self.delete_digit()
        elif key in ENTER_KEYS:
            self.submit()
        else:
            return False
        return True

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("PIN pad"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the last digit"))
        self.ok_button.setText(self.tr("OK"))
        self.ok_button.setAccessibleName(self.tr("Sign in with this PIN"))
        self._show_digits()

    def _show_digits(self) -> None:
        count = len(self._digits)
        self.display.setText("●" * count)
        self.display.setAccessibleName(self.tr("Digits typed: {count}").format(count=count))

    def _apply_sizes(self) -> None:
        height = line_height(self)
        big = big_font(self)
        for button in self.buttons:
            button.setMinimumSize(QSize(height * 4, height * 5 // 2))
        for button in self.digit_buttons.values():
            button.setFont(big)
        self.display.setFont(big)
        self.display.setMinimumHeight(height * 2)


class PictureGrid(_SecretEntry):
    """Nine big pictures, each with its name under it; pressing three in order submits them."""

    submitted = Signal(tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pictureGrid")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._chosen: list[str] = []
        self.progress = QLabel()
        self.progress.setObjectName("pictureProgress")
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture_buttons: dict[str, QToolButton] = {}
        grid = QGridLayout()
        for index, key in enumerate(PICTURE_KEYS):
            button = QToolButton()
            button.setObjectName(f"picture_{key}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)
            button.clicked.connect(lambda _checked=False, k=key: self.choose(k))
            self.picture_buttons[key] = button
            grid.addWidget(button, index // 3, index % 3)
        self.start_again = QPushButton()
        self.start_again.setObjectName("pictureStartAgain")
        self.start_again.clicked.connect(self.clear)
        buttons: list[QAbstractButton] = list(self.picture_buttons.values())
        rows: list[list[QAbstractButton]] = [buttons[i : i + 3] for i in range(0, 9, 3)]
        self._navigator = GridNavigator(rows, self, enter_presses=True)
        top = QHBoxLayout()
        top.addStretch()
        top.addWidget(self.progress)
        top.addWidget(self.start_again, 1, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addStretch()
        self._apply_sizes()
        self._retranslate()

    def picture_names(self) -> dict[str, str]:
        return {
            "sun": self.tr("Sun"),
            "moon": self.tr("Moon"),
            "star": self.tr("Star"),
            "heart": self.tr("Heart"),
            "tree": self.tr("Tree"),
            "fish": self.tr("Fish"),
            "house": self.tr("House"),
            "flower": self.tr("Flower"),
            "cloud": self.tr("Cloud"),
        }

    @property
    def chosen(self) -> tuple[str, ...]:
        return tuple(self._chosen)

    def choose(self, key: str) -> None:
        if not self.isEnabled() or len(self._chosen) >= PICTURE_PASSWORD_LENGTH:
            return
        self._chosen.append(key)
        self._show_progress()
        if len(self._chosen) == PICTURE_PASSWORD_LENGTH:
            self.submitted.emit(tuple(self._chosen))

    def take_back(self) -> None:
        if self.isEnabled():
            self._chosen = self._chosen[:-1]
            self._show_progress()

    def clear(self) -> None:
        self._chosen = []
        self._show_progress()

    def handle_key(self, event: QKeyEvent) -> bool:
        """1–9 press the picture in that place; Backspace takes the last one back."""
        key = event.key()
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        digit = DIGIT_KEYS.get(key)
        if digit is not None and digit != "0":
            picture = PICTURE_KEYS[int(digit) - 1]
            self.picture_buttons[picture].setFocus(Qt.FocusReason.OtherFocusReason)
            self.choose(picture)
        elif key == Qt.Key.Key_Backspace:
            self.take_back()
        else:
            return False
        return True

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Picture password"))
        names = self.picture_names()
        for index, (key, button) in enumerate(self.picture_buttons.items()):
            button.setText(names[key])
            button.setAccessibleName(names[key])
            button.setAccessibleDescription(
                self.tr("Picture {number} of {total}").format(
                    number=index + 1, total=len(PICTURE_KEYS)
                )
            )
        self.start_again.setText(self.tr("Start again"))
        self.start_again.setAccessibleName(self.tr("Start the pictures again"))
        self._show_progress()

    def _show_progress(self) -> None:
        count = len(self._chosen)
        self.progress.setText("●" * count + "○" * (PICTURE_PASSWORD_LENGTH - count))
        self.progress.setAccessibleName(
            self.tr("Pictures pressed: {count} of {total}").format(
                count=count, total=PICTURE_PASSWORD_LENGTH
            )
        )

    def _apply_sizes(self) -> None:
        height = line_height(self)
        side = height * 3
        for key, button in self.picture_buttons.items():
            button.setIcon(picture_icon(key, side * 2))  # sharp on high-density screens too
            button.setIconSize(QSize(side, side))
            button.setMinimumSize(QSize(side + height * 2, side + height * 2))
        self.progress.setFont(big_font(self))
        self.progress.setMinimumHeight(height * 2)
        self.start_again.setMinimumHeight(height * 2)


Message = Callable[[], str]
"""A message as a function, so that it can be said again in a new language."""


class LearnerSignIn(QWidget):
    """The learner's picture and name, their PIN pad or picture grid, a message, "Not me"."""

    signed_in = Signal(object)  # LearnerProfile
    cancelled = Signal()

    def __init__(self, checker: SecretChecker | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learnerSignIn")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._checker = checker
        self._profile: LearnerProfile | None = None
        self._generation = 0  # answers to an earlier sign-in (before "Not me") are ignored
        self._checking = False
        self._locked_until = 0.0  # time.monotonic() when the wait ends
        self._lock_reason: Message = str
        self._message: Message = str
        self._message_is_error = False
        self.avatar = QLabel()
        self.avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name = QLabel()
        self.name.setObjectName("signInName")
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt = QLabel()
        self.prompt.setObjectName("signInPrompt")
        self.prompt.setWordWrap(True)
        self.pin_pad = PinPad()
        self.pin_pad.submitted.connect(self._submit_pin)
        self.picture_grid = PictureGrid()
        self.picture_grid.submitted.connect(self._submit)
        self.entry = QStackedWidget()
        self.entry.addWidget(self.pin_pad)
        self.entry.addWidget(self.picture_grid)
        self.message = QLabel()
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.not_me = QPushButton()
        self.not_me.setObjectName("signInNotMe")
        self.not_me.clicked.connect(self.cancel)
        self._countdown = QTimer(self)
        self._countdown.setInterval(TICK_MS)
        self._countdown.timeout.connect(self._tick)
        who = QVBoxLayout()
        who.addWidget(self.name)
        who.addWidget(self.prompt)
        learner = QHBoxLayout()
        learner.addWidget(self.avatar)
        learner.addLayout(who)
        header = QGridLayout()  # equal side columns keep the learner centred
        header.addWidget(
            self.not_me, 0, 0, Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
        )
        header.addLayout(learner, 0, 1)
        header.setColumnStretch(0, 1)
        header.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.message)  # above the pad: seen even when large text scrolls
        layout.addWidget(self.entry, 1, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._apply_sizes()
        self._retranslate()

    # -- state -----------------------------------------------------------------------------

    @property
    def profile(self) -> LearnerProfile | None:
        return self._profile

    @property
    def uses_pictures(self) -> bool:
        return self.entry.currentWidget() is self.picture_grid

    @property
    def locked(self) -> bool:
        """True while the learner must wait before trying again (the wait is counted down)."""
        return self._countdown.isActive()

    def set_checker(self, checker: SecretChecker | None) -> None:
        self._checker = checker

    def start(self, profile: LearnerProfile) -> None:
        """Ask `profile` for their PIN, or their picture password."""
        self.reset()
        self._profile = profile
        self.name.setText(profile.display_name)
        self._show_avatar()
        pictures = profile.has_picture_password and not profile.has_pin
        shown, hidden = (
            (self.picture_grid, self.pin_pad) if pictures else (self.pin_pad, self.picture_grid)
        )
        # The stack takes the size of the page shown, not of the larger one.
        hidden.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        shown.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.entry.setCurrentWidget(shown)
        self.entry.adjustSize()
        self._retranslate()
        self.focus_entry()

    def reset(self) -> None:
        """Forget the learner, what they entered, any message and any check under way."""
        self._generation += 1
        self._checking = False
        self._countdown.stop()
        self._profile = None
        self.pin_pad.clear()
        self.picture_grid.clear()
        self._set_message(str)
        self._set_input_enabled(True)

    def cancel(self) -> None:
        """Not me: back to the names."""
        self.reset()
        self.cancelled.emit()

    def focus_entry(self) -> None:
        if self.uses_pictures:
            self.picture_grid.picture_buttons[PICTURE_KEYS[0]].setFocus(
                Qt.FocusReason.OtherFocusReason
            )
        else:
            self.pin_pad.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- checking --------------------------------------------------------------------------

    def _submit_pin(self, digits: str) -> None:
        if len(digits) < PIN_MIN_LENGTH:
            self._set_message(
                lambda: self.tr("A PIN has {least} to {most} digits.").format(
                    least=PIN_MIN_LENGTH, most=PIN_MAX_LENGTH
                ),
                error=True,
            )
            return
        self._submit(digits)

    def _submit(self, secret: Secret) -> None:
        profile = self._profile
        if profile is None or self._checking or self.locked:
            return
        if self._checker is None:
            log.error("No way to check a learner's secret: ProfilePicker.set_runner was not called")
            self._on_error(self._generation, RuntimeError("no secret checker"))
            return
        self._checking = True
        self._set_input_enabled(False)
        self._set_message(lambda: self.tr("Checking…"))
        generation = self._generation
        self._checker(
            profile.id,
            secret,
            lambda check: self._on_checked(generation, check),
            lambda error: self._on_error(generation, error),
        )

    def _on_checked(self, generation: int, check: SecretCheck) -> None:
        profile = self._profile
        if generation != self._generation or profile is None:
            return
        self._checking = False
        if check.result is SignInResult.OK:
            self.signed_in.emit(profile)
            return
        self.pin_pad.clear()
        self.picture_grid.clear()
        if check.result is SignInResult.LOCKED:
            self._lock(lambda: self.tr("Too many wrong tries."), check.wait_seconds)
        elif check.wait_seconds > 0:
            self._lock(lambda: self.tr("That is not right."), check.wait_seconds)
        else:
            self._set_input_enabled(True)
            if check.attempts_left <= 1:
                self._set_message(
                    lambda: self.tr(
                        "That is not right. Try again. If the next try is wrong, you will wait."
                    ),
                    error=True,
                )
            else:
                self._set_message(lambda: self.tr("That is not right. Try again."), error=True)
            self.focus_entry()

    def _on_error(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        log.warning("Could not check a learner's secret: %s", error)
        self._checking = False
        self.pin_pad.clear()
        self.picture_grid.clear()
        self._set_input_enabled(True)
        self._set_message(
            lambda: self.tr("Sorry, Tutor could not check that. Try again, or ask your teacher."),
            error=True,
        )
        self.focus_entry()

    # -- waiting ---------------------------------------------------------------------------

    def _lock(self, reason: Message, seconds: int) -> None:
        self._lock_reason = reason
        self._locked_until = time.monotonic() + seconds
        self._set_input_enabled(False)
        self.setFocus(Qt.FocusReason.OtherFocusReason)  # Escape and "Not me" still work
        self._countdown.start()
        self._tick()

    def seconds_to_wait(self) -> int:
        return max(0, math.ceil(self._locked_until - time.monotonic()))

    def _tick(self) -> None:
        if self.seconds_to_wait() <= 0:
            self._countdown.stop()
            self._set_input_enabled(True)
            self._set_message(lambda: self.tr("You can try again now."))
            self.focus_entry()
            return
        self._set_message(self._wait_message, error=True)

    def _wait_message(self) -> str:
        remaining = self.seconds_to_wait()
        if remaining >= 60:
            wait = self.tr("{minutes} min {seconds} s").format(
                minutes=remaining // 60, seconds=remaining % 60
            )
        else:
            wait = self.tr("{seconds} s").format(seconds=remaining)
        return self.tr("{reason} Please wait {wait}, then try again.").format(
            reason=self._lock_reason(), wait=wait
        )

    # -- looks -----------------------------------------------------------------------------

    def _set_input_enabled(self, enabled: bool) -> None:
        self.pin_pad.setEnabled(enabled)
        self.picture_grid.setEnabled(enabled)

    def _set_message(self, message: Message, *, error: bool = False) -> None:
        self._message = message
        self._message_is_error = error
        self._show_message()

    def _show_message(self) -> None:
        text = self._message()
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if self._message_is_error and text else "")
        self.message.setAccessibleName(text)

    def _retranslate(self) -> None:
        self.not_me.setText(self.tr("&Not me"))
        self.not_me.setToolTip(self.tr("Go back to the names"))
        if self._profile is not None:
            self.setAccessibleName(
                self.tr("Sign in as {name}").format(name=self._profile.display_name)
            )
        self.prompt.setText(
            self.tr("Press your three pictures in order.")
            if self.uses_pictures
            else self.tr("Type your PIN, then press OK.")
        )
        self._show_message()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        if event.key() in ENTER_KEYS and self.not_me.hasFocus():
            self.not_me.animateClick()
            return
        entry = self.entry.currentWidget()
        if (
            isinstance(entry, PinPad | PictureGrid)
            and entry.isEnabled()
            and entry.handle_key(event)
        ):
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_sizes()
        elif event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def _apply_sizes(self) -> None:
        height = line_height(self)
        self.name.setFont(big_font(self, bold=True))
        self.not_me.setMinimumHeight(height * 2)
        self.not_me.setMinimumWidth(height * 6)
        self.message.setMinimumHeight(height * 2)
        self.prompt.setMinimumWidth(height * 14)
        self._show_avatar()

    def _show_avatar(self) -> None:
        if self._profile is not None:
            side = line_height(self) * 5 // 2
            self.avatar.setPixmap(
                avatar_pixmap(self._profile.avatar, self._profile.display_name, side)
            )
