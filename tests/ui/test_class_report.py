"""The printable class and learner reports: valid PDFs, the right content, translated, safe.

pypdf is not a dependency, so the text is checked on the HTML the PDF is printed from
(class_report_html / learner_report_html) and the PDF itself on its structure."""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Iterator
from html import escape, unescape
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.learning.conftest import data_dir, tutor
from tests.teaching.helpers import learner_id, practise, skip_placement
from tests.ui.pseudo import CLOSE, OPEN, extract_template, pseudo_translator
from tutor.facade import Tutor
from tutor.paths import DataPaths
from tutor.teaching.dashboard import answer_text
from tutor.teaching.exports import ExportError
from tutor.teaching.needs_help import HelpFlag, HelpReason
from tutor.ui import class_report
from tutor.ui.class_report import (
    build_class_report,
    build_learner_report,
    write_class_report_pdf,
    write_learner_report_pdf,
)
from tutor.ui.facade_thread import FacadeRunner
from tutor.ui.teacher import wording
from tutor.ui.teacher.wording import describe_flag

__all__ = ["data_dir", "tutor"]

STATUS_WORDS = ("mastered", "review due", "learning", "struggling", "not started")


@pytest.fixture
def school(tutor: Tutor, qapp: QApplication) -> str:
    """The sample class: Ana has mastered skills, ben gets everything wrong, Wanjiru started."""
    ana, ben, wanjiru = (learner_id(tutor, name) for name in ("Ana", "ben", "Wanjiru"))
    for learner in (ana, ben, wanjiru):
        skip_placement(tutor, learner)
    practise(tutor, ana, 16, right=True)
    practise(tutor, ben, 12, right=False)
    practise(tutor, wanjiru, 3, right=True)
    return tutor.teaching.classes.classes()[0].id


def pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


def assert_valid_pdf(path: Path) -> str:
    """Checks the file is a whole PDF a reader opens; returns the text of its pages."""
    data = path.read_bytes()
    assert data.startswith(b"%PDF-1.")
    assert data.rstrip().endswith(b"%%EOF")
    assert pdf_pages(data) >= 1
    assert [p.name for p in path.parent.iterdir() if ".tmp-" in p.name] == []
    reader = PdfReader(path)
    assert len(reader.pages) == pdf_pages(data)
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_the_class_report_is_a_pdf_naming_every_learner_and_skill(
    tutor: Tutor, school: str, tmp_path: Path
) -> None:
    path = tmp_path / "class.pdf"
    write_class_report_pdf(tutor.teaching, school, path)
    text = assert_valid_pdf(path)
    assert "Class report: Class 3" in text
    for name in ("Ana", "ben", "Wanjiru"):
        assert name in text
    document = build_class_report(tutor.teaching, school)
    assert document.landscape and document.title == "Class report: Class 3"
    grid = tutor.teaching.dashboard.class_grid(school)
    for name in grid.learner_names:
        assert document.html.count(f"<td>{escape(name)}</td>") == 3  # one row per skill table
    for title in grid.skill_titles:
        assert f"<th>{escape(title)}</th>" in document.html
    ana = learner_id(tutor, "Ana")
    assert f"<td>{grid.mastered_count(ana)} / {len(grid.skill_ids)}</td>" in document.html
    assert grid.mastered_count(ana) >= 1
    assert set(document.images) == {"mastered"} and not document.images["mastered"].isNull()
    assert 'src="report:mastered"' in document.html


def test_every_coloured_cell_also_says_its_status_in_words(tutor: Tutor, school: str) -> None:
    html = build_class_report(tutor.teaching, school).html
    cells = re.findall(r'<td bgcolor="#[0-9a-f]{6}">([^<]*)', html)
    grid = tutor.teaching.dashboard.class_grid(school)
    assert len(cells) == len(grid.learner_ids) * len(grid.skill_ids)
    assert all(any(word in cell for word in STATUS_WORDS) for cell in cells)
    assert {"✓ mastered", "… learning", "· not started"} <= set(cells)


def test_the_class_report_lists_who_needs_help_and_why(tutor: Tutor, school: str) -> None:
    flags = tutor.teaching.dashboard.needs_help(school)
    assert flags and {flag.learner_name for flag in flags} == {"ben"}
    grid = tutor.teaching.dashboard.class_grid(school)
    titles = dict(zip(grid.skill_ids, grid.skill_titles, strict=True))
    html = build_class_report(tutor.teaching, school).html
    for flag in flags:
        assert f"<li><b>ben</b>: {escape(describe_flag(flag, titles))}</li>" in html
        assert flag.skill_id is not None and titles[flag.skill_id] in describe_flag(flag, titles)


@pytest.mark.parametrize("reason", list(HelpReason))
def test_each_reason_is_described_with_its_figures(reason: HelpReason, qapp: QApplication) -> None:
    skill = None if reason is HelpReason.DROP else "frac.add"
    flag = HelpFlag("id", "ben", reason, skill, 10, 2, 7.4, 0.31, 0.52)
    text = describe_flag(flag, {"frac.add": "Adding fractions"})
    assert "10" in text and "2" in text  # tries and right
    if skill is None:
        assert text.startswith("Sudden drop") and "about 7 " in text
    else:
        assert "Adding fractions" in text and "frac.add" not in text and "52%" in text
        assert "frac.add" in describe_flag(flag)  # without titles: the skill's id
    if reason is HelpReason.STALLED:
        assert "31% → 52%" in text


