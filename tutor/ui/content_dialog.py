"""Teacher screen: the packs on this laptop; install, update and remove them.

Installing runs on the database thread with a progress bar and Cancel. A pack signed by an
unknown publisher key is installed only after the teacher compares its fingerprint and trusts
it; an unsigned pack, or going back to an older version, needs an explicit yes after a warning.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tutor.records import InstalledPackInfo
from tutor.ui.facade_thread import FacadeRunner
from tutor.ui.messages import describe_error
from tutor.ui.progress_bridge import ProgressBridge
from tutor.ui.removable import default_open_folder

#: Asks a yes/no question: (title, question, details) → yes?
Ask = Callable[[str, str, str], bool]
#: Picks a pack file to install, or None.
ChooseFile = Callable[[], Path | None]
PROGRESS_STEPS = 1000
SHOW_PROGRESS_AFTER_MS = 600
MAX_PROBLEMS_SHOWN = 8


class ContentDialog(QDialog):
    def __init__(
        self,
        runner: FacadeRunner,
        parent: QWidget | None = None,
        *,
        ask: Ask | None = None,
        choose_file: ChooseFile | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contentDialog")
        self.setWindowTitle(self.tr("Content packs"))
        self.resize(760, 420)
        self._runner = runner
        self.ask: Ask = ask or self._ask
        self.choose_file: ChooseFile = choose_file or self._choose_file
        self.packs: list[InstalledPackInfo] = []
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("packTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Title"),
                self.tr("Version"),
                self.tr("Publisher"),
                self.tr("Activities"),
                self.tr("Signed by key"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Installed content packs"))
        self.status = QLabel()
        self.status.setObjectName("contentStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.install_button = QPushButton(self.tr("&Install or update from file…"))
        self.install_button.clicked.connect(self._install_clicked)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self._remove_clicked)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.install_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.refresh()

    # -- listing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self._runner.submit(lambda tutor: tutor.installed_packs(), self._show_packs)

    def _show_packs(self, packs: list[InstalledPackInfo]) -> None:
        self.packs = packs
        self.table.setRowCount(len(packs))
        for row, pack in enumerate(packs):
            cells = [
                pack.title,
                pack.version,
                pack.publisher,
                str(pack.items),
                pack.signing_key_id or self.tr("not signed"),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.remove_button.setEnabled(bool(packs))
        if packs:
            self.table.selectRow(0)

    # -- installing ------------------------------------------------------------------------

    def _install_clicked(self) -> None:
        path = self.choose_file()
        if path is not None:
            self.install(path)

    def install(
        self, path: Path, *, allow_unsigned: bool = False, allow_downgrade: bool = False
    ) -> None:
        """Install `path` off the UI thread, asking the teacher when trust is needed."""
        bridge = ProgressBridge(self)
        progress = QProgressDialog(
            self.tr("Installing {name}…").format(name=path.name),
            self.tr("Cancel"),
            0,
            PROGRESS_STEPS,
            self,
        )
        progress.setWindowTitle(self.tr("Installing"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        progress.setAutoReset(False)
        progress.canceled.connect(bridge.cancel)
        bridge.progressed.connect(
            lambda done, total: progress.setValue(done * PROGRESS_STEPS // total if total else 0)
        )
        self.install_button.setEnabled(False)
        self.status.setText(self.tr("Installing {name}…").format(name=path.name))

        def finished() -> None:
            progress.reset()
            progress.deleteLater()
            bridge.deleteLater()
            self.install_button.setEnabled(True)

        def done(result: object) -> None:
            finished()
            from tutor.content.install import InstallResult

            assert isinstance(result, InstallResult)
            if result.previous_version is None:
                text = self.tr("Installed {pack} {version}.")
            else:
                text = self.tr("Updated {pack} from {previous} to {version}.")
            self.status.setText(
                text.format(
                    pack=result.pack_id, version=result.version, previous=result.previous_version
                )
            )
            self.refresh()

        def failed(error: BaseException) -> None:
            finished()
            self._install_failed(path, error, allow_unsigned, allow_downgrade)

        self._runner.submit(
            lambda tutor: tutor.install_pack(
                path,
                allow_unsigned=allow_unsigned,
                allow_downgrade=allow_downgrade,
                progress=bridge.report,
            ),
            done,
            failed,
        )

    def _install_failed(
        self, path: Path, error: BaseException, allow_unsigned: bool, allow_downgrade: bool
    ) -> None:
        from tutor.content import install
        from tutor.content.manifest import PackError

        again = {"allow_unsigned": allow_unsigned, "allow_downgrade": allow_downgrade}
        if isinstance(error, install.UntrustedKeyError):
            question = self.tr(
                "This pack is signed by “{publisher}”. This laptop does not know their key yet."
            ).format(publisher=error.publisher)
            details = self.tr(
                "Key fingerprint:\n{fingerprint}\n\nTrust it only if it matches, character for "
                "character, the fingerprint the publisher gave you on paper or by phone."
            ).format(fingerprint=error.key.fingerprint)
            if self.ask(self.tr("Trust this publisher?"), question, details):
                key, publisher = error.key, error.publisher
                self._runner.submit(
                    lambda tutor: tutor.trust_key(key, publisher),
                    lambda _: self.install(path, **again),
                )
            else:
                self.status.setText(self.tr("Not installed: the publisher was not trusted."))
        elif isinstance(error, install.UnsignedPackError):
            if self.ask(
                self.tr("Install an unsigned pack?"),
                self.tr(
                    "Nobody has signed this pack, so Tutor cannot tell who made it or "
                    "whether it was changed on the way."
                ),
                self.tr(
                    "Install it only if you made it yourself or got it from someone you trust."
                ),
            ):
                self.install(path, **{**again, "allow_unsigned": True})
            else:
                self.status.setText(self.tr("Not installed."))
        elif isinstance(error, install.DowngradeError):
            if self.ask(
                self.tr("Go back to an older version?"),
                self.tr(
                    "Version {installed} is installed; this file holds the older version {offered}."
                ).format(installed=error.installed, offered=error.offered),
                self.tr("Learners keep their progress either way."),
            ):
                self.install(path, **{**again, "allow_downgrade": True})
            else:
                self.status.setText(self.tr("Not installed: the newer version stays."))
        elif isinstance(error, install.InstallCancelledError):
            self.status.setText(self.tr("Installation cancelled. Nothing was changed."))
        elif isinstance(error, PackError):
            problems = "\n".join(str(problem) for problem in error.problems[:MAX_PROBLEMS_SHOWN])
            self.status.setText(
                self.tr("This file cannot be installed; nothing was changed:\n{problems}").format(
                    problems=problems
                )
            )
        else:
            self.status.setText(describe_error(error))

    # -- removing --------------------------------------------------------------------------

    def _remove_clicked(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.packs):
            return
        pack = self.packs[row]
        if not self.ask(
            self.tr("Remove {title}?").format(title=pack.title),
            self.tr("Its lessons and activities leave this laptop."),
            self.tr("Learners' answers and progress stay, and come back if you install it again."),
        ):
            return
        pack_id, title = pack.id, pack.title

        def removed(_: object) -> None:
            self.status.setText(self.tr("Removed {title}.").format(title=title))
            self.refresh()

        self._runner.submit(
            lambda tutor: tutor.remove_pack(pack_id),
            removed,
            lambda error: self.status.setText(describe_error(error)),
        )

    # -- defaults for questions and files ---------------------------------------------------

    def _ask(self, title: str, question: str, details: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setInformativeText(details)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _choose_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a content pack"),
            str(default_open_folder()),
            self.tr("Tutor content packs (*.tutorpack)"),
        )
        return Path(name) if name else None
