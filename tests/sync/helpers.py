"""Helpers for bundle tests: answering items, dumping a database, rewriting a bundle file."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tutor.content.signing import sign
from tutor.engine.answers import right_response, wrong_response
from tutor.facade import Tutor

# Columns whose value says when this laptop did something, not what it holds.
LOCAL_TIMES = {("imported_bundles", "imported_at")}


def learner_id(tutor: Tutor, name: str) -> str:
    return next(p.id for p in tutor.learners() if p.display_name == name)


def device_id(tutor: Tutor) -> str:
    device = tutor.device()
    assert device is not None
    return device.id


def practise(tutor: Tutor, learner: str, answers: int, pattern: str = "rrw") -> int:
    """Answer up to `answers` items (placement or practice), right or wrong by `pattern`
    ("r"/"w", repeated), reading lessons on the way; returns how many were answered."""
    given = 0
    for _ in range(answers * 3):
        if given == answers:
            break
        view = tutor.next_activity(learner)
        if view.kind == "lesson":
            tutor.lesson_seen(learner, view.lesson_id or "")
            continue
        if view.kind == "done":
            break
        assert view.item is not None and view.item_id is not None
        right = pattern[given % len(pattern)] == "r"
        response = right_response(view.item) if right else wrong_response(view.item)
        tutor.submit_answer(learner, view.item_id, response)
        given += 1
    return given


Rows = list[tuple[Any, ...]]


def dump(database: Path, skip: set[tuple[str, str]] | None = None) -> dict[str, Rows]:
    """Every row of every table, sorted, without the columns in `skip` (table, column)."""
    skipped = LOCAL_TIMES if skip is None else skip
    connection = sqlite3.connect(database)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        result: dict[str, Rows] = {}
        for table in tables:
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
            kept = [c for c in columns if (table, c) not in skipped]
            quoted = ", ".join(f'"{c}"' for c in kept)
            rows = connection.execute(f'SELECT {quoted} FROM "{table}"').fetchall()
            result[table] = sorted(rows, key=repr)
        return result
    finally:
        connection.close()


def query(database: Path, sql: str, *args: Any) -> Rows:
    connection = sqlite3.connect(database)
    try:
        rows: Rows = connection.execute(sql, args).fetchall()
        return rows
    finally:
        connection.close()


def file_digests(database: Path) -> dict[str, str]:
    """SHA-256 of the database file and its write-ahead log (if any)."""
    found = {}
    for path in (database, database.with_name(database.name + "-wal")):
        if path.exists():
            found[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def members(bundle: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(bundle) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write_members(bundle: Path, contents: dict[str, bytes]) -> None:
    with zipfile.ZipFile(bundle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in contents.items():
            archive.writestr(name, data)


def rewrite(
    source: Path,
    target: Path,
    *,
    payloads: dict[str, Callable[[bytes], bytes]] | None = None,
    manifest: Callable[[dict[str, Any]], None] | None = None,
    rehash: bool = False,
    key: Ed25519PrivateKey | None = None,
) -> Path:
    """A copy of a bundle with payload files and the manifest edited; with `rehash` the
    manifest's sizes and hashes follow the edited payloads; with `key` it is signed again."""
    contents = members(source)
    for name, edit in (payloads or {}).items():
        contents[name] = edit(contents[name])
    document = json.loads(contents["manifest.json"])
    if rehash:
        for entry in document["files"]:
            data = contents[entry["name"]]
            entry["size"] = len(data)
            entry["sha256"] = hashlib.sha256(data).hexdigest()
            entry["records"] = len(data.splitlines())
    if manifest is not None:
        manifest(document)
    if rehash or manifest is not None:
        contents["manifest.json"] = (json.dumps(document, indent=2) + "\n").encode()
    if key is not None:
        contents["manifest.sig"] = json.dumps(sign(contents["manifest.json"], key)).encode()
    write_members(target, contents)
    return target


def edit_lines(edit: Callable[[dict[str, Any]], None], line: int = 0) -> Callable[[bytes], bytes]:
    """A payload edit that changes the JSON record on one line."""

    def apply(data: bytes) -> bytes:
        lines = data.decode().splitlines()
        record = json.loads(lines[line])
        edit(record)
        lines[line] = json.dumps(record, sort_keys=True, separators=(",", ":"))
        return ("\n".join(lines) + "\n").encode()

    return apply


def flip(bundle: Path, member: str, target: Path) -> Path:
    """A copy of `bundle` with one byte of one member changed (the manifest left as it was)."""
    contents = members(bundle)
    data = contents[member]
    contents[member] = data[:10] + bytes([data[10] ^ 0x01]) + data[11:]
    write_members(target, contents)
    return target


def lapse_a_placed_skill(tutor: Tutor, learner: str, wrong: int = 4) -> str:
    """Practise one of the learner's placed skills (as a topic) with wrong answers."""
    skill = next(s.skill_id for s in tutor.skill_map(learner) if s.placed)
    given = 0
    while given < wrong:
        view = tutor.next_activity(learner, topic=skill)
        if view.kind == "lesson":
            tutor.lesson_seen(learner, view.lesson_id or "")
            continue
        assert view.kind == "practice" and view.item is not None and view.item_id is not None
        tutor.submit_answer(learner, view.item_id, wrong_response(view.item))
        given += 1
    return skill
