"""Password and PIN hashing with scrypt (standard library), in a self-describing format:

    scrypt$<log2 n>$<r>$<p>$<salt, base64>$<hash, base64>

Verification reads the parameters from the stored hash, so they can be raised later without
invalidating existing passwords.
"""

from __future__ import annotations

import base64

SCHEME = "scrypt"
LOG2_N = 14
BLOCK_SIZE = 8
PARALLELISM = 1
SALT_BYTES = 16
HASH_BYTES = 32
MIN_TEACHER_PASSWORD_LENGTH = 8
# Bounds on parameters read back from storage: a tampered hash must not make verification fail
# with an exception or take minutes and gigabytes.
MAX_LOG2_N = 20
MAX_BLOCK_SIZE = 16
MAX_PARALLELISM = 4


def _scrypt(secret: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    import hashlib  # on first use: the profile picker is painted without OpenSSL loaded

    return hashlib.scrypt(
        secret.encode("utf-8"),
        salt=salt,
        n=2**log2_n,
        r=r,
        p=p,
        dklen=HASH_BYTES,
        maxmem=256 * 1024 * 1024,
    )


def hash_secret(secret: str) -> str:
    """A salted scrypt hash of `secret` for storage. Never stores or logs the secret."""
    import secrets

    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(secret, salt, LOG2_N, BLOCK_SIZE, PARALLELISM)
    encode = base64.b64encode
    return "$".join(
        [
            SCHEME,
            str(LOG2_N),
            str(BLOCK_SIZE),
            str(PARALLELISM),
            encode(salt).decode(),
            encode(digest).decode(),
        ]
    )


def verify_secret(secret: str, stored: str) -> bool:
    """True when `secret` matches `stored`; False for a mismatch or a malformed stored hash."""
    try:
        scheme, log2_n_text, r_text, p_text, salt, digest = stored.split("$")
        log2_n, r, p = int(log2_n_text), int(r_text), int(p_text)
        if scheme != SCHEME or not (
            1 <= log2_n <= MAX_LOG2_N and 1 <= r <= MAX_BLOCK_SIZE and 1 <= p <= MAX_PARALLELISM
        ):
            return False
        expected = base64.b64decode(digest, validate=True)
        actual = _scrypt(secret, base64.b64decode(salt, validate=True), log2_n, r, p)
    except (ValueError, TypeError, OverflowError, MemoryError):
        return False
    import hmac

    return hmac.compare_digest(actual, expected)
