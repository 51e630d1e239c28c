"""Wire records and the manifest: exact round trips, and every problem reported at once."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from tutor.content.signing import PublicKey
from tutor.sync.errors import BundleUnreadableError, BundleVersionError
from tutor.sync.manifest import FORMAT_VERSION, Manifest, PayloadEntry, SourceDevice
from tutor.sync.records import AssignmentRecord, AttemptEventRecord, LearnerRecord, QuizRunRecord
from tutor.sync.rules import merged_note, newer_wins_key, run_rank
from tutor.sync.tables import PAYLOADS
from tutor.sync.wire import RecordError, format_time, parse_time

T = datetime(2031, 5, 6, 7, 8, 9, 123456, tzinfo=UTC)


def event(**changes: object) -> AttemptEventRecord:
    fields: dict[str, object] = {
        "id": "e1",
        "device_id": "d1",
        "sequence": 1,
        "learner_id": "l1",
        "item_id": "pack/item",
        "skill_id": "pack/skill",
        "response": {"value": [1, 2], "note": "é"},
        "score": 0.5,
        "correct": False,
        "hints_used": 1,
        "duration_ms": 2500,
        "answered_at": T,
        "recorded_at": T,
        "context": "practice",
        "quiz_run_id": None,
        "expected": 0.625,
        "estimate_after": None,
    }
    fields.update(changes)
    return AttemptEventRecord(**fields)  # type: ignore[arg-type]


def test_a_record_survives_the_trip_through_json_exactly() -> None:
    record = event()
    text = json.dumps(record.to_dict())
    assert AttemptEventRecord.from_dict(json.loads(text)) == record
    assert record.to_dict()["answered_at"] == "2031-05-06T07:08:09.123456+00:00"


def test_times_in_another_offset_are_read_as_utc_and_naive_times_are_refused() -> None:
    eastern = T.astimezone(timezone(timedelta(hours=3)))
    assert parse_time(eastern.isoformat()) == T
    with pytest.raises(ValueError, match="no UTC offset"):
        parse_time("2031-05-06T07:08:09")
    with pytest.raises(ValueError):
        format_time(datetime(2031, 5, 6))


def test_every_problem_of_a_record_is_reported_at_once() -> None:
    data = event().to_dict()
    data.update(sequence="3", correct=1, answered_at="yesterday", context="homework")
    data["item_id"] = "x" * 300
    del data["score"]
    data["colour"] = "blue"
    with pytest.raises(RecordError) as refused:
        AttemptEventRecord.from_dict(data)
    problems = " | ".join(refused.value.problems)
    for words in (
        "sequence must be a whole number",
        "correct must be true or false",
        "answered_at is not a time",
        "item_id is longer than 255",
        "no field 'score'",
        "unknown field 'colour'",
    ):
        assert words in problems
    with pytest.raises(RecordError, match="context is not one of"):
        AttemptEventRecord.from_dict(event(context="homework").to_dict())


def test_rules_the_database_enforces_are_checked_on_the_wire() -> None:
    assignment = {
        "id": "a1",
        "kind": "essay",
        "target_id": "q1",
        "class_id": "c1",
        "group_id": "g1",
        "learner_id": None,
        "due_at": None,
        "created_by": "",
        "created_at": format_time(T),
        "updated_at": format_time(T),
        "deleted_at": None,
    }
    with pytest.raises(RecordError) as refused:
        AssignmentRecord.from_dict(assignment)
    assert len(refused.value.problems) == 2  # unknown kind, two audiences
    learner = {
        "id": "l1",
        "display_name": "Ana",
        "avatar": "",
        "pin_hash": None,
        "picture_password_hash": None,
        "language": None,
        "text_scale": 999,
        "created_at": format_time(T),
        "updated_at": format_time(T),
        "archived_at": None,
    }
    with pytest.raises(RecordError, match="text_scale"):
        LearnerRecord.from_dict(learner)


def test_the_merge_orders_are_total_and_settle_ties() -> None:
    base = LearnerRecord("l1", "Ana", "", None, None, None, None, T, T, None)
    renamed = LearnerRecord("l1", "Anna", "", None, None, None, None, T, T, None)
    later = LearnerRecord("l1", "Ann", "", None, None, None, None, T, T + timedelta(1), None)
    assert max(base, renamed, key=newer_wins_key) == max(renamed, base, key=newer_wins_key)
    assert max(base, renamed, later, key=newer_wins_key) == later
    unfinished = QuizRunRecord("r1", "a1", "l1", "q1", ["i"], "at_end", T, None, None)
    finished = QuizRunRecord("r2", "a1", "l1", "q1", ["i"], "at_end", T, None, T)
    assert min(unfinished, finished, key=run_rank) == finished


def test_a_note_keeps_the_latest_read_and_deletion() -> None:
    from tutor.sync.records import TeacherNoteRecord

    read = TeacherNoteRecord("n1", "l1", "Ms A", "Well done", T, T, None)
    deleted = TeacherNoteRecord("n1", "l1", "Ms A", "Well done", T, None, T + timedelta(1))
    merged = merged_note(read, deleted)
    assert merged == merged_note(deleted, read)
    assert (merged.read_at, merged.deleted_at) == (T, T + timedelta(1))


def manifest() -> Manifest:
    key = PublicKey(bytes(range(32)), "Laptop A").to_line()
    files = tuple(PayloadEntry(p.file_name, 0, "0" * 64, 0) for p in PAYLOADS)
    source = SourceDevice("d1", "Laptop A", "", key)
    return Manifest("6f1c1a2e-8d1e-4c55-9a57-5d2f1f7f1b3a", T, "0.1.0", source, files)


def test_the_manifest_round_trips_and_reports_every_problem() -> None:
    original = manifest()
    assert Manifest.from_bytes(original.to_bytes()) == original
    document = json.loads(original.to_bytes())
    document["bundle_id"] = "not-a-uuid"
    document["files"] = document["files"][1:]
    document["source"]["public_key"] = "ssh-rsa AAAA"
    with pytest.raises(BundleUnreadableError) as refused:
        Manifest.from_bytes(json.dumps(document).encode())
    problems = " | ".join(refused.value.problems)
    assert "bundle_id is not a UUID" in problems
    assert "does not list devices.jsonl" in problems
    assert "tutor-ed25519" in problems


def test_a_newer_format_asks_for_a_newer_tutor() -> None:
    document = json.loads(manifest().to_bytes())
    document["version"] = FORMAT_VERSION + 1
    document["something_new"] = True
    with pytest.raises(BundleVersionError, match="Update Tutor"):
        Manifest.from_bytes(json.dumps(document).encode())


def test_the_model_figures_of_an_answer_are_probabilities() -> None:
    with pytest.raises(RecordError, match="expected is not from 0 to 1"):
        AttemptEventRecord.from_dict(event(expected=1.5).to_dict())
