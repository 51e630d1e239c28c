"""Read a pack's source folder (docs/pack-format.md) into a manifest and its list of files.

Every problem in the folder is collected and reported at once, each naming its file (and line
where there is one). Nothing is written.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from tutor.content.item_text import ItemTextErrors, parse_items
from tutor.content.manifest import FORMAT_VERSION, PackError, Problem, SchemaPath, check_manifest
from tutor.media_types import AUDIO_SUFFIXES, is_recording

PACK_FILE = "pack.toml"
SKILLS_FILE = "skills.toml"
LESSONS_DIR = "lessons"
ITEMS_DIR = "items"
MEDIA_DIR = "media"
FRONT_MATTER = "+++"
HASH_CHUNK = 1 << 20
_MARKDOWN_LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_REMOTE = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)


@dataclass(frozen=True)
class PackSource:
    """A checked source folder: the manifest to publish and where each listed file comes from."""

    root: Path
    manifest: dict[str, Any]
    files: dict[str, Path]


def file_digest(path: Path) -> tuple[str, int]:
    """SHA-256 (hex) and size of the file at `path`, read in 1 MiB pieces."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def load_source(root: Path) -> PackSource:
    """Read and check the source folder at `root`. Raises PackError listing every problem."""
    if not root.is_dir():
        raise PackError([Problem(str(root), "is not a folder")])
    problems: list[Problem] = []
    pack = _read_toml(root / PACK_FILE, problems)
    skills_file = _read_toml(root / SKILLS_FILE, problems)
    files = _collect_files(root, problems)
    lessons = _read_lessons(root, files, problems)
    items, item_lines = _read_items(root, problems)
    if problems:
        raise PackError(problems)
    skills = [_skill(entry) for entry in _table_list(skills_file, "skill")]
    if pack.get("format", FORMAT_VERSION) != FORMAT_VERSION:
        raise PackError(
            [
                Problem(
                    PACK_FILE,
                    f"format {pack.get('format')!r} is not one this "
                    f"Tutor can build (it builds format {FORMAT_VERSION})",
                )
            ]
        )
    listed = []
    for archive_path in sorted(files):
        sha256, size = file_digest(files[archive_path])
        listed.append({"path": archive_path, "sha256": sha256, "size": size})
    manifest: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "pack": {
            key: pack.get(key)
            for key in (
                "id",
                "version",
                "language",
                "grade_band",
                "licence",
                "publisher",
                "title",
                "description",
            )
        },
        "skills": skills,
        "lessons": lessons,
        "items": items,
        "files": listed,
    }
    if manifest["pack"]["description"] is None:
        manifest["pack"]["description"] = {}
    if "practice_target" in pack:
        manifest["pack"]["practice_target"] = pack["practice_target"]
    lesson_ids = [lesson["id"] for lesson in lessons]

    def locate(kind: str, identifier: str) -> str:
        if kind == "item":
            return item_lines.get(identifier, ITEMS_DIR)
        if kind == "lesson":
            return f"{LESSONS_DIR}/{identifier}.md"
        return f"{SKILLS_FILE}: skill {identifier!r}"

    def place(path: SchemaPath) -> str:
        section, index, rest = path[0] if path else "", path[1] if len(path) > 1 else None, path[2:]
        field = ".".join(str(part) for part in rest)
        if section == "pack":
            return f"{PACK_FILE}: {'.'.join(str(part) for part in path[1:]) or 'top level'}"
        if section == "skills" and isinstance(index, int):
            return f"{SKILLS_FILE}: skill {skills[index].get('id')!r}: {field}"
        if section == "lessons" and isinstance(index, int):
            return f"{LESSONS_DIR}/{lesson_ids[index]}.md: {field}"
        if section == "items" and isinstance(index, int):
            return f"{item_lines.get(items[index]['id'], ITEMS_DIR)}: {field}"
        return f"{PACK_FILE}: {'.'.join(map(str, path)) or 'top level'}"

    check_manifest(manifest, locate, place)
    return PackSource(root, manifest, files)


def _read_toml(path: Path, problems: list[Problem]) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        problems.append(Problem(path.name, "is missing"))
    except UnicodeDecodeError:
        problems.append(Problem(path.name, "is not UTF-8 text"))
    except tomllib.TOMLDecodeError as error:
        problems.append(Problem(path.name, str(error)))
    return {}


