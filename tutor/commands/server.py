"""`tutor server …`: run the school server, and manage it from a terminal (docs/server.md).

    tutor server [--database-url URL] [--host H] [--port P] [--certfile F --keyfile F]
    tutor server admin create-code --school NAME [--days N]    a one-time enrollment code
    tutor server admin revoke DEVICE_ID                        withdraw a laptop's enrollment
    tutor server admin import-bundle FILE                      answers from a USB stick

The database is --database-url, else $TUTOR_SERVER_DATABASE_URL, else a SQLite file in the
machine's data folder. The server's modules are imported only here, never by the desktop app.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from tutor.cli_support import EXIT_ERROR, EXIT_OK

ENV_DATABASE_URL = "TUTOR_SERVER_DATABASE_URL"
DEFAULT_PORT = 8470


def add_server_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    server = commands.add_parser("server", help="run the school server, or manage it")
    url_help = f"SQLAlchemy URL of the database (default: ${ENV_DATABASE_URL}, else SQLite)"
    server.add_argument("--database-url", metavar="URL", help=url_help)
    server.add_argument("--host", default="0.0.0.0", help="the address to listen on")
    server.add_argument("--port", type=int, default=DEFAULT_PORT, help="the port to listen on")
    server.add_argument("--certfile", help="the school's TLS certificate (PEM), for HTTPS")
    server.add_argument("--keyfile", help="the certificate's private key (PEM)")
    actions = server.add_subparsers(dest="server_command", metavar="ACTION")
    admin = actions.add_parser("admin", help="enrollment codes and devices")
    admin_actions = admin.add_subparsers(dest="admin_action", metavar="ACTION", required=True)
    code = admin_actions.add_parser("create-code", help="a one-time code that enrolls a laptop")
    code.add_argument("--school", required=True, help="the school the laptop belongs to")
    code.add_argument("--days", type=int, default=7, help="days the code stays valid (default 7)")
    revoke = admin_actions.add_parser("revoke", help="withdraw a laptop's enrollment")
    revoke.add_argument("device_id")
    bundle = admin_actions.add_parser(
        "import-bundle", help="store the answers of a progress bundle from a USB stick"
    )
    bundle.add_argument("bundle", type=Path, help="a .tutorbundle file")
    for parser in (code, revoke, bundle):
        parser.add_argument(
            "--database-url", metavar="URL", help=url_help, default=argparse.SUPPRESS
        )


def database_url(args: argparse.Namespace) -> str:
    given = getattr(args, "database_url", None) or os.environ.get(ENV_DATABASE_URL)
    if given:
        return str(given)
    import platformdirs

    folder = platformdirs.site_data_path("tutor", appauthor=False)
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'server.sqlite3'}"


def run_server_command(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from tutor.server.store import StoreError, open_store

    url = database_url(args)
    try:
        store = open_store(url)
    except (SQLAlchemyError, OSError) as error:
        print(f"tutor server: cannot open the database {url}: {error}", file=sys.stderr)
        return EXIT_ERROR
    try:
        if args.server_command == "admin":
            if args.admin_action == "create-code":
                code = store.create_enrollment_code(args.school, days=args.days)
                print(f"Enrollment code for {args.school} (valid {args.days} days): {code}")
                return EXIT_OK
            if args.admin_action == "import-bundle":
                return _import_bundle(store, args.bundle)
            if store.revoke(args.device_id):
                print(f"Laptop {args.device_id} can no longer sync.")
                return EXIT_OK
            print(f"tutor server: no laptop {args.device_id}", file=sys.stderr)
            return EXIT_ERROR
        return _serve(store, args)
    except StoreError as error:
        print(f"tutor server: {error}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        store.close()


def _import_bundle(store: object, path: Path) -> int:
    from tutor.server.store import ServerStore
    from tutor.sync.errors import BundleError
    from tutor.sync.reader import open_bundle

    assert isinstance(store, ServerStore)
    try:
        result = store.import_bundle(open_bundle(path))
    except BundleError as error:
        print(f"tutor server: {error}", file=sys.stderr)
        return EXIT_ERROR
    print(
        f"Imported {path.name}: {result.stored} new answers from {result.devices} laptop(s); "
        f"{result.duplicates} the server had already."
    )
    return EXIT_OK


def _serve(store: object, args: argparse.Namespace) -> int:
    import uvicorn

    from tutor.server.app import create_app
    from tutor.server.store import ServerStore

    assert isinstance(store, ServerStore)
    if bool(args.certfile) != bool(args.keyfile):
        print("tutor server: give both --certfile and --keyfile for HTTPS", file=sys.stderr)
        return EXIT_ERROR
    uvicorn.run(
        create_app(store),
        host=args.host,
        port=args.port,
        ssl_certfile=args.certfile,
        ssl_keyfile=args.keyfile,
        log_level="info",
    )
    return EXIT_OK
