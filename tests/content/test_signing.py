"""Publisher keys and detached Ed25519 signatures."""

from __future__ import annotations

import base64
import os
import stat
from pathlib import Path

import pytest

from tutor.content.signing import (
    PublicKey,
    SignatureError,
    generate_key_files,
    load_private_key,
    load_public_key,
    public_key_of,
    public_key_path,
    sign,
    verify,
)


def test_keygen_writes_a_private_key_only_its_owner_can_read(tmp_path: Path) -> None:
    private_path = tmp_path / "district.key"
    public = generate_key_files(private_path, "Example District")
    if os.name == "posix":
        assert stat.S_IMODE(private_path.stat().st_mode) == 0o600
    assert load_public_key(public_key_path(private_path)) == public
    assert public.comment == "Example District"
    assert public_key_of(load_private_key(private_path)).key_id == public.key_id
    assert len(public.key_id) == 16
    assert len(public.fingerprint.split()) == 16
    assert sorted(p.name for p in tmp_path.iterdir()) == ["district.key", "district.key.pub"]


def test_keygen_never_overwrites_a_key(tmp_path: Path) -> None:
    private_path = tmp_path / "district.key"
    generate_key_files(private_path, "A")
    before = private_path.read_bytes()
    with pytest.raises(FileExistsError):
        generate_key_files(private_path, "B")
    assert private_path.read_bytes() == before


def test_a_signature_verifies_and_names_its_key(tmp_path: Path) -> None:
    generate_key_files(tmp_path / "k", "P")
    key = load_private_key(tmp_path / "k")
    record = sign(b"manifest bytes", key)
    assert verify(b"manifest bytes", record) == public_key_of(key)


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (lambda r: {**r, "algorithm": "rsa"}, "unknown signature algorithm"),
        (lambda r: {**r, "key_id": "0" * 16}, "key id does not match"),
        (lambda r: {**r, "signature": "not base64!"}, "not valid base64"),
        (lambda r: {k: v for k, v in r.items() if k != "public_key"}, "no public_key"),
        (lambda r: {**r, "public_key": base64.b64encode(b"short").decode()}, "not an Ed25519"),
        (lambda r: "a string", "not a JSON object"),
    ],
)
def test_malformed_signature_records_are_refused_with_a_reason(
    tmp_path: Path, change: object, complaint: str
) -> None:
    generate_key_files(tmp_path / "k", "P")
    record = sign(b"m", load_private_key(tmp_path / "k"))
    with pytest.raises(SignatureError, match=complaint):
        verify(b"m", change(record))  # type: ignore[operator]


def test_a_changed_message_fails_verification(tmp_path: Path) -> None:
    generate_key_files(tmp_path / "k", "P")
    record = sign(b"the manifest", load_private_key(tmp_path / "k"))
    with pytest.raises(SignatureError, match="changed after key"):
        verify(b"the manifest!", record)


def test_a_signature_by_another_key_with_this_keys_name_fails(tmp_path: Path) -> None:
    generate_key_files(tmp_path / "a", "A")
    generate_key_files(tmp_path / "b", "B")
    genuine = sign(b"m", load_private_key(tmp_path / "a"))
    forged = sign(b"m", load_private_key(tmp_path / "b"))
    with pytest.raises(SignatureError):
        verify(b"m", {**forged, "key_id": genuine["key_id"]})
    with pytest.raises(SignatureError):
        verify(b"m", {**genuine, "signature": forged["signature"]})


@pytest.mark.parametrize(
    "line", ["", "ssh-ed25519 AAAA", "tutor-ed25519", "tutor-ed25519 !!!", "tutor-ed25519 AAAA"]
)
def test_malformed_public_key_lines_are_refused(line: str) -> None:
    with pytest.raises(SignatureError):
        PublicKey.from_line(line)


def test_a_non_key_file_is_refused_as_a_private_key(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    with pytest.raises(SignatureError, match="not an unencrypted PEM private key"):
        load_private_key(path)
