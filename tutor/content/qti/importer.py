"""Import QTI items into a pack source folder: `tutor pack import-qti`.

Guarantees:
* every item file found (package.item_files) gets exactly one report entry: converted, with its
  item id, type and notes on what was simplified, or skipped, with the reason; none is dropped
  silently, and a problem with one file never stops the others;
* converted items have unique ids of the form [a-z0-9][a-z0-9_-]{0,99}, from the QTI identifier;
* import_qti writes the folder only if at least one item converts, and only as a whole valid pack
  (writer.write_source); with nothing converted it writes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tutor.content.item_text import ItemTextErrors, parse_items
from tutor.content.qti.convert import convert_item
from tutor.content.qti.model import Unconvertible, read_item
from tutor.content.qti.package import MediaStore, PackageError, item_files, open_package
from tutor.content.qti.safexml import XmlError, parse_xml
from tutor.content.qti.writer import ITEMS_FILE, pack_toml, render_item, skills_toml, write_source

DEFAULT_SKILL = "imported"
PACK_ID = re.compile(r"[a-z0-9]+(\.[a-z0-9][a-z0-9-]*)+", re.ASCII)
LOCAL_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,99}", re.ASCII)
LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", re.ASCII)


@dataclass(frozen=True)
class Entry:
    """What happened to one file: converted (item_id set) or skipped (reason set)."""

    file: str
    item_id: str | None = None
    kind: str | None = None
    reason: str | None = None
    notes: tuple[str, ...] = ()


@dataclass
class Conversion:
    """Every file's entry; the converted items' text, canonical form and media files."""

    source: str
    entries: list[Entry] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)  # item id -> item text
    items: dict[str, dict[str, Any]] = field(default_factory=dict)  # item id -> canonical item
    media: dict[str, bytes] = field(default_factory=dict)  # media/ path -> contents
    languages: set[str] = field(default_factory=set)
    written: Path | None = None

    @property
    def converted(self) -> list[Entry]:
        return [entry for entry in self.entries if entry.item_id is not None]

    @property
    def skipped(self) -> list[Entry]:
        return [entry for entry in self.entries if entry.item_id is None]


def item_id(identifier: str, file: str, used: set[str]) -> str:
    """A unique item id from the QTI identifier (or else the file name), sanitised."""
    base = ""
    for text in (identifier, file.rsplit("/", 1)[-1].rsplit(".", 1)[0], "item"):
        base = re.sub(r"[^a-z0-9_-]+", "-", text.lower()).strip("-_")[:100]
        if base:
            break
    candidate, number = base, 1
    while candidate in used:
        number += 1
        suffix = f"-{number}"
        candidate = base[: 100 - len(suffix)] + suffix
    used.add(candidate)
    return candidate


def convert_source(source: Path, skill: str = DEFAULT_SKILL) -> Conversion:
    """Convert every item found at source, writing nothing. Raises PackageError (ValueError)
    only when the source itself cannot be read."""
    if not LOCAL_ID.fullmatch(skill):
        raise ValueError(f'--skill "{skill}": use lower-case letters, digits, "-" and "_"')
    package = open_package(source)
    files, problems = item_files(package)
    conversion = Conversion(source.name)
    store = MediaStore(package)
    used: set[str] = set()
    for name in files:
        try:
            item = read_item(parse_xml(package.read(name)), name)
            draft = convert_item(item, store.sink(name))
            identifier = item_id(item.identifier, name, set(used))
            text = render_item(identifier, skill, draft, name, item.title)
            (canonical,) = parse_items(text, ITEMS_FILE)
        except (XmlError, PackageError, Unconvertible) as error:
            conversion.entries.append(Entry(name, reason=str(error)))
            continue
        except ItemTextErrors as error:
            reason = f"the converted item does not read back: {error}"
            conversion.entries.append(Entry(name, reason=reason))
            continue
        used.add(identifier)
        conversion.entries.append(Entry(name, identifier, draft.kind, notes=tuple(draft.notes)))
        conversion.texts[identifier] = text
        conversion.items[identifier] = canonical
        conversion.media.update({path: store.files[path] for _, path in draft.media})
        if LANGUAGE.fullmatch(item.language.strip()):
            conversion.languages.add(item.language.strip())
    conversion.entries += [Entry(name, reason=reason) for name, reason in problems]
    return conversion


def default_pack_id(source: Path) -> str:
    slug = re.sub(r"[^a-z0-9-]+", "-", source.stem.lower()).strip("-")
    candidate = f"org.example.qti.{slug}" if slug else ""
    return candidate if PACK_ID.fullmatch(candidate) else "org.example.qti.imported"


def import_qti(
    source: Path, output: Path, *, pack_id: str | None = None, skill: str = DEFAULT_SKILL
) -> Conversion:
    """Convert the items at source and, if any converts, write the pack source folder output.
    Raises ValueError (PackageError included) for a bad source, id, skill or output folder."""
    pack_id = pack_id or default_pack_id(source)
    if not PACK_ID.fullmatch(pack_id) or len(pack_id) > 200:
        raise ValueError(f'--id "{pack_id}": use lower-case words joined by dots, e.g. org.x.y')
    conversion = convert_source(source, skill)
    if not conversion.converted:
        return conversion
    language = next(iter(conversion.languages)) if len(conversion.languages) == 1 else "en"
    count = len(conversion.converted)
    about = f"{count} item{'s' if count != 1 else ''} imported from {source.name} (QTI)."
    files = {
        "pack.toml": pack_toml(pack_id, f"Imported from {source.name}", language, about).encode(),
        "skills.toml": skills_toml(skill, about).encode(),
        ITEMS_FILE: "\n".join(conversion.texts.values()).encode(),
        **conversion.media,
    }
    write_source(output, files)
    conversion.written = output
    return conversion


def format_report(conversion: Conversion) -> str:
    """The report the command prints: one line per file, notes indented, then the counts."""
    lines = []
    for entry in conversion.entries:
        if entry.item_id is None:
            lines.append(f"skipped    {entry.file}: {entry.reason}")
            continue
        lines.append(f"converted  {entry.file} -> {entry.item_id} ({entry.kind})")
        lines += [f"           note: {note}" for note in entry.notes]
    converted, skipped = len(conversion.converted), len(conversion.skipped)
    lines.append(f"{converted} converted, {skipped} skipped.")
    return "\n".join(lines)
