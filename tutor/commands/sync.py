"""`tutor sync …`: this laptop and the school server, from a terminal (docs/sync.md).

tutor sync enroll URL CODE    enrol with a one-time code from the server's admin
tutor sync now                send the server every answer it does not hold yet
tutor sync status             the server, the last sync, and how many answers wait
"""

from __future__ import annotations

import argparse
import sys

from tutor.cli_support import EXIT_ERROR, EXIT_OK
from tutor.paths import DataPaths


def add_sync_commands(commands: argparse._SubParsersAction, data_dir_help: str) -> None:  # type: ignore[type-arg]
    sync = commands.add_parser("sync", help="this laptop and the school server")
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    enroll = actions.add_parser("enroll", help="enrol with a one-time code")
    enroll.add_argument("url", help="the server's address, such as https://tutor.school.lan:8470")
    enroll.add_argument("code", help="the code from `tutor server admin create-code`")
    now = actions.add_parser("now", help="send the server the answers it does not hold yet")
    status = actions.add_parser("status", help="the server, the last sync, answers waiting")
    for parser in (enroll, now, status):
        parser.add_argument(
            "--data-dir", metavar="DIR", help=data_dir_help, default=argparse.SUPPRESS
        )


def run_sync_command(args: argparse.Namespace, paths: DataPaths) -> int:
    from tutor.facade import Tutor
    from tutor.sync.errors import DeviceKeyError
    from tutor.sync.laptop import SyncError

    tutor = Tutor.open(paths)
    try:
        if args.sync_command == "enroll":
            school = tutor.sync.enroll(args.url, args.code)
            print(f"This laptop now syncs with {args.url} ({school}).")
        elif args.sync_command == "now":
            result = tutor.sync.push()
            print(
                f"Sent {result.stored} new answers ({result.duplicates} the server had already); "
                f"the server holds every answer of this laptop up to number {result.high_water}."
            )
        else:
            state = tutor.sync.status()
            where = state.server_url or "no server (not enrolled)"
            print(f"Server: {where}")
            print(f"Last sync: {state.last_sync_at or 'never'}")
            print(f"Answers waiting to be sent: {state.waiting}")
        return EXIT_OK
    except (SyncError, DeviceKeyError) as error:
        print(f"tutor sync: {error}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        tutor.close()
