"""`tutor pack`: the whole authoring path from an empty folder to a signed, inspected pack."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_new_validate_keygen_build_inspect_and_sign(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "my-pack"
    code, out, _ = run(capsys, "pack", "new", folder, "--id", "org.example.demo")
    assert code == 0 and "Created" in out
    code, out, _ = run(capsys, "pack", "validate", folder)
    assert code == 0
    assert "OK: org.example.demo 0.1.0: 2 skills, 1 lessons, 2 items" in out

    key = tmp_path / "district.key"
    code, out, _ = run(capsys, "pack", "keygen", "-o", key, "--publisher", "Example District")
    assert code == 0
    key_id = next(line.split()[-1] for line in out.splitlines() if line.startswith("Key id:"))

    unsigned = tmp_path / "demo.tutorpack"
    code, out, _ = run(capsys, "pack", "build", folder, "-o", unsigned)
    assert code == 0 and "unsigned" in out
    code, out, _ = run(capsys, "pack", "inspect", unsigned)
    assert "Signature:   none" in out

    code, out, _ = run(capsys, "pack", "sign", unsigned, "--key", key)
    assert code == 0 and key_id in out
    code, out, _ = run(capsys, "pack", "inspect", unsigned)
    assert code == 0
    assert f"Signature:   valid, key {key_id}" in out
    assert "single_choice    1" in out and "numeric          1" in out
    assert "second-skill: The second skill  (after first-skill)" in out

    signed = tmp_path / "signed.tutorpack"
    code, out, _ = run(capsys, "pack", "build", folder, "-o", signed, "--key", key)
    assert code == 0 and f"signed by key {key_id}" in out
    code, out, _ = run(capsys, "pack", "validate", signed)
    assert code == 0 and "every file matches its hash" in out


def test_problems_go_to_stderr_with_a_count_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "p"
    run(capsys, "pack", "new", folder, "--id", "org.example.demo")
    (folder / "items" / "broken.txt").write_text("=== a\ntype: single\n", encoding="utf-8")
    (folder / "lessons" / "bare.md").write_text("x", encoding="utf-8")
    output = tmp_path / "out.tutorpack"
    code, _, err = run(capsys, "pack", "build", folder, "-o", output)
    assert code == 1
    assert "items/broken.txt:" in err and "lessons/bare.md:1:" in err
    assert "problems found; nothing was written." in err
    assert not output.exists()


def test_new_refuses_an_existing_folder_and_keygen_an_existing_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "pack", "new", tmp_path, "--id", "org.example.demo")
    assert code == 1 and "already exists" in err
    key = tmp_path / "k"
    run(capsys, "pack", "keygen", "-o", key, "--publisher", "P")
    code, _, err = run(capsys, "pack", "keygen", "-o", key, "--publisher", "P")
    assert code == 1 and "already exists" in err


def test_validate_explains_a_file_that_is_not_a_pack(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "holiday.jpg"
    path.write_bytes(b"\xff\xd8\xff")
    code, _, err = run(capsys, "pack", "validate", path)
    assert code == 1
    assert "holiday.jpg: is not a Tutor pack" in err