def _table_list(document: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = document.get(key, [])
    return [entry for entry in value if isinstance(entry, dict)] if isinstance(value, list) else []


def _skill(entry: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": entry.get("id"),
        "title": entry.get("title"),
        "description": entry.get("description", ""),
        "prerequisites": entry.get("prerequisites", []),
    }


def _collect_files(root: Path, problems: list[Problem]) -> dict[str, Path]:
    """Every lesson and media file, by its path inside the pack. Links are refused."""
    files: dict[str, Path] = {}
    for folder in (LESSONS_DIR, MEDIA_DIR):
        base = root / folder
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            relative = path.relative_to(root).as_posix()
            if path.is_symlink():
                problems.append(Problem(relative, "is a link; put the file itself in the pack"))
            elif path.is_file() and not path.name.startswith("."):
                files[relative] = path
    return files


def _read_lessons(
    root: Path, files: dict[str, Path], problems: list[Problem]
) -> list[dict[str, Any]]:
    lessons = []
    for archive_path in sorted(p for p in files if p.startswith(f"{LESSONS_DIR}/")):
        if not archive_path.endswith(".md"):
            continue
        path = files[archive_path]
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            problems.append(Problem(archive_path, "is not UTF-8 text"))
            continue
        header, body_line = _front_matter(text, archive_path, problems)
        media = _lesson_media(text, archive_path, body_line, files, problems)
        recording = _lesson_recording(header.get("audio"), archive_path, files, problems)
        if recording is not None and recording not in media:
            media.append(recording)
        lessons.append(
            {
                "id": PurePosixPath(archive_path).stem,
                "skill": header.get("skill"),
                "title": header.get("title"),
                "body": archive_path,
                "media": media,
            }
        )
    return lessons


def _front_matter(text: str, where: str, problems: list[Problem]) -> tuple[dict[str, Any], int]:
    lines = text.splitlines()
    if not lines or lines[0].strip() != FRONT_MATTER:
        problems.append(
            Problem(
                f"{where}:1",
                f"a lesson starts with a {FRONT_MATTER} header holding skill and title",
            )
        )
        return {}, 1
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == FRONT_MATTER)
    except StopIteration:
        problems.append(Problem(f"{where}:1", f"the header has no closing {FRONT_MATTER} line"))
        return {}, 1
    try:
        return tomllib.loads("\n".join(lines[1:end])), end + 2
    except tomllib.TOMLDecodeError as error:
        problems.append(Problem(f"{where}:2", f"the header is not valid TOML: {error}"))
        return {}, end + 2


def _lesson_recording(
    audio: object, where: str, files: dict[str, Path], problems: list[Problem]
) -> str | None:
    """The pack path of the recording a lesson's header names (`audio = "../media/a.ogg"`),
    written like its pictures, relative to the lesson; None if it names none or a bad one."""
    if audio is None:
        return None
    example = 'audio = "../media/halves.ogg"'
    if not isinstance(audio, str) or not audio:
        problems.append(Problem(f"{where}:2", f"audio names a recording in quotes: {example}"))
        return None
    if _REMOTE.match(audio) or audio.startswith("//"):
        problems.append(
            Problem(f"{where}:2", f"{audio} is outside the pack; recordings are pack files")
        )
        return None
    normalised = _normalise((PurePosixPath(LESSONS_DIR) / audio).as_posix())
    if normalised is None or normalised not in files:
        problems.append(Problem(f"{where}:2", f"the recording {audio} is not a file of this pack"))
        return None
    if not is_recording(normalised):
        kinds = ", ".join(AUDIO_SUFFIXES)
        problems.append(Problem(f"{where}:2", f"a recording is a {kinds} file, not {audio}"))
        return None
    return normalised


def _lesson_media(
    text: str, where: str, first_line: int, files: dict[str, Path], problems: list[Problem]
) -> list[str]:
    media: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if number < first_line:
            continue
        for target in _MARKDOWN_LINK.findall(line):
            if _REMOTE.match(target) or target.startswith("//"):
                problems.append(
                    Problem(
                        f"{where}:{number}",
                        f"{target} is outside the pack; "
                        "lessons never load anything from the internet",
                    )
                )
                continue
            resolved = (PurePosixPath(LESSONS_DIR) / target.split("#")[0]).as_posix()
            normalised = _normalise(resolved)
            if normalised is None or normalised not in files:
                problems.append(
                    Problem(f"{where}:{number}", f"{target} is not a file of this pack")
                )
            elif normalised not in media:
                media.append(normalised)
    return media


def _normalise(path: str) -> str | None:
    parts: list[str] = []
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if not parts:
                return None
            parts.pop()
        else:
            parts.append(part)
    return "/".join(parts)


def _read_items(root: Path, problems: list[Problem]) -> tuple[list[dict[str, Any]], dict[str, str]]:
    items: list[dict[str, Any]] = []
    lines: dict[str, str] = {}
    folder = root / ITEMS_DIR
    for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
        where = path.relative_to(root).as_posix()
        try:
            parsed = parse_items(path.read_text(encoding="utf-8-sig"), where)
        except UnicodeDecodeError:
            problems.append(Problem(where, "is not UTF-8 text"))
            continue
        except ItemTextErrors as errors:
            problems.extend(Problem(f"{e.path}:{e.line}", e.message) for e in errors.errors)
            continue
        for item in parsed:
            lines.setdefault(item["id"], f"{where}:{item.pop('line')}")
            items.append(item)
    return items, lines
