"""Merge a checked bundle's records into this database, inside the caller's one transaction.

merge_records() applies the payloads in dependency order with the rules of tutor.sync.rules (see
there for why the result does not depend on the order of imports). Append-only records:

* devices: inserted if absent; `is_this_device` is never changed; a missing public key is
  filled in; a device known here with a DIFFERENT public key makes the bundle forged
  (BundleForgedError). Another device's `last_sequence` becomes the largest either side knows;
  this device's only ever rises, and only if the bundle holds answers of this device that this
  database lost (restored from an old backup), so a sequence number is never given twice;
* attempt events: inserted by id if absent. An answer whose id is known here with different
  contents, or a different answer claiming a (device, sequence) known here, makes the bundle
  inconsistent (BundleInconsistentError).

On any BundleError the caller's transaction rolls back: the database is left as it was. Mastery is
not touched here; the result names the learners whose events or placement changed.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Table, delete, select, tuple_, update
from sqlalchemy import insert as insert_rows
from sqlalchemy.orm import Session

from tutor.content.signing import PublicKey
from tutor.learning.service import PLACEMENT_DONE
from tutor.storage.models import Device, QuizPart, Setting
from tutor.sync.errors import BundleForgedError, BundleInconsistentError
from tutor.sync.records import (
    AttemptEventRecord,
    DeviceRecord,
    PlacementRecord,
    QuizPartRecord,
    QuizRecord,
    QuizRunRecord,
    TeacherNoteRecord,
)
from tutor.sync.rules import merged_note, newer_wins_key, quiz_key, run_rank
from tutor.sync.tables import Payload, columns_of, payload_named, record_from_row
from tutor.sync.wire import WireRecord, format_time, parse_time

log = logging.getLogger(__name__)

CHUNK = 500
R = TypeVar("R", bound=WireRecord)


@dataclass
class MergeResult:
    added: Counter[str] = field(default_factory=Counter)  # payload name -> records added
    updated: Counter[str] = field(default_factory=Counter)  # payload name -> records changed
    learners_changed: set[str] = field(default_factory=set)  # events or placement changed


def merge_records(session: Session, records: dict[str, list[WireRecord]]) -> MergeResult:
    """Merge every payload (see the module docstring). Raises BundleForgedError or
    BundleInconsistentError; the caller's transaction must then be rolled back."""
    result = MergeResult()
    _merge_devices(session, _typed(records["devices"], DeviceRecord), result)
    _merge_newer_wins(session, payload_named("learners"), records, result)
    _merge_newer_wins(session, payload_named("classes"), records, result)
    _merge_union(session, payload_named("class_memberships"), records, "joined_at", result)
    _merge_newer_wins(session, payload_named("learner_groups"), records, result)
    _merge_union(session, payload_named("group_memberships"), records, "joined_at", result)
    _merge_quizzes(session, records, result)
    _merge_newer_wins(session, payload_named("assignments"), records, result)
    _merge_runs(session, _typed(records["quiz_runs"], QuizRunRecord), result)
    _merge_notes(session, _typed(records["teacher_notes"], TeacherNoteRecord), result)
    _merge_union(session, payload_named("lesson_views"), records, "viewed_at", result)
    _merge_events(session, _typed(records["attempt_events"], AttemptEventRecord), result)
    _merge_placements(session, _typed(records["placements"], PlacementRecord), result)
    return result


def known_key_conflicts(session: Session, devices: Iterable[DeviceRecord]) -> list[str]:
    """Names of the devices this database knows under a different public key than `devices`."""
    known = {
        row.id: row for row in session.scalars(select(Device).where(Device.public_key.is_not(None)))
    }
    conflicts = []
    for device in devices:
        local = known.get(device.id)
        if local is None or device.public_key is None or local.public_key is None:
            continue
        if PublicKey.from_line(local.public_key).raw != PublicKey.from_line(device.public_key).raw:
            conflicts.append(local.name)
    return conflicts


def _typed(records: list[WireRecord], kind: type[R]) -> list[R]:
    return [record for record in records if isinstance(record, kind)]


def _table(payload: Payload) -> Table:
    return payload.table


def _load(session: Session, payload: Payload, keys: Sequence[tuple[Any, ...]]) -> dict[Any, Any]:
    """The local records of `payload` with these keys, by key."""
    table = _table(payload)
    columns = [table.c[name] for name in payload.record.KEY]
    found: dict[Any, Any] = {}
    unique = sorted(set(keys))
    for start in range(0, len(unique), CHUNK):
        chunk = unique[start : start + CHUNK]
        if len(columns) == 1:
            condition = columns[0].in_([key[0] for key in chunk])
        else:
            condition = tuple_(*columns).in_(chunk)
        for row in session.execute(select(table).where(condition)):
            record = record_from_row(payload.record, row)
            found[record.key] = record
    return found


