"""The `tutor` command. With no subcommand it opens the app.

tutor [--data-dir DIR]            open the app
tutor --smoke-test                walk the first run offscreen in a temporary data dir
tutor info [--data-dir DIR]       show where data lives and the database's state
tutor db upgrade [--data-dir DIR] migrate the database now (it also happens on open)
tutor bundle export|import|verify carry progress between laptops on a USB stick
tutor admin reset-password USER   set a teacher's password (the recovery path); also
                                  add-teacher, list-teachers
tutor server [--database-url URL] run the school server; `tutor server admin create-code`
                                  makes a one-time enrollment code
tutor sync enroll URL CODE | now | status   this laptop and the school server
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from tutor import __version__
from tutor.cli_support import EXIT_ERROR
from tutor.paths import ENV_DATA_DIR, DataDirError, resolve_data_paths


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tutor",
        description="Offline-first tutoring. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"Tutor {__version__}")
    data_dir_help = f"the data directory (overrides {ENV_DATA_DIR} and the machine-wide setting)"
    parser.add_argument("--data-dir", metavar="DIR", help=data_dir_help)
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start offscreen in a temporary data dir, walk the first run, print timings, exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    info = commands.add_parser("info", help="show where data lives and the database's state")
    # SUPPRESS: a subcommand's option must not reset a --data-dir given before the subcommand.
    info.add_argument("--data-dir", metavar="DIR", help=data_dir_help, default=argparse.SUPPRESS)
    database = commands.add_parser("db", help="database maintenance")
    db_commands = database.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_upgrade = db_commands.add_parser("upgrade", help="back up and migrate the database now")
    from tutor.commands.pack import add_pack_commands

    add_pack_commands(commands)
    from tutor.commands.bundle import add_bundle_commands

    add_bundle_commands(commands, data_dir_help)
    from tutor.commands.admin import add_admin_commands

    add_admin_commands(commands, data_dir_help)
    from tutor.commands.server import add_server_commands

    add_server_commands(commands)
    from tutor.commands.sync import add_sync_commands

    add_sync_commands(commands, data_dir_help)
    db_upgrade.add_argument(
        "--data-dir", metavar="DIR", help=data_dir_help, default=argparse.SUPPRESS
    )
    return parser


def everyday_start(argv: Sequence[str]) -> tuple[bool, str | None]:
    """(True, the data dir given or None) for `tutor` with at most --data-dir, the everyday
    start; (False, None) otherwise. The everyday start skips building every subcommand's parser
    (a noticeable part of start-up); help, subcommands and mistakes go through the full parser."""
    data_dir: str | None = None
    rest = list(argv)
    while rest:
        first = rest.pop(0)
        if first == "--data-dir" and rest and not rest[0].startswith("-"):
            data_dir = rest.pop(0)
        elif first.startswith("--data-dir=") and len(first) > len("--data-dir="):
            data_dir = first.split("=", 1)[1]
        else:
            return False, None
    return True, data_dir


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    app_start, data_dir = everyday_start(given)
    if app_start:
        args = argparse.Namespace(data_dir=data_dir, smoke_test=False, command=None)
    else:
        args = build_parser().parse_args(given)
    if args.command == "server":  # the server has its own database, not a laptop's data folder
        from tutor.commands.server import run_server_command

        return run_server_command(args)
    try:
        paths = resolve_data_paths(args.data_dir)
    except DataDirError as error:
        if args.command is None and not args.smoke_test:
            from tutor.ui.app import report_startup_error

            return report_startup_error(str(error))
        print(f"tutor: {error}", file=sys.stderr)
        return EXIT_ERROR
    if args.smoke_test:
        from tutor.ui.smoke import run_smoke_test

        return run_smoke_test()
    if args.command == "info":
        from tutor.commands.info import show_info

        return show_info(paths)
    if args.command == "pack":
        from tutor.commands.pack import run_pack_command

        return run_pack_command(args)
    if args.command == "bundle":
        from tutor.commands.bundle import run_bundle_command

        return run_bundle_command(args, paths)
    if args.command == "admin":
        from tutor.commands.admin import run_admin_command

        return run_admin_command(args, paths)
    if args.command == "sync":
        from tutor.commands.sync import run_sync_command

        return run_sync_command(args, paths)
    if args.command == "db":
        from tutor.commands.db import upgrade_database

        return upgrade_database(paths)
    from tutor.ui.app import run_app

    return run_app(paths)
