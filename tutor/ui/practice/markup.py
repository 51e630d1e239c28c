"""Item text as Qt rich text (safe HTML) or as plain text, for labels and screen readers.

Prompts are Markdown (docs/pack-format.md); this renders the small subset items use:
* `**bold**` and `__bold__`, `*italic*` and `_italic_` (an underscore inside a word, or a run of
  underscores such as `______`, stays as written), `` `code` `` (monospace, spaces kept);
* a backslash before punctuation writes that character as it is (`\\*` is a star);
* `[text](address)` shows the text, `![description](file)` the description: nothing is ever
  fetched, and no image, link or other HTML from the text reaches Qt (all of it is escaped);
* gap markers `[[n]]`, replaced by whatever the caller's `gap` function gives for n;
* lines starting with `- `, `* ` or `+ ` are list items (shown with a bullet), `1. ` or `1) `
  numbered items, `# ` headings (bold); each starts a new line.

Line breaks. The item format joins a field's continuation lines with a line break, and authors use
them both to lay out a prompt (a sum on its own line, a number line in `code`) and to wrap a long
sentence in the source file. A break is kept, except where it is plainly a wrap inside a sentence:
the line before ends with a letter or a comma (or a gap, followed by a lower-case word), the next
line does not start with a capital, and neither is a table row (`a | b`). A line ending in a
backslash always breaks (CommonMark's hard break, which the QTI importer writes).

Choices, steps of an order and the two sides of a pair are plain text, never Markdown (the QTI
importer writes them unescaped): plain_html() escapes them for a rich-text label.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

__all__ = ["GAP_MARKER", "plain_html", "to_html", "to_plain"]

GAP_MARKER = re.compile(r"\[\[([0-9]{1,9})\]\]", re.ASCII)

Gap = Callable[[int], str]

# Private-use characters hold the place of finished pieces (code, escapes, gaps) while emphasis is
# worked out on the rest; author text that happens to contain them loses nothing but them.
_HOLD, _END = "\ue000", "\ue001"
_HELD = re.compile(f"{_HOLD}([0-9]+){_END}")
_PRIVATE = re.compile(f"[{_HOLD}{_END}]")

_INLINE = re.compile(
    r"""\\(?P<escaped>[!-/:-@\[-`{-~])
      | (?P<ticks>`+)(?P<code>.+?)(?P=ticks)
      | \[\[(?P<gap>[0-9]{1,9})\]\]
      | !\[(?P<alt>[^\]\n]*)\]\([^)\s]*\)
      | \[(?P<label>[^\]\n]+)\]\([^)\s]*\)
    """,
    re.VERBOSE,
)
_STRONG = re.compile(
    r"\*\*(?=[^\s*])(?P<a>.+?)(?<=[^\s*])\*\*|(?<!\w)__(?=[^\s_])(?P<b>.+?)(?<=[^\s_])__(?!\w)"
)
_EMPHASIS = re.compile(
    r"(?<!\*)\*(?=[^\s*])(?P<a>.+?)(?<=[^\s*])\*(?!\*)"
    r"|(?<!\w)_(?=[^\s_])(?P<b>.+?)(?<=[^\s_])_(?!\w)"
)
_BULLET = re.compile(r"(?P<indent> *)[-*+] +(?P<text>.*)")
_NUMBERED = re.compile(r"(?P<indent> *)(?P<number>[0-9]{1,9}[.)]) +(?P<text>.*)")
_HEADING = re.compile(r"#{1,6} +(?P<text>.*?)(?: +#+)?")
_TRAILING_BACKSLASHES = re.compile(r"\\+$")


def to_html(text: str, gap: Gap | None = None) -> str:
    """`text` (Markdown) as Qt rich text; `gap(n)` gives the HTML shown for `[[n]]` (kept as
    written when gap is None). Safe: every character of the text is escaped or is markup made
    here, and the result holds no image, link, style sheet or anything else Qt would load."""
    return "<br>".join(_render(line, gap, rich=True) for line in _lines(text))


def to_plain(text: str, gap: Gap | None = None) -> str:
    """`text` (Markdown) as plain text without markup, lines joined by "\\n" (for accessible
    names and descriptions); `gap(n)` gives the text shown for `[[n]]`."""
    return "\n".join(_render(line, gap, rich=False) for line in _lines(text))


def plain_html(text: str) -> str:
    """Plain text (a choice, a step, one side of a pair) escaped for a rich-text label."""
    return "<br>".join(html.escape(line, quote=False) for line in text.splitlines() or [""])


# --- lines -----------------------------------------------------------------------------------


def _lines(text: str) -> list[str]:
    """The lines to show: source lines joined where the break is only a wrap (see above)."""
    lines: list[str] = []
    joinable = False  # the last line may take the next one after a space
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line, hard = raw.rstrip(), False
        backslashes = _TRAILING_BACKSLASHES.search(line)
        if backslashes is not None and len(backslashes.group()) % 2 == 1:
            line, hard = line[:-1].rstrip(), True
        stripped = line.strip()
        if not stripped:
            joinable = False
            continue
        block = _block(line)
        if block is not None:
            lines.append(block)
            joinable = False
            continue
        if joinable and _wraps(lines[-1], stripped):
            lines[-1] = f"{lines[-1]} {stripped}"
        else:
            lines.append(stripped)
        joinable = not hard
    return lines


def _block(line: str) -> str | None:
    """A list item or heading line, as the line to show; None for an ordinary line."""
    if (match := _BULLET.fullmatch(line)) is not None and match["text"]:
        return f"{_indent(match['indent'])}• {match['text']}"
    if (match := _NUMBERED.fullmatch(line)) is not None and match["text"]:
        return f"{_indent(match['indent'])}{match['number']} {match['text']}"
    if (match := _HEADING.fullmatch(line.strip())) is not None and match["text"]:
        return f"**{match['text']}**" if "**" not in match["text"] else match["text"]
    return None


def _indent(spaces: str) -> str:
    return "\u00a0" * (2 * (len(spaces) // 2))


def _wraps(before: str, after: str) -> bool:
    """Whether the break between two lines is a wrap inside a sentence (joined with a space)."""
    if " | " in before or " | " in after or after[0].isupper():
        return False
    last = before[-1]
    return last.isalpha() or last == "," or (before.endswith("]]") and after[0].islower())


# --- inline ----------------------------------------------------------------------------------


def _render(line: str, gap: Gap | None, *, rich: bool) -> str:
    held: list[str] = []

    def hold(piece: str) -> str:
        held.append(piece)
        return f"{_HOLD}{len(held) - 1}{_END}"

    def escape(text: str) -> str:
        return html.escape(text, quote=False) if rich else text

    def inline(match: re.Match[str]) -> str:
        if (char := match["escaped"]) is not None:
            return hold(escape(char))
        if (code := match["code"]) is not None:
            code = code.strip(" ") or code
            if not rich:
                return hold(code)
            return hold(f'<code style="white-space: pre">{escape(code)}</code>')
        if (number := match["gap"]) is not None:
            return hold(gap(int(number)) if gap is not None else escape(match.group()))
        if (alt := match["alt"]) is not None:
            return alt
        return match["label"] or ""

    # Escaping leaves the placeholders as they are: they hold no &, < or >.
    escaped = escape(_INLINE.sub(inline, _PRIVATE.sub("", line)))
    strong, emphasis = ("<b>", "</b>"), ("<i>", "</i>")
    if not rich:
        strong = emphasis = ("", "")
    escaped = _STRONG.sub(lambda m: _wrap(m, strong), escaped)
    escaped = _EMPHASIS.sub(lambda m: _wrap(m, emphasis), escaped)
    return _HELD.sub(lambda m: held[int(m[1])], escaped)


def _wrap(match: re.Match[str], tags: tuple[str, str]) -> str:
    inner = match["a"] if match["a"] is not None else match["b"]
    return f"{tags[0]}{inner}{tags[1]}"
