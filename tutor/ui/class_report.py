"""Printable PDF reports for a teacher: one per class, one per learner, made with Qt's own PDF
writer (QPdfWriter printing a QTextDocument built from HTML; charts painted into QImages).

Guarantees:

* every figure comes from tutor.teaching.dashboard at the moment of the call; nothing is stored;
* every text a reader sees goes through Qt's translation machinery (context "ClassReport");
  names, titles and answers are HTML-escaped, never read as markup;
* a status is always shown by a sign and a word as well as a colour;
* the file is complete or absent: the PDF is made in memory (QPdfWriter reports no write
  errors: a full disk would give a cut-off file without a word), then written to
  ``<name>.tmp-<random>`` beside the destination, flushed and renamed (exports.atomic_export);
  a failed write leaves no file and raises ExportError, translated, saying what to do.

Threads: no QWidget or QPixmap is used, so the writers may run on a QThread (the facade
runner's database thread, as tested); a QGuiApplication must exist (fonts).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QCoreApplication, QDate, QIODevice, QMarginsF, QRectF, Qt, QUrl
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPainter, QPdfWriter, QTextDocument

from tutor.teaching.dashboard import ClassGrid, LearnerReport, answer_text, when
from tutor.teaching.exports import ExportError, atomic_export, failure_kind
from tutor.teaching.needs_help import HelpFlag
from tutor.teaching.records import TeachingError
from tutor.ui.teacher.chart import paint_days
from tutor.ui.teacher.wording import (
    STATUS_COLOURS,
    STATUS_SIGNS,
    describe_flag,
    percent,
    status_word,
)

if TYPE_CHECKING:
    from tutor.teaching.services import Teaching

# lupdate reads calls `translate("ClassReport", "literal")`: keep the context a literal.
translate = QCoreApplication.translate
SKILLS_PER_TABLE = 8  # the grid is split into tables of this many skills, so a page holds one
CHART_SCALE = 3  # charts are painted at this multiple of their size on paper, for sharp print
NAME_COLUMN, LONGEST_BAR, BAR_ROW = 160, 420, 18  # the skills-mastered chart, in pixels
DAYS_CHART = (600, 180)
BAR_COLOUR = QColor("#2e7d32")
STATUSES = ("mastered", "review_due", "learning", "struggling", "not_started")
STYLE = """h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 14px; } .muted { color: #555 }
th { background-color: #e0e0e0; font-weight: bold; } td, th { padding: 3px; }"""
TABLE = '<table border="1" cellspacing="0" cellpadding="3" width="100%" style="border-color:#999">'


@dataclass(frozen=True)
class ReportDocument:
    """A report before printing: title (also the PDF's), HTML, pictures by `report:` name."""

    title: str
    html: str
    images: Mapping[str, QImage]
    landscape: bool


def _status_cell(status: str, extra: str = "") -> str:
    colour = STATUS_COLOURS.get(status, QColor("white")).name()
    text = escape(f"{STATUS_SIGNS.get(status, '')} {status_word(status)}")
    return f'<td bgcolor="{colour}">{text}{"<br/>" + escape(extra) if extra else ""}</td>'


def _legend() -> str:
    return " &nbsp; ".join(
        f'<span style="background-color:{STATUS_COLOURS[status].name()}">'
        f"&nbsp;{escape(STATUS_SIGNS[status])} {escape(status_word(status))}&nbsp;</span>"
        for status in STATUSES
    )


def _image(name: str, size: tuple[int, int]) -> str:
    return f'<p><img src="report:{name}" width="{size[0]}" height="{size[1]}"/></p>'


def _tag(tag: str, text: str, css_class: str = "") -> str:
    """`text` (plain text, escaped here) in an element."""
    attribute = f' class="{css_class}"' if css_class else ""
    return f"<{tag}{attribute}>{escape(text)}</{tag}>"


def _table(headers: Sequence[str], rows: Sequence[str]) -> str:
    """A table with a header row repeated on every page; `rows` are ready <td> cells (HTML)."""
    head = "".join(_tag("th", text) for text in headers)
    body = "".join(f"<tr>{row}</tr>" for row in rows)
    return f"{TABLE}<thead><tr>{head}</tr></thead>{body}</table>"


def _today() -> str:
    return QDate.currentDate().toString(translate("ClassReport", "d MMMM yyyy"))


def class_report_html(class_name: str, grid: ClassGrid, flags: Sequence[HelpFlag]) -> str:
    """The class report as HTML: title and date, the class × skill grid (tables of at most
    SKILLS_PER_TABLE skills, each cell a sign, a word and a colour, with the estimate), the
    skills-mastered chart (image "mastered") and who needs help, with reasons."""
    total = len(grid.skill_ids)
    subtitle = translate("ClassReport", "{date} · {learners} learners · {skills} skills")
    subtitle = subtitle.format(date=_today(), learners=len(grid.learner_ids), skills=total)
    parts = [
        _tag("h1", translate("ClassReport", "Class report: {name}").format(name=class_name)),
        _tag("p", subtitle, "muted"),
        _tag("h2", translate("ClassReport", "Mastery by skill")),
        f"<p>{_legend()}</p>",
    ]
    if not grid.learner_ids:
        parts.append(_tag("p", translate("ClassReport", "This class has no learners yet.")))
    first, last = translate("ClassReport", "Learner"), translate("ClassReport", "Mastered")
    for start in range(0, max(total, 1), SKILLS_PER_TABLE):
        skills = grid.skill_ids[start : start + SKILLS_PER_TABLE]
        rows = []
        for learner_id, name in zip(grid.learner_ids, grid.learner_names, strict=True):
            cells = "".join(
                _status_cell(
                    grid.cell(learner_id, skill).status, _estimate(grid, learner_id, skill)
                )
                for skill in skills
            )
            mastered = f"{grid.mastered_count(learner_id)} / {total}"
            rows.append(f"{_tag('td', name)}{cells}{_tag('td', mastered)}")
        titles = grid.skill_titles[start : start + SKILLS_PER_TABLE]
        parts.append(_table([first, *titles, last], rows))
    parts += [
        _tag("h2", translate("ClassReport", "Skills mastered per learner")),
        _image("mastered", _mastered_size(grid)) if grid.learner_ids else "",
        _tag("h2", translate("ClassReport", "Needs help")),
    ]
    titles_by_id = dict(zip(grid.skill_ids, grid.skill_titles, strict=True))
    reasons = "".join(
        f"<li><b>{escape(flag.learner_name)}</b>: {escape(describe_flag(flag, titles_by_id))}</li>"
        for flag in flags
    )
    nobody = _tag("p", translate("ClassReport", "No one needs help."))
    parts.append(f"<ul>{reasons}</ul>" if flags else nobody)
    return "\n".join(parts)


def _estimate(grid: ClassGrid, learner_id: str, skill_id: str) -> str:
    state = grid.cells.get((learner_id, skill_id))
    return "" if state is None else percent(state.estimate)


def learner_report_html(report: LearnerReport) -> str:
    """The learner report as HTML: name and date, totals (answers, right, time on task, hints),
    each skill with status, estimate and answers, the chart of their days (image "days"), their
    most frequent misconceptions and their most recent answers."""
    totals = translate(
        "ClassReport",
        "{answers} answers, {right} right ({percent}%) · {minutes} minutes on task · "
        "{hints} hints used",
    ).format(
        answers=report.answers,
        right=report.correct,
        percent=round(100 * report.correct / report.answers) if report.answers else 0,
        minutes=round(report.time_on_task_ms / 60_000),
        hints=report.hints_used,
    )
    title = translate("ClassReport", "Learner report: {name}").format(name=report.display_name)
    parts = [_tag("h1", title), _tag("p", _today(), "muted"), _tag("p", totals)]
    parts.append(_tag("h2", translate("ClassReport", "Skills")))
    headers = [translate("ClassReport", "Skill"), translate("ClassReport", "Status")]
    headers += [translate("ClassReport", "Estimate"), translate("ClassReport", "Answers")]
    headers += [translate("ClassReport", "Right"), translate("ClassReport", "Hints")]
    skills = [
        f"{_tag('td', skill.title)}{_status_cell(skill.status)}<td>{percent(skill.estimate)}</td>"
        f"<td>{skill.attempts}</td><td>{skill.correct}</td><td>{skill.hints_used}</td>"
        for skill in report.skills
    ]
    not_yet = _tag("p", translate("ClassReport", "No skills started yet."))
    parts.append(_table(headers, skills) if skills else not_yet)
    parts.append(_tag("h2", translate("ClassReport", "Progress over time")))
    no_answers = _tag("p", translate("ClassReport", "No answers yet."))
    if report.days:
        legend = translate(
            "ClassReport",
            "From {first} to {last}. Bars: answers per day (the darker part was right). "
            "Line: skills mastered at the end of each day, out of {skills}.",
        ).format(
            first=report.days[0].day.isoformat(),
            last=report.days[-1].day.isoformat(),
            skills=len(report.skill_titles),
        )
        parts += [_image("days", DAYS_CHART), _tag("p", legend, "muted")]
    else:
        parts.append(no_answers)
    parts.append(_tag("h2", translate("ClassReport", "Most frequent misconceptions")))
    times = translate("ClassReport", "{feedback} ({times}×)")
    seen = "".join(
        _tag("li", times.format(feedback=text, times=n)) for text, n in report.misconceptions
    )
    parts.append(f"<ol>{seen}</ol>" if seen else _tag("p", translate("ClassReport", "None seen.")))
    parts.append(_tag("h2", translate("ClassReport", "Recent answers")))
    yes, no = "✓ " + translate("ClassReport", "yes"), "✗ " + translate("ClassReport", "no")
    recent = [
        _tag("td", when(trace.answered_at))
        + _tag("td", report.skill_titles.get(trace.skill_id, trace.skill_id))
        + _tag("td", answer_text(trace.response))
        + _tag("td", yes if trace.correct else no)
        + f"<td>{trace.hints_used}</td><td>{round(trace.duration_ms / 1000)}</td>"
        for trace in report.recent
    ]
    headers = [translate("ClassReport", "When"), translate("ClassReport", "Skill")]
    headers += [translate("ClassReport", "Answer"), translate("ClassReport", "Right")]
    headers += [translate("ClassReport", "Hints"), translate("ClassReport", "Seconds")]
    parts.append(_table(headers, recent) if recent else no_answers)
    return "\n".join(parts)


def _canvas(width: int, height: int, font: QFont) -> tuple[QImage, QPainter]:
    """A white picture to paint in pixels of `width` × `height` (CHART_SCALE times sharper)."""
    image = QImage(width * CHART_SCALE, height * CHART_SCALE, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(CHART_SCALE, CHART_SCALE)
    painter.setFont(font)
    return image, painter


def _mastered_size(grid: ClassGrid) -> tuple[int, int]:
    return NAME_COLUMN + LONGEST_BAR + 60, BAR_ROW * len(grid.learner_ids) + 20


def mastered_chart(grid: ClassGrid) -> QImage:
    """A bar per learner (grid order): skills mastered (or due for review) out of the
    curriculum's, with the count written at the bar's end."""
    left, width, row = NAME_COLUMN, LONGEST_BAR, BAR_ROW
    bottom = row * len(grid.learner_ids)
    font = QFont()
    font.setPixelSize(11)
    image, painter = _canvas(*_mastered_size(grid), font)
    total = max(len(grid.skill_ids), 1)
    middle, right = Qt.AlignmentFlag.AlignVCenter, Qt.AlignmentFlag.AlignRight
    for index, learner_id in enumerate(grid.learner_ids):
        top, count = index * row, grid.mastered_count(learner_id)
        name = painter.fontMetrics().elidedText(
            grid.learner_names[index], Qt.TextElideMode.ElideRight, left - 8
        )
        painter.drawText(QRectF(0, top, left - 8, row), middle | right, name)
        length = width * count / total
        painter.fillRect(QRectF(left, top + 3, length, row - 6), BAR_COLOUR)
        painter.drawText(QRectF(left + length + 4, top, 56, row), middle, str(count))
    painter.drawLine(left, 0, left, bottom)
    painter.drawLine(left, bottom, left + width, bottom)
    for value in (0, total):
        box = QRectF(left + width * value / total - 20, bottom + 2, 40, 16)
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter, str(value))
    painter.end()
    return image


def days_chart(report: LearnerReport) -> QImage:
    """The learner's days as on the teacher's screen (tutor.ui.teacher.chart.paint_days)."""
    width, height = DAYS_CHART
    image, painter = _canvas(width, height, QFont())
    area = QRectF(8, 8, width - 16, height - 16)
    paint_days(painter, area, report.days, len(report.skill_titles))
    painter.end()
    return image


def build_class_report(teaching: Teaching, class_id: str) -> ReportDocument:
    """The class report's document from the dashboard now. Raises TeachingError when the class
    no longer exists."""
    names = {info.id: info.name for info in teaching.classes.classes(include_archived=True)}
    if class_id not in names:
        raise TeachingError(translate("ClassReport", "That class no longer exists on this laptop."))
    grid = teaching.dashboard.class_grid(class_id)
    html = class_report_html(names[class_id], grid, teaching.dashboard.needs_help(class_id))
    images = {"mastered": mastered_chart(grid)} if grid.learner_ids else {}
    title = translate("ClassReport", "Class report: {name}").format(name=names[class_id])
    return ReportDocument(title, html, images, landscape=True)


def build_learner_report(teaching: Teaching, learner_id: str) -> ReportDocument:
    """The learner report's document from the dashboard now. Raises TeachingError when the
    learner no longer exists."""
    report = teaching.dashboard.learner_report(learner_id)
    title = translate("ClassReport", "Learner report: {name}").format(name=report.display_name)
    images = {"days": days_chart(report)} if report.days else {}
    return ReportDocument(title, learner_report_html(report), images, landscape=False)


def render_pdf(document: ReportDocument) -> bytes:
    """The document as PDF bytes: A4, 12 mm margins, numbered pages. Raises RuntimeError if Qt
    produced no PDF."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)  # A4 unless told otherwise
    writer.setTitle(document.title)
    writer.setCreator("Tutor")
    orientation = QPageLayout.Orientation
    writer.setPageOrientation(orientation.Landscape if document.landscape else orientation.Portrait)
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
    text = QTextDocument()
    font = QFont()
    font.setPointSizeF(8.5 if document.landscape else 9.5)
    text.setDefaultFont(font)
    text.setDefaultStyleSheet(STYLE)
    for name, image in document.images.items():
        text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"report:{name}"), image)
    text.setHtml(document.html)
    text.print_(writer)
    del writer  # the PDF's trailer is written when the writer's painter ends
    data = bytes(buffer.data().data())
    buffer.close()
    if not data.startswith(b"%PDF"):
        raise RuntimeError("Qt made no PDF")
    return data


def write_class_report_pdf(teaching: Teaching, class_id: str, path: Path) -> None:
    """Write the class report (landscape) to `path` (module guarantees). Slow for big classes
    (the needs-help list replays every answer): call it off the GUI thread."""
    data = render_pdf(build_class_report(teaching, class_id))
    _write(path, data, translate("ClassReport", "the class report"))


def write_learner_report_pdf(teaching: Teaching, learner_id: str, path: Path) -> None:
    """Write the learner report (portrait) to `path` (module guarantees)."""
    data = render_pdf(build_learner_report(teaching, learner_id))
    _write(path, data, translate("ClassReport", "the learner report"))


def _write(path: Path, data: bytes, what: str) -> None:
    try:
        with atomic_export(Path(path), what) as temporary, temporary.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except ExportError as error:
        if not isinstance(cause := error.__cause__, OSError):
            raise
        text = translate("ClassReport", "Could not write {what} to {folder}: {reason}")
        folder, reason = Path(path).parent, _reason(cause)
        raise ExportError(text.format(what=what, folder=folder, reason=reason)) from cause


def _reason(error: OSError) -> str:
    """tutor.teaching.exports.REASONS, translated."""
    kind = failure_kind(error)
    if kind == "disk_full":
        return translate(
            "ClassReport", "the disk is full. Free some space or choose another drive."
        )
    if kind == "read_only":
        return translate("ClassReport", "the drive or folder is read-only. Choose another folder.")
    if kind == "gone":
        return translate("ClassReport", "the folder is gone (USB stick removed?). Choose it again.")
    if kind == "drive":
        return translate("ClassReport", "the drive stopped answering (removed?). Plug it back in.")
    if kind == "long_name":
        return translate("ClassReport", "the file name is too long. Choose a shorter name.")
    text = translate("ClassReport", "{problem}. Try again, or choose another folder.")
    return text.format(problem=error.strerror or error)
