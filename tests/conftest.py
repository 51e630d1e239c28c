"""Fixtures shared across the test suite."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.content import bundled
from tutor.content.build import build_pack
from tutor.content.signing import load_private_key
from tutor.content.source import load_source

PROJECT_ROOT = Path(__file__).resolve().parents[1]
CONTENT_PACKS = PROJECT_ROOT / "content_packs"
DEMO_KEY = CONTENT_PACKS / "demo-publisher.key"


def pack_source_folders() -> list[Path]:
    return sorted(path.parent for path in CONTENT_PACKS.glob("*/pack.toml"))


@pytest.fixture(scope="session")
def built_bundled_packs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled packs built from content_packs/ as `make packs` does, into a fresh folder."""
    folder = tmp_path_factory.mktemp("bundled")
    key = load_private_key(DEMO_KEY)
    for source in pack_source_folders():
        build_pack(load_source(source), folder / f"{source.name}.tutorpack", key)
    return folder


@pytest.fixture
def bundled_packs(built_bundled_packs: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Make the app find the freshly built bundled packs."""
    monkeypatch.setattr(bundled, "BUNDLED_DIR", built_bundled_packs)
    return built_bundled_packs
