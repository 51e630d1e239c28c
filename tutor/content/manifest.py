"""The pack manifest: its JSON Schema and the rules a schema cannot express.

The same checks run on a source folder (after it is turned into a manifest) and on a built pack,
so `tutor pack validate` means the same for both. Every problem is collected and reported at once,
each naming where it is (a source file and line, or a place in manifest.json).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

SCHEMA_FILE = Path(__file__).parent / "schema" / "manifest.schema.json"
FORMAT_VERSION = 1

#: Names a problem's place: (kind, id) → "items/halves.txt:12" or "manifest.json: item 'x'".
Locator = Callable[[str, str], str]


@dataclass(frozen=True)
class Problem:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class PackError(ValueError):
    """The pack (source or built) cannot be used; `problems` lists every reason."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(map(str, self.problems)))


def manifest_locator(kind: str, identifier: str) -> str:
    return f"manifest.json: {kind} {identifier!r}"


@cache
def manifest_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return schema


SchemaPath = tuple[str | int, ...]


def manifest_place(path: SchemaPath) -> str:
    """A place in manifest.json written the way people read it: "items[3].prompt"."""
    place = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path)
    return f"manifest.json: {place.lstrip('.') or 'top level'}"


@cache
def _fast_validator() -> Callable[[Any], Any]:
    """The schema compiled to Python (fastjsonschema): about 7× faster than interpreting it,
    which matters for packs of thousands of items. It stops at the first problem, so
    jsonschema explains a manifest this one refuses."""
    import fastjsonschema

    validate: Callable[[Any], Any] = fastjsonschema.compile(manifest_schema())
    return validate


def schema_problems(
    manifest: Any, place: Callable[[SchemaPath], str] = manifest_place
) -> list[Problem]:
    """Every way `manifest` breaks the published schema, each at its `place`."""
    import fastjsonschema

    try:
        _fast_validator()(manifest)
    except fastjsonschema.JsonSchemaException:
        pass
    else:
        return []
    from jsonschema import Draft7Validator
    from jsonschema.exceptions import best_match

    validator = Draft7Validator(manifest_schema())
    problems = []
    for error in sorted(validator.iter_errors(manifest), key=lambda e: list(e.absolute_path)):
        detail = best_match([error, *error.context]) if error.context else error
        problems.append(Problem(place(tuple(detail.absolute_path)), _in_words(detail)))
    return problems


def _in_words(error: ValidationError) -> str:
    """The schema's own description for a value of the wrong form ("a version such as 1.2.0"),
    instead of a regular expression nobody should have to read."""
    described = error.schema.get("description") if isinstance(error.schema, dict) else None
    if error.validator in ("pattern", "type", "not") and described:
        return f"{error.instance!r} is not {described}"
    return error.message


def consistency_problems(
    manifest: dict[str, Any], locate: Locator = manifest_locator
) -> list[Problem]:
    """Rules across the manifest: unique ids, known skills, no prerequisite cycles, every file
    that content names is listed. Assumes the manifest passed the schema."""
    problems: list[Problem] = []
    skills = manifest["skills"]
    skill_ids = _unique_ids(skills, "skill", locate, problems)
    _unique_ids(manifest["lessons"], "lesson", locate, problems)
    _unique_ids(manifest["items"], "item", locate, problems)
    listed = _listed_files(manifest["files"], problems)

    for skill in skills:
        for prerequisite in skill["prerequisites"]:
            if prerequisite not in skill_ids:
                problems.append(
                    Problem(
                        locate("skill", skill["id"]),
                        f"prerequisite {prerequisite!r} is not a skill of this pack",
                    )
                )
    cycle = find_cycle({s["id"]: s["prerequisites"] for s in skills})
    if cycle:
        problems.append(
            Problem(
                locate("skill", cycle[0]),
                "prerequisites go round in a circle: " + " → ".join(cycle),
            )
        )
    for kind, entries in (("lesson", manifest["lessons"]), ("item", manifest["items"])):
        for entry in entries:
            if entry["skill"] not in skill_ids:
                problems.append(
                    Problem(
                        locate(kind, entry["id"]), f"skill {entry['skill']!r} is not in skills.toml"
                    )
                )
    for lesson in manifest["lessons"]:
        for path in [lesson["body"], *lesson["media"]]:
            if path not in listed:
                problems.append(Problem(locate("lesson", lesson["id"]), f"{path} is missing"))
    for item in manifest["items"]:
        for media in item["media"]:
            if media["path"] not in listed:
                problems.append(Problem(locate("item", item["id"]), f"{media['path']} is missing"))
    return problems


def check_manifest(
    manifest: Any,
    locate: Locator = manifest_locator,
    place: Callable[[SchemaPath], str] = manifest_place,
) -> None:
    """Raise PackError listing every problem; return quietly for a usable manifest."""
    problems = schema_problems(manifest, place)
    if not problems:
        problems = consistency_problems(manifest, locate)
    if problems:
        raise PackError(problems)


def find_cycle(prerequisites: dict[str, list[str]]) -> list[str]:
    """A prerequisite cycle as a path that ends where it starts ([] when there is none)."""
    state: dict[str, int] = {}  # 1: on the current path, 2: finished
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for following in prerequisites.get(node, []):
            if state.get(following) == 1:
                return [*path[path.index(following) :], following]
            if following in prerequisites and following not in state:
                found = visit(following)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return []

    for start in sorted(prerequisites):
        if start not in state:
            found = visit(start)
            if found:
                return found
    return []


def _unique_ids(
    entries: list[dict[str, Any]], kind: str, locate: Locator, problems: list[Problem]
) -> set[str]:
    seen: set[str] = set()
    for entry in entries:
        if entry["id"] in seen:
            problems.append(Problem(locate(kind, entry["id"]), f"the {kind} id is used twice"))
        seen.add(entry["id"])
    return seen


def _listed_files(files: list[dict[str, Any]], problems: list[Problem]) -> set[str]:
    """The listed paths; a path listed twice, or twice but for case (which collide on Windows
    and macOS), is a problem."""
    listed: set[str] = set()
    folded: set[str] = set()
    for entry in files:
        path = entry["path"]
        if path.casefold() in folded:
            problems.append(Problem("manifest.json: files", f"{path} is listed twice"))
        listed.add(path)
        folded.add(path.casefold())
    return listed
