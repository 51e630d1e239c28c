"""`tutor admin …`: teacher accounts from the command line, and the password recovery path.

Anyone who can run commands on the laptop as the account that owns Tutor's data can reset a
teacher's password: that physical access is the recovery path (docs/teacher-guide.md). Passwords
are read without echo (getpass), or from standard input with --password-stdin for scripts.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from tutor.cli_support import EXIT_ERROR, EXIT_OK
from tutor.paths import DataPaths


def add_admin_commands(commands: argparse._SubParsersAction, data_dir_help: str) -> None:  # type: ignore[type-arg]
    admin = commands.add_parser("admin", help="teacher accounts and password recovery")
    actions = admin.add_subparsers(dest="admin_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list-teachers", help="list the teacher and admin accounts")
    reset = actions.add_parser(
        "reset-password", help="set a new password for a teacher (the recovery path)"
    )
    reset.add_argument("username")
    add = actions.add_parser("add-teacher", help="create a teacher or admin account")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="the name learners and teachers see")
    add.add_argument("--admin", action="store_true", help="an admin (manages the laptop)")
    for parser in (listing, reset, add):
        parser.add_argument(
            "--data-dir", metavar="DIR", help=data_dir_help, default=argparse.SUPPRESS
        )
    for parser in (reset, add):
        parser.add_argument(
            "--password-stdin", action="store_true", help="read the password from stdin"
        )


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("New password: ")
    if getpass.getpass("Again: ") != first:
        raise ValueError("The two passwords differ. Nothing was changed.")
    return first


def run_admin_command(args: argparse.Namespace, paths: DataPaths) -> int:
    from tutor.facade import Tutor
    from tutor.storage.migrate import DatabaseOpenError
    from tutor.teaching.records import TeachingError

    if not paths.database.exists():
        print(f"tutor: there is no Tutor data in {paths.root}.", file=sys.stderr)
        return EXIT_ERROR
    try:
        tutor = Tutor.open(paths)
    except DatabaseOpenError as error:
        print(f"tutor: {error}", file=sys.stderr)
        return EXIT_ERROR
    try:
        accounts = tutor.teaching.accounts
        if args.admin_command == "list-teachers":
            for account in accounts.accounts():
                state = " (disabled)" if account.disabled else ""
                print(f"{account.username}\t{account.role}\t{account.display_name}{state}")
            return EXIT_OK
        password = _read_password(args)
        if args.admin_command == "reset-password":
            accounts.set_password(args.username, password)
            print(f"The password of {args.username} was changed.")
        else:
            role = "admin" if args.admin else "teacher"
            accounts.create(args.username, args.name, password, role)
            print(f"The {role} account {args.username} was created.")
        return EXIT_OK
    except (TeachingError, ValueError) as error:
        print(f"tutor: {error}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        tutor.close()
