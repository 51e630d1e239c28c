"""Safe XML reading for QTI files: a small element tree, built with expat, that refuses DTDs.

Guarantees of parse_xml, for any bytes:
* it returns a Node tree or raises XmlError (a ValueError); never any other exception;
* it never expands an entity beyond the five predefined ones and character references, never
  reads a file or a network address, and never follows a DTD: any <!DOCTYPE> is refused before
  its contents are read, so "billion laughs" and external entities (XXE) cannot happen;
* documents over MAX_XML_BYTES or nested deeper than MAX_DEPTH are refused, so later recursive
  walks over the tree stay within Python's recursion limit.

Names are normalised so QTI 2.x and 3.0 read alike: the namespace is dropped, QTI 3.0's "qti-"
prefix is removed and kebab-case becomes camelCase (`qti-choice-interaction` -> `choiceInteraction`,
`response-identifier` -> `responseIdentifier`, `xml:lang` -> `lang`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.parsers import expat

MAX_XML_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 200

_EXTERNAL_ENTITY = re.compile(rb"<!ENTITY[^>]*?\b(?:SYSTEM|PUBLIC)\b", re.DOTALL)


class XmlError(ValueError):
    """The bytes are not XML this importer reads; str() says why, for the import report."""


@dataclass(eq=False)
class Node:
    """One element: normalised tag and attribute names, and its children (elements and text)."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)
    line: int = 0

    def get(self, name: str, default: str = "") -> str:
        return self.attrs.get(name, default)

    def elements(self) -> list[Node]:
        """The child elements, in document order."""
        return [child for child in self.children if isinstance(child, Node)]

    def find(self, tag: str) -> Node | None:
        """The first child element with this tag."""
        return next((child for child in self.elements() if child.tag == tag), None)

    def findall(self, tag: str) -> list[Node]:
        return [child for child in self.elements() if child.tag == tag]

    def iter(self, *tags: str) -> Iterator[Node]:
        """This element and every descendant (document order), only those with a tag given."""
        stack: list[Node] = [self]
        while stack:
            node = stack.pop()
            if not tags or node.tag in tags:
                yield node
            stack.extend(reversed(node.elements()))

    def text(self) -> str:
        """All the text inside, as written (no whitespace handling)."""
        parts: list[str] = []
        stack: list[Node | str] = [self]
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                parts.append(item)
            else:
                stack.extend(reversed(item.children))
        return "".join(parts)


def normalise_name(name: str) -> str:
    """`uri qti-max-choices` -> `maxChoices`; `p` stays `p`."""
    local = name.rsplit(" ", 1)[-1].rsplit(":", 1)[-1]
    if local.startswith("qti-"):
        local = local[4:]
    head, *rest = local.split("-")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _refusal(data: bytes) -> str:
    if _EXTERNAL_ENTITY.search(data):
        return (
            "refused: it declares an external entity (<!ENTITY ... SYSTEM/PUBLIC ...>), which "
            "could read local files or the network; QTI items need no DTD"
        )
    if b"<!ENTITY" in data:
        return (
            "refused: it declares entities in a DTD (<!ENTITY>), which can expand without limit "
            "(a 'billion laughs' attack); QTI items need no DTD"
        )
    return (
        "refused: it has a DTD (<!DOCTYPE>); a DTD can declare entities that expand without "
        "limit or read files, so files with one are not read (QTI items need none)"
    )


class _Builder:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.root: Node | None = None
        self.stack: list[Node] = []
        self.parser = expat.ParserCreate(namespace_separator=" ")
        self.parser.buffer_text = True
        self.parser.ordered_attributes = False
        self.parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        self.parser.StartDoctypeDeclHandler = self.refuse
        self.parser.EntityDeclHandler = self.refuse
        self.parser.UnparsedEntityDeclHandler = self.refuse
        self.parser.NotationDeclHandler = self.refuse
        self.parser.ExternalEntityRefHandler = self.refuse_external
        self.parser.StartElementHandler = self.start
        self.parser.EndElementHandler = self.end
        self.parser.CharacterDataHandler = self.characters

    def refuse(self, *_: object) -> None:
        raise XmlError(_refusal(self.data))

    def refuse_external(self, *_: object) -> int:
        raise XmlError(_refusal(self.data))

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if len(self.stack) >= MAX_DEPTH:
            raise XmlError(f"refused: elements are nested more than {MAX_DEPTH} deep")
        node = Node(
            normalise_name(name),
            {normalise_name(key): value for key, value in attributes.items()},
            line=self.parser.CurrentLineNumber,
        )
        if self.stack:
            self.stack[-1].children.append(node)
        else:
            self.root = node
        self.stack.append(node)

    def end(self, name: str) -> None:
        self.stack.pop()

    def characters(self, text: str) -> None:
        if self.stack:
            self.stack[-1].children.append(text)


def parse_xml(data: bytes) -> Node:
    """The document's root element. Raises XmlError if it is refused or not well-formed."""
    if len(data) > MAX_XML_BYTES:
        raise XmlError(f"refused: larger than {MAX_XML_BYTES // (1024 * 1024)} MB")
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise XmlError(_refusal(data))
    builder = _Builder(data)
    try:
        builder.parser.Parse(data, True)
    except expat.ExpatError as error:
        raise XmlError(f"not well-formed XML: {error}") from None
    except XmlError:
        raise
    except (ValueError, UnicodeError, LookupError, RecursionError, MemoryError) as error:
        raise XmlError(f"not readable XML: {error}") from None
    if builder.root is None:
        raise XmlError("not well-formed XML: no root element")
    return builder.root
