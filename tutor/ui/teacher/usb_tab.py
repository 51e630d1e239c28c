"""Carry progress on a USB stick: write this laptop's progress bundle to the stick, or read one
another laptop (or the school server) wrote.

Guarantees (from tutor.sync.bundle): the bundle is written to a temporary name, flushed, renamed,
then read back and checked before this screen says it is safe to remove the stick; an import is
checked completely before anything changes, and importing the same bundle twice changes nothing.
The folder and file dialogs open on a removable drive when one is plugged in. The work runs on
the database thread with a busy indicator; the screen stays responsive.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tutor.ui.facade_thread import FacadeRunner
from tutor.ui.messages import describe_error
from tutor.ui.removable import default_open_folder

if TYPE_CHECKING:
    from tutor.sync.bundle import ExportResult, ImportResult


class UsbTab(QWidget):
    imported = Signal()  # progress arrived: the dashboard reloads

    def __init__(self, runner: FacadeRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.explanation = QLabel(
            self.tr(
                "A progress bundle holds this laptop's learners, classes, assignments and every "
                "answer. Write one to a USB stick, then read it on another laptop or the school "
                "server: reading the same bundle twice changes nothing."
            )
        )
        self.explanation.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Write progress to a USB stick…"))
        self.export_button.setObjectName("exportBundle")
        self.export_button.clicked.connect(self._choose_folder)
        self.import_button = QPushButton(self.tr("&Read progress from a USB stick…"))
        self.import_button.setObjectName("importBundle")
        self.import_button.clicked.connect(self._choose_file)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # busy: a bundle's size is not known ahead
        self.busy.hide()
        self.message = QLabel()
        self.message.setObjectName("usbMessage")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(buttons)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addStretch()

    def _working(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.export_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Where to write the progress bundle"), str(default_open_folder())
        )
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        self._working(True)
        self.message.setText(self.tr("Writing and checking the bundle…"))
        self._runner.submit(lambda tutor: tutor.export_bundle(folder), self._exported, self._failed)

    def _exported(self, result: ExportResult) -> None:
        self._working(False)
        answers = result.info.counts.get("attempt_events", 0)
        self.message.setText(
            self.tr(
                "Written and checked: {file} ({answers} answers). It is safe to remove the "
                "stick (use Eject or Safely Remove first if your computer offers it)."
            ).format(file=result.path.name, answers=answers)
        )

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a progress bundle"),
            str(default_open_folder()),
            self.tr("Progress bundles (*.tutorbundle)"),
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        self._working(True)
        self.message.setText(self.tr("Checking and reading the bundle…"))
        self._runner.submit(lambda tutor: tutor.import_bundle(path), self._imported, self._failed)

    def _imported(self, result: ImportResult) -> None:
        self._working(False)
        info = result.info
        if result.already_imported:
            self.message.setText(
                self.tr(
                    "This bundle from {laptop} was read on {date} already; nothing changed."
                ).format(
                    laptop=info.device_name,
                    date=result.imported_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                )
            )
            return
        self.message.setText(
            self.tr("Read the bundle from {laptop}: {answers}, {learners}.").format(
                laptop=info.device_name,
                answers=self.tr("%n new answer(s)", "", result.added.get("attempt_events", 0)),
                learners=self.tr(
                    "%n learner(s)' progress brought up to date", "", len(result.learners_changed)
                ),
            )
        )
        self.imported.emit()

    def _failed(self, error: BaseException) -> None:
        self._working(False)
        self.message.setText(describe_error(error))