def _where_key(payload: Payload, record: WireRecord) -> Any:
    table = _table(payload)
    return [table.c[name] == value for name, value in zip(record.KEY, record.key, strict=True)]


def _insert(session: Session, payload: Payload, records: Sequence[WireRecord]) -> None:
    if records:
        session.execute(insert_rows(_table(payload)), [columns_of(record) for record in records])


def _replace(session: Session, payload: Payload, record: WireRecord) -> None:
    session.execute(
        update(_table(payload)).where(*_where_key(payload, record)).values(**columns_of(record))
    )


def refuse_forged(session: Session, devices: Iterable[DeviceRecord]) -> None:
    """Raise BundleForgedError if this database knows one of `devices` under another key."""
    conflicts = known_key_conflicts(session, devices)
    if conflicts:
        log.warning("Bundle refused: devices %s known here with another key", conflicts)
        raise BundleForgedError(
            f"This bundle claims to come from {conflicts[0]}, but it was not signed with the key "
            f"this laptop knows for {conflicts[0]}: it may be forged. Nothing was imported; ask "
            "whoever looks after the laptops."
        )


def _merge_devices(session: Session, devices: list[DeviceRecord], result: MergeResult) -> None:
    refuse_forged(session, devices)
    rows = {row.id: row for row in session.scalars(select(Device))}
    for device in devices:
        local = rows.get(device.id)
        if local is None:
            session.add(Device(**columns_of(device), is_this_device=False))
            result.added["devices"] += 1
            continue
        if local.public_key is None and device.public_key is not None:
            local.public_key = device.public_key
            result.updated["devices"] += 1
        if not local.is_this_device and device.last_sequence > local.last_sequence:
            local.last_sequence = device.last_sequence
    session.flush()


def _merge_newer_wins(
    session: Session, payload: Payload, records: dict[str, list[WireRecord]], result: MergeResult
) -> None:
    """Add the records not here; replace those here whose incoming version is newer."""
    incoming = records[payload.name]
    local = _load(session, payload, [record.key for record in incoming])
    _insert(session, payload, [record for record in incoming if record.key not in local])
    result.added[payload.name] += sum(record.key not in local for record in incoming)
    for record in incoming:
        mine = local.get(record.key)
        if mine is not None and newer_wins_key(record) > newer_wins_key(mine):
            _replace(session, payload, record)
            result.updated[payload.name] += 1


def _merge_union(
    session: Session,
    payload: Payload,
    records: dict[str, list[WireRecord]],
    time_field: str,
    result: MergeResult,
) -> None:
    """Add the records not here; keep the earliest time of those on both sides."""
    incoming = records[payload.name]
    local = _load(session, payload, [record.key for record in incoming])
    _insert(session, payload, [record for record in incoming if record.key not in local])
    result.added[payload.name] += sum(record.key not in local for record in incoming)
    for record in incoming:
        mine = local.get(record.key)
        if mine is not None and getattr(record, time_field) < getattr(mine, time_field):
            _replace(session, payload, record)
            result.updated[payload.name] += 1


def _merge_quizzes(
    session: Session, records: dict[str, list[WireRecord]], result: MergeResult
) -> None:
    quizzes, parts_payload = payload_named("quizzes"), payload_named("quiz_parts")
    incoming = _typed(records["quizzes"], QuizRecord)
    parts: dict[str, list[QuizPartRecord]] = defaultdict(list)
    for part in _typed(records["quiz_parts"], QuizPartRecord):
        parts[part.quiz_id].append(part)
    local = _load(session, quizzes, [quiz.key for quiz in incoming])
    local_parts: dict[str, list[QuizPartRecord]] = defaultdict(list)
    quiz_ids = sorted(key[0] for key in local)
    for start in range(0, len(quiz_ids), CHUNK):
        chunk = quiz_ids[start : start + CHUNK]
        for row in session.execute(
            select(_table(parts_payload)).where(QuizPart.quiz_id.in_(chunk))
        ):
            part = record_from_row(QuizPartRecord, row)
            local_parts[part.quiz_id].append(part)
    for quiz in incoming:
        mine = local.get(quiz.key)
        if mine is None:
            _insert(session, quizzes, [quiz])
            result.added["quizzes"] += 1
        elif quiz_key(quiz, parts[quiz.id]) > quiz_key(mine, local_parts[quiz.id]):
            _replace(session, quizzes, quiz)
            session.execute(delete(QuizPart).where(QuizPart.quiz_id == quiz.id))
            result.updated["quizzes"] += 1
        else:
            continue
        _insert(session, parts_payload, parts[quiz.id])


