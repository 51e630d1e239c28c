"""Classes, groups and the learners in them, as a teacher manages them.

Guarantees: every change is one transaction (a roster with any bad row stores nothing); names are
compared as people compare them (tutor.records.name_key), so "Amina" and " amina " are the same
learner in a class; archiving hides a class, group or learner without deleting anything (their
answers stay and come back with them).
"""

from __future__ import annotations

import logging

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tutor.avatars import avatar_for_position
from tutor.learner_secrets import hash_pin
from tutor.records import name_key
from tutor.storage.engine import Database
from tutor.storage.models import (
    ClassMembership,
    GroupMembership,
    Learner,
    LearnerGroup,
    SchoolClass,
)
from tutor.storage.types import utc_now
from tutor.teaching.records import ClassInfo, ClassMember, GroupInfo, RosterImport, TeachingError
from tutor.teaching.roster import MAX_NAME_LENGTH, RosterProblem, read_roster

log = logging.getLogger(__name__)


class RosterError(TeachingError):
    """A roster with bad rows: none of it was stored. `problems` lists every one."""

    def __init__(self, problems: list[RosterProblem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the roster")
        self.problems = problems


def _clean_name(name: str, what: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise TeachingError(f"The {what} name is empty.")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise TeachingError(f"The {what} name is longer than {MAX_NAME_LENGTH} characters.")
    return cleaned


class ClassService:
    def __init__(self, database: Database) -> None:
        self._db = database

    # --- classes -----------------------------------------------------------------------------

    def classes(self, *, include_archived: bool = False) -> list[ClassInfo]:
        """Classes in name order, with how many active learners each has."""
        with self._db.read() as session:
            counts: dict[str, int] = {
                class_id: count
                for class_id, count in session.execute(
                    select(ClassMembership.class_id, func.count())
                    .join(Learner, Learner.id == ClassMembership.learner_id)
                    .where(Learner.archived_at.is_(None))
                    .group_by(ClassMembership.class_id)
                )
            }
            query = select(SchoolClass)
            if not include_archived:
                query = query.where(SchoolClass.archived_at.is_(None))
            rows = session.scalars(query).all()
            infos = [
                ClassInfo(row.id, row.name, counts.get(row.id, 0), row.archived_at is not None)
                for row in rows
            ]
        return sorted(infos, key=lambda info: info.name.casefold())

    def create_class(self, name: str) -> ClassInfo:
        cleaned = _clean_name(name, "class")
        with self._db.write() as session:
            self._refuse_taken_class_name(session, cleaned, None)
            row = SchoolClass(name=cleaned)
            session.add(row)
            session.flush()
            return ClassInfo(row.id, row.name, 0, False)

    def rename_class(self, class_id: str, name: str) -> None:
        cleaned = _clean_name(name, "class")
        with self._db.write() as session:
            row = self._class(session, class_id)
            self._refuse_taken_class_name(session, cleaned, class_id)
            row.name = cleaned

    def archive_class(self, class_id: str, archived: bool = True) -> None:
        """Hide (or bring back) a class; its learners stay, in their other classes too."""
        with self._db.write() as session:
            row = self._class(session, class_id)
            row.archived_at = utc_now() if archived else None

    @staticmethod
    def _class(session: Session, class_id: str) -> SchoolClass:
        row = session.get(SchoolClass, class_id)
        if row is None:
            raise TeachingError("That class no longer exists on this laptop.")
        return row

    @staticmethod
    def _refuse_taken_class_name(session: Session, name: str, own_id: str | None) -> None:
        for other_id, other_name in session.execute(
            select(SchoolClass.id, SchoolClass.name).where(SchoolClass.archived_at.is_(None))
        ):
            if other_id != own_id and name_key(other_name) == name_key(name):
                raise TeachingError(f"There is already a class called {other_name!r}.")

    # --- learners ----------------------------------------------------------------------------

    def members(self, class_id: str, *, include_archived: bool = False) -> list[ClassMember]:
        """The class's learners in name order, with their groups and how they sign in."""
        with self._db.read() as session:
            self._class(session, class_id)
            learners = session.scalars(
                select(Learner)
                .join(ClassMembership, ClassMembership.learner_id == Learner.id)
                .where(ClassMembership.class_id == class_id)
            ).all()
            group_names: dict[str, list[str]] = {}
            for learner_id, group_name in session.execute(
                select(GroupMembership.learner_id, LearnerGroup.name)
                .join(LearnerGroup, LearnerGroup.id == GroupMembership.group_id)
                .where(LearnerGroup.class_id == class_id, LearnerGroup.archived_at.is_(None))
            ):
                group_names.setdefault(learner_id, []).append(group_name)
            members = [
                ClassMember(
                    id=row.id,
                    display_name=row.display_name,
                    avatar=row.avatar,
                    groups=tuple(sorted(group_names.get(row.id, []), key=str.casefold)),
                    sign_in="pin"
                    if row.pin_hash
                    else "pictures"
                    if row.picture_password_hash
                    else "none",
                    language=row.language,
                    archived=row.archived_at is not None,
                )
                for row in learners
                if include_archived or row.archived_at is None
            ]
        return sorted(members, key=lambda member: member.display_name.casefold())

    def add_learner(self, class_id: str, name: str, *, language: str | None = None) -> str:
        """A new learner in the class (an avatar chosen for them); returns their id."""
        cleaned = _clean_name(name, "learner")
        with self._db.write() as session:
            self._class(session, class_id)
            if name_key(cleaned) in self._names_in_class(session, class_id):
                raise TeachingError(f"There is already a learner called {cleaned!r} in this class.")
            learner = self._new_learner(session, class_id, cleaned, language or None)
            return learner.id

    def rename_learner(self, learner_id: str, name: str) -> None:
        cleaned = _clean_name(name, "learner")
        with self._db.write() as session:
            learner = self._learner(session, learner_id)
            class_ids = session.scalars(
                select(ClassMembership.class_id).where(ClassMembership.learner_id == learner_id)
            ).all()
            for class_id in class_ids:
                others = self._names_in_class(session, class_id, except_id=learner_id)
                if name_key(cleaned) in others:
                    raise TeachingError(
                        f"There is already a learner called {cleaned!r} in one of their classes."
                    )
            learner.display_name = cleaned

    def set_learner_language(self, learner_id: str, language: str | None) -> None:
        """The UI language the learner sees after signing in (None: the laptop's)."""
        with self._db.write() as session:
            self._learner(session, learner_id).language = language or None

    def archive_learner(self, learner_id: str, archived: bool = True) -> None:
        """Hide (or bring back) a learner; their answers are kept."""
        with self._db.write() as session:
            self._learner(session, learner_id).archived_at = utc_now() if archived else None

    def import_roster(self, class_id: str, data: bytes) -> RosterImport:
        """Add every learner of a CSV roster (tutor.teaching.roster) to the class, making the
        groups it names. All or nothing: raises RosterError listing every bad row."""
        with self._db.write() as session:
            self._class(session, class_id)
            roster = read_roster(data, self._names_in_class(session, class_id))
            if roster.problems:
                raise RosterError(roster.problems)
            if not roster.rows:
                raise RosterError([RosterProblem(0, "The roster has no learners in it.")])
            groups = {
                name_key(group.name): group
                for group in session.scalars(
                    select(LearnerGroup).where(
                        LearnerGroup.class_id == class_id, LearnerGroup.archived_at.is_(None)
                    )
                )
            }
            created: list[str] = []
            added: list[str] = []
            for row in roster.rows:
                learner = self._new_learner(session, class_id, row.name, row.language or None)
                if row.pin:
                    learner.pin_hash = hash_pin(row.pin)
                if row.group:
                    group = groups.get(name_key(row.group))
                    if group is None:
                        group = LearnerGroup(class_id=class_id, name=" ".join(row.group.split()))
                        session.add(group)
                        groups[name_key(row.group)] = group
                        created.append(group.name)
                    session.flush()
                    session.add(GroupMembership(group_id=group.id, learner_id=learner.id))
                added.append(learner.id)
        log.info("Roster: %d learner(s) added to class %s", len(added), class_id)
        return RosterImport(tuple(added), tuple(created))

    @staticmethod
    def _learner(session: Session, learner_id: str) -> Learner:
        learner = session.get(Learner, learner_id)
        if learner is None:
            raise TeachingError("That learner no longer exists on this laptop.")
        return learner

    @staticmethod
    def _names_in_class(
        session: Session, class_id: str, *, except_id: str | None = None
    ) -> set[str]:
        return {
            name_key(name)
            for learner_id, name in session.execute(
                select(Learner.id, Learner.display_name)
                .join(ClassMembership, ClassMembership.learner_id == Learner.id)
                .where(ClassMembership.class_id == class_id, Learner.archived_at.is_(None))
            )
            if learner_id != except_id
        }

    @staticmethod
    def _new_learner(session: Session, class_id: str, name: str, language: str | None) -> Learner:
        position = session.scalar(select(func.count()).select_from(Learner)) or 0
        learner = Learner(
            display_name=name, avatar=avatar_for_position(position), language=language
        )
        session.add(learner)
        session.flush()
        session.add(ClassMembership(class_id=class_id, learner_id=learner.id))
        return learner

    # --- groups ------------------------------------------------------------------------------

    def groups(self, class_id: str) -> list[GroupInfo]:
        with self._db.read() as session:
            rows = session.scalars(
                select(LearnerGroup).where(
                    LearnerGroup.class_id == class_id, LearnerGroup.archived_at.is_(None)
                )
            ).all()
            members: dict[str, list[str]] = {}
            for group_id, learner_id in session.execute(
                select(GroupMembership.group_id, GroupMembership.learner_id)
                .join(Learner, Learner.id == GroupMembership.learner_id)
                .where(
                    GroupMembership.group_id.in_([row.id for row in rows]),
                    Learner.archived_at.is_(None),
                )
            ):
                members.setdefault(group_id, []).append(learner_id)
            infos = [
                GroupInfo(row.id, row.class_id, row.name, tuple(sorted(members.get(row.id, []))))
                for row in rows
            ]
        return sorted(infos, key=lambda info: info.name.casefold())

    def create_group(self, class_id: str, name: str, learner_ids: list[str] | None = None) -> str:
        cleaned = _clean_name(name, "group")
        with self._db.write() as session:
            self._class(session, class_id)
            for other in session.scalars(
                select(LearnerGroup.name).where(
                    LearnerGroup.class_id == class_id, LearnerGroup.archived_at.is_(None)
                )
            ):
                if name_key(other) == name_key(cleaned):
                    raise TeachingError(f"This class already has a group called {other!r}.")
            group = LearnerGroup(class_id=class_id, name=cleaned)
            session.add(group)
            session.flush()
            self._set_members(session, group, learner_ids or [])
            return group.id

    def set_group_members(self, group_id: str, learner_ids: list[str]) -> None:
        """The group holds exactly these learners (who must be in its class)."""
        with self._db.write() as session:
            group = session.get(LearnerGroup, group_id)
            if group is None:
                raise TeachingError("That group no longer exists on this laptop.")
            self._set_members(session, group, learner_ids)

    @staticmethod
    def _set_members(session: Session, group: LearnerGroup, learner_ids: list[str]) -> None:
        in_class = set(
            session.scalars(
                select(ClassMembership.learner_id).where(ClassMembership.class_id == group.class_id)
            )
        )
        strangers = [learner_id for learner_id in learner_ids if learner_id not in in_class]
        if strangers:
            raise TeachingError("A group can only hold learners of its own class.")
        current = {
            membership.learner_id: membership
            for membership in session.scalars(
                select(GroupMembership).where(GroupMembership.group_id == group.id)
            )
        }
        wanted = set(learner_ids)
        for learner_id, membership in current.items():
            if learner_id not in wanted:
                session.delete(membership)
        for learner_id in wanted - set(current):
            session.add(GroupMembership(group_id=group.id, learner_id=learner_id))
        group.updated_at = utc_now()

    def archive_group(self, group_id: str) -> None:
        with self._db.write() as session:
            group = session.get(LearnerGroup, group_id)
            if group is None:
                raise TeachingError("That group no longer exists on this laptop.")
            group.archived_at = utc_now()
