"""A laptop set up with the sample class and the bundled packs installed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sample_data import SAMPLE_SETUP
from tutor.facade import Tutor
from tutor.paths import DataPaths


@pytest.fixture
def data_dir(tmp_path: Path, bundled_packs: Path) -> Path:
    root = tmp_path / "data"
    tutor = Tutor.open(DataPaths(root))
    try:
        tutor.complete_first_run(SAMPLE_SETUP)
        tutor.install_bundled_packs()
    finally:
        tutor.close()
    return root


@pytest.fixture
def tutor(data_dir: Path) -> Iterator[Tutor]:
    opened = Tutor.open(DataPaths(data_dir))
    yield opened
    opened.close()