def _merge_runs(session: Session, incoming: list[QuizRunRecord], result: MergeResult) -> None:
    """Keep one run per (assignment, learner): the one of smallest rules.run_rank."""
    payload = payload_named("quiz_runs")
    table = _table(payload)
    kept: dict[tuple[str, str], QuizRunRecord] = {}
    for row in session.execute(select(table)):
        run = record_from_row(QuizRunRecord, row)
        kept[(run.assignment_id, run.learner_id)] = run
    by_id = {run.id: run for run in kept.values()}
    for run in sorted(incoming, key=run_rank):
        same = (by_id.get(run.id), kept.get((run.assignment_id, run.learner_id)))
        rivals = {rival.id: rival for rival in same if rival is not None}
        if rivals and min(run_rank(r) for r in rivals.values()) <= run_rank(run):
            continue
        for rival in rivals.values():
            session.execute(delete(table).where(table.c.id == rival.id))
            by_id.pop(rival.id, None)
            kept.pop((rival.assignment_id, rival.learner_id), None)
        _insert(session, payload, [run])
        kept[(run.assignment_id, run.learner_id)] = by_id[run.id] = run
        (result.updated if rivals else result.added)["quiz_runs"] += 1


def _merge_notes(session: Session, incoming: list[TeacherNoteRecord], result: MergeResult) -> None:
    payload = payload_named("teacher_notes")
    local = _load(session, payload, [note.key for note in incoming])
    _insert(session, payload, [note for note in incoming if note.key not in local])
    result.added["teacher_notes"] += sum(note.key not in local for note in incoming)
    for note in incoming:
        mine = local.get(note.key)
        if mine is not None:
            merged = merged_note(mine, note)
            if merged != mine:
                _replace(session, payload, merged)
                result.updated["teacher_notes"] += 1


def new_events(session: Session, incoming: list[AttemptEventRecord]) -> list[AttemptEventRecord]:
    """The incoming answers this database does not hold. Raises BundleInconsistentError when
    one of them contradicts a stored answer (same id, other contents; or another answer with
    the same device and sequence). Reads only."""
    payload = payload_named("attempt_events")
    local = _load(session, payload, [event.key for event in incoming])
    differ = [event.id for event in incoming if event.key in local and local[event.key] != event]
    new = [event for event in incoming if event.key not in local]
    table = _table(payload)
    taken: dict[tuple[str, int], str] = {}
    for device_id in sorted({event.device_id for event in new}):
        rows = session.execute(
            select(table.c.sequence, table.c.id).where(table.c.device_id == device_id)
        )
        taken.update({(device_id, sequence): event_id for sequence, event_id in rows})
    clash = [e.id for e in new if taken.get((e.device_id, e.sequence), e.id) != e.id]
    if differ or clash:
        log.warning("Bundle refused: answers differ %s, sequence clashes %s", differ[:5], clash[:5])
        raise BundleInconsistentError(
            "This bundle contradicts the answers already on this laptop (an answer with the same "
            "number but different contents), so nothing was imported. Export it again from the "
            "laptop it came from; if that does not help, ask for support and send the log."
        )
    return new


def _merge_events(
    session: Session, incoming: list[AttemptEventRecord], result: MergeResult
) -> None:
    payload = payload_named("attempt_events")
    new = new_events(session, incoming)
    _insert(session, payload, new)
    result.added["attempt_events"] += len(new)
    result.learners_changed |= {event.learner_id for event in new}
    this = session.scalars(select(Device).where(Device.is_this_device)).first()
    own = [event.sequence for event in new if this is not None and event.device_id == this.id]
    if this is not None and own and max(own) > this.last_sequence:
        log.warning("Answers of this laptop up to %d came back in a bundle", max(own))
        this.last_sequence = max(own)


def _merge_placements(
    session: Session, incoming: list[PlacementRecord], result: MergeResult
) -> None:
    """The union of the flags; each keeps the earliest time (also as the row's updated_at, so
    the row does not depend on when it was imported)."""
    table = Setting.__table__
    assert isinstance(table, Table)
    local: dict[str, Any] = dict(
        session.execute(
            select(table.c.key, table.c.value).where(table.c.key.startswith(PLACEMENT_DONE))
        ).all()
    )
    for placement in incoming:
        key = PLACEMENT_DONE + placement.learner_id
        values = {"value": format_time(placement.done_at), "updated_at": placement.done_at}
        if key not in local:
            session.execute(insert_rows(table).values(key=key, **values))
            result.added["placements"] += 1
            result.learners_changed.add(placement.learner_id)
            continue
        try:
            earlier = placement.done_at < parse_time(local[key])
        except ValueError:
            earlier = True
        if earlier:
            session.execute(update(table).where(table.c.key == key).values(**values))
            result.updated["placements"] += 1
