"""The learning loop over a real data folder with the bundled packs installed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tutor.engine.answers import right_response, wrong_response
from tutor.facade import Tutor
from tutor.learning.service import LearningError
from tutor.paths import DataPaths


def learner_id(tutor: Tutor, name: str = "Ana") -> str:
    return next(p.id for p in tutor.learners() if p.display_name == name)


def attempts(data_dir: Path) -> list[tuple[str, str, float, str, int]]:
    db = sqlite3.connect(data_dir / "tutor.sqlite3")
    try:
        return db.execute(
            "SELECT learner_id, item_id, score, context, sequence FROM attempt_events "
            "ORDER BY sequence"
        ).fetchall()
    finally:
        db.close()


def finish_placement(tutor: Tutor, learner: str, *, knows: bool) -> int:
    asked = 0
    while (view := tutor.next_activity(learner)).kind == "placement":
        assert view.item is not None and view.item_id is not None
        assert view.placement_asked == asked
        response = right_response(view.item) if knows else wrong_response(view.item)
        tutor.submit_answer(learner, view.item_id, response)
        asked += 1
    return asked


def test_a_new_learner_takes_the_placement_check_then_a_lesson_then_practice(
    tutor: Tutor, data_dir: Path
) -> None:
    ana = learner_id(tutor)
    first = tutor.next_activity(ana)
    assert first.kind == "placement" and first.item is not None
    asked = finish_placement(tutor, ana, knows=False) + 0
    assert 1 <= asked <= 15
    assert {row[3] for row in attempts(data_dir)} == {"placement"}
    lesson = tutor.next_activity(ana)
    assert lesson.kind == "lesson" and lesson.lesson_body_sha256 is not None
    assert "#" in tutor.lesson_text(lesson.lesson_body_sha256) or lesson.lesson_title
    tutor.lesson_seen(ana, lesson.lesson_id or "")
    practice = tutor.next_activity(ana)
    assert practice.kind == "practice" and practice.skill_id == lesson.skill_id


def test_practising_a_skill_right_masters_it_and_the_database_says_so(
    tutor: Tutor, data_dir: Path
) -> None:
    ana = learner_id(tutor)
    finish_placement(tutor, ana, knows=False)
    mastered = None
    for _ in range(40):
        view = tutor.next_activity(ana)
        if view.kind == "lesson":
            tutor.lesson_seen(ana, view.lesson_id or "")
            continue
        assert view.kind == "practice" and view.item is not None and view.item_id is not None
        if view.item["type"] == "extended_text":
            outcome = tutor.submit_answer(ana, view.item_id, right_response(view.item))
            assert not outcome.grade.auto_graded
            continue
        outcome = tutor.submit_answer(ana, view.item_id, right_response(view.item))
        assert outcome.grade.correct
        if outcome.mastered_now:
            mastered = outcome
            break
    assert mastered is not None, "40 right answers never mastered a skill"
    assert mastered.status == "mastered" and mastered.reason.startswith("mastered:")
    db = sqlite3.connect(data_dir / "tutor.sqlite3")
    try:
        status = db.execute(
            "SELECT status, attempts FROM mastery_states WHERE learner_id = ? AND skill_id = ?",
            (ana, mastered.skill_id),
        ).fetchone()
    finally:
        db.close()
    assert status[0] == "mastered" and status[1] >= 3
    skills = {s.skill_id: s for s in tutor.skill_map(ana)}
    assert skills[mastered.skill_id].status == "mastered"


def test_every_answer_is_stored_once_with_increasing_sequence_and_survives_a_restart(
    data_dir: Path,
) -> None:
    paths = DataPaths(data_dir)
    tutor = Tutor.open(paths)
    ana = learner_id(tutor)
    view = tutor.next_activity(ana)
    assert view.item is not None and view.item_id is not None
    outcome = tutor.submit_answer(ana, view.item_id, wrong_response(view.item))
    tutor.close()  # as if the app were killed right after showing the feedback
    stored = attempts(data_dir)
    assert [(row[0], row[1]) for row in stored] == [(ana, view.item_id)]
    reopened = Tutor.open(paths)
    try:
        nxt = reopened.next_activity(ana)
        assert nxt.item_id != view.item_id or nxt.kind != "placement"
        assert outcome.attempt_id
        second = reopened.next_activity(ana)
        assert second == nxt  # resumed, not re-chosen
        assert second.item is not None and second.item_id is not None
        reopened.submit_answer(ana, second.item_id, right_response(second.item))
    finally:
        reopened.close()
    sequences = [row[4] for row in attempts(data_dir)]
    assert sequences == sorted(set(sequences)) and len(sequences) == 2


def test_the_activity_in_progress_is_resumed_after_a_restart(data_dir: Path) -> None:
    paths = DataPaths(data_dir)
    tutor = Tutor.open(paths)
    ben = learner_id(tutor, "ben")
    shown = tutor.next_activity(ben)
    tutor.close()
    reopened = Tutor.open(paths)
    try:
        assert reopened.next_activity(ben) == shown
    finally:
        reopened.close()


def test_a_learner_who_knows_it_all_is_placed_and_skips_what_they_know(tutor: Tutor) -> None:
    wanjiru = learner_id(tutor, "Wanjiru")
    finish_placement(tutor, wanjiru, knows=True)
    skills = tutor.skill_map(wanjiru)
    placed = [s for s in skills if s.placed]
    assert placed, "right answers throughout placed nothing"
    assert all(s.status == "mastered" for s in placed)
    nxt = tutor.next_activity(wanjiru)
    assert nxt.skill_id not in {s.skill_id for s in placed}


def test_locked_skills_follow_the_prerequisites(tutor: Tutor) -> None:
    skills = tutor.skill_map(learner_id(tutor))
    assert any(s.locked for s in skills) and any(not s.locked for s in skills)
    first_locked = next(s for s in skills if s.locked)
    assert first_locked.status == "not_started"


def test_bad_answers_are_refused_and_store_nothing(tutor: Tutor, data_dir: Path) -> None:
    ana = learner_id(tutor)
    view = tutor.next_activity(ana)
    assert view.item_id is not None
    with pytest.raises(LearningError, match="no item"):
        tutor.submit_answer(ana, "org.nowhere/none", 1)
    with pytest.raises(LearningError):
        tutor.submit_answer(ana, view.item_id, object())
    with pytest.raises(LearningError, match="no learner"):
        tutor.next_activity("not-a-learner")
    assert attempts(data_dir) == []
    assert tutor.next_activity(ana) == view


def test_a_lessons_media_is_found_in_the_content_store(tutor: Tutor, tmp_path: Path) -> None:
    from tests.content.conftest import write_source
    from tutor.content.build import build_pack
    from tutor.content.source import load_source

    pack = tmp_path / "with-media.tutorpack"
    build_pack(load_source(write_source(tmp_path / "source")), pack)
    tutor.install_pack(pack, allow_unsigned=True)
    lesson = "org.example.math.fractions/what-is-a-half"
    found = tutor.media_for(lesson)
    assert set(found) == {"media/pizzas.png"} and found["media/pizzas.png"].is_file()
    assert tutor.media_path(lesson, "media/pizzas.png") == found["media/pizzas.png"]
    assert tutor.media_path(lesson, "media/none.png") is None
    assert tutor.media_for("org.nowhere/lesson") == {}


FRENCH_PACK = "org.tutor.demo.fractions-fr"


def test_a_learner_whose_language_has_a_pack_learns_from_it(tutor: Tutor) -> None:
    ana = learner_id(tutor)
    tutor.teaching.classes.set_learner_language(ana, "fr-CA")  # a region finds the "fr" pack
    catalog = tutor._learning.catalog()
    french = {skill for skill, pack in catalog.skill_packs.items() if pack == FRENCH_PACK}
    assert french and catalog.scope_for("fr-CA") == frozenset(french)
    skill_of = catalog.item_skills
    placement: list[str] = []
    while (view := tutor.next_activity(ana)).kind == "placement":
        assert view.item is not None and view.item_id is not None
        placement.append(view.item_id)
        tutor.submit_answer(ana, view.item_id, wrong_response(view.item))
    assert placement and {skill_of[item] for item in placement} <= french
    assert view.skill_id in french  # the first lesson is in French too
    assert {skill.skill_id for skill in tutor.skill_map(ana)} == french
    # Another topic stays one choice away, and the map of a learner without a language of
    # their own shows everything.
    english = next(skill for skill, pack in catalog.skill_packs.items() if pack != FRENCH_PACK)
    assert tutor.next_activity(ana, topic=english).skill_id == english
    ben = learner_id(tutor, "ben")
    assert len(tutor.skill_map(ben)) == len(catalog.curriculum.skills)


def test_a_language_no_pack_is_written_in_keeps_every_pack(tutor: Tutor) -> None:
    ana = learner_id(tutor)
    tutor.teaching.classes.set_learner_language(ana, "sw")
    catalog = tutor._learning.catalog()
    assert catalog.scope_for("sw") is None
    assert len(tutor.skill_map(ana)) == len(catalog.curriculum.skills)


def test_a_placement_taken_before_the_language_changed_still_replays(tutor: Tutor) -> None:
    from tutor.learning.service import replay_placement

    ana = learner_id(tutor)
    asked = finish_placement(tutor, ana, knows=True)  # no language yet: every pack's skills
    with tutor._learning._db.read() as session:
        progress = tutor._learning._learner(session, ana)
    assert len(progress.placement_answers) == asked
    catalog = tutor._learning.catalog()
    before = replay_placement(catalog, tutor._learning._model, progress)
    progress.language = "fr"
    after = replay_placement(catalog, tutor._learning._model, progress)
    assert before is not None and after is not None
    assert after.known() == before.known() and after.known()
