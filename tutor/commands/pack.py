"""`tutor pack …`: create, check, build, sign and inspect content packs (docs/pack-format.md)."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from tutor.cli_support import EXIT_ERROR, EXIT_OK

SCAFFOLD_PACK = """format = 1
id = "{pack_id}"
version = "0.1.0"
language = "en"
grade_band = "3-5"
licence = "CC-BY-4.0"
publisher = "{publisher}"

[title]
en = "{title}"

[description]
en = "What learners will practise in this pack."
"""

SCAFFOLD_SKILLS = """[[skill]]
id = "first-skill"
title = "The first skill"
description = "What a learner can do once they have mastered it."

[[skill]]
id = "second-skill"
title = "The second skill"
prerequisites = ["first-skill"]
"""

SCAFFOLD_LESSON = """+++
skill = "first-skill"
title = "Getting started"
+++
Lessons are **Markdown**. Explain one idea, with an example.
"""

SCAFFOLD_ITEMS = """# Items for the first skill. The format is described in docs/pack-format.md.

=== first-question
type: single
skill: first-skill
prompt: Which of these is half of 10?
* 5
- 2
  > 2 is a fifth of 10: 10 split into 5 equal parts.
- 20
  > 20 is double 10, not half of it.
hint: Half means splitting into 2 equal parts.
solution: 10 split into 2 equal parts gives 5 in each part.

