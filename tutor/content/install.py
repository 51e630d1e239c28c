"""Install, update and remove content packs on a laptop.

Guarantees of :func:`install_pack`:

* the pack is checked completely (see tutor.content.archive) and its signature must come from a
  trusted publisher key, unless the caller explicitly allows an unsigned pack;
* a version lower than the installed one is refused unless the caller allows a downgrade;
* files are streamed into the content store and checked against their SHA-256 on the way;
* every row (pack, skills, prerequisites, lessons, items, media references) is written in one
  transaction: the laptop has the old version or the new one, never a mixture;
* skill and item ids are stable across versions: an update keeps them, so attempts and mastery
  carry over; a skill or item the new version drops is retired, never deleted;
* on any failure or cancel nothing changes in the database, and files the store no longer needs
  are removed (after a killed process, at the next start).
"""

from __future__ import annotations

import base64
import hashlib
import mimetypes
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from tutor import media_types
from tutor.content.archive import UNREADABLE, OpenedPack, member_reader, open_pack
from tutor.content.cleanup import collect_unused_content
from tutor.content.manifest import PackError, Problem
from tutor.content.signing import PublicKey
from tutor.content.store import ContentStore, HashMismatchError
from tutor.storage.engine import Database
from tutor.storage.models import (
    InstalledPack,
    Item,
    Lesson,
    MediaReference,
    Skill,
    SkillPrerequisite,
    TrustedKey,
)

#: Reports progress as (bytes done, bytes in all); returning False cancels the install.
Progress = Callable[[int, int], bool]


class InstallError(Exception):
    """The pack was not installed; nothing changed. The message says why."""


class UnsignedPackError(InstallError):
    def __init__(self) -> None:
        super().__init__(
            "This pack is not signed, so nobody can vouch for where it came from. A teacher "
            "can still install it after confirming they trust its source."
        )


class UntrustedKeyError(InstallError):
    def __init__(self, key: PublicKey, publisher: str) -> None:
        super().__init__(
            f"This pack is signed by {publisher!r} with key {key.key_id}, which this laptop "
            f"does not trust yet. Compare the fingerprint {key.fingerprint} with the one "
            "the publisher gave you before trusting it."
        )
        self.key = key
        self.publisher = publisher


class DowngradeError(InstallError):
    def __init__(self, pack_id: str, installed: str, offered: str) -> None:
        super().__init__(
            f"{pack_id} {installed} is installed; this file holds the older {offered}. "
            "Installing it would go back a version, so it was refused."
        )
        self.installed = installed
        self.offered = offered


class InstallCancelledError(InstallError):
    def __init__(self) -> None:
        super().__init__("The installation was cancelled; nothing was changed.")


@dataclass(frozen=True)
class InstallResult:
    pack_id: str
    version: str
    previous_version: str | None
    items: int
    retired_items: int


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def content_id(pack_id: str, local_id: str) -> str:
    """The id a skill, lesson or item has on the laptop: stable across pack versions."""
    return f"{pack_id}/{local_id}"


def install_pack(
    database: Database,
    store: ContentStore,
    path: Path,
    *,
    allow_unsigned: bool = False,
    allow_downgrade: bool = False,
    progress: Progress | None = None,
) -> InstallResult:
    """Install or update the pack at `path` (see the module docstring)."""
    opened = open_pack(path, check_files=False)
    _check_trust(database, opened, allow_unsigned)
    previous = _installed_version(database, opened.pack_id)
    if (
        previous is not None
        and version_key(opened.version) < version_key(previous)
        and not allow_downgrade
    ):
        raise DowngradeError(opened.pack_id, previous, opened.version)
    try:
        _copy_files(store, opened, progress)
        with database.write() as session:
            items, retired = _write_rows(session, opened)
    except BaseException:
        collect_unused_content(database, store)
        raise
    collect_unused_content(database, store)
    return InstallResult(opened.pack_id, opened.version, previous, items, retired)


def trust_key(database: Database, key: PublicKey, publisher: str) -> None:
    """Accept signatures by `key` from now on (a teacher compared its fingerprint)."""
    with database.write() as session:
        if session.get(TrustedKey, key.key_id) is None:
            encoded = base64.b64encode(key.raw).decode("ascii")
            session.add(TrustedKey(key_id=key.key_id, public_key=encoded, publisher=publisher))


def remove_pack(database: Database, store: ContentStore, pack_id: str) -> None:
    """Remove a pack and the files no other pack uses. Attempts and mastery stay."""
    with database.write() as session:
        session.execute(delete(InstalledPack).where(InstalledPack.id == pack_id))
    collect_unused_content(database, store)


def _check_trust(database: Database, opened: OpenedPack, allow_unsigned: bool) -> None:
    if opened.signer is None:
        if not allow_unsigned:
            raise UnsignedPackError()
        return
    with database.read() as session:
        trusted = session.get(TrustedKey, opened.signer.key_id)
        known = trusted is not None and base64.b64decode(trusted.public_key) == opened.signer.raw
    if not known:
        raise UntrustedKeyError(opened.signer, str(opened.manifest["pack"]["publisher"]))


