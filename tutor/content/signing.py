"""Ed25519 keys and detached signatures for content packs.

A publisher key pair lives in two files:

* the private key, PEM (PKCS#8), written with owner-only permissions: ``district.key``;
* the public key, one line ``tutor-ed25519 <base64 key> <comment>``: ``district.key.pub``.

A key's id is the first 16 hex digits of the SHA-256 of its raw 32-byte public key; its
fingerprint (what a teacher compares before trusting it) is the whole digest in groups of four.
A signature names its key id and carries the public key, so anyone can check the pack is intact;
whether that key is *trusted* is the laptop's decision (its list of trusted publisher keys).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from tutor.fsutil import atomic_path

ALGORITHM = "ed25519"
PUBLIC_KEY_PREFIX = "tutor-ed25519"
KEY_ID_HEX_DIGITS = 16


class SignatureError(ValueError):
    """A signature or key is malformed, or does not match; the message says which."""


@dataclass(frozen=True)
class PublicKey:
    raw: bytes
    comment: str = ""

    @property
    def key_id(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()[:KEY_ID_HEX_DIGITS]

    @property
    def fingerprint(self) -> str:
        digest = hashlib.sha256(self.raw).hexdigest().upper()
        return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))

    def to_line(self) -> str:
        encoded = base64.b64encode(self.raw).decode("ascii")
        return f"{PUBLIC_KEY_PREFIX} {encoded} {self.comment}".rstrip()

    @classmethod
    def from_line(cls, line: str, source: str = "public key") -> PublicKey:
        parts = line.strip().split(maxsplit=2)
        if len(parts) < 2 or parts[0] != PUBLIC_KEY_PREFIX:
            raise SignatureError(f"{source}: expected '{PUBLIC_KEY_PREFIX} <key> [comment]'")
        raw = _decode_base64(parts[1], f"{source}: the key")
        if len(raw) != 32:
            raise SignatureError(f"{source}: an Ed25519 public key has 32 bytes, not {len(raw)}")
        return cls(raw, parts[2] if len(parts) > 2 else "")


def _decode_base64(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as error:
        raise SignatureError(f"{what} is not valid base64") from error


def public_key_of(private: Ed25519PrivateKey, comment: str = "") -> PublicKey:
    raw = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return PublicKey(raw, comment)


def generate_key_files(private_path: Path, comment: str) -> PublicKey:
    """Create a new key pair: `private_path` (mode 0600) and `private_path`.pub.

    Refuses to overwrite an existing key (a lost key cannot sign updates to its packs).
    """
    public_path = public_key_path(private_path)
    for path in (private_path, public_path):
        if path.exists():
            raise FileExistsError(f"{path} already exists; choose another name")
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    with atomic_path(private_path) as temporary:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(pem)
    public = public_key_of(private, comment)
    with atomic_path(public_path) as temporary:
        temporary.write_text(public.to_line() + "\n", encoding="utf-8")
    return public


def public_key_path(private_path: Path) -> Path:
    return private_path.with_name(private_path.name + ".pub")


def load_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError) as error:
        raise SignatureError(f"{path}: not an unencrypted PEM private key ({error})") from error
    if not isinstance(key, Ed25519PrivateKey):
        raise SignatureError(f"{path}: not an Ed25519 key")
    return key


def load_public_key(path: Path) -> PublicKey:
    return PublicKey.from_line(path.read_text(encoding="utf-8"), str(path))


def sign(message: bytes, private: Ed25519PrivateKey) -> dict[str, str]:
    """A detached signature record over `message`."""
    public = public_key_of(private)
    return {
        "algorithm": ALGORITHM,
        "key_id": public.key_id,
        "public_key": base64.b64encode(public.raw).decode("ascii"),
        "signature": base64.b64encode(private.sign(message)).decode("ascii"),
    }


def verify(message: bytes, record: Any) -> PublicKey:
    """Check that `record` is a valid signature over `message`; return the signing key.

    This proves the message is intact and was signed by that key; it says nothing about whether
    the key is trusted. Raises SignatureError naming what is wrong.
    """
    if not isinstance(record, dict):
        raise SignatureError("the signature is not a JSON object")
    if record.get("algorithm") != ALGORITHM:
        raise SignatureError(f"unknown signature algorithm {record.get('algorithm')!r}")
    for field in ("key_id", "public_key", "signature"):
        if not isinstance(record.get(field), str):
            raise SignatureError(f"the signature has no {field}")
    public = PublicKey(_decode_base64(record["public_key"], "the signature's public key"))
    if len(public.raw) != 32:
        raise SignatureError("the signature's public key is not an Ed25519 key")
    if public.key_id != record["key_id"]:
        raise SignatureError("the signature's key id does not match its public key")
    signature = _decode_base64(record["signature"], "the signature")
    try:
        Ed25519PublicKey.from_public_bytes(public.raw).verify(signature, message)
    except InvalidSignature as error:
        raise SignatureError(
            f"the signature does not match the manifest: the pack was changed after key "
            f"{public.key_id} signed it"
        ) from error
    return public
