"""Text answers as compared for grading.

This module is shared with the server: standard library only, no other import from tutor.
"""

from __future__ import annotations

import unicodedata

__all__ = ["normalise_text"]


def normalise_text(text: str, *, case_sensitive: bool = False) -> str:
    """The form in which two answers are compared: equal results mean the same answer.

    * Unicode NFKC: canonically equivalent text is equal (`José` typed as one é or as e + ◌́), and
      so are compatibility variants, which are the same text in another width or presentation:
      full-width letters and digits from East Asian input methods (`Ｍａｒｉｅ` = `Marie`),
      ligatures (`ﬁ` = `fi`), no-break spaces, super- and subscripts (`H₂O` = `H2O`, `m²` = `m2`).
      Letters that differ are never made equal: accents stay (`moitie` is not `moitié`).
    * Leading and trailing whitespace removed, and every run of whitespace inside (spaces, tabs,
      line breaks, no-break spaces) made one space.
    * Unless case_sensitive, case folded (`Marie` = `MARIE` = `marie`, `Straße` = `STRASSE`), and
      normalised again, since folding can leave text that is not in NFKC.

    Nothing else changes: punctuation counts (`<` and `>` are answers), as does spelling.
    The result is idempotent: normalise_text(normalise_text(t)) == normalise_text(t).
    """
    normal = unicodedata.normalize("NFKC", text)
    if not case_sensitive:
        normal = unicodedata.normalize("NFKC", normal.casefold())
    return " ".join(normal.split())
