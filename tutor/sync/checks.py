"""The rules a bundle's records must keep together, checked before any database is touched.

A bundle is a laptop's whole progress picture, so it is self-contained: every record it holds
refers only to records it also holds (a membership's learner and class, an answer's device and
learner, ...). No record appears twice (by its key; answers also by device and sequence), and
the source device is among the devices, with the key that signed the bundle. check_records()
returns every broken rule, in words; an empty list means the records hold together.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any, TypeVar

from tutor.content.signing import PublicKey, SignatureError
from tutor.sync.manifest import Manifest
from tutor.sync.records import AttemptEventRecord, DeviceRecord
from tutor.sync.wire import WireRecord

MAX_EXAMPLES = 3
R = TypeVar("R", bound=WireRecord)


def check_records(manifest: Manifest, records: dict[str, list[WireRecord]]) -> list[str]:
    problems: list[str] = []
    for name, listed in records.items():
        problems += _duplicates(name, (record.key for record in listed))
    events = _typed(records["attempt_events"], AttemptEventRecord)
    problems += _duplicates(
        "attempt_events (device and sequence)", ((e.device_id, e.sequence) for e in events)
    )
    devices = _typed(records["devices"], DeviceRecord)
    problems += _device_problems(manifest, devices)

    ids = {name: {record.key[0] for record in listed} for name, listed in records.items()}
    learners, classes, groups = ids["learners"], ids["classes"], ids["learner_groups"]

    def of(payload: str, field: str) -> Iterable[Any]:
        return (getattr(record, field) for record in records[payload])

    refs: list[tuple[str, Iterable[Any], set[Any]]] = [
        ("a class membership's class", of("class_memberships", "class_id"), classes),
        ("a class membership's learner", of("class_memberships", "learner_id"), learners),
        ("a group's class", of("learner_groups", "class_id"), classes),
        ("a group membership's group", of("group_memberships", "group_id"), groups),
        ("a group membership's learner", of("group_memberships", "learner_id"), learners),
        ("a quiz part's quiz", of("quiz_parts", "quiz_id"), ids["quizzes"]),
        ("an assignment's class", of("assignments", "class_id"), classes),
        ("an assignment's group", of("assignments", "group_id"), groups),
        ("an assignment's learner", of("assignments", "learner_id"), learners),
        ("a quiz run's assignment", of("quiz_runs", "assignment_id"), ids["assignments"]),
        ("a quiz run's learner", of("quiz_runs", "learner_id"), learners),
        ("a teacher note's learner", of("teacher_notes", "learner_id"), learners),
        ("a lesson view's learner", of("lesson_views", "learner_id"), learners),
        ("an answer's device", of("attempt_events", "device_id"), ids["devices"]),
        ("an answer's learner", of("attempt_events", "learner_id"), learners),
        ("a placement's learner", of("placements", "learner_id"), learners),
    ]
    for what, values, known in refs:
        missing = sorted({value for value in values if value is not None} - known)
        if missing:
            shown = ", ".join(missing[:MAX_EXAMPLES])
            problems.append(f"{what} is not in the bundle ({len(missing)}: {shown})")
    return problems


def _typed(records: list[WireRecord], kind: type[R]) -> list[R]:
    return [record for record in records if isinstance(record, kind)]


def _duplicates(name: str, keys: Iterable[tuple[Any, ...]]) -> list[str]:
    repeated = [key for key, count in Counter(keys).items() if count > 1]
    if not repeated:
        return []
    shown = ", ".join("/".join(map(str, key)) for key in repeated[:MAX_EXAMPLES])
    return [f"{name}: {len(repeated)} record(s) appear more than once ({shown})"]


def _device_problems(manifest: Manifest, devices: list[DeviceRecord]) -> list[str]:
    problems = []
    for device in devices:
        if device.public_key is not None:
            try:
                PublicKey.from_line(device.public_key)
            except SignatureError:
                problems.append(f"device {device.id} has a malformed public key")
    source = next((d for d in devices if d.id == manifest.source.device_id), None)
    if source is None:
        problems.append("the device that wrote the bundle is not among its devices")
    elif source.public_key is None or _raw(source.public_key) != manifest.source.key.raw:
        problems.append("the device that wrote the bundle is listed with another key")
    return problems


def _raw(line: str) -> bytes | None:
    try:
        return PublicKey.from_line(line).raw
    except SignatureError:
        return None
