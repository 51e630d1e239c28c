"""A small but complete pack source folder: every file kind, every item type, real media."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

PACK_TOML = """format = 1
id = "org.example.math.fractions"
version = "1.0.0"
language = "en"
grade_band = "3-5"
licence = "CC-BY-4.0"
publisher = "Example District"

[title]
en = "Fractions"
fr = "Les fractions"

[description]
en = "Equal parts and adding fractions."
"""

SKILLS_TOML = """[[skill]]
id = "equal-parts"
title = "Equal parts"
description = "Split a whole into parts of the same size."

[[skill]]
id = "unit-fractions"
title = "Unit fractions"
prerequisites = ["equal-parts"]

[[skill]]
id = "adding-like"
title = "Adding like fractions"
prerequisites = ["unit-fractions"]
"""

LESSON = """+++
skill = "equal-parts"
title = "What is a half?"
+++
When we cut a whole into **2 equal parts**, each part is a *half*.

![Two pizzas](../media/pizzas.png)
"""

ITEMS = """=== halves-1
type: single
skill: equal-parts
difficulty: -1
prompt: Which pizza is cut into halves?
image: media/pizzas.png
* The pizza cut into 2 slices of the same size
- The pizza cut into 1 big slice and 1 small slice
  > Halves must be the same size.
hint: Halves means 2 parts.
solution: The first pizza has 2 equal slices.

=== add-quarters
type: numeric
skill: adding-like
prompt: What is 1/4 + 1/4? Write the answer in simplest form.
answer: 1/2
simplest: yes
wrong: 2/8 > Add the tops only.

=== name-half
type: text
skill: unit-fractions
prompt: What do we call one of 2 equal parts?
answer: a half
answer: half

=== which-are-halves
type: multiple
skill: equal-parts
prompt: Which of these are halves of 8?
* 4
* 8/2
- 2
  > 2 is a quarter of 8.

=== smallest-first
type: order
skill: unit-fractions
prompt: Put these in order, smallest first.
* 1/8
* 1/4
* 1/2

=== match-names
type: match
skill: unit-fractions
prompt: Match each fraction to its name.
pair: 1/2 = one half
pair: 1/3 = one third

=== fill-sum
type: gaps
skill: adding-like
prompt: 1/5 + 2/5 = [[1]]/[[2]]
gap 1: 3
gap 2: 5

=== explain
type: extended
skill: equal-parts
prompt: Explain why two pieces of different sizes are not halves.
"""


def png_bytes(width: int = 4, height: int = 4) -> bytes:
    """A real (tiny) PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\xff\x80\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def write_source(root: Path) -> Path:
    for sub in ("lessons", "items", "media"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    (root / "pack.toml").write_text(PACK_TOML, encoding="utf-8")
    (root / "skills.toml").write_text(SKILLS_TOML, encoding="utf-8")
    (root / "lessons" / "what-is-a-half.md").write_text(LESSON, encoding="utf-8")
    (root / "items" / "fractions.txt").write_text(ITEMS, encoding="utf-8")
    (root / "media" / "pizzas.png").write_bytes(png_bytes())
    return root


@pytest.fixture
def source_folder(tmp_path: Path) -> Path:
    return write_source(tmp_path / "fractions")
