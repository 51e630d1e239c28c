"""`tutor bundle export|import|verify`, run as a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.sync.conftest import Laptop
from tests.sync.helpers import dump, flip, learner_id, practise
from tutor.paths import ENV_DATA_DIR, ENV_SITE_CONFIG

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def tutor(tmp_path: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != ENV_DATA_DIR}
    env[ENV_SITE_CONFIG] = str(tmp_path / "no-such-dir" / "tutor.toml")
    return subprocess.run(
        [sys.executable, "-m", "tutor", *map(str, args)],
        env=env,
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_export_verify_import_and_import_again(laptop: Laptop, usb: Path, tmp_path: Path) -> None:
    source = laptop("Laptop A")
    practise(source, learner_id(source, "Ana"), 5)
    target = laptop("Laptop B", learners=("Zawadi",))

    exported = tutor(tmp_path, "bundle", "export", usb, "--data-dir", source.paths.root)
    assert exported.returncode == 0, exported.stderr
    (bundle,) = usb.iterdir()
    assert f"Wrote {bundle}" in exported.stdout and "5 answer(s)" in exported.stdout

    checked = tutor(tmp_path, "--data-dir", target.paths.root, "bundle", "verify", bundle)
    assert checked.returncode == 0, checked.stderr
    assert "OK:" in checked.stdout and "Laptop A" in checked.stdout
    assert "Already imported" not in checked.stdout

    imported = tutor(tmp_path, "bundle", "import", bundle, "--data-dir", target.paths.root)
    assert imported.returncode == 0, imported.stderr
    assert "Imported the bundle from Laptop A (Hilltop)" in imported.stdout
    assert "3 learner(s)" in imported.stdout and "5 answer(s)" in imported.stdout
    before = dump(target.paths.database)

    again = tutor(tmp_path, "bundle", "import", bundle, "--data-dir", target.paths.root)
    assert again.returncode == 0, again.stderr
    assert "already imported on" in again.stdout and "nothing was changed" in again.stdout
    assert dump(target.paths.database) == before


def test_a_tampered_bundle_is_refused_with_exit_code_1(
    laptop: Laptop, usb: Path, tmp_path: Path
) -> None:
    source = laptop("Laptop A")
    practise(source, learner_id(source, "Ana"), 3)
    bundle = source.export_bundle(usb).path
    bad = flip(bundle, "attempt_events.jsonl", tmp_path / "bad.tutorbundle")
    target = laptop("Laptop B")
    before = dump(target.paths.database)

    for action in ("verify", "import"):
        result = tutor(tmp_path, "bundle", action, bad, "--data-dir", target.paths.root)
        assert result.returncode == 1
        assert "attempt_events.jsonl does not match its hash" in result.stderr
        assert "Do not import it" in result.stderr and "Traceback" not in result.stderr
        assert result.stdout == ""
    assert dump(target.paths.database) == before


def test_export_to_a_missing_folder_fails_in_words(laptop: Laptop, tmp_path: Path) -> None:
    source = laptop("Laptop A")
    result = tutor(
        tmp_path, "bundle", "export", tmp_path / "no-stick", "--data-dir", source.paths.root
    )
    assert result.returncode == 1
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr
