"""The "Save for printing or a spreadsheet" actions of teacher mode: the class's gradebook and
answer log (CSV for Excel and LibreOffice), and the class's or a learner's report (PDF).

The save dialog opens on a USB stick when one is plugged in; the file is made on the database
thread (tutor.teaching.exports, tutor.ui.class_report: temporary name, then renamed) and the
result, or what went wrong in words, is handed to `done`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from tutor.ui.facade_thread import FacadeRunner
from tutor.ui.messages import describe_error
from tutor.ui.removable import default_open_folder

if TYPE_CHECKING:
    from tutor.facade import Tutor

Job = Callable[["Tutor", Path], None]


def decimal_comma() -> bool:
    """True where spreadsheets write 2,5 (then a CSV needs semicolons to open in columns)."""
    return QLocale().decimalPoint() == ","


def gradebook_job(class_id: str) -> Job:
    comma = decimal_comma()

    def job(tutor: Tutor, path: Path) -> None:
        from tutor.teaching.exports import write_gradebook_csv

        write_gradebook_csv(tutor.teaching, class_id, path, decimal_comma=comma)

    return job


def answer_log_job(class_id: str) -> Job:
    comma = decimal_comma()

    def job(tutor: Tutor, path: Path) -> None:
        from tutor.teaching.exports import write_attempt_log_csv

        write_attempt_log_csv(tutor.teaching, class_id, path, decimal_comma=comma)

    return job


def class_report_job(class_id: str) -> Job:
    def job(tutor: Tutor, path: Path) -> None:
        from tutor.ui.class_report import write_class_report_pdf

        write_class_report_pdf(tutor.teaching, class_id, path)

    return job


def learner_report_job(learner_id: str) -> Job:
    def job(tutor: Tutor, path: Path) -> None:
        from tutor.ui.class_report import write_learner_report_pdf

        write_learner_report_pdf(tutor.teaching, learner_id, path)

    return job


def save(
    runner: FacadeRunner,
    job: Job,
    path: Path,
    done: Callable[[str], None],
) -> None:
    """Make the file at `path` on the database thread; `done` gets a sentence either way."""

    def finished(_none: object) -> None:
        done(QCoreApplication.translate("TeacherExports", "Saved {file}.").format(file=str(path)))

    runner.submit(
        lambda tutor: job(tutor, path), finished, lambda error: done(describe_error(error))
    )


def ask_and_save(
    parent: QWidget,
    runner: FacadeRunner,
    job: Job,
    suggested_name: str,
    file_filter: str,
    done: Callable[[str], None],
) -> None:
    start = default_open_folder() / suggested_name
    chosen, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("TeacherExports", "Save as"), str(start), file_filter
    )
    if chosen:
        save(runner, job, Path(chosen), done)


def class_export_menu(
    parent: QWidget,
    runner: FacadeRunner,
    class_id: Callable[[], str | None],
    class_name: Callable[[], str],
    done: Callable[[str], None],
) -> QMenu:
    """A menu with the class's three exports (for a button on the dashboard)."""
    menu = QMenu(parent)
    csv_filter = QCoreApplication.translate("TeacherExports", "Spreadsheet (CSV) (*.csv)")
    pdf_filter = QCoreApplication.translate("TeacherExports", "PDF (*.pdf)")
    entries: list[tuple[str, Callable[[str], Job], str, str]] = [
        (
            QCoreApplication.translate("TeacherExports", "&Gradebook (CSV)…"),
            gradebook_job,
            "gradebook",
            csv_filter,
        ),
        (
            QCoreApplication.translate("TeacherExports", "&Answer log (CSV)…"),
            answer_log_job,
            "answers",
            csv_filter,
        ),
        (
            QCoreApplication.translate("TeacherExports", "Class &report (PDF)…"),
            class_report_job,
            "report",
            pdf_filter,
        ),
    ]
    for text, make_job, stem, file_filter in entries:
        extension = ".pdf" if "pdf" in file_filter.lower() else ".csv"

        def trigger(
            _checked: bool = False,
            make_job: Callable[[str], Job] = make_job,
            stem: str = stem,
            file_filter: str = file_filter,
            extension: str = extension,
        ) -> None:
            chosen = class_id()
            if chosen is None:
                return
            name = f"{safe_file_name(class_name())}-{stem}-{date.today().isoformat()}{extension}"
            ask_and_save(parent, runner, make_job(chosen), name, file_filter, done)

        menu.addAction(text).triggered.connect(trigger)
    return menu


def safe_file_name(text: str) -> str:
    """`text` with the characters file systems refuse replaced (a class name in a file name)."""
    cleaned = "".join("-" if ch in '<>:"/\\\\|?*' or ord(ch) < 32 else ch for ch in text).strip()
    return cleaned or "class"