=== second-question
type: numeric
skill: second-skill
prompt: What is 1/4 + 1/4? Write the answer in simplest form.
answer: 1/2
simplest: yes
wrong: 2/8 > Add the tops only: the parts are still quarters.
hint: Both fractions count quarters.
solution: 1 quarter and 1 quarter make 2 quarters, and 2/4 = 1/2.
"""


def add_pack_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pack = commands.add_parser("pack", help="create, check, build, sign and inspect content packs")
    actions = pack.add_subparsers(dest="pack_command", metavar="ACTION", required=True)

    new = actions.add_parser("new", help="start a pack source folder with an example of each file")
    new.add_argument("folder", type=Path, help="the folder to create (must not exist)")
    new.add_argument("--id", required=True, help="pack id, such as org.example.math.fractions")
    new.add_argument("--title", default="New pack")
    new.add_argument("--publisher", default="My school")

    build = actions.add_parser("build", help="check a source folder and build a .tutorpack")
    build.add_argument("source", type=Path)
    build.add_argument("-o", "--output", type=Path, required=True)
    build.add_argument("--key", type=Path, help="private key to sign with (tutor pack keygen)")

    validate = actions.add_parser("validate", help="check a source folder or a .tutorpack")
    validate.add_argument("path", type=Path)

    keygen = actions.add_parser("keygen", help="make a publisher key pair (KEY and KEY.pub)")
    keygen.add_argument("-o", "--output", type=Path, required=True, help="private key file")
    keygen.add_argument("--publisher", required=True, help="who signs with it")

    sign = actions.add_parser("sign", help="sign (or re-sign) a built pack")
    sign.add_argument("pack", type=Path)
    sign.add_argument("--key", type=Path, required=True)
    sign.add_argument("-o", "--output", type=Path, help="write here instead of in place")

    inspect = actions.add_parser("inspect", help="show what a .tutorpack holds and who signed it")
    inspect.add_argument("pack", type=Path)

    qti = actions.add_parser("import-qti", help="convert QTI items into a pack source folder")
    qti.add_argument("source", type=Path, metavar="QTI_ZIP_OR_DIR", help="an item, folder or zip")
    qti.add_argument("-o", "--output", type=Path, required=True, help="the folder to create")
    qti.add_argument("--id", help="pack id, such as org.example.math.fractions")
    qti.add_argument("--skill", default="imported", help="id of the one skill (default: imported)")


def run_pack_command(args: argparse.Namespace) -> int:
    from tutor.content.manifest import PackError  # here: `tutor` alone never loads the packer

    handlers = {
        "new": _new,
        "build": _build,
        "validate": _validate,
        "keygen": _keygen,
        "sign": _sign,
        "inspect": _inspect,
        "import-qti": _import_qti,
    }
    try:
        return handlers[args.pack_command](args)
    except PackError as error:
        for problem in error.problems:
            print(f"{problem}", file=sys.stderr)
        count = len(error.problems)
        print(
            f"{count} problem{'s' if count != 1 else ''} found; nothing was written.",
            file=sys.stderr,
        )
        return EXIT_ERROR
    except (OSError, ValueError) as error:
        print(f"tutor pack {args.pack_command}: {error}", file=sys.stderr)
        return EXIT_ERROR


def _new(args: argparse.Namespace) -> int:
    folder: Path = args.folder
    if folder.exists():
        print(f"tutor pack new: {folder} already exists; choose a new folder", file=sys.stderr)
        return EXIT_ERROR
    for sub in ("lessons", "items", "media"):
        (folder / sub).mkdir(parents=True)
    (folder / "pack.toml").write_text(
        SCAFFOLD_PACK.format(pack_id=args.id, title=args.title, publisher=args.publisher),
        encoding="utf-8",
    )
    (folder / "skills.toml").write_text(SCAFFOLD_SKILLS, encoding="utf-8")
    (folder / "lessons" / "getting-started.md").write_text(SCAFFOLD_LESSON, encoding="utf-8")
    (folder / "items" / "first-skill.txt").write_text(SCAFFOLD_ITEMS, encoding="utf-8")
    from tutor.content.source import load_source

    load_source(folder)  # the scaffold must itself be a valid pack
    print(f"Created {folder}. Edit its files, then: tutor pack validate {folder}")
    return EXIT_OK


def _summary(manifest: dict[str, object]) -> str:
    pack = manifest["pack"]
    assert isinstance(pack, dict)
    counts = {key: len(manifest[key]) for key in ("skills", "lessons", "items", "files")}  # type: ignore[arg-type]
    return (
        f"{pack['id']} {pack['version']}: {counts['skills']} skills, {counts['lessons']} "
        f"lessons, {counts['items']} items, {counts['files']} files"
    )


def _build(args: argparse.Namespace) -> int:
    from tutor.content.build import build_pack
    from tutor.content.signing import load_private_key, public_key_of
    from tutor.content.source import load_source

    key = load_private_key(args.key) if args.key else None
    source = load_source(args.source)
    build_pack(source, args.output, key)
    signed = "unsigned" if key is None else f"signed by key {public_key_of(key).key_id}"
    print(f"Built {args.output}: {_summary(source.manifest)} ({signed})")
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    path: Path = args.path
    if path.is_dir():
        from tutor.content.source import load_source

        print(f"OK: {_summary(load_source(path).manifest)} (source folder)")
        return EXIT_OK
    from tutor.content.archive import open_pack

    opened = open_pack(path)
    signed = "unsigned" if opened.signer is None else f"signed by key {opened.signer.key_id}"
    print(f"OK: {_summary(opened.manifest)} ({signed}; every file matches its hash)")
    return EXIT_OK


def _keygen(args: argparse.Namespace) -> int:
    from tutor.content.signing import generate_key_files, public_key_path

    public = generate_key_files(args.output, args.publisher)
    print(f"Private key: {args.output}  (keep it secret and backed up: it signs every update)")
    print(f"Public key:  {public_key_path(args.output)}  (give this to schools)")
    print(f"Key id:      {public.key_id}")
    print(f"Fingerprint: {public.fingerprint}")
    return EXIT_OK


def _sign(args: argparse.Namespace) -> int:
    from tutor.content.archive import open_pack
    from tutor.content.build import resign_pack
    from tutor.content.signing import load_private_key, public_key_of

    key = load_private_key(args.key)
    opened = open_pack(args.pack)
    listed = [entry["path"] for entry in opened.manifest["files"]]
    output = args.output or args.pack
    resign_pack(args.pack, opened.manifest_bytes, listed, key, output)
    print(f"Signed {output} with key {public_key_of(key).key_id}")
    return EXIT_OK


def _inspect(args: argparse.Namespace) -> int:
    from tutor.content.archive import open_pack

    opened = open_pack(args.pack)
    manifest = opened.manifest
    pack = manifest["pack"]
    print(f"Pack:        {pack['id']}")
    print(f"Version:     {pack['version']}")
    print(f"Title:       {pack['title'].get(pack['language'], next(iter(pack['title'].values())))}")
    print(f"Language:    {pack['language']}   Grades: {pack['grade_band']}")
    print(f"Publisher:   {pack['publisher']}   Licence: {pack['licence']}")
    if opened.signer is None:
        print("Signature:   none (installing it needs a teacher's explicit approval)")
    else:
        print(f"Signature:   valid, key {opened.signer.key_id}")
        print(f"Fingerprint: {opened.signer.fingerprint}")
    media = sum(entry["size"] for entry in manifest["files"])
    print(
        f"Contents:    {len(manifest['skills'])} skills, {len(manifest['lessons'])} lessons, "
        f"{len(manifest['items'])} items, {len(manifest['files'])} files ({media:,} bytes)"
    )
    kinds = Counter(item["type"] for item in manifest["items"])
    for kind, count in sorted(kinds.items()):
        print(f"  {kind:<16} {count}")
    print("Skills:")
    for skill in manifest["skills"]:
        after = f"  (after {', '.join(skill['prerequisites'])})" if skill["prerequisites"] else ""
        print(f"  {skill['id']}: {skill['title']}{after}")
    return EXIT_OK


def _import_qti(args: argparse.Namespace) -> int:
    from tutor.content.qti import format_report, import_qti

    conversion = import_qti(args.source, args.output, pack_id=args.id, skill=args.skill)
    print(format_report(conversion))
    if conversion.written is None:
        print("Nothing converted; nothing written.", file=sys.stderr)
        return EXIT_ERROR
    print(f"Wrote {args.output}. Check it with: tutor pack validate {args.output}")
    return EXIT_OK
