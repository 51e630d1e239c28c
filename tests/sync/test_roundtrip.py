"""A bundle carries a laptop's progress to another laptop: learners keep what they have done."""

from __future__ import annotations

import stat
from pathlib import Path

from tests.sync.conftest import Laptop
from tests.sync.helpers import (
    Rows,
    device_id,
    dump,
    file_digests,
    lapse_a_placed_skill,
    learner_id,
    practise,
    query,
)
from tutor.content.signing import PublicKey, load_private_key, public_key_of

EVENT_COLUMNS = (
    "id, device_id, sequence, learner_id, item_id, skill_id, response, score, correct, "
    "hints_used, duration_ms, answered_at, recorded_at, context, quiz_run_id, expected, "
    "estimate_after"
)
MASTERY_COLUMNS = (
    "learner_id, skill_id, status, placed, probability, attempts, correct, last_attempt_at"
)


def events(database: Path) -> Rows:
    return sorted(query(database, f"SELECT {EVENT_COLUMNS} FROM attempt_events"))


def mastery(database: Path, learner: str) -> Rows:
    return query(
        database,
        f"SELECT {MASTERY_COLUMNS} FROM mastery_states WHERE learner_id = ? ORDER BY skill_id",
        learner,
    )


def test_a_learner_who_moves_laptop_keeps_their_progress(laptop: Laptop, usb: Path) -> None:
    first = laptop("Laptop A")
    ana, ben, wanjiru = (learner_id(first, n) for n in ("Ana", "ben", "Wanjiru"))
    first.set_learner_pin(ana, "2468")
    assert practise(first, ana, 25, "rrrw") == 25
    assert practise(first, wanjiru, 18, "r") == 18  # right throughout: skills placed
    lapse_a_placed_skill(first, wanjiru)
    assert practise(first, ben, 3, "w") == 3  # half-way through the placement check
    exported = first.export_bundle(usb)
    assert exported.verified and exported.path.parent == usb
    assert exported.path.name.startswith("tutor-laptop-a-")
    assert exported.path.name.endswith(".tutorbundle")
    assert exported.info.counts["attempt_events"] == len(events(first.paths.database))

    second = laptop("Laptop B", learners=("Zawadi",))
    result = second.import_bundle(exported.path)

    assert not result.already_imported
    assert set(result.learners_changed) == {ana, ben, wanjiru}
    assert events(second.paths.database) == events(first.paths.database)
    moved = {p.id: p for p in second.learners()}
    assert {ana, ben, wanjiru} <= set(moved) and moved[ana].has_pin
    assert second.check_learner_secret(ana, "2468").ok
    for learner in (ana, ben, wanjiru):
        assert second.skill_map(learner) == first.skill_map(learner)
        assert mastery(second.paths.database, learner) == mastery(first.paths.database, learner)
    assert any(skill.placed for skill in second.skill_map(wanjiru))
    # Ben carries on with the placement check where he stopped; Ana is past hers.
    assert second.next_activity(ben) == first.next_activity(ben)
    assert second.next_activity(ben).placement_asked == 3
    assert second.next_activity(ana).kind != "placement"


def test_the_device_key_is_made_once_kept_private_and_published(laptop: Laptop, usb: Path) -> None:
    first = laptop("Laptop A")
    key_file = first.paths.device_key
    assert not key_file.exists()
    first.export_bundle(usb)
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    public = public_key_of(load_private_key(key_file))
    ((line,),) = query(first.paths.database, "SELECT public_key FROM devices")
    assert PublicKey.from_line(line).raw == public.raw
    key_bytes = key_file.read_bytes()
    second_export = first.export_bundle(usb)
    assert key_file.read_bytes() == key_bytes
    assert second_export.info.key_id == public.key_id

    second = laptop("Laptop B")
    second.import_bundle(second_export.path)
    known = query(
        second.paths.database,
        "SELECT public_key, is_this_device FROM devices WHERE id = ?",
        device_id(first),
    )
    assert len(known) == 1 and PublicKey.from_line(known[0][0]).raw == public.raw
    assert known[0][1] == 0


def test_importing_the_same_bundle_again_changes_nothing(laptop: Laptop, usb: Path) -> None:
    first = laptop("Laptop A")
    practise(first, learner_id(first, "Ana"), 10)
    bundle = first.export_bundle(usb).path
    second = laptop("Laptop B")
    imported = second.import_bundle(bundle)
    before, digests = dump(second.paths.database, skip=set()), file_digests(second.paths.database)

    again = second.import_bundle(bundle)

    assert again.already_imported and again.imported_at == imported.imported_at
    assert again.added == {} and again.learners_changed == ()
    assert dump(second.paths.database, skip=set()) == before
    assert file_digests(second.paths.database) == digests
    assert second.verify_bundle(bundle).imported_at == imported.imported_at
    # A newer export of the same laptop holds the same answers: only the bundle is recorded.
    later = first.export_bundle(usb).path
    result = second.import_bundle(later)
    assert result.added.get("attempt_events", 0) == 0 and result.learners_changed == ()
    assert len(query(second.paths.database, "SELECT id FROM imported_bundles")) == 2


def test_answers_after_an_import_continue_this_laptops_own_sequence(
    laptop: Laptop, usb: Path
) -> None:
    first = laptop("Laptop A")
    ana = learner_id(first, "Ana")
    practise(first, ana, 12)
    second = laptop("Laptop B", learners=("Zawadi",))
    zawadi = learner_id(second, "Zawadi")
    practise(second, zawadi, 4)
    this_id = device_id(second)

    second.import_bundle(first.export_bundle(usb).path)
    practise(second, ana, 3)
    practise(second, zawadi, 2)

    own = query(
        second.paths.database,
        "SELECT sequence FROM attempt_events WHERE device_id = ? ORDER BY sequence",
        this_id,
    )
    assert [row[0] for row in own] == list(range(1, 10))
    sequences: dict[str, int] = dict(
        query(second.paths.database, "SELECT id, last_sequence FROM devices")
    )
    assert sequences[this_id] == 9
    assert sequences[device_id(first)] == 12

    # Ana's answers on B come back to A, and both laptops agree on her progress.
    back = second.export_bundle(usb)
    result = first.import_bundle(back.path)
    assert result.added["attempt_events"] == 3 + 6 and ana in result.learners_changed
    assert first.skill_map(ana) == second.skill_map(ana)
    assert events(first.paths.database) == events(second.paths.database)
    assert mastery(first.paths.database, ana) == mastery(second.paths.database, ana)
    practise(first, ana, 1)
    assert query(
        first.paths.database,
        "SELECT max(sequence) FROM attempt_events WHERE device_id = ?",
        device_id(first),
    ) == [(13,)]
