"""normalise_text: the form in which written answers are compared."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tutor.engine.grading import normalise_text

JOSE_NFC = "Jos\u00e9"  # é as one code point
JOSE_NFD = "Jose\u0301"  # e + COMBINING ACUTE ACCENT


def test_composed_and_decomposed_accents_are_the_same_text() -> None:
    assert JOSE_NFC != JOSE_NFD
    assert normalise_text(JOSE_NFC) == normalise_text(JOSE_NFD) == "jos\u00e9"
    assert normalise_text(JOSE_NFD, case_sensitive=True) == JOSE_NFC


def test_accents_are_kept() -> None:
    assert normalise_text("moitie") != normalise_text("moitié")
    assert normalise_text("la Moitié") == normalise_text("LA MOITIÉ")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("  Marie ", "marie"),
        ("MARIE", "marie"),
        ("water   vapour", "water vapour"),
        ("water\tvapour\n", "water vapour"),
        ("water\u00a0vapour", "water vapour"),  # no-break space
        ("un\u202fdemi", "un demi"),  # narrow no-break space, common in French typography
        ("Straße", "strasse"),
        ("\uff2d\uff41\uff52\uff49\uff45", "marie"),  # full-width Ｍａｒｉｅ
        ("\ufb01sh", "fish"),  # ﬁ ligature
        ("H\u2082O", "h2o"),  # subscript 2
        ("", ""),
        ("   ", ""),
        ("<", "<"),
        ("is less than.", "is less than."),  # punctuation counts
    ],
)
def test_normalisation(typed: str, expected: str) -> None:
    assert normalise_text(typed) == expected


def test_case_sensitive_keeps_case_but_normalises_the_rest() -> None:
    assert normalise_text("  Marie  Curie ", case_sensitive=True) == "Marie Curie"
    assert normalise_text("\uff2d", case_sensitive=True) == "M"
    assert normalise_text("Marie", case_sensitive=True) != normalise_text("marie")


@settings(max_examples=1000, deadline=None)
@given(st.text(), st.booleans())
def test_normalising_is_idempotent_and_gives_tidy_nfkc(text: str, case_sensitive: bool) -> None:
    once = normalise_text(text, case_sensitive=case_sensitive)
    assert normalise_text(once, case_sensitive=case_sensitive) == once
    assert unicodedata.is_normalized("NFKC", once)
    assert once == once.strip()
    assert "  " not in once
    if not case_sensitive:
        assert once == unicodedata.normalize("NFKC", once.casefold())


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_canonically_equivalent_text_normalises_the_same(text: str) -> None:
    nfd = unicodedata.normalize("NFD", text)
    nfc = unicodedata.normalize("NFC", text)
    assert normalise_text(nfd) == normalise_text(nfc)
