"""The one object the UI, the CLI and sync talk to: an open Tutor data directory.

Every method is synchronous and thread-confined: the app calls it from its one database thread
(see tutor.ui.facade_thread), the CLI from its main thread. Each method is one transaction, so a
multi-step change (such as the first-run set-up) is stored completely or not at all. Methods return
plain records from tutor.records, never ORM objects.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from tutor.avatars import avatar_for_position
from tutor.content.cleanup import collect_unused_content
from tutor.content.store import ContentStore
from tutor.learner_secrets import (
    DEFAULT_IDLE_SIGN_OUT_MINUTES,
    IDLE_SIGN_OUT_MINUTES,
    LockoutState,
    Secret,
    UnknownLearnerError,
    attempts_before_delay,
    clamp_idle_minutes,
    hash_picture_password,
    hash_pin,
    utc_now,
    verify_learner_secret,
)
from tutor.passwords import hash_secret, verify_secret
from tutor.paths import DataPaths
from tutor.records import (
    DeviceInfo,
    FirstRunSetup,
    InstalledPackInfo,
    LearnerProfile,
    SecretCheck,
    SignInResult,
)
from tutor.storage.engine import Database
from tutor.storage.migrate import MigrationReport, prepare_database
from tutor.storage.models import (
    ClassMembership,
    Device,
    InstalledPack,
    Item,
    Learner,
    MediaReference,
    SchoolClass,
    SignInLockout,
    TeacherAccount,
)
from tutor.storage.settings import (
    HIGH_CONTRAST,
    SETUP_COMPLETED_AT,
    TEXT_SCALE,
    get_setting,
    put_setting,
)
from tutor.text_size import DEFAULT_TEXT_SCALE, clamp_text_scale

if TYPE_CHECKING:
    from tutor.content.install import InstallResult, Progress
    from tutor.content.signing import PublicKey
    from tutor.learning.service import (
        ActivityView,
        AnswerOutcome,
        LearningService,
        SkillProgress,
    )
    from tutor.sync.bundle import BundleCheck, ExportResult, ImportResult
    from tutor.sync.laptop import LaptopSync
    from tutor.teaching.services import Teaching

log = logging.getLogger(__name__)


class SetupError(ValueError):
    """The first-run set-up was refused; nothing was stored. `problems` lists every reason."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(" ".join(problems))
        self.problems = problems


