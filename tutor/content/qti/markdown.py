"""QTI's XHTML content (item bodies, prompts, feedback, choices) as Markdown or one line of text.

Guarantees:
* markdown() output is CommonMark that the item text format can hold: no blank lines (blocks
  are separated by single line breaks, consecutive paragraphs by a hard break `\\`, table rows
  are lines with cells joined by " | "); no line starts with `> ` or another block marker unless
  it is a list item made here; every literal \\ * _ [ ] < ` is escaped, so author text never
  turns into markup or a `[[n]]` gap marker;
* plain() output is one line with no markup, for options, pairs and accepted answers;
* images (img, object) become media through the MediaSink and never appear as text; an image
  where only text can go (plain()) raises Unconvertible, so it is never silently lost;
* math keeps its text content (MathML scripts as ², ^(…), fractions as a/b);
* feedback elements inside the content are skipped (the converter handles them); internal RAW
  nodes insert converter-made Markdown (gap markers) as is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Protocol

from tutor.content.qti.model import FEEDBACK_TAGS, Unconvertible
from tutor.content.qti.processing import Value, format_value
from tutor.content.qti.safexml import Node

RAW = "\x00raw"  # an internal node: its "text" attribute goes into the output unescaped
_BREAK = "\x01"
_BLOCK = frozenset(
    {
        *("p", "div", "blockquote", "section", "article", "aside", "header", "footer", "nav"),
        *("address", "center", "figure", "figcaption", "pre", "dl", "dt", "dd", "caption"),
        *("details", "summary", "itemBody", "prompt", "contentBody", "modalFeedback"),
        *("feedbackBlock", "rubricBlock", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li"),
        *("table", "hr"),
    }
)
_SKIP = frozenset({"stylesheet", "style", "script", "head", "colgroup", "col", "param"})
_MEDIA = frozenset({"img", "object", "audio", "video", "source"})
_ESCAPE = re.compile(r"([\\`*_\[\]<])")
_LINE_START = re.compile(r"(#{1,6}|[-+>]|[=-]+$|(?P<number>[0-9]{1,9})[.)])(?= |$)")
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_SUPER = str.maketrans("0123456789+-=()n", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ")
_SUB = str.maketrans("0123456789+-=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎")


class MediaSink(Protocol):
    def add(self, source: str, kind: str) -> str:
        """Copy the file `source` (as written in the item) into the pack; its media/ path."""
        ...


def raw(text: str, *, block: bool = False) -> Node:
    """A node whose text the renderer inserts as Markdown, unescaped."""
    return Node(RAW, {"text": text, "block": "1" if block else ""})


def substitute(node: Node, replace: Callable[[Node], Node | bool | None]) -> Node:
    """A copy of the tree where replace(n) gives a node to put instead of n, None to drop n, or
    False to keep n (and look inside it)."""
    children: list[Node | str] = []
    for child in node.children:
        if isinstance(child, str):
            children.append(child)
            continue
        replacement = replace(child)
        if replacement is False:
            children.append(substitute(child, replace))
        elif isinstance(replacement, Node):
            children.append(replacement)
    return Node(node.tag, node.attrs, children, node.line)


def escape(text: str) -> str:
    return _ESCAPE.sub(r"\\\1", text)


def _script(text: str, superscript: bool) -> str:
    text = text.strip()
    table = _SUPER if superscript else _SUB
    if text and all(ord(char) in table for char in text):
        return text.translate(table)
    mark = "^" if superscript else "_"
    return f"{mark}{text}" if len(text) == 1 else f"{mark}({text})"


def _group(text: str) -> str:
    return text if len(text) <= 1 or text.isalnum() else f"({text})"


class Renderer:
    """Renders content; collects the media it meets in `media` as (kind, media/ path)."""

    def __init__(self, media: MediaSink | None, values: Mapping[str, Value] | None = None) -> None:
        self.sink = media
        self.values = values
        self.media: list[tuple[str, str]] = []

    # Markdown

    def markdown(self, node: Node) -> str:
        blocks: list[tuple[str, str]] = []
        self._blocks(node, blocks)
        lines: list[str] = []
        for index, (kind, text) in enumerate(blocks):
            following = blocks[index + 1][0] if index + 1 < len(blocks) else ""
            lines.append(text + ("\\" if kind == following == "para" else ""))
        return "\n".join(lines)

    def _blocks(self, node: Node, blocks: list[tuple[str, str]]) -> None:
        buffer: list[str] = []
        for child in node.children:
            if isinstance(child, str):
                buffer.append(escape(child))
            elif child.tag in _BLOCK or (child.tag == RAW and child.get("block")):
                self._flush(buffer, blocks)
                self._block(child, blocks)
            else:
                self._inline(child, buffer)
        self._flush(buffer, blocks)

    def _flush(self, buffer: list[str], blocks: list[tuple[str, str]]) -> None:
        text = _SPACES.sub(" ", "".join(buffer))
        buffer.clear()
        lines = [line.strip() for line in text.split(_BREAK)]
        lines = [line for line in lines if line]  # the item format cannot hold empty lines
        if lines:
            blocks.append(("para", "\\\n".join(_escape_start(line) for line in lines)))

    def _block(self, node: Node, blocks: list[tuple[str, str]]) -> None:
        tag = node.tag
        if tag == RAW:
            blocks.append(("para", node.get("text")))
        elif tag in FEEDBACK_TAGS:
            return  # feedback inside content: the converter handles it
        elif tag == "rubricBlock":
            if "candidate" in node.get("view", "candidate").split():
                self._blocks(node, blocks)
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            text = self._inline_text(node)
            if text:
                blocks.append(("para", f"**{text}**"))
        elif tag in ("ul", "ol"):
            lines: list[str] = []
            self._list(node, 0, lines)
            if lines:
                blocks.append(("list", "\n".join(lines)))
        elif tag == "table":
            self._table(node, blocks)
        elif tag != "hr":
            self._blocks(node, blocks)

    def _list(self, node: Node, depth: int, lines: list[str]) -> None:
        for number, item in enumerate(node.findall("li"), start=1):
            marker = f"{number}." if node.tag == "ol" else "-"
            nested = [child for child in item.elements() if child.tag in ("ul", "ol")]
            text = self._inline_text(substitute(item, _dropping(nested)))
            lines.append(f"{'  ' * depth}{marker} {text}".rstrip())
            for inner in nested:
                self._list(inner, depth + 1, lines)

    def _table(self, node: Node, blocks: list[tuple[str, str]]) -> None:
        """Rows as lines, cells joined by " | ": a GFM table would swallow the line after it,
        and the item format cannot hold the blank line that ends one."""
        for row in node.iter("tr"):
            cells = [self._inline_text(c) for c in row.elements() if c.tag in ("td", "th")]
            if any(cells):
                blocks.append(("para", " | ".join(cells)))

    def _inline_text(self, node: Node) -> str:
        buffer: list[str] = []
        for child in node.children:
            if isinstance(child, str):
                buffer.append(escape(child))
            else:
                self._inline(child, buffer)
        text = _SPACES.sub(" ", "".join(buffer)).replace(_BREAK, " ")
        return _escape_start(text.strip())

    def _inline(self, node: Node, out: list[str]) -> None:
        tag = node.tag
        if tag in _SKIP or tag in FEEDBACK_TAGS:
            return
        if tag == RAW:
            out.append(node.get("text"))
        elif tag == "br":
            out.append(_BREAK)
        elif tag in _MEDIA:
            self._media(node)
        elif tag == "math":
            out.append(escape(self._math(node)))
        elif tag in ("sup", "sub"):
            out.append(escape(_script(self.plain(node), tag == "sup")))
        elif tag == "printedVariable":
            out.append(escape(self._printed(node)))
        elif tag in ("b", "strong", "i", "em", "code", "kbd", "samp"):
            inner: list[str] = []
            for child in node.children:
                if isinstance(child, str):
                    inner.append(escape(child))
                else:
                    self._inline(child, inner)
            text = _SPACES.sub(" ", "".join(inner))
            core = text.strip(" " + _BREAK)
            if not core:
                out.append(text)
                return
            mark = {"b": "**", "strong": "**", "i": "*", "em": "*"}.get(tag, "`")
            if mark == "`":
                core = core.replace("\\", "").replace("`", "'")
            lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
            out.append(f"{lead}{mark}{core}{mark}{trail}")
        else:
            for child in node.children:
                if isinstance(child, str):
                    out.append(escape(child))
                elif child.tag in _BLOCK:
                    out.append(" " + self._inline_text(child) + " ")
                else:
                    self._inline(child, out)

    # Plain text

    def plain(self, node: Node) -> str:
        parts: list[str] = []
        self._plain(node, parts)
        return _SPACES.sub(" ", "".join(parts)).strip()

    def _plain(self, node: Node, parts: list[str]) -> None:
        for child in node.children:
            if isinstance(child, str):
                parts.append(child)
            elif child.tag in _SKIP or child.tag in FEEDBACK_TAGS:
                continue
            elif child.tag == RAW:
                parts.append(child.get("text"))
            elif child.tag in _MEDIA:
                raise Unconvertible(
                    f"an image ({_source(child)}) inside an answer option; options are text only"
                )
            elif child.tag == "math":
                parts.append(self._math(child))
            elif child.tag in ("sup", "sub"):
                parts.append(_script(self.plain(child), child.tag == "sup"))
            elif child.tag == "printedVariable":
                parts.append(self._printed(child))
            else:
                separate = child.tag in _BLOCK or child.tag == "br"
                parts.append(" " if separate else "")
                self._plain(child, parts)
                parts.append(" " if separate else "")

    # Pieces

    def _printed(self, node: Node) -> str:
        name = node.get("identifier")
        if self.values is None or name not in self.values:
            raise Unconvertible(f'printedVariable "{name}" has no value the converter knows')
        return format_value(self.values[name])

    def _media(self, node: Node) -> None:
        source = _source(node)
        kind = "audio" if node.tag == "audio" or node.get("type").startswith("audio/") else "image"
        if node.tag == "object" and not node.get("type").startswith(("image/", "audio/")):
            raise Unconvertible(f"an embedded object of type {node.get('type') or 'unknown'}")
        if node.tag in ("audio", "video") and not source:
            inner = node.find("source")
            source = _source(inner) if inner is not None else ""
        if node.tag == "video":
            raise Unconvertible("a video; items hold images and audio only")
        if not source or self.sink is None:
            raise Unconvertible(f"<{node.tag}> without a file the converter can copy")
        path = self.sink.add(source, kind)
        if path and (kind, path) not in self.media:
            self.media.append((kind, path))

    def _math(self, node: Node) -> str:
        tag = node.tag
        if tag in ("mi", "mn", "mo", "mtext", "ms"):
            return _SPACES.sub(" ", node.text()).strip()
        elements = [self._math(child) for child in node.elements()]
        if tag in ("annotation", "annotationXml"):
            return ""
        if tag == "semantics":
            return elements[0] if elements else ""
        if tag in ("msup", "msub") and len(elements) == 2:
            return elements[0] + _script(elements[1], tag == "msup")
        if tag == "msubsup" and len(elements) == 3:
            return elements[0] + _script(elements[1], False) + _script(elements[2], True)
        if tag == "mfrac" and len(elements) == 2:
            return f"{_group(elements[0])}/{_group(elements[1])}"
        if tag == "msqrt":
            return f"√({''.join(elements)})"
        if tag == "mroot" and len(elements) == 2:
            return f"{_group(elements[0])}^(1/{elements[1]})"
        if tag == "mfenced":
            return node.get("open", "(") + ", ".join(elements) + node.get("close", ")")
        return "".join(elements)  # layout elements (math, mrow, mstyle, ...): their children


def _dropping(nodes: list[Node]) -> Callable[[Node], Node | bool | None]:
    return lambda node: None if any(node is other for other in nodes) else False


def _source(node: Node) -> str:
    return (node.get("src") or node.get("data")).strip()


def _escape_start(line: str) -> str:
    """Keep a line from starting a heading, quote, list or setext underline."""
    match = _LINE_START.match(line)
    if match is None:
        return line
    if match["number"] is not None:
        cut = len(match["number"])
        return line[:cut] + "\\" + line[cut:]
    return "\\" + line
