"""Password and PIN hashing."""

from __future__ import annotations

import base64
import hashlib

import pytest

from tutor.passwords import HASH_BYTES, SALT_BYTES, SCHEME, hash_secret, verify_secret


@pytest.fixture(scope="module")
def stored() -> str:
    return hash_secret("correct horse battery staple")


def test_round_trip(stored: str) -> None:
    assert verify_secret("correct horse battery staple", stored)


WRONG = [
    "correct horse battery stapl",
    "Correct horse battery staple",
    "correct horse battery staple ",
    "",
]


@pytest.mark.parametrize("attempt", WRONG)
def test_wrong_secret_is_refused(stored: str, attempt: str) -> None:
    assert not verify_secret(attempt, stored)


def test_format_is_self_describing(stored: str) -> None:
    scheme, log2_n, r, p, salt, digest = stored.split("$")
    assert scheme == SCHEME
    assert int(log2_n) >= 14
    assert int(r) >= 1
    assert int(p) >= 1
    assert len(base64.b64decode(salt)) == SALT_BYTES
    assert len(base64.b64decode(digest)) == HASH_BYTES
    assert "correct" not in stored


def test_same_secret_hashes_differently_each_time() -> None:
    first = hash_secret("1234")
    second = hash_secret("1234")
    assert first != second
    assert first.split("$")[4] != second.split("$")[4]  # different salts
    assert verify_secret("1234", first)
    assert verify_secret("1234", second)


def test_parameters_are_read_from_the_stored_hash() -> None:
    """A hash made with other (cheaper) parameters still verifies: they can change later."""
    salt = b"0123456789abcdef"
    digest = hashlib.scrypt(b"1234", salt=salt, n=2**10, r=4, p=2, dklen=HASH_BYTES)
    stored = "$".join(
        [SCHEME, "10", "4", "2", base64.b64encode(salt).decode(), base64.b64encode(digest).decode()]
    )
    assert verify_secret("1234", stored)
    assert not verify_secret("1235", stored)


@pytest.mark.parametrize(
    "secret", ["pässwörd-ÄÖÜ", "学生的密码", "🦁🦓🦒🐘", "ﻛﻠﻤﺔ ﺍﻟﺴﺮ", "e\u0301cole"]
)
def test_unicode_secrets(secret: str) -> None:
    stored = hash_secret(secret)
    assert verify_secret(secret, stored)
    assert not verify_secret(secret + "x", stored)


def test_unicode_normalisation_is_not_applied() -> None:
    # "é" precomposed and "e" + combining accent are different strings; hashing is of the bytes.
    stored = hash_secret("\u00e9cole")
    assert verify_secret("\u00e9cole", stored)
    assert not verify_secret("e\u0301cole", stored)


def _replace_field(stored: str, index: int, value: str) -> str:
    fields = stored.split("$")
    fields[index] = value
    return "$".join(fields)


MALFORMED = {
    "empty": lambda s: "",
    "plain-text": lambda s: "correct horse battery staple",
    "too-few-fields": lambda s: "$".join(s.split("$")[:4]),
    "too-many-fields": lambda s: s + "$extra",
    "other-scheme": lambda s: _replace_field(s, 0, "bcrypt"),
    "non-numeric-n": lambda s: _replace_field(s, 1, "fourteen"),
    "non-numeric-r": lambda s: _replace_field(s, 2, "8.5"),
    "n-not-power-of-two-above-1": lambda s: _replace_field(s, 1, "0"),
    "r-zero": lambda s: _replace_field(s, 2, "0"),
    "bad-base64-salt": lambda s: _replace_field(s, 4, "***"),
    "bad-base64-hash": lambda s: _replace_field(s, 5, "not base64!"),
    "truncated-hash": lambda s: s[:-6],
    "empty-hash": lambda s: _replace_field(s, 5, ""),
    "memory-too-large": lambda s: _replace_field(s, 1, "24"),
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_stored_hash_is_false_not_an_error(stored: str, name: str) -> None:
    malformed = MALFORMED[name](stored)
    assert malformed != stored
    assert verify_secret("correct horse battery staple", malformed) is False


@pytest.mark.parametrize(
    ("field", "value"),
    [(1, "-1"), (1, "64"), (2, "99999999999999999999"), (3, "99999999999999999999")],
    ids=["negative-log2-n", "huge-log2-n", "huge-r", "huge-p"],
)
def test_out_of_range_parameters_are_false_not_an_error(
    stored: str, field: int, value: str
) -> None:
    """Regression: hashlib.scrypt raised TypeError for parameters outside its C int range."""
    malformed = _replace_field(stored, field, value)
    assert verify_secret("correct horse battery staple", malformed) is False
