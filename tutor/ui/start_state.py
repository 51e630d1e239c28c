"""What the window needs to show its first screen, and a snapshot of it kept in the data folder.

A set-up laptop starts on the profile picker. Loading that from the database means importing the
database layer and opening the database first (most of a start); so each time the real state is
loaded, a small snapshot of it is written beside the database (`start.json`: the laptop's name,
the learners' names, avatars and whether they have a PIN — what the picker shows anyone — plus
text size and theme; no secrets). The next start paints the picker from the snapshot at once and
replaces it with the database's state a moment later.

Guarantees: the snapshot is written to a temporary name and renamed; a missing, unreadable or
malformed snapshot is ignored (the start waits for the database, as without one); a snapshot
never stands for a laptop that is not set up.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tutor.fsutil import atomic_path
from tutor.records import DeviceInfo, InstalledPackInfo, LearnerProfile

if TYPE_CHECKING:
    from tutor.facade import Tutor

log = logging.getLogger(__name__)

SNAPSHOT_FILE = "start.json"
SNAPSHOT_FORMAT = 1


@dataclass(frozen=True)
class StartState:
    """What the window needs to choose its first screen."""

    set_up: bool
    device: DeviceInfo | None
    learners: list[LearnerProfile]
    text_scale: int
    packs: list[InstalledPackInfo]
    high_contrast: bool = False


def load_start_state(tutor: Tutor) -> StartState:
    return StartState(
        tutor.is_set_up(),
        tutor.device(),
        tutor.learners(),
        tutor.text_scale(),
        tutor.installed_packs(),
        tutor.high_contrast(),
    )


def write_snapshot(path: Path, state: StartState) -> None:
    """Keep `state` for the next start (only a set-up laptop's: for one that is not, any old
    snapshot is removed). Errors are logged, not raised: the snapshot only makes the start
    faster."""
    if not state.set_up or state.device is None:
        try:
            path.unlink(missing_ok=True)
        except OSError as error:
            log.warning("Could not remove the start snapshot %s: %s", path, error)
        return
    document = {"format": SNAPSHOT_FORMAT, **asdict(state)}
    try:
        with atomic_path(path) as temporary:
            temporary.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    except OSError as error:
        log.warning("Could not write the start snapshot %s: %s", path, error)


def read_snapshot(path: Path) -> StartState | None:
    """The state kept by write_snapshot, or None when there is none usable."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        return _state(document)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError, KeyError) as error:
        log.warning("Ignoring the start snapshot %s: %s", path, error)
        return None


def _state(document: Any) -> StartState | None:
    if not isinstance(document, dict) or document.get("format") != SNAPSHOT_FORMAT:
        return None
    if document.get("set_up") is not True or not isinstance(document.get("device"), dict):
        return None
    return StartState(
        set_up=True,
        device=DeviceInfo(**document["device"]),
        learners=[LearnerProfile(**learner) for learner in document["learners"]],
        text_scale=int(document["text_scale"]),
        packs=[InstalledPackInfo(**pack) for pack in document["packs"]],
        high_contrast=bool(document.get("high_contrast", False)),
    )
