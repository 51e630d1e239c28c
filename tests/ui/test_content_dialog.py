"""Teacher sign-in and the content packs screen, on a real data folder and real packs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.content.conftest import write_source
from tests.sample_data import SAMPLE_SETUP
from tests.ui.conftest import WindowFactory
from tutor.content.build import build_pack
from tutor.content.signing import generate_key_files, load_private_key
from tutor.content.source import load_source
from tutor.facade import Tutor
from tutor.paths import DataPaths
from tutor.ui.content_dialog import ContentDialog
from tutor.ui.facade_thread import FacadeRunner
from tutor.ui.main_window import SCREEN_PICKER
from tutor.ui.progress_bridge import ProgressBridge
from tutor.ui.removable import removable_roots
from tutor.ui.teacher_sign_in import TeacherSignInDialog


@pytest.fixture
def set_up(data_paths: DataPaths) -> DataPaths:
    tutor = Tutor.open(data_paths)
    tutor.complete_first_run(SAMPLE_SETUP)
    tutor.close()
    return data_paths


@pytest.fixture
def runner(set_up: DataPaths) -> Iterator[FacadeRunner]:
    runner = FacadeRunner(lambda: Tutor.open(set_up))
    yield runner
    runner.shutdown()


def make_pack(tmp_path: Path, *, signed: bool) -> Path:
    source = write_source(tmp_path / "src")
    output = tmp_path / "fractions.tutorpack"
    key = None
    if signed:
        generate_key_files(tmp_path / "district.key", "Example District")
        key = load_private_key(tmp_path / "district.key")
    build_pack(load_source(source), output, key)
    return output


class Answers:
    """Stands in for the teacher answering the dialog's questions."""

    def __init__(self, *answers: bool) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []

    def __call__(self, title: str, question: str, details: str) -> bool:
        self.asked.append(f"{title}|{question}|{details}")
        return self.answers.pop(0)


def cell(dialog: ContentDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    assert item is not None
    return item.text()


def dialog_with(qtbot: QtBot, runner: FacadeRunner, answers: Answers) -> ContentDialog:
    dialog = ContentDialog(runner, ask=answers, choose_file=lambda: None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_wrong_password_is_refused_and_the_right_one_signs_in(
    qtbot: QtBot, runner: FacadeRunner
) -> None:
    dialog = TeacherSignInDialog(runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText(SAMPLE_SETUP.teacher_username)
    dialog.password.setText("not the password")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert "do not match" in dialog.error.text()
    assert dialog.password.text() == ""

    qtbot.waitUntil(dialog.buttons.isEnabled, timeout=5_000)
    dialog.password.setText(SAMPLE_SETUP.teacher_password)
    with qtbot.waitSignal(dialog.signed_in, timeout=10_000) as signed:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert signed.args == [SAMPLE_SETUP.teacher_username]


def test_a_new_publisher_is_trusted_after_its_fingerprint_is_shown(
    qtbot: QtBot, runner: FacadeRunner, tmp_path: Path
) -> None:
    answers = Answers(True)
    dialog = dialog_with(qtbot, runner, answers)
    dialog.install(make_pack(tmp_path, signed=True))
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert "Fingerprint" in answers.asked[0] or "fingerprint" in answers.asked[0]
    assert "Example District" in answers.asked[0]
    assert cell(dialog, 0, 0) == "Fractions"
    assert cell(dialog, 0, 3) == "8"
    assert "Installed org.example.math.fractions 1.0.0" in dialog.status.text()


def test_declining_an_unknown_publisher_installs_nothing(
    qtbot: QtBot, runner: FacadeRunner, tmp_path: Path
) -> None:
    dialog = dialog_with(qtbot, runner, Answers(False))
    dialog.install(make_pack(tmp_path, signed=True))
    qtbot.waitUntil(lambda: "not trusted" in dialog.status.text(), timeout=10_000)
    assert dialog.table.rowCount() == 0


def test_an_unsigned_pack_installs_only_after_a_warning_and_can_be_removed(
    qtbot: QtBot, runner: FacadeRunner, tmp_path: Path
) -> None:
    answers = Answers(True, True)
    dialog = dialog_with(qtbot, runner, answers)
    dialog.install(make_pack(tmp_path, signed=False))
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert answers.asked[0].startswith("Install an unsigned pack?")
    assert cell(dialog, 0, 4) == "not signed"

    dialog.remove_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=10_000)
    assert answers.asked[1].startswith("Remove Fractions?")
    assert "Removed Fractions" in dialog.status.text()


def test_a_broken_file_is_explained_and_nothing_changes(
    qtbot: QtBot, runner: FacadeRunner, tmp_path: Path
) -> None:
    broken = tmp_path / "holiday-photos.tutorpack"
    broken.write_bytes(b"PK\x03\x04 and then nothing useful")
    dialog = dialog_with(qtbot, runner, Answers())
    dialog.install(broken)
    qtbot.waitUntil(lambda: "cannot be installed" in dialog.status.text(), timeout=10_000)
    assert "cut short" in dialog.status.text()
    assert dialog.install_button.isEnabled()
    assert dialog.table.rowCount() == 0


def test_the_progress_bridge_reports_on_the_ui_thread_and_carries_cancel(qtbot: QtBot) -> None:
    bridge = ProgressBridge()
    with qtbot.waitSignal(bridge.progressed) as reported:
        assert bridge.report(5, 10)
    assert reported.args == [5, 10]
    bridge.cancel()
    assert bridge.report(6, 10) is False


def test_removable_drives_are_told_from_system_folders() -> None:
    linux = ["/", "/boot", "/media/ana/USB STICK", "/run/media/ben/KINGSTON", "/home"]
    assert removable_roots(linux, "linux") == ["/media/ana/USB STICK", "/run/media/ben/KINGSTON"]
    assert removable_roots(["/", "/Volumes/SCHOOL"], "darwin") == ["/Volumes/SCHOOL"]
    assert removable_roots(["C:\\", "D:\\", "E:\\"], "win32") == ["D:\\", "E:\\"]


def test_the_teacher_menu_asks_for_a_password_before_the_content_screen(
    qtbot: QtBot, qapp: QApplication, open_window: WindowFactory, set_up: DataPaths
) -> None:
    window = open_window(set_up)
    qtbot.waitUntil(lambda: window.current_screen == SCREEN_PICKER, timeout=10_000)
    assert window.content_packs_action.isEnabled()
    window.content_packs_action.trigger()
    sign_in = window.findChild(TeacherSignInDialog)
    assert sign_in is not None and sign_in.isVisible()
    assert window.findChild(ContentDialog) is None
    sign_in.username.setText(SAMPLE_SETUP.teacher_username)
    sign_in.password.setText(SAMPLE_SETUP.teacher_password)
    sign_in.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.findChild(ContentDialog) is not None, timeout=10_000)
    window.close()
