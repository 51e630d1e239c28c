"""Teacher and admin accounts on a laptop.

Roles: a **teacher** manages classes, learners, assignments and reads the dashboard; an **admin**
also manages accounts and the laptop (content packs, settings). Passwords are stored as scrypt
hashes (tutor.passwords), never in clear. Guarantees: there is always at least one enabled admin
(the last one cannot be disabled or demoted); a disabled account cannot sign in.

Recovery (docs/teacher-guide.md): whoever can run commands on the laptop as its owner can set a
new password with ``tutor admin reset-password USERNAME``; that is the physical-access path.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tutor.passwords import MIN_TEACHER_PASSWORD_LENGTH, hash_secret, verify_secret
from tutor.storage.engine import Database
from tutor.storage.models import TEACHER_ROLES, TeacherAccount
from tutor.storage.types import utc_now
from tutor.teaching.records import TeachingError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TeacherIdentity:
    id: str
    username: str
    display_name: str
    role: str  # "teacher" or "admin"
    disabled: bool = False

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def _identity(row: TeacherAccount) -> TeacherIdentity:
    return TeacherIdentity(
        row.id, row.username, row.display_name, row.role, row.disabled_at is not None
    )


def check_password_rules(password: str) -> None:
    if len(password) < MIN_TEACHER_PASSWORD_LENGTH:
        raise TeachingError(
            f"A teacher password needs at least {MIN_TEACHER_PASSWORD_LENGTH} characters."
        )


class AccountService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def authenticate(self, username: str, password: str) -> TeacherIdentity | None:
        """The enabled account with this username and password, or None."""
        with self._db.read() as session:
            row = session.scalars(
                select(TeacherAccount).where(
                    TeacherAccount.username == username.strip(),
                    TeacherAccount.disabled_at.is_(None),
                )
            ).first()
            if row is None:
                return None
            identity, stored = _identity(row), row.password_hash
        return identity if verify_secret(password, stored) else None

    def accounts(self) -> list[TeacherIdentity]:
        with self._db.read() as session:
            rows = session.scalars(select(TeacherAccount)).all()
            return sorted((_identity(row) for row in rows), key=lambda a: a.username.casefold())

    def create(self, username: str, display_name: str, password: str, role: str = "teacher") -> str:
        cleaned = username.strip()
        if not cleaned or len(cleaned) > 100 or any(ch.isspace() for ch in cleaned):
            raise TeachingError("A username is 1 to 100 characters without spaces.")
        if not display_name.strip():
            raise TeachingError("The teacher's name is empty.")
        if role not in TEACHER_ROLES:
            raise TeachingError("The role is teacher or admin.")
        check_password_rules(password)
        password_hash = hash_secret(password)
        with self._db.write() as session:
            taken = session.scalars(
                select(TeacherAccount.id).where(
                    func.lower(TeacherAccount.username) == cleaned.lower()
                )
            ).first()
            if taken is not None:
                raise TeachingError(f"The username {cleaned!r} is taken.")
            row = TeacherAccount(
                username=cleaned,
                display_name=display_name.strip(),
                password_hash=password_hash,
                role=role,
            )
            session.add(row)
            session.flush()
            log.info("Teacher account %s created (%s)", cleaned, role)
            return row.id

    def set_password(self, username: str, password: str) -> None:
        """A new password for the account (also the recovery path's last step)."""
        check_password_rules(password)
        password_hash = hash_secret(password)
        with self._db.write() as session:
            self._account(session, username).password_hash = password_hash
        log.info("Password of teacher account %s changed", username)

    def set_role(self, username: str, role: str) -> None:
        if role not in TEACHER_ROLES:
            raise TeachingError("The role is teacher or admin.")
        with self._db.write() as session:
            row = self._account(session, username)
            if row.role == "admin" and role != "admin":
                self._keep_an_admin(session, row)
            row.role = role

    def set_disabled(self, username: str, disabled: bool = True) -> None:
        with self._db.write() as session:
            row = self._account(session, username)
            if disabled and row.role == "admin":
                self._keep_an_admin(session, row)
            row.disabled_at = utc_now() if disabled else None

    @staticmethod
    def _account(session: Session, username: str) -> TeacherAccount:
        row = session.scalars(
            select(TeacherAccount).where(TeacherAccount.username == username.strip())
        ).first()
        if row is None:
            raise TeachingError(f"There is no teacher account {username.strip()!r} on this laptop.")
        return row

    @staticmethod
    def _keep_an_admin(session: Session, leaving: TeacherAccount) -> None:
        others = session.scalar(
            select(func.count())
            .select_from(TeacherAccount)
            .where(
                TeacherAccount.role == "admin",
                TeacherAccount.disabled_at.is_(None),
                TeacherAccount.id != leaving.id,
            )
        )
        if not others:
            raise TeachingError("This is the last admin account: make another admin first.")
