"""Numbers as learners type them: exact values, and how the number was written.

read_number accepts everything the pack format accepts for authors (tutor/content/item_fields.py,
parse_number) with the same value, so an author's answer always reads back as written, and more,
for learners: a decimal comma (`0,5`), digits of any script (e.g. full-width `１/２`), the minus
sign `−`, the slashes `⁄` `∕` `／`, and vulgar fractions (`½`, `2½` = 2 1/2).

This module is shared with the server: standard library only, no other import from tutor.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from fractions import Fraction

__all__ = ["MAX_NUMBER_LENGTH", "Number", "parse_number", "read_number"]

MAX_NUMBER_LENGTH = 100  # characters, after trimming; longer text is never a number

_NUMBER = re.compile(
    r"""(?P<sign>[+-]?)(?:
        (?P<int>[0-9]+)(?:[.,](?P<frac>[0-9]*))?
      | [.,](?P<frac_only>[0-9]+)
      | (?:(?P<whole>[0-9]+)\ )?(?P<num>[0-9]+)\ ?/\ ?(?P<den>[0-9]+)
    )""",
    re.VERBOSE | re.ASCII,
)
# Look-alikes a keyboard or an input method may give for the ASCII characters of a number.
_LOOK_ALIKES = str.maketrans(
    {
        "\u2212": "-",  # MINUS SIGN, as authors write it in prompts ("7/8 − 3/8")
        "\uff0d": "-",  # FULLWIDTH HYPHEN-MINUS
        "\uff0b": "+",  # FULLWIDTH PLUS SIGN
        "\u2044": "/",  # FRACTION SLASH
        "\u2215": "/",  # DIVISION SLASH
        "\uff0f": "/",  # FULLWIDTH SOLIDUS
        "\uff0e": ".",  # FULLWIDTH FULL STOP
        "\uff0c": ",",  # FULLWIDTH COMMA
    }
)


@dataclass(frozen=True)
class Number:
    """A number read from text: its exact value and, if written with a fraction bar, the
    numerator and denominator as written (of the fraction part of a mixed number)."""

    value: Fraction
    fraction: tuple[int, int] | None = None

    @property
    def in_lowest_terms(self) -> bool:
        """False only for a fraction that could be written more simply: one whose numerator and
        denominator have a common factor (`2/4`, `2 2/4`, `0/5`) or whose denominator is 1 (`3/1`,
        which is simply 3). Whole numbers and decimals are always in lowest terms."""
        if self.fraction is None:
            return True
        numerator, denominator = self.fraction
        return denominator != 1 and math.gcd(numerator, denominator) == 1

    def written_like(self, other: Number) -> bool:
        """The same value written the same way: equal values, and the same numerator and
        denominator if either is a fraction. `2/4` is written like `2 / 4` and `+2/4` but not like
        `1/2`; `0.5` is written like `.5`, `0,50` and `0.5` (decimals are compared by value)."""
        return self.value == other.value and self.fraction == other.fraction


def read_number(text: str) -> Number:
    """The number `text` stands for, as a learner or an author writes it.

    Accepts, after trimming: integers (`-3`, `+3`), decimals with a point or a comma (`0.5`, `.5`,
    `5.`, `0,5`), fractions (`1/2`, `-3/4`, spaces allowed around `/`) and mixed numbers (`2 1/4`
    = 9/4, `-2 1/4` = -9/4; the fraction part must be proper: 0 < top < bottom), and the look-alikes
    listed in the module docstring. Runs of spaces count as one. There are no thousands
    separators: `1,000` is one (the comma is a decimal comma) and `1 000` is not a number.

    Raises ValueError, and nothing else, for any other str: exponents (`1e3`), `nan`, `inf`, a zero
    denominator (`1/0`), text over MAX_NUMBER_LENGTH characters after trimming.
    """
    stripped = text.strip()
    if len(stripped) > MAX_NUMBER_LENGTH:
        raise ValueError(f"a number has at most {MAX_NUMBER_LENGTH} characters")
    match = _NUMBER.fullmatch(_plain(stripped))
    if match is None:
        raise ValueError(f'"{stripped}" is not a number: write e.g. 0.5, -3, 1/2 or 2 1/4')
    sign = -1 if match["sign"] == "-" else 1
    if match["den"] is not None:
        numerator, denominator = int(match["num"]), int(match["den"])
        if denominator == 0:
            raise ValueError(f'"{stripped}" divides by zero')
        value = Fraction(numerator, denominator)
        if match["whole"] is not None:
            if not 0 < numerator < denominator:
                raise ValueError(f'in the mixed number "{stripped}" the fraction must be below 1')
            value += int(match["whole"])
        return Number(sign * value, (numerator, denominator))
    digits = match["frac"] if match["int"] is not None else match["frac_only"]
    value = Fraction(int(match["int"] or "0"))
    if digits:
        value += Fraction(int(digits), 10 ** len(digits))
    return Number(sign * value)


def parse_number(text: str) -> Fraction:
    """The exact value of read_number(text); raises ValueError as it does."""
    return read_number(text).value


def _plain(text: str) -> str:
    """ASCII digits, signs and slashes for their look-alikes; single spaces; vulgar fractions
    spelled out (`2½` -> `2 1/2`). Anything else is left for the pattern to refuse."""
    characters: list[str] = []
    for character in text:
        if character.isascii():
            characters.append(character)
        elif unicodedata.category(character) == "Nd":  # a decimal digit of any script
            characters.append(str(unicodedata.digit(character)))
        elif "\u2044" in (spelled := unicodedata.normalize("NFKC", character)):  # ½, ⅔, ...
            after_digit = bool(characters) and characters[-1].isdigit()
            characters.append((" " if after_digit else "") + spelled)
        else:
            characters.append(character)
    return " ".join("".join(characters).translate(_LOOK_ALIKES).split())
