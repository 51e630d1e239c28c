"""Write converted items as a pack source folder (docs/pack-format.md).

Guarantees:
* render_item writes a Draft in the item text format; the importer reads each one back with
  parse_items before keeping it, so a Draft that does not round-trip is reported, never written;
* write_source writes nothing unless the whole folder is a valid pack: it builds the folder in a
  temporary folder beside the output, checks it with load_source, then renames it into place;
  an existing output folder that is not empty is never touched (ValueError).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from tutor.content.qti.convert import Draft

ITEMS_FILE = "items/imported.txt"


def _string(text: str) -> str:
    """A TOML basic string (JSON's escapes are a subset of TOML's)."""
    return json.dumps(text, ensure_ascii=False)


def _field(key: str, text: str) -> list[str]:
    first, *rest = text.split("\n")
    return [f"{key}: {first}".rstrip()] + [f"  {line}" for line in rest if line.strip()]


def render_item(item_id: str, skill: str, draft: Draft, origin: str, title: str) -> str:
    """One item in the item text format, after a comment naming where it comes from."""
    about = " ".join(f"{origin}: {title}".split()) if title.strip() else origin
    lines = [f"# {about}", f"=== {item_id}", f"type: {draft.kind}", f"skill: {skill}"]
    lines += _field("prompt", draft.prompt)
    lines += [f"{kind}: {path}" for kind, path in draft.media]
    for option in draft.options:
        lines.append(f"{'*' if option.correct else '-'} {option.text}")
        if option.feedback:
            first, *rest = option.feedback.split("\n")
            lines += [f"  > {first}".rstrip()] + [f"    {line}" for line in rest if line.strip()]
    for key, value in draft.fields:
        lines += _field(key, value)
    if draft.solution:
        lines += _field("solution", draft.solution)
    return "\n".join(lines) + "\n"


def pack_toml(pack_id: str, title: str, language: str, description: str) -> str:
    return (
        "# Made by `tutor pack import-qti`: check the title, licence and publisher.\n"
        "format = 1\n"
        f"id = {_string(pack_id)}\n"
        'version = "0.1.0"\n'
        f"language = {_string(language)}\n"
        'grade_band = "unknown"\n'
        'licence = "LicenseRef-unknown"           # the licence of the imported items\n'
        'publisher = "Unknown publisher"\n\n'
        f"[title]\n{language} = {_string(title)}\n\n"
        f"[description]\n{language} = {_string(description)}\n"
    )


def skills_toml(skill: str, description: str) -> str:
    return (
        f"[[skill]]\nid = {_string(skill)}\ntitle = {_string('Imported items')}\n"
        f"description = {_string(description)}\n"
    )


def write_source(output: Path, files: dict[str, bytes]) -> None:
    """Write files (by path inside the folder) as the folder output, only if it is valid."""
    from tutor.content.source import load_source

    if output.exists() and (not output.is_dir() or any(output.iterdir())):
        raise ValueError(f"{output} already exists and is not empty; choose a new folder")
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.", dir=output.parent))
    try:
        for name, data in files.items():
            path = staging / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        for folder in ("items", "media", "lessons"):
            (staging / folder).mkdir(exist_ok=True)
        load_source(staging)
        if output.exists():
            output.rmdir()
        staging.rename(output)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