def _installed_version(database: Database, pack_id: str) -> str | None:
    with database.read() as session:
        row = session.get(InstalledPack, pack_id)
        return None if row is None else row.version


def _copy_files(store: ContentStore, opened: OpenedPack, progress: Progress | None) -> None:
    files = opened.manifest["files"]
    total = sum(int(entry["size"]) for entry in files)
    done = 0

    def advance(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None and not progress(done, total):
            raise InstallCancelledError()

    if progress is not None and not progress(0, total):
        raise InstallCancelledError()
    with zipfile.ZipFile(opened.path) as archive, opened.path.open("rb") as raw:
        for entry in files:
            try:
                with member_reader(archive, raw, entry["path"]) as reader:
                    store.add(reader, entry["sha256"], int(entry["size"]), advance)
            except HashMismatchError as error:
                raise PackError(
                    [Problem(f"{opened.path.name}: {entry['path']}", str(error))]
                ) from error
            except UNREADABLE as error:
                raise PackError(
                    [
                        Problem(
                            opened.path.name,
                            f"{entry['path']} cannot be read ({error}); copy the pack again",
                        )
                    ]
                ) from error


def _write_rows(session: Session, opened: OpenedPack) -> tuple[int, int]:
    manifest = opened.manifest
    meta = manifest["pack"]
    pack_id = opened.pack_id
    now = datetime.now(UTC)
    hashes = {entry["path"]: entry["sha256"] for entry in manifest["files"]}

    pack = session.get(InstalledPack, pack_id)
    if pack is None:
        pack = InstalledPack(id=pack_id)
        session.add(pack)
    pack.version = opened.version
    pack.title = meta["title"].get(meta["language"]) or next(iter(meta["title"].values()))
    pack.language = meta["language"]
    pack.publisher = meta["publisher"]
    pack.signing_key_id = None if opened.signer is None else opened.signer.key_id
    pack.manifest_sha256 = _sha256(opened.manifest_bytes)
    pack.practice_target = meta.get("practice_target")
    pack.updated_at = now
    session.flush()

    skills = {row.id: row for row in session.scalars(select(Skill).where(Skill.pack_id == pack_id))}
    for position, skill in enumerate(manifest["skills"]):
        skill_row = skills.pop(content_id(pack_id, skill["id"]), None) or Skill(
            id=content_id(pack_id, skill["id"]), pack_id=pack_id
        )
        skill_row.title, skill_row.description = skill["title"], skill["description"]
        skill_row.position = position
        skill_row.retired_at = None
        session.add(skill_row)
    for dropped_skill in skills.values():
        dropped_skill.retired_at = dropped_skill.retired_at or now
    session.flush()
    pack_skill_ids = select(Skill.id).where(Skill.pack_id == pack_id)
    session.execute(delete(SkillPrerequisite).where(SkillPrerequisite.skill_id.in_(pack_skill_ids)))
    session.add_all(
        SkillPrerequisite(
            skill_id=content_id(pack_id, skill["id"]),
            prerequisite_id=content_id(pack_id, prerequisite),
        )
        for skill in manifest["skills"]
        for prerequisite in skill["prerequisites"]
    )

    session.execute(delete(MediaReference).where(MediaReference.pack_id == pack_id))
    session.execute(delete(Lesson).where(Lesson.pack_id == pack_id))
    for position, lesson in enumerate(manifest["lessons"]):
        lesson_id = content_id(pack_id, lesson["id"])
        session.add(
            Lesson(
                id=lesson_id,
                pack_id=pack_id,
                skill_id=content_id(pack_id, lesson["skill"]),
                title=lesson["title"],
                body_sha256=hashes[lesson["body"]],
                position=position,
            )
        )
        session.add_all(_media(pack_id, lesson_id, path, hashes) for path in lesson["media"])

    items = {row.id: row for row in session.scalars(select(Item).where(Item.pack_id == pack_id))}
    for position, item in enumerate(manifest["items"]):
        item_id = content_id(pack_id, item["id"])
        row = items.pop(item_id, None) or Item(id=item_id, pack_id=pack_id)
        row.skill_id = content_id(pack_id, item["skill"])
        row.kind = item["type"]
        row.definition = item
        row.difficulty_prior = item["difficulty"]
        row.position = position
        row.retired_at = None
        session.add(row)
        session.add_all(_media(pack_id, item_id, media["path"], hashes) for media in item["media"])
    retired = 0
    for dropped in items.values():
        if dropped.retired_at is None:
            dropped.retired_at = now
            retired += 1
    return len(manifest["items"]), retired


def _media(pack_id: str, owner_id: str, path: str, hashes: dict[str, str]) -> MediaReference:
    known = media_types.media_type(path)
    media_type = known or mimetypes.guess_type(path)[0] or "application/octet-stream"
    return MediaReference(
        pack_id=pack_id,
        owner_id=owner_id,
        sha256=hashes[path],
        media_type=media_type,
        file_name=path,
    )


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