def test_the_learner_report_has_skills_days_misconceptions_and_recent_answers(
    tutor: Tutor, school: str, tmp_path: Path
) -> None:
    ben = learner_id(tutor, "ben")
    path = tmp_path / "ben.pdf"
    write_learner_report_pdf(tutor.teaching, ben, path)
    text = assert_valid_pdf(path)
    assert "Learner report: ben" in text
    report = tutor.teaching.dashboard.learner_report(ben)
    assert all(skill.title in text for skill in report.skills)
    document = build_learner_report(tutor.teaching, ben)
    assert not document.landscape and "<h1>Learner report: ben</h1>" in document.html
    for skill in report.skills:
        assert f"<td>{escape(skill.title)}</td>" in document.html
    assert f"{report.answers} answers, {report.correct} right" in document.html
    assert f"{report.hints_used} hints used" in document.html
    assert document.html.count("✗ no") == len(report.recent) > 0  # all of ben's are wrong
    for feedback, times in report.misconceptions:
        assert f"<li>{escape(feedback)} ({times}×)</li>" in document.html
    assert set(document.images) == {"days"} and 'src="report:days"' in document.html
    assert report.days[0].day.isoformat() in document.html


def test_names_and_answers_are_text_never_markup(
    tutor: Tutor, school: str, qapp: QApplication
) -> None:
    tricky = tutor.teaching.classes.add_learner(school, '<b>Zoë & "Ødegård"</b>')
    html = build_class_report(tutor.teaching, school).html
    assert "<b>Zoë" not in html
    assert "&lt;b&gt;Zoë &amp; &quot;Ødegård&quot;&lt;/b&gt;" in html
    assert "&lt;b&gt;Zoë" in build_learner_report(tutor.teaching, tricky).html


def test_reports_are_written_on_the_database_thread_as_the_app_would(
    qtbot: QtBot, data_dir: Path, school: str, tmp_path: Path
) -> None:
    runner = FacadeRunner(lambda: Tutor.open(DataPaths(data_dir)))
    results: list[object] = []

    def job(tutor: Tutor) -> str:
        assert QThread.currentThread() is not QApplication.instance().thread()  # type: ignore[union-attr]
        write_class_report_pdf(tutor.teaching, school, tmp_path / "class.pdf")
        write_learner_report_pdf(tutor.teaching, learner_id(tutor, "Ana"), tmp_path / "a.pdf")
        return "written"

    try:
        runner.submit(job, results.append, results.append)
        qtbot.waitUntil(lambda: bool(results), timeout=120_000)
    finally:
        runner.shutdown()
    assert results == ["written"]
    assert_valid_pdf(tmp_path / "class.pdf")
    assert_valid_pdf(tmp_path / "a.pdf")


def test_a_full_disk_leaves_no_file_and_says_what_to_do(
    tutor: Tutor, school: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    folder = tmp_path / "stick"
    folder.mkdir()
    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(ExportError) as raised:
        write_class_report_pdf(tutor.teaching, school, folder / "class.pdf")
    assert str(raised.value) == (
        f"Could not write the class report to {folder}: the disk is full. "
        "Free some space or choose another drive."
    )
    assert isinstance(raised.value.__cause__, OSError)
    assert list(folder.iterdir()) == []


@pytest.fixture
def pseudo_report_translation(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    """A pseudo-translation (⟦…⟧) of the reports' strings, installed for one test."""
    template = extract_template([class_report.__file__, wording.__file__], tmp_path / "report.ts")
    translator = pseudo_translator(template, tmp_path)
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_every_text_of_the_reports_is_translated(
    tutor: Tutor, school: str, pseudo_report_translation: None
) -> None:
    ben = learner_id(tutor, "ben")
    html = build_class_report(tutor.teaching, school).html
    html += build_learner_report(tutor.teaching, ben).html
    assert f"<h1>{OPEN}Class report: Class 3{CLOSE}</h1>" in html
    assert f"<h2>{OPEN}Needs help{CLOSE}</h2>" in html
    grid = tutor.teaching.dashboard.class_grid(school)
    report = tutor.teaching.dashboard.learner_report(ben)
    user_data = {"Class 3", *grid.learner_names, *report.skill_titles.values()}
    user_data |= {answer_text(trace.response) for trace in report.recent}
    user_data |= {feedback for feedback, _ in report.misconceptions}
    text = unescape(re.sub(r"<[^>]*>", "\n", html))
    while re.search(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", text):  # innermost first: they nest
        text = re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", " ", text)
    for data in sorted(user_data, key=len, reverse=True):
        text = text.replace(data, " ")
    assert re.findall(r"[A-Za-z]{2,}", text) == []  # every word left went through translate()
