"""The packs that ship with Tutor (built by `make packs` from content_packs/) and the demo
publisher key they are signed with. Trusting that key is right only for the demo: its private
half is public (content_packs/README.md)."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent
BUNDLED_DIR = HERE / "bundled"
DEMO_PUBLISHER_KEY = HERE / "demo_publisher.pub"
DEMO_PUBLISHER = "Tutor demo publisher"


def bundled_pack_files(folder: Path | None = None) -> list[Path]:
    """The bundled .tutorpack files, in name order (none when they were not built)."""
    return sorted((folder or BUNDLED_DIR).glob("*.tutorpack"))
