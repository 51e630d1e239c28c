"""`tutor bundle …`: carry learners' progress between laptops on a USB stick (docs/bundles.md).

tutor bundle export DIR    write this laptop's progress to a new signed bundle in DIR
tutor bundle import FILE   check a bundle and merge it into this laptop (again: no change)
tutor bundle verify FILE   every check an import makes, changing nothing

Exit 0 on success, 1 with a message on stderr when the bundle or the data folder is refused.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tutor.cli_support import EXIT_ERROR, EXIT_OK
from tutor.paths import DataPaths

if TYPE_CHECKING:
    from tutor.facade import Tutor


def add_bundle_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], data_dir_help: str
) -> None:
    bundle = commands.add_parser(
        "bundle", help="carry progress between laptops on a USB stick (export, import, verify)"
    )
    actions = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write this laptop's progress to a new bundle")
    export.add_argument("folder", type=Path, metavar="DIR", help="where to write it (a USB stick)")
    do_import = actions.add_parser("import", help="merge a bundle into this laptop")
    do_import.add_argument("file", type=Path, metavar="FILE", help="a .tutorbundle file")
    verify = actions.add_parser("verify", help="check a bundle without importing it")
    verify.add_argument("file", type=Path, metavar="FILE", help="a .tutorbundle file")
    for action in (export, do_import, verify):
        # SUPPRESS: the option given here must not reset a --data-dir given before `bundle`.
        action.add_argument(
            "--data-dir", metavar="DIR", help=data_dir_help, default=argparse.SUPPRESS
        )


def run_bundle_command(args: argparse.Namespace, paths: DataPaths) -> int:
    import sqlite3

    from tutor.facade import Tutor
    from tutor.logs import configure_logging
    from tutor.storage.migrate import DatabaseOpenError
    from tutor.sync.errors import BundleError

    command = f"tutor bundle {args.bundle_command}"
    try:
        tutor = Tutor.open(paths)
    except DatabaseOpenError as error:
        print(f"{command}: {error}", file=sys.stderr)
        return EXIT_ERROR
    except (OSError, sqlite3.Error) as error:
        print(
            f"{command}: cannot open the data folder {paths.root}: {error}. Nothing was changed.",
            file=sys.stderr,
        )
        return EXIT_ERROR
    configure_logging(paths.log_file, to_stderr=False)
    try:
        if args.bundle_command == "export":
            return _export(tutor, args.folder)
        if args.bundle_command == "import":
            return _import(tutor, args.file)
        return _verify(tutor, args.file)
    except BundleError as error:
        print(f"{command}: {error}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        tutor.close()


def _counts(counts: dict[str, int]) -> str:
    shown = {
        "learners": "learner(s)",
        "classes": "class(es)",
        "attempt_events": "answer(s)",
        "teacher_notes": "note(s)",
        "assignments": "assignment(s)",
        "quiz_runs": "quiz run(s)",
    }
    return ", ".join(f"{counts.get(name, 0)} {words}" for name, words in shown.items())


def _export(tutor: Tutor, folder: Path) -> int:
    result = tutor.export_bundle(folder)
    print(f"Wrote {result.path}")
    print(f"  {_counts(result.info.counts)}")
    print("  Read back and checked: every file matches its hash and the signature is valid.")
    return EXIT_OK


def _import(tutor: Tutor, file: Path) -> int:
    result = tutor.import_bundle(file)
    info = result.info
    source = f"{info.device_name} ({info.school_name})" if info.school_name else info.device_name
    if result.already_imported:
        print(
            f"This bundle from {source} was already imported on "
            f"{result.imported_at:%Y-%m-%d %H:%M} UTC; nothing was changed."
        )
        return EXIT_OK
    print(f"Imported the bundle from {source}, written {info.created_at:%Y-%m-%d %H:%M} UTC.")
    print(f"  New: {_counts(result.added)}")
    if result.updated:
        print(f"  Updated: {sum(result.updated.values())} record(s) changed on the other laptop")
    print(f"  Progress recalculated for {len(result.learners_changed)} learner(s).")
    return EXIT_OK


def _verify(tutor: Tutor, file: Path) -> int:
    check = tutor.verify_bundle(file)
    info = check.info
    print(f"OK: {file}")
    print(f"  From:      {info.device_name}  {info.school_name}".rstrip())
    print(f"  Written:   {info.created_at:%Y-%m-%d %H:%M} UTC")
    print(f"  Key:       {info.key_id} (fingerprint {info.fingerprint})")
    print(f"  Holds:     {_counts(info.counts)}")
    print("  Every file matches its hash and the signature is valid.")
    if check.imported_at is not None:
        print(f"  Already imported here on {check.imported_at:%Y-%m-%d %H:%M} UTC.")
    return EXIT_OK
