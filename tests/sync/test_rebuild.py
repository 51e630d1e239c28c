"""Mastery rebuilt from the stored answers equals what the live app wrote, answer by answer."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, update

from tests.sync.conftest import Laptop
from tests.sync.helpers import Rows, lapse_a_placed_skill, learner_id, practise, query
from tutor.learning.rebuild import rebuild_mastery
from tutor.storage.engine import Database
from tutor.storage.models import MasteryState

COLUMNS = "learner_id, skill_id, status, placed, probability, attempts, correct, last_attempt_at"


def states(database: Path) -> Rows:
    return query(database, f"SELECT {COLUMNS} FROM mastery_states ORDER BY learner_id, skill_id")


def test_rebuilding_gives_the_rows_the_learning_loop_wrote(laptop: Laptop) -> None:
    tutor = laptop("Laptop A")
    learners = [learner_id(tutor, name) for name in ("Ana", "ben", "Wanjiru")]
    practise(tutor, learners[0], 40, "rrrrw")  # placement, lessons, practice, mastery
    practise(tutor, learners[1], 20, "wwr")
    practise(tutor, learners[2], 22, "r")  # placed skills, then practice on the next ones
    lapsed = lapse_a_placed_skill(tutor, learners[2])  # mastery kept, then lost: no longer placed
    live = states(tutor.paths.database)
    statuses = {row[2] for row in live}
    assert {"mastered", "learning"} <= statuses and any(row[3] for row in live)

    database = Database(tutor.paths.database)
    try:
        with database.write() as session:  # spoil every row: the rebuild must not read them
            session.execute(update(MasteryState).values(status="struggling", probability=0.5))
            session.add(MasteryState(learner_id=learners[1], skill_id="gone", probability=0.1))
        with database.write() as session:
            written = rebuild_mastery(session, learners)
        with database.read() as session:
            stamps = sorted(session.scalars(select(MasteryState.updated_at)))
        with database.write() as session:
            rebuild_mastery(session, learners)
        with database.read() as session:
            assert sorted(session.scalars(select(MasteryState.updated_at))) == stamps
    finally:
        database.close()

    assert written == len(live)
    assert states(tutor.paths.database) == live
    lapsed_row = next(row for row in live if row[0] == learners[2] and row[1] == lapsed)
    assert lapsed_row[2:4] == ("learning", 0)
    assert not next(s for s in tutor.skill_map(learners[2]) if s.skill_id == lapsed).placed
