"""The shape every class-bound tab of teacher mode shares: told the chosen class, it loads what
it shows on the database thread and shows it, or says what went wrong under its table."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QWidget

from tutor.ui.facade_thread import FacadeRunner
from tutor.ui.messages import describe_error

if TYPE_CHECKING:
    from tutor.facade import Tutor


Loader = Callable[["Tutor", str], Any]  # (the facade, a class id) -> what the tab shows


class ClassTab(QWidget):
    """`load` runs on the database thread for the chosen class; `show` gets its result on the UI
    thread (a subclass passes its own method)."""

    def __init__(
        self,
        runner: FacadeRunner,
        load: Loader,
        show: Callable[[Any], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._load = load
        self._show_loaded = show
        self.class_id: str | None = None
        self.message = QLabel()
        self.message.setWordWrap(True)

    def set_class(self, class_id: str) -> None:
        self.class_id = class_id
        self.reload()

    def reload(self) -> None:
        class_id = self.class_id
        if class_id is None:
            return
        load = self._load
        self._runner.submit(lambda tutor: load(tutor, class_id), self._show_loaded, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.message.setText(describe_error(error))