class Tutor:
    """An open data directory. Create with :meth:`open`; call :meth:`close` when done."""

    def __init__(self, paths: DataPaths, database: Database, report: MigrationReport) -> None:
        self.paths = paths
        self.migration = report
        self._db = database
        self._learning_service: LearningService | None = None
        self._teaching: Teaching | None = None
        self._sync: LaptopSync | None = None

    @classmethod
    def open(cls, paths: DataPaths) -> Tutor:
        """Open (creating if needed) the data directory, migrating its database if it is older.

        Raises tutor.storage.migrate.DatabaseOpenError (too new, not a Tutor database, failed
        migration) with the database left as it was.
        """
        paths.ensure()
        report = prepare_database(paths.database, paths.backups)
        database = Database(paths.database)
        removed = collect_unused_content(database, ContentStore(paths.content_store))
        if removed:
            log.info("Removed %d content file(s) left by an interrupted install", removed)
        log.info("Opened data directory %s (%s)", paths.root, paths.source.value)
        return cls(paths, database, report)

    def close(self) -> None:
        self._db.close()

    # -- content packs ---------------------------------------------------------------------

    @property
    def content_store(self) -> ContentStore:
        return ContentStore(self.paths.content_store)

    def install_pack(
        self,
        path: Path,
        *,
        allow_unsigned: bool = False,
        allow_downgrade: bool = False,
        progress: Progress | None = None,
    ) -> InstallResult:
        """Install or update a pack file; see tutor.content.install for the guarantees.

        Raises tutor.content.manifest.PackError for a broken pack and
        tutor.content.install.InstallError (unsigned, untrusted key, downgrade, cancelled).
        """
        from tutor.content.install import install_pack

        result = install_pack(
            self._db,
            self.content_store,
            path,
            allow_unsigned=allow_unsigned,
            allow_downgrade=allow_downgrade,
            progress=progress,
        )
        log.info(
            "Installed %s %s (was %s)",
            result.pack_id,
            result.version,
            result.previous_version or "not installed",
        )
        return result

    def trust_key(self, key: PublicKey, publisher: str) -> None:
        """Accept pack signatures by `key` from now on."""
        from tutor.content.install import trust_key

        trust_key(self._db, key, publisher)
        log.info("Trusted publisher key %s (%s)", key.key_id, publisher)

    def install_bundled_packs(self) -> list[InstallResult]:
        """For the first-run demo: trust the demo publisher key and install every bundled pack.

        Never call this for a school's own set-up: the demo key's private half is public.
        """
        from tutor.content import bundled
        from tutor.content.signing import load_public_key

        self.trust_key(load_public_key(bundled.DEMO_PUBLISHER_KEY), bundled.DEMO_PUBLISHER)
        files = bundled.bundled_pack_files()
        if not files:
            log.warning("No bundled packs in %s (run make packs)", bundled.BUNDLED_DIR)
        return [self.install_pack(path) for path in files]

    def remove_pack(self, pack_id: str) -> None:
        """Remove a pack and its files no other pack uses; attempts and mastery stay."""
        from tutor.content.install import remove_pack

        remove_pack(self._db, self.content_store, pack_id)
        log.info("Removed pack %s", pack_id)

    def installed_packs(self) -> list[InstalledPackInfo]:
        with self._db.read() as session:
            counts = dict(
                session.execute(
                    select(Item.pack_id, func.count())
                    .where(Item.retired_at.is_(None))
                    .group_by(Item.pack_id)
                ).all()
            )
            return [
                InstalledPackInfo(
                    id=row.id,
                    version=row.version,
                    title=row.title,
                    language=row.language,
                    publisher=row.publisher,
                    signing_key_id=row.signing_key_id,
                    items=int(counts.get(row.id, 0)),
                )
                for row in session.scalars(select(InstalledPack).order_by(InstalledPack.title))
            ]

    # -- learning --------------------------------------------------------------------------

    @property
    def _learning(self) -> LearningService:
        if self._learning_service is None:  # the engine (numpy) loads on first use, not at start
            from tutor.learning.service import LearningService

            self._learning_service = LearningService(self._db)
        return self._learning_service

    @property
    def teaching(self) -> Teaching:
        """Teacher mode's services (tutor.teaching): accounts, classes, assignments, quizzes,
        notes, dashboard. Loaded on first use; each method is one transaction."""
        if self._teaching is None:
            from tutor.teaching.services import Teaching

            self._teaching = Teaching(self._db, self._learning)
        return self._teaching

    @property
    def sync(self) -> LaptopSync:
        """Network sync with the school server (tutor.sync.laptop): enrol, push, status.
        Loaded on first use."""
        if self._sync is None:
            from tutor.sync.laptop import LaptopSync

            self._sync = LaptopSync(self._db, self.paths)
        return self._sync

    def next_activity(self, learner_id: str, topic: str | None = None) -> ActivityView:
        """What the learner does now: the activity they were in the middle of, the placement
        check for a new learner, a lesson, a practice item, or "done"."""
        return self._learning.next_activity(learner_id, topic)

    def submit_answer(
        self,
        learner_id: str,
        item_id: str,
        response: object,
        *,
        hints_used: int = 0,
        duration_ms: int = 0,
    ) -> AnswerOutcome:
        """Grade and store an answer; returns after it has committed (show feedback then).
        Raises tutor.learning.service.LearningError for an unknown item or a malformed response."""
        return self._learning.submit_answer(
            learner_id, item_id, response, hints_used=hints_used, duration_ms=duration_ms
        )

    def lesson_seen(self, learner_id: str, lesson_id: str) -> None:
        self._learning.lesson_seen(learner_id, lesson_id)

    def skill_map(self, learner_id: str) -> list[SkillProgress]:
        """Every skill with the learner's status, estimate and whether it is locked."""
        return self._learning.skill_map(learner_id)

    def item_definition(self, item_id: str) -> dict[str, object] | None:
        """An installed item as the practice widgets show it (None: not on this laptop)."""
        return self._learning.catalog().definitions.get(item_id)

    def lesson_skill(self, lesson_id: str) -> str | None:
        """The skill a lesson teaches (None: no such lesson, or it teaches none)."""
        lesson = self._learning.catalog().lessons.get(lesson_id)
        return None if lesson is None else lesson.skill_id

    def lesson_text(self, body_sha256: str) -> str:
        """A lesson's Markdown from the content store. Raises OSError if it is missing."""
        return self.content_store.path_for(body_sha256).read_text(encoding="utf-8")

    def media_for(self, owner_id: str) -> dict[str, Path]:
        """Every media file a lesson or item uses, by the name it uses, that is in the store."""
        with self._db.read() as session:
            rows = session.execute(
                select(MediaReference.file_name, MediaReference.sha256).where(
                    MediaReference.owner_id == owner_id
                )
            ).all()
        found = {name: self.content_store.path_for(digest) for name, digest in rows}
        return {name: path for name, path in found.items() if path.is_file()}

    def media_path(self, owner_id: str, file_name: str) -> Path | None:
        """The local file of a media file a lesson or item uses, or None if it has none."""
        with self._db.read() as session:
            digest = session.scalars(
                select(MediaReference.sha256).where(
                    MediaReference.owner_id == owner_id, MediaReference.file_name == file_name
                )
            ).first()
        if digest is None:
            return None
        path = self.content_store.path_for(digest)
        return path if path.is_file() else None

    # -- first run -------------------------------------------------------------------------

    def is_set_up(self) -> bool:
        """True once the first-run set-up has been stored."""
        with self._db.read() as session:
            return get_setting(session, SETUP_COMPLETED_AT) is not None

    def complete_first_run(self, setup: FirstRunSetup) -> DeviceInfo:
        """Store this laptop, its first (admin) teacher, a class and its learners, atomically.

        Raises SetupError, storing nothing, when the set-up is invalid or was already done.
        """
        problems = setup.problems()
        if problems:
            raise SetupError(problems)
        password_hash = hash_secret(setup.teacher_password)
        now = datetime.now(UTC)
        with self._db.write() as session:
            if get_setting(session, SETUP_COMPLETED_AT) is not None:
                raise SetupError(["This laptop is already set up."])
            device = Device(
                name=setup.laptop_name.strip(),
                school_name=setup.school_name.strip(),
                is_this_device=True,
            )
            session.add(device)
            session.add(
                TeacherAccount(
                    username=setup.teacher_username.strip(),
                    display_name=setup.teacher_display_name.strip(),
                    password_hash=password_hash,
                    role="admin",
                )
            )
            school_class = SchoolClass(name=setup.class_name.strip())
            session.add(school_class)
            for position, name in enumerate(setup.learner_names):
                learner = Learner(display_name=name.strip(), avatar=avatar_for_position(position))
                session.add(learner)
                school_class.memberships.append(ClassMembership(learner=learner))
            put_setting(session, SETUP_COMPLETED_AT, now.isoformat())
            session.flush()
            info = DeviceInfo(device.id, device.name, device.school_name)
        log.info(
            "First run complete: %d learner(s) in class %r",
            len(setup.learner_names),
            setup.class_name,
        )
        return info

    # -- queries ---------------------------------------------------------------------------

    def device(self) -> DeviceInfo | None:
        """This laptop's identity, or None before the first run."""
        with self._db.read() as session:
            device = session.scalars(select(Device).where(Device.is_this_device)).first()
            if device is None:
                return None
            return DeviceInfo(device.id, device.name, device.school_name)

    def learners(self) -> list[LearnerProfile]:
        """Every learner who is not archived, in name order (case-insensitive)."""
        with self._db.read() as session:
            rows = session.scalars(select(Learner).where(Learner.archived_at.is_(None))).all()
            profiles = [
                LearnerProfile(
                    id=row.id,
                    display_name=row.display_name,
                    avatar=row.avatar,
                    has_pin=row.pin_hash is not None,
                    has_picture_password=row.picture_password_hash is not None,
                    language=row.language,
                    text_scale=row.text_scale,
                )
                for row in rows
            ]
        return sorted(profiles, key=lambda profile: profile.display_name.casefold())

    def check_teacher_password(self, username: str, password: str) -> bool:
        """True when an enabled teacher account has this username and password."""
        with self._db.read() as session:
            account = session.scalars(
                select(TeacherAccount).where(
                    TeacherAccount.username == username.strip(),
                    TeacherAccount.disabled_at.is_(None),
                )
            ).first()
            stored = None if account is None else account.password_hash
        return stored is not None and verify_secret(password, stored)

    # -- settings --------------------------------------------------------------------------

    def text_scale(self) -> int:
        """The laptop's text size in percent (100–200)."""
        with self._db.read() as session:
            value = get_setting(session, TEXT_SCALE, DEFAULT_TEXT_SCALE)
        return clamp_text_scale(value if isinstance(value, int) else DEFAULT_TEXT_SCALE)

    def high_contrast(self) -> bool:
        """Whether the laptop shows the high-contrast theme."""
        with self._db.read() as session:
            return get_setting(session, HIGH_CONTRAST, False) is True

    def set_high_contrast(self, enabled: bool) -> None:
        with self._db.write() as session:
            put_setting(session, HIGH_CONTRAST, bool(enabled))

    def set_text_scale(self, percent: int) -> int:
        """Store the laptop's text size, clamped to 100–200 %, and return what was stored."""
        stored = clamp_text_scale(percent)
        with self._db.write() as session:
            put_setting(session, TEXT_SCALE, stored)
        return stored

    # -- learner sign-in -------------------------------------------------------------------

    def set_learner_pin(self, learner_id: str, pin: str | None) -> LearnerProfile:
        """Give a learner a PIN (4–6 digits), replacing any PIN or picture password, or remove
        it (None). Either way their wrong attempts are forgotten (a teacher's reset).

        Raises tutor.learner_secrets.SecretError (a malformed PIN) or UnknownLearnerError,
        storing nothing."""
        pin_hash = None if pin is None else hash_pin(pin)
        return self._store_learner_secret(learner_id, pin_hash=pin_hash, picture_hash=None)

    def set_learner_picture_password(
        self, learner_id: str, keys: Sequence[str] | None
    ) -> LearnerProfile:
        """Give a learner a picture password (3 keys of tutor.learner_secrets.PICTURE_KEYS, in
        order), replacing any PIN or picture password, or remove it (None); forgets their wrong
        attempts. Raises SecretError or UnknownLearnerError, storing nothing."""
        picture_hash = None if keys is None else hash_picture_password(keys)
        return self._store_learner_secret(learner_id, pin_hash=None, picture_hash=picture_hash)

    def _store_learner_secret(
        self, learner_id: str, *, pin_hash: str | None, picture_hash: str | None
    ) -> LearnerProfile:
        with self._db.write() as session:
            learner = session.get(Learner, learner_id)
            if learner is None:
                raise UnknownLearnerError(learner_id)
            learner.pin_hash = pin_hash
            learner.picture_password_hash = picture_hash
            lockout = session.get(SignInLockout, learner_id)
            if lockout is not None:
                session.delete(lockout)
            session.flush()
            profile = _learner_profile(learner)
        log.info(
            "Learner %s sign-in: %s",
            learner_id,
            "PIN" if pin_hash else "picture password" if picture_hash else "none",
        )
        return profile

    def check_learner_secret(
        self, learner_id: str, secret: Secret, *, now: datetime | None = None
    ) -> SecretCheck:
        """Check a learner's PIN (text) or picture password (a sequence of picture keys).

        OK resets their wrong attempts; WRONG counts one (and may start a wait); LOCKED means
        they must wait `wait_seconds` first and the secret was not checked. A learner with no
        secret is always OK. `now` (aware) is for tests; the real clock otherwise.
        Raises tutor.learner_secrets.UnknownLearnerError for no such (active) learner."""
        moment = utc_now() if now is None else now
        with self._db.write() as session:
            learner = session.get(Learner, learner_id)
            if learner is None or learner.archived_at is not None:
                raise UnknownLearnerError(learner_id)
            if learner.pin_hash is None and learner.picture_password_hash is None:
                return SecretCheck(SignInResult.OK)
            row = session.get(SignInLockout, learner_id)
            state = (
                LockoutState()
                if row is None
                else LockoutState(row.failed_attempts, row.locked_until).capped(moment)
            )
            if row is not None and row.locked_until != state.locked_until:
                row.locked_until = state.locked_until  # the clock went back: wait less
            wait = state.wait_seconds(moment)
            if wait:
                return SecretCheck(SignInResult.LOCKED, 0, wait)
            if verify_learner_secret(
                secret, pin_hash=learner.pin_hash, picture_hash=learner.picture_password_hash
            ):
                if row is not None:
                    session.delete(row)
                return SecretCheck(SignInResult.OK)
            state = state.after_wrong(moment)
            if row is None:
                row = SignInLockout(learner_id=learner_id)
                session.add(row)
            row.failed_attempts = state.failed
            row.locked_until = state.locked_until
            row.last_failed_at = moment
            wait = state.wait_seconds(moment)
        log.info("Wrong sign-in for learner %s (%d in a row)", learner_id, state.failed)
        return SecretCheck(SignInResult.WRONG, attempts_before_delay(state.failed), wait)

    def idle_sign_out_minutes(self) -> int:
        """Minutes without a key press or mouse use after which the learner is signed out."""
        with self._db.read() as session:
            value = get_setting(session, IDLE_SIGN_OUT_MINUTES, DEFAULT_IDLE_SIGN_OUT_MINUTES)
        if not isinstance(value, int):
            value = DEFAULT_IDLE_SIGN_OUT_MINUTES
        return clamp_idle_minutes(value)

    def set_idle_sign_out_minutes(self, minutes: int) -> int:
        """Store the idle sign-out time, clamped to 1–120 minutes; returns what was stored."""
        stored = clamp_idle_minutes(minutes)
        with self._db.write() as session:
            put_setting(session, IDLE_SIGN_OUT_MINUTES, stored)
        return stored

    # -- progress bundles (USB) ------------------------------------------------------------

    def export_bundle(self, destination_dir: Path) -> ExportResult:
        """Write this laptop's whole progress picture to a new signed bundle in the folder, read
        it back and check it. Raises tutor.sync.errors.BundleError (leaving no file behind)."""
        from tutor.sync.bundle import export_bundle

        return export_bundle(self._db, self.paths, destination_dir)

    def import_bundle(self, path: Path) -> ImportResult:
        """Check a bundle, then merge it in one transaction and rebuild the mastery of the
        learners it changed; a bundle imported before changes nothing. Raises
        tutor.sync.errors.BundleError with the database unchanged."""
        from tutor.sync.bundle import import_bundle

        result = import_bundle(self._db, path)
        if self._learning_service is not None:
            for learner_id in result.learners_changed:
                self._learning_service.forget(learner_id)
        return result

    def verify_bundle(self, path: Path) -> BundleCheck:
        """Every check an import makes, changing nothing. Raises tutor.sync.errors.BundleError."""
        from tutor.sync.bundle import verify_bundle

        return verify_bundle(self._db, path)


def _learner_profile(row: Learner) -> LearnerProfile:
    return LearnerProfile(
        id=row.id,
        display_name=row.display_name,
        avatar=row.avatar,
        has_pin=row.pin_hash is not None,
        has_picture_password=row.picture_password_hash is not None,
        language=row.language,
        text_scale=row.text_scale,
    )
