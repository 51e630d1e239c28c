"""The dashboard's numbers against the stored attempts, and who needs help."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.teaching.helpers import learner_id, practise, skip_placement
from tutor.facade import Tutor
from tutor.teaching.needs_help import HelpReason
from tutor.teaching.recent_answers import recent_answers


def stored(data_dir: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    db = sqlite3.connect(data_dir / "tutor.sqlite3")
    try:
        return db.execute(sql, args).fetchall()
    finally:
        db.close()


def test_the_grid_counts_equal_the_stored_answers(tutor: Tutor, data_dir: Path) -> None:
    ana, ben = learner_id(tutor, "Ana"), learner_id(tutor, "ben")
    for learner, right in ((ana, True), (ben, False)):
        skip_placement(tutor, learner)
        practise(tutor, learner, 8, right=right)
    school_class = tutor.teaching.classes.classes()[0]
    grid = tutor.teaching.dashboard.class_grid(school_class.id)
    assert set(grid.learner_names) == {"Ana", "ben", "Wanjiru"}
    assert grid.skill_ids == tuple(tutor._learning.catalog().curriculum.order)
    rows = stored(
        data_dir,
        "SELECT learner_id, skill_id, count(*), sum(correct) FROM attempt_events "
        "GROUP BY learner_id, skill_id",
    )
    assert rows
    for stored_learner, skill, count, stored_right in rows:
        cell = grid.cell(str(stored_learner), str(skill))
        assert (cell.attempts, cell.correct) == (count, stored_right)
    assert grid.mastered_count(ana) >= 1
    assert grid.mastered_count(ben) == 0


def test_the_learner_page_matches_the_stored_answers(tutor: Tutor, data_dir: Path) -> None:
    ana = learner_id(tutor, "Ana")
    skip_placement(tutor, ana)
    practise(tutor, ana, 10, right=False)
    report = tutor.teaching.dashboard.learner_report(ana)
    ((count, right, duration, hints),) = stored(
        data_dir,
        "SELECT count(*), sum(correct), sum(duration_ms), sum(hints_used) FROM attempt_events "
        "WHERE learner_id = ?",
        ana,
    )
    assert (report.answers, report.correct) == (count, right)
    assert (report.time_on_task_ms, report.hints_used) == (duration, hints)
    assert sum(day.answers for day in report.days) == count
    newest = stored(
        data_dir,
        "SELECT id FROM attempt_events WHERE learner_id = ? ORDER BY sequence DESC LIMIT 1",
        ana,
    )[0][0]
    assert report.recent[0].attempt_id == newest
    assert all(0.0 < trace.expected < 1.0 for trace in report.recent)
    # Wrong answers that matched an author's misconception are counted by their feedback.
    with_feedback = stored(
        data_dir,
        "SELECT count(*) FROM attempt_events WHERE learner_id = ? "
        "AND json_extract(response, '$.misconception') IS NOT NULL",
        ana,
    )[0][0]
    assert sum(times for _, times in report.misconceptions) <= int(str(with_feedback))


def test_needs_help_names_the_learner_who_struggles_with_the_reason(tutor: Tutor) -> None:
    ana, ben, wanjiru = (learner_id(tutor, n) for n in ("Ana", "ben", "Wanjiru"))
    for learner in (ana, ben, wanjiru):
        skip_placement(tutor, learner)
    practise(tutor, ana, 10, right=True)
    practise(tutor, ben, 12, right=False)
    school_class = tutor.teaching.classes.classes()[0]
    flags = tutor.teaching.dashboard.needs_help(school_class.id)
    assert flags, "ben got everything wrong: someone must need help"
    assert {flag.learner_name for flag in flags} == {"ben"}
    top = flags[0]
    assert top.reason in (HelpReason.STRUGGLING, HelpReason.STALLED)
    assert top.skill_id is not None and top.right == 0 and top.tries >= 6


def test_a_sudden_drop_is_seen_against_what_the_model_expected(tutor: Tutor) -> None:
    ana = learner_id(tutor, "Ana")
    skip_placement(tutor, ana)
    practise(tutor, ana, 25, right=True)
    practise(tutor, ana, 10, right=False)
    school_class = tutor.teaching.classes.classes()[0]
    drops = [
        flag
        for flag in tutor.teaching.dashboard.needs_help(school_class.id)
        if flag.reason is HelpReason.DROP
    ]
    assert len(drops) == 1 and drops[0].learner_name == "Ana"
    assert drops[0].right == 0 and drops[0].expected_right >= 3


def test_item_statistics_count_answers_and_wrong_answers(tutor: Tutor, data_dir: Path) -> None:
    ben = learner_id(tutor, "ben")
    skip_placement(tutor, ben)
    practise(tutor, ben, 6, right=False)
    stats = tutor.teaching.dashboard.item_stats()
    rows = stored(
        data_dir, "SELECT item_id, count(*), sum(correct) FROM attempt_events GROUP BY item_id"
    )
    by_item = {stat.item_id: stat for stat in stats}
    for item_id, count, right in rows:
        assert by_item[str(item_id)].attempts == count
        assert by_item[str(item_id)].right_rate == int(str(right)) / int(str(count))
    assert all(stat.common_wrong for stat in stats if stat.right_rate == 0)
    rates = [stat.right_rate for stat in stats]
    assert rates == sorted(rates)


def test_the_model_figures_stored_with_each_answer_equal_a_replay(
    tutor: Tutor, data_dir: Path
) -> None:
    ana = learner_id(tutor, "Ana")
    skip_placement(tutor, ana)
    practise(tutor, ana, 10, right=False)
    practise(tutor, ana, 6, right=True)
    stored_figures = {
        str(row[0]): (row[1], row[2])
        for row in stored(
            data_dir,
            "SELECT id, expected, estimate_after FROM attempt_events WHERE learner_id = ?",
            ana,
        )
    }
    traces = tutor._learning.trace(ana)
    assert len(traces) == len(stored_figures) > 10
    for trace in traces:
        expected, after = stored_figures[trace.attempt_id]
        assert expected == pytest.approx(trace.expected, abs=1e-9)
        assert after == pytest.approx(trace.skill_estimate, abs=1e-9)


def test_answers_without_stored_figures_are_replayed_once_then_read(
    tutor: Tutor, data_dir: Path
) -> None:
    ben = learner_id(tutor, "ben")
    skip_placement(tutor, ben)
    practise(tutor, ben, 12, right=False)
    school_class = tutor.teaching.classes.classes()[0]
    before = tutor.teaching.dashboard.needs_help(school_class.id)
    db = sqlite3.connect(data_dir / "tutor.sqlite3")
    db.execute("UPDATE attempt_events SET expected = NULL, estimate_after = NULL")
    db.commit()
    db.close()
    again = tutor.teaching.dashboard.needs_help(school_class.id)
    assert [(f.learner_id, f.reason, f.skill_id, f.right, f.tries) for f in again] == [
        (f.learner_id, f.reason, f.skill_id, f.right, f.tries) for f in before
    ]
    for mine, theirs in zip(again, before, strict=True):
        assert mine.estimate_now == pytest.approx(theirs.estimate_now)
    filled = stored(data_dir, "SELECT count(*) FROM attempt_events WHERE expected IS NOT NULL")
    total = stored(data_dir, "SELECT count(*) FROM attempt_events")
    with tutor.teaching.database.read() as session:
        tail = recent_answers(session, school_class.id)
    assert not tail.missing  # read straight from the database from now on
    assert filled[0][0] == len(tail.by_learner[ben]) < int(str(total[0][0]))
